/**
 * A rundown of the episode's items in its opening (`Tonight's pile, roughly in order: an echo
 * from Google…, three physicists…, a word from the company…, and six thousand atoms.`). The
 * intro runs through it: the first item starts after the rundown, not at the welcome before it.
 * What makes one is data (models/segments/cues.json `rundown`): a sentence of several parts,
 * most opened as announced items are (a determiner, a number, `there's`), after an agenda
 * lead-in (`tonight's`, `in order`, `on the list`, `we talk about`). A body's list of parts
 * (`regular, medium, semibold, bold, and the italics`) opens few parts so, and says no lead-in.
 */
export interface RundownModel {
  /** Words that announce what is coming, in the text before the sentence or at its start (lower case, straight quotes). */
  leadIn: RegExp;
  leadChars: number;
  leadInSentenceChars: number;
  itemSeparators: RegExp;
  /** Words dropped before a part's first word (`then a…`, `and finally the…`). */
  itemConnectives: Set<string>;
  itemOpeners: Set<string>;
  minItems: number;
  minOpened: number;
  /** Commas, semicolons and colons a rundown has at least (the items are listed, not only joined by `and`). */
  minPunctuation: number;
  /** A sentence after the rundown this short still closes it (`Afterwards, one find each.`). */
  tailWords: number;
}

export interface RundownData {
  leadIn: string;
  leadChars: number;
  leadInSentenceChars: number;
  itemSeparators: string;
  itemConnectives: string[];
  itemOpeners: string[];
  minItems: number;
  minOpened: number;
  minPunctuation: number;
  tailWords: number;
}

export const compileRundown = (d: RundownData): RundownModel => ({
  leadIn: new RegExp(d.leadIn),
  leadChars: d.leadChars,
  leadInSentenceChars: d.leadInSentenceChars,
  itemSeparators: new RegExp(d.itemSeparators),
  itemConnectives: new Set(d.itemConnectives),
  itemOpeners: new Set(d.itemOpeners),
  minItems: d.minItems,
  minOpened: d.minOpened,
  minPunctuation: d.minPunctuation,
  tailWords: d.tailWords,
});

const fold = (s: string): string => s.toLowerCase().replace(/[‘’`´]/g, "'");

/** Does `sentence`, after the text `before` it, list the episode's items? */
export function isRundown(sentence: string, before: string, m: RundownModel): boolean {
  const text = fold(sentence);
  // the items are listed with commas, semicolons or a colon (most sentences have too few: the
  // cheap test first)
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) separators++;
  }
  if (separators < m.minPunctuation) return false;
  const parts = text.split(m.itemSeparators);
  let items = 0;
  let opened = 0;
  for (const part of parts) {
    const words = part.trim().split(/\s+/);
    if (!words[0]) continue;
    items++;
    let w = 0;
    while (w < words.length - 1 && m.itemConnectives.has(words[w])) w++;
    if (m.itemOpeners.has(words[w])) opened++;
  }
  if (items < m.minItems || opened < m.minOpened) return false;
  const lead = fold(before.slice(-m.leadChars)) + ' ' + text.slice(0, m.leadInSentenceChars);
  return m.leadIn.test(lead);
}
