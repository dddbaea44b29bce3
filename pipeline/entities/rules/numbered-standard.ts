import type { Candidate } from '../candidate.js';
import type { TokenView } from '../token-view.js';

export const RULE_NUMBERED = 'shape:numbered-standard';

const SERIES = new Map([['pep', 'PEP'], ['rfc', 'RFC']]);

/** `PEP 703`, `RFC 9110`: a proposal or standard by its number. */
export function findNumberedStandards(v: TokenView, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  for (let i = 0; i + 1 < t.count; i++) {
    const series = SERIES.get(t.normal[i]);
    if (!series || t.type[i + 1] !== 'number' || !/^\d{1,5}$/.test(t.value[i + 1])) continue;
    if (t.start[i + 1] - t.end[i] > 1 || (covered[i] && covered[i + 1])) continue;
    out.push({ a: i, b: i + 2, entry: -1, name: `${series} ${t.value[i + 1]}`, type: 'standard', rule: RULE_NUMBERED, confidence: 0.9, ambiguous: false });
  }
}
