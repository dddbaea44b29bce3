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

/**
 * `editDistance(a, b) === 1`, in one linear pass and without allocating: the typo rule asks
 * this of thousands of word pairs, and natural's matrix is quadratic.
 */
export function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1 || a === b) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // one substitution, or one swap of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one insertion or deletion
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
