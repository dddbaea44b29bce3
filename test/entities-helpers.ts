import type { Entity, Person, Sentence, TokenLayer } from '../pipeline/document/document.js';
import { findEntities } from '../pipeline/entities/entities-stage.js';
import { analyse } from '../pipeline/nlp/wink.js';

/**
 * Tokens and sentences for a test text the way the sentences stage makes them: the text is
 * its own source, paragraphs are separated by blank lines.
 */
export function tokensOf(text: string): { tokens: TokenLayer; sentences: Sentence[] } {
  const a = analyse(text);
  const paragraph = new Int32Array(a.count);
  let p = 0;
  let at = 0;
  for (let i = 0; i < a.count; i++) {
    let k = text.indexOf('\n\n', at);
    while (k >= 0 && k < a.start[i]) {
      p++;
      at = k + 2;
      k = text.indexOf('\n\n', at);
    }
    paragraph[i] = p;
  }
  const tokens: TokenLayer = { ...a, paragraph, textStart: a.start, textEnd: a.end };
  const sentences: Sentence[] = a.sentences.map(([s, e]) => ({
    span: { start: a.start[s], end: a.end[e - 1] },
    tokenStart: s,
    tokenEnd: e,
    paragraph: paragraph[s],
    time: null,
    rule: 'test',
  }));
  return { tokens, sentences };
}

export function entitiesOf(text: string, people: Person[] = [], show: string | null = null): Entity[] {
  const { tokens, sentences } = tokensOf(text);
  return findEntities(text, tokens, sentences, people, undefined, undefined, undefined, show);
}

/** Names of the technology entities (people left out). */
export const techNames = (text: string, people: Person[] = []): string[] =>
  entitiesOf(text, people)
    .filter((e) => e.type !== 'person')
    .map((e) => e.name);

export const person = (name: string, aliases: string[] = []): Person => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  aliases,
  role: 'host',
  evidence: ['test'],
});
