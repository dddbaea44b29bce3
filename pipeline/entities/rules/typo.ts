import { outOfVocabulary } from '../../nlp/wink.js';
import { oneEditApart } from '../../nlp/string-distance.js';
import type { Candidate, CueSets } from '../candidate.js';
import { isCamelCase, isCapitalized, keyOf } from '../keys.js';
import type { AliasRef, LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_TYPO = 'lexicon-typo';
const MIN_LENGTH = 6;

interface Target {
  key: string;
  ref: AliasRef;
}

let byShape: Map<string, Target[]> | null = null;
let indexFor: LexiconIndex | null = null;
/**
 * The typo target of a word (null: none), for every episode a process reads: a catalogue
 * repeats its words from episode to episode, and a lookup compares a word with every name of
 * its first letter and length ±1. Valid for one lexicon and cue set; bounded.
 */
const targetOf = new Map<string, AliasRef | null>();
let targetsFor: { ix: LexiconIndex; cues: CueSets } | null = null;
const MAX_REMEMBERED = 200_000;

/** Typo targets by first letter and length: a word is compared with names of its length ±1 only. */
function typoIndex(ix: LexiconIndex): Map<string, Target[]> {
  if (byShape && indexFor === ix) return byShape;
  const m = new Map<string, Target[]>();
  for (const e of ix.entries) {
    if (!e.fuzzy) continue;
    for (const alias of e.fuzzy) {
      const k = keyOf(alias);
      const ref = ix.byKey.get(k);
      if (!ref) continue;
      const shape = k[0] + k.length;
      const list = m.get(shape);
      if (list) list.push({ key: k, ref });
      else m.set(shape, [{ key: k, ref }]);
    }
  }
  byShape = m;
  indexFor = ix;
  return m;
}

/**
 * A misspelt known name, one edit away (`DigitialOcean`, `PyTennesee`, `unitest`). The
 * lexicon allows as targets only names with no English word and no other name one edit
 * away (see build-lexicon.mjs), so a typo cannot merge two distinct projects. The word must
 * itself look like a name or code (capitalised, CamelCase, or not an English stop word), be
 * no English word wink-nlp knows (`Shells!` is said on purpose), share the target's first
 * letter, and point to exactly one target.
 */
export function findTypos(v: TokenView, ix: LexiconIndex, cues: CueSets, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  const m = typoIndex(ix);
  // the target of a word, once per form (TokenLayer.form): undefined = not looked up yet
  const seen = new Array<AliasRef | null | undefined>(t.forms);
  for (let i = 0; i < t.count; i++) {
    if (t.textEnd[i] - t.textStart[i] < MIN_LENGTH - 1 || covered[i] || !v.word[i] || v.inUrl[i] || t.isStop[i]) continue;
    const f = t.form[i];
    let ref = seen[f];
    if (ref === undefined) ref = seen[f] = typoTarget(t.normal[i], ix, cues, m);
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

/** The one known name a word is one edit away from, or null (none, or several). */
function typoTarget(word: string, ix: LexiconIndex, cues: CueSets, m: Map<string, Target[]>): AliasRef | null {
  if (targetsFor?.ix !== ix || targetsFor.cues !== cues || targetOf.size > MAX_REMEMBERED) {
    targetOf.clear();
    targetsFor = { ix, cues };
  }
  let ref = targetOf.get(word);
  if (ref !== undefined) return ref;
  ref = null;
  // an English word is said on purpose (`Shells!` is not `shelljs`); wink-nlp's vocabulary
  // lacks most misspellings (`unitest`, `digitialocean`) and most technical words
  if (word.length >= MIN_LENGTH && !cues.cues.has(word) && !cues.heads.has(word) && !ix.byKey.has(word) && (!/^[a-z]+$/.test(word) || outOfVocabulary(word))) {
    const close: AliasRef[] = [];
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      for (const x of m.get(word[0] + len) ?? []) if (oneEditApart(word, x.key)) close.push(x.ref);
    }
    const entries = new Set(close.map((r) => r.entry));
    if (entries.size === 1) ref = close[0];
  }
  targetOf.set(word, ref);
  return ref;
}
