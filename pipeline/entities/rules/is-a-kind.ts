import type { Candidate, CueSets } from '../candidate.js';
import { Trigger, triggerOf, type TokenView } from '../token-view.js';
import { looksLikeName, nameRunAt } from './name-run.js';

export const RULE_IS_A = 'context:is-a-library';

const ARTICLES = new Set(['a', 'an', 'the']);
const TYPE_OF: Record<string, Candidate['type']> = {
  library: 'library', package: 'library', module: 'library', wrapper: 'library', binding: 'library', bindings: 'library',
  framework: 'framework', toolkit: 'library', tool: 'tool', cli: 'tool', linter: 'tool', formatter: 'tool', editor: 'tool',
  ide: 'tool', debugger: 'tool', profiler: 'tool', database: 'database', language: 'language', service: 'service',
  platform: 'service', api: 'service', app: 'tool', application: 'tool', engine: 'library', extension: 'library', plugin: 'library',
  orm: 'library', odm: 'library', sdk: 'library', server: 'tool', compiler: 'tool', interpreter: 'tool', runtime: 'tool',
};

/**
 * `X is a library for ...`, `X: An Open Source Computer Vision Toolkit`, `X, a new web
 * framework`: the name before a copula, colon or comma, then an article, at most five
 * modifiers, and a software head noun.
 */
export function findIsAKind(v: TokenView, cues: CueSets, out: Candidate[]): void {
  const t = v.t;
  const n = t.count;
  for (let i = 1; i + 2 < n; i++) {
    if (triggerOf(v, i) !== Trigger.Link) continue;
    let j = i + 1;
    // `X, which is a library for`
    if (t.value[i] === ',' && t.normal[j] === 'which' && (t.normal[j + 1] === 'is' || t.normal[j + 1] === '’s')) j += 2;
    if (j >= n || !ARTICLES.has(t.normal[j])) continue;
    j++;
    let kind: Candidate['type'] | undefined;
    for (let k = j; k < Math.min(n, j + 6); k++) {
      if (t.type[k] !== 'word') break;
      const ty = TYPE_OF[t.normal[k]];
      if (ty) {
        // `a library of ...` is fine; `a tool belt` is not: the head must end the phrase
        const next = k + 1 < n ? t.normal[k + 1] : '';
        if (k + 1 < n && t.type[k + 1] === 'word' && !['for', 'that', 'which', 'to', 'in', 'with', 'built', 'written', 'based', 'from', 'by', 'of', 'and', 'you', 'we', 'where'].includes(next)) continue;
        kind = ty;
        break;
      }
    }
    if (!kind) continue;
    // find the name that ends right before the link word
    let a = i - 1;
    if (t.type[a] !== 'word' || !looksLikeName(t.value[a])) continue;
    for (;;) {
      if (a === 0 || t.paragraph[a - 1] !== t.paragraph[i]) break;
      if (v.glued[a] && (t.type[a - 1] === 'word' || t.value[a - 1] === '-' || t.value[a - 1] === '.')) a--;
      else if (!v.glued[a] && !v.initial[a] && i - a < 3 && t.type[a - 1] === 'word' && looksLikeName(t.value[a - 1]) && t.textStart[a] - t.textEnd[a - 1] === 1) a--;
      else break;
    }
    while (a < i && t.type[a] !== 'word') a++;
    let run = nameRunAt(v, a, false, 3);
    if (!run || run[1] !== i) continue;
    // `So DDS is the…`: a sentence-opening word capitalised before the name is no part of it
    if (run[1] - run[0] > 1 && (cues.sentenceStarters.has(t.normal[run[0]]) || t.isStop[run[0]])) run = [run[0] + 1, run[1]];
    // pronouns and demonstratives are no names: `This is a new toolkit`
    if (t.isStop[run[0]] && run[1] - run[0] === 1) continue;
    // a word that opens sentences (models/lexicon/context-cues.json sentenceStarters) is talk,
    // not a name: `Okay, the language.`, `Right, the tool we wanted`
    if (run[1] - run[0] === 1 && cues.sentenceStarters.has(t.normal[run[0]])) continue;
    out.push({ a: run[0], b: run[1], entry: -1, type: kind, rule: RULE_IS_A, confidence: 0.75, ambiguous: false });
  }
}
