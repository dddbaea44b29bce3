import type { PipelineOptions } from './document/document.js';
import { readSourceFile } from './ingest/read-source.js';
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

/** Reads a transcript file (`-` for standard input) and runs the pipeline; throws PodtopicsError for unusable input. */
export function extractFile(path: string, options: ExtractOptions = {}): Result {
  const { text, diagnostics } = readSourceFile(path, options.maxBytes);
  const doc = runPipeline(text, path, options);
  doc.diagnostics.unshift(...diagnostics);
  return toResult(doc, path === '-' ? '<stdin>' : path);
}
