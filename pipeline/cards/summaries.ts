import type { TokenLayer } from '../document/document.js';
import { tokenText, type Unit } from '../segments/units.js';
import type { Phrase } from './keyphrases.js';

const MAX_WORDS = 60;

/** Runs of non-space characters (what /\S+/g finds), counted without building them. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A sentence a reader can take on its own: whole, a statement, not chatter. */
function usable(text: string, u: Unit, n = wordCount(text)): boolean {
  if (u.cutOff || !u.sentenceStart) return false;
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
    // a unit cut from a long sentence is not whole (its sentence goes on in the next unit)
    if (i + 1 < last && !units[i + 1].sentenceStart) continue;
    // cheap tests before the text is built: `usable` wants a whole sentence of 6+ words
    if (s.cutOff || !s.sentenceStart || s.tokenEnd - s.tokenStart < 6) continue;
    const text = tokenText(source, t, s.tokenStart, s.tokenEnd);
    const words = wordCount(text);
    if (!usable(text, s, words)) continue;
    let score = 0;
    const seen = new Set<string>();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const l = t.lemma[k];
      const nf = t.normal[k];
      const w = weight.get(l) ?? (nf !== l ? weight.get(nf) : undefined);
      if (w && !seen.has(l)) {
        score += w;
        seen.add(l);
      }
    }
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
