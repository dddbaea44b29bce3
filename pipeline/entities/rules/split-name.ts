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
