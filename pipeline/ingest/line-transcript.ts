import { diagnostic } from '../document/diagnostics.js';
import { packedMap } from '../document/packed.js';
import type { Ingested, Paragraph, Section, SourceFormat } from '../document/document.js';
import type { Span } from '../document/span.js';
import { acceptLabels, deviceOwner, labelCandidate, nameOnly, speakerHeaderLine } from './labels.js';
import { CLOCK, isBlank, parseClock, splitLines, type Line } from './lines.js';
import { isChromeLine } from './page-chrome.js';
import { wordCount } from './cues.js';

/**
 * `00:00 `, `1:02:03 `, `[04:10] `, `(12:30) - ` at the start of a line. A dash is a separator
 * only with a space after it: in `00:00 —and the headline…` it is the speech's own dash (the
 * voice picks up after being cut into), which the speakers stage reads.
 */
/** A labelled transcript's header: at most this many lines before the first label, each this short. */
const HEADER_MAX_LINES = 6;
const HEADER_MAX_WORDS = 40;

/** f4transkript's stamp closing a paragraph: `#00:01:23-4#` (tenths after the dash). */
const END_STAMP = /[ \t]*#(\d{1,2}):(\d{2}):(\d{2})-(\d)#[ \t]*$/;
const TIMESTAMP_PREFIX = new RegExp(String.raw`^[ \t]*[[(]?(${CLOCK})[\])]?[ \t]*(?:[-–—|][ \t]+)?(?=\S)`);

/** `[SPONSOR MESSAGE]`, `[INTERVIEW CONTINUED]`: capitals in brackets, alone on the line. */
const SECTION_MARKER = /^[ \t]*\[([A-Z][A-Z0-9 &'’\/-]{1,40}[A-Z0-9])\][ \t]*$/;
/** A captioner's mark of a new voice at the start of a line (`>> `), before a label or the speech. */
const CAPTION_DASH = /^(?:>>|&gt;&gt;)(?:[ \t]+|$)/;
/**
 * A note on a line of its own (`[ Laughter ]`, `(Applause)`, `[Radio chirps]`, `(Session
 * concluded at 11:27 a.m. CT)`): what the room did or the transcriber says, not speech. In
 * brackets or parentheses, opening with a letter.
 */
const SOUND_NOTE = /^[ \t]*(?:\[[ \t]*\p{L}[^\[\]\n]{1,78}\]|\([ \t]*\p{L}[^()\n]{1,78}\))[ \t]*$/u;
/** A rule of stars, dashes, equals signs or underscores (`* * * * *`, `-----`): it sets off a file's front matter or footer. */
const RULE_LINE = /^[ \t]*([-*_=~])(?:[ \t]*\1){2,}[ \t]*$/;

interface LineInfo {
  line: Line;
  blank: boolean;
  clock: number | null;
  /** Offset in line.text where the content (label or speech) starts. */
  contentAt: number;
  label: { raw: string; start: number; end: number; textAt: number } | null;
  /** The line is only a speaker name and a time; the speech follows on the next lines. */
  header: boolean;
  /** The time written with the label (`Lex Fridman (00:00:00) …`): the paragraph's, not the line's stamp. */
  labelClock: number | null;
  /** A label naming a part of the show with nothing after it (`**Break:** [00:22:45.18]`): the part, in capitals. */
  part?: string;
  /** Opens with a captioner's `>>`: a new voice, named by a label after it or not at all. */
  dash?: boolean;
}

/** `**Name:** `, `**Name**: `, `__Name:__ ` at the start of a line: a label in Markdown emphasis. */
const MARKDOWN_LABEL = /^(\*\*|__)[ \t]*([^*_\n:]{1,60}?)[ \t]*(?::[ \t]*\1|\1[ \t]*:)[ \t]*/;
/** A Markdown heading, a horizontal rule, a list item that is only a link: page structure, not speech. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]/;
const MARKDOWN_RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const MARKDOWN_LINK_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:[^[\n]{0,40})?\[[^\]\n]*\]\([^)\n]*\)[^\n]{0,40}$/;

/** A label written in Markdown emphasis, as labelCandidate reads a plain one. */
function markdownLabel(text: string, from: number): LineInfo['label'] {
  const m = MARKDOWN_LABEL.exec(text.slice(from));
  if (!m) return null;
  const cand = labelCandidate(`${m[2]}: `);
  if (!cand || cand.raw !== m[2]) return null;
  const start = from + text.slice(from).indexOf(m[2], m[1].length);
  return { raw: m[2], start, end: start + m[2].length, textAt: from + m[0].length };
}

function analyse(lines: Line[], markdown = false): LineInfo[] {
  // packed whatever tier runs this (see document/packed.ts): flatMap/filter below read it
  const infos: LineInfo[] = packedMap(lines, (line) => {
    const blank = isBlank(line);
    let clock: number | null = null;
    let contentAt = 0;
    const ts = blank ? null : TIMESTAMP_PREFIX.exec(line.text);
    if (ts) {
      clock = parseClock(ts[1]);
      contentAt = ts[0].length;
    }
    while (contentAt < line.text.length && /[\s\uFEFF]/.test(line.text[contentAt])) contentAt++;
    // a live captioner's (CART) turn: `>> ODALYS: Good morning`, or `>> ` alone where the
    // captioner did not catch who spoke
    const dash = !blank && CAPTION_DASH.exec(line.text.slice(contentAt));
    if (dash) contentAt += dash[0].length;
    const head = blank || ts || dash ? null : speakerHeaderLine(line.text.slice(contentAt));
    if (head) {
      const at = line.text.indexOf(head.raw, contentAt);
      return {
        line,
        blank,
        clock: parseClock(head.clock),
        contentAt,
        label: { raw: head.raw, start: at, end: at + head.raw.length, textAt: line.text.length },
        header: true,
        labelClock: null,
      };
    }
    const md = markdown && !blank ? markdownLabel(line.text, contentAt) : null;
    const cand = blank || md ? null : labelCandidate(line.text, contentAt);
    const label = md ?? (cand ? { raw: cand.raw, start: cand.labelStart, end: cand.labelEnd, textAt: cand.textStart } : null);
    let labelClock = !md && cand?.clock ? parseClock(cand.clock) : null;
    // a label that is a part of the show, with no speech after it (`**Break:** [00:22:45.18]`,
    // as the Changelog's transcripts mark their breaks): a section marker, not a speaker
    if (label && STRUCTURE_LABEL.test(label.raw.trim()) && CLOCK_ONLY.test(line.text.slice(label.textAt))) {
      return { line, blank, clock, contentAt, label: null, header: false, labelClock: null, part: label.raw.trim().toUpperCase() };
    }
    // a time right after the label (`**Jerod Santo:** [00:12:34.56] So…`, `Wes Bos: [00:00:05] Hey`)
    // is the paragraph's, not speech
    const after = label ? CLOCK_AFTER_LABEL.exec(line.text.slice(label.textAt)) : null;
    if (label && after) {
      label.textAt += after[0].length;
      labelClock ??= parseClock(after[1]);
    }
    return { line, blank, clock, contentAt, label, header: false, labelClock, ...(dash ? { dash: true } : {}) };
  });
  clockFirstHeaders(infos);
  // the first label candidate and the next line of text both have one (a page labelling only its opening turns)
  const content = infos.filter((i) => !i.blank);
  const first = content.findIndex((i) => i.label !== null);
  const openingPair = first >= 0 && first + 1 < content.length && content[first + 1].label !== null;
  const accepted = acceptLabels(infos.flatMap((i) => (i.label ? [i.label.raw] : [])), openingPair);
  for (const i of infos) {
    if (i.label && !accepted.has(i.label.raw) && !i.header) {
      i.label = null;
      i.labelClock = null;
    }
  }
  return infos;
}

/**
 * Turns written time first, then the name alone, the speech on the lines below
 * (`[00:00:01.40] - Dana Reyes`, as Happy Scribe exports them): where most timed lines of
 * the file are a name alone followed by a line of text with no time, those lines are
 * headers. One such line among stamped paragraphs (`00:38 Right`) stays speech.
 */
const CLOCK_FIRST_MIN_HEADERS = 3;
const CLOCK_FIRST_MIN_SHARE = 0.6;
function clockFirstHeaders(infos: LineInfo[]): void {
  let timed = 0;
  const heads: Array<{ info: LineInfo; name: string }> = [];
  for (let k = 0; k < infos.length; k++) {
    const info = infos[k];
    if (info.clock === null || info.label) continue;
    timed++;
    const name = nameOnly(info.line.text.slice(info.contentAt));
    if (!name) continue;
    let next = k + 1;
    while (next < infos.length && infos[next].blank) next++;
    if (next < infos.length && infos[next].clock === null && !infos[next].label) heads.push({ info, name });
  }
  if (heads.length < CLOCK_FIRST_MIN_HEADERS || heads.length < timed * CLOCK_FIRST_MIN_SHARE) return;
  for (const { info, name } of heads) {
    const at = info.line.text.indexOf(name, info.contentAt);
    info.label = { raw: name, start: at, end: at + name.length, textAt: info.line.text.length };
    info.header = true;
  }
}

/** How line-oriented the source looks: share of lines with a label, with a timestamp. */
export function lineStats(source: string): { lines: number; labeled: number; timestamped: number } {
  // detection asks twice (web page? labelled?) about the same text: read it once
  if (lastStats?.source === source) return lastStats.stats;
  const infos = analyse(splitLines(source.slice(0, 200_000)));
  const content = infos.filter((i) => !i.blank);
  const stats = {
    lines: content.length,
    labeled: content.filter((i) => i.label).length,
    timestamped: content.filter((i) => i.clock !== null).length,
  };
  lastStats = { source, stats };
  return stats;
}
let lastStats: { source: string; stats: ReturnType<typeof lineStats> } | null = null;

/**
 * How many lines carry a label in Markdown emphasis (`**Name:**`), of the non-blank lines
 * from the first such label on (title, metadata and show notes come before it).
 */
export function markdownStats(source: string): { lines: number; labeled: number } {
  // most transcripts hold no emphasis at all: one substring search decides
  if (!source.includes('**') && !source.includes('__')) return { lines: 0, labeled: 0 };
  let lines = 0;
  let labeled = 0;
  for (const l of splitLines(source.slice(0, 200_000))) {
    if (isBlank(l)) continue;
    const label = (l.text.startsWith('**') || l.text.startsWith('__')) && markdownLabel(l.text, 0) !== null;
    if (label) labeled++;
    if (labeled) lines++;
  }
  return { lines, labeled };
}

/**
 * Speaker-labelled text, web transcript pages and plain text with line breaks: one parser,
 * since they differ only in which line prefixes are present.
 * - A line with a timestamp or a label starts a paragraph. With blank lines between
 *   paragraphs, other lines right after a non-blank line continue it (hard-wrapped text);
 *   without blank lines every line is a paragraph.
 * - Page header lines before the first timestamped line of a web page, and navigation lines
 *   anywhere, are not speech.
 */
export function parseLineTranscript(source: string, format: SourceFormat): Ingested {
  const markdown = format === 'markdown';
  const infos = analyse(splitLines(source), markdown);
  const contents = tableOfContents(infos);
  const diagnostics: Ingested['diagnostics'] = [];
  const content = infos.filter((i) => !i.blank);
  const blankCount = infos.length - content.length;
  const blockMode = blankCount >= 0.3 * content.length;
  const firstTimed = infos.findIndex((i) => i.clock !== null);
  let lastTimed = -1;
  for (let k = infos.length - 1; k >= 0; k--) if (infos[k].clock !== null) { lastTimed = k; break; }
  const firstLabel = infos.findIndex((i) => i.label !== null);
  const webPage = format === 'web-transcript' && firstTimed >= 0;
  const speechStart = webPage ? firstTimed : firstLabel >= 0 ? firstLabel : 0;
  // Markdown: what comes before the first label (title, metadata, show notes) and after a
  // rule that follows the last one (a footer) is the page's, not speech
  let lastLabel = -1;
  for (let k = infos.length - 1; k >= 0 && markdown; k--) if (infos[k].label) { lastLabel = k; break; }
  const footerFrom = markdown && lastLabel >= 0 ? infos.findIndex((i, k) => k > lastLabel && MARKDOWN_RULE.test(i.line.text)) : -1;
  const markdownStructure = (info: LineInfo, k: number): boolean => {
    const text = info.line.text;
    if (MARKDOWN_HEADING.test(text) || MARKDOWN_RULE.test(text) || MARKDOWN_LINK_ITEM.test(text)) return true;
    return (firstLabel >= 0 && k < firstLabel) || (footerFrom >= 0 && k > footerFrom);
  };

  // (at most HEADER_MAX_LINES non-blank lines before the first label make a header)
  let headerLines = 0;
  for (let k = 0; k < speechStart; k++) if (!infos[k].blank) headerLines++;
  if (headerLines > HEADER_MAX_LINES) headerLines = 0;
  // a labelled file whose front matter or footer a rule sets off (a captioner's title block
  // and disclaimer between rows of stars, `(Session concluded…)` and stars at the end): what
  // comes before the last rule above the first label, and from the first rule below the last
  // label, is the file's, not speech
  let frontUntil = -1;
  let ruleFooterFrom = infos.length;
  if (format === 'labeled-text' && firstLabel > 0) {
    for (let k = firstLabel - 1; k >= 0; k--) if (RULE_LINE.test(infos[k].line.text)) { frontUntil = k; break; }
    let lastLabelLine = -1;
    for (let k = infos.length - 1; k >= 0; k--) if (infos[k].label) { lastLabelLine = k; break; }
    for (let k = lastLabelLine + 1; k < infos.length; k++) if (RULE_LINE.test(infos[k].line.text)) { ruleFooterFrom = k; break; }
  }

  const nonSpeech: Span[] = [];
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let prevBlank = true;
  let lastWasChrome = false;
  let headerBlock = false;
  const endStamps = new Map<Paragraph, number>();

  infos.forEach((info, k) => {
    const { line } = info;
    if (info.blank) {
      prevBlank = true;
      return;
    }
    // a section marker on a line of its own (`[SPONSOR MESSAGE]`, `[INTERVIEW]`): no speech, a part of the show starts
    // (or a label naming a part of the show: `**Break:** [00:22:45.18]`)
    const marker = !info.label && info.clock === null ? SECTION_MARKER.exec(line.text) : null;
    const sectionTitle = info.part ?? (marker ? marker[1].replace(/\s+/g, ' ') : null);
    if (sectionTitle !== null) {
      const span = trimmed(source, line.start, line.end);
      nonSpeech.push(span);
      sections.push({ span, title: sectionTitle });
      lastWasChrome = true;
      return;
    }
    if (contents.has(k) || (!info.label && info.clock === null && SOUND_NOTE.test(line.text))) {
      nonSpeech.push(trimmed(source, line.start, line.end));
      lastWasChrome = true;
      return;
    }
    if (k <= frontUntil || k >= ruleFooterFrom) {
      nonSpeech.push(trimmed(source, line.start, line.end));
      current = null;
      lastWasChrome = true;
      return;
    }
    const beforeSpeech = k < speechStart;
    // a labelled transcript's header: a few short lines before the first label (the title, the
    // guest, `Recorded 14.10.2025, both mics, transcribed by…`) are the file's, not speech
    const labelledHeader = format === 'labeled-text' && beforeSpeech && headerLines > 0 && wordCount(line.text) <= HEADER_MAX_WORDS;
    const afterSpeech = webPage && k > lastTimed && info.clock === null;
    // Page furniture: the header of a web page, navigation lines, and headings before speech.
    // (page-furniture patterns are tried only where furniture can be: most lines skip them)
    const chrome = !info.label && ((markdown && markdownStructure(info, k)) || ((beforeSpeech || afterSpeech || info.clock === null) && isChromeLine(line.text.slice(info.contentAt))));
    if ((webPage && beforeSpeech) || labelledHeader || chrome || (afterSpeech && shortNonSentence(line.text))) {
      nonSpeech.push({ start: line.start, end: line.end });
      current = null;
      prevBlank = false;
      lastWasChrome = true;
      return;
    }
    const textAt = info.label ? info.label.textAt : info.contentAt;
    // f4transkript's stamp at the end of a paragraph (`… the buses of Norwich. #00:00:26-4#`):
    // when the paragraph ends; not speech
    const stamp = END_STAMP.exec(line.text);
    const pieceSpan = trimmed(source, line.start + textAt, stamp ? line.start + stamp.index : line.end);
    // below a name-and-time header line, text lines continue its paragraph up to a blank line
    const continuesHeader = headerBlock && !prevBlank && info.label === null && info.clock === null;
    const startsParagraph = !continuesHeader && (!current || info.label !== null || info.clock !== null || info.dash === true || !blockMode || prevBlank || lastWasChrome);
    headerBlock = info.header || continuesHeader;
    lastWasChrome = false;
    prevBlank = false;
    if (startsParagraph) {
      current = {
        span: { start: line.start + (info.clock !== null ? 0 : Math.min(info.contentAt, textAt)), end: line.end },
        pieces: [],
        label: info.label ? paragraphLabel(info.label, line.start) : null,
        time: info.clock !== null ? { start: info.clock, end: null } : info.labelClock !== null ? { start: info.labelClock, end: null } : null,
      };
      current.span = trimmed(source, current.span.start, current.span.end);
      paragraphs.push(current);
    } else if (current) {
      current.span = { start: current.span.start, end: pieceSpan.end };
    }
    if (pieceSpan.end > pieceSpan.start && current) {
      current.pieces.push({ span: pieceSpan, text: source.slice(pieceSpan.start, pieceSpan.end), verbatim: true });
    }
    if (stamp && current) endStamps.set(current, Number(stamp[1]) * 3600 + Number(stamp[2]) * 60 + Number(stamp[3]) + Number(stamp[4]) / 10);
  });
  // a paragraph stamped where it ends runs from the stamp before it
  if (endStamps.size) {
    let from = 0;
    for (const p of paragraphs) {
      const end = endStamps.get(p);
      if (end === undefined) continue;
      if (!p.time) p.time = { start: Math.min(from, end), end };
      from = end;
    }
  }

  const kept = paragraphs.filter((p) => p.pieces.length > 0 || p.label);
  // Timestamps that are all the same (every line `00:00`) carry no timing at all.
  const clocks = kept.flatMap((p) => (p.time ? [p.time.start] : []));
  const timed = clocks.length >= 2 && new Set(clocks).size > 1;
  if (!timed) {
    if (clocks.length >= 2) diagnostics.push(diagnostic('info', 'TIMESTAMPS_CONSTANT', `all ${clocks.length} timestamps are ${clocks[0]}s; the transcript is treated as untimed`));
    for (const p of kept) p.time = null;
  } else {
    let nonMonotonic = 0;
    for (let i = 0; i < kept.length; i++) {
      const t = kept[i].time;
      if (!t) continue;
      const next = kept.slice(i + 1).find((p) => p.time)?.time?.start ?? null;
      if (next !== null && next < t.start) nonMonotonic++;
      // (a paragraph stamped where it ends keeps that end)
      if (!endStamps.has(kept[i])) t.end = next !== null && next >= t.start ? next : null;
    }
    if (nonMonotonic) diagnostics.push(diagnostic('warning', 'TIMESTAMPS_OUT_OF_ORDER', `${nonMonotonic} timestamp(s) go backwards; their end times are left open`));
  }
  return { format, paragraphs: kept, nonSpeech, timed, declared: {}, diagnostics, ...(sections.length ? { sections } : {}) };
}

/** A line's label as its paragraph's, in source offsets (a device's display name stands for its owner). */
function paragraphLabel(label: NonNullable<LineInfo['label']>, lineStart: number): Paragraph['label'] {
  const owner = deviceOwner(label.raw);
  return { raw: label.raw, span: { start: lineStart + label.start, end: lineStart + label.end }, ...(owner ? { name: owner } : {}) };
}

/** A time in brackets or parentheses opening the speech after a label. */
const CLOCK_AFTER_LABEL = new RegExp(String.raw`^[ \t]*[[(](${CLOCK})[\])](?:[ \t]+|$)`);

/** Labels that name a part of the show, not a person (`Break:`, `Outro:`). */
const STRUCTURE_LABEL = /^(?:break|(?:ad|sponsor|mid-?roll) break|intro|outro|music|interlude|transition|cold open)$/i;
/** What may follow such a label on its line: nothing, or a time. */
const CLOCK_ONLY = new RegExp(String.raw`^[\s*_]*(?:[[(]?${CLOCK}[\])]?)?[\s*_]*$`);

/** `1:30 – Why Zig`: a time, a dash, a short title with no closing punctuation. */
const CONTENTS_LINE = new RegExp(String.raw`^[ \t]*[[(]?${CLOCK}[\])]?[ \t]+[-–—][ \t]+(\S.{0,79})$`);

/**
 * The lines of a page's table of contents (`0:00 – Introduction`, `1:30 – Why Zig`, …): three
 * or more such lines in a row, times going up, titles of at most eight words. Page furniture,
 * not speech (the times are the chapters', not the talk's). Their times are dropped, so they
 * do not start a timed page either.
 */
function tableOfContents(infos: LineInfo[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let last = -1;
  const flush = () => {
    if (run.length >= 3) for (const k of run) out.add(k);
    run = [];
    last = -1;
  };
  infos.forEach((info, k) => {
    const m = info.blank || info.label ? null : CONTENTS_LINE.exec(info.line.text);
    const title = m?.[1].trim() ?? '';
    const ok = m !== null && info.clock !== null && info.clock > last && title.split(/\s+/).length <= 8 && !/[.!?,;:]["”’)]*$/.test(title);
    if (!ok) return flush();
    run.push(k);
    last = info.clock!;
  });
  flush();
  for (const k of out) infos[k].clock = null;
  return out;
}

function shortNonSentence(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 8 && !/[.!?…]["”’)]?$/.test(t);
}

function trimmed(source: string, start: number, end: number): Span {
  while (start < end && /[\s\uFEFF]/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return { start, end };
}
