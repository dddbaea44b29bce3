import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../ingest/read-source.js';
import { need } from '../stages/stage.js';
import { toEpisodeRecord, type WorkerReply } from './episode-record.js';

/**
 * The piscina worker: reads one transcript, hashes it, runs the whole pipeline and sends back
 * only what the index stores. The file is read here, not in the main thread, so the main
 * thread never holds transcript text it does not write.
 */
export interface WorkerTask {
  path: string;
  /** Hash already in the index for this path; an equal file is not parsed again. */
  knownHash?: string;
}

let extract: Promise<typeof import('../extract.js')> | undefined;

// Loaded lazily, once per worker thread: it brings the wink-nlp model (~100 MB), which the
// main thread (the writer) must never load, and a rerun over unchanged files never needs.
const loadExtract = () => (extract ??= import('../extract.js'));
let resultModule: Promise<typeof import('../output/result.js')> | undefined;
const loadResult = () => (resultModule ??= import('../output/result.js'));

export default async function indexOne(task: WorkerTask): Promise<WorkerReply> {
  try {
    let bytes: Buffer | null = null;
    try {
      if (statSync(task.path).size <= DEFAULT_MAX_BYTES) bytes = readFileSync(task.path);
    } catch {
      // unreadable: runFile below says why, in the project's words
    }
    const hash = bytes ? createHash('sha256').update(bytes).digest('hex') : '';
    if (bytes && hash === task.knownHash) return { status: 'unchanged', path: task.path, hash };
    const { runBytes, runFile, displayPath } = await loadExtract();
    const { toResult } = await loadResult();
    // the bytes hashed above, read once (a file too large or unreadable is read by runFile,
    // which says why); the record keeps what was said (the speech text the spans map into)
    const doc = bytes ? runBytes(bytes, task.path) : runFile(task.path);
    return { status: 'indexed', record: toEpisodeRecord(toResult(doc, displayPath(task.path)), need(doc, 'speech'), task.path, hash) };
  } catch (err) {
    // Errors cross the thread boundary by structured clone, which drops custom fields; keep
    // the one-line message only (a stack trace is never what the user needs here).
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(message.split('\n')[0]);
  }
}
