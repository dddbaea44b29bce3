import type { Sentence, TokenLayer } from '../document/document.js';
import { loadCues } from './candidate.js';
import { keyOf } from './keys.js';

/**
 * Token classes the context rules start from, found with one lookup per token here, so a
 * rule scans a byte array and touches a token's strings only where it may fire: on a long
 * transcript each first touch of a fresh token string is a cache miss, and the rules
 * together used to touch every token a dozen times.
 */
export const enum Trigger {
  None = 0,
  /** `called`, `named` */
  Called = 1,
  /** `is`, `’s`, `:`, `,`, dashes: `X is a library`, `X: a toolkit`, `X, a framework` */
  Link = 2,
  /** `the`, `this`, `a`, `our` ...: `the X library` */
  Determiner = 3,
  /** `pip`, `npm`, `uv` ...: `pip install x` */
  Installer = 4,
  From = 5,
  Import = 6,
  By = 7,
  Thanks = 8,
  /** `PEP`, `RFC`: `PEP 703` */
  Series = 9,
}
/** Bit set on a technical cue word (`library`, `API`), see cue-prefix.ts. */
export const CUE_BIT = 64;
const TRIGGER_MASK = 63;

let triggers: Map<string, number> | null = null;
function triggerTable(): Map<string, number> {
  if (triggers) return triggers;
  const cues = loadCues();
  const m = new Map<string, number>();
  for (const w of cues.cues) m.set(w, CUE_BIT);
  const put = (words: Iterable<string>, code: Trigger) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | code);
  };
  put(cues.installVerbs, Trigger.Installer);
  put(['called', 'named'], Trigger.Called);
  put(['is', '’s', "'s", ':', ',', '—', '–', '-'], Trigger.Link);
  put(['the', 'this', 'that', 'a', 'an', 'their', 'our', 'his', 'her', 'its', 'my', 'your'], Trigger.Determiner);
  put(['from'], Trigger.From);
  put(['import'], Trigger.Import);
  put(['by'], Trigger.By);
  put(['thanks'], Trigger.Thanks);
  put([...NUMBERED_SERIES.keys()], Trigger.Series);
  triggers = m;
  return m;
}

/**
 * Proposal and standard series named by a number (`PEP 703`, `RFC 9110`, `JEP 491`, `KEP 1287`,
 * `JSR 310`, `BIP 32`, `EIP 1559`, Kafka's `KIP 500`): lower-case key → how the series is written. Not `SEP`
 * (September) nor other words a number often follows (Flink's `FLIP`: `flip 2 switches`).
 */
export const NUMBERED_SERIES: ReadonlyMap<string, string> = new Map([
  ['pep', 'PEP'],
  ['rfc', 'RFC'],
  ['jep', 'JEP'],
  ['jsr', 'JSR'],
  ['kep', 'KEP'],
  ['kip', 'KIP'],
  ['bip', 'BIP'],
  ['eip', 'EIP'],
]);

/** The trigger class of token i. */
export const triggerOf = (v: TokenView, i: number): Trigger => (v.kind[i] & TRIGGER_MASK) as Trigger;

/**
 * Per-token facts the entity rules share, computed in one linear pass: whether a token is
 * glued to the previous one (`os` `.` `path`), starts a sentence, or sits in a web address.
 */
export interface TokenView {
  /** The speech text the tokens' textStart/textEnd index (not the source: see TokenLayer.textStart). */
  source: string;
  t: TokenLayer;
  /** 1 when token i touches token i-1 with no character between them. */
  glued: Uint8Array;
  /** 1 when token i is the first word of a sentence, of a quote, or after a colon. */
  initial: Uint8Array;
  /** 1 when token i is part of a web address (`do.co/python`, `pythonbytes.fm`). */
  inUrl: Uint8Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** 1 when the token is a word (wink type `word`). */
  word: Uint8Array;
  /** 1 when the token starts with a capital letter. */
  cap: Uint8Array;
  /** The lookup key of each token (its `normal`, folded like keyOf where needed). */
  key: string[];
  /** Trigger class (low bits, see Trigger) and CUE_BIT of each token. */
  kind: Uint8Array;
  /** 1 when the token has a capital letter after its first character (`SQLAlchemy`, `iPhone`). */
  innerCap: Uint8Array;
  /**
   * Speech-to-text with no case at all (automatic captions: at least CASELESS_MIN_WORDS words,
   * under 1% of them capitalised, `I` aside): lower case says nothing of a name there.
   */
  caseless: boolean;
  /** How many tokens are words. */
  words: number;
}

/** Fewer words than this say too little to call a text caseless. */
const CASELESS_MIN_WORDS = 200;

const TLD = /^(?:[a-z0-9-]+\.)+(?:com|org|net|io|fm|co|dev|ai|app|me|ly|gl|us|uk|de|edu|gov|info|sh|tv|so|xyz|cc|to|gg|fr|ca|au|in|page|site|tech|news)(?:\/\S*)?$/i;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-']);

/** Does a normal form need keyOf's folding (spaces, `_`, `-`, curly apostrophes)? A char loop: cheaper than a regex per token. */
function needsKey(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 95 || c === 45 || c === 9 || c === 10 || c === 13 || c === 0x2019 || c === 0x2018 || c === 0xa0) return true;
  }
  return false;
}

/** One-character tokens after which a word starts a phrase: quotes, brackets, colon, dashes. */
const isOpener = (v: string): boolean => v.length === 1 && OPENERS.has(v);

export function viewTokens(source: string, t: TokenLayer, sentences: readonly Sentence[]): TokenView {
  const n = t.count;
  const glued = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const inUrl = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const word = new Uint8Array(n);
  const cap = new Uint8Array(n);
  const key = new Array<string>(n);
  const kind = new Uint8Array(n);
  const innerCap = new Uint8Array(n);
  const table = triggerTable();
  const { value, normal, type, textStart, textEnd, paragraph, form } = t;
  // what depends on the word alone is worked out once per form (see TokenLayer.form): a
  // token's strings are then never touched in the per-token loop
  const F = t.forms;
  const fCap = new Uint8Array(F);
  const fWord = new Uint8Array(F);
  const fUrl = new Uint8Array(F);
  const fKind = new Uint8Array(F);
  const fInnerCap = new Uint8Array(F);
  const fOpener = new Uint8Array(F); // 1 opener, 2 opening quote
  const fKey = new Array<string>(F);
  for (let f = 0; f < F; f++) {
    const i = t.formToken[f];
    const v = value[i];
    const c = v.charCodeAt(0);
    fCap[f] = (c >= 65 && c <= 90) || (c > 127 && v[0] !== v[0].toLowerCase()) ? 1 : 0;
    const ty = type[i];
    fWord[f] = ty === 'word' ? 1 : 0;
    fUrl[f] = ty === 'url' || ty === 'email' ? 1 : 0;
    let nm = normal[i];
    // wink's normal rewrites some words (`Let's` → `let` `us`, `through` → `thru`): names
    // are keyed by what was written
    if (nm.length !== v.length || (nm.charCodeAt(0) !== c && nm.charCodeAt(0) !== c + 32)) nm = v.toLowerCase();
    const k = needsKey(nm) ? keyOf(nm) : nm;
    fKey[f] = k;
    const cls = table.get(k);
    if (cls !== undefined) fKind[f] = cls;
    for (let q = 1; q < v.length; q++) {
      const cq = v.charCodeAt(q);
      if (cq >= 65 && cq <= 90) {
        fInnerCap[f] = 1;
        break;
      }
    }
    if (isOpener(v)) fOpener[f] = v === '“' || v === '"' || v === '‘' ? 2 : 1;
  }
  let prevOpener = false;
  let prevQuote = false;
  let words = 0;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const f = form[i];
    cap[i] = fCap[f];
    word[i] = fWord[f];
    words += fWord[f];
    if (fWord[f] && fCap[f] && value[i] !== 'I') capitals++;
    key[i] = fKey[f];
    kind[i] = fKind[f];
    innerCap[i] = fInnerCap[f];
    const g = i > 0 && textStart[i] === textEnd[i - 1] && paragraph[i] === paragraph[i - 1];
    if (g) glued[i] = 1;
    if (i === 0 || paragraph[i] !== paragraph[i - 1] || (prevOpener && !g) || prevQuote) initial[i] = 1;
    if (fUrl[f]) inUrl[i] = 1;
    prevOpener = fOpener[f] !== 0;
    prevQuote = fOpener[f] === 2;
  }
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const stop = Math.min(s.tokenEnd, n);
    for (let i = s.tokenStart; i < stop; i++) sentence[i] = si;
    // the first word token of the sentence
    let i = s.tokenStart;
    while (i < stop && type[i] !== 'word' && type[i] !== 'number') i++;
    if (i < stop) initial[i] = 1;
  }
  // runs of glued tokens that read as a web address
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && glued[j]) j++;
    if (j - i >= 3) {
      let dotted = false;
      for (let k = i + 1; k < j - 1 && !dotted; k++) if (value[k] === '.' || value[k] === '/') dotted = true;
      if (dotted) {
        let end2 = j;
        while (end2 > i + 1 && /^[.,;:!?)’”"']$/.test(value[end2 - 1])) end2--;
        const text = source.slice(textStart[i], textEnd[end2 - 1]);
        if (TLD.test(text) || /^(?:https?:|www\.)/i.test(text)) for (let k = i; k < end2; k++) inUrl[k] = 1;
      }
    }
    i = j;
  }
  const caseless = words >= CASELESS_MIN_WORDS && capitals < words * 0.01;
  return { source, t, glued, initial, inUrl, sentence, word, cap, key, kind, innerCap, caseless, words };
}

/**
 * Speech text of tokens [a, b), without white space at either end (a line-break token has no
 * width in the source but has one in the speech text).
 */
export const textOf = (v: TokenView, a: number, b: number): string => v.source.slice(v.t.textStart[a], v.t.textEnd[b - 1]).trim();
