import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Paragraph, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { cappedDiagnostics, lineNumberer, outsideParagraphs, quote, settleTiming } from './cues.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { cueParts } from './subtitles.js';

/**
 * A transcript exported as text by a video editor (Adobe Premiere Pro's "Export to text
 * file", and tools that copy it): blocks of a timecode range in hours, minutes, seconds and
 * FRAMES (`00:00:25:13 - 00:00:38:12`; `;` before the frames in drop-frame time), the
 * speaker's name on the next line (`Speaker 3`, `Unknown` where the editor could not tell),
 * then the text, and a blank line. Each block is a paragraph; its name is its label.
 */
const TIMECODE = String.raw`\d{1,2}:\d{2}:\d{2}[:;]\d{2}`;
const BLOCK_TIMING = new RegExp(String.raw`^[ \t\uFEFF]*(${TIMECODE})[ \t]*[-–][ \t]*(${TIMECODE})[ \t]*$`);
/** Anything meant as such a line, so damage is reported instead of read as speech. */
const BLOCK_TIMING_LIKE = /^[ \t\uFEFF]*\d{1,2}:\d{2}:\d{2}[:;.]\d{1,3}[ \t]*[-–]/;
/** A speaker line: a short name, no sentence punctuation (`Marit Haugen`, `Speaker 2`, `Dr. Ana Ruiz`). */
const NAME_LINE = /^[ \t]*((?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.-]*)(?:[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,4})[ \t]*$/u;
/** What the editor writes where it could not tell the speaker: no label. */
const NO_SPEAKER = /^(?:unknown|unknown speaker|speaker unknown|\?+)$/i;

export function sniffPremiere(source: string): number {
  const lines = splitLines(source.slice(0, 20_000)).filter((l) => !isBlank(l));
  if (lines.length < 6) return 0;
  let blocks = 0;
  for (const l of lines) if (BLOCK_TIMING.test(l.text)) blocks++;
  const first = lines.findIndex((l) => BLOCK_TIMING.test(l.text));
  // the file opens with a block and about every third line opens one
  return blocks >= 3 && first === 0 && blocks / lines.length >= 0.2 ? 0.9 : 0;
}

/** Seconds of a timecode at `fps` frames a second. */
function seconds(timecode: string, fps: number): number {
  const [h, m, s, f] = timecode.split(/[:;]/).map(Number);
  return h * 3600 + m * 60 + s + f / fps;
}

/** The frame rate the timecodes imply: the smallest common rate above every frame number in them. */
function frameRate(timecodes: readonly string[]): number {
  let top = 0;
  for (const t of timecodes) top = Math.max(top, Number(t.slice(t.search(/[:;]\d{2}$/) + 1)));
  return [24, 25, 30, 50, 60].find((r) => r > top) ?? 60;
}

export function parsePremiere(source: string): Ingested {
  const lines = splitLines(source);
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  const blocks: Array<{ timing: Line; from: string; to: string; body: Line[] }> = [];
  let stray: Line | null = null;
  for (const line of lines) {
    const m = BLOCK_TIMING.exec(line.text);
    if (m) blocks.push({ timing: line, from: m[1], to: m[2], body: [] });
    else if (BLOCK_TIMING_LIKE.test(line.text)) {
      // (the line itself is no speech: the text under it goes on the block above)
      found.report('warning', 'PREMIERE_BAD_TIMING', `line ${lineOf(line.start)}: cannot read the timecodes ${quote(line.text)}; expected "00:00:25:13 - 00:00:38:12" (the text under it is kept with the block above)`, line);
    } else if (!isBlank(line)) {
      if (blocks.length) blocks[blocks.length - 1].body.push(line);
      else stray ??= line;
    }
  }
  if (!blocks.length) throw new PodtopicsError('PREMIERE_NO_BLOCKS', 'is not a video editor transcript: no line is a timecode range like "00:00:25:13 - 00:00:38:12"');
  if (stray) found.report('info', 'PREMIERE_TEXT_BEFORE', `line ${lineOf(stray.start)}: text before the first timecode is not read as speech`, stray);
  const fps = frameRate(blocks.flatMap((b) => [b.from, b.to]));
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    const start = seconds(b.from, fps);
    const time: TimeRange = { start, end: Math.max(start, seconds(b.to, fps)) };
    // a name line only where text follows it
    let label: SpeakerLabel | null = null;
    let body = b.body;
    const name = body.length >= 2 ? NAME_LINE.exec(body[0].text) : null;
    if (name) {
      const at = body[0].start + body[0].text.indexOf(name[1]);
      if (!NO_SPEAKER.test(name[1])) label = { raw: name[1], span: { start: at, end: at + name[1].length } };
      body = body.slice(1);
    }
    const pieces = cueParts(source, b.timing.start, body, time, { vtt: false, voices: false, accepted: new Set() }).flatMap((p) => p.pieces);
    if (!pieces.length) continue;
    paragraphs.push({ span: { start: b.timing.start, end: pieces[pieces.length - 1].span.end }, pieces, label, time });
  }
  found.close();
  return {
    format: 'premiere',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed: settleTiming(paragraphs),
    declared: {},
    diagnostics: found.list,
  };
}
