import type { Candidate, CueSets } from '../candidate.js';
import { Trigger, triggerOf, type TokenView } from '../token-view.js';
import { nameRunAt } from './name-run.js';

export const RULE_CALLED = 'context:a-thing-called';

/** How far back a head may be when `, called` closes a clause about it. */
const CLAUSE_REACH = 10;

const QUOTES = new Set(['“', '"', '‘', "'", '«']);
/** `a named person`, `the called party`: after a determiner the word is an adjective, no naming. */
const DETERMINERS = new Set(['a', 'an', 'the', 'every', 'each', 'one', 'no', 'any', 'some', 'its', 'their', 'our', 'my', 'your', 'his', 'her']);

/**
 * `a thing called X`, `this library called X`, `a new project named X`: X is a name,
 * whatever it is. Titles in quotes (`an article called “...”`) and heads that are not
 * software (a movie, a book, a guy) do not count.
 */
export function findCalledNames(v: TokenView, cues: CueSets, out: Candidate[]): void {
  const t = v.t;
  for (let i = 1; i < t.count - 1; i++) {
    if (triggerOf(v, i) !== Trigger.Called || DETERMINERS.has(t.normal[i - 1])) continue;
    let head = -1;
    // `a small tool I've fallen in love with, called X`: after a comma the head may sit
    // further back in the same sentence
    const reach = t.value[i - 1] === ',' ? CLAUSE_REACH : 3;
    for (let k = i - 1; k >= Math.max(0, i - reach) && v.sentence[k] === v.sentence[i]; k--) {
      if (cues.calledHeads.has(t.normal[k])) {
        head = k;
        break;
      }
    }
    if (head < 0) continue;
    let j = i + 1;
    if (t.value[j] === ',') j++;
    if (j >= t.count || QUOTES.has(t.value[j])) continue;
    const headWord = t.normal[head];
    // `a standalone server called denokv`: after a software head a lower-case name counts too
    const run = nameRunAt(v, j, false, 2) ??
      (headWord !== 'thing' && headWord !== 'something' && !t.isStop[j] && !cues.cues.has(t.normal[j]) ? nameRunAt(v, j, true, 1) : null);
    if (!run) continue;
    const type = headWord === 'library' || headWord === 'package' || headWord === 'module' ? 'library'
      : headWord === 'framework' ? 'framework'
        : headWord === 'language' ? 'language'
          : headWord === 'database' ? 'database'
            : headWord === 'tool' || headWord === 'toolkit' || headWord === 'app' || headWord === 'editor' ? 'tool'
              : headWord === 'service' || headWord === 'platform' || headWord === 'api' ? 'service'
                : headWord === 'company' || headWord === 'startup' ? 'company'
                  : 'other';
    out.push({ a: run[0], b: run[1], entry: -1, type, rule: RULE_CALLED, confidence: 0.75, ambiguous: false });
  }
}
