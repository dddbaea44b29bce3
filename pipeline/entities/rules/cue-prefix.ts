import type { CueSets } from '../candidate.js';
import { CUE_BIT, type TokenView } from '../token-view.js';

/** Cue marks per view: two rules ask for them, and a Set lookup per token is the cost. */
const marksOf = new WeakMap<TokenView, Uint8Array>();

function cueMarks(v: TokenView, cues: CueSets): Uint8Array {
  let m = marksOf.get(v);
  if (m) return m;
  const n = v.t.count;
  m = new Uint8Array(n);
  // the cue words were looked up once in viewTokens (`cues` is what it used)
  void cues;
  for (let i = 0; i < n; i++) if (v.word[i] && v.kind[i] & CUE_BIT) m[i] = 1;
  marksOf.set(v, m);
  return m;
}

/**
 * Prefix sums of "technical" tokens: cue words (`library`, `install`, `API`) and tokens of
 * names already known to be technology (`extra`). A window's count is two array reads.
 */
export function cuePrefix(v: TokenView, cues: CueSets, extra: Uint8Array | null): Int32Array {
  const n = v.t.count;
  const prefix = new Int32Array(n + 1);
  const marks = cueMarks(v, cues);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + (marks[i] || (extra && extra[i]) ? 1 : 0);
  return prefix;
}
