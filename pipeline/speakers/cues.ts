import { loadModel } from '../models.js';

/** models/speakers/cues.json as written: patterns are strings, NAME is a placeholder. */
interface CueModel {
  selfIntroduction: string[];
  otherIntroduction: string[];
  guestCue: string;
  guestSelfCue: string;
  hostCue: string;
  reactionOpeners: string;
  answerOpeners: string;
  questionCue: string;
  youAsked: string;
  possessive: string;
  firstPersonOwned: string;
  secondPersonOwned: string;
  notOwnable: string[];
  notName: string[];
  genericLabelWords: string[];
  styleMarkers: string[];
  handOff: string;
}

export interface SpeakerParams {
  switch: {
    base: number;
    baseWhereLabelsMarkTurns: number;
    cutOff: number;
    unfinished: number;
    question: number;
    reaction: number;
    answerOpener: number;
  };
  emission: {
    label: number;
    selfIntroduction: number;
    addressedNext: number;
    vocativeNotSelf: number;
    youAsked: number;
    ownership: number;
    introducesOther: number;
    firstSpeaker: number;
    closesShow: number;
    interviewerAsks: number;
  };
  style: { scale: number; cap: number; iterations: number; fullAtWords: number };
  reactionMaxWords: number;
  closingParagraphs: number;
  labelsMarkTurnsShare: number;
  dialogueMinShare: number;
  unknownBelow: number;
  maxConfidence: number;
}

/**
 * A loose name: one to three words of letters. The regexes run case-insensitively (the cue
 * words vary in case), so capitalisation is checked afterwards by `isNameLike`.
 */
const L = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ž';
const NAME = String.raw`([${L}][${L}'’.\-]*(?:\s+[${L}][${L}'’\-]*){0,2})`;

export interface SpeakerCues {
  selfIntroduction: RegExp[];
  otherIntroduction: RegExp[];
  guestCue: RegExp;
  guestSelfCue: RegExp;
  hostCue: RegExp;
  reactionOpeners: RegExp;
  answerOpeners: RegExp;
  questionCue: RegExp;
  youAsked: RegExp;
  /** Source with NAME still in it: filled with the people's name forms once they are known. */
  possessiveSource: string;
  firstPersonOwned: RegExp;
  secondPersonOwned: RegExp;
  notOwnable: Set<string>;
  notName: Set<string>;
  genericLabelWords: Set<string>;
  styleMarkers: Set<string>;
  handOff: RegExp;
}

let cues: SpeakerCues | null = null;

export function speakerCues(): SpeakerCues {
  if (cues) return cues;
  const m = loadModel<CueModel>('speakers/cues.json');
  // no `u` flag: case-insensitive unicode regexes run ~30× slower in V8
  const re = (s: string, flags = 'i') => new RegExp(s.replaceAll('NAME', NAME), flags);
  cues = {
    selfIntroduction: m.selfIntroduction.map((s) => re(s, 'gi')),
    otherIntroduction: m.otherIntroduction.map((s) => re(s, 'gi')),
    guestCue: re(m.guestCue),
    guestSelfCue: re(m.guestSelfCue),
    hostCue: re(m.hostCue),
    reactionOpeners: re(m.reactionOpeners),
    answerOpeners: re(m.answerOpeners),
    questionCue: re(m.questionCue),
    youAsked: re(m.youAsked),
    possessiveSource: m.possessive,
    firstPersonOwned: re(m.firstPersonOwned, 'gi'),
    secondPersonOwned: re(m.secondPersonOwned, 'gi'),
    notOwnable: new Set(m.notOwnable),
    notName: new Set(m.notName.map((w) => w.toLowerCase())),
    genericLabelWords: new Set(m.genericLabelWords),
    styleMarkers: new Set(m.styleMarkers),
    handOff: re(m.handOff),
  };
  return cues;
}

export const speakerParams = (): SpeakerParams => loadModel<SpeakerParams>('speakers/params.json');

/** Every word starts with a capital letter and none is a word that only looks like a name. */
export function isNameLike(name: string): boolean {
  const words = name.split(/\s+/);
  const c = speakerCues();
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) && !c.notName.has(w.replace(/[.’']+$/, '').toLowerCase()));
}

/** Finds names after the cue patterns (self-introductions, introductions of another person). */
export function namesAfter(patterns: readonly RegExp[], text: string): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    p.lastIndex = 0;
    for (let m = p.exec(text); m; m = p.exec(text)) {
      const name = trimName(m[1]);
      if (name && isNameLike(name)) out.push(name);
      if (m[0].length === 0) p.lastIndex++;
    }
  }
  return out;
}

/** Drops trailing words that are not capitalised (the loose NAME may run into them). */
function trimName(raw: string): string {
  const words = raw.replace(/[.]+$/, '').split(/\s+/);
  while (words.length && !/^\p{Lu}/u.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
