import { parseArgs } from 'node:util';
// Like run-bench.ts, this measures against the bare library with its default pipe.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractText } from '../extract.js';
import { countWords } from '../index/card-terms.js';
import { generateEpisode } from './generate-corpus.js';

/**
 * One bench measurement in a process of its own, which run-bench.ts starts pinned to one
 * core (`taskset`), so wall time is all the time the process had: JIT compiler and garbage
 * collector threads share that core instead of hiding on the other one. Prints one JSON line.
 *
 *   --mode warm           after warm-up runs on other text (a worker that has done a few
 *                         episodes), interleaved medians of pipeline and readDoc per size;
 *   --mode cold-pipeline  the first pipeline run of a fresh process (models load on first use);
 *   --mode cold-wink      the first winkNLP(model) and readDoc of a fresh process.
 */
const { values: opt } = parseArgs({
  options: {
    mode: { type: 'string', default: 'warm' },
    words: { type: 'string', default: '12500' },
    sizes: { type: 'string', default: '1,4,16' },
    reps: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '4' },
  },
});

export interface OneCoreRow {
  k: number;
  words: number;
  /** Median wall seconds of the full pipeline (ingest to validated JSON result). */
  pipeline: number;
  /** Median wall seconds of a bare wink-nlp readDoc with the default pipe. */
  wink: number;
  peakRssMb: number;
}

const HOUR = Number(opt.words);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (opt.mode === 'cold-pipeline' || opt.mode === 'cold-wink') {
  const text = generateEpisode(4242, HOUR).text;
  // both sides set up their models inside the timed run: winkNLP() reads its model data there
  // and the pipeline makes its own wink-nlp instance, lexicon and cue tables on first use
  const s = opt.mode === 'cold-wink' ? seconds(() => winkNLP(model).readDoc(text)) : seconds(() => extractText(text, 'bench.txt'));
  process.stdout.write(JSON.stringify({ words: countWords(text), seconds: s }) + '\n');
} else {
  const nlp = winkNLP(model);
  // warm-up on other episodes: the JIT has seen the code, the models are loaded
  const warm = generateEpisode(9001, HOUR).text;
  for (let i = 0; i < Number(opt.warmup); i++) {
    nlp.readDoc(warm);
    extractText(warm, 'warm.txt');
  }
  const rows: OneCoreRow[] = [];
  for (const k of opt.sizes.split(',').map(Number)) {
    const text = generateEpisode(4242, HOUR * k).text;
    const p: number[] = [];
    const w: number[] = [];
    // interleaved, so drift on a noisy machine hits both
    const reps = k >= 16 ? Math.min(Number(opt.reps), 2) : Number(opt.reps);
    for (let r = 0; r < reps; r++) {
      w.push(seconds(() => nlp.readDoc(text)));
      p.push(seconds(() => extractText(text, 'bench.txt')));
    }
    rows.push({ k, words: countWords(text), pipeline: median(p), wink: median(w), peakRssMb: peakRssMb() });
  }
  process.stdout.write(JSON.stringify(rows) + '\n');
}
