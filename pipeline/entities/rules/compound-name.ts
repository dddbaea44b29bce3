import type { Candidate, CueSets } from '../candidate.js';
import { isAllCaps } from '../keys.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_COMPOUND = 'context:compound-name';

/**
 * A known name followed by a capitalised word, said so at least twice, is a product of its
 * own: `Deno KV`, `Deno Deploy`, `Azure Functions`, `Vercel Edge`. One-off pairs (`Python
 * Tuesday`) are not.
 */
export function findCompoundNames(
  v: TokenView,
  ix: LexiconIndex,
  cues: CueSets,
  lex: readonly Candidate[],
  blocked: Uint8Array,
  out: Candidate[],
): void {
  const t = v.t;
  const pairs = new Map<string, Candidate[]>();
  for (const c of lex) {
    if (c.entry < 0 || c.ambiguous || c.version !== undefined) continue;
    const j = c.b;
    if (j >= t.count || v.glued[j] || !v.word[j] || !v.cap[j] || v.initial[j] || blocked[j]) continue;
    if (t.textStart[j] - t.textEnd[j - 1] !== 1 || t.paragraph[j] !== t.paragraph[c.a]) continue;
    const w = t.value[j];
    if (w.length < 2 || cues.notNames.has(t.normal[j]) || t.isStop[j]) continue;
    if (!isAllCaps(w) && t.pos[j] !== 'PROPN') continue;
    const name = `${ix.entries[c.entry].name} ${w}`;
    const e = ix.entries[c.entry];
    const type = e.type === 'company' || e.type === 'service' ? 'service' : e.type;
    const cand: Candidate = { a: c.a, b: j + 1, entry: -1, name, type, rule: RULE_COMPOUND, confidence: 0.7, ambiguous: false };
    const list = pairs.get(name);
    if (list) list.push(cand);
    else pairs.set(name, [cand]);
  }
  for (const list of pairs.values()) if (list.length >= 2) out.push(...list);
}
