import type { Boundary, Segment } from '../document/document.js';
import { buildCards } from '../cards/cards.js';
import { loadModel } from '../models.js';
import { need, type Stage } from '../stages/stage.js';
import { chooseBoundaries, gatherEvidence, isConversation, type SegmentParams } from './boundaries.js';
import { decideKinds } from './kinds.js';
import { buildUnits, type Unit } from './units.js';

/**
 * Topic segmentation (issue 5). Sentences become units; every gap between units gets a
 * score from lexical cohesion (TextTiling depth over content lemmas), discourse cues
 * (models/segments/cues.json), headline lines, paragraph and speaker changes and entity
 * shifts; the intro and outro come from their cues and the best gaps above the threshold
 * become boundaries. Segments tile the whole file; each gets a kind and a card.
 */
export const segmentsStage: Stage = {
  name: 'segments',
  requires: ['ingest', 'tokens', 'sentences', 'paragraphSpeakers', 'turns', 'people', 'entities', 'episode'],
  provides: ['boundaries', 'segments'],
  run(doc) {
    const params = loadModel<SegmentParams>('segments/params.json');
    const ingest = need(doc, 'ingest');
    const tokens = need(doc, 'tokens');
    const sentences = need(doc, 'sentences');
    const speakers = need(doc, 'paragraphSpeakers');
    const entities = need(doc, 'entities');
    const units = buildUnits(doc, tokens, sentences, params.maxUnitTokens);
    const whole = (why: string): { boundaries: Boundary[]; segments: Segment[] } => ({
      boundaries: [],
      segments: [emptySegment(doc.source.length, sentences.length, why)],
    });
    if (units.length === 0) return whole('no-speech');
    const totalWords = units[units.length - 1].wordsBefore + units[units.length - 1].words;
    const conversation = isConversation(units, speakers, doc.layers.people ?? []);
    const ev = gatherEvidence(doc, tokens, units, ingest, speakers, entities, params, conversation);
    const boundaries = chooseBoundaries(units, ev, params, totalWords, conversation);
    const startUnits = [0, ...boundaries.map((b) => unitStartingAt(units, b.offset))];
    const ranges: Array<[number, number]> = startUnits.map((a, i) => [a, i + 1 < startUnits.length ? startUnits[i + 1] : units.length]);
    const kinds = decideKinds(doc.source, tokens, units, ranges, ev, totalWords);
    // a segment owns its first paragraph's prefix (timestamp, label) when it starts one
    const startOffset = (k: number): number => {
      if (k === 0) return 0;
      const u = units[k];
      return u.firstOfParagraph ? Math.min(u.start, ingest.paragraphs[u.paragraph].span.start) : u.start;
    };
    const spans = ranges.map(([a], i) => ({ start: startOffset(a), end: i + 1 < ranges.length ? startOffset(ranges[i + 1][0]) : doc.source.length }));
    const segments = buildCards(doc, { units, ranges, spans, kinds, evidence: ev, boundaries });
    return { boundaries, segments };
  },
};

/** The unit that starts at a source offset (units are in source order). */
function unitStartingAt(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function emptySegment(length: number, sentences: number, why: string): Segment {
  return {
    id: 'seg-1',
    kind: 'topic',
    span: { start: 0, end: length },
    time: null,
    sentenceStart: 0,
    sentenceEnd: sentences,
    title: '',
    summary: '',
    presenter: null,
    speakerShare: {},
    entities: [],
    keyphrases: [],
    confidence: 0,
    why: [why],
  };
}
