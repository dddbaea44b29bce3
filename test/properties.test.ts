import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { invariantViolations, readText, SAMPLES } from './helpers.js';
import { join } from 'node:path';

const seedLines = readText(join(SAMPLES, 'python-bytes-049.labeled.txt')).split('\n').slice(0, 40);

/** Ways real transcripts get damaged, applied line by line. */
const mangle = fc.constantFrom(
  (l: string) => l,
  (l: string) => l.replace(/^[A-Za-z ]+: /, ''), // label lost
  (l: string) => l.slice(Math.min(l.length, 7)), // first words cut off
  (l: string) => `00:00 ${l}`, // timestamp prefix
  (l: string) => `[01:02:03] ${l}`,
  (l: string) => `${l}\r`, // CRLF
  (l: string) => l.toUpperCase(),
  (l: string) => l.replace(/https?:\/\/\S+|\b\w+\.(fm|org|com|co)\/?\S*/g, ''), // URL stripped
  (l: string) => l.slice(0, Math.floor(l.length / 2)), // truncated
  () => '', // blank line
  () => '« Return to show page',
  () => '\u0000', // NUL
  () => '🎙️ ✨ — “”',
  (l: string) => l.replace(/ /g, '  '),
);

const transcript = fc
  .array(fc.tuple(fc.integer({ min: 0, max: seedLines.length - 1 }), mangle), { minLength: 1, maxLength: 25 })
  .chain((rows) => fc.tuple(fc.constant(rows.map(([i, f]) => f(seedLines[i]))), fc.boolean(), fc.boolean()))
  .map(([lines, bom, blank]) => (bom ? '\ufeff' : '') + lines.join(blank ? '\n\n' : '\n'));

describe('properties of the pipeline on mangled transcripts', () => {
  it('either gives a clean PodtopicsError or keeps every invariant', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        let doc;
        try {
          doc = runPipeline(text, 'mangled.txt');
        } catch (e) {
          expect(e).toBeInstanceOf(PodtopicsError);
          expect((e as Error).message).not.toMatch(/\n/);
          return;
        }
        expect(invariantViolations(doc)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });

  it('any non-empty text without NUL is read as something', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400, unit: 'grapheme' }).filter((s) => /[\p{L}\p{N}]/u.test(s)), (text) => {
        const doc = runPipeline(text, 'random.txt');
        expect(invariantViolations(doc)).toEqual([]);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
