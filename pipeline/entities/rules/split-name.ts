import type { Candidate } from '../candidate.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_SPLIT_NAME = 'lexicon-split';

/**
 * A one-word name said as two or three capitalised words: `Tensor Flow` → TensorFlow,
 * `Deep Mind` → DeepMind. Only curated names of six letters or more, and only when every
 * part is capitalised, so `data sets` never becomes the `datasets` package. A spelling the
 * lexicon lists with the space (`VS Code`) is left to the lexicon match.
 *
 * A recogniser also writes a name that ends in capitals as a word and an acronym: `duck DB`,
 * `Post GIS`, `net CDF`, `web SDR`. Where the last part is in capitals and the name ends in it
 * as written (`DuckDB` ends in `DB`), the words before may be in any case; not a stop word
 * (`my SQL`), and not under three letters.
 */
export function findSplitNames(v: TokenView, ix: LexiconIndex, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  for (let i = 0; i + 1 < t.count; i++) {
    if (!v.word[i] || covered[i]) continue;
    // (lower case: only before an acronym that ends the name, see above)
    const lower = !v.cap[i];
    if (lower && (t.isStop[i] === 1 || t.value[i].length < 3)) continue;
    let key = t.normal[i];
    let spaced = t.normal[i];
    for (let j = i + 1; j < t.count && j < i + 3; j++) {
      if (!v.word[j] || covered[j]) break;
      if (t.paragraph[j] !== t.paragraph[i] || t.textStart[j] - t.textEnd[j - 1] !== 1) break;
      const tail = ACRONYM_TAIL.test(t.value[j]);
      // (after a word in lower case, more such words up to the acronym)
      if (lower ? !tail && (v.cap[j] || t.isStop[j] === 1) : !v.cap[j]) break;
      key += t.normal[j];
      spaced += ' ' + t.normal[j];
      const ref = ix.squashed.get(key);
      if (!ref || (lower && !(tail && ref.alias.endsWith(t.value[j])))) continue;
      // (a name the lexicon also spells apart, `VS Code`, is its own alias: the lexicon match takes it as said)
      if (!ix.byKey.has(spaced)) {
        out.push({ a: i, b: j + 1, entry: ref.entry, rule: RULE_SPLIT_NAME, confidence: 0.85, ambiguous: false });
        for (let k = i; k <= j; k++) covered[k] = 1;
        i = j;
        break;
      }
    }
  }
}

/** Two to four capitals: the acronym a recogniser splits off a name's end (`DB`, `GIS`, `SDR`). */
const ACRONYM_TAIL = /^[A-Z]{2,4}$/;

/**
 * In caseless text (automatic captions) every word is in lower case, and a recogniser splits a
 * name where its capitals are: `web assembly` is WebAssembly, `task group` TaskGroup, `tiger
 * beetle` TigerBeetle. Such a split is read as the name where the name is written in mixed
 * case with a capital right where each word after the first starts (`datasets` has none, so
 * `data sets` stays words; nor has an acronym's middle: `net conf` is no NETCONF), every word
 * has three letters or more and none is a stop word, and where the episode says for sure
 * another name of the name's ecosystem (a split is often an English phrase as well: `single
 * file`, `safety net`, `find bugs` name products only in an episode of their field). Runs
 * after the lexicon match (`lex`, whose ecosystems it reads); the longer split wins an
 * overlap with a one-word name (`assembly`) later.
 */
export function findCaselessSplitNames(v: TokenView, ix: LexiconIndex, lex: readonly Candidate[], skip: Uint8Array, out: Candidate[]): void {
  if (!v.caseless) return;
  const t = v.t;
  // the ecosystems of the names the episode says for sure
  const sure = new Map<string, Set<number>>();
  for (const c of lex) {
    const eco = c.entry >= 0 && !c.ambiguous && ix.curated[c.entry] ? ix.entries[c.entry].ecosystem : undefined;
    if (!eco) continue;
    let set = sure.get(eco);
    if (!set) sure.set(eco, (set = new Set()));
    set.add(c.entry);
  }
  const supported = (entry: number): boolean => {
    const eco = ix.entries[entry].ecosystem;
    const set = eco ? sure.get(eco) : undefined;
    return set !== undefined && set.size - (set.has(entry) ? 1 : 0) >= 1;
  };
  for (let i = 0; i + 1 < t.count; i++) {
    if (!v.word[i] || skip[i] || t.isStop[i] === 1 || t.value[i].length < 3) continue;
    let key = t.normal[i];
    let spaced = t.normal[i];
    for (let j = i + 1; j < t.count && j < i + 3; j++) {
      if (!v.word[j] || skip[j] || t.isStop[j] === 1) break;
      if (t.paragraph[j] !== t.paragraph[i] || t.textStart[j] - t.textEnd[j - 1] !== 1) break;
      key += t.normal[j];
      spaced += ' ' + t.normal[j];
      const ref = ix.squashed.get(key);
      if (!ref || ix.byKey.has(spaced) || !camelCut(ref.alias, i, j, t.normal) || !supported(ref.entry)) continue;
      out.push({ a: i, b: j + 1, entry: ref.entry, rule: RULE_SPLIT_NAME, confidence: 0.75, ambiguous: false });
      i = j;
      break;
    }
  }
}

/**
 * Each word after the first starts where the name has a capital, the name has lower-case
 * letters too, and every word has three letters or more.
 */
function camelCut(alias: string, i: number, j: number, normal: readonly string[]): boolean {
  if (alias === alias.toUpperCase()) return false;
  let at = 0;
  for (let k = i; k <= j; k++) {
    const w = normal[k];
    if (w.length < 3) return false;
    if (k > i && !isUpper(alias.charCodeAt(at))) return false;
    at += w.length;
  }
  return at === alias.length;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
