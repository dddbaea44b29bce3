import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Paragraph, SpeakerLabel } from '../document/document.js';
import type { Span } from '../document/span.js';
import { declaredPeople, outsideParagraphs } from './cues.js';
import { parseHtml } from './html.js';
import { decodeWithOffsets, parseJsonFile, prop, type JsonNode } from './json-scan.js';

/**
 * oTranscribe's `.otr` file: one line of JSON, `{"text": HTML, "media": file name,
 * "media-source": …, "media-time": seconds}`, the text the HTML a person typed in its editor
 * (`<p>` paragraphs, `<b>Name:</b>` labels, `<span class="timestamp" data-timestamp="S">`
 * stamps). The HTML is read as a web page is (html.ts) and every span mapped back through the
 * JSON string's escapes to the file.
 */
export function sniffOtr(source: string): number {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, '');
  return /^\s*\{\s*"text"\s*:\s*"/.test(head) && /"media(?:-time|-source)?"\s*:/.test(source.slice(-4000) + head) ? 0.97 : 0;
}

export function parseOtr(source: string): Ingested {
  const root = parseJsonFile(source);
  const text = prop(root, 'text');
  if (!text || text.kind !== 'string') throw new PodtopicsError('OTR_NO_TEXT', 'is not an oTranscribe file: no "text" string at the top level');
  if (!text.value.trim()) throw new PodtopicsError('OTR_EMPTY', 'is an oTranscribe file with an empty transcript');
  const { value, offsets } = decodeWithOffsets(text);
  const page = parseHtml(value);
  const at = (i: number) => offsets[Math.max(0, Math.min(i, value.length))];
  const map = (s: Span): Span => ({ start: at(s.start), end: at(s.end) });
  const paragraphs: Paragraph[] = page.paragraphs.map((p) => ({
    ...p,
    span: map(p.span),
    pieces: p.pieces.map((x) => {
      const span = map(x.span);
      return { ...x, span, verbatim: source.slice(span.start, span.end) === x.text };
    }),
    label: p.label ? mapLabel(source, p.label, map) : null,
  }));
  return {
    format: 'otr',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed: page.timed,
    declared: { people: declaredPeople(paragraphs), ...(page.declared.title ? { title: page.declared.title } : {}) },
    diagnostics: page.diagnostics.map((d) => (d.span ? { ...d, span: map(d.span) } : d)),
  };
}

/** A label as the file writes it (escapes and all), named as the page reads it. */
function mapLabel(source: string, label: SpeakerLabel, map: (s: Span) => Span): SpeakerLabel {
  const span = map(label.span);
  const raw = source.slice(span.start, span.end);
  return raw === label.raw ? { ...label, span } : { raw, span, name: label.name ?? label.raw };
}
