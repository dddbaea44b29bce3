import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { captionEnd, cappedDiagnostics, captionsIngested, type CuePart, lineNumberer, wordCount } from './cues.js';
import { isBlank, splitLines } from './lines.js';
import { cueParts } from './subtitles.js';

/**
 * LRC, the lyrics format speech recognisers also write (whisper.cpp `--output-lrc`): lines
 * `[mm:ss.xx]text`, ID tags on lines of their own (`[ar:…]`, `[ti:…]`, `[by:whisper.cpp]`,
 * `[offset:+250]`, in milliseconds). A line runs to the next one's time. Speaker marks at the
 * start of the text are read as labels: whisper.cpp's `(speaker 0)` / `(speaker 1)` (from the
 * stereo channels; `(speaker ?)` where it could not tell), `[SPEAKER_01]:`, and `>>` dashes.
 */
const TIME_TAG = /^\[(\d{1,3}):(\d{2}(?:\.\d{1,3})?)\]/;
/** LRC's own time tag, with hundredths (`[00:12.34]`): a page's `[12:34]` or `[00:00:03]` stamps are not it. */
const LRC_TIME = /^\[\d{1,3}:\d{2}\.\d{1,3}\]/;
const ID_TAG = /^[ \t\uFEFF]*\[([a-z#]+):([^\]]*)\][ \t]*$/i;
/** `(speaker 0)`, `[SPEAKER_01]`, optionally followed by a colon. */
const SPEAKER_MARK = /^[ \t]*(?:\((speaker[ _]?(?:\d{1,2}|\?))\)|\[(SPEAKER[ _]?\d{1,2})\])[ \t]*:?[ \t]*/i;

export function sniffLrc(source: string): number {
  const lines = splitLines(source.slice(0, 20_000)).filter((l) => !isBlank(l));
  if (lines.length < 4) return 0;
  let timed = 0;
  let hundredths = 0;
  let tags = 0;
  for (const l of lines) {
    const t = l.text.trimStart();
    if (TIME_TAG.test(t)) {
      timed++;
      if (LRC_TIME.test(t)) hundredths++;
    } else if (ID_TAG.test(l.text)) tags++;
  }
  // nearly every line opens with a time tag, with hundredths or under LRC's ID tags (`[by:…]`):
  // a page whose paragraphs open with `[12:34]` is a web transcript
  return timed >= 3 && (timed + tags) / lines.length >= 0.9 && (hundredths >= timed * 0.8 || tags > 0) ? 0.9 : 0;
}

export function parseLrc(source: string): Ingested {
  const lines = splitLines(source);
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  let offset = 0;
  const rows: Array<{ start: number; at: number; line: (typeof lines)[number]; textAt: number }> = [];
  for (const line of lines) {
    const lead = line.text.length - line.text.trimStart().length;
    const t = TIME_TAG.exec(line.text.slice(lead));
    if (t) {
      // several time tags may open one line (a lyric repeated): the first is its time here
      let textAt = lead + t[0].length;
      for (let more = TIME_TAG.exec(line.text.slice(textAt)); more; more = TIME_TAG.exec(line.text.slice(textAt))) textAt += more[0].length;
      const start = Number(t[1]) * 60 + Number(t[2].replace(':', '.'));
      rows.push({ start, at: line.start, line, textAt: line.start + textAt });
      continue;
    }
    const id = ID_TAG.exec(line.text);
    if (id) {
      if (id[1].toLowerCase() === 'offset' && /^[+-]?\d+$/.test(id[2].trim())) offset = Number(id[2].trim()) / 1000;
      continue;
    }
    if (isBlank(line)) continue;
    // (before the first timed line there is no line above: not read as speech)
    found.report('warning', 'LRC_NO_TIME', `line ${lineOf(line.start)}: text without a time tag; ${rows.length ? 'read with the line above' : 'not read as speech'}`, line);
    if (rows.length) rows.push({ start: NaN, at: line.start, line, textAt: line.start });
  }
  if (!rows.length) throw new PodtopicsError('LRC_NO_LINES', 'is not LRC: no line starts with a time tag like "[00:12.34]"');
  found.close();
  const parts: CuePart[] = [];
  let last = 0;
  rows.forEach((r, k) => {
    // (an untimed line goes on from the one above)
    const start = Number.isNaN(r.start) ? last : Math.max(0, r.start - offset);
    last = start;
    let next: number | undefined;
    for (let j = k + 1; j < rows.length && next === undefined; j++) if (!Number.isNaN(rows[j].start)) next = Math.max(0, rows[j].start - offset);
    const rest = source.slice(r.textAt, r.line.end);
    const mark = SPEAKER_MARK.exec(rest);
    let label: SpeakerLabel | null = null;
    let textAt = r.textAt;
    if (mark) {
      const raw = mark[1] ?? mark[2];
      const at = r.textAt + rest.indexOf(raw);
      if (!raw.includes('?')) label = { raw, span: { start: at, end: at + raw.length } };
      textAt += mark[0].length;
    }
    const words = wordCount(source.slice(textAt, r.line.end));
    const time: TimeRange = { start, end: captionEnd(start, next, words) };
    const line = { start: textAt, end: r.line.end, text: source.slice(textAt, r.line.end) };
    for (const p of cueParts(source, r.at, [line], time, { vtt: false, voices: false, accepted: new Set() })) {
      // a mark names the line's speaker; `(speaker ?)` says the recogniser could not tell: a
      // paragraph of its own with no label, for the speakers stage to decide
      parts.push(mark ? { ...p, label, ...(label ? {} : { own: true }) } : p);
    }
  });
  return captionsIngested(source, 'lrc', parts, found.list);
}
