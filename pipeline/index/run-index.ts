import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { Piscina } from 'piscina';
import { PodtopicsError } from '../document/diagnostics.js';
import { MARKDOWN_EXTENSIONS, TRANSCRIPT_EXTENSIONS, collectFiles } from './collect-files.js';
import type { WorkerReply } from './episode-record.js';
import { IndexWriter, openIndex } from './index-store.js';
import type { WorkerTask } from './index-worker.js';

export interface IndexOptions {
  inputs: readonly string[];
  db: string;
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** Show a progress bar on stderr; default: when stderr is a terminal. */
  progress?: boolean;
  /** Where failures are reported, one line each (default: stderr). */
  report?: (line: string) => void;
  /** Also remove the episodes of files that no longer exist under the inputs. */
  prune?: boolean;
  /** Markdown files found in folders are transcripts too (a named one always is). */
  markdown?: boolean;
}

export interface IndexFailure {
  path: string;
  reason: string;
}

export interface IndexSummary {
  files: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Episodes removed because their file is gone (`--prune`). */
  removed: number;
  failed: number;
  /** Words of the transcripts parsed in this run (unchanged files are not parsed). */
  words: number;
  seconds: number;
  /** CPU seconds of the whole process (all threads): what the run costs on a busy machine. */
  cpuSeconds: number;
  wordsPerSecond: number;
  peakRssMb: number;
  jobs: number;
  failures: IndexFailure[];
}

/**
 * `podtopics index`: runs the pipeline over every transcript on a pool of worker threads and
 * writes each episode, in the main thread, in its own transaction. Bad transcripts are
 * reported and skipped; the summary counts them.
 */
export async function runIndex(opts: IndexOptions): Promise<IndexSummary> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const report = opts.report ?? ((line: string) => process.stderr.write(line + '\n'));
  const { files, missing } = collectFiles(opts.inputs, { markdown: opts.markdown === true });
  const failures: IndexFailure[] = missing.map((p) => ({ path: p, reason: 'no such file or folder' }));
  for (const f of failures) report(`podtopics: ${f.path}: ${f.reason}`);
  if (files.length === 0 && failures.length === 0) {
    throw new PodtopicsError('INDEX_NO_INPUT', `no transcripts found in ${opts.inputs.join(', ')} (looked for ${[...TRANSCRIPT_EXTENSIONS, ...(opts.markdown ? MARKDOWN_EXTENSIONS : [])].join(' ')}${opts.markdown ? '' : '; .md only with --markdown'})`);
  }
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), Math.max(1, files.length)));
  const summary: IndexSummary = { files: files.length + missing.length, added: 0, replaced: 0, unchanged: 0, removed: 0, failed: failures.length, words: 0, seconds: 0, cpuSeconds: 0, wordsPerSecond: 0, peakRssMb: 0, jobs, failures };
  const finish = () => {
    summary.seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    summary.cpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
    summary.wordsPerSecond = summary.seconds > 0 ? Math.round(summary.words / summary.seconds) : 0;
    summary.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    return summary;
  };
  if (files.length === 0) return finish(); // only missing inputs: nothing to open or create
  const worker = workerUrl();
  const db = openIndex(opts.db, 'write');
  const writer = new IndexWriter(db);
  const known = writer.knownHashes();
  const slugs = writer.reserveSlugs(files);
  const pool = new Piscina<WorkerTask, WorkerReply>({
    filename: worker.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A runaway transcript kills its worker (the task fails and is reported), not the run.
    // A small young generation: measured on 20 generated hour-long episodes, 2 jobs, peak
    // RSS 353 MB with V8's default, 297 MB with 8 MB, same CPU time. A small old generation:
    // V8 lets a heap with a high cap grow before it collects (120 generated episodes: peak RSS
    // 360 MB at 1536, 329 MB at 384; the 560-episode catalogue, 2026-11-23: 396 MiB at 512,
    // 383 at 384, 375 at 320). At 320 MB a 60-hour generated transcript (884 k words) still
    // runs; an 80-hour one (1.17 M words) fails, reported as too long (see failureReason).
    // The young generation at 6 MB, not 8 (2026-11-23, session 23, the 560-episode catalogue
    // with a lexicon of 29,321 entries: 402 MB at 8, 392 at 6, 385 at 6 and 386 at 4 with an
    // old-space cap of 288; the CPU time of those runs, 90–123 s, moved with the machine's
    // load more than with the setting).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB },
  });

  const showBar = opts.progress ?? Boolean(process.stderr.isTTY);
  const bar = showBar
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'indexing {bar} {value}/{total} episodes | {wps} words/s | ETA {eta_formatted}', hideCursor: false, clearOnComplete: true, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, { wps: 0 });
  const pending: IndexFailure[] = [];
  const fail = (path: string, reason: string) => {
    const f = { path: shown(path), reason };
    failures.push(f);
    summary.failed++;
    if (bar) pending.push(f);
    else report(`podtopics: ${f.path}: ${f.reason}`);
  };

  try {
    // Largest first: on a few cores the run then ends with small files, not one long tail.
    const order = files.map((path) => ({ path, size: sizeOf(path) })).sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    await Promise.all(
      order.map(({ path }) =>
        pool.run({ path, knownHash: known.get(path) }).then(
          (reply) => {
            if (reply.status === 'unchanged') summary.unchanged++;
            else {
              try {
                const outcome = writer.write(reply.record, slugs.get(path));
                summary[outcome]++;
                if (outcome !== 'unchanged') summary.words += reply.record.words;
              } catch (err) {
                fail(path, `could not be written to the index (${failureReason(err)})`);
              }
            }
            bar?.increment(1, { wps: Math.round(summary.words / ((performance.now() - t0) / 1000)) });
          },
          (err: unknown) => {
            fail(path, failureReason(err));
            bar?.increment(1);
          },
        ),
      ),
    );
    if (opts.prune) summary.removed = prune(writer, opts.inputs, files);
  } finally {
    bar?.stop();
    await pool.destroy();
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // another indexer is busy; its checkpoint (or the next open) will do it
    }
    db.close();
  }
  for (const f of pending) report(`podtopics: ${f.path}: ${f.reason}`);
  return finish();
}

/**
 * `--prune`: drops the episodes whose file is gone, of those stored under a folder given as
 * input (or given as a file themselves). Episodes elsewhere in the index are not touched.
 */
function prune(writer: IndexWriter, inputs: readonly string[], found: readonly string[]): number {
  const scopes = inputs.map((i) => resolve(i));
  const present = new Set(found);
  let removed = 0;
  for (const path of writer.paths()) {
    if (present.has(path) || existsSync(path)) continue;
    if (!scopes.some((s) => path === s || path.startsWith(s.endsWith(sep) ? s : s + sep))) continue;
    if (writer.drop(path)) removed++;
  }
  return removed;
}

/** The one summary line: episodes, words, seconds, words/s, failures. */
export function formatSummary(s: IndexSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const done = s.added + s.replaced;
  return (
    `indexed ${n(done)} episode${done === 1 ? '' : 's'} (${n(s.added)} new, ${n(s.replaced)} replaced, ${n(s.unchanged)} unchanged` +
    (s.removed ? `, ${n(s.removed)} removed` : '') +
    `), ` +
    `${n(s.words)} words in ${s.seconds.toFixed(1)} s, ${n(s.wordsPerSecond)} words/s, ${n(s.failed)} failed` +
    ` [${s.jobs} job${s.jobs === 1 ? '' : 's'}, peak RSS ${s.peakRssMb} MB]`
  );
}

/**
 * The compiled worker. Beside this module once built (dist/index/); when this module runs
 * from the TypeScript sources (vitest), the worker still has to be the built one.
 */
function workerUrl(): URL {
  const beside = new URL('./index-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../../dist/index/index-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new PodtopicsError('INDEX_NO_WORKER', 'the compiled index worker is missing; run `npm run build` first');
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/** The old-space cap of a worker (MB): see the pool's resourceLimits. */
const WORKER_OLD_SPACE_MB = 320;
/** The young generation of a worker (MB): see the pool's resourceLimits. */
const WORKER_YOUNG_SPACE_MB = 6;

export const failureReason = (err: unknown): string => {
  // a transcript too big for a worker's heap: say what to do, not V8's words
  if ((err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `too long to index: it needs more than a worker's ${WORKER_OLD_SPACE_MB} MB of memory (tens of hours of speech); split it, or run \`podtopics extract\` on it alone`;
  }
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
};
