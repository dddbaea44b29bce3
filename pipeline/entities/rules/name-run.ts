import { isAllCaps, isCamelCase, isCapitalized } from '../keys.js';
import type { TokenView } from '../token-view.js';

const JOINERS = new Set(['-', '.', '_']);

/** Does this token look like part of a name (capitalised, CamelCase, SHOUTING)? */
export const looksLikeName = (value: string): boolean => isCapitalized(value) || isCamelCase(value) || isAllCaps(value);

/**
 * The extent of a name starting at token i, or null: glued parts (`Flask-Marshmallow`,
 * `Node.js`) and up to three capitalised words (`Open Computer Vision`). With `lower`, a
 * lower-case first word counts too (after `pip install`).
 */
export function nameRunAt(v: TokenView, i: number, lower = false, maxWords = 3): [number, number] | null {
  const t = v.t;
  if (i >= t.count || t.type[i] !== 'word' || v.inUrl[i]) return null;
  if (!lower && !looksLikeName(t.value[i])) return null;
  let b = i + 1;
  let words = 1;
  while (b < t.count && t.paragraph[b] === t.paragraph[i]) {
    // glued joiner + word: `-Marshmallow`, `.js`
    if (v.glued[b] && JOINERS.has(t.value[b]) && b + 1 < t.count && v.glued[b + 1] && t.type[b + 1] !== 'punctuation') {
      b += 2;
      continue;
    }
    if (v.glued[b] && (t.type[b] === 'word' || t.type[b] === 'number') && !/^['’]/.test(t.value[b])) {
      b++;
      continue;
    }
    if (!lower && !v.glued[b] && words < maxWords && t.type[b] === 'word' && looksLikeName(t.value[b]) && !v.initial[b] && t.textStart[b] - t.textEnd[b - 1] === 1) {
      b++;
      words++;
      continue;
    }
    break;
  }
  return [i, b];
}
