import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CompleteDoc } from '../pipeline/document/document.js';
import type { Span } from '../pipeline/document/span.js';
import { extractText } from '../pipeline/extract.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { invariantViolations } from './helpers.js';

/**
 * End to end: the two-hosts exchange in every format gives the same turns and sentences.
 * Formats without speaker names (plain text, VTT without voices) are checked on sentences
 * only; who speaks there is inferred, which is the speakers stage's business.
 */
const DIR = join(import.meta.dirname, '..', 'data', 'fixtures', 'two-hosts');
const NAMED = ['episode.web.txt', 'episode.vtt', 'episode.srt', 'episode.json', 'episode.words.json', 'episode.html', 'episode.premiere.txt', 'episode.lrc', 'episode.smi', 'episode.otr', 'episode.trs'];
/** Speech-to-text services' JSON: diarisation ids, named by what the hosts say (`I'm Dana Reyes, and with me… is Tom Lindqvist`). */
const DIARISED = ['episode.assemblyai.json', 'episode.deepgram.json', 'episode.transcribe.json', 'episode.revai.json', 'episode.speechmatics.json', 'episode.azure.json'];
const UNNAMED = ['episode.novoice.vtt', 'episode.whisper.json', 'episode.plain.txt', 'episode.transcript-panel.txt', 'episode.audacity.txt', 'episode.avid.txt'];

const run = (file: string): CompleteDoc => runPipeline(readFileSync(join(DIR, file), 'utf8'), join(DIR, file));

/** What a span says as speech: the piece text inside it (decoded pieces whole, or in proportion). */
function speechIn(doc: CompleteDoc, span: Span): string {
  const parts: string[] = [];
  for (const p of doc.layers.ingest.paragraphs) {
    if (p.span.end <= span.start || p.span.start >= span.end) continue;
    for (const x of p.pieces) {
      const a = Math.max(x.span.start, span.start);
      const b = Math.min(x.span.end, span.end);
      if (b <= a) continue;
      // punctuation said right after its word (a recogniser's item of its own) joins it with no space
      if (x.glued && parts.length) parts[parts.length - 1] += doc.source.slice(a, b);
      else if (x.verbatim) parts.push(doc.source.slice(a, b));
      else {
        const len = x.span.end - x.span.start;
        const from = Math.round(((a - x.span.start) * x.text.length) / len);
        const to = Math.round(((b - x.span.start) * x.text.length) / len);
        parts.push(x.text.slice(from, to));
      }
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const sentences = (doc: CompleteDoc) => doc.layers.sentences.map((s) => speechIn(doc, s.span));
const turnSpeakers = (doc: CompleteDoc) => doc.layers.turns.map((t) => t.speaker);

describe('the two-hosts exchange end to end', () => {
  const reference = run('episode.labeled.txt');
  const refSentences = sentences(reference);

  test('the labeled version has 16 turns of two named hosts', () => {
    expect(turnSpeakers(reference)).toHaveLength(16);
    expect(new Set(turnSpeakers(reference))).toEqual(new Set(['dana-reyes', 'tom-lindqvist']));
    expect(refSentences.length).toBeGreaterThan(35);
  });

  for (const file of NAMED) {
    test(`${file}: same turns and same sentences`, () => {
      const doc = run(file);
      expect(turnSpeakers(doc)).toEqual(turnSpeakers(reference));
      expect(doc.layers.turns.every((t) => t.attribution === 'label')).toBe(true);
      expect(sentences(doc)).toEqual(refSentences);
    });
  }

  for (const file of DIARISED) {
    test(`${file}: same turns, named from the diarisation ids, and same sentences`, () => {
      const doc = run(file);
      expect(doc.layers.ingest.format).toBe('stt-json');
      expect(turnSpeakers(doc)).toEqual(turnSpeakers(reference));
      expect(doc.layers.turns.every((t) => t.attribution === 'label')).toBe(true);
      expect(sentences(doc)).toEqual(refSentences);
    });
  }

  for (const file of UNNAMED) {
    test(`${file}: same sentences`, () => {
      expect(sentences(run(file))).toEqual(refSentences);
    });
  }

  test('every rendering keeps the document invariants', () => {
    for (const file of [...NAMED, ...DIARISED, ...UNNAMED]) expect([file, invariantViolations(run(file))]).toEqual([file, []]);
  });

  test('timed formats give turns times in order', () => {
    for (const file of ['episode.vtt', 'episode.srt', 'episode.json', 'episode.html']) {
      const turns = run(file).layers.turns;
      const starts = turns.map((t) => t.time?.start ?? NaN);
      expect(starts.every((s) => Number.isFinite(s))).toBe(true);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  test('the JSON result of a subtitle file validates and points into the file', () => {
    const source = readFileSync(join(DIR, 'episode.vtt'), 'utf8');
    const result = extractText(source, 'episode.vtt');
    expect(result.source.format).toBe('vtt');
    expect(result.speakers.map((s) => s.name).sort()).toEqual(['Dana Reyes', 'Tom Lindqvist']);
    for (const s of result.sentences) expect(s.span.end).toBeLessThanOrEqual(source.length);
  });
});
