import type { TokenLayer } from '../document/document.js';
import { lightWords } from '../segments/cohesion.js';

export interface Phrase {
  key: string;
  text: string;
  score: number;
  count: number;
  /** Token index of the first mention. */
  first: number;
  proper: boolean;
  /** First mentioned in the opening fifth of the segment. */
  early: boolean;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const isLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
};

const lightCache = new WeakMap<TokenLayer, Uint8Array>();

/** Per-token POS classes as bits, once per layer: typed reads instead of string-set lookups. */
const NOUN_BIT = 1; // NOUN or PROPN
const ADJ_BIT = 2;
const NUM_BIT = 4;
const PROPN_BIT = 8;
const WORD_BIT = 16; // token type `word`
/** A short word with its full stop, as wink-nlp keeps abbreviations (`no.`, `vs.`, `etc.`, `Dr.`). */
const ABBREVIATION = /^\p{L}{1,4}\.$/u;
const classCache = new WeakMap<TokenLayer, Uint8Array>();

function tokenClasses(t: TokenLayer): Uint8Array {
  let c = classCache.get(t);
  if (c) return c;
  c = new Uint8Array(t.count);
  for (let i = 0; i < t.count; i++) {
    const pos = t.pos[i];
    let b = 0;
    if (NOUNISH.has(pos)) b |= NOUN_BIT;
    if (pos === 'ADJ') b |= ADJ_BIT;
    if (pos === 'NUM') b |= NUM_BIT;
    if (pos === 'PROPN') b |= PROPN_BIT;
    // an abbreviation with its full stop (`no.`, `vs.`, `etc.`) is no part of a phrase: in
    // `Not natively, no. TypeScript…` it ends a sentence, and a phrase never spans two
    if (t.type[i] === 'word' && !(t.value[i].charCodeAt(t.value[i].length - 1) === 46 && ABBREVIATION.test(t.value[i]))) b |= WORD_BIT;
    c[i] = b;
  }
  classCache.set(t, c);
  return c;
}

/** 1 for a stop word or a light word (models/segments/light-words.json), per token, once per layer. */
function lightTokens(t: TokenLayer): Uint8Array {
  let light = lightCache.get(t);
  if (light) return light;
  const lw = lightWords();
  light = new Uint8Array(t.count);
  for (let i = 0; i < t.count; i++) light[i] = t.isStop[i] || lw.has(t.lemma[i]) ? 1 : 0;
  lightCache.set(t, light);
  return light;
}

/** A phrase candidate: its written forms with their counts (most phrases have one form, kept without a map). */
export interface PhraseCandidate {
  form: string;
  formCount: number;
  /** All forms with counts, made when a second form is seen. */
  forms: Map<string, number> | null;
  count: number;
  first: number;
  proper: boolean;
}

/**
 * Noun-phrase candidates of a token range: runs of adjectives and nouns ending in a noun,
 * up to four words, plus a version number right after a proper noun (`Python 3.6.3`).
 * Keys are lemmas; the text is the form written most often.
 */
export function phraseCandidates(t: TokenLayer, a: number, b: number): Map<string, PhraseCandidate> {
  const light = lightTokens(t);
  const cls = tokenClasses(t);
  // MODIFIER (ADJ, NOUN, PROPN) and a word
  const modWord = (x: number) => (cls[x] & (NOUN_BIT | ADJ_BIT)) !== 0 && (cls[x] & WORD_BIT) !== 0;
  const out = new Map<string, PhraseCandidate>();
  const add = (i: number, j: number) => {
    // trim light or stop words at both ends
    while (i < j && (light[i] || (cls[i] & (NOUN_BIT | ADJ_BIT)) === 0)) i++;
    while (j > i && (light[j - 1] || (cls[j - 1] & (NOUN_BIT | NUM_BIT)) === 0)) j--;
    if (j <= i || j - i > 4) return;
    let text = t.value[i];
    let key = j - i === 1 ? t.lemma[i] : t.normal[i];
    for (let x = i + 1; x < j; x++) {
      text += ' ' + t.value[x];
      key += ' ' + (x === j - 1 ? t.lemma[x] : t.normal[x]);
    }
    if (text.length < 3 || !/\p{L}/u.test(text)) return;
    key = key.toLowerCase();
    let e = out.get(key);
    if (!e) out.set(key, (e = { form: text, formCount: 0, forms: null, count: 0, first: i, proper: false }));
    e.count++;
    if (e.forms) e.forms.set(text, (e.forms.get(text) ?? 0) + 1);
    else if (text === e.form) e.formCount++;
    else e.forms = new Map([[e.form, e.formCount], [text, 1]]);
    if (!e.proper && ((cls[i] & PROPN_BIT) !== 0 && /[A-Z]/.test(text) || /[a-z][A-Z]|[._]\w/.test(text))) e.proper = true;
  };
  let i = a;
  while (i < b) {
    if (!modWord(i)) {
      i++;
      continue;
    }
    let j = i;
    // (a common noun in lower case then a proper one ends the run: `ALTER TABLE abilities
    // SQLite doesn't have` drops its `that`, and `the framework Django` is two names for one
    // thing; in a title-case run, `Open Source Computer Vision Toolkit`, the tags say less)
    while (j < b && modWord(j) && !(j > i && (cls[j] & PROPN_BIT) !== 0 && (cls[j - 1] & (NOUN_BIT | PROPN_BIT)) === NOUN_BIT && isLower(t.value[j - 1]))) j++;
    if (j < b && (cls[j - 1] & PROPN_BIT) !== 0 && (cls[j] & NUM_BIT) !== 0 && /^\d/.test(t.value[j])) j++;
    add(i, j);
    // the head noun alone, and a two-word tail, are candidates too
    if (j - i > 1) {
      add(j - 1, j);
      if (j - i > 2) add(j - 2, j);
    }
    i = j;
  }
  return out;
}

/** Best phrases of one segment, weighted by how specific they are to it among all segments. */
export function rankPhrases(
  cands: ReturnType<typeof phraseCandidates>,
  segmentsWith: ReadonlyMap<string, number>,
  segmentCount: number,
  segmentTokens: number,
  segmentStart: number,
): Phrase[] {
  const out: Array<{ key: string; score: number; e: PhraseCandidate }> = [];
  for (const [key, e] of cands) {
    let len = 1;
    for (let c = key.indexOf(' '); c >= 0; c = key.indexOf(' ', c + 1)) len++;
    if (e.count < 2 && !e.proper && len < 2) continue;
    const df = segmentsWith.get(key) ?? 1;
    const idf = Math.log(1 + segmentCount / df);
    const early = 1 + 0.5 * Math.max(0, 1 - (e.first - segmentStart) / Math.max(1, segmentTokens));
    const score = e.count * idf * (1 + 0.4 * (len - 1)) * (e.proper ? 1.5 : 1) * early;
    out.push({ key, score, e });
  }
  out.sort((x, y) => y.score - x.score || x.e.first - y.e.first);
  // drop a phrase contained in a better one; only the kept ones get their text
  const kept: Phrase[] = [];
  const padded: string[] = [];
  for (const { key, score, e } of out) {
    if (kept.length >= 24) break;
    const mine = ` ${key} `;
    let inside = false;
    for (let j = 0; j < kept.length && !inside; j++) if (padded[j].includes(mine) && kept[j].score >= score * 0.6) inside = true;
    if (inside) continue;
    // the form written most often (the first of equals)
    let text = e.form;
    if (e.forms) {
      let best = 0;
      for (const [form, n] of e.forms) {
        if (n > best) {
          best = n;
          text = form;
        }
      }
    }
    kept.push({ key, text, score, count: e.count, first: e.first, proper: e.proper, early: e.first - segmentStart <= segmentTokens * 0.2 });
    padded.push(mine);
  }
  return kept;
}
