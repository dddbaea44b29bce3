import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PodtopicsError } from '../document/diagnostics.js';
import type { CompleteDoc, Person } from '../document/document.js';
import { packedMap } from '../document/packed.js';
import { nameForms } from '../speakers/people.js';
import { ResultSchema, SCHEMA_VERSION, type Result } from './schema.js';

const VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
})();

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The JSON result (schema version 1) of a document the whole pipeline has run over. */
export function toResult(doc: CompleteDoc, displayPath = doc.path): Result {
  const { ingest, tokens, sentences, people, turns, segments, entities, tags, episode } = doc.layers;
  // words per speaker, from the tokens of each turn
  const words = new Map<string, number>();
  const turnOfParagraph = new Int32Array(ingest.paragraphs.length);
  turns.forEach((t, k) => {
    for (let p = t.paragraphStart; p < t.paragraphEnd; p++) turnOfParagraph[p] = k;
  });
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.type[i] !== 'word' && tokens.type[i] !== 'number') continue;
    const sp = turns[turnOfParagraph[tokens.paragraph[i]]]?.speaker;
    if (sp) words.set(sp, (words.get(sp) ?? 0) + 1);
  }
  const result: Result = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'podtopics', version: VERSION },
    source: { path: displayPath, format: ingest.format, length: doc.source.length, timed: ingest.timed, ...(doc.options.container ? { container: doc.options.container } : {}) },
    episode,
    // packedMap, not map: the schema's checks read these arrays (see packed.ts)
    speakers: packedMap(people.filter((p) => p.role !== 'unknown' || words.has(p.id) || p.evidence.length), (p) => ({ id: p.id, name: p.name, aliases: withNameWords(p), role: p.role, words: words.get(p.id) ?? 0 })),
    turns: packedMap(turns, (t) => ({ span: t.span, speaker: t.speaker, attribution: t.attribution, confidence: round(t.confidence), time: t.time })),
    sentences: packedMap(sentences, (s) => ({ span: s.span, turn: turnOfParagraph[s.paragraph], time: s.time })),
    segments: packedMap(segments, (s) => ({
      id: s.id,
      kind: s.kind,
      span: s.span,
      time: s.time,
      title: s.title,
      summary: s.summary,
      presenter: s.presenter,
      speakerShare: Object.fromEntries(Object.entries(s.speakerShare).map(([k, v]) => [k, round(v)])),
      entities: s.entities,
      keyphrases: s.keyphrases,
      confidence: round(s.confidence),
    })),
    entities: packedMap(entities, (e) => ({ id: e.id, name: e.name, type: e.type, mentions: packedMap(e.mentions, (m) => m.span), confidence: round(e.confidence) })),
    tags: packedMap(tags, (t) => ({ name: t.name, entity: t.entity, score: round(t.score) })),
    diagnostics: doc.diagnostics,
  };
  return validateResult(result);
}

/** Checks the result against the schema before anything is printed; a failure is our bug. */
export function validateResult(result: unknown): Result {
  const parsed = ResultSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PodtopicsError('INTERNAL_INVALID_RESULT', `internal error: result does not match schema v${SCHEMA_VERSION} at ${issue.path.join('.')}: ${issue.message}; please report it`, 70);
  }
  return parsed.data;
}

/**
 * A person's aliases, and the words of their name they go by on their own (`Ragna` and
 * `Eiriksdottir` for `Ragna Eiriksdottir`): how a listener or a search names them, whatever
 * spelling of the whole name the transcript used.
 */
function withNameWords(p: Person): string[] {
  const out = [...p.aliases];
  const seen = new Set(out.map((a) => a.toLowerCase()));
  seen.add(p.name.toLowerCase());
  for (const form of nameForms(p)) {
    if (seen.has(form.toLowerCase())) continue;
    seen.add(form.toLowerCase());
    out.push(form);
  }
  return out;
}

