import { editDistance } from '../../nlp/string-distance.js';
import type { Candidate, CueSets } from '../candidate.js';
import { isCamelCase, isCapitalized, keyOf } from '../keys.js';
import type { AliasRef, LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_TYPO = 'lexicon-typo';
const MIN_LENGTH = 6;

let deletionIndex: Map<string, AliasRef[]> | null = null;
let indexFor: LexiconIndex | null = null;

const deletions = (w: string): string[] => {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
};

/** Symmetric-deletion index over the aliases the lexicon marks as typo targets. */
function typoIndex(ix: LexiconIndex): Map<string, AliasRef[]> {
  if (deletionIndex && indexFor === ix) return deletionIndex;
  const m = new Map<string, AliasRef[]>();
  ix.entries.forEach((e) => {
    for (const alias of e.fuzzy ?? []) {
      const ref = ix.byKey.get(keyOf(alias));
      if (!ref) continue;
      for (const d of new Set(deletions(keyOf(alias)))) {
        const list = m.get(d);
        if (list) list.push(ref);
        else m.set(d, [ref]);
      }
    }
  });
  deletionIndex = m;
  indexFor = ix;
  return m;
}

/**
 * A misspelt known name, one edit away (`DigitialOcean`, `PyTennesee`, `unitest`). The
 * lexicon allows as targets only names with no English word and no other name one edit
 * away (see build-lexicon.mjs), so a typo cannot merge two distinct projects. The word must
 * itself look like a name or code (capitalised, CamelCase, or not an English stop word),
 * share the target's first letter, and point to exactly one target.
 */
export function findTypos(v: TokenView, ix: LexiconIndex, cues: CueSets, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  const m = typoIndex(ix);
  const seen = new Map<string, AliasRef | null>();
  for (let i = 0; i < t.count; i++) {
    const word = t.normal[i];
    if (word.length < MIN_LENGTH || covered[i] || !v.word[i] || v.inUrl[i] || t.isStop[i]) continue;
    if (word.length < MIN_LENGTH || cues.cues.has(word) || cues.heads.has(word)) continue;
    let ref = seen.get(word);
    if (ref === undefined) {
      ref = null;
      if (!ix.byKey.has(word)) {
        const found = new Set<AliasRef>();
        for (const d of deletions(word)) for (const r of m.get(d) ?? []) found.add(r);
        const close = [...found].filter((r) => {
          const k = keyOf(r.alias);
          return k[0] === word[0] && editDistance(word, k) === 1;
        });
        const entries = new Set(close.map((r) => r.entry));
        if (entries.size === 1) ref = close[0];
      }
      seen.set(word, ref);
    }
    if (!ref) continue;
    const value = t.value[i];
    const aliasHasCaps = /[A-Z]/.test(ref.alias);
    // a capitalised name misspelt in lower case is too likely an ordinary word
    if (aliasHasCaps && !isCapitalized(value) && !isCamelCase(value)) continue;
    // a package name from the registries' lists is trusted with a typo only when said like a name
    if (!ix.curated[ref.entry] && !isCapitalized(value) && !isCamelCase(value)) continue;
    out.push({ a: i, b: i + 1, entry: ref.entry, rule: RULE_TYPO, confidence: 0.7, ambiguous: false });
    covered[i] = 1;
  }
}
