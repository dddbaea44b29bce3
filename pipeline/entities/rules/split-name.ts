import type { Candidate } from '../candidate.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_SPLIT_NAME = 'lexicon-split';

/**
 * A one-word name said as two or three capitalised words: `Tensor Flow` → TensorFlow,
 * `Deep Mind` → DeepMind. Only curated names of six letters or more, and only when every
 * part is capitalised, so `data sets` never becomes the `datasets` package. A spelling the
 * lexicon lists with the space (`VS Code`) is left to the lexicon match.
 */
export function findSplitNames(v: TokenView, ix: LexiconIndex, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  for (let i = 0; i + 1 < t.count; i++) {
    if (!v.cap[i] || !v.word[i] || covered[i]) continue;
    let key = t.normal[i];
    let spaced = t.normal[i];
    for (let j = i + 1; j < t.count && j < i + 3; j++) {
      if (!v.cap[j] || !v.word[j] || covered[j]) break;
      if (t.paragraph[j] !== t.paragraph[i] || t.start[j] - t.end[j - 1] !== 1) break;
      key += t.normal[j];
      spaced += ' ' + t.normal[j];
      const ref = ix.squashed.get(key);
      // (a name the lexicon also spells apart, `VS Code`, is its own alias: the lexicon match takes it as said)
      if (ref && !ix.byKey.has(spaced)) {
        out.push({ a: i, b: j + 1, entry: ref.entry, rule: RULE_SPLIT_NAME, confidence: 0.85, ambiguous: false });
        for (let k = i; k <= j; k++) covered[k] = 1;
        i = j;
        break;
      }
    }
  }
}
