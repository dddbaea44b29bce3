import { STOPWORDS } from '../document/stopwords.js';

/** How many terms a card keeps; enough to compare topics, small enough for a 10k-card index. */
export const TERMS_PER_CARD = 40;

// Words with inner dots, pluses or hashes stay whole: os.path, c++, c#, f-strings. Letter
// ranges rather than \p{L}: about 3× faster in V8, and they cover Latin, Greek, Cyrillic
// and CJK while leaving out the General Punctuation block (’ “ …).
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u1FFF\\u2C00-\\uD7FF';
const WORD_SOURCE = `[${LETTER}][${LETTER}0-9]*(?:[.+#'’-][${LETTER}0-9]+)*[+#]*`;

/**
 * Folds the commonest English plurals so "tests" and "test" count as one term. Capitalised
 * words are names (Postgres, Kubernetes, Pandas) and keep their final s.
 */
export function foldTerm(word: string): string {
  return fold(word, word.toLowerCase());
}

function fold(raw: string, lower: string): string {
  let w = lower;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (lower !== raw) return w; // it has a capital: a name
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (n > 3 && w.charCodeAt(n - 1) === 115 /* s */) {
    const before = w.charCodeAt(n - 2);
    // ss, us, is, ys: class, status, analysis, keys stay
    if (before !== 115 && before !== 117 && before !== 105 && before !== 121) return w.slice(0, -1);
  }
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
  const re = new RegExp(WORD_SOURCE, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    if (raw.length < 3) continue;
    const lower = raw.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    const term = fold(raw, lower);
    if (term.length < 3 || STOPWORDS.has(term) || exclude.has(term)) continue;
    if (term.includes("'")) continue; // contractions: don't, it's, we've
    const named = (lower !== raw || /[0-9]/.test(raw)) && !sentenceStart(text, m.index);
    counts.set(term, (counts.get(term) ?? 0) + (named ? NAME_WEIGHT : 1));
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}

const NAME_WEIGHT = 3;

/** Whether the word at `at` begins a sentence or a line (so its capital says nothing). */
function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(')) i--;
  return i < 0 || '.!?:\n\r>'.includes(text[i]);
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
  for (const name of names) if (name) for (const m of name.matchAll(new RegExp(WORD_SOURCE, 'g'))) out.add(foldTerm(m[0]));
  return out;
}
