import type { Paragraph, Piece, SpeakerLabel } from '../document/document.js';
import type { Span, TimeRange } from '../document/span.js';

/**
 * Helpers shared by the readers of timed formats (WebVTT, SRT, Podcasting 2.0 JSON) and HTML.
 *
 * Conventions every reader here follows, so the layers agree across formats:
 * - A paragraph's `span` runs from the first thing it owns (cue identifier, timing line,
 *   `<cite>`, the `{` of a JSON segment) to the end of its last speech or closing markup.
 * - `nonSpeech` is exactly the non-blank source outside every paragraph (headers, NOTE and
 *   STYLE blocks, JSON punctuation, page chrome); markup inside a paragraph is not listed.
 */

/** A run of text between markup: its source range and what it says (decoded when it has entities/escapes). */
export interface TextRun {
  start: number;
  end: number;
  text: string;
}

const WS = /\s/;

/**
 * Turns runs into pieces. Runs separated by markup with white space at the seam become
 * separate pieces (verbatim where nothing was decoded). Runs glued to each other across
 * markup (`<i>Hello</i>.`) become one decoded piece, because the speech text joins pieces
 * with a space and would otherwise split a word or detach punctuation.
 */
export function runsToPieces(source: string, runs: readonly TextRun[], time: TimeRange | null = null): Piece[] {
  const groups: TextRun[][] = [];
  let prev: TextRun | null = null;
  for (const run of runs) {
    if (run.text === '') continue;
    const glued =
      prev !== null &&
      !WS.test(prev.text[prev.text.length - 1]) &&
      !WS.test(run.text[0]) &&
      !/\s/.test(source.slice(prev.end, run.start).replace(/<[^<>]*>/g, ''));
    if (glued) groups[groups.length - 1].push(run);
    else groups.push([run]);
    prev = run;
  }
  const pieces: Piece[] = [];
  for (const g of groups) {
    const text = g.map((r) => r.text).join('').trim();
    if (!text) continue;
    let start = g[0].start;
    let end = g[g.length - 1].end;
    while (start < end && /[\s\uFEFF]/.test(source[start])) start++;
    while (end > start && WS.test(source[end - 1])) end--;
    if (end <= start) continue;
    const verbatim = source.slice(start, end) === text;
    const piece: Piece = { span: { start, end }, text, verbatim };
    if (time) piece.time = { ...time };
    pieces.push(piece);
  }
  return pieces;
}

/** One speaker's stretch of a cue (a cue with `- a` / `- b` lines has two). */
export interface CuePart {
  span: Span;
  pieces: Piece[];
  label: SpeakerLabel | null;
  /** Starts with `- ` or `>>`: a new speaker, unnamed. */
  dash: boolean;
  time: TimeRange | null;
}

export interface GroupOptions {
  /** Start a new paragraph after a gap this long (s) that follows a sentence end... */
  pauseSeconds: number;
  /** ...also when the parts carry speaker labels (JSON), not only in unlabeled files. */
  pauseSplitsLabeled: boolean;
}

export const DEFAULT_PAUSE_SECONDS = 2;

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
const normLabel = (raw: string) => raw.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Joins cues back into paragraphs: subtitle cues cut sentences wherever the line fills up,
 * so a paragraph is a speaker's stretch. A new paragraph starts when the named speaker
 * changes, at a `- `/`>>` dash, or (without names) at a pause after a sentence end.
 */
export function groupCueParts(parts: readonly CuePart[], options: GroupOptions): Paragraph[] {
  const labeled = parts.some((p) => p.label);
  const paragraphs: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let voice: string | null = null;
  let lastEnd: number | null = null;
  let lastText = '';
  for (const part of parts) {
    if (part.pieces.length === 0 && !part.label) {
      if (cur) cur.span.end = Math.max(cur.span.end, part.span.end);
      continue;
    }
    const gap = part.time && lastEnd !== null ? part.time.start - lastEnd : 0;
    const pause = gap >= options.pauseSeconds && SENTENCE_END.test(lastText) && (!labeled || options.pauseSplitsLabeled);
    const newVoice = part.label !== null && normLabel(part.label.raw) !== voice;
    if (!cur || part.dash || newVoice || pause) {
      cur = { span: { ...part.span }, pieces: [], label: part.label, time: null };
      paragraphs.push(cur);
      if (part.label || part.dash) voice = part.label ? normLabel(part.label.raw) : null;
    }
    cur.span.end = Math.max(cur.span.end, part.span.end);
    cur.pieces.push(...part.pieces);
    if (part.time) {
      if (!cur.time) cur.time = { start: part.time.start, end: part.time.end };
      else cur.time.end = Math.max(cur.time.end ?? part.time.start, part.time.end ?? part.time.start);
      lastEnd = part.time.end ?? part.time.start;
    }
    if (part.pieces.length) lastText = part.pieces[part.pieces.length - 1].text;
  }
  return paragraphs;
}

/**
 * Whether the times are real (not all zero, not all equal); when they are not, drops them so
 * nothing downstream trusts them.
 */
export function settleTiming(paragraphs: Paragraph[]): boolean {
  const values = new Set<number>();
  for (const p of paragraphs) {
    if (!p.time) continue;
    values.add(p.time.start);
    if (p.time.end !== null) values.add(p.time.end);
  }
  const timed = values.size > 1;
  if (!timed) {
    for (const p of paragraphs) {
      p.time = null;
      for (const piece of p.pieces) if (piece.time) piece.time = null;
    }
  }
  return timed;
}

/** The non-blank source outside every paragraph (paragraph spans sorted and disjoint). */
export function outsideParagraphs(source: string, paragraphs: readonly Paragraph[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  const push = (start: number, end: number) => {
    while (start < end && /[\s\uFEFF]/.test(source[start])) start++;
    while (end > start && WS.test(source[end - 1])) end--;
    if (end > start) out.push({ start, end });
  };
  for (const p of paragraphs) {
    push(at, p.span.start);
    at = Math.max(at, p.span.end);
  }
  push(at, source.length);
  return out;
}

/** Line numbers (1-based) for offsets, for messages that say where. */
export function lineNumberer(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The speaker names a format declares (voice tags, JSON `speaker`, `<cite>`), first-seen order. */
export function declaredPeople(paragraphs: readonly Paragraph[]): string[] {
  const seen = new Map<string, string>();
  for (const p of paragraphs) if (p.label && !seen.has(normLabel(p.label.raw))) seen.set(normLabel(p.label.raw), p.label.raw);
  return [...seen.values()];
}

/** A short, one-line quote of source text for error messages. */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}
