/**
 * `xs.map(f)` for arrays that other code reads in hot paths: built by push, so the array is
 * the same kind (packed) whether V8 runs the caller interpreted or optimised. Its optimised
 * Array.prototype.map makes holey arrays where the interpreter makes packed ones, and code
 * optimised on one kind (the output schema's checks, the cards) was thrown away and
 * recompiled when the other came, once or more per episode.
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
