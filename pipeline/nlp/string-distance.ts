import { createRequire } from 'node:module';

/**
 * String distance from natural, imported by submodule: `import 'natural'` whole prints to
 * stdout and loads slowly (see ../shared/design/libraries.md). Only this file touches it.
 */
const require = createRequire(import.meta.url);
const distance = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance(a: string, b: string, options?: { restricted?: boolean }): number;
};

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  return distance.DamerauLevenshteinDistance(a, b, { restricted: true });
}
