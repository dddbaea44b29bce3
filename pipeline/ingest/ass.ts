import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, SpeakerLabel } from '../document/document.js';
import { cappedDiagnostics, captionsIngested, type CuePart, lineNumberer } from './cues.js';
import { splitLines, type Line } from './lines.js';
import { cueParts } from './subtitles.js';

/**
 * SubStation Alpha / Advanced SubStation Alpha (`.ssa`, `.ass`), as subtitle editors (Aegisub)
 * and fansub tools write it: sections `[Script Info]`, `[V4+ Styles]`, `[Events]`; in the
 * events a `Format:` line names the fields and each `Dialogue:` line is one caption,
 * `Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text` by default, the
 * Text last (it may hold commas). The Name (the actor) field is the speaker's label; an empty
 * one says nothing. In the text, `{\i1}` override blocks are markup, `\N` and `\n` line
 * breaks and `\h` a hard space. `Comment:` lines are the editor's notes, not speech.
 */
const SECTION = /^[ \t\uFEFF]*\[([^\]]+)\][ \t]*$/;
const EVENT = /^[ \t\uFEFF]*(Dialogue|Comment)[ \t]*:[ \t]*/i;
const FORMAT = /^[ \t]*Format[ \t]*:[ \t]*(.*)$/i;
const DEFAULT_FIELDS = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];
/** `0:00:01.20`: hours, minutes, seconds and hundredths. */
const CLOCK = /^(\d{1,2}):(\d{2}):(\d{2}(?:\.\d{1,3})?)$/;
/** A line break or hard space escape inside the text. */
const ESCAPE = /\\[Nnh]/g;

export function sniffAss(source: string): number {
  const head = source.slice(0, 4000);
  if (!/^[ \t\uFEFF]*\[Script Info\][ \t]*$/im.test(head) && !/^[ \t]*\[Events\][ \t]*$/im.test(source)) return 0;
  return /^[ \t]*Dialogue[ \t]*:/im.test(source) ? 0.95 : 0;
}

const seconds = (clock: string): number | null => {
  const m = CLOCK.exec(clock.trim());
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
};

export function parseAss(source: string): Ingested {
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  let section = '';
  let fields = DEFAULT_FIELDS;
  const parts: CuePart[] = [];
  let dialogues = 0;
  for (const line of splitLines(source)) {
    const s = SECTION.exec(line.text);
    if (s) {
      section = s[1].trim().toLowerCase();
      continue;
    }
    if (section !== 'events') continue;
    const f = FORMAT.exec(line.text);
    if (f) {
      fields = f[1].split(',').map((x) => x.trim().toLowerCase());
      continue;
    }
    const e = EVENT.exec(line.text);
    if (!e || e[1].toLowerCase() === 'comment') continue;
    // the fields before the text end at the first commas; the text is the rest
    const values: Array<{ at: number; text: string }> = [];
    let at = e[0].length;
    for (let k = 0; k < fields.length - 1; k++) {
      const comma = line.text.indexOf(',', at);
      if (comma < 0) break;
      values.push({ at, text: line.text.slice(at, comma) });
      at = comma + 1;
    }
    values.push({ at, text: line.text.slice(at) });
    const field = (name: string) => {
      const k = fields.indexOf(name);
      return k >= 0 && k < values.length ? values[k] : null;
    };
    const text = field('text');
    const start = seconds(field('start')?.text ?? '');
    const end = seconds(field('end')?.text ?? '');
    if (values.length !== fields.length || !text || start === null) {
      found.report('warning', 'ASS_BAD_EVENT', `line ${lineOf(line.start)}: a Dialogue line without its ${fields.length} fields or with an unreadable start time; not read as speech`, line);
      continue;
    }
    dialogues++;
    const name = field('name');
    const raw = name?.text.trim() ?? '';
    const labelAt = raw ? line.start + name!.at + name!.text.indexOf(raw) : 0;
    const label: SpeakerLabel | null = raw ? { raw, span: { start: labelAt, end: labelAt + raw.length } } : null;
    // the text's pieces between line-break escapes, each a line of the caption
    const pieces: Line[] = [];
    let from = text.at;
    const body = line.text;
    ESCAPE.lastIndex = from;
    for (let m = ESCAPE.exec(body); ; m = ESCAPE.exec(body)) {
      const to = m ? m.index : body.length;
      if (to > from) pieces.push({ start: line.start + from, end: line.start + to, text: body.slice(from, to) });
      if (!m) break;
      from = m.index + m[0].length;
    }
    const time = { start, end: end !== null && end >= start ? end : null };
    for (const p of cueParts(source, line.start, pieces, time, { vtt: false, voices: true, accepted: new Set() })) parts.push({ ...p, label });
  }
  if (!dialogues) throw new PodtopicsError('ASS_NO_EVENTS', 'is not SubStation Alpha: no Dialogue line under [Events]');
  found.close();
  // where the file names its actors, a caption with no name is a voice it did not name: a
  // paragraph of its own, for the speakers stage to decide (not the last named one's)
  if (parts.some((p) => p.label)) for (let k = 0; k < parts.length; k++) if (!parts[k].label) parts[k] = { ...parts[k], own: true };
  return captionsIngested(source, 'ass', parts, found.list);
}
