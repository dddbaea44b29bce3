import type { Doc, Sentence, TokenLayer } from '../document/document.js';

/**
 * The units boundaries fall between: sentences, with very long ones (speech-to-text output
 * without punctuation) cut into pieces of about `maxTokens` words, as TextTiling's
 * pseudo-sentences are.
 */
export interface Unit {
  tokenStart: number;
  tokenEnd: number;
  /** Source offsets of the first and last token. */
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  firstOfParagraph: boolean;
  /** The unit starts a sentence, or what reads as one (not a piece cut from a long one). */
  sentenceStart: boolean;
  cutOff: boolean;
  words: number;
  /** Word count of all units before this one. */
  wordsBefore: number;
}

const isWord = (t: TokenLayer, i: number) => t.type[i] === 'word' || t.type[i] === 'number';

export function buildUnits(doc: Doc, tokens: TokenLayer, sentences: readonly Sentence[], maxTokens: number): Unit[] {
  const units: Unit[] = [];
  let wordsBefore = 0;
  const push = (s: Sentence, si: number, a: number, b: number, how: boolean | 'internal') => {
    const first = how === true;
    let words = 0;
    for (let i = a; i < b; i++) if (isWord(tokens, i)) words++;
    const prev = units[units.length - 1];
    units.push({
      tokenStart: a,
      tokenEnd: b,
      start: tokens.start[a],
      end: tokens.end[b - 1],
      sentence: si,
      paragraph: s.paragraph,
      firstOfParagraph: first && (!prev || prev.paragraph !== s.paragraph),
      sentenceStart: how !== false,
      // the sentences stage flags cut-off paragraphs; a lower-case paragraph start is one too
      cutOff: first && (s.cutOff === true || (first && (!prev || prev.paragraph !== s.paragraph) && /^\p{Ll}[\p{Ll}'’]*$/u.test(tokens.value[a]) && tokens.type[a] === 'word')),
      words,
      wordsBefore,
    });
    wordsBefore += words;
  };
  sentences.forEach((s, si) => {
    // a sentence the splitter missed (`... jump in. Pathkit 4.0 came out ...`) is two units
    const parts = missedSplits(tokens, s.tokenStart, s.tokenEnd);
    if (parts.length > 1) {
      parts.forEach(([a, b], j) => push(s, si, a, b, j === 0 ? true : 'internal'));
      return;
    }
    const n = s.tokenEnd - s.tokenStart;
    if (n <= maxTokens * 1.5) {
      push(s, si, s.tokenStart, s.tokenEnd, true);
      return;
    }
    // cut a long sentence every ~maxTokens/2 words, preferring a comma or a conjunction
    const step = Math.max(10, Math.round(maxTokens / 2));
    let a = s.tokenStart;
    let first = true;
    while (a < s.tokenEnd) {
      let b = Math.min(s.tokenEnd, a + step);
      if (s.tokenEnd - b < step / 2) b = s.tokenEnd;
      else {
        for (let i = b; i < Math.min(s.tokenEnd - 1, b + 6); i++) {
          if (tokens.value[i] === ',' || tokens.pos[i] === 'CCONJ') {
            b = i + 1;
            break;
          }
        }
      }
      push(s, si, a, b, first);
      first = false;
      a = b;
    }
  });
  void doc;
  return units;
}

/**
 * Token ranges of a sentence split after a period, question or exclamation mark followed by
 * a capitalised word, where the word before the mark is a lower-case word of two letters
 * or more that is no abbreviation (so `Vs. Flask`, `Dr. Who`, `3.6. Then` stay whole).
 */
const NOT_ENDS = new Set(['vs', 'etc', 'al', 'eg', 'ie', 'cf', 'approx', 'fig', 'no', 'st', 'dr', 'mr', 'ms', 'mrs', 'jr', 'sr']);

function missedSplits(t: TokenLayer, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = a;
  for (let i = a + 2; i < b - 1; i++) {
    if (!/^[.!?]$/.test(t.value[i])) continue;
    const prev = t.value[i - 1];
    const next = t.value[i + 1];
    if (!/^\p{Ll}{2,}$/u.test(prev) || NOT_ENDS.has(prev) || !/^\p{Lu}/u.test(next)) continue;
    out.push([from, i + 1]);
    from = i + 1;
  }
  out.push([from, b]);
  return out;
}

/**
 * The speech of tokens [a, b) as one line: source white space between adjacent tokens,
 * one space where anything else (a cue header, a timestamp) sits between them; markup
 * tags removed.
 */
export function tokenText(source: string, t: TokenLayer, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) {
    if (i > a) {
      const gap = source.slice(t.end[i - 1], t.start[i]);
      out += gap === '' ? '' : ' ';
    }
    out += t.value[i];
  }
  return out.replace(/<\/?[a-zA-Z][^>]*>/g, '').replace(/\s+/g, ' ').trim();
}
