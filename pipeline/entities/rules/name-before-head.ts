import type { Candidate, CueSets } from '../candidate.js';
import { isCamelCase } from '../keys.js';
import { Trigger, triggerOf, type TokenView } from '../token-view.js';

export const RULE_NAME_HEAD = 'context:the-x-library';

const HEADS: Record<string, Candidate['type']> = {
  library: 'library', package: 'library', module: 'library', toolkit: 'library', framework: 'framework',
  orm: 'library', extension: 'library', plugin: 'library', sdk: 'library', api: 'service', project: 'other',
  language: 'language', database: 'database', cli: 'tool', linter: 'tool', formatter: 'tool', editor: 'tool', ide: 'tool',
};

/**
 * `the Litestar framework`, `this Quibbler library`, `the pyjokes package`: a determiner,
 * a name, a software head noun. The name must look like one (capitalised mid-sentence,
 * CamelCase, or with a digit or dot in it), so `the web framework` finds nothing.
 */
export function findNameBeforeHead(v: TokenView, _cues: CueSets, out: Candidate[]): void {
  const t = v.t;
  for (let i = 1; i + 1 < t.count; i++) {
    if (triggerOf(v, i - 1) !== Trigger.Determiner || !v.word[i] || v.inUrl[i]) continue;
    const type = HEADS[t.normal[i + 1]];
    if (!type || v.glued[i + 1]) continue;
    const w = t.value[i];
    if (t.isStop[i] || w.length < 3) continue;
    const nameLike = (v.cap[i] && !v.initial[i] && t.pos[i] === 'PROPN') || isCamelCase(w) || /\d/.test(w);
    if (!nameLike) continue;
    out.push({ a: i, b: i + 1, entry: -1, type, rule: RULE_NAME_HEAD, confidence: 0.7, ambiguous: false });
  }
}
