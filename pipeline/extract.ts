import type { CompleteDoc, PipelineOptions } from './document/document.js';
import { decodeSource, readSourceFile, type ReadSource } from './ingest/read-source.js';
import { toResult } from './output/result.js';
import type { Result } from './output/schema.js';
import { runPipeline } from './pipeline.js';

export interface ExtractOptions extends PipelineOptions {
  maxBytes?: number;
}

/** Runs the whole pipeline over a transcript text; `path` is what the result reports. */
export function extractText(source: string, path: string, options: ExtractOptions = {}): Result {
  return toResult(runPipeline(source, path, options));
}

/** Reads a transcript file (`-` for standard input) once and runs the pipeline; throws PodtopicsError for unusable input. */
export function runFile(path: string, options: ExtractOptions = {}): CompleteDoc {
  return runRead(readSourceFile(path, options.maxBytes), path, options);
}

/** Runs the pipeline over a transcript file's bytes already read (an index worker hashes them first). */
export function runBytes(bytes: Uint8Array, path: string, options: ExtractOptions = {}): CompleteDoc {
  return runRead(decodeSource(bytes, options.maxBytes), path, options);
}

function runRead({ text, diagnostics, container }: ReadSource, path: string, options: ExtractOptions): CompleteDoc {
  const doc = runPipeline(text, path, container ? { ...options, container } : options);
  doc.diagnostics.unshift(...diagnostics);
  return doc;
}

/** The path a result reports for a file argument. */
export const displayPath = (path: string): string => (path === '-' ? '<stdin>' : path);

export function extractFile(path: string, options: ExtractOptions = {}): Result {
  return toResult(runFile(path, options), displayPath(path));
}
