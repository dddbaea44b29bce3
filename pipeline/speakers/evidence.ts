import type { Person, Sentence, TokenLayer } from '../document/document.js';
import { STOPWORDS } from '../document/stopwords.js';
import { escapeRegExp, speakerCues, speakerParams } from './cues.js';
import { isShortForm, nameForms } from './people.js';

/** What one paragraph says about who speaks it, and about the change from the one before. */
export interface ParagraphEvidence {
  words: number;
  /** First words missing (`was excited to…`): the previous turn goes on. */
  cutOff: boolean;
  /** Ends without a sentence end (`It says:`, a subtitle cue cut mid-sentence). */
  unfinished: boolean;
  /** Breaks off with a dash (`…and I—`): someone cut in, the next paragraph is the other voice. */
  interrupted: boolean;
  /** Opens with a dash (`—I don't get why`): picks up again after an interruption. */
  resumes: boolean;
  /** Opens a sponsor read and does not close it: the read goes on in the next paragraph, same voice. */
  adGoesOn: boolean;
  /** A sponsor read opens in it (cues.json adStart). */
  opensAd: boolean;
  /** Its last sentence gives the floor away (`Over to you.`, `Tell us about it.`): the next paragraph is the other voice. */
  handsOver: boolean;
  /** Asks something: a question mark in its last sentence, or a question cue. */
  asks: boolean;
  /**
   * A short paragraph (params asksInsideMaxWords) that asks and then remarks (`If it all
   * builds from source, doesn't that take hours? That always scared me.`): in an interview,
   * the interviewer's (over the gold interview pages, such paragraphs of 15–29 words were the
   * host's 33 times in 36; of 45 words and more, the guest's 17 in 20).
   */
  asksInside: boolean;
  /** A short reaction (`Wow.`, `That's cool.`): the listener's. */
  reaction: boolean;
  /** Opens like an answer or a reply (`Yeah,`, `Exactly.`, `I do,`). */
  answerOpener: boolean;
  /** A longer paragraph whose short first sentence is a reaction (`That's really cool. I feel like…`): it answers the other voice. */
  reactsFirst: boolean;
  /** Refers back to a question the other person asked (`So, you asked about…`). */
  youAsked: boolean;
  /** Opens by repeating words the previous paragraph ended on (`…it was called jobs panic.` / `Jobs panic.`): the other voice echoing. */
  echoes: boolean;
  /** People addressed by name in it (`Thanks, Brian.`): not its speaker. */
  vocatives: number[];
  /** People named anywhere in it (`Sam is the tall one`): one rarely names oneself. */
  mentions: number[];
  /** The person addressed at its very end (`…, Michael?`): the next speaker. */
  handsTo: number;
  /** Owners of what it calls `my …` / `your …` (from `Name's …` elsewhere in the text). */
  mine: Array<{ person: number; thing: string }>;
  yours: Array<{ person: number; thing: string }>;
}

/**
 * Text after the name: nothing, the rest of a question that ends the paragraph, a hand-off
 * (`…, Tom. Take it away.`), or a sentence that turns to them in a paragraph a question ends.
 */
function addressedAtEnd(text: string, tail: string): boolean {
  if (!tail.replace(/^\s*[,?.!]*["”’)]*/, '').trim()) return true;
  // `…, Kofi, you first.`: the hand-off is the rest of the name's own sentence
  if (/^\s*,/.test(tail) && speakerCues().handOff.test(tail.replace(/^\s*,\s*/, ''))) return true;
  if (/\?\W*$/.test(text) && !/[.!?]\s/.test(tail)) return true;
  // a question closes the paragraph and the name's own sentence turns to them (`Okay, Kofi,
  // let's start with you, because… What did you get wrong?`, `Inês, let me come to you…?`)
  if (/\?\W*$/.test(text) && /^[^.!?]*\b(?:you|your)\b/i.test(tail)) return true;
  const next = /^[^.!?]*[.!?]["”’)]*\s+(.*)$/.exec(tail);
  return next !== null && speakerCues().handOff.test(next[1]);
}

const NONE: never[] = [];

/** The most characters of an echo's first sentence (`maxWords` words and fillers fit well within). */
const ECHO_HEAD_CHARS = 100;

/** A question mark that ends a sentence with more of the paragraph after it. */
const QUESTION_INSIDE = /\?["”’')\]]*\s+\S/;

/** How far back an echo reaches, in words. */
const ECHO_REACH = 40;

/** Words of a text for echo matching: lower case, letters, digits and inner apostrophes. */
// (an ASCII text, most of them, takes the regex without the `u` flag: several times faster in V8)
const echoWords = (s: string): string[] => {
  const t = s.toLowerCase().replace(/[’‘`]/g, "'");
  return (NON_ASCII.test(t) ? t.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) : t.match(/[a-z0-9]+(?:'[a-z]+)*/g)) ?? [];
};
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether a paragraph opens by echoing the end of the one before: its first sentence (one to
 * `maxWords` words, fillers such as `oh`, `yeah` at either end set aside) is said again, word for
 * word, in the previous paragraph's last forty words, and holds a word that is not a filler
 * or a stop word. People repeat what they just heard (`Jobs panic.`, `An hour is nothing.`,
 * `Before writing.`); one voice rarely repeats itself across a paragraph break.
 */
export function echoesPrevious(prevText: string, text: string, maxWords: number, fillers: ReadonlySet<string>): boolean {
  // a first sentence of a few words ends within its first characters: read only those
  const head = text.slice(0, ECHO_HEAD_CHARS);
  const sentence = /^[^.!?;:—–]+/.exec(head);
  if (!sentence || (sentence[0].length === head.length && text.length > head.length)) return false;
  const first = echoWords(sentence[0]);
  let a = 0;
  let b = first.length;
  while (a < b && fillers.has(first[a])) a++;
  while (b > a && fillers.has(first[b - 1])) b--;
  const said = first.slice(a, b);
  if (!said.length || said.length > maxWords || !said.some((w) => !STOPWORDS.has(w) && w.length >= 3)) return false;
  // what the previous paragraph ended on: its last `ECHO_REACH` words
  const end = prevText.length > ECHO_REACH * 12 ? prevText.slice(-ECHO_REACH * 12) : prevText;
  // most first sentences share no word with it: a substring test before the word split
  const lower = end.toLowerCase().replace(/[’‘`]/g, "'");
  for (const w of said) if (!lower.includes(w)) return false;
  const tail = echoWords(end).slice(-ECHO_REACH);
  outer: for (let i = 0; i + said.length <= tail.length; i++) {
    for (let j = 0; j < said.length; j++) if (tail[i + j] !== said[j]) continue outer;
    return true;
  }
  return false;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Where the last match of a global regex starts, or -1. */
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

const VOCATIVE_BEFORE = /(?:^|,\s*|[.!?]\s+)$/;
const VOCATIVE_AFTER = /^(?:\s*[,.?!]|\s*$)/;
// tested on a paragraph's last characters only: an end-anchored regex over the whole text scans all of it
const DASH_END = /(?:[—–]|\s-|--)["”’')\]]*$/;
const DASH_START = /^["“‘'(]*(?:[—–]|--)/;
const FINISHED = /[.!?…]["”’')\]]*$/;
const QUESTION_TAIL = /\?[^.!?]*$|\?["”’')\]]*\s*$/;

/** A sentence's words in the speech text. */
const sentenceText = (speech: string, t: TokenLayer, s: Sentence): string => (s.tokenEnd > s.tokenStart ? speech.slice(t.textStart[s.tokenStart], t.textEnd[s.tokenEnd - 1]) : '');

/** Words of each paragraph from the token layer, and its first/last sentence. */
function paragraphShape(n: number, tokens: TokenLayer, sentences: readonly Sentence[]) {
  const words = new Int32Array(n);
  for (let i = 0; i < tokens.count; i++) {
    const para = tokens.paragraph[i];
    if (para >= 0 && para < n && (tokens.type[i] === 'word' || tokens.type[i] === 'number')) words[para]++;
  }
  const first: Array<Sentence | null> = new Array(n).fill(null);
  const last: Array<Sentence | null> = new Array(n).fill(null);
  for (const s of sentences) {
    if (s.paragraph < 0 || s.paragraph >= n) continue;
    if (!first[s.paragraph]) first[s.paragraph] = s;
    last[s.paragraph] = s;
  }
  return { words, first, last };
}


/**
 * Reads the cues of every paragraph once. `texts` are the paragraphs' speech texts; the
 * token and sentence layers give word counts and cut-off starts without re-tokenising.
 * `source` is read whole for what people own (`Sam's book`, the page header too); a
 * sentence's words come from `speech`, the speech text the tokens index (see
 * TokenLayer.textStart).
 */
export function readEvidence(source: string, texts: readonly string[], people: readonly Person[], tokens: TokenLayer, sentences: readonly Sentence[], unpunctuated = false, speech = source): ParagraphEvidence[] {
  const c = speakerCues();
  const p = speakerParams();
  const n = texts.length;
  const shape = paragraphShape(n, tokens, sentences);

  // name form → person, longest first so `Michael Kennedy` wins over `Michael`
  const formOwner = new Map<string, number>();
  people.forEach((person, k) => {
    for (const f of nameForms(person)) {
      const key = f.toLowerCase();
      if (formOwner.has(key) && formOwner.get(key) !== k) formOwner.set(key, -1); // shared: useless
      else formOwner.set(key, k);
    }
  });
  const shortForms = new Set(people.flatMap((person) => nameForms(person).filter(isShortForm)));
  const forms = [...formOwner.keys()].filter((f) => formOwner.get(f)! >= 0).sort((a, b) => b.length - a.length);
  const alternation = forms.map(escapeRegExp).join('|');
  const mentionRe = forms.length ? new RegExp(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿ'’])(?:${alternation})(?![A-Za-zÀ-ÖØ-öø-ÿ])`, 'gi') : null;
  const possessiveRe = forms.length ? new RegExp(c.possessiveSource.replace('(NAME)', `(${alternation})`), 'gi') : null;

  // things people own, said in the third person anywhere in the source (page header too)
  const owner = new Map<string, number>();
  if (possessiveRe) {
    for (let m = possessiveRe.exec(source); m; m = possessiveRe.exec(source)) {
      const k = isShortForm(m[1]) && !shortForms.has(m[1]) ? -1 : formOwner.get(m[1].toLowerCase()) ?? -1;
      if (k < 0) continue;
      for (const w of m[2].toLowerCase().split(/\s+/).slice(0, 2)) {
        if (c.notOwnable.has(w)) continue;
        owner.set(w, owner.has(w) && owner.get(w) !== k ? -1 : k);
      }
    }
  }
  const owned = (re: RegExp, text: string) => {
    if (!owner.size) return NONE;
    const out: Array<{ person: number; thing: string }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const w of m[1].toLowerCase().split(/\s+/).slice(0, 2)) {
        const k = owner.get(w);
        if (k !== undefined && k >= 0) out.push({ person: k, thing: w });
      }
    }
    return out;
  };

  const out: ParagraphEvidence[] = [];
  for (let i = 0; i < n; i++) {
    const text = texts[i].trim();
    const words = shape.words[i] || text.split(/\s+/).filter(Boolean).length;
    const lastSentence = shape.last[i] ? sentenceText(speech, tokens, shape.last[i]!) : text;
    const resumes = DASH_START.test(text);
    // `—and the headline…` opens lower-case because it picks up after someone cut in: a resumption, not a cut-off
    // after a paragraph broken off at a comma, `I think…` goes on with the sentence: the one word
    // a continuation starts with in capitals whoever says it
    const afterComma = i > 0 && /,["”’)]*$/.test(texts[i - 1].trimEnd()) && /^I(?:\s|['’])/.test(text);
    // (automatic captions have no case and no full stops: nothing there is cut off or unfinished)
    const cutOff = !unpunctuated && !resumes && (Boolean(shape.first[i]?.cutOff) || /^[\p{Ll}\d]/u.test(text) || afterComma);
    // most paragraphs name nobody: they share one empty list (never written to)
    let vocatives: number[] = NONE;
    let mentions: number[] = NONE;
    let handsTo = -1;
    // one scan for names; a name set off by a comma or sentence end is spoken to (`…, Brian?`, `Brian, …`)
    if (mentionRe) {
      mentionRe.lastIndex = 0;
      for (let m = mentionRe.exec(text); m; m = mentionRe.exec(text)) {
        const k = formOwner.get(m[0].toLowerCase()) ?? -1;
        if (k < 0 || (isShortForm(m[0]) && !shortForms.has(m[0]))) continue;
        if (!mentions.includes(k)) mentions = [...mentions, k];
        const end = m.index + m[0].length;
        if (!VOCATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || !VOCATIVE_AFTER.test(text.slice(end, end + 3))) continue;
        if (!vocatives.includes(k)) vocatives = [...vocatives, k];
        if (addressedAtEnd(text, text.slice(end))) handsTo = k;
      }
    }
    const tail = text.slice(-12);
    const firstSentence = shape.first[i] ? sentenceText(speech, tokens, shape.first[i]!) : text;
    // (every sponsor read's opening says `sponsor` or `… by`: most paragraphs skip the regex)
    const adAt = text.includes('sponsor') || text.includes(' by') ? lastMatch(c.adStart, text) : -1;
    out.push({
      words,
      cutOff,
      unfinished: !unpunctuated && !FINISHED.test(tail),
      interrupted: DASH_END.test(tail),
      resumes,
      handsOver: c.handOver.test(lastSentence),
      // every adStart pattern says `sponsor` or `brought to you`: look for those first, it is cheaper than the regex
      adGoesOn: adAt >= 0 && adAt > lastMatch(c.adEnd, text),
      opensAd: adAt >= 0,
      mentions,
      // a question cue counts where it opens or closes the paragraph, not in the middle of a long one
      asks: (unpunctuated && c.unpunctuatedQuestion.test(text.slice(0, 60))) || QUESTION_TAIL.test(lastSentence) || /\?["”’')\]]*$/.test(tail) || c.questionCue.test(lastSentence) || c.questionCue.test(firstSentence),
      asksInside: words <= p.asksInsideMaxWords && QUESTION_INSIDE.test(text),
      reaction: words <= p.reactionMaxWords && c.reactionOpeners.test(text) && !/\?\W*$/.test(tail),
      answerOpener: c.answerOpeners.test(text),
      reactsFirst: words > p.reactionMaxWords && wordCount(firstSentence) <= p.reactionMaxWords && c.reactionOpeners.test(firstSentence) && !/\?\W*$/.test(firstSentence),
      // `you asked about…` refers back where a reply starts
      youAsked: c.youAsked.test(firstSentence),
      echoes: i > 0 && echoesPrevious(texts[i - 1], text, p.echoMaxWords, c.echoFillers),
      vocatives,
      handsTo,
      mine: owned(c.firstPersonOwned, text),
      yours: owned(c.secondPersonOwned, text),
    });
  }
  return out;
}
