import type { ParagraphSpeaker } from '../document/document.js';
import type { Unit } from '../segments/units.js';

/** Share of the segment's words per speaker, largest first; unknown speakers are left out. */
export function speakerShare(units: readonly Unit[], range: [number, number], speakers: readonly ParagraphSpeaker[]): Record<string, number> {
  const words = new Map<string, number>();
  let total = 0;
  for (let k = range[0]; k < range[1]; k++) {
    const s = speakers[units[k].paragraph]?.speaker;
    total += units[k].words;
    if (s) words.set(s, (words.get(s) ?? 0) + units[k].words);
  }
  const out: Record<string, number> = {};
  for (const [id, n] of [...words.entries()].sort((a, b) => b[1] - a[1])) out[id] = total ? n / total : 0;
  return out;
}
