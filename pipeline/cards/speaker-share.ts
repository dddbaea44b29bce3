import type { ParagraphSpeaker } from '../document/document.js';
import { wordsBySpeaker, type Unit } from '../segments/units.js';

/** Share of the segment's words per speaker, largest first; unknown speakers are left out. */
export function speakerShare(units: readonly Unit[], range: [number, number], speakers: readonly ParagraphSpeaker[]): Record<string, number> {
  const { words, total } = wordsBySpeaker(units, speakers, range[0], range[1]);
  const out: Record<string, number> = {};
  for (const [id, n] of [...words.entries()].sort((a, b) => b[1] - a[1])) out[id] = total ? n / total : 0;
  return out;
}
