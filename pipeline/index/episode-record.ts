import type { Result } from '../output/schema.js';
import { cardTerms, countWords, nameTerms } from './card-terms.js';
import { speechIn, type SpeechText } from '../document/speech-text.js';

/**
 * What a worker sends back to the writer for one transcript: exactly what the index stores,
 * no more. Sentences, turns and the document stay in the worker, so the main thread's memory
 * does not grow with the catalogue and structured cloning stays cheap.
 */
export interface EpisodeRecord {
  path: string;
  hash: string;
  words: number;
  source: { format: string; length: number; timed: boolean };
  episode: Result['episode'];
  speakers: Result['speakers'];
  cards: CardRecord[];
  entities: Array<{ id: string; name: string; type: string; confidence: number; mentions: Array<[number, number]> }>;
  tags: Result['tags'];
  diagnostics: number;
}

export interface CardRecord {
  segment: string;
  kind: string;
  span: { start: number; end: number };
  time: { start: number; end: number | null } | null;
  title: string;
  summary: string;
  presenter: string | null;
  confidence: number;
  keyphrases: string[];
  entities: string[];
  body: string;
  words: number;
  terms: Array<[string, number]>;
}

export type WorkerReply = { status: 'unchanged'; path: string; hash: string } | { status: 'indexed'; record: EpisodeRecord };

/**
 * Cuts an extract Result down to an EpisodeRecord. A card's text and the episode's words are
 * what was said (`speech`, the speech text the result's spans map into), not the source
 * between its spans: a word-level JSON result holds keys and times between the words.
 */
export function toEpisodeRecord(result: Result, speech: SpeechText, path: string, hash: string): EpisodeRecord {
  // Who speaks and which show it is are in every card of the episode: not what a card is about.
  const names = nameTerms([result.episode.show, ...result.speakers.flatMap((s) => [s.name, ...s.aliases])]);
  const cards: CardRecord[] = result.segments.map((seg) => {
    const body = speechIn(speech, seg.span.start, seg.span.end);
    // The title and keyphrases count too: they name the topic even when the talk wanders.
    const terms = cardTerms(`${seg.title}\n${seg.keyphrases.join('\n')}\n${body}`, names);
    return {
      segment: seg.id,
      kind: seg.kind,
      span: { start: seg.span.start, end: seg.span.end },
      time: seg.time ? { start: seg.time.start, end: seg.time.end } : null,
      title: seg.title,
      summary: seg.summary,
      presenter: seg.presenter,
      confidence: seg.confidence,
      keyphrases: seg.keyphrases,
      entities: seg.entities,
      body,
      words: countWords(body),
      terms,
    };
  });
  return {
    path,
    hash,
    words: countWords(speech.text),
    source: { format: result.source.format, length: result.source.length, timed: result.source.timed },
    episode: result.episode,
    speakers: result.speakers,
    cards,
    entities: result.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      confidence: e.confidence,
      mentions: e.mentions.map((m): [number, number] => [m.start, m.end]),
    })),
    tags: result.tags,
    diagnostics: result.diagnostics.length,
  };
}
