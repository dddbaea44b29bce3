import type { Candidate, CueSets } from '../candidate.js';
import { isCapitalized } from '../keys.js';
import type { LexiconIndex } from '../lexicon.js';
import { outOfVocabulary } from '../../nlp/wink.js';
import type { TokenView } from '../token-view.js';
import { cuePrefix } from './cue-prefix.js';
import { LIST_ITEMS, listSteps } from './list-member.js';

export const RULE_TECH_CONTEXT = 'context:technical';
export const RULE_STRONG_CONTEXT = 'context:head-noun';
export const RULE_CONFIRMED = 'context:confirmed-elsewhere';
export const RULE_TECH_EPISODE = 'context:technical-episode';

/** Unambiguous technology names per word above which the whole episode is technical talk. */
const TECH_DENSITY = 0.01;
const TECH_MIN = 8;

const WINDOW = 12;
/** A name in capitals, letters and digits (`CHIPS`, `MQTT`). */
const ALL_CAPS = /^[A-Z][A-Z0-9]+$/;
/**
 * What follows a sentence's subject: its verb (see keepInContext). Not `is`: an adjective
 * opens a sentence before it too (`Brave is a nice word for it.`).
 */
const SUBJECT_VERB = new Set(['VERB']);
// singular: `the datasets library` names one; `retry libraries` are a kind
const PACKAGE_HEADS = new Set(['library', 'package', 'module']);
const BEFORE = new Set(['install', 'import', 'from', 'called', 'named', 'using', 'with']);

/** `Julia`, `Hugo`: the alias is also someone's name, so it needs a cue of its own. */
const isPersonName = (ix: LexiconIndex, c: Candidate): boolean =>
  c.alias !== undefined && (ix.entries[c.entry].personName?.includes(c.alias) ?? false);

/**
 * Names that are also common words (Flask, Spaces, Sonnet, Go, Requests) count only in
 * technical context:
 * - strong: a software head noun right after (`the Flask framework`, `Requests library`), an
 *   install/import/`called` right before, or a version number (`React 18`);
 * - local: said capitalised, with technical words or other technologies within 12 tokens
 *   (two of them when the name opens a sentence, where every word is capitalised);
 * - confirmed: a capitalised use of a name already accepted elsewhere in the episode, or a
 *   lower-case name written as its own spelling (`pip`) with a technical word near it;
 * - listed: an item, in any case, of a list that names two unambiguous technologies.
 * A lower-case name (`six`, `once`) needs strong context, unless lower case is its own
 * spelling and it is no English word (`uv`, `tox`); a capitalised one followed by
 * another capitalised word (`Rich Hickey`) is some other name.
 * Returns the kept candidates; rejected ones are dropped.
 */
export function keepInContext(v: TokenView, ix: LexiconIndex, cues: CueSets, cands: Candidate[]): Candidate[] {
  const t = v.t;
  const n = t.count;
  const known = new Uint8Array(n);
  let knownCount = 0;
  for (const c of cands) {
    // (a general idea, `remote work`, `encryption`, is no technology named: it confirms nothing)
    if (c.ambiguous || c.type === 'person' || (c.entry >= 0 && ix.entries[c.entry].generic)) continue;
    knownCount++;
    for (let k = c.a; k < c.b; k++) known[k] = 1;
  }
  // speech-to-text with no case at all (automatic captions): lower case says nothing there,
  // so a name is read as if written with its capitals
  const caseless = v.caseless;
  // a show that keeps naming technology: a capitalised `React` or `Gatsby` mid-sentence is
  // the technology even with no cue word near it
  const technicalEpisode = knownCount >= TECH_MIN && knownCount >= v.words * TECH_DENSITY;
  const prefix = cuePrefix(v, cues, known);
  const cue = (k: number): boolean => prefix[k + 1] - prefix[k] > 0;
  const listed = listedWithKnown(v, cands, known);

  const accepted = new Set<number>();
  const verdict = new Map<Candidate, 'strong' | 'local' | 'weak' | 'episode' | 'no'>();
  for (const c of cands) {
    if (!c.ambiguous) continue;
    const canon = c.alias ?? (c.entry >= 0 ? ix.entries[c.entry].name : c.name ?? '');
    const canonCapital = isCapitalized(canon);
    const surface = t.value[c.a];
    // a name whose own spelling is lower case (`uv`, `tox`, `pixi`), written so and no English
    // word, is said like a name: it needs the context a capitalised one needs, no more
    // (in caseless text only the hand-curated names: a registry package named like a word,
    // `table`, `read`, `format`, is the word there)
    const curatedCaseless = caseless && c.entry >= 0 && ix.curated[c.entry];
    const capital = curatedCaseless || isCapitalized(surface);
    // a hand-curated lower-case name written as its own spelling (`uv`, `pip`); ownName: and no English word (`uv`)
    const ownWord = !canonCapital && c.entry >= 0 && ix.curated[c.entry] && c.b - c.a === 1 && surface === canon;
    const ownName = ownWord && ownLowerCaseName(surface);
    const prev = c.a > 0 ? t.normal[c.a - 1] : '';
    const next = c.b < n ? t.normal[c.b] : '';
    // a registry package named like a word (`retry`, `read`) needs `library`/`package` after
    // it, not any software noun (`retry logic`, `read support`)
    const registryWord = c.entry >= 0 && !ix.curated[c.entry] && !capital;
    const strong = BEFORE.has(prev) && prev !== 'with' && prev !== 'using'
      ? true
      : (registryWord ? PACKAGE_HEADS.has(next) : cues.heads.has(next)) || c.version !== undefined;
    // the window stays inside the paragraph (one speaker's turn)
    const para = t.paragraph[c.a];
    let lo = c.a;
    while (lo > 0 && c.a - lo < WINDOW && t.paragraph[lo - 1] === para) lo--;
    let hi = c.b;
    while (hi < n && hi - c.b < WINDOW && t.paragraph[hi] === para) hi++;
    const local = prefix[hi] - prefix[lo] - (prefix[c.b] - prefix[c.a]);
    const nameFollows = c.b < n && t.type[c.b] === 'word' && isCapitalized(t.value[c.b]) && !v.initial[c.b] && !cue(c.b);
    // A capital at a sentence's start says nothing of a name, but for a name written in
    // capitals as its own spelling (`CHIPS`: the word is never shouted so), and a one-word
    // name that is the sentence's subject: a bare singular noun before its verb (`Apple
    // gets…`, `Edge followed Chrome.`) is a name: the word would take an article
    const initial = v.initial[c.a] && !(surface === canon && ALL_CAPS.test(surface)) && !(c.b - c.a === 1 && c.b < n && SUBJECT_VERB.has(t.pos[c.b]) && t.pos[c.a] !== 'VERB' && !/s$/i.test(surface));
    let d: 'strong' | 'local' | 'weak' | 'episode' | 'no';
    if (strong && (capital || !canonCapital)) d = 'strong';
    // an item of a list that names two unambiguous technologies (`chalk, debug, ansi-styles,
    // strip-ansi`, `pip and virtualenv and pyenv`), in any case
    else if (listed.has(c)) d = 'local';
    else if (ownName) d = local >= 1 ? 'local' : 'weak';
    // a lower-case name that is also a word (`pip`, `black`), written as its own spelling next
    // to technical words, counts where the episode has named it for sure (`pip 25.1`, `pip install`)
    else if (ownWord && !curatedCaseless && local >= 1) d = 'weak';
    else if ((!canonCapital && !curatedCaseless) || !capital || nameFollows) d = 'no';
    // a one-word name that opens a sentence as its verb (`Go to the PACS first`) is the verb
    else if (v.initial[c.a] && c.b - c.a === 1 && t.pos[c.a] === 'VERB') d = 'no';
    else if (local >= (curatedCaseless ? 3 : initial ? 2 : 1)) d = 'local';
    // `Go ahead.`: a capital at the start of a sentence says nothing, even for a known name
    else d = initial ? 'no' : technicalEpisode && !curatedCaseless && c.entry >= 0 && ix.curated[c.entry] && !isPersonName(ix, c) ? 'episode' : 'weak';
    verdict.set(c, d);
    if ((d === 'strong' || d === 'local') && c.entry >= 0) accepted.add(c.entry);
  }
  const out: Candidate[] = [];
  for (const c of cands) {
    const d = verdict.get(c);
    if (d === undefined) {
      out.push(c);
      continue;
    }
    if (d === 'strong') out.push({ ...c, rule: `${c.rule}+${RULE_STRONG_CONTEXT}`, confidence: Math.max(c.confidence, 0.85) });
    else if (d === 'local') out.push({ ...c, rule: `${c.rule}+${RULE_TECH_CONTEXT}`, confidence: Math.min(c.confidence, 0.8) });
    else if (d === 'episode' && !accepted.has(c.entry)) out.push({ ...c, rule: `${c.rule}+${RULE_TECH_EPISODE}`, confidence: Math.min(c.confidence, 0.6) });
    else if ((d === 'weak' || d === 'episode') && accepted.has(c.entry)) out.push({ ...c, rule: `${c.rule}+${RULE_CONFIRMED}`, confidence: Math.min(c.confidence, 0.7) });
  }
  return out;
}

/** Lower-case letters (digits, `-`, `.` inside) and not in wink-nlp's English vocabulary. */
function ownLowerCaseName(word: string): boolean {
  return /^[a-z][a-z0-9.-]*[a-z0-9]$/.test(word) && outOfVocabulary(word);
}

/**
 * The ambiguous candidates that are items of a list holding at least two unambiguous
 * technologies (`known` marks their tokens): walking out over separators (`,`, `and`, `or`),
 * other ambiguous items are stepped over without counting; anything else ends the list.
 */
function listedWithKnown(v: TokenView, cands: readonly Candidate[], known: Uint8Array): Set<Candidate> {
  const t = v.t;
  const n = t.count;
  const out = new Set<Candidate>();
  const ambiguousAt = new Int32Array(n).fill(-1);
  cands.forEach((c, k) => {
    if (c.ambiguous) for (let j = c.a; j < c.b; j++) ambiguousAt[j] = k;
  });
  const { separator, across } = listSteps(t);
  for (const c of cands) {
    if (!c.ambiguous || c.type === 'person' || (!separator(c.a - 1) && !separator(c.b))) continue;
    let count = 0;
    for (const dir of [-1, 1] as const) {
      let j = across(dir < 0 ? c.a - 1 : c.b, dir);
      for (let items = 0; items < LIST_ITEMS && j >= 0 && count < 2; items++) {
        if (known[j]) {
          count++;
          while (j + dir >= 0 && j + dir < n && known[j + dir] && !separator(j + dir)) j += dir;
        } else if (ambiguousAt[j] >= 0) {
          const o = cands[ambiguousAt[j]];
          j = dir < 0 ? o.a : o.b - 1;
        } else break;
        j = across(j + dir, dir);
      }
    }
    if (count >= 2) out.add(c);
  }
  return out;
}
