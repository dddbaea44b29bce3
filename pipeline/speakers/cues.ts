import { loadModel } from '../models.js';

/** models/speakers/cues.json as written: patterns are strings, NAME is a placeholder. */
interface CueModel {
  selfIntroduction: string[];
  otherIntroduction: string[];
  guestCue: string;
  guestSelfCue: string;
  guestPrompt: string;
  hostCue: string;
  reactionOpeners: string;
  answerOpeners: string;
  questionCue: string;
  unpunctuatedQuestion: string;
  youAsked: string;
  possessive: string;
  firstPersonOwned: string;
  secondPersonOwned: string;
  notOwnable: string[];
  echoFillers: string[];
  notName: string[];
  genericLabelWords: string[];
  accountLabelWords: string[];
  deviceLabelWords: string[];
  nameParticles: string[];
  styleMarkers: string[];
  handOff: string;
  handOver: string;
  adStart: string;
  adEnd: string;
}

export interface SpeakerParams {
  switch: {
    base: number;
    baseWhereLabelsMarkTurns: number;
    /** Captions that mark no voice (no labels, no `>>`): a cue boundary is rarely a turn. */
    baseInCaptions: number;
    cutOff: number;
    unfinished: number;
    question: number;
    /** The same in captions that mark no voice, whose base pulls the other way. */
    questionInCaptions: number;
    reaction: number;
    answerOpener: number;
    /** A longer paragraph opening with a short reaction sentence (`Cool. I'll read it on the plane.`). */
    reactsFirst: number;
    /** Opens by repeating what the previous paragraph ended on (`Jobs panic.`): the other voice. */
    echo: number;
    /** Cut off (lower-case start) right after a paragraph that stopped mid-sentence: one sentence split in two. */
    midSentence: number;
    interrupted: number;
    resumes: number;
    handOver: number;
    /** After a paragraph that opens a sponsor read and does not close it. */
    adGoesOn: number;
    /** A caption dash (`>>`) where voices are marked that way: a change for certain, nearly. */
    speakerChange: number;
    /** Added in full when both paragraphs have `longPair.full` words or more, from nothing at `longPair.from`. */
    longPair: number;
  };
  longPair: { from: number; full: number };
  emission: {
    label: number;
    selfIntroduction: number;
    addressedNext: number;
    vocativeNotSelf: number;
    mentionNotSelf: number;
    /** The paragraph after one that introduces someone is theirs. */
    introducedNext: number;
    /** Against a late guest before their name is first said (PeopleFound.arrivesAt). */
    beforeArrival: number;
    youAsked: number;
    ownership: number;
    introducesOther: number;
    firstSpeaker: number;
    closesShow: number;
    interviewerAsks: number;
    /** In an interview, against the interviewer at a long paragraph that asks nothing (ramped by guestAnswers). */
    guestAnswers: number;
    /** In an interview, the interviewer reads the sponsor: for them at a paragraph that opens a read. */
    hostReadsAd: number;
  };
  guestAnswers: { from: number; full: number };
  style: {
    scale: number;
    cap: number;
    iterations: number;
    fullAtWords: number;
    /** The margin (nats) of a paragraph only the style profile decides: near a tie (see speakers-stage evidenceMargins). */
    aloneMargin: number;
  };
  reactionMaxWords: number;
  /** The most words (fillers aside) a first sentence may have to be read as an echo of the previous paragraph. */
  echoMaxWords: number;
  /** The most words of a paragraph whose question before its last sentence counts as asking (see ParagraphEvidence.asks; 0: none). */
  asksInsideMaxWords: number;
  closingParagraphs: number;
  introductionParagraphs: number;
  /** The opening runs at least this many words (caption cues hold a dozen words each): see people.ts openingAndClosing. */
  introductionWords: number;
  /** Labels mark the turns when `share` of the paragraphs have a label at most `reach` paragraphs back. */
  labelsMarkTurns: { reach: number; share: number };
  dialogueMinShare: number;
  unknownBelow: number;
  /** Margins (nats) are divided by this before they become a confidence: see params.json `_source`. */
  confidenceTemperature: number;
  maxConfidence: number;
  singleVoiceConfidence: number;
}

/**
 * A name: one to three capitalised words (`Ana Lima`, `Brian OKKEN`, `Tomás Ruiz`). It is
 * matched case-sensitively while the cue words around it are not (see `caseless`), so
 * `Good to be here` is not `NAME here`.
 */
const UPPER = 'A-ZÀ-ÖØ-Þ';
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ž';
/** With the lower-case particles family names carry between the words (`Anneke de Vries`, `Ludwig van der Berg`). */
const nameSource = (particles: readonly string[]) => {
  // a word, after initials (`J. R.`, `J.R.`); a full stop ends a word only as an initial or
  // a title, so `Yusuf. We're` is the name `Yusuf` and a new sentence, not one name
  const word = String.raw`(?:[${UPPER}]\.\s*)*[${UPPER}][${LETTER}'’\-]*`;
  const title = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.\s+)?`;
  return String.raw`(${title}${word}(?:\s+(?:(?:${particles.map(escapeRegExp).join('|')})\s+){0,2}${word}){0,2})`;
};

/**
 * Makes the letters of a pattern match either case (`a` → `[aA]`), leaving escapes and
 * character classes alone: the effect of the `i` flag on everything but NAME.
 */
export function caseless(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      out += pattern.slice(i, j + 1);
      i = j;
    } else if (ch === '(' && pattern[i + 1] === '?') {
      // group syntax: (?: (?= (?! (?<= (?<!
      const m = /^\(\?(?:<?[=!]|:)/.exec(pattern.slice(i));
      out += m ? m[0] : ch;
      i += m ? m[0].length - 1 : 0;
    } else if (ch.toLowerCase() !== ch.toUpperCase()) out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else out += ch;
  }
  return out;
}

export interface SpeakerCues {
  selfIntroduction: RegExp[];
  otherIntroduction: RegExp[];
  guestCue: RegExp;
  guestSelfCue: RegExp;
  /** Asks a guest to introduce themselves (`remind people who you are`, `our other guest…`): who answers with a self-introduction is a guest. */
  guestPrompt: RegExp;
  hostCue: RegExp;
  reactionOpeners: RegExp;
  answerOpeners: RegExp;
  questionCue: RegExp;
  /** In automatic captions (no question mark): a paragraph that opens like a question (`did you…`, `how long…`). */
  unpunctuatedQuestion: RegExp;
  youAsked: RegExp;
  /** Source with NAME still in it: filled with the people's name forms once they are known. */
  possessiveSource: string;
  firstPersonOwned: RegExp;
  secondPersonOwned: RegExp;
  notOwnable: Set<string>;
  /** Words an echo may open with besides the words it repeats (`oh`, `yeah`). */
  echoFillers: Set<string>;
  notName: Set<string>;
  genericLabelWords: Set<string>;
  /** The last word of a shared account's or a room's display name (`Caprock Rocketry Lab`): no person's label. */
  accountLabelWords: Set<string>;
  deviceLabelWords: Set<string>;
  /** Small words inside family names (`de`, `van`): shared, they do not make two forms one person. */
  nameParticles: Set<string>;
  styleMarkers: Set<string>;
  handOff: RegExp;
  /** Gives the floor to the other person without a name, in a paragraph's last sentence. */
  handOver: RegExp;
  /** A sponsor read opens / closes: a read is one voice. */
  adStart: RegExp;
  adEnd: RegExp;
}

let cues: SpeakerCues | null = null;

export function speakerCues(): SpeakerCues {
  if (cues) return cues;
  const m = loadModel<CueModel>('speakers/cues.json');
  // no `u` flag: case-insensitive unicode regexes run ~30× slower in V8
  const NAME = nameSource(m.nameParticles);
  const re = (s: string, flags = 'i') => new RegExp(s.replaceAll('NAME', NAME), flags);
  // patterns with a NAME: case-insensitive cue words, case-sensitive name
  const named = (s: string) => new RegExp(s.split('NAME').map(caseless).join(NAME), 'g');
  cues = {
    selfIntroduction: m.selfIntroduction.map(named),
    otherIntroduction: m.otherIntroduction.map(named),
    guestCue: re(m.guestCue),
    guestSelfCue: re(m.guestSelfCue),
    guestPrompt: re(m.guestPrompt),
    hostCue: re(m.hostCue),
    reactionOpeners: re(m.reactionOpeners),
    answerOpeners: re(m.answerOpeners),
    questionCue: re(m.questionCue),
    unpunctuatedQuestion: re(m.unpunctuatedQuestion),
    youAsked: re(m.youAsked),
    possessiveSource: m.possessive,
    firstPersonOwned: re(m.firstPersonOwned, 'gi'),
    secondPersonOwned: re(m.secondPersonOwned, 'gi'),
    notOwnable: new Set(m.notOwnable),
    echoFillers: new Set(m.echoFillers),
    notName: new Set(m.notName.map((w) => w.toLowerCase())),
    genericLabelWords: new Set(m.genericLabelWords),
    accountLabelWords: new Set(m.accountLabelWords),
    deviceLabelWords: new Set(m.deviceLabelWords),
    nameParticles: new Set(m.nameParticles),
    styleMarkers: new Set(m.styleMarkers),
    handOff: re(m.handOff),
    handOver: re(m.handOver),
    adStart: re(m.adStart, 'gi'),
    adEnd: re(m.adEnd, 'gi'),
  };
  return cues;
}

export const speakerParams = (): SpeakerParams => loadModel<SpeakerParams>('speakers/params.json');

/** Every word but a particle (`de`, `van`) starts with a capital letter and none is a word that only looks like a name. */
export function isNameLike(name: string): boolean {
  const words = name.split(/\s+/);
  const c = speakerCues();
  return words.length > 0 && words.every((w) => (/^\p{Lu}/u.test(w) && !c.notName.has(w.replace(/[.’']+$/, '').toLowerCase())) || c.nameParticles.has(w));
}

/** Finds names after the cue patterns (self-introductions, introductions of another person). */
export function namesAfter(patterns: readonly RegExp[], text: string): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    p.lastIndex = 0;
    for (let m = p.exec(text); m; m = p.exec(text)) {
      const name = m[1].replace(/[.]+$/, '');
      if (isNameLike(name)) out.push(name);
      if (m[0].length === 0) p.lastIndex++;
    }
  }
  return out;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of these words said as a word (no letter on either side: `Kofi`, not `Kofian`). */
export const wordsRegExp = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
