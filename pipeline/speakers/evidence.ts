import type { Person, Sentence, TokenLayer } from '../document/document.js';
import { escapeRegExp, speakerCues, speakerParams } from './cues.js';
import { nameForms } from './people.js';

/** What one paragraph says about who speaks it, and about the change from the one before. */
export interface ParagraphEvidence {
  words: number;
  /** First words missing (`was excited to…`): the previous turn goes on. */
  cutOff: boolean;
  /** Ends without a sentence end (`It says:`, a subtitle cue cut mid-sentence). */
  unfinished: boolean;
  /** Asks something: a question mark in its last sentence, or a question cue. */
  asks: boolean;
  /** A short reaction (`Wow.`, `That's cool.`): the listener's. */
  reaction: boolean;
  /** Opens like an answer or a reply (`Yeah,`, `Exactly.`, `I do,`). */
  answerOpener: boolean;
  /** Refers back to a question the other person asked (`So, you asked about…`). */
  youAsked: boolean;
  /** People addressed by name in it (`Thanks, Brian.`): not its speaker. */
  vocatives: number[];
  /** The person addressed at its very end (`…, Michael?`): the next speaker. */
  handsTo: number;
  /** Owners of what it calls `my …` / `your …` (from `Name's …` elsewhere in the text). */
  mine: Array<{ person: number; thing: string }>;
  yours: Array<{ person: number; thing: string }>;
}

/** Text after the name: nothing, the rest of a question that ends the paragraph, or a hand-off (`…, Tom. Take it away.`). */
function addressedAtEnd(text: string, tail: string): boolean {
  if (!tail.replace(/^\s*[,?.!]*["”’)]*/, '').trim()) return true;
  if (/\?\W*$/.test(text) && !/[.!?]\s/.test(tail)) return true;
  const next = /^[^.!?]*[.!?]["”’)]*\s+(.*)$/.exec(tail);
  return next !== null && speakerCues().handOff.test(next[1]);
}

const FINISHED = /[.!?…]["”’')\]]*$/;
const QUESTION_TAIL = /\?[^.!?]*$|\?["”’')\]]*\s*$/;

/** Words of each paragraph from the token layer, and its first/last sentence. */
function paragraphShape(n: number, tokens: TokenLayer, sentences: readonly Sentence[]) {
  const words = new Int32Array(n);
  for (let i = 0; i < tokens.count; i++) if (tokens.type[i] === 'word' || tokens.type[i] === 'number') words[tokens.paragraph[i]]++;
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
 */
export function readEvidence(source: string, texts: readonly string[], people: readonly Person[], tokens: TokenLayer, sentences: readonly Sentence[]): ParagraphEvidence[] {
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
  const forms = [...formOwner.keys()].filter((f) => formOwner.get(f)! >= 0).sort((a, b) => b.length - a.length);
  const alternation = forms.map(escapeRegExp).join('|');
  // `…, Brian?` `…, Brian.` or `Brian, …` at a sentence start: someone is spoken to
  const vocativeRe = forms.length ? new RegExp(String.raw`(?:,\s*|^|[.!?]\s+)(${alternation})(?=\s*[,.?!]|\s*$)`, 'gi') : null;
  const possessiveRe = forms.length ? new RegExp(c.possessiveSource.replace('(NAME)', `(${alternation})`), 'gi') : null;

  // things people own, said in the third person anywhere in the source (page header too)
  const owner = new Map<string, number>();
  if (possessiveRe) {
    for (let m = possessiveRe.exec(source); m; m = possessiveRe.exec(source)) {
      const k = formOwner.get(m[1].toLowerCase()) ?? -1;
      if (k < 0) continue;
      for (const w of m[2].toLowerCase().split(/\s+/).slice(0, 2)) {
        if (c.notOwnable.has(w)) continue;
        owner.set(w, owner.has(w) && owner.get(w) !== k ? -1 : k);
      }
    }
  }
  const owned = (re: RegExp, text: string) => {
    const out: Array<{ person: number; thing: string }> = [];
    if (!owner.size) return out;
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
    const lastSentence = shape.last[i] ? source.slice(shape.last[i]!.span.start, shape.last[i]!.span.end) : text;
    const cutOff = Boolean(shape.first[i]?.cutOff) || /^[\p{Ll}\d]/u.test(text);
    const vocatives: number[] = [];
    let handsTo = -1;
    if (vocativeRe) {
      vocativeRe.lastIndex = 0;
      for (let m = vocativeRe.exec(text); m; m = vocativeRe.exec(text)) {
        const k = formOwner.get(m[1].toLowerCase()) ?? -1;
        if (k < 0) continue;
        if (!vocatives.includes(k)) vocatives.push(k);
        if (addressedAtEnd(text, text.slice(m.index + m[0].length))) handsTo = k;
      }
    }
    out.push({
      words,
      cutOff,
      unfinished: !FINISHED.test(text),
      asks: QUESTION_TAIL.test(lastSentence) || /\?["”’')\]]*$/.test(text) || c.questionCue.test(text),
      reaction: words <= p.reactionMaxWords && c.reactionOpeners.test(text) && !/\?\W*$/.test(text),
      answerOpener: c.answerOpeners.test(text),
      youAsked: c.youAsked.test(text),
      vocatives,
      handsTo,
      mine: owned(c.firstPersonOwned, text),
      yours: owned(c.secondPersonOwned, text),
    });
  }
  return out;
}
