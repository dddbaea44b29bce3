import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { cappedDiagnostics, type CuePart, declaredPeople, DEFAULT_PAUSE_SECONDS, groupCueParts, lineNumberer, markupRuns, outsideParagraphs, runsToPieces, settleTiming } from './cues.js';
import { decodeEntities } from './subtitles.js';

/**
 * SAMI captions (`.smi`, Microsoft's Synchronized Accessible Media Interchange), as captioning
 * services still deliver them for Windows Media and broadcast: `<SYNC Start=MS>` blocks, each
 * with one `<P Class=LANG>` caption per language, rarely closed; `<br>` breaks a line; a caption
 * of `&nbsp;` clears the screen. A `<P … ID=Source>` names who speaks the caption after it (the
 * way Microsoft's sample marks speakers); a caption with no Source goes on with the voice
 * before. The first language's class is read; other languages are not speech.
 */
const SAMI = /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<SAMI\b/i;
const SYNC = /<SYNC\b([^>]*)>/gi;
const P_TAG = /<P\b([^>]*)>/gi;
const START = /\bStart\s*=\s*["']?(-?\d+)/i;
const CLASS = /\bClass\s*=\s*["']?([\w-]+)/i;
const SOURCE_ID = /\bID\s*=\s*["']?Source\b/i;
const TAG = /<[^<>]*>/g;
const METRICS_UNITS = /Metrics\s*\{\s*time\s*:\s*(\w+)/i;

export function sniffSami(source: string): number {
  return SAMI.test(source.slice(0, 2000)) && /<SYNC\b/i.test(source.slice(0, 50_000)) ? 0.97 : 0;
}

interface Caption {
  /** The `<P` tag's offset and where its text starts and ends. */
  at: number;
  textStart: number;
  textEnd: number;
  start: number;
  end: number | null;
  label: SpeakerLabel | null;
  syncAt: number;
}

export function parseSami(source: string): Ingested {
  if (!SAMI.test(source.slice(0, 2000))) throw new PodtopicsError('SAMI_NO_ROOT', 'is not SAMI: it does not open with <SAMI>');
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  const units = METRICS_UNITS.exec(source.slice(0, 5000))?.[1]?.toLowerCase();
  if (units && units !== 'ms') found.report('warning', 'SAMI_TIME_UNITS', `times are in "${units}", read as milliseconds`, { start: 0, end: 0 });
  const bodyAt = source.search(/<BODY\b/i);
  const endAt = source.search(/<\/BODY\s*>/i);
  const syncs: Array<{ at: number; tagEnd: number; start: number | null }> = [];
  SYNC.lastIndex = Math.max(0, bodyAt);
  for (let m = SYNC.exec(source); m; m = SYNC.exec(source)) {
    if (endAt >= 0 && m.index > endAt) break;
    const t = START.exec(m[1]);
    if (!t) found.report('warning', 'SAMI_BAD_SYNC', `line ${lineOf(m.index)}: a <SYNC> without a Start time; its captions go with the one above`, { start: m.index, end: m.index + m[0].length });
    syncs.push({ at: m.index, tagEnd: m.index + m[0].length, start: t ? Math.max(0, Number(t[1])) / 1000 : null });
  }
  if (!syncs.length) throw new PodtopicsError('SAMI_NO_CAPTIONS', 'has a <SAMI> root but no <SYNC> captions');

  let language: string | null = null;
  let otherLanguages = 0;
  const captions: Caption[] = [];
  syncs.forEach((s, k) => {
    const blockEnd = k + 1 < syncs.length ? syncs[k + 1].at : endAt >= 0 ? endAt : source.length;
    const start = s.start ?? captions[captions.length - 1]?.start ?? 0;
    const next = syncs.slice(k + 1).find((x) => x.start !== null)?.start ?? null;
    let label: SpeakerLabel | null = null;
    const ps: Array<{ at: number; attrs: string; textStart: number }> = [];
    P_TAG.lastIndex = s.tagEnd;
    for (let m = P_TAG.exec(source); m && m.index < blockEnd; m = P_TAG.exec(source)) ps.push({ at: m.index, attrs: m[1], textStart: m.index + m[0].length });
    ps.forEach((p, j) => {
      let textEnd = j + 1 < ps.length ? ps[j + 1].at : blockEnd;
      const close = source.slice(p.textStart, textEnd).search(/<\/P\s*>/i);
      if (close >= 0) textEnd = p.textStart + close;
      const cls = CLASS.exec(p.attrs)?.[1]?.toLowerCase() ?? '';
      if (SOURCE_ID.test(p.attrs)) {
        // the speaker's name, for the caption after it
        const raw = source.slice(p.textStart, textEnd).replace(TAG, ' ');
        const name = decodeEntities(raw).replace(/\s+/g, ' ').trim();
        const lead = raw.length - raw.trimStart().length;
        const at = p.textStart + lead;
        const verbatim = source.slice(at, at + name.length) === name;
        label = name ? (verbatim ? { raw: name, span: { start: at, end: at + name.length } } : { raw: source.slice(at, p.textStart + raw.trimEnd().length), span: { start: at, end: p.textStart + raw.trimEnd().length }, name }) : null;
        return;
      }
      language ??= cls;
      if (cls !== language) {
        otherLanguages++;
        return;
      }
      captions.push({ at: p.at, textStart: p.textStart, textEnd, start, end: next, label, syncAt: s.at });
      label = null;
    });
  });
  if (otherLanguages) found.report('info', 'SAMI_OTHER_LANGUAGE', `${otherLanguages} caption(s) in another language class than "${language}" are not read as speech`, { start: 0, end: 0 });

  const parts: CuePart[] = [];
  let labelled = false;
  for (const c of captions) {
    // (`&nbsp;`, a clear, decodes to a space: no speech)
    const runs = markupRuns(source, c.textStart, c.textEnd, (raw) => decodeEntities(raw).replace(/\u00a0/g, ' '));
    const time: TimeRange = { start: c.start, end: c.end !== null && c.end >= c.start ? c.end : null };
    const pieces = runsToPieces(source, runs, time).filter((x) => x.text.trim() !== '');
    // a clear (`&nbsp;`) ends what is on screen: no speech
    if (!pieces.length) continue;
    if (c.label) labelled = true;
    // `- Is it one?<br>- It's a comet.`: a dash opens a new voice
    const dash = /^\s*(?:-|>>)\s/.test(pieces[0].text);
    parts.push({ span: { start: c.syncAt, end: c.textEnd }, pieces, label: c.label, dash, time });
  }
  if (!parts.length) throw new PodtopicsError('SAMI_NO_CAPTIONS', 'has <SYNC> blocks but no caption text');
  const paragraphs = groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: false, splitUnmarkedAtSentences: !labelled });
  return {
    format: 'sami',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed: settleTiming(paragraphs),
    declared: labelled ? { people: declaredPeople(paragraphs) } : {},
    diagnostics: found.close(),
  };
}
