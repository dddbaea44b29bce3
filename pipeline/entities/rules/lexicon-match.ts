import type { Candidate } from '../candidate.js';
import { AliasMode, type AliasRef, type LexiconIndex } from '../lexicon.js';
import { textOf, type TokenView } from '../token-view.js';

export const RULE_LEXICON = 'lexicon';

const SEPARATOR = /^[-_]+$/;

export interface KeyTable {
  get(key: string): AliasRef | undefined;
  hasPrefix(key: string): boolean;
  /** The alias of this key (undefined: none; null: the key is only a prefix of aliases). */
  start(key: string): AliasRef | null | undefined;
  maxTokens: number;
}

export const lexiconTable = (ix: LexiconIndex): KeyTable => ({
  get: (k) => ix.byKey.get(k),
  hasPrefix: ix.hasPrefix,
  start: (k) => ix.starts.get(k),
  maxTokens: ix.maxTokens,
});

/** `CRLs` → the alias `CRL`: two capitals or more, then a lower-case `s`. */
function acronymPlural(v: TokenView, i: number, table: KeyTable): AliasRef | null {
  const w = v.t.value[i];
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115 || !/^[A-Z][A-Z0-9]+s$/.test(w)) return null;
  const ref = table.get(v.key[i].slice(0, -1));
  if (!ref || (ref.mode === AliasMode.Exact && ref.alias !== w.slice(0, -1))) return null;
  return ref;
}

/** `KegLand’s` as one token (wink keeps a possessive on its word before punctuation) → the alias `KegLand`. */
function ownerName(v: TokenView, i: number, table: KeyTable): AliasRef | null {
  const w = v.t.value[i];
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115 || !OWNED.test(w)) return null;
  const stem = w.slice(0, -2);
  const ref = table.get(v.key[i].slice(0, -2));
  if (!ref || (ref.mode === AliasMode.Exact ? ref.alias !== stem : ref.mode === AliasMode.Strict && ref.alias.toLowerCase() !== stem.toLowerCase())) return null;
  return ref;
}
const OWNED = /\w['’]s$/;

/** A dot said as a word between two names written as one (`Bun dot sql` → `Bun.sql`). */
export const spokenDots = (text: string): string => (text.includes(' dot ') || text.includes(' Dot ') ? text.replace(/(?<=\w) [Dd]ot (?=\w)/g, '.') : text);

/** `Chrome’s root program` → `Chrome root program`, `KegLand’s` → `KegLand`: the first word's possessive dropped. */
export const withoutPossessive = (text: string): string => text.replace(/^(\S+?)['’]s(?=\s|$)/, '$1');

/** Does the text of tokens [a, b) spell the alias the way its mode demands? */
export function spelledAsRequired(v: TokenView, a: number, b: number, ref: AliasRef, possessive = false): boolean {
  if (ref.mode === AliasMode.Loose) return true;
  const said = spokenDots(textOf(v, a, b));
  const text = possessive ? withoutPossessive(said) : said;
  return ref.mode === AliasMode.Exact ? text === ref.alias : text.toLowerCase() === ref.alias.toLowerCase();
}

/**
 * A web-address run (`itch.io`, `crates.io`, `docs.rs`) that is as a whole a known name: the
 * address IS the product's name, so it counts, while other addresses are skipped.
 */
function addressName(v: TokenView, i: number, table: KeyTable): { b: number; ref: AliasRef } | null {
  const t = v.t;
  let b = i + 1;
  while (b < t.count && v.inUrl[b] && v.glued[b]) b++;
  if (b - i > 5) return null;
  let key = '';
  for (let k = i; k < b; k++) {
    if (t.value[k] === '/') return null;
    key += v.key[k];
  }
  const ref = table.get(key);
  return ref && spelledAsRequired(v, i, b, ref) ? { b, ref } : null;
}

/**
 * Longest match of alias keys over token n-grams, hash lookups only: from each token the key
 * grows one token at a time (glued tokens join without a space: `os` `.` `path` → `os.path`)
 * and stops as soon as it is no prefix of any alias. Linear in tokens for a fixed lexicon.
 */
export function matchKeys(
  v: TokenView,
  table: KeyTable,
  rule: string,
  confidence: number,
  skip: Uint8Array | null,
  out: Candidate[],
): Uint8Array {
  const t = v.t;
  const n = t.count;
  const covered = new Uint8Array(n);
  const hitsB = new Int32Array(table.maxTokens + 1);
  const hitsRef: (AliasRef | undefined)[] = new Array(table.maxTokens + 1);
  /** The key's length at each hit (the key only grows). */
  const hitsLen = new Int32Array(table.maxTokens + 1);
  const startOf = new Array<AliasRef | null | undefined>(t.forms);
  const startKnown = new Uint8Array(t.forms);
  let i = 0;
  while (i < n) {
    if (v.inUrl[i] && !(skip && skip[i]) && (i === 0 || !v.inUrl[i - 1] || !v.glued[i])) {
      const hit = addressName(v, i, table);
      if (hit) {
        out.push({ a: i, b: hit.b, entry: hit.ref.entry, rule, confidence, ambiguous: hit.ref.ambiguous, alias: hit.ref.alias });
        for (let k = i; k < hit.b; k++) covered[k] = 1;
        i = hit.b;
        continue;
      }
    }
    if (v.inUrl[i] || (skip && skip[i]) || (v.glued[i] && t.normal[i] === '.')) {
      i++;
      continue;
    }
    // most tokens start no alias at all: one lookup per form decides it
    let key = v.key[i];
    const f = t.form[i];
    let first: AliasRef | null | undefined;
    if (startKnown[f]) first = startOf[f];
    else {
      first = startOf[f] = table.start(key);
      startKnown[f] = 1;
    }
    if (first === undefined) {
      // an acronym's plural (`CRLs`, `GPUs`, `LLMs`) is the acronym
      // and a name that kept its possessive as one token before a comma or a full stop
      // (`KegLand’s,`) is the name
      const plural = v.cap[i] && v.innerCap[i] ? acronymPlural(v, i, table) : null;
      const owner = plural ? null : ownerName(v, i, table);
      const one = plural ?? owner;
      if (one) {
        out.push({ a: i, b: i + 1, entry: one.entry, rule, confidence, ambiguous: one.ambiguous, alias: one.alias, ...(owner ? { possessive: true } : {}) });
        covered[i] = 1;
      }
      i++;
      continue;
    }
    let hits = 0;
    if (first !== null) {
      hitsB[0] = i + 1;
      hitsRef[0] = first;
      hitsLen[0] = key.length;
      hits = 1;
    }
    let pendingSep = false;
    let spokenDot = false;
    let possessive = false;
    const para = t.paragraph[i];
    for (let j = i + 1; j < n && j - i < table.maxTokens; j++) {
      if (t.paragraph[j] !== para || v.inUrl[j]) break;
      if (!v.glued[j]) {
        if (t.textStart[j] - t.textEnd[j - 1] > 1) break;
        pendingSep = !spokenDot;
      }
      spokenDot = false;
      const norm = v.key[j];
      // a possessive after the first word, where the lexicon's name goes on without it
      // (`Chrome’s root program`, `F5’s NGINX Ingress Controller`): the owner's product
      if (j === i + 1 && norm === "'s" && v.glued[j] && !table.hasPrefix(key + norm)) {
        pendingSep = true;
        possessive = true;
        continue;
      }
      // a dot said as a word joins the names around it (`zone dot js`, `Bun dot sql`) where
      // the lexicon has a dotted name going on so
      if (norm === 'dot' && pendingSep && j + 1 < n && !v.glued[j + 1] && v.word[j + 1] && table.hasPrefix(key + '.')) {
        key += '.';
        pendingSep = false;
        spokenDot = true;
        continue;
      }
      // a hyphen or underscore token folds to an empty key: a separator
      if (norm === '' || SEPARATOR.test(norm)) {
        pendingSep = true;
        continue;
      }
      if (pendingSep) key += ' ';
      key += norm;
      pendingSep = false;
      // one lookup says both whether the key is an alias and whether a longer one goes on
      const ref = table.start(key);
      if (ref) {
        hitsB[hits] = j + 1;
        hitsRef[hits] = ref;
        hitsLen[hits] = key.length;
        hits++;
      }
      if (ref === undefined || (ref !== null && !ref.extends)) break;
    }
    let took = false;
    for (let h = hits - 1; h >= 0; h--) {
      const b = hitsB[h];
      const ref = hitsRef[h]!;
      const own = possessive && b > i + 2;
      // (not where what follows the possessive is itself the name: `Cloudflare’s R2` is the
      // company, then R2, as said)
      if (own && table.get(key.slice(v.key[i].length + 1, hitsLen[h]))?.entry === ref.entry) continue;
      if (!spelledAsRequired(v, i, b, ref, own)) continue;
      // a name glued to a word before it is part of something else (`foo.pytest`)
      if (i > 0 && v.glued[i] && t.value[i] !== '.' && /\w$/.test(t.value[i - 1])) continue;
      // nor is the tail of a hyphenated one (`retry` in `p-retry`)
      if (i > 1 && v.glued[i] && t.value[i - 1] === '-' && v.glued[i - 1] && /\w$/.test(t.value[i - 2])) continue;
      out.push({ a: i, b, entry: ref.entry, rule, confidence, ambiguous: ref.ambiguous, alias: ref.alias, ...(own ? { possessive: true } : {}) });
      for (let k = i; k < b; k++) covered[k] = 1;
      i = b;
      took = true;
      break;
    }
    if (!took) i++;
  }
  return covered;
}
