import type { Doc, Layers, PipelineOptions } from '../pipeline/document/document.js';
import { STAGES } from '../pipeline/pipeline.js';

/** Runs the pipeline up to and including the speakers stage (the later stages are not needed). */
export function speakersOf(text: string, options: PipelineOptions = {}, path = 'dialogue.txt'): Doc & { layers: Pick<Layers, 'ingest' | 'people' | 'paragraphSpeakers' | 'turns'> } {
  const doc: Doc = { source: text, path, options, layers: {}, diagnostics: [] };
  for (const stage of STAGES) {
    const { diagnostics, ...layers } = stage.run(doc);
    Object.assign(doc.layers, layers);
    if (diagnostics) doc.diagnostics.push(...diagnostics);
    if (stage.name === 'speakers') break;
  }
  return doc as never;
}

/** Each paragraph's speaker as a person name ('?' when unknown). */
export function namesOf(text: string, options: PipelineOptions = {}): string[] {
  const { layers } = speakersOf(text, options);
  const byId = new Map(layers.people.map((p) => [p.id, p.name]));
  return layers.paragraphSpeakers.map((s) => (s.speaker ? byId.get(s.speaker) ?? s.speaker : '?'));
}

/** Blank-line separated paragraphs, as a plain transcript. */
export const plain = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';
