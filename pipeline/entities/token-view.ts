import type { Sentence, TokenLayer } from '../document/document.js';
import { keyOf } from './keys.js';

const NEEDS_KEY = /[\s_\-’‘]/;

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

export function viewTokens(source: string, t: TokenLayer, sentences: readonly Sentence[]): TokenView {
  const n = t.count;
  const glued = new Uint8Array(n);
  const initial = new Uint8Array(n);
  const inUrl = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const word = new Uint8Array(n);
  const cap = new Uint8Array(n);
  const key: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = t.value[i];
    const c = v.charCodeAt(0);
    cap[i] = (c >= 65 && c <= 90) || (c > 127 && v[0] !== v[0].toLowerCase()) ? 1 : 0;
    word[i] = t.type[i] === 'word' ? 1 : 0;
    const nm = t.normal[i];
    key[i] = NEEDS_KEY.test(nm) ? keyOf(nm) : nm;
  }
  for (let i = 1; i < n; i++) glued[i] = t.start[i] === t.end[i - 1] && t.paragraph[i] === t.paragraph[i - 1] ? 1 : 0;
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd && i < n; i++) sentence[i] = si;
    // the first word token of the sentence
    let i = s.tokenStart;
    while (i < s.tokenEnd && t.type[i] !== 'word' && t.type[i] !== 'number') i++;
    if (i < s.tokenEnd) initial[i] = 1;
  });
  for (let i = 0; i < n; i++) {
    if (i === 0 || t.paragraph[i] !== t.paragraph[i - 1]) initial[i] = 1;
    if (i > 0 && OPENERS.has(t.value[i - 1]) && !glued[i]) initial[i] = 1;
    if (i > 0 && (t.value[i - 1] === '“' || t.value[i - 1] === '"' || t.value[i - 1] === '‘')) initial[i] = 1;
    if (t.type[i] === 'url' || t.type[i] === 'email') inUrl[i] = 1;
  }
  // runs of glued tokens that read as a web address
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && glued[j]) j++;
    let dotted = false;
    for (let k = i + 1; k < j - 1 && !dotted; k++) if (t.value[k] === '.' || t.value[k] === '/') dotted = true;
    if (j - i >= 3 && dotted) {
      let end = j;
      while (end > i + 1 && /^[.,;:!?)’”"']$/.test(t.value[end - 1])) end--;
      const text = source.slice(t.start[i], t.end[end - 1]);
      if (TLD.test(text) || /^(?:https?:|www\.)/i.test(text)) for (let k = i; k < end; k++) inUrl[k] = 1;
    }
    i = j;
  }
  return { source, t, glued, initial, inUrl, sentence, word, cap, key };
}

/** Source text of tokens [a, b). */
export const textOf = (v: TokenView, a: number, b: number): string => v.source.slice(v.t.start[a], v.t.end[b - 1]);
