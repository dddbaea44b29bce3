import type { CompleteDoc, Doc, PipelineOptions } from './document/document.js';
import { entitiesStage } from './entities/entities-stage.js';
import { tagsStage } from './entities/tags-stage.js';
import { ingestStage } from './ingest/ingest-stage.js';
import { segmentsStage } from './segments/segments-stage.js';
import { speakersStage } from './speakers/speakers-stage.js';
import { episodeStage } from './stages/episode-stage.js';
import { sentencesStage } from './stages/sentences-stage.js';
import { speechStage } from './stages/speech-stage.js';
import { checkStages, type Stage } from './stages/stage.js';

/**
 * The pipeline, in order. Each stage reads layers earlier stages provided and returns new
 * ones; `checkStages` verifies the order when this module loads.
 *
 *   ingest      source text → paragraphs, labels, times, page furniture
 *   speech      paragraphs → one speech string with an offset map to the source
 *   sentences   the one wink-nlp pass: tokens and repaired sentences (source offsets)
 *   episode     show, number, title, recording date as the transcript states them
 *   speakers    people, who speaks each paragraph, turns
 *   entities    technologies and other named things with every mention
 *   segments    topic boundaries, kinds, and the cards (title, summary, presenter, ...)
 *   tags        episode-level technology tags by salience
 */
export const STAGES: readonly Stage[] = [
  ingestStage,
  speechStage,
  sentencesStage,
  episodeStage,
  speakersStage,
  entitiesStage,
  segmentsStage,
  tagsStage,
];

checkStages(STAGES);

export interface StageTiming {
  stage: string;
  ms: number;
}

export function runPipeline(source: string, path: string, options: PipelineOptions = {}, timings?: StageTiming[]): CompleteDoc {
  const doc: Doc = { source, path, options, layers: {}, diagnostics: [] };
  for (const stage of STAGES) {
    const t0 = timings ? performance.now() : 0;
    const { diagnostics, ...layers } = stage.run(doc);
    Object.assign(doc.layers, layers);
    if (diagnostics) doc.diagnostics.push(...diagnostics);
    if (timings) timings.push({ stage: stage.name, ms: performance.now() - t0 });
  }
  return doc as CompleteDoc;
}
