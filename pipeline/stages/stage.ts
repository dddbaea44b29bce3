import type { Diagnostic } from '../document/diagnostics.js';
import type { Doc, LayerName, Layers } from '../document/document.js';

/** New layers, and problems the stage found in the input. */
export type StageOutput = Partial<Layers> & { diagnostics?: Diagnostic[] };

/**
 * A named, pure step: it reads layers of the document and returns new ones. It never
 * changes the source or another stage's layers. `requires` and `provides` are checked
 * before anything runs (see `checkStages`).
 */
export interface Stage {
  name: string;
  requires: readonly LayerName[];
  provides: readonly LayerName[];
  run(doc: Doc): StageOutput;
}

/** Fails loudly, before running, when a stage needs a layer no earlier stage provides. */
export function checkStages(stages: readonly Stage[]): void {
  const have = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) {
        throw new Error(`pipeline: stage "${stage.name}" needs layer "${need}", which no earlier stage provides; reorder pipeline/stages.ts`);
      }
    }
    for (const p of stage.provides) {
      if (have.has(p)) throw new Error(`pipeline: layer "${p}" is provided twice (again by "${stage.name}")`);
      have.add(p);
    }
  }
}

/** Reads a layer a stage declared in `requires`; a missing one is a programming error. */
export function need<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const layer = doc.layers[name];
  if (layer === undefined) throw new Error(`pipeline: layer "${name}" is missing`);
  return layer as Layers[K];
}
