import type { Candidate, CueSets } from '../candidate.js';
import { displayForm, isAllCaps } from '../keys.js';
import { cuePrefix } from './cue-prefix.js';
import type { TokenView } from '../token-view.js';

export const RULE_RECURRING = 'shape:recurring-capitalized';

const MIN_COUNT = 3;
const WINDOW = 10;
const CONTRACTION = /['’](?:m|s|re|ve|ll|d)$/i;

/**
 * A capitalised word the lexicon does not know that keeps coming back mid-sentence (or in
 * SHOUTING case) with technical words around it is probably a product. Weak evidence: these
 * entities become tags only if they come back often (see tags-stage.ts).
 */
export function findRecurringNames(v: TokenView, cues: CueSets, covered: Uint8Array, persons: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  const n = t.count;
  const prefix = cuePrefix(v, cues, covered);
  const seen = new Map<string, { at: number[]; technical: number; followedByName: number }>();
  for (let i = 0; i < n; i++) {
    if (!v.cap[i] || covered[i] || persons[i] || v.inUrl[i] || !v.word[i] || t.isStop[i]) continue;
    const w = t.value[i];
    // `I’m`, `We’re`: a pronoun with its verb, which the tagger may call a proper noun
    if (w.length < 3 || CONTRACTION.test(w)) continue;
    const shouting = w.length >= 5 && isAllCaps(w);
    if (v.initial[i] && !shouting) continue;
    if (t.pos[i] !== 'PROPN' && !shouting) continue;
    if (cues.cues.has(t.normal[i]) || cues.notNames.has(t.normal[i])) continue;
    let s = seen.get(t.normal[i]);
    if (!s) seen.set(t.normal[i], (s = { at: [], technical: 0, followedByName: 0 }));
    s.at.push(i);
    const lo = Math.max(0, i - WINDOW);
    const hi = Math.min(n, i + 1 + WINDOW);
    if (prefix[hi] - prefix[lo] > 0) s.technical++;
    // `Jason Fried`, `Nashville Tennessee`: a name followed by another capitalised word
    if (i + 1 < n && v.word[i + 1] && v.cap[i + 1] && !v.initial[i + 1]) s.followedByName++;
    if (i > 0 && v.word[i - 1] && v.cap[i - 1] && !v.initial[i - 1]) s.followedByName++;
  }
  for (const [, s] of seen) {
    if (s.at.length < MIN_COUNT || s.technical * 2 < s.at.length || s.followedByName > 0) continue;
    const confidence = Math.min(0.6, 0.3 + 0.05 * s.at.length);
    for (const i of s.at) {
      out.push({ a: i, b: i + 1, entry: -1, name: displayForm(t.value[i]), type: 'other', rule: RULE_RECURRING, confidence, ambiguous: false });
    }
  }
}
