import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Piece } from '../document/document.js';
import { cappedDiagnostics, declaredPeople, groupCueParts, outsideParagraphs, runsBetweenCodes, settleTiming, type CuePart } from './cues.js';
import { splitLines, type Line } from './lines.js';

/**
 * The two text formats of NIST's scoring tools (sclite), as speech groups and recogniser
 * pipelines (Kaldi) write them: `;;` lines are comments in both.
 *
 * STM, a reference transcript: one segment a line, `<file> <channel> <speaker> <begin> <end>
 * [<labels>] <words>`, times in seconds. Its speaker ids (`Ffion_Pritchard`) are labels; a
 * line of `excluded_region` or `inter_segment_gap`, or whose words are
 * `ignore_time_segment_in_scoring`, is no speech; so are its codes in parentheses starting
 * with `%` (`(%hesitation)`), while a word in parentheses (`(hu-)`, optionally deletable) is
 * said.
 *
 * CTM, a recogniser's words: one word a line, `<recording> <channel> <start> <duration>
 * <word> [<confidence>]`. Where the recordings are each speaker's track (a double-ender),
 * a run of lines of one recording is a turn, labelled by what tells the recordings apart
 * (`swellbox-029-hester` and `swellbox-029-dermot`: `hester`, `dermot`); `<unk>`, `<sil>`
 * and bracketed events (`[laughter]`, `[noise]`) are no speech.
 *
 * Consecutive lines of one speaker make one paragraph (a turn).
 */

const STM_LINE = /^(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\d+(?:\.\d+)?)[ \t]+(\d+(?:\.\d+)?)(?:[ \t]+(<[^>]*>))?(?:[ \t]+(.*))?$/;
const CTM_LINE = /^(\S+)[ \t]+(\S+)[ \t]+(\d+(?:\.\d+)?)[ \t]+(\d+(?:\.\d+)?)[ \t]+(\S+)(?:[ \t]+(-?\d+(?:\.\d+)?))?[ \t]*$/;
/** Lines a sniffer reads: enough to be sure, few enough to stay cheap on a long file. */
const SNIFF_LINES = 200;

/** The share of the first non-comment lines that read as `re`, with at least `min` lines. */
function shareOf(source: string, re: RegExp, min: number): number {
  let seen = 0;
  let hits = 0;
  for (const line of source.slice(0, 40_000).split(/\r\n|\r|\n/)) {
    const text = line.replace(/^\uFEFF/, '').trim();
    if (!text || text.startsWith(';;')) continue;
    seen++;
    if (re.test(text)) hits++;
    if (seen >= SNIFF_LINES) break;
  }
  return seen >= min ? hits / seen : 0;
}

export function sniffStm(source: string): number {
  // a CTM line reads as STM too (a word for the speaker, times after it): the third field
  // of an STM line is a speaker, no number
  return shareOf(source, STM_LINE, 3) >= 0.9 && shareOf(source, CTM_LINE, 3) < 0.5 ? 0.96 : 0;
}

export function sniffCtm(source: string): number {
  return shareOf(source, CTM_LINE, 6) >= 0.9 ? 0.96 : 0;
}

/** Speakers of no one: the parts of an STM file that are not scored. */
const STM_NOT_SPEAKER = /^(?:excluded_region|inter_segment_gap)$/i;
/** STM codes in parentheses (`(%hesitation)`, `(%breath)`): no words. */
const STM_CODE = /\(%[^)]*\)/g;

export function parseStm(source: string): Ingested {
  const found = cappedDiagnostics();
  const parts: CuePart[] = [];
  for (const { line, m, at: lineAt } of records(source, STM_LINE, found, 'STM_LINE', 'STM segment (`file channel speaker begin end [labels] words`)')) {
    const [, , , speaker, begin, end, , words] = m;
    if (!words || STM_NOT_SPEAKER.test(speaker) || /^ignore_time_segment_in_scoring$/i.test(words.trim())) continue;
    const offset = lineAt + m[0].length - words.length;
    const time = { start: Number(begin), end: Number(end) };
    const pieces = runsBetweenCodes(words, offset, STM_CODE, (run) => run.replace(/\(([^()%\s]+)\)/g, '$1').replace(/\s+/g, ' '), time);
    if (!pieces.length) continue;
    endSentence(pieces);
    const at = lineAt + m[0].indexOf(speaker, m[1].length + m[2].length);
    parts.push({ span: { start: line.start, end: line.end }, pieces, label: { raw: speaker, span: { start: at, end: at + speaker.length }, name: speaker.replace(/_+/g, ' ').trim() }, dash: false, time });
  }
  if (!parts.length) throw new PodtopicsError('STM_EMPTY', 'is an STM transcript with no scored segments; there is no speech');
  return finish('stm', source, parts, found);
}

/** A silence this long between two words of one voice ends a sentence (speech pauses at clause ends run 0.5–1 s). */
const CTM_PAUSE_SECONDS = 0.6;

/** CTM words that are no speech: `<unk>`, `<sil>`, `<eps>`, events in brackets (`[laughter]`). */
const CTM_NOT_WORD = /^(?:<[^>]*>|\[[^\]]*\])$/;

export function parseCtm(source: string): Ingested {
  const found = cappedDiagnostics();
  // (where the recording id, the channel and the word stand in the source)
  const rows: Array<{ line: Line; recording: string; channel: string; start: number; end: number; word: string; at: number; recordingAt: number; channelAt: number }> = [];
  for (const { line, m, at: lineAt } of records(source, CTM_LINE, found, 'CTM_LINE', 'CTM word (`recording channel start duration word [confidence]`)')) {
    const [, recording, channel, start, duration, word] = m;
    if (CTM_NOT_WORD.test(word)) continue;
    const at = lineAt + m[0].indexOf(word, recording.length + channel.length + start.length + duration.length);
    rows.push({ line, recording, channel, start: Number(start), end: Number(start) + Number(duration), word, at, recordingAt: lineAt, channelAt: lineAt + m[0].indexOf(channel, recording.length) });
  }
  if (!rows.length) throw new PodtopicsError('CTM_EMPTY', 'is a CTM word file with no words; there is no speech');
  const voices = trackVoices(rows.map((r) => r.recording), rows.map((r) => r.channel));
  const parts: CuePart[] = [];
  let last: CuePart | null = null;
  let lastVoice: string | null | undefined;
  for (const r of rows) {
    const voice = voices.name(r.recording, r.channel);
    const piece: Piece = { span: { start: r.at, end: r.at + r.word.length }, text: r.word, verbatim: true, time: { start: r.start, end: r.end } };
    if (last && voice === lastVoice) {
      // a pause in one voice's words ends a sentence
      if (r.start - (last.time!.end ?? r.start) >= CTM_PAUSE_SECONDS) endSentence(last.pieces);
      last.pieces.push(piece);
      last.span.end = r.line.end;
      last.time = { start: last.time!.start, end: Math.max(last.time!.end ?? r.end, r.end) };
      continue;
    }
    if (last) endSentence(last.pieces);
    // the label is the field that tells the voices apart: the recording, or the channel
    const [field, labelAt] = voices.by === 'channel' ? [r.channel, r.channelAt] : [r.recording, r.recordingAt];
    last = { span: { start: r.line.start, end: r.line.end }, pieces: [piece], label: voice ? { raw: field, span: { start: labelAt, end: labelAt + field.length }, name: voice } : null, dash: voice === null && parts.length > 0, time: { start: r.start, end: r.end } };
    parts.push(last);
    lastVoice = voice;
  }
  if (last) endSentence(last.pieces);
  return finish('ctm', source, parts, found);
}

/**
 * Who each recording (or channel) is: with two recordings or more, what tells them apart once
 * their shared start and end are cut (`swellbox-029-hester` → `Hester`); with one recording
 * and two channels or more, `Channel 2`; with one of each, nobody (null).
 */
function trackVoices(recordings: readonly string[], channels: readonly string[]): { by: 'recording' | 'channel' | null; name(recording: string, channel: string): string | null } {
  const recs = [...new Set(recordings)];
  if (recs.length >= 2) {
    const cut = commonEnds(recs);
    const names = new Map(recs.map((r) => [r, naturalTrack(r.slice(cut.head, r.length - cut.tail)) || r]));
    return { by: 'recording', name: (recording) => names.get(recording) ?? recording };
  }
  if (new Set(channels).size >= 2) return { by: 'channel', name: (_r, channel) => `Channel ${channel}` };
  return { by: null, name: () => null };
}

/** The length of the start and the end all names share, cut back to a separator (`-`, `_`, `.`). */
function commonEnds(names: readonly string[]): { head: number; tail: number } {
  const first = names[0];
  let head = first.length;
  let tail = first.length;
  for (const n of names) {
    let h = 0;
    while (h < head && h < n.length && n[h] === first[h]) h++;
    head = h;
    let t = 0;
    while (t < tail && t < n.length && n[n.length - 1 - t] === first[first.length - 1 - t]) t++;
    tail = t;
  }
  // back to a separator, so a shared first letter of two names stays with them
  while (head > 0 && !/[-_.\s]/.test(first[head - 1])) head--;
  while (tail > 0 && !/[-_.\s]/.test(first[first.length - tail])) tail--;
  return { head, tail };
}

/** `hester` → `Hester`, `dermot_quill` → `Dermot Quill`: a track's name in natural case. */
const naturalTrack = (s: string): string =>
  s
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((w) => (w === w.toLowerCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');

/**
 * A segment of a reference transcript or a pause in a recogniser's words ends where the speaker
 * stopped: with no punctuation in the file, that is where a sentence ends. The last word is
 * read with a full stop (a piece of its own, not verbatim).
 */
function endSentence(pieces: Piece[]): void {
  const last = pieces[pieces.length - 1];
  if (/[.?!…]$/.test(last.text)) return;
  const word = /\S+$/.exec(last.text)!;
  if (!last.verbatim || word.index === 0) {
    last.text += '.';
    last.verbatim = false;
    return;
  }
  const before = last.text.slice(0, word.index).trimEnd();
  const cut = last.span.start + word.index;
  pieces[pieces.length - 1] = { ...last, span: { start: last.span.start, end: last.span.start + before.length }, text: before };
  pieces.push({ ...last, span: { start: cut, end: last.span.end }, text: `${word[0]}.`, verbatim: false });
}

/**
 * The lines of a NIST file that are records: blank and `;;` lines skipped, a line `re` does not
 * read reported (`code`) and kept as no speech; `at` is where the trimmed line starts.
 */
function* records(source: string, re: RegExp, found: ReturnType<typeof cappedDiagnostics>, code: string, what: string): Generator<{ line: Line; m: RegExpExecArray; at: number }> {
  let lineNo = 0;
  for (const line of splitLines(source)) {
    lineNo++;
    const text = line.text.replace(/^\uFEFF/, '');
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith(';;')) continue;
    const m = re.exec(trimmed);
    if (!m) {
      found.report('warning', code, `line ${lineNo} is no ${what}; kept as no speech`, { start: line.start, end: line.end });
      continue;
    }
    yield { line, m, at: line.start + (line.text.length - text.length) + (text.length - text.trimStart().length) };
  }
}

function finish(format: 'stm' | 'ctm', source: string, parts: CuePart[], found: ReturnType<typeof cappedDiagnostics>): Ingested {
  const paragraphs = groupCueParts(parts, { pauseSeconds: Infinity, pauseSplitsLabeled: false });
  const timed = settleTiming(paragraphs);
  return { format, paragraphs, nonSpeech: outsideParagraphs(source, paragraphs), timed, declared: { people: declaredPeople(paragraphs) }, diagnostics: found.close() };
}
