import type { Candidate, CueSets } from '../candidate.js';
import type { LexiconIndex } from '../lexicon.js';
import { textOf, type TokenView } from '../token-view.js';

export const RULE_FAMILY = 'context:family-name';

/** Tails that make an adjective of a name (`docker-based`, `git-friendly`), not a new name. */
const ADJECTIVE_TAILS = new Set([
  'based', 'like', 'style', 'specific', 'compatible', 'friendly', 'native', 'powered', 'first', 'only', 'aware',
  'free', 'ready', 'enabled', 'related', 'heavy', 'centric', 'ish', 'esque', 'oriented', 'inspired', 'backed',
  'driven', 'generated', 'level', 'land', 'world', 'wise', 'less', 'ful', 'y', 'ism', 'isms', 'verse',
]);
const ADJECTIVE_ENDING = /(?:able|ible|ed|ish|like|less|ful)$/;
/** Package-like heads after the name: evidence enough even when its first part is a word. */
const PACKAGE_HEADS = new Set(['crate', 'crates', 'package', 'library', 'plugin', 'extension', 'subcommand', 'module', 'tool', 'gem']);

/**
 * A known tool or library with lower-case parts hyphenated onto it is a member of its
 * family: a subcommand or plugin (`cargo-fuzz`, `cargo-semver-checks`, `docker-compose`,
 * `pytest-cov`) or a sibling crate (`crossbeam-skiplist`). The base must be said as the
 * package is written (lower case), and tails that make adjectives (`git-based`) do not count.
 * When the base is also a word (`cargo`), it must be a curated name or a package head must
 * follow (`the crossbeam-skiplist crate`).
 */
export function findFamilyNames(v: TokenView, ix: LexiconIndex, cues: CueSets, lex: readonly Candidate[], out: Candidate[]): void {
  const t = v.t;
  for (const c of lex) {
    if (c.entry < 0 || c.version !== undefined || c.b - c.a !== 1) continue;
    const e = ix.entries[c.entry];
    if (e.type !== 'tool' && e.type !== 'library' && e.type !== 'framework' && e.type !== 'database') continue;
    if (!/^[a-z][a-z0-9]*$/.test(t.value[c.a])) continue;
    let j = c.b;
    let parts = 0;
    let adjective = false;
    while (parts < 3 && j + 1 < t.count && t.value[j] === '-' && v.glued[j] && v.glued[j + 1] && /^[a-z][a-z0-9]*$/.test(t.value[j + 1])) {
      const tail = t.value[j + 1];
      if (ADJECTIVE_TAILS.has(tail) || ADJECTIVE_ENDING.test(tail)) adjective = true;
      j += 2;
      parts++;
    }
    if (parts === 0 || adjective) continue;
    // `cargo-fuzz-ish`, `foo-bar.baz`: something longer that is not this name
    if (j < t.count && v.glued[j] && /^[\w-]/.test(t.value[j])) continue;
    const next = j < t.count ? t.normal[j] : '';
    if (c.ambiguous && !ix.curated[c.entry] && !PACKAGE_HEADS.has(next) && !cues.heads.has(next)) continue;
    out.push({ a: c.a, b: j, entry: -1, name: textOf(v, c.a, j), type: e.type, rule: RULE_FAMILY, confidence: 0.75, ambiguous: false });
  }
}
