import { createRequire } from 'node:module';
import type { DefaultTreeAdapterTypes } from 'parse5';

// parse5 costs ~40 ms to load; only HTML input needs it, so it loads on first use
// (Node >= 20.19 can require an ES module synchronously).
let parse5: typeof import('parse5') | null = null;
const parse5Module = (): typeof import('parse5') => (parse5 ??= createRequire(import.meta.url)('parse5') as typeof import('parse5'));
import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Paragraph, SpeakerLabel } from '../document/document.js';
import { alignDecoded, declaredPeople, outsideParagraphs, runsToPieces, type TextRun } from './cues.js';
import { acceptLabels, labelCandidate } from './labels.js';
import { parseClock } from './lines.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * HTML transcripts as the Podcasting 2.0 transcript spec shows them: `<cite>Name:</cite>`,
 * `<time>0:00</time>`, `<p>text</p>`, where the cite and time belong to the `<p>` after them.
 * Also `<p><b>Name:</b> text</p>` and `Name: text` paragraphs. parse5 gives source offsets
 * for every node (`sourceCodeLocationInfo`), so pieces point into the file.
 */
export function sniffHtml(source: string): number {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(head)) return 0.95;
  if (/^<(?:head|body|meta|title|main|article|section|div|p|cite|time|span|h[1-6])[\s>]/.test(head)) return 0.8;
  if (head.startsWith('<') && /<\/p>|<br\s*\/?>/.test(head)) return 0.6;
  return 0;
}

/** Page furniture and code, never speech. */
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'object', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Blocks that hold one paragraph of speech. */
const BLOCKS = new Set(['p', 'li', 'dd', 'blockquote', 'td', 'pre', 'figcaption']);
/** Generic boxes: a paragraph only when they hold text themselves. */
const BOXES = new Set(['div', 'section', 'article', 'span']);

interface Draft {
  start: number;
  end: number;
  runs: TextRun[];
  label: SpeakerLabel | null;
  clock: number | null;
  /** All its text in one bold element (`<p><b>Show 54: the guest</b></p>`): a heading where it comes before the talk. */
  bold?: boolean;
}

export function parseHtml(source: string): Ingested {
  const doc = parse5Module().parse(source, { sourceCodeLocationInfo: true });
  const drafts: Draft[] = [];
  let pending: { start: number; label: SpeakerLabel | null; clock: number | null } | null = null;
  let current: Draft | null = null;
  let title: string | null = null;
  let h1: string | null = null;

  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      const loc = (node as DefaultTreeAdapterTypes.TextNode).sourceCodeLocation;
      if (current && loc) current.runs.push(...alignDecoded(source, loc.startOffset, loc.endOffset, (node as DefaultTreeAdapterTypes.TextNode).value));
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const c of node.childNodes) walk(c);
      return;
    }
    const el = node as Element;
    const loc = el.sourceCodeLocation;
    const tag = el.tagName;
    if (tag === 'h1') h1 ??= textOf(el).replace(/\s+/g, ' ').trim() || null;
    if (tag === 'head') title = findTitle(el);
    if (SKIP.has(tag)) return;
    if (!loc) {
      // elements the parser implied (<html>, <body> around a fragment) have no location
      for (const c of el.childNodes) walk(c);
      return;
    }
    // a stamp element: <time>, or a transcript editor's `<span class="timestamp"
    // data-timestamp="51.9">0:51</span>` (oTranscribe)
    const stamp = tag === 'time' || isStampSpan(el);
    if (tag === 'cite' || stamp) {
      if (current) {
        const fresh = current.runs.every((r) => !r.text.trim());
        if (stamp) {
          // a time before the words stamps the paragraph; one mid-sentence is speech
          if (fresh) current.clock = clockOf(el);
          else for (const c of el.childNodes) walk(c);
        } else if (fresh) current.label = citeLabel(source, el);
        else {
          // a cite after words inside a block: a new speaker mid-block
          const label = citeLabel(source, el);
          closeCurrent(loc.startOffset);
          current = { start: loc.startOffset, end: loc.endOffset, runs: [], label, clock: null };
        }
        return;
      }
      // before a block: belongs to the next paragraph, whose span starts here
      pending ??= { start: loc.startOffset, label: null, clock: null };
      if (tag === 'cite') pending.label = citeLabel(source, el);
      else pending.clock = clockOf(el);
      return;
    }
    const isBlock = BLOCKS.has(tag) || (BOXES.has(tag) && el.childNodes.some((c) => c.nodeName === '#text' && (c as DefaultTreeAdapterTypes.TextNode).value.trim()));
    // a list item that is one link (`<li><a href>AWS: summary of the outage</a></li>`) is
    // the show notes' list of links, not speech
    if (isBlock && !current && tag === 'li' && linkOnly(el)) return;
    if (isBlock && !current) {
      current = { start: pending ? pending.start : loc.startOffset, end: loc.endOffset, runs: [], label: pending?.label ?? null, clock: pending?.clock ?? null, ...(boldOnly(el) ? { bold: true } : {}) };
      pending = null;
      for (const c of el.childNodes) walk(c);
      closeCurrent(loc.endOffset);
      return;
    }
    if (tag === 'br') {
      // `Name: text<br>Name: text`: each line is a paragraph, like a line transcript.
      if (current) {
        current.end = loc.startOffset;
        drafts.push(current);
        current = { start: loc.endOffset, end: loc.endOffset, runs: [], label: null, clock: null };
      }
      return;
    }
    if ('childNodes' in el) for (const c of el.childNodes) walk(c);
  };
  const closeCurrent = (end: number) => {
    if (current) {
      current.end = end;
      drafts.push(current);
    }
    current = null;
  };
  walk(doc);

  // `Name: text` and `00:01 Name: text` paragraphs without a cite: labels when the file uses
  // them as labels.
  const prefixes = drafts.map((d) => leadingPrefix(source, d));
  const accepted = acceptLabels(prefixes.flatMap((c, k) => (c?.label && !drafts[k].label ? [c.label.raw] : [])));

  // A clock at the start of a paragraph is a timestamp only when most paragraphs have one.
  const clocked = prefixes.filter((p) => p && p.clock !== null).length;
  const useClocks = clocked >= 2 && clocked >= 0.5 * drafts.length;

  const paragraphs: Paragraph[] = [];
  // bold lines before the first labelled paragraph are the page's headings (a typed title)
  const firstLabelled = drafts.findIndex((d, k) => d.label || (prefixes[k]?.label && accepted.has(prefixes[k]!.label!.raw)));
  drafts.forEach((d, k) => {
    if (d.bold && k < firstLabelled && d.clock === null) return;
    const pre = prefixes[k];
    let runs = d.runs;
    let label = d.label;
    let clock = d.clock;
    if (pre) {
      let cut = -1;
      if (useClocks && pre.clock !== null && clock === null) {
        clock = pre.clock;
        cut = pre.clockEnd;
      }
      if (!label && pre.label && accepted.has(pre.label.raw)) {
        label = { raw: pre.label.raw, span: pre.label.span };
        cut = pre.label.textStart;
      }
      if (cut >= 0) {
        runs = runs.flatMap((r) => {
          if (r === pre.run) return cut < r.end ? [{ start: cut, end: r.end, text: source.slice(cut, r.end) }] : [];
          return r.start >= cut ? [r] : [];
        });
      }
    }
    const pieces = runsToPieces(source, runs);
    if (pieces.length === 0) return;
    paragraphs.push({ span: { start: d.start, end: d.end }, pieces, label, time: clock !== null ? { start: clock, end: null } : null });
  });
  if (paragraphs.length === 0) {
    throw new PodtopicsError('HTML_NO_SPEECH', 'has no speech: no text in <p>, <li> or <div> outside <head>, <script>, <style>, <nav>, <header> and <footer>');
  }

  // Each <time> runs to the next one; equal or absent times mean the page is untimed.
  const clocks = paragraphs.flatMap((p) => (p.time ? [p.time.start] : []));
  const timed = new Set(clocks).size > 1;
  if (!timed) for (const p of paragraphs) p.time = null;
  else {
    for (let i = 0; i < paragraphs.length; i++) {
      const t = paragraphs[i].time;
      if (!t) continue;
      const next = paragraphs.slice(i + 1).find((p) => p.time)?.time?.start;
      t.end = next !== undefined && next >= t.start ? next : null;
    }
  }
  return {
    format: 'html',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed,
    // The <h1> names the episode; <title> often adds the site name.
    declared: { title: h1 ?? title, people: declaredPeople(paragraphs) },
    diagnostics: [],
  };
}

function findTitle(node: Node): string | null {
  if ('tagName' in node && node.tagName === 'title') return textOf(node).replace(/\s+/g, ' ').trim() || null;
  if (!('childNodes' in node)) return null;
  for (const c of node.childNodes) {
    const t = findTitle(c);
    if (t) return t;
  }
  return null;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** `<cite>Dana Reyes:</cite>` → `Dana Reyes`, spanning the name in the source. */
function citeLabel(source: string, el: Element): SpeakerLabel | null {
  // The name as written: the first text inside the cite, trimmed, without its colon.
  const node = firstText(el);
  const loc = node?.sourceCodeLocation;
  if (!loc) return null;
  let start = loc.startOffset;
  let end = loc.endOffset;
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /[\s:]/.test(source[end - 1])) end--;
  return end > start ? { raw: source.slice(start, end), span: { start, end } } : null;
}

function firstText(node: Node): DefaultTreeAdapterTypes.TextNode | null {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value.trim() ? (node as DefaultTreeAdapterTypes.TextNode) : null;
  if (!('childNodes' in node)) return null;
  for (const c of node.childNodes) {
    const t = firstText(c);
    if (t) return t;
  }
  return null;
}

// a dash right against the words is the speech's own (`—and then…`), not a separator
const CLOCK_PREFIX = /^[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?[ \t]*(?:[-–—|](?=\s|$)[ \t]*)?/;

interface Prefix {
  run: TextRun;
  clock: number | null;
  clockEnd: number;
  label: { raw: string; span: { start: number; end: number }; textStart: number } | null;
}

/**
 * `00:01 `, `Dana Reyes: ` at the start of a paragraph, in one text node or in their own
 * elements (`<span class="ts">00:01</span> <b>Dana Reyes:</b> text`).
 */
function leadingPrefix(source: string, d: Draft): Prefix | null {
  const runs = d.runs.filter((r) => r.text.trim());
  let k = 0;
  let run = runs[0];
  if (!run || run.text !== source.slice(run.start, run.end)) return null;
  let at = run.text.length - run.text.trimStart().length;
  let clock: number | null = null;
  let clockEnd = run.start + at;
  const m = CLOCK_PREFIX.exec(run.text.slice(at));
  if (m) {
    clock = parseClock(m[1]);
    at += m[0].length;
    clockEnd = run.start + at;
    if (!run.text.slice(at).trim()) {
      // the clock is the whole text node; a name may follow in the next one
      run = runs[++k];
      if (!run || run.text !== source.slice(run.start, run.end)) return { run: runs[0], clock, clockEnd, label: null };
      at = run.text.length - run.text.trimStart().length;
    }
  }
  // The colon must be in the same text node as the name: `<b>Dana</b>: text` is rare.
  const c = labelCandidate(run.text, at);
  if (clock === null && !c) return null;
  if (!c) return { run: runs[0], clock, clockEnd, label: null };
  return {
    run,
    clock,
    clockEnd,
    label: { raw: c.raw, span: { start: run.start + c.labelStart, end: run.start + c.labelEnd }, textStart: run.start + c.textStart },
  };
}

/** `<time>1:05</time>`, `<time datetime="PT1M5S">` or `data-timestamp="65.2"` → seconds. */
function clockOf(el: Element): number | null {
  const seconds = el.attrs.find((a) => a.name === 'data-timestamp')?.value;
  if (seconds !== undefined && /^\d+(?:\.\d+)?$/.test(seconds.trim())) return Number(seconds);
  const attr = el.attrs.find((a) => a.name === 'datetime')?.value;
  return parseClock(textOf(el)) ?? (attr ? isoDuration(attr) : null);
}

/** A `<span>` a transcript editor stamps a time with: class `timestamp` or a `data-timestamp`, its text a clock. */
function isStampSpan(el: Element): boolean {
  if (el.tagName !== 'span') return false;
  const marked = el.attrs.some((a) => a.name === 'data-timestamp' || (a.name === 'class' && /(?:^|\s)timestamp(?:\s|$)/.test(a.value)));
  return marked && parseClock(textOf(el)) !== null;
}

/** `PT1M5S` (a <time datetime> duration) → seconds. */
function isoDuration(text: string): number | null {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(text.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** The element's text is all inside one <b> or <strong> (a typed heading), and is no `Name:` label. */
function boldOnly(el: Element): boolean {
  const kids = el.childNodes.filter((c) => !(c.nodeName === '#text' && !(c as DefaultTreeAdapterTypes.TextNode).value.trim()));
  if (kids.length !== 1 || !('tagName' in kids[0])) return false;
  const b = kids[0] as Element;
  const text = textOf(b).trim();
  return (b.tagName === 'b' || b.tagName === 'strong') && text !== '' && !text.endsWith(':');
}

/** The element holds one link and nothing else but white space. */
function linkOnly(el: Element): boolean {
  let links = 0;
  for (const c of el.childNodes) {
    if (c.nodeName === '#text') {
      if ((c as DefaultTreeAdapterTypes.TextNode).value.trim()) return false;
    } else if (c.nodeName === 'a') links++;
    else if (c.nodeName !== '#comment') return false;
  }
  return links === 1;
}
