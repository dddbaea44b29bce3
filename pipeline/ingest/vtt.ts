import type { Ingested } from '../document/document.js';
import { readSubtitles } from './subtitles.js';

const HEADER = /^\uFEFF?\s*WEBVTT(?:$|[ \t\r\n])/;
const TIMING_LINE = /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}([.,])\d{1,3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}/gm;

/**
 * WebVTT: the header on the first line is decisive. Without it, cue timing lines with a `.`
 * before the milliseconds and no cue numbers still read as VTT (numbered or `,` is SRT).
 * Only the first line counts: a transcript that mentions "WEBVTT" in its text is not VTT.
 */
export function sniffVtt(source: string): number {
  const head = source.slice(0, 20_000);
  const stats = timingStats(head);
  // A bare "WEBVTT" line or any cue arrow is decisive; "WEBVTT is great." with no cue may be prose.
  if (HEADER.test(head)) return stats.timings > 0 || /^\uFEFF?\s*WEBVTT[ \t]*(?:\r?\n|$)/.test(head) || head.includes('-->') ? 0.95 : 0.45;
  if (stats.timings === 0) return 0;
  return stats.comma === 0 && stats.numbered < stats.timings / 2 ? 0.65 : 0.4;
}

export function parseVtt(source: string): Ingested {
  return readSubtitles(source, 'vtt');
}

/** Counts cue timing lines in a head of the text, how many use `,`, how many follow a cue number. */
export function timingStats(head: string): { timings: number; comma: number; numbered: number } {
  let timings = 0;
  let comma = 0;
  let numbered = 0;
  TIMING_LINE.lastIndex = 0;
  for (let m = TIMING_LINE.exec(head); m; m = TIMING_LINE.exec(head)) {
    timings++;
    if (m[1] === ',') comma++;
    const before = head.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:^|\n)[ \t]*\d+[ \t]*\r?\n$/.test(before)) numbered++;
  }
  return { timings, comma, numbered };
}
