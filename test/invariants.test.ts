import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invariantViolations, pipelineOf, ROOT, SAMPLES } from './helpers.js';

/** Every sample and every fixture input keeps the document invariants. */
function inputs(): string[] {
  const files = readdirSync(SAMPLES).map((f) => join(SAMPLES, f));
  const fixtures = join(ROOT, 'data', 'fixtures');
  for (const dir of readdirSync(fixtures)) {
    const d = join(fixtures, dir);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d)) if (/^(episode|input)\./.test(f) && !/\.(mjs|md)$|expected/.test(f)) files.push(join(d, f));
  }
  return files;
}

describe('document invariants on every sample and fixture', () => {
  for (const file of inputs()) {
    it(file.slice(ROOT.length + 1), () => {
      expect(invariantViolations(pipelineOf(file))).toEqual([]);
    });
  }
});
