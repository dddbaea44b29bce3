import { describe, expect, it } from 'vitest';
import { nameShape, summaryCandidates, typeFromHeads } from '../models/lexicon/summary-names.mjs';

/** The single-word and run candidates of a summary, as `surface` (runs too). */
const surfaces = (summary: string): string[] => summaryCandidates(summary).map((c) => c.surface);

describe('summary mining rules (models/lexicon/summary-names.mjs)', () => {
  it.each([
    // [summary, expected candidates (in order: runs first, then words)]
    ['Unified Skia rendering backend', ['Skia']],
    ['TypeScript definitions for k6', ['k6']],
    ['Backup and Recovery Manager for PostgreSQL', ['Recovery Manager', 'Recovery', 'Manager', 'PostgreSQL']],
    ['Run SWE-bench and GSM8K evals on BERT models.', ['SWE-bench', 'GSM8K', 'BERT']],
    ['Tools for managing Kafka Connect clusters', ['Kafka Connect', 'Kafka', 'Connect']],
    ['Firmware helpers for RP2040 boards', ['RP2040']],
    // a generic last word leaves a run: `Google Cloud Storage API` is Google Cloud Storage
    ['Thin client for the Google Cloud Storage API', ['Google Cloud Storage', 'Google', 'Cloud', 'Storage', 'API']],
    // an acronym's plural is the acronym
    ['Helpers for LLMs', ['LLM']],
  ])('%s', (summary, expected) => {
    expect(surfaces(summary)).toEqual(expected);
  });

  it.each([
    // [summary, why nothing is found]
    ['Skia bindings', 'the first word of a summary is capitalised anyway'],
    ['Fast parser. Simple to use', 'nor is the first word of a sentence'],
    ['A Simple Python Library For Parsing Dates', 'a Title Case summary: its capitals say nothing'],
    ['works with v2 and V3.1 at 5 GHz', 'versions and units are no names'],
    ['real-time e-commerce helpers', 'hyphenated words without a name part'],
  ])('%s: nothing (%s)', (summary) => {
    expect(surfaces(summary)).toEqual([]);
  });

  it('keeps name shapes a Title Case summary cannot fake', () => {
    expect(surfaces('A Simple Wrapper For The MMLU Benchmark On PostgreSQL')).toEqual(['MMLU', 'PostgreSQL']);
  });

  it('does not make a run of a sentence opener and the words after it', () => {
    // `Model Context Protocol server`: `Context Protocol` is no name of its own
    const cands = summaryCandidates('Model Context Protocol server for Skia');
    expect(cands.filter((c) => c.shape === 'phrase')).toEqual([]);
    expect(cands.find((c) => c.surface === 'Context')?.inRun).toBe(true);
    expect(cands.find((c) => c.surface === 'Skia')?.inRun).toBe(false);
  });

  it.each([
    ['PostgreSQL', 'camel'], ['macOS', 'camel'], ['MMLU', 'acronym'], ['k6', 'alnum'], ['GSM8K', 'alnum'],
    ['SWE-bench', 'hyphen'], ['Skia', 'capital'], ['v2', null], ['MHz', null], ['Real-Time', null], ['AI', null], ['3D', null],
  ])('nameShape(%s) is %s', (w, shape) => {
    expect(nameShape(w)).toBe(shape);
  });

  it('types a name by the head noun its summaries put after it, else other', () => {
    expect(typeFromHeads(new Map([['database', 3], ['for', 2]]), 8)).toBe('database');
    expect(typeFromHeads(new Map([['api', 1], ['for', 6]]), 10)).toBe('other');
    expect(typeFromHeads(new Map([['model', 4], ['library', 1]]), 10)).toBe('other');
  });
});
