import { STOPWORDS } from './stopwords.js';

/** How many terms a card keeps; enough to compare topics, small enough for a 10k-card index. */
export const TERMS_PER_CARD = 40;

// Words with inner dots, pluses or hashes stay whole: os.path, c++, c#, f-strings.
const WORD = /[\p{L}][\p{L}\p{N}]*(?:[.+#'’-][\p{L}\p{N}]+)*[+#]*/gu;

/**
 * Folds the commonest English plurals so "tests" and "test" count as one term. Capitalised
 * words are names (Postgres, Kubernetes, Pandas) and keep their final s.
 */
export function foldTerm(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'");
  if (/\p{Lu}/u.test(word)) return w;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * A card's content terms as [term, weight] pairs, heaviest first (ties by term, so the
 * result is deterministic). The weight is the count, except that a capitalised word inside a
 * sentence (Postgres, SQLite, DuckDB) counts NAME_WEIGHT times: in speech, names of things
 * are what a topic is about, and ordinary words (read, write, start) are shared by every
 * card. Linear in the text length. `exclude` holds folded terms to drop (speaker names,
 * the show's name).
 */
export function cardTerms(text: string, exclude: ReadonlySet<string> = new Set(), limit = TERMS_PER_CARD): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length < 3) continue;
    const term = foldTerm(raw);
    if (term.length < 3 || STOPWORDS.has(term) || STOPWORDS.has(raw.toLowerCase()) || exclude.has(term)) continue;
    if (term.includes("'")) continue; // contractions: don't, it's, we've
    counts.set(term, (counts.get(term) ?? 0) + (isNameLike(text, raw, m.index) ? NAME_WEIGHT : 1));
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}

const NAME_WEIGHT = 3;

/** Capitalised (or with a digit) and not the first word of a sentence or line. */
function isNameLike(text: string, raw: string, at: number): boolean {
  if (raw === raw.toLowerCase() && !/\d/.test(raw)) return false;
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(')) i--;
  return i >= 0 && !/[.!?:\n\r>]/.test(text[i]);
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
