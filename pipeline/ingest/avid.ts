import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';
import { cappedDiagnostics, captionsIngested, type CuePart, lineNumberer } from './cues.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { cueParts } from './subtitles.js';

/**
 * Avid's SubCap caption text (Media Composer's SubCap effect, and the caption plug-ins that
 * write it): `@` comment lines, `<begin subtitles>`, then blocks of a `HH:MM:SS:FF HH:MM:SS:FF`
 * timecode line (frames; `;` before the frames in drop-frame files) and one or more caption
 * lines, a blank line between blocks, and `<end subtitles>`. No speakers; a `- ` dash opens a
 * second voice inside a caption.
 */
const BEGIN = /^\s*<begin subtitles>\s*$/i;
const END = /^\s*<end subtitles>\s*$/i;
const TIMECODES = /^\s*(\d{1,2}):(\d{2}):(\d{2})[:;.](\d{2})\s+(\d{1,2}):(\d{2}):(\d{2})[:;.](\d{2})\s*$/;

export function sniffAvid(source: string): number {
  const head = source.slice(0, 20_000).replace(/^\uFEFF/, '');
  return /^\s*(?:@[^\n]*\n\s*)*<begin subtitles>\s*$/im.test(head) && TIMECODES.test(head.split(/\r?\n/).find((l) => TIMECODES.test(l)) ?? '') ? 0.97 : 0;
}

export function parseAvid(source: string): Ingested {
  const lines = splitLines(source);
  const begin = lines.findIndex((l) => BEGIN.test(l.text));
  if (begin < 0) throw new PodtopicsError('AVID_NO_SUBTITLES', 'is not an Avid SubCap file: no "<begin subtitles>" line');
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  const blocks: Array<{ at: number; start: number[]; end: number[]; text: Line[] }> = [];
  let cur: (typeof blocks)[number] | null = null;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i];
    if (END.test(line.text)) break;
    if (isBlank(line)) {
      cur = null;
      continue;
    }
    const t = TIMECODES.exec(line.text);
    if (t) {
      const n = t.slice(1).map(Number);
      cur = { at: line.start, start: n.slice(0, 4), end: n.slice(4, 8), text: [] };
      blocks.push(cur);
    } else if (cur) cur.text.push(line);
    else found.report('warning', 'AVID_NO_TIMECODE', `line ${lineOf(line.start)}: text without a timecode line above it; not read as speech`, line);
  }
  if (!blocks.some((b) => b.text.length)) throw new PodtopicsError('AVID_NO_CAPTIONS', 'is an Avid SubCap file with no captions between "<begin subtitles>" and "<end subtitles>"');
  // frames: 25 a second unless a frame number says 30 (NTSC)
  const fps = blocks.some((b) => b.start[3] >= 25 || b.end[3] >= 25) ? 30 : 25;
  const seconds = (tc: number[]) => tc[0] * 3600 + tc[1] * 60 + tc[2] + tc[3] / fps;
  const parts: CuePart[] = [];
  for (const b of blocks) {
    if (!b.text.length) continue;
    const start = seconds(b.start);
    const end = seconds(b.end);
    parts.push(...cueParts(source, b.at, b.text, { start, end: end >= start ? end : null }, { vtt: false, voices: false, accepted: new Set() }));
  }
  return captionsIngested(source, 'avid', parts, found.close());
}
