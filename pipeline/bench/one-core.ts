import { parseArgs } from 'node:util';
// Like run-bench.ts, this measures against the bare library with its default pipe.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractText } from '../extract.js';
import { countWords } from '../index/card-terms.js';
import { generateEpisode } from './generate-corpus.js';

/**
 * One bench measurement in a process of its own (run-bench.ts starts it as is, and again
 * pinned to one core with `taskset`). Prints one JSON line.
 *
 *   --mode warm           after warm-up runs on other text (a worker in `index` that has
 *                         done `--warmup` episodes; 40 by default, where the pipeline's
 *                         time per word has settled: see WARMUP), interleaved medians of
 *                         pipeline and readDoc per size;
 *   --mode cold-pipeline  the first pipeline run of a fresh process (models load on first use);
 *   --mode cold-wink      the first winkNLP(model) and readDoc of a fresh process.
 */
/**
 * Episodes a worker has done before it is measured. The pipeline is a lot of code, and V8
 * optimises its many once-per-episode functions only after they have run a number of times:
 * over a worker's first episodes its time per word falls (pinned to one core, 12,500-word
 * episodes, `scratch/warmcurve.mjs`, medians of five: episodes 0–4 ~18–21 ms per thousand
 * words, 5–9 ~9–11, 10–24 ~4.6–7, from ~25–35 on 3.5–4.5 and no lower by 80). A bare
 * readDoc is a little hot code and settles within the first runs. An `index` worker does
 * hundreds of episodes, so the figure is taken once the time has settled; the bench also
 * prints a worker's early ratio (after six episodes).
 */
const WARMUP = 40;

const { values: opt } = parseArgs({
  options: {
    mode: { type: 'string', default: 'warm' },
    words: { type: 'string', default: '12500' },
    sizes: { type: 'string', default: '1,4,16' },
    reps: { type: 'string', default: '5' },
    warmup: { type: 'string', default: String(WARMUP) },
  },
});

export interface OneCoreRow {
  k: number;
  words: number;
  /** Median wall seconds of the full pipeline (ingest to validated JSON result). */
  pipeline: number;
  /** Median wall seconds of a bare wink-nlp readDoc with the default pipe. */
  wink: number;
  /** Median CPU seconds of each, all of the process's threads counted (V8 compiles and marks on helper threads). */
  pipelineCpu: number;
  winkCpu: number;
  peakRssMb: number;
}

const HOUR = Number(opt.words);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/**
 * Wall seconds of one call. No forced gc() between runs: a forced collection also drops
 * compiled code and inline caches (V8 reduces memory then), so the next run would be
 * measured half cold. Interleaving spreads each side's garbage over the other's runs.
 */
const timed = (fn: () => unknown): { wall: number; cpu: number } => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
};
const seconds = (fn: () => unknown): number => timed(fn).wall;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (opt.mode === 'cold-pipeline' || opt.mode === 'cold-wink') {
  const text = generateEpisode(4242, HOUR).text;
  // both sides set up their models inside the timed run: winkNLP() reads its model data there
  // and the pipeline makes its own wink-nlp instance, lexicon and cue tables on first use
  const s = opt.mode === 'cold-wink' ? seconds(() => winkNLP(model).readDoc(text)) : seconds(() => extractText(text, 'bench.txt'));
  process.stdout.write(JSON.stringify({ words: countWords(text), seconds: s }) + '\n');
} else {
  const nlp = winkNLP(model);
  // warm-up on other episodes, each a different one (as a worker in `index` sees them): the
  // models are loaded and the JIT has seen the code paths real episodes take
  for (let i = 0; i < Number(opt.warmup); i++) {
    const warm = generateEpisode(9001 + i, HOUR).text;
    nlp.readDoc(warm);
    extractText(warm, 'warm.txt');
  }
  const rows: OneCoreRow[] = [];
  for (const k of opt.sizes.split(',').map(Number)) {
    const text = generateEpisode(4242, HOUR * k).text;
    const p: Array<{ wall: number; cpu: number }> = [];
    const w: Array<{ wall: number; cpu: number }> = [];
    // one untimed run of each side on another episode of this length: a worker in `index` has
    // read long episodes before, and V8 compiles the long loops of a new size (on-stack
    // replacement) during the first runs at it, on both sides
    const sizeWarm = generateEpisode(7000 + k, HOUR * k).text;
    nlp.readDoc(sizeWarm);
    extractText(sizeWarm, 'warm.txt');
    // interleaved, so drift on a noisy machine hits both. The 1× runs are short (~0.1 s) and
    // every other figure is divided by them (the ratio, the growth): three times the runs
    // there, whose medians swung 0.37–0.56 in ratio over four runs of five on a quiet machine
    const reps = k >= 16 ? Math.min(Number(opt.reps), 3) : k <= 1 ? Number(opt.reps) * 3 : Number(opt.reps);
    for (let r = 0; r < reps; r++) {
      w.push(timed(() => nlp.readDoc(text)));
      p.push(timed(() => extractText(text, 'bench.txt')));
    }
    rows.push({
      k,
      words: countWords(text),
      pipeline: median(p.map((x) => x.wall)),
      wink: median(w.map((x) => x.wall)),
      pipelineCpu: median(p.map((x) => x.cpu)),
      winkCpu: median(w.map((x) => x.cpu)),
      peakRssMb: peakRssMb(),
    });
  }
  process.stdout.write(JSON.stringify(rows) + '\n');
}
