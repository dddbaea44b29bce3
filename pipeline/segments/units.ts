import type { Doc, ParagraphSpeaker, Sentence, TokenLayer } from '../document/document.js';
import { cueSet, matchCues } from './cues.js';

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
      // (a paragraph cut for length in unpunctuated captions is no break in the speech)
      firstOfParagraph: first && (!prev || prev.paragraph !== s.paragraph) && doc.layers.ingest?.paragraphs[s.paragraph]?.lengthCut !== true,
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
    // text without sentence marks (speech-to-text output) is searched for cues inside
    const marked = /[.!?]["”’')]*$/.test(tokens.value[s.tokenEnd - 1]) || (s.tokenEnd - 2 >= s.tokenStart && /^[.!?]$/.test(tokens.value[s.tokenEnd - 2]));
    if (n <= maxTokens * 1.5 && (marked || n < 8)) {
      push(s, si, s.tokenStart, s.tokenEnd, true);
      return;
    }
    // cut a long sentence where a cue phrase starts, then every ~maxTokens/2 words,
    // preferring a comma or a conjunction
    const cuts = new Set(cueStarts(doc.source, tokens, s.tokenStart, s.tokenEnd));
    const step = marked ? Math.max(10, Math.round(maxTokens / 2)) : Math.max(8, Math.round(maxTokens / 4));
    let a = s.tokenStart;
    let first = true;
    while (a < s.tokenEnd) {
      let b = Math.min(s.tokenEnd, a + step);
      let cut = -1;
      for (let i = a + 1; i <= a + step * 1.5 && i < s.tokenEnd; i++) {
        if (cuts.has(i)) {
          cut = i;
          break;
        }
      }
      if (cut > 0) b = cut;
      else if (s.tokenEnd - b < step / 2) b = s.tokenEnd;
      else {
        for (let i = b; i < Math.min(s.tokenEnd - 1, b + 6); i++) {
          if (cuts.has(i)) {
            b = i;
            break;
          }
          if (tokens.value[i] === ',' || tokens.pos[i] === 'CCONJ') {
            b = i + 1;
            break;
          }
        }
      }
      push(s, si, a, b, first ? true : cuts.has(a) ? 'internal' : false);
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
  for (let i = a + 1; i < b - 1; i++) {
    const v = t.value[i];
    const last = v.charCodeAt(v.length - 1);
    if (last !== 46 && last !== 33 && last !== 63) continue;
    // the mark as its own token after a word, or glued to it (`in.` when a cue ended there)
    const glued = /^\p{Ll}{2,}[.!?]$/u.test(t.value[i]);
    if (!glued && !/^[.!?]$/.test(t.value[i])) continue;
    const prev = glued ? t.value[i].slice(0, -1) : t.value[i - 1];
    const next = t.value[i + 1];
    if (!/^\p{Ll}{2,}$/u.test(prev) || NOT_ENDS.has(prev) || !/^\p{Lu}/u.test(next)) continue;
    out.push([from, i + 1]);
    from = i + 1;
  }
  out.push([from, b]);
  return out;
}

/** The speech of all tokens as one line, and where each token starts in it. */
interface JoinedSpeech {
  text: string;
  at: Int32Array;
}

const joinedSpeech = new WeakMap<TokenLayer, JoinedSpeech>();

/** Built once per token layer: every `tokenText` is then a slice, not a concatenation. */
function joined(t: TokenLayer): JoinedSpeech {
  let j = joinedSpeech.get(t);
  if (j) return j;
  // appending builds a rope V8 flattens once: ~3× faster than pushing parts and joining
  let text = '';
  const at = new Int32Array(t.count);
  for (let i = 0; i < t.count; i++) {
    if (i > 0 && t.textStart[i] !== t.textEnd[i - 1]) text += ' ';
    at[i] = text.length;
    text += t.value[i];
  }
  j = { text, at };
  joinedSpeech.set(t, j);
  return j;
}

/**
 * The speech of tokens [a, b) as one line: no space between tokens that touch,
 * one space wherever anything (white space, a cue header, a timestamp) sits between them;
 * markup tags removed. `maxChars`: only the first that many characters are needed (the
 * text may be cut there, mid-word).
 */
export function tokenText(source: string, t: TokenLayer, a: number, b: number, maxChars = Infinity): string {
  void source;
  if (b <= a) return '';
  const j = joined(t);
  const from = j.at[a];
  const to = j.at[b - 1] + t.value[b - 1].length;
  let out = j.text.slice(from, Math.min(to, from + maxChars));
  // a tag removed could pull later text in: read the whole range then
  if (out.includes('<')) out = j.text.slice(from, to).replace(/<\/?[a-zA-Z][^>]*>/g, '');
  return out.trim();
}

/** Token indices inside [a, b) where a boundary or intro cue starts. */
function cueStarts(source: string, t: TokenLayer, a: number, b: number): number[] {
  const set = cueSet();
  const out: number[] = [];
  for (let i = a + 1; i < b; i++) {
    if (t.type[i] !== 'word' || !set.starters.has(t.normal[i])) continue;
    // a cue opens a clause: not right after `the` or `to` (`the next kernel release`)
    // nor right after a verb (`fell back to cash`, `came next`)
    if (/^(?:DET|PART|VERB|AUX)$/.test(t.pos[i - 1])) continue;
    const hits = matchCues(tokenText(source, t, i, Math.min(t.count, i + 12)), false, set, true);
    if (hits.some((h) => h.weight > 0 || h.intro)) {
      out.push(i);
      i += 3;
    }
  }
  return out;
}

/** Words per known speaker over units [a, b), and all words there (unknown speakers' included). */
export function wordsBySpeaker(units: readonly Unit[], speakers: readonly ParagraphSpeaker[], a: number, b: number): { words: Map<string, number>; total: number } {
  const words = new Map<string, number>();
  let total = 0;
  for (let k = a; k < b; k++) {
    const u = units[k];
    total += u.words;
    const s = speakers[u.paragraph]?.speaker;
    if (s) words.set(s, (words.get(s) ?? 0) + u.words);
  }
  return { words, total };
}
