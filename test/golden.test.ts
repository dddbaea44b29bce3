import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../pipeline/extract.js';
import { ROOT, sampleAndFixtureInputs } from './helpers.js';

/**
 * Golden files: the whole JSON result for every sample and fixture input, reviewed as diffs.
 * Regenerate with `npm run golden` (UPDATE_GOLDEN=1) after a deliberate change.
 */
const GOLDEN = join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden results', () => {
  for (const file of sampleAndFixtureInputs()) {
    const rel = relative(ROOT, file);
    const golden = join(GOLDEN, rel.replace(/[\\/]/g, '__') + '.json');
    it(rel, () => {
      const result = extractText(readFileSync(file, 'utf8'), rel);
      const json = JSON.stringify({ ...result, generator: { ...result.generator, version: 'golden' } }, null, 1) + '\n';
      if (update || !existsSync(golden)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, json);
        if (!update) throw new Error(`no golden file yet for ${rel}: wrote ${relative(ROOT, golden)}; review it and run again`);
        return;
      }
      expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
