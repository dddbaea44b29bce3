import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';
import { cappedDiagnostics, captionsIngested, type CuePart, lineNumberer } from './cues.js';
import { isBlank, splitLines } from './lines.js';
import { cueParts } from './subtitles.js';

/**
 * An Audacity label track, as Export Labels writes it: `START<TAB>END<TAB>text` lines, times
 * in seconds (six decimals), no header; a label with a frequency range adds a line
 * `\<TAB>LOW<TAB>HIGH` under it. Speech-to-text plug-ins (Whisper's OpenVINO plug-ins for
 * Audacity) write their transcript as such labels, cut wherever the recogniser paused. A
 * point label (START = END) is an editor's mark (`MUSIC IN`, `cough`, `cut?`), not speech.
 */
const LABEL = /^(\d+(?:\.\d+)?)\t(\d+(?:\.\d+)?)\t(.*)$/;
const SPECTRAL = /^\\\t/;

export function sniffAudacity(source: string): number {
  const lines = splitLines(source.slice(0, 20_000).replace(/^\uFEFF/, '')).filter((l) => !isBlank(l));
  if (lines.length < 3) return 0;
  let labels = 0;
  for (const l of lines) if (LABEL.test(l.text) || SPECTRAL.test(l.text)) labels++;
  // (a Whisper TSV opens with a header row naming its columns: not this)
  return labels >= 3 && labels / lines.length >= 0.9 ? 0.9 : 0;
}

export function parseAudacity(source: string): Ingested {
  const found = cappedDiagnostics();
  const lineOf = lineNumberer(source);
  const rows: Array<{ start: number; end: number; line: { start: number; end: number; text: string }; textAt: number }> = [];
  let marks = 0;
  for (const line of splitLines(source)) {
    const text = line.text.replace(/^\uFEFF/, '');
    const lead = line.text.length - text.length;
    if (isBlank(line) || SPECTRAL.test(text)) continue;
    const m = LABEL.exec(text);
    if (!m) {
      found.report('warning', 'LABEL_UNREADABLE', `line ${lineOf(line.start)}: not START<TAB>END<TAB>text; not read as speech`, line);
      continue;
    }
    const start = Number(m[1]);
    const end = Number(m[2]);
    // a point label marks a place for the editor: kept as non-speech
    if (end <= start) {
      marks++;
      continue;
    }
    rows.push({ start, end, line, textAt: line.start + lead + m[1].length + m[2].length + 2 });
  }
  if (!rows.length) {
    throw new PodtopicsError('LABEL_NO_SPEECH', marks ? `is an Audacity label track with only point labels (${marks}); there is no speech` : 'is not an Audacity label track: no line reads START<TAB>END<TAB>text');
  }
  const parts: CuePart[] = [];
  let last = -Infinity;
  for (const r of rows) {
    if (r.start < last) found.report('warning', 'LABEL_OUT_OF_ORDER', `line ${lineOf(r.line.start)} starts before the label above it; labels are read in file order`, r.line);
    last = r.start;
    const line = { start: r.textAt, end: r.line.end, text: source.slice(r.textAt, r.line.end) };
    parts.push(...cueParts(source, r.line.start, [line], { start: r.start, end: r.end }, { vtt: false, voices: false, accepted: new Set() }));
  }
  return captionsIngested(source, 'audacity', parts, found.close());
}
