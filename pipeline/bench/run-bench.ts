import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// The bench is the one place outside pipeline/nlp/ that imports wink-nlp: its baseline is
// the bare library with its default pipe, not our adapter (which runs a smaller pipe).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractText } from '../extract.js';
import { runPipeline, type StageTiming } from '../pipeline.js';
import { countWords } from '../index/card-terms.js';
import { generateEpisode, ROOT, writeCatalogue } from './generate-corpus.js';
import type { OneCoreRow } from './one-core.js';

/**
 * `npm run bench`: words per second of the full pipeline next to a bare wink-nlp `readDoc`
 * over the same text in the same process (the ratio is the figure: the machine is noisy),
 * how time grows with input size, peak memory, and `podtopics index` over a generated
 * catalogue. Prints markdown tables for the README.
 *
 *   npm run bench -- [--words 12500] [--episodes 56] [--jobs N] [--no-catalogue] [--reps 5] [--processes 3]
 */
const USAGE = 'usage: npm run bench -- [--words 12500] [--episodes 56] [--jobs N] [--reps 5] [--processes 3] [--no-catalogue] [--no-long]';
/** A bad option is one line and exit 2, never a stack trace. */
function refuse(message: string): never {
  process.stderr.write(`podtopics bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}
function readOptions() {
  try {
    return parseArgs({
      options: {
        words: { type: 'string', default: '12500' },
        episodes: { type: 'string', default: '56' },
        jobs: { type: 'string', default: String(availableParallelism()) },
        reps: { type: 'string', default: '5' },
        processes: { type: 'string', default: '3' },
        'no-catalogue': { type: 'boolean', default: false },
        'no-long': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (e) {
    return refuse((e as Error).message.split('\n')[0]);
  }
}
const opt = readOptions();
if (opt.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
/** A whole number ≥ 1, or a one-line refusal naming the option. */
function count(name: 'words' | 'episodes' | 'jobs' | 'reps' | 'processes'): number {
  const n = Number(opt[name]);
  return Number.isInteger(n) && n >= 1 ? n : refuse(`--${name} must be a whole number of at least 1 (got ${JSON.stringify(opt[name])})`);
}
const HOUR_WORDS = count('words');
const EPISODES = count('episodes');
const JOBS = count('jobs');
const REPS = count('reps');
/**
 * Child processes per long-transcript measurement, medians taken across them. One process's
 * medians still vary from the next one's by more than the margins the targets ask about
 * (2026-11-23, quiet machine, three processes one after another: pipeline CPU at 1× 0.083,
 * 0.096 and 0.118 s; ratio at 16× 0.36–0.56): where V8 lays out and optimises code differs per
 * process.
 */
const PROCESSES = count('processes');
// The catalogue the issue sets the bar on: ~560 hour-long interviews, ~7 M words, ≤ 60 s, ≤ 400 MB.
const TARGET_WORDS = 7_000_000;
/** Episodes before the early-worker row (the main rows: one-core.ts WARMUP). */
const EARLY_WARMUP = 6;


const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const nlp = winkNLP(model); // default pipe

interface Timing {
  wall: number;
  /** CPU seconds of this process: steadier than wall time when other jobs share the cores. */
  cpu: number;
}

/** One timed call. No forced gc() before it: that drops compiled code too (see one-core.ts). */
function time(fn: () => unknown): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

const medianTiming = (ts: Timing[]): Timing => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });

/** Median times of the pipeline and of bare readDoc over one text, interleaved so drift hits both. */
function measure(text: string, reps: number): { pipeline: Timing; wink: Timing } {
  const p: Timing[] = [];
  const w: Timing[] = [];
  for (let i = 0; i < reps; i++) {
    w.push(time(() => nlp.readDoc(text)));
    p.push(time(() => extractText(text, 'bench.txt')));
  }
  return { pipeline: medianTiming(p), wink: medianTiming(w) };
}

const out: string[] = [];
const say = (s = '') => {
  out.push(s);
  process.stdout.write(s + '\n');
};

say(`## podtopics bench (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores)`);
say();

/** Per input size, the median of each figure over the processes (peak memory: the largest). */
function acrossProcesses(runs: OneCoreRow[][]): OneCoreRow[] {
  return runs[0].map((row, i) => {
    const of = (f: (r: OneCoreRow) => number) => median(runs.map((r) => f(r[i])));
    return {
      k: row.k,
      words: row.words,
      pipeline: of((r) => r.pipeline),
      wink: of((r) => r.wink),
      pipelineCpu: of((r) => r.pipelineCpu),
      winkCpu: of((r) => r.winkCpu),
      peakRssMb: Math.max(...runs.map((r) => r[i].peakRssMb)),
    };
  });
}

/**
 * Runs one-core.js in a child process of its own; `pin` puts it on one core with `taskset`
 * (util-linux), where its wall time is all the time it had, JIT and GC threads included.
 */
function child(args: string[], pin: boolean): string | null {
  const script = join(ROOT, 'dist', 'bench', 'one-core.js');
  const r = pin
    ? spawnSync('taskset', ['-c', '0', process.execPath, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 })
    : spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (pin && (r.error || r.status !== 0)) return null; // no taskset here
  if (r.status !== 0) throw new Error(`bench child failed: ${(r.stderr ?? '').trim().split('\n').pop()}`);
  return r.stdout;
}

if (!opt['no-long']) {
  const args = ['--mode', 'warm', '--words', String(HOUR_WORDS), '--reps', String(REPS)];
  const runs: OneCoreRow[][] = [];
  const pinnedRuns: OneCoreRow[][] = [];
  for (let p = 0; p < PROCESSES; p++) {
    runs.push(JSON.parse(child(args, false)!) as OneCoreRow[]);
    const pinnedOut = child(args, true);
    if (pinnedOut) pinnedRuns.push(JSON.parse(pinnedOut) as OneCoreRow[]);
  }
  const rows = acrossProcesses(runs);
  const pinned = pinnedRuns.length ? acrossProcesses(pinnedRuns) : null;
  say(`### One long transcript, one thread (generated from the samples; 1× ≈ an hour, ${fmt(HOUR_WORDS)} words)`);
  say();
  // the generator draws on the project's labelled transcripts: runs compare only on the same text
  say(`Input: the 1× text's SHA-256 begins ${createHash('sha256').update(generateEpisode(4242, HOUR_WORDS).text).digest('hex').slice(0, 12)} (runs with another fingerprint measured other text).`);
  say();
  say('| input | words | pipeline words/s (CPU) | wink-nlp readDoc words/s (CPU) | **ratio, per CPU-second** | ratio, wall | ratio, wall, pinned to one core | time vs 1× (CPU) | peak RSS MB |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const base = rows[0];
  rows.forEach((r, i) => {
    const pin = pinned?.[i];
    // the generator overshoots a little: say the time ratio next to the word ratio
    say(
      `| ${r.k}× | ${fmt(r.words)} | ${fmt(r.words / r.pipelineCpu)} | ${fmt(r.words / r.winkCpu)} | **${(r.winkCpu / r.pipelineCpu).toFixed(2)}** | ` +
        `${(r.wink / r.pipeline).toFixed(2)} | ${pin ? (pin.wink / pin.pipeline).toFixed(2) : 'no taskset'} | ` +
        `${(r.pipelineCpu / base.pipelineCpu).toFixed(1)}× for ${(r.words / base.words).toFixed(1)}× words | ${r.peakRssMb} |`,
    );
  });
  // a worker's early episodes, before V8 has optimised the pipeline's code (see one-core.ts WARMUP)
  const earlyArgs = ['--mode', 'warm', '--words', String(HOUR_WORDS), '--reps', String(REPS), '--sizes', '1', '--warmup', String(EARLY_WARMUP)];
  const early = (JSON.parse(child(earlyArgs, false)!) as OneCoreRow[])[0];
  const earlyPinnedOut = child(earlyArgs, true);
  const earlyPinned = earlyPinnedOut ? (JSON.parse(earlyPinnedOut) as OneCoreRow[])[0] : null;
  say(
    `| 1×, a worker's early episodes (after ${EARLY_WARMUP}) | ${fmt(early.words)} | ${fmt(early.words / early.pipelineCpu)} | ${fmt(early.words / early.winkCpu)} | ${(early.winkCpu / early.pipelineCpu).toFixed(2)} | ` +
      `${(early.wink / early.pipeline).toFixed(2)} | ${earlyPinned ? (earlyPinned.wink / earlyPinned.pipeline).toFixed(2) : 'no taskset'} | | ${early.peakRssMb} |`,
  );
  // the first run of a fresh process: what one `extract` pays (models load on first use)
  const cold = (mode: string) => (JSON.parse(child(['--mode', mode, '--words', String(HOUR_WORDS)], false)!) as { seconds: number }).seconds;
  const coldP: number[] = [];
  const coldW: number[] = [];
  for (let i = 0; i < REPS; i++) {
    coldW.push(cold('cold-wink'));
    coldP.push(cold('cold-pipeline'));
  }
  const cp = median(coldP);
  const cw = median(coldW);
  say(`| 1×, first run of a fresh process (wall) | ${fmt(base.words)} | ${fmt(base.words / cp)} | ${fmt(base.words / cw)} | | ${(cw / cp).toFixed(2)} | | | |`);
  say();
  say(
    `Each side in the same child process, interleaved, medians of ${REPS} runs (${REPS * 3} at 1×, 3 at 16×), then the median of each figure over ${PROCESSES} such processes, after warm-up runs on forty other episodes and one more of each ` +
      `length (a worker in \`index\` once its time per word has settled: V8 optimises the pipeline's many once-per-episode functions only after a few dozen ` +
      `episodes; the early row is after ${EARLY_WARMUP}). Per CPU-second counts every thread of the process: V8 compiles and marks on helper ` +
      `threads, which the pipeline (more code, more allocation) leans on more than a bare readDoc does; pinned to one core, those threads ` +
      `take turns with the main one. Last row: medians over ${REPS} fresh processes of their first run, model set-up included on both ` +
      `sides (wink-nlp reads its model; the pipeline also its lexicon and cues).`,
  );
  say();

  // where the pipeline's time goes, stage by stage, next to the bare readDoc it is measured against
  const text = generateEpisode(4242, HOUR_WORDS * 4).text;
  // both sides warm (the readDoc here runs wink's default pipe, which the pipeline's own lean
  // instance never compiled), then the fastest of three interleaved runs of each
  for (let i = 0; i < 3; i++) {
    runPipeline(text, 'bench.txt', {});
    nlp.readDoc(text);
  }
  let timings: StageTiming[] = [];
  let total = Infinity;
  let readDoc = Infinity;
  for (let i = 0; i < 3; i++) {
    const run: StageTiming[] = [];
    runPipeline(text, 'bench.txt', {}, run);
    const ms = run.reduce((n, t) => n + t.ms, 0);
    if (ms < total) {
      total = ms;
      timings = run;
    }
    readDoc = Math.min(readDoc, time(() => nlp.readDoc(text)).wall * 1000);
  }
  say(`### Where the time goes (4× text, warm, wall ms, fastest of three runs in this process)`);
  say();
  say('| stage | ms | share | vs readDoc |');
  say('|---|---:|---:|---:|');
  for (const t of timings) say(`| ${t.stage} | ${t.ms.toFixed(0)} | ${((100 * t.ms) / total).toFixed(0)}% | ${(t.ms / readDoc).toFixed(2)}× |`);
  say(`| **all stages** | ${total.toFixed(0)} | 100% | ${(total / readDoc).toFixed(2)}× |`);
  say(`| wink-nlp readDoc (default pipe) | ${readDoc.toFixed(0)} | | 1.00× |`);
  say();
}

if (!opt['no-catalogue']) {
  const dir = join(tmpdir(), `podtopics-bench-catalogue-${EPISODES}x${HOUR_WORDS}`);
  const gen = writeCatalogue(dir, EPISODES, HOUR_WORDS);

  // one thread, in this process, warm (as a worker is after its first episodes): the ratio
  // over whole catalogue episodes of every layout
  const sample = Math.min(EPISODES, 8);
  // warm-up on each layout the sample has: every ingest path has been through the JIT
  for (const layout of ['labeled', 'web', 'vtt'] as const) measure(generateEpisode(9002, HOUR_WORDS, layout).text, 2);
  let pipeline = 0;
  let wink = 0;
  let pipelineWall = 0;
  let winkWall = 0;
  let words = 0;
  for (let i = 0; i < sample; i++) {
    const ep = generateEpisode(i, Math.round(HOUR_WORDS * (0.5 + ((i * 7919) % 101) / 100)), i % 5 === 3 ? 'web' : i % 5 === 4 ? 'vtt' : 'labeled');
    const r = measure(ep.text, 3);
    pipeline += r.pipeline.cpu;
    wink += r.wink.cpu;
    pipelineWall += r.pipeline.wall;
    winkWall += r.wink.wall;
    words += countWords(ep.text);
  }

  // all cores: the real command, in a child process of its own (its peak RSS is its own)
  const db = join(tmpdir(), `podtopics-bench-${process.pid}.db`);
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'podtopics.js'), 'index', dir, '--db', db, '--jobs', String(JOBS), '--json', '--no-progress'], { encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  for (const suffix of ['', '-wal', '-shm']) spawnSync('rm', ['-f', db + suffix]);
  if (child.status !== 0) {
    say(`podtopics index failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    process.exitCode = 1;
  } else {
    const s = JSON.parse(child.stdout) as { added: number; words: number; seconds: number; cpuSeconds: number; wordsPerSecond: number; peakRssMb: number; failed: number; jobs: number };
    const wps = s.words / wall;
    say(`### Generated catalogue: ${fmt(gen.files)} episodes, ${fmt(gen.words)} words, ${mb(gen.bytes)} MB`);
    say();
    say('| pass | words/s (CPU) | vs readDoc (CPU) | vs readDoc (wall) | wall s | CPU s | peak RSS MB |');
    say('|---|---:|---:|---:|---:|---:|---:|');
    say(`| wink-nlp readDoc, 1 thread, warm (${sample} episodes) | ${fmt(words / wink)} | 1.00 | 1.00 | ${winkWall.toFixed(1)} | ${wink.toFixed(1)} | |`);
    say(`| pipeline, 1 thread, warm (same ${sample} episodes) | ${fmt(words / pipeline)} | **${(wink / pipeline).toFixed(2)}** | ${(winkWall / pipelineWall).toFixed(2)} | ${pipelineWall.toFixed(1)} | ${pipeline.toFixed(1)} | |`);
    say(
      `| \`podtopics index --jobs ${s.jobs}\`, all ${s.added} episodes, SQLite included | ${fmt(s.words / s.cpuSeconds)} | ${(s.words / s.cpuSeconds / (words / wink)).toFixed(2)} | | ${wall.toFixed(1)} | ${s.cpuSeconds.toFixed(1)} | ${s.peakRssMb} |`,
    );
    say();
    const est = TARGET_WORDS / wps; // linear: worker start-up is amortised over more episodes, so this errs high
    // On an idle machine the run is CPU-bound on all its jobs: CPU seconds / jobs is its wall time.
    const idle = (TARGET_WORDS / (s.words / s.cpuSeconds)) / Math.min(s.jobs, availableParallelism());
    say(
      `${s.added} indexed, ${s.failed} failed. Extrapolated linearly to ${fmt(TARGET_WORDS)} words (~560 hour-long episodes): **${est.toFixed(0)} s** at the measured wall rate, ` +
        `~${idle.toFixed(0)} s if the ${s.jobs} jobs had the cores to themselves (CPU seconds / jobs); target ≤ 60 s. ` +
        `Peak RSS ${s.peakRssMb} MB (target ≤ 400 MB); it does not grow with the catalogue (each worker holds one episode, the writer one record).`,
    );
  }
}
