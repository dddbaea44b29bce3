import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CompleteDoc } from '../pipeline/document/document.js';
import { runPipeline } from '../pipeline/pipeline.js';

export const ROOT = join(import.meta.dirname, '..');
export const SAMPLES = join(ROOT, 'data', 'samples');

export const readText = (path: string): string => readFileSync(path, 'utf8');

const cache = new Map<string, CompleteDoc>();
/** Runs the pipeline once per file per test process. */
export function pipelineOf(path: string): CompleteDoc {
  let doc = cache.get(path);
  if (!doc) {
    doc = runPipeline(readText(path), path);
    cache.set(path, doc);
  }
  return doc;
}

/** The invariants every document must keep, as a list of violations (empty when fine). */
export function invariantViolations(doc: CompleteDoc): string[] {
  const bad: string[] = [];
  const n = doc.source.length;
  const { ingest, turns, sentences, segments, tokens, entities } = doc.layers;
  const inBounds = (what: string, s: { start: number; end: number }) => {
    if (!(s.start >= 0 && s.end <= n && s.start <= s.end)) bad.push(`${what} out of bounds: ${s.start}-${s.end}`);
  };
  ingest.paragraphs.forEach((p, i) => {
    inBounds(`paragraph ${i}`, p.span);
    if (i > 0 && p.span.start < ingest.paragraphs[i - 1].span.end) bad.push(`paragraph ${i} overlaps the previous`);
    for (const piece of p.pieces) {
      inBounds(`piece of paragraph ${i}`, piece.span);
      if (piece.span.start < p.span.start || piece.span.end > p.span.end) bad.push(`piece outside paragraph ${i}`);
      if (piece.verbatim && doc.source.slice(piece.span.start, piece.span.end) !== piece.text) bad.push(`verbatim piece of paragraph ${i} differs from the source`);
    }
  });
  // turns tile the body: contiguous, from the first paragraph to the last
  if (turns.length) {
    if (turns[0].span.start !== ingest.paragraphs[0].span.start) bad.push('turns do not start at the first paragraph');
    if (turns[turns.length - 1].span.end !== ingest.paragraphs[ingest.paragraphs.length - 1].span.end) bad.push('turns do not end at the last paragraph');
    turns.forEach((t, i) => {
      inBounds(`turn ${i}`, t.span);
      if (i > 0 && t.span.start !== turns[i - 1].span.end) bad.push(`turn ${i} does not follow turn ${i - 1}`);
    });
  }
  // sentences ordered, in bounds, inside one turn
  let ti = 0;
  sentences.forEach((s, i) => {
    inBounds(`sentence ${i}`, s.span);
    if (i > 0 && s.span.start < sentences[i - 1].span.end) bad.push(`sentence ${i} overlaps the previous`);
    while (ti < turns.length && turns[ti].span.end <= s.span.start) ti++;
    const t = turns[ti];
    if (!t || s.span.start < t.span.start || s.span.end > t.span.end) bad.push(`sentence ${i} is not inside one turn`);
  });
  // segments tile the whole file
  if (segments.length === 0) bad.push('no segments');
  else {
    if (segments[0].span.start !== 0) bad.push('segments do not start at 0');
    if (segments[segments.length - 1].span.end !== n) bad.push('segments do not end at the end of the file');
    segments.forEach((s, i) => {
      if (i > 0 && s.span.start !== segments[i - 1].span.end) bad.push(`segment ${i} does not follow segment ${i - 1}`);
      if (s.span.end < s.span.start) bad.push(`segment ${i} is reversed`);
    });
  }
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.start[i] < 0 || tokens.end[i] > n || tokens.start[i] > tokens.end[i]) {
      bad.push(`token ${i} out of bounds`);
      break;
    }
  }
  for (const e of entities) for (const m of e.mentions) inBounds(`mention of ${e.name}`, m.span);
  // every word of speech is inside a paragraph or listed as not speech: no text lost
  const covered = [...ingest.paragraphs.map((p) => p.span), ...ingest.nonSpeech].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const c of covered) {
    const gap = doc.source.slice(at, Math.max(at, c.start));
    if (/[\p{L}\p{N}]/u.test(gap)) bad.push(`text lost between ${at} and ${c.start}: ${JSON.stringify(gap.trim().slice(0, 40))}`);
    at = Math.max(at, c.end);
  }
  const tail = doc.source.slice(at);
  if (/[\p{L}\p{N}]/u.test(tail)) bad.push(`text lost at the end: ${JSON.stringify(tail.trim().slice(0, 40))}`);
  return bad;
}

/** Every sample transcript and every fixture input (`data/fixtures/<name>/episode.*` or `input.*`). */
export function sampleAndFixtureInputs(): string[] {
  const files = readdirSync(SAMPLES).filter((f) => !f.endsWith('.md')).map((f) => join(SAMPLES, f));
  const fixtures = join(ROOT, 'data', 'fixtures');
  for (const dir of readdirSync(fixtures)) {
    const d = join(fixtures, dir);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d)) if (/^(episode|input)\./.test(f) && !/\.(mjs|md)$|expected/.test(f)) files.push(join(d, f));
  }
  return files;
}
