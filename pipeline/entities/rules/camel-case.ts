import type { Candidate } from '../candidate.js';
import { isCamelCase } from '../keys.js';
import type { TokenView } from '../token-view.js';

export const RULE_CAMEL = 'shape:camel-case';

/**
 * A CamelCase word the lexicon does not know (`PyGotham`, `DigitalOcean`, `MongoEngine`)
 * is almost always a product or project name. Surnames (`McDonald`) are not.
 */
export function findCamelCase(v: TokenView, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  for (let i = 0; i < t.count; i++) {
    if (!v.innerCap[i] || !v.word[i] || covered[i] || v.inUrl[i]) continue;
    const w = t.value[i];
    if (w.length < 4 || !isCamelCase(w) || /^(Mc|Mac|O’|O')[A-Z]/.test(w)) continue;
    if (i > 0 && v.glued[i] && t.type[i - 1] !== 'punctuation') continue;
    if (i + 1 < t.count && v.glued[i + 1] && t.type[i + 1] === 'word' && !/^['’]/.test(t.value[i + 1])) continue;
    const confidence = /^Py[A-Z]/.test(w) || /^[a-z]/.test(w) ? 0.7 : 0.55;
    out.push({ a: i, b: i + 1, entry: -1, type: 'other', rule: RULE_CAMEL, confidence, ambiguous: false });
  }
}
