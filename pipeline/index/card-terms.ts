import { STOPWORDS } from './stopwords.js';

/** How many terms a card keeps; enough to compare topics, small enough for a 10k-card index. */
export const TERMS_PER_CARD = 40;

// Words with inner dots, pluses or hashes stay whole: os.path, c++, c#, f-strings.
const WORD = /[\p{L}][\p{L}\p{N}]*(?:[.+#'’-][\p{L}\p{N}]+)*[+#]*/gu;

/** Folds the commonest English plurals so "tests" and "test" count as one term. */
export function foldTerm(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'");
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The most frequent content terms of a card's text, as [term, count] pairs, most frequent
 * first (ties by term, so the result is deterministic). Linear in the text length.
 * `exclude` holds folded terms to drop (speaker names, the show's name).
 */
export function cardTerms(text: string, exclude: ReadonlySet<string> = new Set(), limit = TERMS_PER_CARD): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length < 3) continue;
    const term = foldTerm(raw);
    if (term.length < 3 || STOPWORDS.has(term) || STOPWORDS.has(raw.toLowerCase()) || exclude.has(term)) continue;
    if (term.includes("'")) continue; // contractions: don't, it's, we've
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}

/** Whitespace-separated words, the unit of every words/s figure (same count as the bench). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The folded terms of some names, to keep them out of a card's terms. */
export function nameTerms(names: Iterable<string | null>): Set<string> {
  const out = new Set<string>();
  for (const name of names) if (name) for (const m of name.matchAll(WORD)) out.add(foldTerm(m[0]));
  return out;
}
