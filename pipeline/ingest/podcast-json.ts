import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Piece, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { cappedDiagnostics, type CuePart, declaredPeople, DEFAULT_PAUSE_SECONDS, groupCueParts, lineNumberer, outsideParagraphs, settleTiming } from './cues.js';
import { jsonSeconds, parseJsonFile, prop, stringContentSpan, type JsonNode } from './json-scan.js';

/**
 * Podcasting 2.0 JSON transcripts: `{"version": "1.0.0", "segments": [{"speaker", "startTime",
 * "endTime", "body"}]}`, one segment per sentence, per phrase or per word. Segments of one
 * speaker join into a paragraph until the speaker changes or a pause follows a sentence end.
 * Whisper's JSON (`segments` of `text`, `start`, `end`, no speaker) is read here too, as captions.
 */
export function sniffPodcastJson(source: string): number {
  const text = source.replace(/^\uFEFF/, '');
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') return 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Broken JSON that means to be a transcript gets a clear syntax error from the reader.
    if (/"(?:segments|body|startTime|speaker)"\s*:/.test(text.slice(0, 5000))) return 0.7;
    return first === '{' ? 0.3 : 0;
  }
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { segments?: unknown }).segments)) return 0.95;
  // Some other JSON: reading it as prose would be nonsense; the reader says what is missing.
  return 0.55;
}

export function parsePodcastJson(source: string): Ingested {
  const lineOf = lineNumberer(source);
  const root = parseJsonFile(source);
  const notTranscript = 'is JSON but not a Podcasting 2.0 transcript';
  if (root.kind !== 'object') {
    throw new PodtopicsError('JSON_SHAPE', `${notTranscript}: the top level is ${article(root.kind)}, not an object with a "segments" array`);
  }
  const segments = prop(root, 'segments');
  if (!segments) throw new PodtopicsError('JSON_SHAPE', `${notTranscript}: no "segments" array at the top level (nor the keys of a speech-to-text service's result: AssemblyAI, Deepgram, Amazon Transcribe, Rev.ai, Speechmatics, Azure AI Speech, Google Cloud, IBM Watson, Fireflies.ai)`);
  if (segments.kind !== 'array') {
    throw new PodtopicsError('JSON_SHAPE', `${notTranscript}: "segments" (line ${lineOf(segments.start)}) is ${article(segments.kind)}, not an array`);
  }
  if (segments.items.length === 0) throw new PodtopicsError('JSON_EMPTY', `has an empty "segments" array (line ${lineOf(segments.start)}); there is no speech`);

  const found = cappedDiagnostics();
  const report = (code: string, message: string, node: JsonNode) => found.report('warning', code, message, node);

  const parts: CuePart[] = [];
  let lastStart = -Infinity;
  segments.items.forEach((seg, k) => {
    const where = `segments[${k}] (line ${lineOf(seg.start)})`;
    if (seg.kind !== 'object') return report('JSON_SEGMENT_SKIPPED', `${where} is ${article(seg.kind)}, not an object; skipped`, seg);
    // Whisper-style `text`/`start`/`end` are read too: same meaning, other names.
    const body = prop(seg, 'body') ?? prop(seg, 'text');
    if (!body || body.kind !== 'string') return report('JSON_SEGMENT_SKIPPED', `${where} has no "body" string; skipped`, seg);
    const start = jsonSeconds(prop(seg, 'startTime') ?? prop(seg, 'start'));
    const end = jsonSeconds(prop(seg, 'endTime') ?? prop(seg, 'end'));
    let time: TimeRange | null = null;
    if (start === null) report('JSON_TIME_MISSING', `${where} has no usable "startTime" (seconds); its text is kept without a time`, seg);
    else {
      time = { start, end: end !== null && end >= start ? end : null };
      if (end !== null && end < start) report('JSON_TIME_REVERSED', `${where} ends before it starts; its end is dropped`, seg);
      if (start < lastStart) report('JSON_TIME_OUT_OF_ORDER', `${where} starts before the segment above it; segments are read in file order`, seg);
      lastStart = start;
    }
    const speaker = prop(seg, 'speaker');
    parts.push({
      span: { start: seg.start, end: seg.end },
      pieces: stringPieces(body, time),
      label: speaker?.kind === 'string' ? stringLabel(speaker) : null,
      dash: false,
      time,
    });
  });
  const diagnostics = found.close();
  if (!parts.some((p) => p.pieces.length)) {
    throw new PodtopicsError('JSON_SHAPE', `${notTranscript}: none of the ${segments.items.length} segments has a non-empty "body" string (segments[0] at line ${lineOf(segments.items[0].start)})`);
  }

  // OpenAI Whisper's JSON (`--output_format json`, the API's verbose_json): a recogniser's
  // segments, cut wherever it paused, with no speakers; read as captions are (a turn may
  // change at any sentence end; see groupCueParts)
  const whisper = isWhisper(root, segments.items) && !parts.some((p) => p.label);
  const paragraphs = whisper
    ? groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: false, splitUnmarkedAtSentences: true })
    : groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: true });
  const timed = settleTiming(paragraphs);
  const title = prop(root, 'title');
  return {
    format: whisper ? 'whisper-json' : 'podcast-json',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed,
    declared: { people: declaredPeople(paragraphs), ...(title?.kind === 'string' && title.value.trim() ? { title: title.value.trim() } : {}) },
    diagnostics,
  };
}

/**
 * Whisper's shape: segments with `text` (never a Podcasting 2.0 `body`) and the recogniser's
 * own keys on them (`seek`, `tokens`, `avg_logprob`, `no_speech_prob`) or at the top (`task`,
 * the whole `text` beside the segments).
 */
function isWhisper(root: JsonNode, segments: readonly JsonNode[]): boolean {
  const first = segments.find((s) => s.kind === 'object');
  if (!first || prop(first, 'body') || !prop(first, 'text')) return false;
  return WHISPER_SEGMENT_KEYS.some((k) => prop(first, k) !== undefined) || prop(root, 'task') !== undefined || prop(root, 'text')?.kind === 'string';
}
const WHISPER_SEGMENT_KEYS = ['seek', 'tokens', 'avg_logprob', 'no_speech_prob', 'compression_ratio'];

function article(kind: JsonNode['kind']): string {
  return kind === 'array' || kind === 'object' ? `an ${kind}` : kind === 'null' ? 'null' : `a ${kind}`;
}

/** A string node's trimmed value as one piece (its span the string's contents), with the time given. */
export function stringPieces(node: JsonNode & { kind: 'string' }, time: TimeRange | null): Piece[] {
  const text = node.value.trim();
  if (!text) return [];
  const span = stringContentSpan(node);
  const verbatim = node.raw === node.value;
  const piece: Piece = { span, text, verbatim };
  if (time) piece.time = { ...time };
  return [piece];
}

function stringLabel(node: JsonNode & { kind: 'string' }): SpeakerLabel | null {
  const raw = node.value.trim();
  return raw ? { raw, span: stringContentSpan(node) } : null;
}
