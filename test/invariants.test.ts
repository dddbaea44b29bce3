import { describe, expect, it } from 'vitest';
import { invariantViolations, pipelineOf, ROOT, sampleAndFixtureInputs } from './helpers.js';

describe('document invariants on every sample and fixture', () => {
  for (const file of sampleAndFixtureInputs()) {
    it(file.slice(ROOT.length + 1), () => {
      expect(invariantViolations(pipelineOf(file))).toEqual([]);
    });
  }
});
