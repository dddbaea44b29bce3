import { diagnostic, PodtopicsError, type Diagnostic } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { captionEnd, captionsIngested, wordCount, type CuePart } from './cues.js';
import { acceptLabels, labelCandidate } from './labels.js';
import { CLOCK, isBlank, parseClock, splitLines, type Line } from './lines.js';
import { cueParts, maskTags } from './subtitles.js';

/**
 * A transcript copied from a video page's transcript panel (YouTube's "Show transcript"): a
 * clock line (`0:00`, `12:34`, `1:02:03`), then the caption's text on the line(s) below,
 * and so on. Each caption is a cue that starts at its clock and runs to the next one; they
 * are read like subtitles (a `Name:` prefix or a `>>` dash marks a speaker where the
 * captions have one). Text before the first clock (a title copied along) is not speech.
 */
const CLOCK_LINE = new RegExp(String.raw`^[ \t\uFEFF]*(${CLOCK})[ \t]*$`);


export function sniffTimestampLines(source: string): number {
  const lines = splitLines(source.slice(0, 20_000)).filter((l) => !isBlank(l));
  if (lines.length < 6) return 0;
  let clocks = 0;
  let followed = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!CLOCK_LINE.test(lines[i].text)) continue;
    clocks++;
    if (i + 1 < lines.length && !CLOCK_LINE.test(lines[i + 1].text)) followed++;
  }
  // about every other line a bare clock, nearly each followed by text: not a page whose
  // paragraphs start with a stamp (`00:00 text`), nor a list of times
  return clocks >= 3 && clocks / lines.length >= 0.3 && followed >= clocks * 0.8 ? 0.8 : 0;
}

export function parseTimestampLines(source: string): Ingested {
  const lines = splitLines(source);
  const cues: Array<{ clock: Line; start: number; body: Line[] }> = [];
  for (const line of lines) {
    const m = CLOCK_LINE.exec(line.text);
    const at = m ? parseClock(m[1]) : null;
    if (m && at !== null) cues.push({ clock: line, start: at, body: [] });
    else if (cues.length && !isBlank(line)) cues[cues.length - 1].body.push(line);
  }
  if (!cues.length) throw new PodtopicsError('TIMESTAMP_LINES_NO_CUES', 'is not a copied transcript: no line is a clock like "0:00" or "1:02:03"');
  const diagnostics: Diagnostic[] = [];
  // `Name:` prefixes count as labels only when the file uses them as labels (see acceptLabels)
  const candidates: string[] = [];
  for (const c of cues) for (const l of c.body) {
    const masked = maskTags(l.text);
    const cand = labelCandidate(masked, masked.length - masked.trimStart().length);
    if (cand) candidates.push(cand.raw);
  }
  const accepted = acceptLabels(candidates);
  const parts: CuePart[] = [];
  let backwards = 0;
  cues.forEach((c, k) => {
    if (k > 0 && c.start < cues[k - 1].start) backwards++;
    const words = c.body.reduce((n, l) => n + wordCount(l.text), 0);
    const next = cues[k + 1]?.start;
    const time: TimeRange = { start: c.start, end: captionEnd(c.start, next, words) };
    parts.push(...cueParts(source, c.clock.start, c.body, time, { vtt: false, voices: false, accepted }));
  });
  if (backwards) diagnostics.push(diagnostic('warning', 'CUE_OUT_OF_ORDER', `${backwards} clock line(s) go back in time; captions are read in file order`));
  return captionsIngested(source, 'timestamp-lines', parts, diagnostics);
}
