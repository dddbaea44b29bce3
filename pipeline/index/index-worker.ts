import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../ingest/read-source.js';
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

export default async function indexOne(task: WorkerTask): Promise<WorkerReply> {
  try {
    let bytes: Buffer | null = null;
    try {
      if (statSync(task.path).size <= DEFAULT_MAX_BYTES) bytes = readFileSync(task.path);
    } catch {
      // unreadable: extractFile below says why, in the project's words
    }
    const hash = bytes ? createHash('sha256').update(bytes).digest('hex') : '';
    if (bytes && hash === task.knownHash) return { status: 'unchanged', path: task.path, hash };
    const { extractFile } = await loadExtract();
    const result = extractFile(task.path);
    const source = bytes ? bytes.toString('utf8') : readFileSync(task.path, 'utf8');
    return { status: 'indexed', record: toEpisodeRecord(result, source, task.path, hash) };
  } catch (err) {
    // Errors cross the thread boundary by structured clone, which drops custom fields; keep
    // the one-line message only (a stack trace is never what the user needs here).
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(message.split('\n')[0]);
  }
}
