import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import type { SourceFormat } from '../pipeline/document/document.js';
import { detectFormat, readerFor } from '../pipeline/ingest/formats.js';
import { violations } from './ingest-check.js';

/**
 * Mangled versions of the fixtures (cuts, insertions of format syntax, repeated lines) either
 * read with every layer invariant intact or fail with a PodtopicsError, never anything else.
 */
const DIR = join(import.meta.dirname, '..', 'data', 'fixtures', 'two-hosts');
const FILES: [string, SourceFormat][] = [
  ['episode.vtt', 'vtt'],
  ['episode.novoice.vtt', 'vtt'],
  ['episode.srt', 'srt'],
  ['episode.sbv', 'sbv'],
  ['episode.whisper.tsv', 'tsv'],
  ['episode.csv', 'csv'],
  ['episode.json', 'podcast-json'],
  ['episode.transcribe.json', 'stt-json'],
  ['episode.audacity.txt', 'audacity'],
  ['episode.smi', 'sami'],
  ['episode.otr', 'otr'],
  ['episode.trs', 'trs'],
  ['episode.avid.txt', 'avid'],
  ['episode.revai.json', 'stt-json'],
  ['episode.deepgram.json', 'stt-json'],
  ['episode.html', 'html'],
  ['episode.transcript-panel.txt', 'timestamp-lines'],
];

const SNIPPETS = ['\t', '""', '0:00:01.000,0:00:02.000', '\n', '\n\n', '\r\n', ' --> ', '00:00:0', '.000', ',500', '<v Ann>', '</v>', '<i>', '</c>', '<00:01:02.000>', '&amp;', '&#', '- ', '>> ', 'Ann: ', 'NOTE ', 'WEBVTT', '"', '\\"', '\\u00e9', '{', '}', '[', ']', ',', ':', '<p>', '</p>', '<cite>', '<time>1:00</time>', '<script>', '\uFEFF', 'é', '😀'];

type Edit = { at: number; del: number; insert: string };
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
  del: fc.nat({ max: 40 }),
  insert: fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 3 }).map((a) => a.join('')),
});

function apply(source: string, edits: { at: number; del: number; insert: string }[]): string {
  let s = source;
  for (const e of edits as Edit[]) {
    const at = Math.floor(e.at * s.length);
    s = s.slice(0, at) + e.insert + s.slice(at + e.del);
  }
  return s;
}

function check(source: string, format: SourceFormat): void {
  let r;
  try {
    r = readerFor(format).parse(source);
  } catch (err) {
    if (err instanceof PodtopicsError) {
      expect(err.message).not.toMatch(/\n/);
      return;
    }
    throw err;
  }
  expect(violations(source, r)).toEqual([]);
}

describe('mangled inputs keep the invariants or fail cleanly', () => {
  for (const [file, format] of FILES) {
    const original = readFileSync(join(DIR, file), 'utf8');
    test(file, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          const mangled = apply(original, edits);
          check(mangled, format);
          check(mangled, detectFormat(mangled));
        }),
        { numRuns: 60, seed: 20261122 },
      );
    });
  }

  test('truncated at every tenth of the file', () => {
    for (const [file, format] of FILES) {
      const original = readFileSync(join(DIR, file), 'utf8');
      for (let k = 1; k < 10; k++) check(original.slice(0, Math.floor((original.length * k) / 10)), format);
    }
  });
});
