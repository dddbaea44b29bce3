import type { Candidate } from '../candidate.js';
import { NUMBERED_SERIES, Trigger, triggerOf, type TokenView } from '../token-view.js';

export const RULE_NUMBERED = 'shape:numbered-standard';

const CVE = /^CVE-\d{4}-\d{4,7}$/i;
/** `KIP-500`, `PEP-703`: one token, the series and its number joined by a hyphen. */
const HYPHENATED = /^([A-Za-z]{3,4})-(\d{1,5})$/;

/** `PEP 703`, `RFC 9110`, `JEP 491`, `KIP-500`, `CVE-2025-1234`: a proposal, standard or vulnerability by its number. */
export function findNumberedStandards(v: TokenView, covered: Uint8Array, out: Candidate[]): void {
  const t = v.t;
  for (let i = 0; i < t.count; i++) {
    // offsets first: the token's text is read only for a long word (`CVE-2025-1234`)
    if (t.textEnd[i] - t.textStart[i] >= 13 && v.word[i] && !covered[i] && CVE.test(t.value[i])) {
      out.push({ a: i, b: i + 1, entry: -1, name: t.value[i].toUpperCase(), type: 'standard', rule: RULE_NUMBERED, confidence: 0.9, ambiguous: false });
      continue;
    }
    // (written with a hyphen, the series as written: `KIP-500`)
    const len = t.textEnd[i] - t.textStart[i];
    if (len >= 5 && len <= 10 && v.word[i] && !covered[i]) {
      const m = HYPHENATED.exec(t.value[i]);
      const series = m ? NUMBERED_SERIES.get(m[1].toLowerCase()) : undefined;
      if (m && series) {
        out.push({ a: i, b: i + 1, entry: -1, name: `${series}-${m[2]}`, type: 'standard', rule: RULE_NUMBERED, confidence: 0.9, ambiguous: false });
        continue;
      }
    }
    if (i + 1 >= t.count || triggerOf(v, i) !== Trigger.Series) continue;
    const series = NUMBERED_SERIES.get(t.normal[i]);
    if (!series || t.type[i + 1] !== 'number' || !/^\d{1,5}$/.test(t.value[i + 1])) continue;
    if (t.textStart[i + 1] - t.textEnd[i] > 1 || (covered[i] && covered[i + 1])) continue;
    out.push({ a: i, b: i + 2, entry: -1, name: `${series} ${t.value[i + 1]}`, type: 'standard', rule: RULE_NUMBERED, confidence: 0.9, ambiguous: false });
  }
}
