import type { Doc, Sentence, TokenLayer } from '../document/document.js';
import { sourceOffsetInPiece, type SpeechText } from '../document/speech-text.js';
import { loadModel } from '../models.js';
import { analyse } from '../nlp/wink.js';
import { need, type Stage } from './stage.js';

/**
 * The one NLP pass: wink-nlp tokens and sentences over the speech text, mapped to source
 * offsets, then sentence repairs for what tech talk is full of (see `repairSentences`).
 */
export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['ingest', 'speech'],
  provides: ['tokens', 'sentences'],
  run(doc) {
    const speech = need(doc, 'speech');
    const a = analyse(speech.text);
    const tokens = toSourceTokens(speech, a);
    const sentences = repairSentences(doc, tokens, a.sentences);
    return { tokens, sentences };
  },
};

/** Maps token offsets from the speech text to the source in one sweep over the pieces. */
function toSourceTokens(sp: SpeechText, a: ReturnType<typeof analyse>): TokenLayer {
  const start = new Int32Array(a.count);
  const end = new Int32Array(a.count);
  const paragraph = new Int32Array(a.count);
  const pieces = sp.pieceTextStart.length;
  let k = 0;
  for (let i = 0; i < a.count; i++) {
    while (k + 1 < pieces && sp.pieceTextStart[k + 1] <= a.start[i]) k++;
    start[i] = sourceOffsetInPiece(sp, k, a.start[i]);
    // a token crosses pieces only where one is glued to the one before (`in` `.` read as `in.`)
    let e = k;
    while (e + 1 < pieces && sp.pieceTextStart[e + 1] < a.end[i]) e++;
    end[i] = Math.max(start[i], sourceOffsetInPiece(sp, e, a.end[i]));
    paragraph[i] = sp.pieceParagraph[k] ?? 0;
  }
  return {
    count: a.count,
    start,
    end,
    textStart: a.start,
    textEnd: a.end,
    value: a.value,
    normal: a.normal,
    lemma: a.lemma,
    pos: a.pos,
    type: a.type,
    isStop: a.isStop,
    paragraph,
    form: a.form,
    forms: a.forms,
    formToken: a.formToken,
  };
}

interface AbbreviationModel {
  abbreviations: string[];
}

let abbreviations: Set<string> | null = null;
const abbrevs = () => (abbreviations ??= new Set(loadModel<AbbreviationModel>('sentences/abbreviations.json').abbreviations));

/**
 * Sentence rules, in order; each sentence records the rule that ended it.
 * 1. paragraph-end: a sentence never crosses a paragraph (a turn may change there).
 * 2. no-space-join: a split with no white space after it is inside a name (`os.path.join`,
 *    `do.co/python`, `Path.home()`, `3.6.3`), so the pieces are one sentence.
 * 3. abbreviation-join: a split after `Vs.`, `e.g.`, `Dr.` and the like.
 * 4. lowercase-join: a fragment of one or two words and a period, then a lower-case word.
 * 5. long-split: see `splitLong`.
 * A paragraph whose first word is lower case lost its beginning (cut off): flagged `cutOff`.
 */
export function repairSentences(doc: Doc, t: TokenLayer, raw: Array<[number, number]>): Sentence[] {
  // (what lies between two tokens is read in the speech text they were found in)
  const speech = need(doc, 'speech').text;
  // 1. split at paragraph changes
  const pieces: Array<{ a: number; b: number; rule: string }> = [];
  for (const [s, e] of raw) {
    let a = s;
    for (let i = s + 1; i < e; i++) {
      if (t.paragraph[i] !== t.paragraph[i - 1]) {
        pieces.push({ a, b: i, rule: 'paragraph-end' });
        a = i;
      }
    }
    if (e > a) pieces.push({ a, b: e, rule: 'splitter' });
  }
  // 2-4. joins
  const merged: Array<{ a: number; b: number; rule: string }> = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && t.paragraph[p.a] === t.paragraph[prev.b - 1] && shouldJoin(speech, t, prev.b - 1, p.a)) {
      prev.b = p.b;
      prev.rule = p.rule;
      continue;
    }
    merged.push({ ...p });
  }
  const ingest = doc.layers.ingest;
  const sentences: Sentence[] = [];
  for (const m of splitLong(t, merged)) {
    // drop leading/trailing pure-space tokens if any
    let a = m.a;
    let b = m.b;
    while (a < b && t.start[a] === t.end[a]) a++;
    while (b > a && t.start[b - 1] === t.end[b - 1]) b--;
    if (b <= a) continue;
    const para = t.paragraph[a];
    const firstOfParagraph = a === 0 || t.paragraph[a - 1] !== para;
    const sentence: Sentence = {
      span: { start: t.start[a], end: t.end[b - 1] },
      tokenStart: a,
      tokenEnd: b,
      paragraph: para,
      time: ingest?.paragraphs[para]?.time ?? null,
      rule: m.rule,
    };
    if (firstOfParagraph && looksCutOff(t, a)) sentence.cutOff = true;
    sentences.push(sentence);
  }
  return sentences;
}

interface LongSentenceModel {
  maxWords: number;
  targetWords: number;
  window: number;
  openers: string[];
}

/**
 * 5. long-split: unpunctuated speech-to-text gives "sentences" of hundreds of words; cut them
 * near every `targetWords` words, before a discourse word where one is near.
 */
function splitLong(t: TokenLayer, parts: Array<{ a: number; b: number; rule: string }>) {
  const model = loadModel<LongSentenceModel>('sentences/long-sentences.json');
  const openers = new Set(model.openers);
  const out: Array<{ a: number; b: number; rule: string }> = [];
  for (const p of parts) {
    if (p.b - p.a <= model.maxWords * 1.3) {
      out.push(p);
      continue;
    }
    let a = p.a;
    let words = 0;
    for (let i = p.a; i < p.b; i++) {
      if (t.type[i] === 'word') words++;
      if (words < model.targetWords || p.b - i < model.targetWords) continue;
      // look ahead a little for a discourse word to cut before
      let cut = i + 1;
      for (let j = i + 1; j < Math.min(p.b, i + model.window); j++) {
        if (openers.has(t.normal[j])) {
          cut = j;
          break;
        }
      }
      if (cut >= p.b) break;
      out.push({ a, b: cut, rule: 'long-split' });
      a = cut;
      i = cut - 1;
      words = 0;
    }
    out.push({ a, b: p.b, rule: p.rule });
  }
  return out;
}

/** `speech`: the speech text the tokens' textStart/textEnd index. */
function shouldJoin(speech: string, t: TokenLayer, last: number, next: number): boolean {
  // 2. no white space between the two: one name split by the splitter
  if (t.textEnd[last] === t.textStart[next]) return true;
  const gap = speech.slice(t.textEnd[last], t.textStart[next]);
  if (/\n\s*\n/.test(gap)) return false;
  // 3. abbreviation: `Vs.` `e.g.` (the period may be its own token or part of the word)
  const lastWord = t.value[last] === '.' && last > 0 ? t.value[last - 1] : t.value[last].replace(/\.$/, '');
  if ((t.value[last] === '.' || t.value[last].endsWith('.')) && abbrevs().has(lastWord.toLowerCase())) {
    return !(lastWord.toLowerCase() === 'etc' && /^\p{Lu}/u.test(t.value[next]));
  }
  // 4. a fragment of a few words ending in a period, then a lower-case word: one sentence
  if (/^\p{Ll}/u.test(t.value[next]) && !codeLike(t.value[next]) && /[.]$/.test(t.value[last])) {
    let words = 0;
    for (let i = last; i >= 0 && words < 4 && t.paragraph[i] === t.paragraph[last]; i--) {
      if (t.type[i] === 'word') words++;
      if (i < last && /[.!?]$/.test(t.value[i])) break;
    }
    return words < 3;
  }
  return false;
}

/** A lower-case function word or verb opening a paragraph: its first words are missing. */
const CUT_POS = new Set(['AUX', 'VERB', 'ADP', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'ADV']);
function looksCutOff(t: TokenLayer, i: number): boolean {
  const w = t.value[i];
  return /^\p{Ll}/u.test(w) && !codeLike(w) && (t.isStop[i] === 1 || CUT_POS.has(t.pos[i]));
}

/** Words that are written lower case at a sentence start: pytest, iPhone, npm, os.path. */
function codeLike(word: string): boolean {
  return /[A-Z]/.test(word.slice(1)) || /[._/]/.test(word);
}
