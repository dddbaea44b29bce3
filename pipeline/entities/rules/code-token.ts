import { loadCues, type Candidate } from '../candidate.js';
import { keyOf } from '../keys.js';
import type { LexiconIndex } from '../lexicon.js';
import type { TokenView } from '../token-view.js';

export const RULE_CODE = 'code-token';

const DOTTED = /^\.?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:\(\))?s?$/;
const METHOD = /^\.[A-Za-z_][A-Za-z0-9_]*(?:\(\))s?$|^[A-Za-z_][A-Za-z0-9_]*\(\)s?$/;
/** snake_case identifiers (`read_parquet`, `os_path`): code, whatever their parts mean. */
const SNAKE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:\(\))?$/;
const TRAILING = /^[.,;:!?’”"')\]]$/;

/**
 * Code said or written in the transcript: `os.path.join`, `.glob()`, `Path.home()`. The
 * longest dotted prefix the lexicon knows names the entity (`os.path.join` → os.path);
 * otherwise the code itself is the name, an entity that is never a tag.
 */
export function findCodeTokens(v: TokenView, ix: LexiconIndex, out: Candidate[]): void {
  const t = v.t;
  const n = t.count;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && v.glued[j]) j++;
    if (j - i >= 2 && !v.inUrl[i]) {
      let b = j;
      // sentence punctuation glued at the end is not code, but `()` is
      while (b > i + 1 && TRAILING.test(t.value[b - 1]) && !(t.value[b - 1] === ')' && t.value[b - 2] === '(')) b--;
      let a = i;
      while (a < b && /^[“"‘'(]$/.test(t.value[a])) a++;
      if (b - a >= 2) {
        const text = v.source.slice(t.textStart[a], t.textEnd[b - 1]);
        const m = DOTTED.test(text) || METHOD.test(text) || SNAKE.test(text);
        if (m && plausible(text)) {
          const bare = text.replace(/^\./, '').replace(/\(\)s?$/, '');
          const parts = bare.split('.');
          let entry = -1;
          for (let k = parts.length; k >= 1 && entry < 0; k--) {
            const ref = ix.byKey.get(keyOf(parts.slice(0, k).join('.')));
            // a snake_case name is a package only spelled so (`snake_case` is not `snake-case`)
            const spelled = !bare.includes('_') || ref?.alias.toLowerCase() === parts.slice(0, k).join('.').toLowerCase();
            if (ref && spelled && (k > 1 || parts.length === 1 || !ref.ambiguous)) entry = ref.entry;
          }
          out.push(
            entry >= 0
              ? { a, b, entry, rule: RULE_CODE, confidence: 0.85, ambiguous: false }
              : { a, b, entry: -1, name: bare, type: 'other', rule: RULE_CODE, confidence: 0.6, ambiguous: false, notag: true },
          );
        }
      }
    }
    i = j;
  }
}

/**
 * Rules out `e.g`, `done.So` (a full stop that lost its space: a word, then a capitalised word
 * that opens sentences) and numbers. `errors.Is`, `maps.Keys`, `fmt.Errorf` are code.
 */
function plausible(text: string): boolean {
  const parts = text.replace(/^\./, '').replace(/\(\)s?$/, '').split('.');
  if (parts.every((p) => p.length <= 1)) return false;
  if (parts.some((p) => /^\d+$/.test(p))) return false;
  const starters = loadCues().sentenceStarters;
  if (!text.includes('(') && parts.length > 1 && /^[a-z]+$/.test(parts[0]) && parts.slice(1).some((p) => /^[A-Z][a-z]*$/.test(p) && starters.has(p.toLowerCase()))) return false;
  return true;
}
