import type { Candidate } from '../candidate.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_VERSION = 'version-number';
export const RULE_BARE_VERSION = 'bare-version';

const QUANTITY = new Set([
  'years', 'year', 'days', 'day', 'times', 'time', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'weeks', 'week',
  'months', 'month', 'people', 'percent', 'lines', 'line', 'things', 'of', 'gigs', 'bytes', 'million', 'thousand',
  'hundred', 'billion', 'projects', 'files', 'servers', 'steps', 'or', 'to', 'x',
]);
const VERSION = /^v?(\d{1,4})(?:\.(\d{1,3}))?(?:\.\d+)*$/;
/** How far (in tokens) a bare `3.6` may be from the last `Python 3.x` to count as one. */
const BARE_REACH = 400;

/** `3.6.3` → `3.6`, `2` → `2`, `17.10` → `17.10`: a release line, not a patch. */
export function releaseOf(number: string): string | null {
  const m = VERSION.exec(number);
  if (!m) return null;
  return m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`;
}

/**
 * A version number right after a versioned name (`Python 3.6.3`, `Ubuntu 17.10`) joins the
 * mention, which then names the release line (`Python 3.6`).
 */
export function attachVersions(v: TokenView, ix: LexiconIndex, cands: Candidate[]): void {
  const t = v.t;
  for (const c of cands) {
    if (c.entry < 0 || !ix.entries[c.entry].versioned) continue;
    const j = c.b;
    if (j >= t.count || v.glued[j] || t.paragraph[j] !== t.paragraph[c.a]) continue;
    if (t.type[j] !== 'number' && !/^v\d/i.test(t.value[j])) continue;
    if (t.textStart[j] - t.textEnd[j - 1] !== 1) continue;
    // `36.3%`, `3 days`: a quantity, not a release
    if (j + 1 < t.count && v.glued[j + 1] && t.value[j + 1] === '%') continue;
    // `Docker 2 years ago`, `Python 3 times`: a count, not a release
    if (j + 1 < t.count && QUANTITY.has(t.normal[j + 1])) continue;
    const release = releaseOf(t.value[j].replace(/^v/i, ''));
    if (!release) continue;
    c.version = release;
    c.b = j + 1;
    c.rule = `${c.rule}+${RULE_VERSION}`;
  }
}

/**
 * A bare release number (`go to 3.6`) shortly after a versioned mention with the same major
 * number is that product's release (`Python 3.6`).
 */
export function findBareVersions(v: TokenView, cands: Candidate[], taken: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  const versioned = cands.filter((c) => c.version !== undefined).sort((x, y) => x.a - y.a);
  if (versioned.length === 0) return;
  let k = 0;
  let last: Candidate | null = null;
  for (let i = 0; i < t.count; i++) {
    while (k < versioned.length && versioned[k].a <= i) last = versioned[k++];
    if (!last || taken[i] || t.type[i] !== 'number' || i - last.b > BARE_REACH) continue;
    const m = /^(\d{1,2})\.(\d{1,2})(?:\.\d+)?$/.exec(t.value[i]);
    if (!m) continue;
    if (i + 1 < t.count && v.glued[i + 1] && t.value[i + 1] === '%') continue;
    const major = last.version!.split('.')[0];
    if (m[1] !== major) continue;
    out.push({ a: i, b: i + 1, entry: last.entry, rule: RULE_BARE_VERSION, confidence: 0.6, ambiguous: false, version: `${m[1]}.${m[2]}` });
    taken[i] = 1;
  }
}
