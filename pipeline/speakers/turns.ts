import type { Ingested, ParagraphSpeaker, Turn } from '../document/document.js';

/**
 * Turns: maximal runs of paragraphs with one speaker. They tile the transcript body: a turn
 * runs from its first paragraph's start to the next turn's start (the last to the body end).
 */
export function buildTurns(ingest: Ingested, speakers: readonly ParagraphSpeaker[]): Turn[] {
  const paras = ingest.paragraphs;
  const turns: Turn[] = [];
  for (let i = 0; i < paras.length; i++) {
    const s = speakers[i];
    const last = turns[turns.length - 1];
    if (last && last.speaker === s.speaker && (s.speaker !== null || last.attribution === s.attribution)) {
      last.paragraphEnd = i + 1;
      last.confidence = Math.min(last.confidence, s.confidence);
      if (last.attribution !== s.attribution && s.attribution !== 'label') last.attribution = s.attribution;
      continue;
    }
    turns.push({
      span: { start: paras[i].span.start, end: paras[i].span.end },
      speaker: s.speaker,
      attribution: s.attribution,
      confidence: s.confidence,
      paragraphStart: i,
      paragraphEnd: i + 1,
      time: null,
    });
  }
  for (let k = 0; k < turns.length; k++) {
    const t = turns[k];
    const lastPara = paras[t.paragraphEnd - 1];
    t.span.end = k + 1 < turns.length ? turns[k + 1].span.start : lastPara.span.end;
    const t0 = paras[t.paragraphStart].time;
    const t1 = lastPara.time;
    t.time = t0 ? { start: t0.start, end: t1?.end ?? null } : null;
  }
  return turns;
}
