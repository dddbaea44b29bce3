import type { Ingested } from '../document/document.js';
import { readSubtitles } from './subtitles.js';
import { timingStats } from './vtt.js';

/** SRT: numbered cues with `00:00:01,000 --> 00:00:04,000` timing lines (a `.` is tolerated). */
export function sniffSrt(source: string): number {
  const head = source.slice(0, 20_000);
  if (/^\uFEFF?\s*WEBVTT(?:$|[ \t\r\n])/.test(head)) return 0;
  const stats = timingStats(head);
  // A numbered block with an arrow but no readable time is a damaged SRT, reported as such.
  if (stats.timings === 0) return /^\uFEFF?[ \t]*\d+[ \t]*\r?\n[^\n]*-->/m.test(head) ? 0.6 : 0;
  if (stats.comma >= stats.timings / 2) return 0.9;
  return stats.numbered >= stats.timings / 2 ? 0.7 : 0.5;
}

export function parseSrt(source: string): Ingested {
  return readSubtitles(source, 'srt');
}
