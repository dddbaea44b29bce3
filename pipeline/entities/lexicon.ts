import type { EntityType } from '../document/document.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR } from '../models.js';
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
  /** The alias's key is also a proper prefix of a longer alias's key (see hasPrefix). */
  extends: boolean;
}

/** Alias key → alias: a read-only view of `starts` without the prefixes. */
export interface AliasKeys {
  get(key: string): AliasRef | undefined;
  has(key: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
}

/**
 * The lexicon ready for matching: one hash map, built once per process. An index worker holds
 * one per thread, so alias keys and their prefixes share one map (three separate tables held
 * ~4 MB more per worker).
 */
export interface LexiconIndex {
  entries: LexiconEntry[];
  /** alias key → alias */
  byKey: AliasKeys;
  /** Is `key` a proper prefix of an alias key, ending where a token may end? */
  hasPrefix(key: string): boolean;
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
  // read here, not through loadModel's cache: the file's prefix list and per-entry keys are
  // needed only while indexing (the file is ASCII, \u-escaped, so its text is one byte a character)
  const file = JSON.parse(readFileSync(join(MODELS_DIR, 'lexicon/lexicon.json'), 'utf8')) as LexiconFile;
  if (file.version !== LEXICON_VERSION) {
    throw new Error(`models/lexicon/lexicon.json has version ${file.version}, this code reads version ${LEXICON_VERSION}; run \`npm run lexicon\``);
  }
  cached = indexLexicon(file.entries, file.prefixes && file.maxTokens ? { prefixes: file.prefixes, maxTokens: file.maxTokens } : undefined);
  for (const e of file.entries) if (e.keys) e.keys = undefined;
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
      if (!key) continue;
      const had = starts.get(key);
      if (had) continue;
      const ref: AliasRef = {
        entry,
        alias,
        mode: exact?.includes(alias) ? AliasMode.Exact : strict?.includes(alias) ? AliasMode.Strict : AliasMode.Loose,
        ambiguous: amb?.includes(alias) ?? false,
        // a key already seen as a prefix of an earlier, longer alias
        extends: had === null,
      };
      starts.set(key, ref);
      let parts = 1;
      const simple = built !== undefined || SIMPLE.test(key);
      for (let p = 1; p < key.length && !simple; p++) {
        const here = isBoundary(key.charCodeAt(p));
        // wink splits `3n` into `3` `n`: a digit-letter change may end a token too
        if (here || isBoundary(key.charCodeAt(p - 1)) || isDigit(key.charCodeAt(p)) !== isDigit(key.charCodeAt(p - 1))) {
          const prefix = key.charCodeAt(p) === 32 ? key.slice(0, p) : key.slice(0, p).trimEnd();
          addPrefix(starts, prefix);
          if (here) parts++;
        }
      }
      // a token per word and per punctuation mark between them
      if (parts * 2 > maxTokens) maxTokens = parts * 2;
      if (isCurated && !key.includes(' ') && key.length >= 6 && ref.mode === AliasMode.Loose) squashed.set(key, ref);
    }
  }
  if (built) {
    for (const p of built.prefixes) addPrefix(starts, p);
    maxTokens = built.maxTokens;
  }
  return {
    entries,
    byKey: {
      get: (k) => starts.get(k) ?? undefined,
      has: (k) => !!starts.get(k),
      get size() {
        let n = 0;
        for (const r of starts.values()) if (r) n++;
        return n;
      },
      *keys() {
        for (const [k, r] of starts) if (r) yield k;
      },
    },
    hasPrefix: (k) => {
      const r = starts.get(k);
      return r === null || (r !== undefined && r.extends);
    },
    starts,
    squashed,
    maxTokens: Math.min(maxTokens, 12),
    curated,
  };
}

/** Records `prefix` as a proper prefix of some alias key (an alias of that key then `extends`). */
function addPrefix(starts: Map<string, AliasRef | null>, prefix: string): void {
  const had = starts.get(prefix);
  if (had === undefined) starts.set(prefix, null);
  else if (had) had.extends = true;
}
