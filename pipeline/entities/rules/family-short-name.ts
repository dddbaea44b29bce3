import { outOfVocabulary } from '../../nlp/wink.js';
import type { Candidate, CueSets } from '../candidate.js';
import { keyOf } from '../keys.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_FAMILY_SHORT = 'context:family-short-name';

/** How near (in tokens) a mention of the family must be to its product's short name. */
export const FAMILY_REACH_TOKENS = 400;
/** How often the episode must name the family for its products to go by their short names. */
export const FAMILY_MIN_MENTIONS = 2;

/** Short name (as written, capitalised) → the curated two-word entries `<Family> <Name>` it may stand for, with the family's entry. */
type ShortNames = Map<string, Array<{ entry: number; family: number }>>;
const shortNamesOf = new WeakMap<LexiconIndex, ShortNames>();

/**
 * The lexicon's curated two-word products of a family it also knows (`Laravel Pulse`,
 * `WordPress Playground`, `Apache Spark`), by their second word: built once per lexicon.
 */
function shortNames(ix: LexiconIndex): ShortNames {
  let m = shortNamesOf.get(ix);
  if (m) return m;
  m = new Map();
  for (let i = 0; i < ix.entries.length; i++) {
    if (!ix.curated[i]) continue;
    const parts = ix.entries[i].name.split(' ');
    if (parts.length !== 2 || !/^\p{Lu}[\p{L}\p{N}]{3,}$/u.test(parts[1])) continue;
    const family = ix.byKey.get(keyOf(parts[0]));
    if (!family || family.entry === i) continue;
    const list = m.get(parts[1]);
    if (list) list.push({ entry: i, family: family.entry });
    else m.set(parts[1], [{ entry: i, family: family.entry }]);
  }
  shortNamesOf.set(ix, m);
  return m;
}

/**
 * A family's product said by its own name once the family is in the talk: `Laravel` said
 * around it makes `How's it different from Pulse? Or Telescope?` Laravel Pulse and Laravel
 * Telescope, and `WordPress` makes `a Playground link` WordPress Playground. The short
 * name must be capitalised mid-sentence (at a sentence start, only a word wink-nlp's
 * English vocabulary lacks: `Nightwatch is out`), not part of a longer capitalised name
 * (`Pulse Secure`, `LiteFS Cloud`),
 * and a token no other lexicon name took; the family must be named at least
 * FAMILY_MIN_MENTIONS times in the episode and once within FAMILY_REACH_TOKENS tokens. Where
 * two families fit, the nearer one wins.
 */
export function findFamilyShortNames(
  v: TokenView,
  ix: LexiconIndex,
  cues: CueSets,
  lex: readonly Candidate[],
  covered: Uint8Array,
  out: Candidate[],
): void {
  const t = v.t;
  const names = shortNames(ix);
  // where each entry is mentioned (lexicon matches), in token order
  const at = new Map<number, number[]>();
  for (const c of lex) {
    if (c.entry < 0) continue;
    const list = at.get(c.entry);
    if (list) list.push(c.a);
    else at.set(c.entry, [c.a]);
  }
  for (let j = 0; j < t.count; j++) {
    if (!v.cap[j] || !v.word[j] || covered[j] || v.inUrl[j]) continue;
    const options = names.get(t.value[j]);
    if (!options) continue;
    if (cues.notNames.has(t.normal[j])) continue;
    // `Pulse Secure`, `LiteFS Cloud`: part of a longer name
    if (j + 1 < t.count && v.cap[j + 1] && v.word[j + 1] && !v.initial[j + 1] && t.paragraph[j + 1] === t.paragraph[j]) continue;
    if (j > 0 && !v.initial[j] && (v.cap[j - 1] || covered[j - 1]) && v.word[j - 1] && !v.initial[j - 1] && t.paragraph[j - 1] === t.paragraph[j]) continue;
    if (v.initial[j] && !outOfVocabulary(t.normal[j])) continue;
    let best: { entry: number; distance: number } | null = null;
    for (const o of options) {
      const seen = at.get(o.family);
      if (!seen || seen.length < FAMILY_MIN_MENTIONS) continue;
      let d = Infinity;
      for (const p of seen) d = Math.min(d, Math.abs(p - j));
      if (d <= FAMILY_REACH_TOKENS && (!best || d < best.distance)) best = { entry: o.entry, distance: d };
    }
    if (best) out.push({ a: j, b: j + 1, entry: best.entry, rule: RULE_FAMILY_SHORT, confidence: 0.7, ambiguous: false });
  }
}
