import { expect } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import type { Ingested } from '../pipeline/document/document.js';

/** Each paragraph as `label|text|start time`. */
export const summary = (r: Ingested) => r.paragraphs.map((p) => `${p.label?.raw ?? '-'}|${p.pieces.map((x) => x.text).join(' ')}|${p.time?.start ?? '-'}`);

/** The one-line error a reader throws (a PodtopicsError with `code`), returned for more checks. */
export const fails = (read: () => unknown, code: string): string => {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(PodtopicsError);
    expect((err as PodtopicsError).code).toBe(code);
    expect((err as Error).message).not.toMatch(/\n/);
    return (err as Error).message;
  }
  throw new Error(`expected ${code}`);
};

/** Layer invariants of one ingest result, as a list of violations. */
const LINE_FORMATS = new Set(['labeled-text', 'web-transcript', 'plain-text']);

export function violations(source: string, r: Ingested): string[] {
  const bad: string[] = [];
  const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }) => inner.start >= outer.start && inner.end <= outer.end;
  const all = { start: 0, end: source.length };
  let last = 0;
  r.paragraphs.forEach((p, i) => {
    if (!inside(all, p.span) || p.span.start > p.span.end) bad.push(`paragraph ${i} out of bounds`);
    if (p.span.start < last) bad.push(`paragraph ${i} overlaps the one before`);
    last = p.span.end;
    // Line transcripts keep a label with nothing after it as a paragraph; the other readers drop it.
    if (p.pieces.length === 0 && !LINE_FORMATS.has(r.format)) bad.push(`paragraph ${i} has no pieces`);
    let at = p.span.start;
    p.pieces.forEach((x, k) => {
      if (!inside(p.span, x.span)) bad.push(`piece ${i}.${k} outside its paragraph`);
      if (x.span.start < at) bad.push(`piece ${i}.${k} overlaps the piece before`);
      at = x.span.end;
      if (x.span.end <= x.span.start || x.text.trim() !== x.text || !x.text) bad.push(`piece ${i}.${k} is empty or untrimmed`);
      if (x.verbatim && source.slice(x.span.start, x.span.end) !== x.text) bad.push(`verbatim piece ${i}.${k} differs from the source`);
    });
    if (p.label) {
      // Inside its paragraph; Amazon Transcribe's older layout lists the speakers apart from the
      // words, and there the label must lie in the non-speech around them.
      const apart = r.format === 'stt-json' && r.nonSpeech.some((s) => inside(s, p.label!.span));
      if (!inside(p.span, p.label.span) && !apart) bad.push(`label of paragraph ${i} outside it`);
      if (source.slice(p.label.span.start, p.label.span.end) !== p.label.raw) bad.push(`label of paragraph ${i} is not what the source says`);
      // (before the speech in most formats; after it where a JSON object lists the speaker last)
      if (p.pieces.some((x) => x.span.start < p.label!.span.end && p.label!.span.start < x.span.end)) bad.push(`label of paragraph ${i} overlaps its speech`);
    }
  });
  for (const s of r.nonSpeech) {
    if (!inside(all, s)) bad.push('non-speech span out of bounds');
    if (r.paragraphs.some((p) => p.pieces.some((x) => x.span.start < s.end && s.start < x.span.end))) bad.push(`non-speech ${s.start}-${s.end} overlaps speech`);
  }
  return bad;
}

