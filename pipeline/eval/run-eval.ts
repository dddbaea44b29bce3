import { readFileSync } from 'node:fs';
import { PodtopicsError } from '../document/diagnostics.js';
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
  /** Paragraphs whose best-overlapping turn has the gold speaker (gold with paragraphs only). */
  speakerAccuracy: number | null;
  /** Required technologies found among tags or entities; tags that are required or tolerated. */
  entityRecall: number | null;
  tagPrecision: number | null;
  /** Why the pipeline could not read the file (a one-line error); the row scores an empty result. */
  failed?: string;
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
  // speakers of paragraphs and technology tags, as score.mjs scores them
  let speakerAccuracy: number | null = null;
  if (gold.paragraphs && gold.speakers.length) {
    let ok = 0;
    let n = 0;
    for (const para of gold.paragraphs) {
      if (para.ambiguous) continue;
      n++;
      let bestTurn: Result['turns'][number] | null = null;
      let ov = 0;
      for (const t of result.turns) {
        const o = Math.min(para.end, t.span.end) - Math.max(para.start, t.span.start);
        if (o > ov) {
          ov = o;
          bestTurn = t;
        }
      }
      if (bestTurn && same(para.speaker, names(bestTurn.speaker))) ok++;
    }
    speakerAccuracy = n ? ok / n : null;
  }
  let entityRecall: number | null = null;
  let tagPrecision: number | null = null;
  if (gold.entities) {
    const tags = result.tags.map((t) => lower(t.name));
    const found = new Set([...tags, ...result.entities.map((e) => lower(e.name))]);
    const req = Object.entries(gold.entities.required);
    entityRecall = req.length ? req.filter(([, forms]) => forms.some((f) => found.has(lower(f)))).length / req.length : null;
    const okForms = new Set([...req.flatMap(([name, forms]) => [name, ...forms]), ...gold.entities.tolerated].map(lower));
    tagPrecision = tags.length ? tags.filter((t) => okForms.has(t)).length / tags.length : 0;
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
    speakerAccuracy,
    entityRecall,
    tagPrecision,
  };
}

/** What a user whose file cannot be read gets: nothing. */
const NOTHING = { segments: [], speakers: [], turns: [], entities: [], tags: [] } as unknown as Result;

/**
 * Runs the pipeline over every gold file in `dir` and scores it. A file the pipeline refuses
 * (a format it does not read) is a row of its own, scored as an empty result, and the run goes on.
 */
export function runEval(dir: string): EvalRow[] {
  return loadGold(dir).map((g) => {
    const text = readFileSync(g.inputPath, 'utf8');
    try {
      return scoreResult(g, text, extractText(text, g.inputPath));
    } catch (err) {
      if (!(err instanceof PodtopicsError)) throw err;
      return { ...scoreResult(g, text, NOTHING), failed: err.message };
    }
  });
}

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));

/** The rows as a Markdown table, with a mean row (each column over the files that have it). */
export function formatEvalTable(rows: readonly EvalRow[]): string {
  const cols: Array<[string, (r: EvalRow) => number | null]> = [
    ['Pk', (r) => r.pk],
    ['Pk (one segment)', (r) => r.pkOneSegment],
    ['WindowDiff', (r) => r.windowDiff],
    ['boundary F1', (r) => r.boundaryF1],
    ['presenter', (r) => r.presenterAccuracy],
    ['title hits', (r) => r.titleHitRate],
    ['kinds', (r) => r.kindAccuracy],
    ['speakers', (r) => r.speakerAccuracy],
    ['entity recall', (r) => r.entityRecall],
    ['tag precision', (r) => r.tagPrecision],
  ];
  const head = `| file | words | gold segs | pred segs | ${cols.map(([c]) => c).join(' | ')} |`;
  const lines = [head, `|---|---:|---:|---:|${cols.map(() => '---:|').join('')}`];
  for (const r of rows) lines.push(`| ${r.file}${r.failed ? ' (failed)' : ''} | ${r.words} | ${r.goldSegments} | ${r.predSegments} | ${cols.map(([, f]) => fmt(f(r))).join(' | ')} |`);
  if (rows.length > 1) {
    const mean = (f: (r: EvalRow) => number | null) => {
      const xs = rows.map(f).filter((x): x is number => x !== null);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
    };
    lines.push(`| **mean** | | | | ${cols.map(([, f]) => fmt(mean(f))).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
