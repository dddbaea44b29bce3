import type { EntityType } from '../document/document.js';
import { loadModel } from '../models.js';

/**
 * A possible mention found by one rule, over tokens [a, b). `entry` points into the lexicon;
 * -1 means a name the rules found without the lexicon (`name` then holds it).
 */
export interface Candidate {
  a: number;
  b: number;
  entry: number;
  name?: string;
  type?: EntityType;
  rule: string;
  confidence: number;
  /** The matched alias is also a common word: keep only in technical context. */
  ambiguous: boolean;
  /** The lexicon alias matched, as the lexicon spells it. */
  alias?: string;
  /** `3.6` for `Python 3.6.3`. */
  version?: string;
  /** Rules that found the name elsewhere, for a mention found by its name alone. */
  origin?: string;
  /** Matched across a possessive after its first word (`Chrome’s root program`): named without it. */
  possessive?: boolean;
  /** Never an episode tag (code tokens, notag entries). */
  notag?: boolean;
}

export interface ContextCues {
  version: number;
  cues: string[];
  heads: string[];
  calledHeads: string[];
  personHeads: string[];
  installVerbs: string[];
  /** Capitalised words that are never product names (days, months, interjections). */
  notNames: string[];
  /** Words that open sentences: `done.So` lost a space after its full stop (code-token rule). */
  sentenceStarters: string[];
}

export interface CueSets {
  cues: Set<string>;
  heads: Set<string>;
  calledHeads: Set<string>;
  personHeads: Set<string>;
  installVerbs: Set<string>;
  notNames: Set<string>;
  sentenceStarters: Set<string>;
  /** Given names (models/lexicon/given-names.json): `Evan You`, `Sam Gross` are people. */
  givenNames: Set<string>;
}

let cues: CueSets | null = null;
export function loadCues(): CueSets {
  if (cues) return cues;
  const c = loadModel<ContextCues>('lexicon/context-cues.json');
  cues = {
    cues: new Set(c.cues),
    heads: new Set(c.heads),
    calledHeads: new Set(c.calledHeads),
    personHeads: new Set(c.personHeads),
    installVerbs: new Set(c.installVerbs),
    notNames: new Set(c.notNames),
    sentenceStarters: new Set(c.sentenceStarters),
    givenNames: new Set(loadModel<{ names: string[] }>('lexicon/given-names.json').names),
  };
  return cues;
}
