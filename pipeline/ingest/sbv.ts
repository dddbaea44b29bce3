import type { Ingested } from '../document/document.js';
import { readSubtitles } from './subtitles.js';

/** A SubViewer timing line: `0:00:01.000,0:00:04.000` (hours, minutes, seconds, milliseconds; no arrow). */
const SBV_TIMING_LINE = /^[ \t]*\d{1,3}:\d{2}:\d{2}\.\d{1,3}[ \t]*,[ \t]*\d{1,3}:\d{2}:\d{2}\.\d{1,3}[ \t]*\r?$/gm;

/**
 * SubViewer (SBV, YouTube Studio's caption format): cues open with a timing line of two clocks
 * and a comma, no numbers, no header. Two or more such lines, one of them the first line of
 * the text, and no SRT/VTT arrow, decide it.
 */
export function sniffSbv(source: string): number {
  const head = source.slice(0, 20_000);
  if (head.includes('-->')) return 0;
  SBV_TIMING_LINE.lastIndex = 0;
  let timings = 0;
  let first = false;
  for (let m = SBV_TIMING_LINE.exec(head); m && timings < 3; m = SBV_TIMING_LINE.exec(head)) {
    timings++;
    if (!head.slice(0, m.index).trim()) first = true;
  }
  return timings >= 2 && first ? 0.95 : timings >= 3 ? 0.6 : 0;
}

export function parseSbv(source: string): Ingested {
  return readSubtitles(source, 'sbv');
}
