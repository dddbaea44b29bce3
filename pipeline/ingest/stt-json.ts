import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Piece, SpeakerLabel } from '../document/document.js';
import type { Span, TimeRange } from '../document/span.js';
import { cappedDiagnostics, type CuePart, declaredPeople, DEFAULT_PAUSE_SECONDS, groupCueParts, lineNumberer, outsideParagraphs, settleTiming } from './cues.js';
import { jsonSeconds, parseJsonFile, prop, stringContentSpan, type JsonNode } from './json-scan.js';

/**
 * The JSON that speech-to-text services return, read by its shape:
 * - AssemblyAI: `utterances` (`speaker` a letter, `text`, `start`/`end` in milliseconds), or its `words`;
 * - Deepgram: `results.utterances` (`transcript`, `speaker` a number, seconds), else the first
 *   alternative's `paragraphs` (sentences under a speaker), else its `words` (`punctuated_word`);
 * - Amazon Transcribe: `results.audio_segments` (`transcript`, `speaker_label`), else
 *   `results.items` (words and punctuation, `start_time` as a string of seconds) with the
 *   speaker of each word from the item or from `results.speaker_labels.segments`;
 * - Rev.ai: `monologues` (`speaker`, `speaker_name`, `elements` of text and punctuation);
 * - Speechmatics: a `results` array of words and punctuation, the speaker in the alternative;
 * - Azure AI Speech batch transcription: `recognizedPhrases` (`speaker` a number, the best of
 *   `nBest` as `display` text, `offsetInTicks`/`durationInTicks` in 100 ns or ISO 8601
 *   `offset`/`duration`); the episode again as `combinedRecognizedPhrases` is not read;
 * - Google Cloud Speech-to-Text: `results` (at the top, or in a finished long-running
 *   operation's `response`), each the `transcript` of its first alternative with its `words`
 *   (`startTime` as `"1.400s"`, or v2's `startOffset`); with diarisation the speaker of each
 *   word (`speakerTag`, v2 `speakerLabel`) comes in a last result that repeats every word;
 * - IBM Watson Speech to Text: `results`, each the `transcript` of its first alternative with
 *   `timestamps` (`[word, start, end]`), and the speaker of each word in `speaker_labels`
 *   (`from`, `speaker`) after them;
 * - Fireflies.ai (its GraphQL API's `transcript`, under `data` as the API answers, or alone):
 *   `sentences` (`speaker_name` as the meeting showed it, else `speaker_id`; `text`, else
 *   `raw_text`; `start_time`/`end_time` in seconds).
 * Google's and Watson's speakers are matched to the words by time; a result takes the speaker
 * of most of its words.
 *
 * Every piece is a string of the file (its span the string's contents), every label the
 * speaker value as the file writes it (a diarisation number is named `Speaker N`). Parts of
 * one speaker join into a paragraph until the speaker changes or a pause follows a sentence end.
 * Punctuation a service gives as its own item is glued to the word before it.
 */
export type SttShape = 'assemblyai' | 'deepgram' | 'transcribe' | 'rev' | 'speechmatics' | 'azure' | 'google' | 'watson' | 'fireflies';

/** Keys that only these services' JSON opens with, looked for near the start. */
const SHAPE_HINTS: ReadonlyArray<[SttShape, RegExp]> = [
  ['rev', /"monologues"\s*:\s*\[/],
  ['transcribe', /"jobName"\s*:|"audio_segments"\s*:|"speaker_labels"\s*:|"type"\s*:\s*"pronunciation"/],
  ['deepgram', /"channels"\s*:\s*\[\s*\{\s*"alternatives"|"model_info"\s*:|"request_id"\s*:\s*"[^"]*"\s*,\s*"sha256"/],
  ['assemblyai', /"utterances"\s*:\s*\[|"acoustic_model"\s*:|"language_model"\s*:\s*"assemblyai/],
  ['speechmatics', /"format"\s*:\s*"2\.\d+"[\s\S]*"results"\s*:\s*\[|"attaches_to"\s*:/],
  ['azure', /"(?:combinedR|r)ecognizedPhrases"\s*:\s*\[/],
  ['google', /"resultEndTime"\s*:|"speakerTag"\s*:|speech\.v\d\w*\.\w*RecognizeResponse|"alternatives"\s*:\s*\[\s*\{\s*"transcript"\s*:[^{}]*"words"\s*:\s*\[\s*\{\s*"(?:startTime|startOffset|word)"/],
  ['watson', /"result_index"\s*:|"timestamps"\s*:\s*\[\s*\[\s*"/],
  ['fireflies', /"transcript_url"\s*:\s*"https:\/\/app\.fireflies\.ai|"sentences"\s*:\s*\[\s*\{[^{}]*"speaker_name"\s*:/],
];

export function sniffSttJson(source: string): number {
  const head = source.slice(0, 20_000).replace(/^\uFEFF/, '');
  if (!/^\s*\{/.test(head)) return 0;
  return SHAPE_HINTS.some(([, re]) => re.test(head)) ? 0.97 : 0;
}

export function parseSttJson(source: string): Ingested {
  const lineOf = lineNumberer(source);
  const root = parseJsonFile(source);
  if (root.kind !== 'object') throw new PodtopicsError('JSON_SHAPE', 'is JSON but not a speech-to-text result: the top level is not an object');
  const found = cappedDiagnostics();
  const report = (code: string, message: string, at: Span) => found.report('warning', code, message, at);
  const read = readShape(source, root, report, lineOf);
  if (!read) {
    throw new PodtopicsError(
      'JSON_SHAPE',
      'is JSON but no speech-to-text result podtopics knows: looked for AssemblyAI `utterances`, Deepgram `results.channels`, Amazon Transcribe `results.items`, Rev.ai `monologues`, Speechmatics `results` words, Azure AI Speech `recognizedPhrases`, Google Cloud `results` transcripts, IBM Watson `results` with `timestamps` and Fireflies.ai `sentences`',
    );
  }
  if (!read.parts.some((p) => p.pieces.length)) throw new PodtopicsError('JSON_EMPTY', `is ${/^[AEIOU]/.test(SHAPE_NAMES[read.shape]) ? 'an' : 'a'} ${SHAPE_NAMES[read.shape]} result with no words in it; there is no speech`);
  const paragraphs = groupCueParts(read.parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: true });
  const timed = settleTiming(paragraphs);
  return {
    format: 'stt-json',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed,
    declared: { people: declaredPeople(paragraphs) },
    diagnostics: found.close(),
  };
}

const SHAPE_NAMES: Record<SttShape, string> = { assemblyai: 'AssemblyAI', deepgram: 'Deepgram', transcribe: 'Amazon Transcribe', rev: 'Rev.ai', speechmatics: 'Speechmatics', azure: 'Azure AI Speech', google: 'Google Cloud Speech-to-Text', watson: 'IBM Watson Speech to Text', fireflies: 'Fireflies.ai' };

type Report = (code: string, message: string, at: Span) => void;

/** A word or a stretch of speech as a service gives it, before it becomes a part. */
interface Token {
  at: JsonNode;
  text: (JsonNode & { kind: 'string' }) | null;
  /** Punctuation to glue to the word before (`,` after `Hello`). */
  glue: boolean;
  speaker: JsonNode | undefined;
  start: number | null;
  end: number | null;
  /**
   * The object that holds the speaker when it is not the token's own (a Rev.ai monologue, a
   * Deepgram paragraph): its tokens make one part spanning it, so the label lies inside.
   */
  group?: JsonNode;
}

function readShape(source: string, root: JsonNode, report: Report, lineOf: (offset: number) => number): { shape: SttShape; parts: CuePart[] } | null {
  const results = prop(root, 'results');
  // Fireflies.ai: the API's answer (`data.transcript`), the transcript object, or its sentences
  const data = prop(root, 'data');
  const firefly = (data && prop(data, 'transcript')) ?? prop(root, 'transcript') ?? root;
  const sentences = arrayAt(firefly, 'sentences');
  if (sentences?.items.some((x) => prop(x, 'speaker_name') !== undefined || prop(x, 'speaker_id') !== undefined)) {
    const tokens = sentences.items.map((x) => {
      const name = stringAt(x, 'speaker_name');
      return { at: x, text: stringAt(x, 'text') ?? stringAt(x, 'raw_text') ?? null, glue: false, speaker: name?.value.trim() ? name : prop(x, 'speaker_id'), start: jsonSeconds(prop(x, 'start_time')), end: jsonSeconds(prop(x, 'end_time')) };
    });
    return { shape: 'fireflies', parts: partsOf(source, tokens, report, lineOf) };
  }
  // Rev.ai
  const monologues = arrayAt(root, 'monologues');
  if (monologues) {
    const tokens: Token[] = [];
    for (const m of monologues.items) {
      const speaker = prop(m, 'speaker_name')?.kind === 'string' ? prop(m, 'speaker_name') : prop(m, 'speaker');
      for (const el of arrayAt(m, 'elements')?.items ?? []) {
        const value = stringAt(el, 'value');
        if (!value) continue;
        const type = stringAt(el, 'type')?.value;
        if (type === 'punct' && !value.value.trim()) continue; // the spaces between words
        tokens.push({ at: el, text: value, glue: type === 'punct' && !/^[¿¡("“‘]/.test(value.value), speaker, start: jsonSeconds(prop(el, 'ts')), end: jsonSeconds(prop(el, 'end_ts')), group: m });
      }
    }
    return { shape: 'rev', parts: partsOf(source, tokens, report, lineOf) };
  }
  // AssemblyAI
  const utterances = arrayAt(root, 'utterances');
  const words = arrayAt(root, 'words');
  if (utterances?.items.length || (words && !results && words.items.some((w) => prop(w, 'text')))) {
    const list = utterances?.items.length ? utterances.items : words!.items;
    const tokens = list.map((u) => ({ at: u, text: stringAt(u, 'text') ?? null, glue: false, speaker: prop(u, 'speaker'), start: scaled(prop(u, 'start'), MILLIS), end: scaled(prop(u, 'end'), MILLIS) }));
    return { shape: 'assemblyai', parts: partsOf(source, tokens, report, lineOf) };
  }
  // Azure AI Speech (batch transcription)
  const phrases = arrayAt(root, 'recognizedPhrases');
  if (phrases) {
    const tokens: Token[] = [];
    for (const ph of phrases.items) {
      const status = stringAt(ph, 'recognitionStatus')?.value;
      if (status !== undefined && status !== 'Success') continue;
      const best = arrayAt(ph, 'nBest')?.items[0];
      const text = best ? stringAt(best, 'display') ?? stringAt(best, 'itn') ?? stringAt(best, 'lexical') ?? null : null;
      const start = scaled(prop(ph, 'offsetInTicks'), TICKS) ?? isoSeconds(prop(ph, 'offset'));
      const length = scaled(prop(ph, 'durationInTicks'), TICKS) ?? isoSeconds(prop(ph, 'duration'));
      tokens.push({ at: ph, text, glue: false, speaker: prop(ph, 'speaker'), start, end: start !== null && length !== null ? start + length : null });
    }
    return { shape: 'azure', parts: partsOf(source, tokens, report, lineOf) };
  }
  // Google Cloud and IBM Watson: `results` of transcripts (Google's may sit in an operation's `response`)
  const response = prop(root, 'response');
  const transcripts = transcriptResults(results) ?? transcriptResults(response && prop(response, 'results'));
  if (transcripts) return transcriptsOf(source, root, transcripts, report, lineOf);
  if (!results) return null;
  // Speechmatics: `results` is the list of words
  if (results.kind === 'array') {
    const tokens: Token[] = [];
    for (const r of results.items) {
      const alt = arrayAt(r, 'alternatives')?.items[0];
      const content = alt ? stringAt(alt, 'content') : undefined;
      if (!alt || !content) continue;
      const type = stringAt(r, 'type')?.value;
      if (type !== 'word' && type !== 'punctuation') continue;
      const attaches = stringAt(r, 'attaches_to')?.value;
      tokens.push({ at: r, text: content, glue: type === 'punctuation' && attaches !== 'next', speaker: prop(alt, 'speaker'), start: jsonSeconds(prop(r, 'start_time')), end: jsonSeconds(prop(r, 'end_time')) });
    }
    return { shape: 'speechmatics', parts: partsOf(source, tokens, report, lineOf) };
  }
  // Deepgram
  const channels = arrayAt(results, 'channels');
  if (channels) {
    const deepUtterances = arrayAt(results, 'utterances');
    if (deepUtterances?.items.length) {
      const tokens = deepUtterances.items.map((u) => ({ at: u, text: stringAt(u, 'transcript') ?? null, glue: false, speaker: prop(u, 'speaker'), start: jsonSeconds(prop(u, 'start')), end: jsonSeconds(prop(u, 'end')) }));
      return { shape: 'deepgram', parts: partsOf(source, tokens, report, lineOf) };
    }
    const alt = arrayAt(channels.items[0] ?? root, 'alternatives')?.items[0];
    if (!alt) return { shape: 'deepgram', parts: [] };
    const paragraphs = arrayAt(prop(alt, 'paragraphs') ?? alt, 'paragraphs');
    if (paragraphs?.items.length) {
      const tokens: Token[] = [];
      for (const p of paragraphs.items) {
        for (const s of arrayAt(p, 'sentences')?.items ?? []) {
          tokens.push({ at: s, text: stringAt(s, 'text') ?? null, glue: false, speaker: prop(p, 'speaker'), start: jsonSeconds(prop(s, 'start')), end: jsonSeconds(prop(s, 'end')), group: p });
        }
      }
      return { shape: 'deepgram', parts: partsOf(source, tokens, report, lineOf) };
    }
    const tokens = (arrayAt(alt, 'words')?.items ?? []).map((w) => ({
      at: w,
      text: stringAt(w, 'punctuated_word') ?? stringAt(w, 'word') ?? null,
      glue: false,
      speaker: prop(w, 'speaker'),
      start: jsonSeconds(prop(w, 'start')),
      end: jsonSeconds(prop(w, 'end')),
    }));
    return { shape: 'deepgram', parts: partsOf(source, tokens, report, lineOf) };
  }
  // Amazon Transcribe
  const segments = arrayAt(results, 'audio_segments');
  if (segments?.items.length) {
    const tokens = segments.items.map((s) => ({ at: s, text: stringAt(s, 'transcript') ?? null, glue: false, speaker: prop(s, 'speaker_label'), start: jsonSeconds(prop(s, 'start_time')), end: jsonSeconds(prop(s, 'end_time')) }));
    return { shape: 'transcribe', parts: partsOf(source, tokens, report, lineOf) };
  }
  const items = arrayAt(results, 'items');
  if (items) {
    const bySegment = transcribeSpeakers(results);
    const tokens: Token[] = [];
    let lastSpeaker: JsonNode | undefined;
    for (const it of items.items) {
      const content = arrayAt(it, 'alternatives')?.items[0];
      const text = content ? stringAt(content, 'content') : undefined;
      if (!text) continue;
      const punct = stringAt(it, 'type')?.value === 'punctuation';
      const start = jsonSeconds(prop(it, 'start_time'));
      const speaker = prop(it, 'speaker_label') ?? (start !== null ? bySegment(start) : undefined) ?? (punct ? lastSpeaker : undefined);
      if (speaker) lastSpeaker = speaker;
      tokens.push({ at: it, text, glue: punct, speaker, start, end: jsonSeconds(prop(it, 'end_time')) });
    }
    return { shape: 'transcribe', parts: partsOf(source, tokens, report, lineOf) };
  }
  return null;
}

/** A `results` array whose items hold a first alternative with a `transcript` (Google, Watson). */
function transcriptResults(results: JsonNode | undefined): (JsonNode & { kind: 'array' }) | null {
  if (results?.kind !== 'array') return null;
  return results.items.some((r) => {
    const alt = arrayAt(r, 'alternatives')?.items[0];
    return alt !== undefined && prop(alt, 'transcript')?.kind === 'string';
  })
    ? results
    : null;
}

/** A word and when it starts, as a result lists it (Google `words`, Watson `timestamps`). */
interface TimedWord {
  start: number | null;
  end: number | null;
}

/**
 * Google's and Watson's results: one part per result, its `transcript` said by the speaker of
 * most of its words. The speakers come apart from the words (Google: a last result that repeats
 * every word with its `speakerTag`; Watson: `speaker_labels`), matched by start time.
 */
function transcriptsOf(source: string, root: JsonNode, results: JsonNode & { kind: 'array' }, report: Report, lineOf: (offset: number) => number): { shape: SttShape; parts: CuePart[] } {
  const watson = results.items.some((r) => arrayAt(arrayAt(r, 'alternatives')?.items[0], 'timestamps'));
  /** Start time (ms) → the speaker node of the word that starts then. */
  const speakerAt = new Map<number, JsonNode>();
  const key = (t: number) => Math.round(t * 1000);
  if (watson) {
    for (const l of arrayAt(root, 'speaker_labels')?.items ?? []) {
      const from = jsonSeconds(prop(l, 'from'));
      const speaker = prop(l, 'speaker');
      if (from !== null && speaker) speakerAt.set(key(from), speaker);
    }
  } else {
    for (const r of results.items) {
      for (const w of arrayAt(arrayAt(r, 'alternatives')?.items[0], 'words')?.items ?? []) {
        const speaker = prop(w, 'speakerTag') ?? prop(w, 'speakerLabel');
        const start = googleWord(w).start;
        if (speaker && start !== null) speakerAt.set(key(start), speaker);
      }
    }
  }
  const tokens: Token[] = [];
  for (const r of results.items) {
    const alt = arrayAt(r, 'alternatives')?.items[0];
    const transcript = alt ? stringAt(alt, 'transcript') : undefined;
    // (Google's last result, the words again with their speakers, has no transcript)
    if (!alt || !transcript) continue;
    const words: TimedWord[] = watson
      ? (arrayAt(alt, 'timestamps')?.items ?? []).map((w) => (w.kind === 'array' ? { start: jsonSeconds(w.items[1]), end: jsonSeconds(w.items[2]) } : { start: null, end: null }))
      : (arrayAt(alt, 'words')?.items ?? []).map(googleWord);
    // the speaker of most of the result's words (the first of them on a tie)
    const votes = new Map<string, { node: JsonNode; n: number }>();
    for (const w of words) {
      const node = w.start === null ? undefined : speakerAt.get(key(w.start));
      if (!node) continue;
      const id = source.slice(node.start, node.end);
      const v = votes.get(id);
      if (v) v.n++;
      else votes.set(id, { node, n: 1 });
    }
    let speaker: JsonNode | undefined;
    let most = 0;
    for (const v of votes.values()) if (v.n > most) ({ node: speaker, n: most } = v);
    const start = words.find((w) => w.start !== null)?.start ?? googleSeconds(prop(r, 'resultStartTime'));
    const end = [...words].reverse().find((w) => w.end !== null)?.end ?? googleSeconds(prop(r, 'resultEndTime'));
    tokens.push({ at: r, text: transcript, glue: false, speaker, start: start ?? null, end: end ?? null });
  }
  return { shape: watson ? 'watson' : 'google', parts: partsOf(source, tokens, report, lineOf) };
}

/** When a Google word starts and ends (v1 `startTime`, v2 `startOffset`). */
const googleWord = (w: JsonNode): TimedWord => ({ start: googleSeconds(prop(w, 'startTime') ?? prop(w, 'startOffset')), end: googleSeconds(prop(w, 'endTime') ?? prop(w, 'endOffset')) });

/** A protobuf Duration as Google's JSON writes it (`"1.400s"`, `{"seconds": 1, "nanos": 4e8}`), or plain seconds. */
function googleSeconds(node: JsonNode | undefined): number | null {
  if (!node) return null;
  if (node.kind === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(node.value);
    if (m) return Number(m[1]);
  }
  if (node.kind === 'object') {
    const s = jsonSeconds(prop(node, 'seconds')) ?? 0;
    const n = jsonSeconds(prop(node, 'nanos')) ?? 0;
    return prop(node, 'seconds') || prop(node, 'nanos') ? s + n / 1e9 : null;
  }
  return jsonSeconds(node);
}

/** Amazon Transcribe's older layout: the speaker of a word is the speaker segment its start falls in. */
function transcribeSpeakers(results: JsonNode): (start: number) => JsonNode | undefined {
  const segs = (arrayAt(prop(results, 'speaker_labels') ?? results, 'segments')?.items ?? [])
    .map((s) => ({ start: jsonSeconds(prop(s, 'start_time')), end: jsonSeconds(prop(s, 'end_time')), speaker: prop(s, 'speaker_label') }))
    .filter((s): s is { start: number; end: number; speaker: JsonNode } => s.start !== null && s.end !== null && s.speaker !== undefined)
    .sort((a, b) => a.start - b.start);
  return (t) => {
    let lo = 0;
    let hi = segs.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].start <= t) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit >= 0 && t <= segs[hit].end ? segs[hit].speaker : undefined;
  };
}

/** Parts from tokens: punctuation glued to the word before, one part per word or stretch (or per group). */
function partsOf(source: string, tokens: readonly Token[], report: Report, lineOf: (offset: number) => number): CuePart[] {
  const parts: CuePart[] = [];
  /** The group the last part was made for: a token of the same group joins it. */
  let lastGroup: JsonNode | undefined;
  let lastStart = -Infinity;
  for (const t of tokens) {
    if (!t.text || !t.text.value.trim()) {
      if (!t.text) report('STT_ITEM_SKIPPED', `the item at line ${lineOf(t.at.start)} has no text; skipped`, t.at);
      continue;
    }
    const span = stringContentSpan(t.text);
    // (the span trims the same white space the text does)
    const verbatim = t.text.raw === t.text.value;
    const prev = parts[parts.length - 1];
    if (t.glue && prev && prev.pieces.length) {
      // `Hello` + `,`: the comma is said right after the word (a piece of its own, glued)
      prev.pieces.push({ span, text: t.text.value.trim(), verbatim, glued: true });
      prev.span.end = Math.max(prev.span.end, t.at.end);
      continue;
    }
    let time: TimeRange | null = null;
    if (t.start !== null) {
      time = { start: t.start, end: t.end !== null && t.end >= t.start ? t.end : null };
      if (t.start < lastStart) report('STT_TIME_OUT_OF_ORDER', `the item at line ${lineOf(t.at.start)} starts before the one above it; items are read in file order`, t.at);
      lastStart = t.start;
    }
    const piece: Piece = { span, text: t.text.value.trim(), verbatim };
    if (time) piece.time = { ...time };
    if (t.group && prev && lastGroup === t.group) {
      prev.pieces.push(piece);
      if (time) prev.time = prev.time ? { start: prev.time.start, end: Math.max(prev.time.end ?? time.start, time.end ?? time.start) } : { ...time };
      continue;
    }
    const at = t.group ?? t.at;
    parts.push({ span: { start: at.start, end: at.end }, pieces: [piece], label: speakerLabel(source, t.speaker), dash: false, time });
    lastGroup = t.group;
  }
  return parts;
}

/** The speaker value as written; a diarisation number (`0`, `1`) is named `Speaker 0`. */
function speakerLabel(source: string, node: JsonNode | undefined): SpeakerLabel | null {
  if (!node) return null;
  if (node.kind === 'number') return { raw: source.slice(node.start, node.end), span: { start: node.start, end: node.end }, name: `Speaker ${node.value}` };
  if (node.kind !== 'string' || !node.value.trim()) return null;
  const span = stringContentSpan(node);
  const raw = node.value.trim();
  if (node.raw !== node.value) return { raw: node.raw.trim(), span, name: raw };
  // AssemblyAI's bare letters and Speechmatics' `S1` read as the ids they are
  if (/^S\d{1,2}$/.test(raw)) return { raw, span, name: `Speaker ${raw.slice(1)}` };
  return { raw, span };
}

function arrayAt(node: JsonNode | undefined, key: string): (JsonNode & { kind: 'array' }) | undefined {
  const v = node ? prop(node, key) : undefined;
  return v?.kind === 'array' ? v : undefined;
}

function stringAt(node: JsonNode, key: string): (JsonNode & { kind: 'string' }) | undefined {
  const v = prop(node, key);
  return v?.kind === 'string' ? v : undefined;
}

/** An ISO 8601 duration (`PT3M37.65S`, `PT1H2M`), as seconds. */
function isoSeconds(node: JsonNode | undefined): number | null {
  if (node?.kind !== 'string') return null;
  const value = node.value.trim();
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (!m || value === 'PT') return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** A count of units a second (AssemblyAI's milliseconds, Azure's ticks of 100 ns), as seconds. */
function scaled(node: JsonNode | undefined, perSecond: number): number | null {
  const v = jsonSeconds(node);
  return v === null ? null : v / perSecond;
}
const MILLIS = 1000;
const TICKS = 1e7;
