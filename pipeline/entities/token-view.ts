import type { Sentence, TokenLayer } from '../document/document.js';
import { keyOf } from './keys.js';

/**
 * Per-token facts the entity rules share, computed in one linear pass: whether a token is
 * glued to the previous one (`os` `.` `path`), starts a sentence, or sits in a web address.
 */
export interface TokenView {
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
}

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
  const key: string[] = new Array<string>(n).fill('');
  const { value, normal, type, start, end, paragraph } = t;
  let prevOpener = false;
  let prevQuote = false;
  for (let i = 0; i < n; i++) {
    const v = value[i];
    const c = v.charCodeAt(0);
    cap[i] = (c >= 65 && c <= 90) || (c > 127 && v[0] !== v[0].toLowerCase()) ? 1 : 0;
    const ty = type[i];
    word[i] = ty === 'word' ? 1 : 0;
    let nm = normal[i];
    // wink's normal rewrites some words (`Let's` → `let` `us`, `through` → `thru`): names
    // are keyed by what was written
    if (nm.length !== v.length || (nm.charCodeAt(0) !== c && nm.charCodeAt(0) !== c + 32)) nm = v.toLowerCase();
    key[i] = needsKey(nm) ? keyOf(nm) : nm;
    const g = i > 0 && start[i] === end[i - 1] && paragraph[i] === paragraph[i - 1];
    if (g) glued[i] = 1;
    if (i === 0 || paragraph[i] !== paragraph[i - 1] || (prevOpener && !g) || prevQuote) initial[i] = 1;
    if (ty === 'url' || ty === 'email') inUrl[i] = 1;
    prevOpener = isOpener(v);
    prevQuote = prevOpener && (v === '“' || v === '"' || v === '‘');
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
        const text = source.slice(start[i], end[end2 - 1]);
        if (TLD.test(text) || /^(?:https?:|www\.)/i.test(text)) for (let k = i; k < end2; k++) inUrl[k] = 1;
      }
    }
    i = j;
  }
  return { source, t, glued, initial, inUrl, sentence, word, cap, key };
}

/** Source text of tokens [a, b). */
export const textOf = (v: TokenView, a: number, b: number): string => v.source.slice(v.t.start[a], v.t.end[b - 1]);
