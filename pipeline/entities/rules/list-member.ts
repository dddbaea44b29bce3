import type { Candidate, CueSets } from '../candidate.js';
import type { LexiconIndex } from '../lexicon.js';
import { displayForm } from '../keys.js';
import { outOfVocabulary } from '../../nlp/wink.js';
import type { TokenLayer } from '../../document/document.js';
import type { TokenView } from '../token-view.js';

export const RULE_LIST_MEMBER = 'context:list-member';

/** Words that join the items of a list. */
const JOINERS = new Set(['and', 'or', 'nor']);
/** How far a list is read on each side of an item, in items. */
export const LIST_ITEMS = 6;

/**
 * Walking a list: whether token i separates items (a comma, `and`, `or`, `nor`), and the next
 * item past a run of separators from token i going `dir` (`, and`), or -1 when none.
 */
export function listSteps(t: TokenLayer): { separator: (i: number) => boolean; across: (i: number, dir: 1 | -1) => number } {
  const n = t.count;
  const separator = (i: number) => i >= 0 && i < n && (t.value[i] === ',' || JOINERS.has(t.normal[i]));
  const across = (i: number, dir: 1 | -1): number => {
    let j = i;
    while (separator(j)) j += dir;
    return j === i || j < 0 || j >= n ? -1 : j;
  };
  return { separator, across };
}

/**
 * A name the lexicon lacks, listed with technologies it knows (`Phoenix, LiveView, Ecto and
 * Oban`, `swc, esbuild or Babel`): a one-token item between list separators (a comma, `and`,
 * `or`) is a technology when the list holds two known ones, or one known and no other
 * unknown item and the name is shaped like code (a capitalised word next to one known name
 * may be a place or a person). The item must look like a name: capitalised mid-sentence and tagged a proper
 * noun, or shaped like code (a digit, an inner capital, `.`/`_`), or a lower-case word that is
 * not English (`libcluster`). People, cue words and stop words never count. The type is the
 * known items' type when they agree, else `other`.
 */
export function findListMembers(v: TokenView, ix: LexiconIndex, cues: CueSets, lex: readonly Candidate[], covered: Uint8Array, persons: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  const n = t.count;
  // known items by their first and last token
  const startsAt = new Int32Array(n).fill(-1);
  const endsAt = new Int32Array(n).fill(-1);
  for (let k = 0; k < lex.length; k++) {
    const c = lex[k];
    // a name that is also a word counts when said capitalised (`Phoenix` in a list of frameworks)
    if (c.entry < 0 || (c.ambiguous && !v.cap[c.a])) continue;
    startsAt[c.a] = k;
    endsAt[c.b - 1] = k;
  }
  const { separator: isSeparator, across } = listSteps(t);
  for (let i = 0; i < n; i++) {
    // only an item next to a separator can be in a list: test that first, it is cheap
    if (covered[i] || persons[i] || (!isSeparator(i - 1) && !isSeparator(i + 1)) || !looksLikeName(v, cues, i)) continue;
    // walk out along the list on each side, over known items and other name-like ones
    let known = 0;
    let unknown = 0;
    const types = new Set<string>();
    for (const dir of [-1, 1] as const) {
      let j = across(i + dir, dir);
      for (let items = 0; items < LIST_ITEMS && j >= 0; items++) {
        const k = dir < 0 ? endsAt[j] : startsAt[j];
        if (k >= 0) {
          known++;
          types.add(ix.entries[lex[k].entry].type);
          j = across(dir < 0 ? lex[k].a - 1 : lex[k].b, dir);
        } else if (!covered[j] && !persons[j] && looksLikeName(v, cues, j)) {
          unknown++;
          j = across(j + dir, dir);
        } else break;
      }
    }
    // one known item is enough only for a name shaped like code (`Paris, London and Python`)
    if (!(known >= 2 || (known === 1 && unknown === 0 && codeShaped(v, i)))) continue;
    const type = types.size === 1 ? ([...types][0] as Candidate['type']) : 'other';
    out.push({ a: i, b: i + 1, entry: -1, name: displayForm(t.value[i]), type, rule: RULE_LIST_MEMBER, confidence: 0.6, ambiguous: false });
  }
}

/** Shaped like a package or identifier rather than a word: a digit, `.`/`_`, an inner capital, or lower-case and not English. */
function codeShaped(v: TokenView, i: number): boolean {
  const w = v.t.value[i];
  return /[\d._]/.test(w) || v.innerCap[i] === 1 || (!v.cap[i] && /^[a-z][a-z-]*$/.test(w));
}

/** A token that can be a product's name by its shape alone. */
function looksLikeName(v: TokenView, cues: CueSets, i: number): boolean {
  const t = v.t;
  if (!v.word[i] || t.isStop[i] || v.inUrl[i]) return false;
  const w = t.value[i];
  if (w.length < 2 || cues.cues.has(t.normal[i]) || cues.notNames.has(t.normal[i])) return false;
  if (/[\d._]/.test(w) || v.innerCap[i]) return true;
  if (v.cap[i]) return !v.initial[i] && t.pos[i] === 'PROPN';
  // the plural of an English word (`benchmarks`) is missing from the vocabulary too
  return /^[a-z][a-z-]*$/.test(w) && w.length >= 3 && outOfVocabulary(w) && !(w.endsWith('s') && !outOfVocabulary(w.slice(0, -1)));
}
