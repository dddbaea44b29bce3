import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Piece } from '../document/document.js';
import { cappedDiagnostics, captionsIngested, captionTimes, type CuePart, lineNumberer } from './cues.js';
import { parseJsonFile, prop, stringContentSpan, type JsonNode } from './json-scan.js';

/**
 * YouTube's caption JSON, `json3`, as yt-dlp saves it (`--sub-format json3`, `….en.json3`):
 * `events`, each with `tStartMs` and `dDurationMs`, the caption's text in `segs[].utf8`. In
 * automatic captions a seg is a word (`" and"`, its own `tOffsetMs` from the event's start),
 * captions roll on while the next starts, and an event that only appends a line break
 * (`aAppend`, `"\n"`) says nothing; in uploaded captions a seg is a line. Events without segs
 * set up windows and pens. Every piece is a seg's string (its span the string's contents), so
 * the JSON between two words is never speech.
 */
const HEAD = /^\uFEFF?\s*\{[\s\S]{0,4000}?"(?:wireMagic|events)"\s*:/;

export function sniffYoutubeJson(source: string): number {
  const head = source.slice(0, 20_000);
  return HEAD.test(head) && /"tStartMs"\s*:/.test(head) && (/"wireMagic"\s*:\s*"pb3"/.test(head) || /"segs"\s*:\s*\[/.test(head)) ? 0.97 : 0;
}

const number = (node: JsonNode | undefined): number | null => (node?.kind === 'number' && Number.isFinite(node.value) && node.value >= 0 ? node.value : null);

export function parseYoutubeJson(source: string): Ingested {
  const root = parseJsonFile(source);
  const events = root.kind === 'object' ? prop(root, 'events') : undefined;
  if (!events || events.kind !== 'array') throw new PodtopicsError('JSON_SHAPE', 'is JSON but not YouTube json3 captions: no "events" array at the top level');
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  const captions: Array<{ node: JsonNode; start: number; end: number | null; pieces: Piece[] }> = [];
  for (const ev of events.items) {
    if (ev.kind !== 'object') continue;
    const segs = prop(ev, 'segs');
    if (!segs || segs.kind !== 'array') continue; // a window or pen set-up
    const startMs = number(prop(ev, 'tStartMs'));
    if (startMs === null) {
      found.report('warning', 'JSON3_BAD_TIME', `line ${lineOf(ev.start)}: a caption without a readable tStartMs; its text is kept with the caption above`, { start: ev.start, end: ev.end });
    }
    const prev = captions[captions.length - 1];
    const start = startMs !== null ? startMs / 1000 : prev?.start ?? 0;
    const duration = number(prop(ev, 'dDurationMs'));
    const pieces: Piece[] = [];
    for (const seg of segs.items) {
      const utf8 = seg.kind === 'object' ? prop(seg, 'utf8') : undefined;
      if (!utf8 || utf8.kind !== 'string' || !utf8.value.trim()) continue;
      const offset = number(prop(seg, 'tOffsetMs'));
      // a line break inside an uploaded caption's line parts words like a space
      const text = utf8.value.trim().replace(/\s*\n\s*/g, ' ');
      const at = start + (offset ?? 0) / 1000;
      const piece: Piece = { span: stringContentSpan(utf8), text, verbatim: utf8.raw.trim() === text };
      if (offset !== null) piece.time = { start: at, end: null };
      pieces.push(piece);
    }
    if (!pieces.length) continue; // `aAppend` line breaks, empty captions
    captions.push({ node: ev, start, end: duration !== null ? start + duration / 1000 : null, pieces });
  }
  found.close();
  if (!captions.length) throw new PodtopicsError('JSON_EMPTY', 'is YouTube json3 captions with no words in them; there is no speech');
  // captions that overlap the next one (automatic captions roll on): only their starts are onsets
  const { onsets, times } = captionTimes(captions);
  const parts: CuePart[] = captions.map((c, i) => {
    const time = times[i];
    // a word's end is the next word's onset (the caption's end for its last word)
    c.pieces.forEach((p, k) => {
      if (p.time) p.time.end = c.pieces[k + 1]?.time?.start ?? time.end;
    });
    return { span: { start: c.node.start, end: c.node.end }, pieces: c.pieces, label: null, dash: false, time, ...(onsets ? { onset: true } : {}) };
  });
  return captionsIngested(source, 'youtube-json', parts, found.list);
}
