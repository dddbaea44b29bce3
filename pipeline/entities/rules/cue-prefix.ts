import type { CueSets } from '../candidate.js';
import type { TokenView } from '../token-view.js';

/**
 * Prefix sums of "technical" tokens: cue words (`library`, `install`, `API`) and tokens of
 * names already known to be technology (`extra`). A window's count is two array reads.
 */
export function cuePrefix(v: TokenView, cues: CueSets, extra: Uint8Array | null): Int32Array {
  const n = v.t.count;
  const prefix = new Int32Array(n + 1);
  const set = cues.cues;
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + ((extra && extra[i]) || (v.word[i] && set.has(v.key[i])) ? 1 : 0);
  return prefix;
}
