import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../pipeline/eval/gold.js';
import { formatEvalTable, scoreResult } from '../pipeline/eval/run-eval.js';
import { pk, scoreSegments, windowDiff } from '../pipeline/eval/segmentation-metrics.js';
import { extractText } from '../pipeline/extract.js';
import { readText, ROOT } from './helpers.js';

// Values from the doctests of nltk.metrics.segmentation (printed there with '%.2f').
describe('pk and windowDiff agree with NLTK', () => {
  it.each([
    ['0100'.repeat(100), '1'.repeat(400), 2, '0.50'],
    ['0100'.repeat(100), '0'.repeat(400), 2, '0.50'],
    ['0100'.repeat(100), '0100'.repeat(100), 2, '0.00'],
  ])('pk(%#)', (ref, hyp, k, expected) => {
    expect(pk(ref, hyp, k).toFixed(2)).toBe(expected);
  });

  const s1 = '000100000010';
  const s2 = '000010000100';
  const s3 = '100000010000';
  it.each([
    [s1, s1, 3, '0.00'],
    [s1, s2, 3, '0.30'],
    [s2, s3, 3, '0.80'],
  ])('windowDiff(%s, %s, %i)', (a, b, k, expected) => {
    expect(windowDiff(a, b, k).toFixed(2)).toBe(expected);
  });

  it('rejects segmentations of different lengths', () => {
    expect(() => pk('010', '01')).toThrow();
    expect(() => windowDiff('010', '01', 2)).toThrow();
  });

  it('defaults k to half the mean reference segment length', () => {
    // 4 boundaries in 40 positions: k = round(40 / 8) = 5
    const ref = '0000000001'.repeat(4);
    expect(pk(ref, ref)).toBe(0);
    expect(pk(ref, '0'.repeat(40))).toBeCloseTo(pk(ref, '0'.repeat(40), 5), 10);
  });
});

describe('scoreSegments (word-level, as score.mjs)', () => {
  const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  const starts = [0, text.indexOf('w25 '), text.indexOf('w50 '), text.indexOf('w75 ')];
  it('is perfect on the gold itself', () => {
    const s = scoreSegments(text, starts, starts);
    expect(s).toMatchObject({ words: 100, pk: 0, windowDiff: 0, boundaryF1: 1 });
  });
  it('a single segment misses every boundary', () => {
    const s = scoreSegments(text, starts, [0]);
    expect(s.boundaryF1).toBe(0);
    expect(s.pk).toBeGreaterThan(0.4);
  });
  it('a near miss counts for F1 but costs a little Pk', () => {
    const near = [0, text.indexOf('w27 '), text.indexOf('w50 '), text.indexOf('w75 ')];
    const s = scoreSegments(text, starts, near);
    expect(s.boundaryF1).toBe(1);
    expect(s.pk).toBeGreaterThan(0);
    expect(s.pk).toBeLessThan(0.1);
  });
});

describe('gold in data/gold', () => {
  const gold = loadGold(join(ROOT, 'data', 'gold'));
  it('has the seed and the news-show fixture', () => {
    const keys = gold.map((g) => g.key);
    expect(keys).toEqual(expect.arrayContaining(['python-bytes-049/labeled', 'python-bytes-049/web', 'news-show/breaks', 'news-show/oneline', 'news-show/stt', 'news-roundup/stt']));
  });
  it('finds gold folders (NAME/gold.json) with inputs relative to them, and their speakers and entities', () => {
    const brief = gold.filter((g) => g.key.startsWith('tech-brief-310/'));
    expect(brief.map((g) => g.key).sort()).toEqual(['tech-brief-310/oneline', 'tech-brief-310/plain']);
    expect(brief[0].inputPath).toContain(join('data', 'gold', 'tech-brief-310'));
    const chat = gold.find((g) => g.key === 'data-chat-042/labeled')!;
    expect(chat.paragraphs?.length).toBeGreaterThan(0);
    expect(Object.keys(chat.entities?.required ?? {}).length).toBeGreaterThan(0);
  });
  it('gold segments tile their transcripts', () => {
    for (const g of gold) {
      const text = readText(g.inputPath);
      expect([0, g.transcriptStart]).toContain(g.segments[0].start);
      for (let i = 1; i < g.segments.length; i++) expect(g.segments[i].start).toBe(g.segments[i - 1].end);
      expect(g.segments.at(-1)!.end).toBe(g.length ?? text.length);
    }
  });
  it('scores the pipeline on the news show and prints a table', () => {
    const rows = gold.filter((g) => g.key.startsWith('news-show/')).map((g) => {
      const text = readText(g.inputPath);
      return scoreResult(g, text, extractText(text, g.inputPath));
    });
    for (const r of rows) {
      expect(r.pk).toBeLessThan(r.pkOneSegment / 2);
      expect(r.boundaryF1).toBeGreaterThanOrEqual(0.8);
    }
    const table = formatEvalTable(rows);
    expect(table.split('\n')[0]).toMatch(/^\| file \| words .* Pk .* boundary F1/);
    expect(table).toContain('| news-show/oneline |');
    expect(table.split('\n')[0]).toMatch(/WindowDiff .* presenter .* title hits .* kinds .* speakers .* entity recall .* tag precision \|$/);
    expect(table).toContain('| **mean** |');
  });
});

describe('a gold file the pipeline cannot read', () => {
  it('is a row scored as nothing found, with the reason; the others are scored as usual', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { runEval } = await import('../pipeline/eval/run-eval.js');
    const dir = mkdtempSync(join(tmpdir(), 'podtopics-eval-'));
    const gold = JSON.parse(readFileSync(join(ROOT, 'data', 'gold', 'news-roundup.json'), 'utf8'));
    const good = gold.files.breaks;
    const bad = join(dir, 'notes.json');
    writeFileSync(bad, JSON.stringify({ notes: 'a JSON file of no transcript shape', words: Array(200).fill('word') }));
    gold.files = {
      breaks: { ...good, input: join(ROOT, good.input) },
      notes: { ...good, input: bad, length: readFileSync(bad, 'utf8').length, transcriptStart: 0, segments: [{ ...good.segments[0], start: 0 }], paragraphs: undefined },
    };
    writeFileSync(join(dir, 'roundup.json'), JSON.stringify(gold));
    const rows = runEval(dir);
    expect(rows.map((r) => r.file)).toEqual(['roundup/breaks', 'roundup/notes']);
    expect(rows[0].failed).toBeUndefined();
    expect(rows[0].boundaryF1).toBeGreaterThan(0.5);
    expect(rows[1].failed).toMatch(/^is JSON but not a Podcasting 2\.0 transcript/);
    expect(rows[1].predSegments).toBe(0);
    expect(formatEvalTable(rows)).toContain('| roundup/notes (failed) |');
  });
});
