import type { Candidate } from '../candidate.js';
import type { TokenView } from '../token-view.js';

export const RULE_NUMBERED = 'shape:numbered-standard';

const SERIES = new Map([['pep', 'PEP'], ['rfc', 'RFC']]);

const CVE = /^CVE-\d{4}-\d{4,7}$/i;

/** `PEP 703`, `RFC 9110`, `CVE-2025-1234`: a proposal, standard or vulnerability by its number. */
export function findNumberedStandards(v: TokenView, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  for (let i = 0; i < t.count; i++) {
    const w = t.value[i];
    if (w.length >= 13 && (w.charCodeAt(0) | 32) === 99 && CVE.test(w) && !covered[i]) {
      out.push({ a: i, b: i + 1, entry: -1, name: w.toUpperCase(), type: 'standard', rule: RULE_NUMBERED, confidence: 0.9, ambiguous: false });
      continue;
    }
    if (i + 1 >= t.count) break;
    const series = SERIES.get(t.normal[i]);
    if (!series || t.type[i + 1] !== 'number' || !/^\d{1,5}$/.test(t.value[i + 1])) continue;
    if (t.start[i + 1] - t.end[i] > 1 || (covered[i] && covered[i + 1])) continue;
    out.push({ a: i, b: i + 2, entry: -1, name: `${series} ${t.value[i + 1]}`, type: 'standard', rule: RULE_NUMBERED, confidence: 0.9, ambiguous: false });
  }
}
