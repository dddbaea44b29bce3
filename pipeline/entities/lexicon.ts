import type { EntityType } from '../document/document.js';
import { loadModel } from '../models.js';
import { keyOf } from './keys.js';

/** One entry of models/lexicon/lexicon.json (see models/lexicon/build-lexicon.mjs). */
export interface LexiconEntry {
  id: string;
  name: string;
  type: EntityType;
  ecosystem?: string;
  aliases: string[];
  /** Aliases that are English words: count only in technical context. */
  ambiguous?: string[];
  /** Aliases that count only when spelled exactly so (case and separators). */
  exact?: string[];
  /** Aliases that count only with the same separators (`is-number`, never "is number"). */
  strict?: string[];
  /** Aliases that are also people's names (`Julia`, `Hugo`): a technical episode alone is no evidence. */
  personName?: string[];
  /** Aliases a one-edit typo may be read as. */
  fuzzy?: string[];
  versioned?: boolean;
  notag?: boolean;
  /** A general idea (`pull requests`, `on-call`, `breaking changes`): never a tag, nor what a card is about. */
  generic?: boolean;
  /** Lookup keys of [name, ...aliases], written by the build where one differs from its alias. */
  keys?: string[];
  source: string;
  rank?: number;
  summary?: string;
}

export interface LexiconFile {
  version: number;
  built: string;
  _source: string;
  counts: Record<string, number>;
  /** Precomputed by the build (see indexLexicon): longest alias in tokens, alias-key prefixes. */
  maxTokens?: number;
  prefixes?: string[];
  entries: LexiconEntry[];
}

export const LEXICON_VERSION = 1;

/** How one alias must appear in the text. */
export const enum AliasMode {
  Loose = 0,
  Strict = 1,
  Exact = 2,
}

export interface AliasRef {
  entry: number;
  alias: string;
  mode: AliasMode;
  ambiguous: boolean;
}

/** The lexicon ready for matching: hash maps only, built once per process. */
export interface LexiconIndex {
  entries: LexiconEntry[];
  /** alias key → alias */
  byKey: Map<string, AliasRef>;
  /** Every proper prefix of an alias key that ends where a token may end. */
  prefixes: Set<string>;
  /** Alias keys and prefixes in one map (null: a prefix only): one lookup per token decides most. */
  starts: Map<string, AliasRef | null>;
  /** Curated one-word aliases without spaces (`tensorflow`): targets for `Tensor Flow`. */
  squashed: Map<string, AliasRef>;
  /** Longest alias, in tokens, for bounding the n-gram scan. */
  maxTokens: number;
  curated: Uint8Array;
}

let cached: LexiconIndex | null = null;

export function loadLexicon(): LexiconIndex {
  if (cached) return cached;
  const file = loadModel<LexiconFile>('lexicon/lexicon.json');
  if (file.version !== LEXICON_VERSION) {
    throw new Error(`models/lexicon/lexicon.json has version ${file.version}, this code reads version ${LEXICON_VERSION}; run \`npm run lexicon\``);
  }
  cached = indexLexicon(file.entries, file.prefixes && file.maxTokens ? { prefixes: file.prefixes, maxTokens: file.maxTokens } : undefined);
  return cached;
}

/** Not a lower-case letter or digit (keys are lower case): where a token may end. */
const isBoundary = (code: number): boolean => !((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A key of letters and digits only: one token, no prefixes to record. */
const SIMPLE = /^[a-z0-9]+$/;

/**
 * With `built` (keys, prefixes and maxTokens the build precomputed), loading is hash-map
 * inserts only; without it (the names the context rules found) everything is computed here.
 */
export function indexLexicon(entries: LexiconEntry[], built?: { prefixes: string[]; maxTokens: number }): LexiconIndex {
  const byKey = new Map<string, AliasRef>();
  const prefixes = new Set<string>();
  const squashed = new Map<string, AliasRef>();
  const curated = new Uint8Array(entries.length);
  const starts = new Map<string, AliasRef | null>();
  let maxTokens = 1;
  // a plain loop: this runs once per process, cold, over ~8,000 entries
  for (let entry = 0; entry < entries.length; entry++) {
    const e = entries[entry];
    const isCurated = e.source.startsWith('curated');
    curated[entry] = isCurated ? 1 : 0;
    const amb = e.ambiguous;
    const exact = e.exact;
    const strict = e.strict;
    for (let k = -1; k < e.aliases.length; k++) {
      const alias = k < 0 ? e.name : e.aliases[k];
      const key = built ? (e.keys ? e.keys[k + 1] : alias) : keyOf(alias);
      if (!key || byKey.has(key)) continue;
      const ref: AliasRef = {
        entry,
        alias,
        mode: exact?.includes(alias) ? AliasMode.Exact : strict?.includes(alias) ? AliasMode.Strict : AliasMode.Loose,
        ambiguous: amb?.includes(alias) ?? false,
      };
      byKey.set(key, ref);
      starts.set(key, ref);
      let parts = 1;
      const simple = built !== undefined || SIMPLE.test(key);
      for (let p = 1; p < key.length && !simple; p++) {
        const here = isBoundary(key.charCodeAt(p));
        // wink splits `3n` into `3` `n`: a digit-letter change may end a token too
        if (here || isBoundary(key.charCodeAt(p - 1)) || isDigit(key.charCodeAt(p)) !== isDigit(key.charCodeAt(p - 1))) {
          const prefix = key.charCodeAt(p) === 32 ? key.slice(0, p) : key.slice(0, p).trimEnd();
          prefixes.add(prefix);
          if (!starts.has(prefix)) starts.set(prefix, null);
          if (here) parts++;
        }
      }
      // a token per word and per punctuation mark between them
      if (parts * 2 > maxTokens) maxTokens = parts * 2;
      if (isCurated && !key.includes(' ') && key.length >= 6 && ref.mode === AliasMode.Loose) squashed.set(key, ref);
    }
  }
  if (built) {
    for (const p of built.prefixes) {
      prefixes.add(p);
      if (!starts.has(p)) starts.set(p, null);
    }
    maxTokens = built.maxTokens;
  }
  return { entries, byKey, prefixes, starts, squashed, maxTokens: Math.min(maxTokens, 12), curated };
}
