import type { Person } from '../../document/document.js';
import type { Candidate, CueSets } from '../candidate.js';
import { isCapitalized, keyOf } from '../keys.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';
import { isSponsorBy } from './sponsor-name.js';

export const RULE_PERSON_KNOWN = 'person:speaker';
export const RULE_PERSON_NAMED = 'person:named';

export interface PersonTokens {
  /** 1 for every token that is part of a person's name. */
  marks: Uint8Array;
  candidates: Candidate[];
}

/**
 * People are never technologies. Their names come from the `people` layer (hosts, guests)
 * and from `a guy named Jason Fried`, `an article by Doug Hellman`; every later capitalised
 * use of one of their name words is marked too (`Jason`, `Hellman’s`).
 */
export function findPersons(v: TokenView, people: readonly Person[], ix: LexiconIndex, cues: CueSets): PersonTokens {
  const t = v.t;
  const n = t.count;
  const words = new Set<string>();
  for (const p of people) {
    for (const name of [p.name, ...p.aliases]) for (const w of name.toLowerCase().split(/[\s\-]+/)) if (w.length >= 2) words.add(w);
  }
  const candidates: Candidate[] = [];
  const capWord = (k: number) => k < n && t.type[k] === 'word' && isCapitalized(t.value[k]) && !isKnown(k);
  const isKnown = (k: number) => {
    const ref = ix.byKey.get(t.normal[k]);
    return ref !== undefined && !ref.ambiguous;
  };
  for (let i = 0; i + 1 < n; i++) {
    if (!v.cap[i + 1]) continue;
    const w = t.normal[i];
    let start = -1;
    let min = 2;
    if (w === 'named' || (w === 'called' && i > 0 && cues.personHeads.has(t.normal[i - 1]))) {
      start = i + 1;
      min = 1;
    } else if ((w === 'by' && !isSponsorBy(v, i)) || (cues.personHeads.has(w) && w !== 'named')) start = i + 1;
    if (start < 0 || !capWord(start) || v.initial[start] && w !== 'named') continue;
    let b = start + 1;
    while (b < n && b - start < 3 && capWord(b) && t.start[b] - t.end[b - 1] === 1) b++;
    if (b - start < min) continue;
    // `sponsored by Digital Ocean`: a product said in words is no person
    let joined = '';
    for (let k = start; k < b; k++) joined += t.normal[k];
    if (ix.byKey.has(keyOf(v.source.slice(t.start[start], t.end[b - 1]))) || ix.squashed.has(joined) || ix.byKey.has(joined)) continue;
    for (let k = start; k < b; k++) words.add(t.normal[k]);
    candidates.push({ a: start, b, entry: -1, type: 'person', rule: RULE_PERSON_NAMED, confidence: 0.7, ambiguous: false, notag: true });
  }
  const marks = new Uint8Array(n);
  if (words.size) {
    for (let i = 0; i < n; i++) if (v.cap[i] && v.word[i] && words.has(t.normal[i])) marks[i] = 1;
  }
  return { marks, candidates };
}
