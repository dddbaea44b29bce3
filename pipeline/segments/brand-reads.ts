import type { Person, TokenLayer } from '../document/document.js';
import type { Unit } from './units.js';

/** What makes a stretch a sponsor read said in words no cue knows: models/segments/cues.json `brandRead`. */
export interface BrandReadModel {
  /** Words for the show itself (`show`, `episode`), after one of `determiners` (`this show`). */
  show: Set<string>;
  determiners: Set<string>;
  /** Lemmas of paying for it (`pay`, `bill`, `cover`, `cost`): said in the same sentence as the show. */
  funds: Set<string>;
  /** The stretch read: words before and after the sentence about paying. */
  wordsBefore: number;
  wordsAfter: number;
  /** The brand is said at least this often in the stretch, and never before it after the opening. */
  minMentions: number;
  /** The listener is addressed (`you`, `your`) at least this often per hundred words of the stretch. */
  minYouPer100: number;
  you: Set<string>;
}

/** A read found: `start` the unit it opens at; `from`..`to` the units read for it. */
export interface BrandRead {
  start: number;
  from: number;
  to: number;
  brand: string;
}

/**
 * Sponsor reads that say none of the stock phrases (`brought to you by`, `sponsor`) and give no
 * address a pitch could be read from (a web page drops it): a sentence says the show is paid
 * for (`The bill for this episode went to Acme`, `They're covering the cost of this episode`),
 * and around it a name no one says in lower case, and no one said before (the opening aside),
 * is said again and again to a listener addressed as `you`. The read opens at the sentence of
 * the brand's first mention or the paying sentence, whichever comes first. `openingWords`:
 * mentions in the opening (`…brought to you by Acme` in an intro) do not count as said before.
 */
export function brandReads(t: TokenLayer, units: readonly Unit[], people: readonly Person[], m: BrandReadModel, openingWords: number): BrandRead[] {
  const n = units.length;
  if (!n) return [];
  // per form: a capitalised word that is never written in lower case and is no person's name
  // (a web address's name, `acme.dev/show` or `acme dot dev`, is no lower-case use of the
  // brand: it is one more mention)
  const address = (i: number) => i + 1 < t.count && ((t.value[i + 1] === '.' && t.textStart[i + 1] === t.textEnd[i]) || t.normal[i + 1] === 'dot');
  // (facts of a form are read once per form, not per token: see TokenLayer.form)
  const lowerForm = new Uint8Array(t.forms);
  const fact = new Uint8Array(t.forms);
  for (let f = 0; f < t.forms; f++) {
    const i = t.formToken[f];
    if (t.type[i] !== 'word') continue;
    if (/^\p{Ll}/u.test(t.value[i])) lowerForm[f] = 1;
    const w = t.normal[i];
    fact[f] = (m.show.has(w) ? SHOW : 0) | (m.determiners.has(w) ? DETERMINER : 0) | (m.funds.has(w) || m.funds.has(t.lemma[i]) ? FUNDS : 0) | (m.you.has(w) ? YOU : 0);
  }
  const lowerUsed = new Uint8Array(t.forms);
  for (let i = 0; i < t.count; i++) if (lowerForm[t.form[i]] && !lowerUsed[t.form[i]] && !address(i)) lowerUsed[t.form[i]] = 1;
  const lower = new Set<string>();
  for (let f = 0; f < t.forms; f++) if (lowerUsed[f]) lower.add(t.normal[t.formToken[f]]);
  const personal = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((x) => x.toLowerCase().split(/\s+/))));
  const brandForm = new Uint8Array(t.forms);
  for (let f = 0; f < t.forms; f++) {
    const i = t.formToken[f];
    const v = t.value[i];
    if (t.type[i] === 'word' && v.length >= 3 && !t.isStop[i] && /^\p{Lu}/u.test(v) && /\p{Ll}/u.test(v) && !lower.has(t.normal[i]) && !personal.has(t.normal[i])) brandForm[f] = 1;
  }
  const reads: BrandRead[] = [];
  let doneUntil = -1;
  for (let f = 1; f < n; f++) {
    if (f <= doneUntil || !paysForShow(t, units[f], fact)) continue;
    const at = units[f].wordsBefore;
    let from = f;
    while (from > 1 && units[from - 1].wordsBefore >= at - m.wordsBefore) from--;
    let to = f;
    while (to + 1 < n && units[to + 1].wordsBefore <= at + m.wordsAfter) to++;
    const a = units[from].tokenStart;
    const b = units[to].tokenEnd;
    // the brands of the stretch, with their mentions there and before it
    const inside = new Map<string, { count: number; first: number }>();
    for (let i = a; i < b; i++) {
      if (!brandForm[t.form[i]] && !(t.type[i] === 'word' && address(i) && !lower.has(t.normal[i]) && !personal.has(t.normal[i]))) continue;
      const e = inside.get(t.normal[i]);
      if (e) e.count++;
      else inside.set(t.normal[i], { count: 1, first: i });
    }
    let brand: string | null = null;
    let best: { count: number; first: number } | null = null;
    for (const [name, e] of inside) if (e.count >= m.minMentions && (!best || e.count > best.count)) [brand, best] = [name, e];
    if (!brand || !best) continue;
    let before = false;
    for (let k = 0; k < from && !before; k++) {
      if (units[k].wordsBefore < openingWords) continue;
      for (let i = units[k].tokenStart; i < units[k].tokenEnd && !before; i++) before = brandForm[t.form[i]] === 1 && t.normal[i] === brand;
    }
    if (before) continue;
    let you = 0;
    let words = 0;
    for (let k = from; k <= to; k++) words += units[k].words;
    for (let i = a; i < b; i++) if (fact[t.form[i]] & YOU) you++;
    if (you * 100 < m.minYouPer100 * words) continue;
    let start = f;
    while (start > from && units[start - 1].tokenEnd > best.first) start--;
    while (start > from && !units[start].sentenceStart) start--;
    reads.push({ start, from, to, brand: t.value[best.first] });
    doneUntil = to;
  }
  return reads;
}

const SHOW = 1;
const DETERMINER = 2;
const FUNDS = 4;
const YOU = 8;

/** The unit says the show is paid for: a show word after a determiner (`this episode`) and a paying word. */
function paysForShow(t: TokenLayer, u: Unit, fact: Uint8Array): boolean {
  let show = false;
  let funds = false;
  let prev = 0;
  for (let i = u.tokenStart; i < u.tokenEnd; i++) {
    if (t.type[i] !== 'word') continue;
    const x = fact[t.form[i]];
    if (x & SHOW && prev & DETERMINER) show = true;
    if (x & FUNDS) funds = true;
    prev = x;
  }
  return show && funds;
}
