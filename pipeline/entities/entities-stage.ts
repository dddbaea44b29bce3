import type { Stage } from '../stages/stage.js';

// Interim until the entities work (issue 4) lands.
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['speech', 'tokens', 'sentences', 'people'],
  provides: ['entities'],
  run: () => ({ entities: [] }),
};
