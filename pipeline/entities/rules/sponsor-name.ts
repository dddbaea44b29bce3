import type { Candidate } from '../candidate.js';
import { Trigger, triggerOf, type TokenView } from '../token-view.js';
import { nameRunAt } from './name-run.js';

export const RULE_SPONSOR = 'context:sponsor';

const SPONSOR_VERBS = new Set(['sponsored', 'supported', 'presented', 'powered', 'underwritten']);
const THANKS_VERBS = new Set(['sponsoring', 'supporting', 'underwriting']);

/** Is token i the `by` of `brought to you by` or `sponsored by`? */
export function isSponsorBy(v: TokenView, i: number): boolean {
  const t = v.t;
  if (triggerOf(v, i) !== Trigger.By || i < 1) return false;
  if (SPONSOR_VERBS.has(t.normal[i - 1])) return true;
  return i >= 3 && t.normal[i - 1] === 'you' && t.normal[i - 2] === 'to' && t.normal[i - 3] === 'brought';
}

/**
 * The show's sponsors, named in the read: `brought to you by X`, `sponsored by X`, `thanks to
 * X for sponsoring`. A sponsor is a company (usually a technology vendor) even when the
 * lexicon has never heard of it; the tags stage weighs sponsor reads low.
 */
export function findSponsorNames(v: TokenView, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  const n = t.count;
  for (let i = 0; i + 1 < n; i++) {
    const tr = triggerOf(v, i);
    if (tr !== Trigger.By && tr !== Trigger.Thanks) continue;
    let j = -1;
    if (isSponsorBy(v, i)) j = i + 1;
    else if (tr === Trigger.Thanks && t.normal[i + 1] === 'to' && i + 2 < n) {
      const run = nameRunAt(v, i + 2, false, 3);
      if (run && run[1] + 1 < n && t.normal[run[1]] === 'for' && THANKS_VERBS.has(t.normal[run[1] + 1])) j = i + 2;
    }
    if (j < 0 || j >= n || covered[j]) continue;
    const run = nameRunAt(v, j, false, 3);
    if (!run || t.isStop[run[0]]) continue;
    out.push({ a: run[0], b: run[1], entry: -1, type: 'company', rule: RULE_SPONSOR, confidence: 0.7, ambiguous: false });
  }
}
