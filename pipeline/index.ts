/**
 * The library API (package.json `main`): what `import … from 'podtopics'` gives.
 *
 * - `extractText(source, path, options)` / `extractFile(path, options)` → the JSON result of
 *   `podtopics extract` (schema in ../shared/design/output-contract.md, validated by zod);
 * - `renderMarkdown` / `renderChapters` turn a result into show notes / Podcasting 2.0 chapters;
 * - `runPipeline` and `STAGES` give the whole document with its layers, for tools that need
 *   more than the result.
 */
export { extractFile, extractText, type ExtractOptions } from './extract.js';
export { runPipeline, STAGES, type StageTiming } from './pipeline.js';
export { toResult, validateResult } from './output/result.js';
export { ResultSchema, SCHEMA_VERSION, type Result } from './output/schema.js';
export { renderMarkdown } from './output/markdown.js';
export { renderChapters, type Chapter } from './output/chapters.js';
export type { CompleteDoc, PipelineOptions } from './document/document.js';
