import { createRequire } from 'node:module';
import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Paragraph, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { DEFAULT_PAUSE_SECONDS, alignDecoded, declaredPeople, groupCueParts, outsideParagraphs, runsToPieces, settleTiming, wordCount, type CuePart, type TextRun } from './cues.js';
import { parseClock } from './lines.js';

// htmlparser2 loads on first use, like parse5 for HTML: only XML input (TTML, Transcriber) needs it
let htmlparser2: typeof import('htmlparser2') | null = null;
export const parserModule = (): typeof import('htmlparser2') => (htmlparser2 ??= createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2'));

/**
 * TTML (W3C Timed Text), the format Apple Podcasts publishes its transcripts in and many
 * subtitle tools export (DFXP, EBU-TT with a `tt:` prefix): `<tt>` … `<body>` … `<p begin end
 * ttm:agent>` holding the text, in Apple's files as sentence spans of timed word spans. A `<p>`
 * is one voice's stretch; its `ttm:agent` names the voice: an agent declared with a
 * `<ttm:name>` gives that name, otherwise the agent id is the label (`SPEAKER_1`, a
 * diarisation id the speakers stage names from what is said).
 */
export function sniffTtml(source: string): number {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, '');
  // an XML declaration and comments may come first; the root element is decisive
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z][\w.-]*:)?tt[\s>]/.exec(head);
  if (root) return 0.95;
  return /<(?:[\w.-]+:)?tt\s[^>]*xmlns(?::[\w.-]+)?="http:\/\/www\.w3\.org\/ns\/ttml"/.test(head) ? 0.9 : 0;
}

/** A `<p>` with no more words than this on average is a caption cue, to be joined into paragraphs; longer ones are paragraphs. */
const CUE_WORDS = 20;

interface Draft {
  start: number;
  end: number;
  /** Text runs, split where a line break or a timed span (a word) separates them. */
  groups: TextRun[][];
  agent: string | null;
  agentSpan: { start: number; end: number } | null;
  time: TimeRange | null;
  /** Holds spans with times of their own (Apple's words): a paragraph, not a caption cue. */
  timedSpans: boolean;
}

export function parseTtml(source: string): Ingested {
  const { Parser } = parserModule();
  const drafts: Draft[] = [];
  const agentNames = new Map<string, string>();
  /** Per open element: its local name, agent and begin (inherited by what it holds). */
  const stack: Array<{ name: string; agent: string | null; begin: number | null; timed: boolean }> = [];
  let inBody = false;
  let current: Draft | null = null;
  let agentDecl: string | null = null;
  let agentName = '';
  let inName = false;
  let title: string | null = null;
  let inTitle = false;
  let titleText = '';
  let rootSeen = false;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  const breakRuns = () => {
    if (current && current.groups[current.groups.length - 1].length) current.groups.push([]);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = local(name);
        if (!rootSeen) {
          rootSeen = true;
          if (tag !== 'tt') throw new PodtopicsError('TTML_SHAPE', `is not TTML: the root element is <${name}>, not <tt>`);
        }
        const parent = stack[stack.length - 1];
        const agent = attribs['ttm:agent']?.trim().split(/\s+/)[0] || parent?.agent || null;
        const begin = attribs.begin !== undefined ? timeExpression(attribs.begin) : null;
        // nested times count from the parent's begin (TTML's default `par` container), unless
        // the file writes absolute times everywhere (Apple's do: a child begins after its parent)
        const parentBegin = parent?.begin ?? null;
        const absBegin = begin !== null && parentBegin !== null && begin < parentBegin ? begin + parentBegin : begin;
        stack.push({ name: tag, agent, begin: absBegin ?? parentBegin, timed: begin !== null });
        if (tag === 'body') inBody = true;
        if (tag === 'agent') {
          agentDecl = attribs['xml:id'] ?? null;
          agentName = '';
        }
        if (tag === 'name' && agentDecl) inName = true;
        if (tag === 'title' && !inBody) {
          inTitle = true;
          titleText = '';
        }
        if (!inBody) return;
        if (tag === 'p' && !current) {
          const end = attribs.end !== undefined ? timeExpression(attribs.end) : null;
          const endAbs = end !== null && absBegin !== null && end < absBegin && parentBegin !== null ? end + parentBegin : end;
          const dur = attribs.dur !== undefined ? timeExpression(attribs.dur) : null;
          const time = absBegin !== null ? { start: absBegin, end: endAbs ?? (dur !== null ? absBegin + dur : null) } : null;
          current = { start: parser.startIndex, end: parser.endIndex + 1, groups: [[]], agent, agentSpan: agent ? attributeSpan(source, parser.startIndex, parser.endIndex + 1, agent) : null, time, timedSpans: false };
          return;
        }
        // a line break, or a span with its own time (a word, in Apple's files), separates words
        if (current && (tag === 'br' || (tag === 'span' && begin !== null))) breakRuns();
        if (current && tag === 'span' && begin !== null) current.timedSpans = true;
      },
      ontext(text) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (inName) agentName += text;
        if (inTitle) titleText += text;
        if (current) current.groups[current.groups.length - 1].push(...alignDecoded(source, start, end, text));
      },
      onclosetag(name) {
        const tag = local(name);
        const closed = stack.pop();
        if (tag === 'name' && inName) {
          inName = false;
          if (agentDecl && agentName.trim()) agentNames.set(agentDecl, agentName.replace(/\s+/g, ' ').trim());
        }
        if (tag === 'agent') agentDecl = null;
        if (tag === 'title' && inTitle) {
          inTitle = false;
          title ??= titleText.replace(/\s+/g, ' ').trim() || null;
        }
        if (tag === 'body') inBody = false;
        if (!current) return;
        if (tag === 'p') {
          current.end = parser.endIndex + 1;
          drafts.push(current);
          current = null;
        } else if (tag === 'br' || (tag === 'span' && closed?.timed)) breakRuns();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  if (!rootSeen) throw new PodtopicsError('TTML_SHAPE', 'is not TTML: no <tt> element');

  const parts: CuePart[] = drafts.map((d) => ({
    span: { start: d.start, end: d.end },
    pieces: d.groups.flatMap((g) => runsToPieces(source, g, d.time)),
    label: labelOf(d, agentNames),
    dash: false,
    time: d.time,
  }));
  const spoken = parts.filter((p) => p.pieces.length);
  if (spoken.length === 0) throw new PodtopicsError('TTML_NO_SPEECH', `has no speech: none of its ${drafts.length} <p> elements in <body> holds text`);
  const words = spoken.reduce((n, p) => n + p.pieces.reduce((m, x) => m + wordCount(x.text), 0), 0);
  // paragraphs (Apple's, of timed words) stay as they are; caption cues join into a voice's stretch
  const paragraphs: Paragraph[] =
    drafts.some((d) => d.timedSpans) || words / spoken.length > CUE_WORDS
      ? spoken.map((p) => ({ span: p.span, pieces: p.pieces, label: p.label, time: p.time ? { ...p.time } : null }))
      : groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: false, splitUnmarkedAtSentences: true });
  const timed = settleTiming(paragraphs);
  return {
    format: 'ttml',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed,
    declared: { people: declaredPeople(paragraphs), ...(title ? { title } : {}) },
    diagnostics: [],
  };
}

/**
 * The `<p>`'s agent as written (its id, spanning the attribute value) with the name its
 * declaration gives; an agent inherited from a `<div>` labels no paragraph of its own.
 */
function labelOf(d: Draft, names: ReadonlyMap<string, string>): SpeakerLabel | null {
  if (!d.agent) return null;
  if (!d.agentSpan) return null;
  const name = names.get(d.agent);
  return { raw: d.agent, span: d.agentSpan, ...(name && name !== d.agent ? { name } : {}) };
}

/** Where `ttm:agent="value"` sits inside a start tag [start, end). */
function attributeSpan(source: string, start: number, end: number, value: string): { start: number; end: number } | null {
  const tag = source.slice(start, end);
  const m = /\sttm:agent\s*=\s*(["'])/.exec(tag);
  if (!m) return null;
  const at = start + m.index + m[0].length;
  const v = source.indexOf(value, at);
  return v >= 0 && v < end ? { start: v, end: v + value.length } : null;
}

/**
 * A TTML time expression → seconds: clock time (`00:01:02.500`, `00:01:02:12` with frames at
 * 30 per second) or offset time (`62.5s`, `1500ms`, `1.5m`, `0.1h`, `90f`, `600t`), and a bare
 * number as seconds (Apple's files write `12.340`).
 */
export function timeExpression(text: string): number | null {
  const t = text.trim();
  const frames = /^(\d+):(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(t);
  if (frames) return Number(frames[1]) * 3600 + Number(frames[2]) * 60 + Number(frames[3]) + Number(frames[4]) / 30;
  const offset = /^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)?$/.exec(t);
  if (offset) {
    const v = Number(offset[1]);
    const unit = offset[2] ?? 's';
    return unit === 'h' ? v * 3600 : unit === 'm' ? v * 60 : unit === 'ms' ? v / 1000 : unit === 'f' ? v / 30 : unit === 't' ? v / 10_000_000 : v;
  }
  const clock = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return parseClock(t);
}
