import { diagnostic, type Diagnostic } from '../document/diagnostics.js';
import type { Ingested, Paragraph, Piece, SourceFormat, SpeakerLabel } from '../document/document.js';
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
      // (a subtitle line break written `\N`, SubStation Alpha's, parts words like a newline)
      !/\s|\\[Nnh]/.test(source.slice(prev.end, run.start).replace(/<[^<>]*>/g, ''));
    if (glued) groups[groups.length - 1].push(run);
    else groups.push([run]);
    prev = run;
  }
  const pieces: Piece[] = [];
  const emit = (g: readonly TextRun[]) => {
    const piece = makePiece(source, g, time);
    if (piece) pieces.push(piece);
  };
  for (const g of groups) {
    if (g.length === 1) {
      emit(g);
      continue;
    }
    // Keep the glued part small: words before the first seam and after the last stay verbatim.
    const first = g[0];
    const last = g[g.length - 1];
    const middle = g.slice();
    let tail: TextRun | null = null;
    const headCut = isVerbatim(source, first) ? lastWhitespaceRun(first.text) : -1;
    if (headCut > 0) {
      emit([{ start: first.start, end: first.start + headCut, text: first.text.slice(0, headCut) }]);
      middle[0] = { start: first.start + headCut, end: first.end, text: first.text.slice(headCut) };
    }
    const tailCut = isVerbatim(source, last) ? last.text.search(/\s/) : -1;
    if (tailCut > 0) {
      middle[middle.length - 1] = { start: last.start, end: last.start + tailCut, text: last.text.slice(0, tailCut) };
      tail = { start: last.start + tailCut, end: last.end, text: last.text.slice(tailCut) };
    }
    emit(middle);
    if (tail) emit([tail]);
  }
  return pieces;
}

const isVerbatim = (source: string, r: TextRun) => source.slice(r.start, r.end) === r.text;

/** Index just after the last white space in `text`'s non-final part, or -1. */
function lastWhitespaceRun(text: string): number {
  for (let i = text.length - 1; i > 0; i--) if (WS.test(text[i - 1])) return i;
  return -1;
}

/** One piece from runs: trimmed, verbatim only when the source says exactly the text. */
function makePiece(source: string, g: readonly TextRun[], time: TimeRange | null): Piece | null {
  const text = g.map((r) => r.text).join('').trim();
  if (!text) return null;
  let start = g[0].start;
  let end = g[g.length - 1].end;
  while (start < end && /[\s\uFEFF]/.test(source[start])) start++;
  while (end > start && WS.test(source[end - 1])) end--;
  if (end <= start) return null;
  const piece: Piece = { span: { start, end }, text, verbatim: source.slice(start, end) === text };
  if (time) piece.time = { ...time };
  return piece;
}

const INLINE_TAG = /<[^<>]*>/g;

/**
 * The text runs of markup inside `source[start, end)` (a caption's `<font>`, `<i>`, `<s>`), each
 * decoded by `decode` and aligned to the source; a `<br>` between words is a space.
 */
export function markupRuns(source: string, start: number, end: number, decode: (raw: string) => string): TextRun[] {
  const inner = source.slice(start, end);
  const runs: TextRun[] = [];
  let from = 0;
  INLINE_TAG.lastIndex = 0;
  for (let t = INLINE_TAG.exec(inner); ; t = INLINE_TAG.exec(inner)) {
    const to = t ? t.index : inner.length;
    if (to > from) {
      const raw = inner.slice(from, to);
      const at = start + from;
      const value = decode(raw).replace(/\n/g, ' ');
      runs.push(...(value === raw ? [{ start: at, end: at + raw.length, text: raw }] : alignDecoded(source, at, at + raw.length, value)));
    }
    if (t && /^<br\b/i.test(t[0])) runs.push({ start: start + t.index, end: start + t.index, text: ' ' });
    if (!t) break;
    from = t.index + t[0].length;
  }
  return runs;
}

/**
 * Splits decoded text at its entities so only the entities are decoded runs: `R&amp;D rocks`
 * gives `R`, `&`, `D rocks`, which glue back into a short decoded piece `R&D` and a verbatim
 * `rocks`. `value` is what a decoder made of `source[start, end)` (CRLF read as LF counts as
 * the same); when the two cannot be aligned, the whole range is one decoded run.
 */
export function alignDecoded(source: string, start: number, end: number, value: string): TextRun[] {
  const raw = source.slice(start, end);
  if (raw === value || (raw.includes('\r') && raw.replace(/\r\n?/g, '\n') === value)) return [{ start, end, text: raw }];
  const whole = [{ start, end, text: value }];
  const runs: TextRun[] = [];
  const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/y;
  let i = 0;
  let j = 0;
  let segment = 0;
  while (i < raw.length) {
    if (raw[i] === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m && !value.startsWith(m[0], j)) {
        if (i > segment) runs.push({ start: start + segment, end: start + i, text: raw.slice(segment, i) });
        const c = value.charCodeAt(j);
        const d = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        runs.push({ start: start + i, end: start + i + m[0].length, text: value.slice(j, j + d) });
        i += m[0].length;
        j += d;
        segment = i;
        continue;
      }
    }
    if (raw[i] === '\r' && value[j] === '\n') {
      i += raw[i + 1] === '\n' ? 2 : 1;
      j++;
      continue;
    }
    if (raw[i] !== value[j]) return whole;
    i++;
    j++;
  }
  if (j !== value.length) return whole;
  if (i > segment) runs.push({ start: start + segment, end: start + i, text: raw.slice(segment, i) });
  return runs;
}

/** One speaker's stretch of a cue (a cue with `- a` / `- b` lines has two). */
export interface CuePart {
  span: Span;
  pieces: Piece[];
  label: SpeakerLabel | null;
  /** Starts with `- ` or `>>`: a new speaker, unnamed. */
  dash: boolean;
  /** The dash is a hyphen (`- `), the subtitle dialogue dash, not `>>`. */
  hyphen?: boolean;
  time: TimeRange | null;
  /** Timed from a word's onset (an inline time tag): when the words end is not known. */
  onset?: boolean;
  /** A paragraph of its own, of no known voice (a recogniser's `(speaker ?)` line). */
  own?: boolean;
}

/**
 * The times of captions as a caption file gives them (`start`, and `end` where known). In
 * automatic captions each caption stays up while the next starts (three in ten or more
 * overlap the next): there only the starts are onsets, and a caption runs to the next one's
 * start; `onsets` says so.
 */
export function captionTimes(captions: ReadonlyArray<{ start: number; end: number | null }>): { onsets: boolean; times: TimeRange[] } {
  let overlaps = 0;
  for (let i = 1; i < captions.length; i++) if ((captions[i - 1].end ?? 0) > captions[i].start + 0.05) overlaps++;
  const onsets = overlaps >= (captions.length - 1) * 0.3;
  const times = captions.map((c, i) => {
    const next = captions[i + 1]?.start;
    return { start: c.start, end: onsets ? (next !== undefined && next >= c.start ? next : c.end) : c.end ?? next ?? null };
  });
  return { onsets, times };
}

export interface GroupOptions {
  /** Start a new paragraph after a gap this long (s) that follows a sentence end... */
  pauseSeconds: number;
  /** ...also when the parts carry speaker labels (JSON), not only in unlabeled files. */
  pauseSplitsLabeled: boolean;
  /** Captions that mark no voice: a new paragraph after every cue that ends a sentence. */
  splitUnmarkedAtSentences?: boolean;
}

export const DEFAULT_PAUSE_SECONDS = 2;

/** Words a second, to end a caption that no later time bounds. */
const SPOKEN_WORDS_PER_SECOND = 2.5;

/** Where a caption known by its start ends: where the next one starts, else after its words at a speaking pace. */
export function captionEnd(start: number, next: number | undefined, words: number): number {
  return next !== undefined && next >= start ? next : start + words / SPOKEN_WORDS_PER_SECOND;
}

/**
 * Captions that mark no voice and end no sentence (automatic captions: no case, no
 * punctuation) give no place a turn may change; a paragraph closes at the first cue end after
 * this many words instead, about twenty seconds of speech, so each stretch gets its own speaker
 * (one paragraph for the whole file gave it all to whoever spoke first).
 */
export const UNPUNCTUATED_PARAGRAPH_WORDS = 50;

/**
 * In automatic captions (no case, no punctuation) a silence this long (s) between two words
 * closes a paragraph: the only sign of where a sentence or a turn may end. Speech runs at two to
 * three words a second; a pause between sentences or speakers is a few tenths of a second more.
 */
export const UNPUNCTUATED_PAUSE_SECONDS = 0.3;

/**
 * The silence before each part (s), 0 where unknown. A part with an end time (a cue) is silent
 * from its end to the next one's start; a word known only by its onset (an inline time tag) is
 * taken to last the file's median time per word, and the rest of the time to the next onset is
 * silence.
 */
export function silencesBefore(parts: readonly CuePart[]): Float64Array {
  const out = new Float64Array(parts.length);
  const perWord: number[] = [];
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1].time;
    const b = parts[i].time;
    if (a && b && parts[i - 1].onset && b.start > a.start) perWord.push((b.start - a.start) / Math.max(1, partWords(parts[i - 1])));
  }
  perWord.sort((x, y) => x - y);
  const word = perWord.length ? perWord[perWord.length >> 1] : 0;
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1].time;
    const b = parts[i].time;
    if (!a || !b) continue;
    const end = parts[i - 1].onset || a.end === null ? a.start + word * partWords(parts[i - 1]) : a.end;
    out[i] = Math.max(0, b.start - end);
  }
  return out;
}

const partWords = (part: CuePart): number => {
  let n = 0;
  for (const x of part.pieces) n += wordCount(x.text);
  return n;
};

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** Dashes mark every change of voice where at least this many cues, and this share of them, open with one. */
const DASHES_MARK_TURNS_MIN = 3;
const DASHES_MARK_TURNS_SHARE = 0.04;
/** Words (runs of non-space) in a text. */
export const wordCount = (text: string): number => {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
};
const normLabel = (raw: string) => raw.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Joins cues back into paragraphs: subtitle cues cut sentences wherever the line fills up,
 * so a paragraph is a speaker's stretch. A new paragraph starts when the named speaker
 * changes, at a `- `/`>>` dash, or (without names) at a pause after a sentence end.
 */
export function groupCueParts(parts: readonly CuePart[], options: GroupOptions): Paragraph[] {
  const labeled = parts.some((p) => p.label);
  // dashes mark the turns where they open a good share of the cues (`>>` at every change of
  // voice); a few (`- Is it one?` / `- It's a comet.` in one two-voice caption) mark only the
  // captions that hold two voices, and leave the other changes unmarked
  // (`>>` is the captioners' mark of a new speaker wherever it stands)
  let dashes = 0;
  let chevrons = false;
  for (const p of parts) {
    if (!p.dash) continue;
    dashes++;
    if (!p.hyphen) chevrons = true;
  }
  const dashesMarkTurns = chevrons || (dashes >= DASHES_MARK_TURNS_MIN && dashes >= parts.length * DASHES_MARK_TURNS_SHARE);
  // captions that mark no voice at all (no label, no voice tag, no `>>`): a turn can change
  // at any sentence end, and a paragraph is the unit a speaker is decided for, so each
  // sentence end that closes a cue closes a paragraph (turns join them again)
  const unmarked = options.splitUnmarkedAtSentences === true && !labeled && !dashesMarkTurns;
  const unpunctuated = unmarked && !parts.some((p) => p.pieces.some((x) => SENTENCE_END.test(x.text) || /[.!?…]\s/.test(x.text)));
  let words = 0;
  const paragraphs: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let voice: string | null = null;
  let lastEnd: number | null = null;
  let lastText = '';
  const silence = unpunctuated ? silencesBefore(parts) : null;
  let ownBefore = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.pieces.length === 0 && !part.label) {
      if (cur) cur.span.end = Math.max(cur.span.end, part.span.end);
      continue;
    }
    const gap = part.time && lastEnd !== null ? part.time.start - lastEnd : 0;
    const pause = (unmarked || gap >= options.pauseSeconds) && SENTENCE_END.test(lastText) && (!labeled || options.pauseSplitsLabeled);
    const lengthCut = unpunctuated && !pause && gap < options.pauseSeconds && words >= UNPUNCTUATED_PARAGRAPH_WORDS;
    const newVoice = part.label !== null && normLabel(part.label.raw) !== voice;
    const paused = silence !== null && (gap >= options.pauseSeconds || silence[i] >= UNPUNCTUATED_PAUSE_SECONDS);
    if (!cur || part.dash || newVoice || pause || lengthCut || paused || part.own || ownBefore) {
      cur = { span: { ...part.span }, pieces: [], label: part.label, time: null, ...(part.dash && (dashesMarkTurns || labeled) ? { speakerChange: true } : {}), ...(lengthCut && !paused && cur ? { lengthCut: true } : {}) };
      paragraphs.push(cur);
      words = 0;
      if (part.label || part.dash || part.own) voice = part.label ? normLabel(part.label.raw) : null;
    }
    ownBefore = part.own === true;
    cur.span.end = Math.max(cur.span.end, part.span.end);
    cur.pieces.push(...part.pieces);
    if (part.time) {
      if (!cur.time) cur.time = { start: part.time.start, end: part.time.end };
      else cur.time.end = Math.max(cur.time.end ?? part.time.start, part.time.end ?? part.time.start);
      lastEnd = part.time.end ?? part.time.start;
    }
    if (part.pieces.length) lastText = part.pieces[part.pieces.length - 1].text;
    if (unpunctuated) for (const x of part.pieces) words += wordCount(x.text);
  }
  // A name with no words after it (a cue cut off after its voice tag) is not a paragraph.
  return paragraphs.filter((p) => p.pieces.length > 0);
}

/**
 * The ingest result of captions that name no people up front (LRC, SubStation Alpha, caption
 * XML, a copied transcript panel): the parts grouped into paragraphs as unlabelled captions are
 * (a pause or, where no voice is marked, a sentence end closes one), what lies outside them
 * non-speech.
 */
export function captionsIngested(source: string, format: SourceFormat, parts: readonly CuePart[], diagnostics: Diagnostic[]): Ingested {
  const paragraphs = groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: false, splitUnmarkedAtSentences: true });
  return { format, paragraphs, nonSpeech: outsideParagraphs(source, paragraphs), timed: settleTiming(paragraphs), declared: {}, diagnostics };
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
  for (const p of paragraphs) {
    const name = p.label ? (p.label.name ?? p.label.raw) : null;
    if (name && !seen.has(normLabel(name))) seen.set(normLabel(name), name);
  }
  return [...seen.values()];
}

/** How many problems of one code a reader lists; the rest are counted in one line. */
const MAX_SAME_DIAGNOSTIC = 5;

/**
 * The diagnostics of a reader of many small blocks (cues, segments, rows), where one damage
 * can repeat a thousand times: `report` lists the first few of each code, `close` adds one
 * line per code saying how many more there were, and returns the list.
 */
export function cappedDiagnostics(): {
  list: Diagnostic[];
  report(severity: Diagnostic['severity'], code: string, message: string, span: Span): void;
  close(): Diagnostic[];
} {
  const list: Diagnostic[] = [];
  const counts = new Map<string, number>();
  return {
    list,
    report(severity, code, message, span) {
      const n = (counts.get(code) ?? 0) + 1;
      counts.set(code, n);
      if (n <= MAX_SAME_DIAGNOSTIC) list.push(diagnostic(severity, code, message, { start: span.start, end: span.end }));
    },
    close() {
      for (const [code, n] of counts) if (n > MAX_SAME_DIAGNOSTIC) list.push(diagnostic('info', code, `${n - MAX_SAME_DIAGNOSTIC} more ${code} problem(s) not listed`));
      return list;
    },
  };
}

/** A short, one-line quote of source text for error messages. */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}

/**
 * The runs of words of `text` (which starts at `at` in the source) between the matches of
 * `codes` (what a transcript marks that is no speech: CHAT's `&=laughs`, STM's `(%hesitation)`),
 * each a piece said as `say(run)`, verbatim where that is the run as written.
 */
export function runsBetweenCodes(text: string, at: number, codes: RegExp, say: (run: string) => string, time: TimeRange | null): Piece[] {
  const pieces: Piece[] = [];
  const push = (a: number, b: number) => {
    for (const m of text.slice(a, b).matchAll(/\S+(?:\s+\S+)*/g)) {
      const start = at + a + m.index;
      const said = say(m[0]);
      pieces.push({ span: { start, end: start + m[0].length }, text: said, verbatim: said === m[0], ...(time ? { time: { ...time } } : {}) });
    }
  };
  let from = 0;
  codes.lastIndex = 0;
  for (let m = codes.exec(text); m; m = codes.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return pieces;
}
