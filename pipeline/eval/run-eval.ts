import { readFileSync } from 'node:fs';
import { extractText } from '../extract.js';
import type { Result } from '../output/schema.js';
import { loadGold, type GoldFile, type GoldSegment } from './gold.js';
import { scoreSegments } from './segmentation-metrics.js';

export interface EvalRow {
  file: string;
  words: number;
  goldSegments: number;
  predSegments: number;
  pk: number;
  windowDiff: number;
  boundaryF1: number;
  /** Pk of one segment for the whole file: the baseline to beat. */
  pkOneSegment: number;
  presenterAccuracy: number | null;
  titleHitRate: number | null;
  kindAccuracy: number | null;
}

const lower = (s: unknown) => String(s ?? '').toLowerCase().trim();

/** Scores one result against one gold file, with the conventions of ../shared/eval/score.mjs. */
export function scoreResult(gold: GoldFile, text: string, result: Result): EvalRow {
  const to = gold.length ?? text.length;
  const goldStarts = gold.segments.map((s) => s.start);
  const predStarts = result.segments.map((s) => s.span.start);
  const seg = scoreSegments(text, goldStarts, predStarts, gold.transcriptStart, to);
  const one = scoreSegments(text, goldStarts, [0], gold.transcriptStart, to);
  const names = (id: string | null) => {
    if (id == null) return [];
    const sp = result.speakers.find((s) => s.id === id || s.name === id);
    return sp ? [sp.name, ...sp.aliases] : [id];
  };
  const same = (goldName: string, predNames: string[]) => {
    const g = gold.speakers.find((s) => s.name === goldName);
    const forms = new Set([goldName, ...(g?.aliases ?? [])].map(lower));
    const last = lower(goldName).split(' ').at(-1);
    return predNames.map(lower).some((p) => forms.has(p) || p.split(/\s+/).at(-1) === last);
  };
  const best = (g: GoldSegment) => {
    let b: Result['segments'][number] | null = null;
    let ov = 0;
    for (const p of result.segments) {
      const o = Math.min(g.end, p.span.end) - Math.max(g.start, p.span.start);
      if (o > ov) {
        ov = o;
        b = p;
      }
    }
    return b;
  };
  let pres = 0;
  let presN = 0;
  let titles = 0;
  let titlesN = 0;
  let kinds = 0;
  let kindsN = 0;
  for (const g of gold.segments) {
    const p = best(g);
    if (g.kind !== 'topic') {
      kindsN++;
      if (p && p.kind === g.kind) kinds++;
    }
    const scored = g.kind === 'topic' || g.kind === 'extra' || (g.presenter && g.titleKeys?.length);
    if (!scored) continue;
    if (g.presenter) {
      presN++;
      if (p && same(g.presenter, names(p.presenter))) pres++;
    }
    if (g.titleKeys?.length) {
      titlesN++;
      if (p && g.titleKeys.some((key) => lower(p.title).includes(lower(key)))) titles++;
    }
  }
  return {
    file: gold.key,
    words: seg.words,
    goldSegments: gold.segments.length,
    predSegments: result.segments.length,
    pk: seg.pk,
    windowDiff: seg.windowDiff,
    boundaryF1: seg.boundaryF1,
    pkOneSegment: one.pk,
    presenterAccuracy: presN ? pres / presN : null,
    titleHitRate: titlesN ? titles / titlesN : null,
    kindAccuracy: kindsN ? kinds / kindsN : null,
  };
}

/** Runs the pipeline over every gold file in `dir` and scores it. */
export function runEval(dir: string): EvalRow[] {
  return loadGold(dir).map((g) => {
    const text = readFileSync(g.inputPath, 'utf8');
    return scoreResult(g, text, extractText(text, g.inputPath));
  });
}

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));

/** The rows as a Markdown table, with a mean row. */
export function formatEvalTable(rows: readonly EvalRow[]): string {
  const head = '| file | words | gold segs | pred segs | Pk | Pk (one segment) | WindowDiff | boundary F1 | presenter | title hits | kinds |';
  const lines = [head, '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.file} | ${r.words} | ${r.goldSegments} | ${r.predSegments} | ${fmt(r.pk)} | ${fmt(r.pkOneSegment)} | ${fmt(r.windowDiff)} | ${fmt(r.boundaryF1)} | ${fmt(r.presenterAccuracy)} | ${fmt(r.titleHitRate)} | ${fmt(r.kindAccuracy)} |`);
  }
  if (rows.length > 1) {
    const mean = (f: (r: EvalRow) => number | null) => {
      const xs = rows.map(f).filter((x): x is number => x !== null);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
    };
    lines.push(`| **mean** | | | | ${fmt(mean((r) => r.pk))} | ${fmt(mean((r) => r.pkOneSegment))} | ${fmt(mean((r) => r.windowDiff))} | ${fmt(mean((r) => r.boundaryF1))} | ${fmt(mean((r) => r.presenterAccuracy))} | ${fmt(mean((r) => r.titleHitRate))} | ${fmt(mean((r) => r.kindAccuracy))} |`);
  }
  return lines.join('\n') + '\n';
}
