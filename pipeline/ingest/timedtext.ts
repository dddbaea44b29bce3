import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';
import { cappedDiagnostics, captionsIngested, captionTimes, type CuePart, lineNumberer, markupRuns, runsToPieces } from './cues.js';
import { decodeEntities } from './subtitles.js';

/**
 * YouTube's caption XML as its timedtext endpoint returns it: `<transcript>` with one
 * `<text start="1.4" dur="6.374">` per caption (seconds; the old format), or `<timedtext
 * format="3">` with `<p t="1400" d="6374">` (milliseconds) whose words may sit in `<s>`
 * elements. The text is escaped, often twice (`it&amp;#39;s`). In automatic captions a
 * caption stays on screen while the next one starts, so its end says nothing of a pause: its
 * start is the onset of its first word, and pauses are read from the onsets (groupCueParts).
 */
const ROOT = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(transcript|timedtext)\b/;
const CAPTION = /<(text|p)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<(text|p)\b[^>]*\/>/g;
const ATTRIBUTE = /\b(start|dur|t|d)\s*=\s*"([^"]*)"/g;

export function sniffTimedText(source: string): number {
  return ROOT.test(source.slice(0, 2000)) && /<(?:text|p)\b[^>]*\b(?:start|t)\s*=/.test(source.slice(0, 20_000)) ? 0.97 : 0;
}

/** Entities decoded until none is left (YouTube escapes `&#39;` again as `&amp;#39;`). */
function decodeAll(text: string): string {
  let out = text;
  for (let i = 0; i < 3 && out.includes('&'); i++) {
    const next = decodeEntities(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

export function parseTimedText(source: string): Ingested {
  const root = ROOT.exec(source);
  if (!root) throw new PodtopicsError('TIMEDTEXT_NO_ROOT', 'is not caption XML: it does not open with <transcript> or <timedtext>');
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  const captions: Array<{ at: number; innerStart: number; inner: string; start: number; end: number | null }> = [];
  CAPTION.lastIndex = 0;
  for (let m = CAPTION.exec(source); m; m = CAPTION.exec(source)) {
    if (m[4]) continue; // an empty caption
    const attrs: Record<string, string> = {};
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(m[2]); a; a = ATTRIBUTE.exec(m[2])) attrs[a[1]] = a[2];
    const rawStart = attrs.start ?? attrs.t;
    const rawDur = attrs.dur ?? attrs.d;
    // `start`/`dur` are seconds, `t`/`d` milliseconds
    const scale = attrs.start !== undefined ? 1 : 1000;
    const start = rawStart !== undefined && /^\d+(?:\.\d+)?$/.test(rawStart) ? Number(rawStart) / scale : null;
    if (start === null) {
      found.report('warning', 'TIMEDTEXT_BAD_TIME', `line ${lineOf(m.index)}: a caption without a readable start time; its text is kept with the caption above`, { start: m.index, end: m.index + m[0].length });
    }
    const dur = rawDur !== undefined && /^\d+(?:\.\d+)?$/.test(rawDur) ? Number(rawDur) / scale : null;
    const innerStart = m.index + m[0].indexOf('>') + 1;
    const prev = captions[captions.length - 1];
    const at = start ?? prev?.start ?? 0;
    captions.push({ at: m.index, innerStart, inner: m[3], start: at, end: dur === null ? null : at + dur });
  }
  if (!captions.length) throw new PodtopicsError('TIMEDTEXT_NO_CAPTIONS', `has a <${root[1]}> root but no <text> or <p> captions`);
  found.close();
  // captions that overlap the next one (automatic captions roll on): only their starts are onsets
  const { onsets, times } = captionTimes(captions);
  const parts: CuePart[] = [];
  captions.forEach((c, i) => {
    // the text runs between inner tags (`<s>`, `<font>`, `<br />`), each decoded
    const runs = markupRuns(source, c.innerStart, c.innerStart + c.inner.length, decodeAll);
    const time = times[i];
    const pieces = runsToPieces(source, runs, time);
    if (pieces.length) parts.push({ span: { start: c.at, end: c.innerStart + c.inner.length }, pieces, label: null, dash: false, time, ...(onsets ? { onset: true } : {}) });
  });
  return captionsIngested(source, 'timedtext', parts, found.list);
}
