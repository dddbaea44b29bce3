import type { Person } from '../../document/document.js';
import type { Candidate, CueSets } from '../candidate.js';
import { isCapitalized, keyOf } from '../keys.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';
import { speakerCues } from '../../speakers/cues.js';
import { isSponsorBy } from './sponsor-name.js';

export const RULE_PERSON_KNOWN = 'person:speaker';
export const RULE_PERSON_NAMED = 'person:named';
export const RULE_PERSON_GIVEN = 'person:given-name';

/** A given name as names are written (`Skip`, not `SKIP LOCKED`). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** A family name as names are written (`Gross`, `McGugan`, `O’Toole`). */
const TITLE_CASE_NAME = /^\p{Lu}[\p{Ll}’']\p{L}*$/u;
/** An initial before a name (`D.`). */
const INITIAL = /^\p{Lu}\.$/u;

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
    while (b < n && b - start < 3 && capWord(b) && t.textStart[b] - t.textEnd[b - 1] === 1) b++;
    if (b - start < min) continue;
    // `sponsored by Digital Ocean`: a product said in words is no person
    if (namesTechnology(v, ix, start, b)) continue;
    for (let k = start; k < b; k++) words.add(t.normal[k]);
    candidates.push({ a: start, b, entry: -1, type: 'person', rule: RULE_PERSON_NAMED, confidence: 0.7, ambiguous: false, notag: true });
  }
  // (the small words inside a family name: models/speakers/cues.json nameParticles)
  const particles = speakerCues().nameParticles;
  // a given name and a capitalised word after it: `Evan You gave a talk`, `from Sam Gross`,
  // `Brendan Gregg's tools` (not a name the lexicon spells so: `Ray Serve`, `Julia`; `SAM` is
  // no `Sam`)
  for (let i = 0; i + 1 < n; i++) {
    if (!v.cap[i] || !v.word[i] || !cues.givenNames.has(t.normal[i]) || !TITLE_CASE.test(t.value[i]) || words.has(t.normal[i]) || ix.byKey.get(t.normal[i])?.alias === t.value[i]) continue;
    // (`D. Richard Hipp`: an initial before it is part of the name; `Guido van Rossum`: a particle inside)
    let b = i + 1;
    if (b + 1 < n && particles.has(t.value[b]) && t.textStart[b] - t.textEnd[i] === 1) b++;
    // (the family name may be a word the lexicon knows: `Brett Cannon`, `van Rossum`)
    if (b >= n || t.type[b] !== 'word' || !TITLE_CASE_NAME.test(t.value[b]) || t.textStart[b] - t.textEnd[b - 1] !== 1 || cues.notNames.has(t.normal[b])) continue;
    b++;
    // the pair is no technology said in words (`Digital Ocean`)
    if (namesTechnology(v, ix, i, b)) continue;
    const a = i > 0 && INITIAL.test(t.value[i - 1]) && t.textStart[i] - t.textEnd[i - 1] === 1 ? i - 1 : i;
    for (let k = a; k < b; k++) words.add(t.normal[k]);
    candidates.push({ a, b, entry: -1, type: 'person', rule: RULE_PERSON_GIVEN, confidence: 0.6, ambiguous: false, notag: true });
    i = b - 1;
  }
  // `Kwame, who runs a small team`, `Dmitri writes:`, `from Ana in Porto`: said of people only
  for (let i = 0; i < n; i++) {
    if (!v.cap[i] || v.initial[i] || !capWord(i) || words.has(t.normal[i]) || cues.notNames.has(t.normal[i]) || !saidOfPerson(v, i)) continue;
    words.add(t.normal[i]);
    candidates.push({ a: i, b: i + 1, entry: -1, type: 'person', rule: RULE_PERSON_NAMED, confidence: 0.65, ambiguous: false, notag: true });
  }
  const marks = new Uint8Array(n);
  if (words.size) {
    for (let i = 0; i < n; i++) if (v.cap[i] && v.word[i] && words.has(t.normal[i])) marks[i] = 1;
  }
  return { marks, candidates };
}

/** Tokens [a, b) name a technology of the lexicon, spelt apart or together (`Digital Ocean`). */
function namesTechnology(v: TokenView, ix: LexiconIndex, a: number, b: number): boolean {
  const t = v.t;
  let joined = '';
  for (let k = a; k < b; k++) joined += t.normal[k];
  return ix.byKey.has(keyOf(v.source.slice(t.textStart[a], t.textEnd[b - 1]))) || ix.squashed.has(joined) || ix.byKey.has(joined);
}

/** Words before a place name (`in Seoul, who…`). */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside']);

/** Verbs that follow a person who sent something in (`Dmitri writes:`, `Ruth asked`). */
const WRITES = new Set(['writes', 'wrote', 'asks', 'asked']);

/** Determiners that open the thing written or asked for. */
const THING_AFTER = new Set(['a', 'an', 'the', 'every', 'each', 'its', 'their', 'this', 'these', 'those', 'one', 'some', 'all']);

/**
 * A capitalised word said the way only people are: followed by the relative `who`
 * (`Kwame, who runs…`), by `writes`/`asks` (a listener's letter), or named as someone from
 * a place (`from Dmitri, in Tallinn`).
 */
function saidOfPerson(v: TokenView, i: number): boolean {
  const t = v.t;
  const n = t.count;
  let k = i + 1;
  const comma = k < n && t.value[k] === ',';
  if (comma) k++;
  if (k >= n) return false;
  const next = t.normal[k];
  // `Buenos Aires, who asks`: the last word of a longer name is the place the person is from
  if (i > 0 && v.cap[i - 1] === 1 && v.initial[i - 1] === 0 && t.type[i - 1] === 'word') return false;
  // `Hye-jin Kwon in Seoul, who does…`: a place after `in`/`at` is not the one who
  if (i > 0 && PLACE_BEFORE.has(t.normal[i - 1]) && next === 'who') return false;
  // (`Dmitri writes:`, `Ruth asked whether…`; not a program doing so to a thing: `Nix writes a
  // lock file`, `the client asks the server`)
  if (next === 'who' || (!comma && WRITES.has(next) && !(k + 1 < n && THING_AFTER.has(t.normal[k + 1])))) return true;
  return i > 0 && t.normal[i - 1] === 'from' && next === 'in' && k + 1 < n && v.cap[k + 1] === 1;
}
