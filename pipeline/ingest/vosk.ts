import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Piece } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { cappedDiagnostics, captionsIngested, type CuePart, lineNumberer } from './cues.js';
import { jsonSeconds, parseJsonValuesFile, prop, stringContentSpan, type JsonNode } from './json-scan.js';
import { stringPieces } from './podcast-json.js';

/**
 * The results of the Vosk offline recogniser (Kaldi's `KaldiRecognizer` with `SetWords(True)`)
 * as a script writes them: one JSON object per utterance, `{"result": [{"conf", "end",
 * "start", "word"}…], "text": "…"}`, printed one after another (Vosk's own examples print
 * each `Result()` and the `FinalResult()`), one a line (JSON Lines), or gathered in one array.
 * Partial results (`{"partial": …}`) and empty utterances are no speech; a speaker vector
 * (`spk`) names nobody. No speakers, no punctuation, no capitals: read as captions are (each
 * utterance ends at the recogniser's pause, and a turn may change there).
 */
export function sniffVosk(source: string): number {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, '');
  if (!/^\s*[[{]/.test(head)) return 0;
  // an utterance's words, or a result's keys at the start of an object
  if (/\{\s*"result"\s*:\s*\[\s*\{\s*"(?:conf|end|start|word)"\s*:/.test(head)) return 0.97;
  return /^\s*\[?\s*\{\s*"(?:partial|text)"\s*:\s*"[^"]*"\s*\}\s*[,\n{]/.test(head) && /"result"\s*:\s*\[/.test(source.slice(0, 200_000)) ? 0.9 : 0;
}

export function parseVosk(source: string): Ingested {
  const lineOf = lineNumberer(source);
  const values = parseJsonValuesFile(source);
  // a script that gathered the results in a list
  const results = values.length === 1 && values[0].kind === 'array' ? values[0].items : values;
  const found = cappedDiagnostics();
  const parts: CuePart[] = [];
  let lastStart = -Infinity;
  for (const r of results) {
    if (r.kind !== 'object') {
      found.report('warning', 'VOSK_SKIPPED', `line ${lineOf(r.start)} holds ${r.kind === 'array' ? 'an array' : `a ${r.kind}`}, not a recogniser result; skipped`, r);
      continue;
    }
    if (prop(r, 'partial') !== undefined && prop(r, 'text') === undefined) continue;
    const words = prop(r, 'result');
    const list = words?.kind === 'array' ? words.items.filter((w): w is JsonNode & { kind: 'object' } => w.kind === 'object') : [];
    const start = list.length ? jsonSeconds(prop(list[0], 'start')) : null;
    const end = list.length ? jsonSeconds(prop(list[list.length - 1], 'end')) : null;
    const time = start === null ? null : { start, end: end !== null && end >= start ? end : null };
    if (time) {
      if (time.start < lastStart) found.report('warning', 'VOSK_TIME_OUT_OF_ORDER', `the result at line ${lineOf(r.start)} starts before the one above it; results are read in file order`, r);
      lastStart = time.start;
    }
    parts.push({ span: { start: r.start, end: r.end }, pieces: piecesOf(r, list, time), label: null, dash: false, time });
  }
  if (!parts.some((p) => p.pieces.length)) throw new PodtopicsError('JSON_EMPTY', 'is a Vosk result with no words in it; there is no speech');
  return captionsIngested(source, 'vosk-json', parts, found.close());
}

/** The utterance's `text` as one piece, else its words one by one. */
function piecesOf(r: JsonNode, words: ReadonlyArray<JsonNode & { kind: 'object' }>, time: TimeRange | null): Piece[] {
  const text = prop(r, 'text');
  if (text?.kind === 'string') return stringPieces(text, time);
  const out: Piece[] = [];
  for (const w of words) {
    const word = prop(w, 'word');
    if (word?.kind !== 'string' || !word.value.trim()) continue;
    const at = jsonSeconds(prop(w, 'start'));
    out.push({ span: stringContentSpan(word), text: word.value.trim(), verbatim: word.raw === word.value, ...(at === null ? {} : { time: { start: at, end: jsonSeconds(prop(w, 'end')) } }) });
  }
  return out;
}
