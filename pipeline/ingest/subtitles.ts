import { decodeHTMLStrict } from 'entities';
import { PodtopicsError, diagnostic } from '../document/diagnostics.js';
import type { Ingested, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { alignDecoded, cappedDiagnostics, type CuePart, declaredPeople, DEFAULT_PAUSE_SECONDS, groupCueParts, lineNumberer, outsideParagraphs, quote, runsToPieces, settleTiming, type TextRun } from './cues.js';
import { acceptLabels, labelCandidate } from './labels.js';
import { isBlank, splitLines, type Line } from './lines.js';

/**
 * One reader for WebVTT, SRT and SubViewer (SBV, what YouTube Studio takes and gives): all are
 * blank-line separated cue blocks (optional identifier, timing line, text lines) and differ in
 * the header, NOTE/STYLE blocks, `<v Name>` voice tags and entities (VTT) versus numbered cues
 * and `Name:` prefixes (SRT) versus a timing line of two clocks and a comma (SBV,
 * `0:00:01.000,0:00:04.000`, no numbers, no header; captioners mark a new voice with `>>`).
 *
 * Hand-written rather than `webvtt-parser`, `subtitle` or `srt-parser-2`: none of them
 * reports where a cue or its text sits in the source, and every piece here needs exact
 * offsets; they also reject the damaged files we want to read with diagnostics instead.
 */
export type SubtitleKind = 'vtt' | 'srt' | 'sbv';

/** Anything that looks meant as a timing line, broken arrows included, so damage is reported not read as speech. */
const TIMING_LIKE = /-->|^\s*\d{1,2}:\d{2}[\d:.,]*\s*(?:-{1,2}>?|–|—|=>)\s*\d{1,2}:\d{2}/;
const TIMING = /^[ \t]*(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;
/** SubViewer's timing line: two clocks and a comma (`0:00:01.000,0:00:04.000`), damaged ones included. */
const SBV_TIMING_LIKE = /^[ \t]*\d{1,3}:\d{2}:\d{2}(?:[.,]\d{1,3})?[ \t]*,[ \t]*\d[^\s,]*[ \t]*$/;
const SBV_TIMING = /^[ \t]*(\d{1,3}:\d{2}:\d{2}(?:\.\d{1,3})?)[ \t]*,[ \t]*(\d{1,3}:\d{2}:\d{2}(?:\.\d{1,3})?)[ \t]*$/;
const CUE_CLOCK = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/;
/** Inline markup: `<i>`, `</c>`, `<c.loud>`, `<v Name>`, `<00:00:01.000>`, `<font color="x">`, ASS `{\an8}`. */
const TAG = /<\/?[A-Za-z][^<>\n]*>|<\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?>|\{\\[^{}\n]*\}/g;
const WORD_TIME = /<\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3}><c[.>]/;
const VOICE = /^<v(?:\.[^\s>]*)?[ \t]+([^>]*)>$/;
/** A speaker-change mark: `- ` or `>>`. Not `– `/`— `: wrapped lines start with those mid-sentence. */
const DASH = /(?:-(?=[ \t])|>>|&gt;&gt;)[ \t]*/y;
const VTT_HEADER = /^\uFEFF?WEBVTT(?:$|[ \t])/;
const VTT_BLOCK = /^\uFEFF?(?:NOTE|STYLE|REGION)(?:$|[ \t])/;
const EXAMPLE = { vtt: '"00:00:01.000 --> 00:00:04.000"', srt: '"00:00:01,000 --> 00:00:04,000"', sbv: '"0:00:01.000,0:00:04.000"' };

export function parseCueClock(text: string): number | null {
  const m = CUE_CLOCK.exec(text.trim());
  if (!m) return null;
  const [, h, mi, s, frac] = m;
  return (h ? Number(h) * 3600 : 0) + Number(mi) * 60 + Number(s) + (frac ? Number(frac.padEnd(3, '0')) / 1000 : 0);
}

/**
 * Character references (`&amp;`, `&#39;`, `&eacute;`) decoded as HTML does, by the `entities`
 * package (parse5's own decoder): every named reference, only with its semicolon, so a
 * caption's `AT&T` stays as written.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

interface Block {
  lines: Line[];
  /** Index in `lines` of the timing line, -1 when there is none. */
  timingAt: number;
}

export function readSubtitles(source: string, kind: SubtitleKind): Ingested {
  const K = kind.toUpperCase();
  const timingLike = kind === 'sbv' ? SBV_TIMING_LIKE : TIMING_LIKE;
  const timing = kind === 'sbv' ? SBV_TIMING : TIMING;
  const lines = splitLines(source);
  const found = cappedDiagnostics();
  const diagnostics = found.list;
  const report = found.report;
  const lineOf = lineNumberer(source);
  const lineNo = (line: Line) => lineOf(line.start);

  // The WEBVTT header block runs to the first blank line.
  let i = lines.findIndex((l) => !isBlank(l));
  const hasHeader = kind === 'vtt' && i >= 0 && VTT_HEADER.test(lines[i].text);
  // (A cue right under the header, with no blank line between, still counts as a cue.)
  if (hasHeader) while (i < lines.length && !isBlank(lines[i]) && !(i > 0 && TIMING_LIKE.test(lines[i].text))) i++;
  if (i < 0) i = lines.length;

  // WebVTT ends a cue only at an empty line: YouTube's cues carry a line of one space. So in
  // VTT a white-space line stays in the block, and a second timing line starts a new block.
  const ends = (line: Line) => (kind === 'vtt' ? line.text === '' || line.text === '\uFEFF' : isBlank(line));
  const blocks: Block[] = [];
  const close = (cur: Line[]) => {
    while (cur.length && isBlank(cur[cur.length - 1])) cur.pop();
    if (!cur.length) return;
    const timingAt = timingLike.test(cur[0].text) ? 0 : cur.length > 1 && timingLike.test(cur[1].text) ? 1 : -1;
    blocks.push({ lines: cur, timingAt });
  };
  for (let cur: Line[] = []; i <= lines.length; i++) {
    if (i === lines.length || ends(lines[i])) {
      close(cur);
      cur = [];
    } else if (cur.length === 0 && isBlank(lines[i])) {
      continue;
    } else if (cur.length >= 1 && timingLike.test(lines[i].text) && cur.some((l) => timingLike.test(l.text))) {
      close(cur);
      cur = [lines[i]];
    } else cur.push(lines[i]);
  }

  const voices = kind === 'vtt' && /<v[ .\t][^>]*>/.test(source);
  const isCommentBlock = (b: Block) => kind === 'vtt' && b.timingAt < 0 && VTT_BLOCK.test(b.lines[0].text);
  const isOrphanNumber = (b: Block) => b.timingAt < 0 && b.lines.every((l) => /^\s*\d+\s*$/.test(l.text));
  const textLines = (b: Block) => b.lines.slice(b.timingAt + 1);

  // `Name:` prefixes count as labels only when the file uses them as labels (see acceptLabels).
  let accepted = new Set<string>();
  if (!voices) {
    const candidates: string[] = [];
    for (const b of blocks) {
      if (isCommentBlock(b) || isOrphanNumber(b)) continue;
      for (const l of textLines(b)) {
        const masked = maskTags(l.text);
        DASH.lastIndex = masked.length - masked.trimStart().length;
        const lead = DASH.exec(masked) ? DASH.lastIndex : masked.length - masked.trimStart().length;
        const c = labelCandidate(masked, lead);
        if (c) candidates.push(c.raw);
      }
    }
    accepted = acceptLabels(candidates);
  }

  // Rolling captions (YouTube and live captioning) repeat the previous cue's last line as
  // the first line of the next; read each line once, but only when the file does this often,
  // since two people can say "Yeah." in a row.
  const cueText = (b: Block) => textLines(b).map((l) => l.text.replace(TAG, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  let rolling = false;
  {
    let hits = 0;
    let cues = 0;
    let prev: string[] = [];
    for (const b of blocks) {
      if (b.timingAt < 0) continue;
      const t = cueText(b);
      if (prev.length && t.length && t[0] === prev[prev.length - 1]) hits++;
      cues++;
      prev = t;
    }
    rolling = cues >= 4 && hits >= 0.3 * cues;
    if (rolling) diagnostics.push(diagnostic('info', 'ROLLING_CAPTIONS', `${hits} of ${cues} cues repeat the line before them (rolling captions); each line is read once`));
  }
  let previousText: string[] = [];
  // word times are read where nothing else marks the voices: they only place pauses
  const wordTimes = kind === 'vtt' && !voices && accepted.size === 0 && WORD_TIME.test(source);

  const parts: CuePart[] = [];
  let timingLines = 0;
  let readable = 0;
  let firstBad: Line | null = null;
  let lastNumber: number | null = null;
  let lastStart = -Infinity;
  let lastTime: TimeRange | null = null;
  for (const b of blocks) {
    if (isCommentBlock(b) || isOrphanNumber(b)) continue;
    let time: TimeRange | null = null;
    if (b.timingAt < 0) {
      // Most often a blank line inside a cue's text: the text belongs to the cue above.
      const above = lastTime as TimeRange | null;
      time = above ? { start: above.start, end: above.end } : null;
      const what = above ? 'read as part of the cue above' : 'kept as speech without a time';
      report('warning', 'CUE_NO_TIMING', `line ${lineNo(b.lines[0])}: text with no timing line of its own; ${what} (a cue starts with a line like ${EXAMPLE[kind]})`, b.lines[0]);
    } else {
      const tl = b.lines[b.timingAt];
      timingLines++;
      const m = timing.exec(tl.text);
      const start = m ? parseCueClock(m[1]) : null;
      const end = m ? parseCueClock(m[2]) : null;
      if (start === null || end === null) {
        firstBad ??= tl;
        report('warning', `${K}_BAD_TIMING`, `line ${lineNo(tl)}: cannot read the timing line ${quote(tl.text)}; expected ${EXAMPLE[kind]} (its text is kept without a time)`, tl);
      } else {
        readable++;
        time = { start, end: Math.max(start, end) };
        if (end < start) report('warning', 'CUE_TIME_REVERSED', `line ${lineNo(tl)}: the cue ends before it starts; its end is taken as its start`, tl);
        if (start < lastStart) report('warning', 'CUE_OUT_OF_ORDER', `line ${lineNo(tl)}: the cue starts before the one above it; cues are read in file order`, tl);
        lastStart = start;
      }
      if (kind === 'srt') {
        const num = b.timingAt === 1 ? /^\s*(\d+)\s*$/.exec(b.lines[0].text) : null;
        if (num) {
          const n = Number(num[1]);
          if (lastNumber !== null && n !== lastNumber + 1) report('info', 'SRT_NUMBERING', `line ${lineNo(b.lines[0])}: cue number ${n} follows ${lastNumber}; cues are read in file order`, b.lines[0]);
          lastNumber = n;
        } else if (b.timingAt === 1) {
          report('info', 'SRT_NUMBERING', `line ${lineNo(b.lines[0])}: ${quote(b.lines[0].text)} stands where the cue number should be; ignored`, b.lines[0]);
        }
      }
    }
    let body = textLines(b);
    if (rolling) {
      const t = cueText(b);
      let repeated = 0;
      for (let k = Math.min(t.length, previousText.length); k > 0; k--) {
        if (t.slice(0, k).every((x, j) => x === previousText[previousText.length - k + j])) {
          repeated = k;
          break;
        }
      }
      previousText = t;
      if (repeated) body = body.filter((l) => l.text.replace(TAG, '').trim()).slice(repeated);
    }
    parts.push(...cueParts(source, b.lines[0].start, body, time, { vtt: kind === 'vtt', voices, accepted, wordTimes }));
    lastTime = time;
  }

  if (timingLines === 0) {
    if (kind === 'vtt') {
      throw new PodtopicsError(
        'VTT_NO_CUES',
        hasHeader
          ? `has the WEBVTT header but no cues: no line has a timing like ${EXAMPLE.vtt}`
          : `is not WebVTT: line 1 is not "WEBVTT" and no line has a cue timing like ${EXAMPLE.vtt}`,
      );
    }
    throw new PodtopicsError(`${K}_NO_CUES`, `is not ${kind === 'sbv' ? 'SubViewer (SBV)' : 'SRT'}: no line has a cue timing like ${EXAMPLE[kind]}`);
  }
  if (readable === 0 && firstBad) {
    throw new PodtopicsError(`${K}_BAD_TIMING`, `no readable cue timing: line ${lineNo(firstBad)} ${quote(firstBad.text)} should look like ${EXAMPLE[kind]}`);
  }
  if (kind === 'vtt' && !hasHeader) {
    const first = lines.find((l) => !isBlank(l)) ?? lines[0];
    diagnostics.unshift(diagnostic('warning', 'VTT_NO_HEADER', `line 1 is not "WEBVTT"; read as WebVTT anyway (add the WEBVTT header line)`, { start: first.start, end: first.end }));
  }
  found.close();

  const paragraphs = groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: false, splitUnmarkedAtSentences: !voices });
  const timed = settleTiming(paragraphs);
  return {
    format: kind,
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed,
    declared: voices ? { people: declaredPeople(paragraphs) } : {},
    diagnostics,
  };
}

export interface CueContext {
  vtt: boolean;
  voices: boolean;
  accepted: ReadonlySet<string>;
  /**
   * Inline word times (`so<00:00:07.354><c> you</c>`, YouTube's automatic captions) start a
   * part of their own at each word, timed from its onset to the next word's (marked `onset`:
   * when the word itself ended is not known); where a speaker paused is read from them
   * (silencesBefore), even inside a caption line.
   */
  wordTimes?: boolean;
}

/** An inline time tag (`<00:00:07.354>`): the onset of the words after it. */
const TIME_TAG = /^<(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)>$/;

/** The text lines of one cue as parts: a new part at each voice tag, dash or label after the first words. */
export function cueParts(source: string, cueStart: number, lines: readonly Line[], time: TimeRange | null, ctx: CueContext): CuePart[] {
  const parts: CuePart[] = [];
  let part = { start: cueStart, end: cueStart, runs: [] as TextRun[], label: null as SpeakerLabel | null, dash: false, time, hyphen: false };
  const timedWords = ctx.wordTimes === true && time !== null;
  const finish = () => {
    const pieces = runsToPieces(source, part.runs, part.time);
    if (pieces.length || part.label) {
      const end = Math.max(part.end, part.start, ...pieces.map((x) => x.span.end));
      parts.push({ span: { start: part.start, end }, pieces, label: part.label, dash: part.dash, time: part.time ? { ...part.time } : null, ...(timedWords ? { onset: true } : {}), ...(part.hyphen ? { hyphen: true } : {}) });
    }
  };
  /** A word's onset (`<00:00:07.354>`; any other tag is ignored): the words before it were a part of their own, up to here. */
  const onset = (at: number, tag: string) => {
    const t = TIME_TAG.exec(tag);
    const seconds = t ? parseCueClock(t[1]) : null;
    if (seconds === null || !time || seconds < time.start || (time.end !== null && seconds > time.end)) return;
    if (part.runs.some((r) => r.text.trim())) {
      part.end = at;
      part.time = { start: part.time?.start ?? time.start, end: seconds };
      finish();
      part = { start: at, end: at, runs: [], label: null, dash: false, time: null, hyphen: false };
    }
    part.time = { start: seconds, end: time.end };
  };
  /** Starts a new speaker stretch at `at`, unless the current one has no words yet. */
  const turn = (at: number, label: SpeakerLabel | null, dash: boolean, hyphen = false) => {
    if (part.runs.some((r) => r.text.trim())) {
      finish();
      part = { start: at, end: at, runs: [], label, dash, time: part.time, hyphen };
    } else {
      if (label) part.label = label;
      part.dash ||= dash;
      part.hyphen ||= hyphen;
    }
  };

  for (const line of lines) {
    const text = line.text;
    const base = line.start;
    let pos = 0;
    // Leading tags (a voice tag names the speaker), then a dash, then a `Name:` prefix.
    for (;;) {
      while (pos < text.length && /[ \t\uFEFF]/.test(text[pos])) pos++;
      TAG.lastIndex = pos;
      const m = TAG.exec(text);
      if (!m || m.index !== pos) break;
      const v = ctx.vtt ? VOICE.exec(m[0]) : null;
      if (v) turn(base + pos, voiceLabel(m[0], v[1], base + pos), false);
      else if (ctx.wordTimes) onset(base + pos, m[0]);
      pos += m[0].length;
    }
    DASH.lastIndex = pos;
    const dash = DASH.exec(text);
    if (dash && dash.index === pos && pos + dash[0].length < text.length) {
      turn(base + pos, null, true, dash[0].startsWith('-'));
      pos += dash[0].length;
    }
    if (!ctx.voices) {
      // Tags masked by spaces keep offsets and let `<i>Ann:</i> Hi` read as a label.
      const c = labelCandidate(maskTags(text), pos);
      if (c && ctx.accepted.has(c.raw)) {
        turn(base + pos, { raw: c.raw, span: { start: base + c.labelStart, end: base + c.labelEnd }, ...(c.owner ? { name: c.owner } : {}) }, false);
        pos = c.textStart;
      }
    }
    // The rest: text runs between tags; a voice tag mid-line changes the speaker.
    TAG.lastIndex = pos;
    let textAt = pos;
    for (let m = TAG.exec(text); ; m = TAG.exec(text)) {
      const runEnd = m ? m.index : text.length;
      if (runEnd > textAt) {
        const raw = text.slice(textAt, runEnd);
        part.runs.push(...(ctx.vtt && raw.includes('&') ? alignDecoded(source, base + textAt, base + runEnd, decodeEntities(raw)) : [{ start: base + textAt, end: base + runEnd, text: raw }]));
      }
      if (!m) break;
      const v = ctx.vtt ? VOICE.exec(m[0]) : null;
      if (v) turn(base + m.index, voiceLabel(m[0], v[1], base + m.index), false);
      else if (ctx.wordTimes) onset(base + m.index, m[0]);
      textAt = m.index + m[0].length;
    }
    let end = line.end;
    while (end > line.start && /\s/.test(source[end - 1])) end--;
    part.end = Math.max(part.end, end);
  }
  finish();
  return parts;
}

export function maskTags(text: string): string {
  return text.includes('<') || text.includes('{') ? text.replace(TAG, (m) => ' '.repeat(m.length)) : text;
}

function voiceLabel(tag: string, name: string, tagStart: number): SpeakerLabel | null {
  const raw = name.trim();
  if (!raw) return null;
  const at = tagStart + tag.indexOf(raw, 2);
  return { raw, span: { start: at, end: at + raw.length } };
}
