import type { TokenLayer } from '../document/document.js';
import { tokenText, type Unit } from '../segments/units.js';
import type { Phrase } from './keyphrases.js';

const MAX_WORDS = 60;

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/** A sentence a reader can take on its own: whole, a statement, not chatter. */
function usable(text: string, u: Unit): boolean {
  if (u.cutOff || !u.sentenceStart) return false;
  const n = wordCount(text);
  if (n < 6 || n > 45) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text) || /[?]["”’']?$/.test(text)) return false;
  if (!/[.!"”’')]$/.test(text)) return false;
  const quotes = (text.match(/["“”]/g) ?? []).length;
  return quotes % 2 === 0;
}

/**
 * One to three whole sentences of the segment, at most ~60 words, chosen by how many of the
 * segment's keyphrases they carry (early sentences preferred), in their order in the text.
 */
export function summarise(source: string, t: TokenLayer, units: readonly Unit[], first: number, last: number, phrases: readonly Phrase[]): string {
  const weight = new Map<string, number>();
  phrases.slice(0, 8).forEach((p, r) => {
    for (const w of p.key.split(' ')) weight.set(w, Math.max(weight.get(w) ?? 0, 1 / (1 + r * 0.3)));
  });
  const scored: Array<{ i: number; text: string; score: number; words: number }> = [];
  // the summary comes from the first part of the segment, where the item is introduced
  for (let i = first; i < Math.min(last, first + 40); i++) {
    const s = units[i];
    // a unit cut from a long sentence is not whole: extend to the sentence's other pieces
    let end = i + 1;
    while (end < last && !units[end].sentenceStart) end++;
    if (end - i > 1) continue;
    const text = tokenText(source, t, s.tokenStart, s.tokenEnd);
    if (!usable(text, s)) continue;
    let score = 0;
    const seen = new Set<string>();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const l = t.lemma[k];
      const w = weight.get(l) ?? weight.get(t.normal[k]);
      if (w && !seen.has(l)) {
        score += w;
        seen.add(l);
      }
    }
    const words = wordCount(text);
    const position = 1 + 0.6 * (1 - (i - first) / Math.max(1, Math.min(40, last - first)));
    scored.push({ i, text, score: (score / Math.sqrt(words)) * position, words });
  }
  if (!scored.length) return '';
  const picked: typeof scored = [];
  let total = 0;
  for (const c of [...scored].sort((x, y) => y.score - x.score || x.i - y.i)) {
    if (picked.length >= 3) break;
    if (total + c.words > MAX_WORDS) continue;
    if (picked.length && c.score < picked[0].score * 0.35) break;
    picked.push(c);
    total += c.words;
  }
  return picked.sort((x, y) => x.i - y.i).map((c) => c.text).join(' ');
}
