import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, SpeakerLabel } from '../document/document.js';
import type { TimeRange } from '../document/span.js';
import { cappedDiagnostics, type CuePart, declaredPeople, DEFAULT_PAUSE_SECONDS, groupCueParts, lineNumberer, outsideParagraphs, quote, runsToPieces, settleTiming, type TextRun } from './cues.js';
import { parseCueClock } from './subtitles.js';

/**
 * Transcripts as tables: a header row naming the columns, then one row per recogniser segment
 * or utterance, separated by tabs, commas or semicolons. Whisper's `--output_format tsv`
 * (`start	end	text`, whole milliseconds), transcription services' CSV exports
 * (`start,end,speaker,text`, a diarisation letter or a name), spreadsheets of captions
 * (`Speaker,Start Time,End Time,Text`, clock times).
 *
 * The rows are read by hand (RFC 4180: a quoted field may hold the delimiter, line breaks and
 * doubled quotes) rather than with csv-parse or papaparse: neither reports where a field sits
 * in the source, and every piece of speech needs its exact offsets.
 */

type Column = 'text' | 'start' | 'end' | 'speaker';

/** Header names by column, compared in lower case without spaces, `_` and `-` (see headerKey). */
const COLUMN_NAMES: Record<Column, readonly string[]> = {
  text: ['text', 'transcript', 'transcription', 'content', 'utterance', 'sentence', 'body', 'words', 'caption', 'subtitle', 'speech'],
  start: ['start', 'starttime', 'startms', 'startseconds', 'startsec', 'starttimestamp', 'begin', 'from', 'in', 'timestart', 'offset', 'timestamp', 'time'],
  end: ['end', 'endtime', 'endms', 'endseconds', 'endsec', 'endtimestamp', 'stop', 'to', 'out', 'timeend'],
  speaker: ['speaker', 'speakername', 'speakerlabel', 'speakerid', 'name', 'voice', 'participant', 'who'],
};

/** `Start Time (ms)` → `starttime`; the unit in brackets is read apart (see unitOf). */
const headerKey = (name: string): string => name.replace(/\([^)]*\)|\[[^\]]*\]/g, '').toLowerCase().replace(/[\s_\-.]+/g, '');

/** A header's own unit: `start_ms`, `Start (ms)`, `end (s)`, `startSeconds`. */
function unitOf(name: string): 'ms' | 's' | null {
  const n = name.toLowerCase();
  if (/(?:^|[\s_\-(\[])(?:ms|millis(?:econds)?)\b|ms$|millis(?:econds)?$/.test(n)) return 'ms';
  if (/(?:^|[\s_\-(\[])(?:s|sec|secs|seconds)\b|seconds$|sec$/.test(n)) return 's';
  return null;
}

interface Field {
  /** Source range of the field's contents (inside its quotes when quoted). */
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

interface Row {
  fields: Field[];
  /** Source range of the whole row, line break excluded. */
  start: number;
  end: number;
}

const DELIMITERS = ['\t', ',', ';'] as const;

/** The first non-empty line and where it starts. */
function firstLine(source: string): { text: string; start: number } | null {
  const re = /[^\r\n]*/y;
  let at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < source.length) {
    re.lastIndex = at;
    const line = re.exec(source)![0];
    if (line.trim()) return { text: line, start: at };
    at += line.length + (source[at + line.length] === '\r' && source[at + line.length + 1] === '\n' ? 2 : 1);
  }
  return null;
}

/** The columns a header names, or null when it is not a transcript's header (no text column, nothing else known). */
function readHeader(names: readonly string[]): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  names.forEach((name, k) => {
    const key = headerKey(name);
    for (const col of Object.keys(COLUMN_NAMES) as Column[]) if (!columns.has(col) && COLUMN_NAMES[col].includes(key)) columns.set(col, k);
  });
  if (!columns.has('text') || columns.size < 2) return null;
  return columns;
}

/** The delimiter and columns of a table transcript's header line, or null. */
function sniffHeader(source: string): { delimiter: string; columns: Map<Column, number>; names: string[] } | null {
  const line = firstLine(source);
  if (!line) return null;
  for (const delimiter of DELIMITERS) {
    if (!line.text.includes(delimiter)) continue;
    const names = line.text.split(delimiter).map((x) => x.trim().replace(/^"(.*)"$/, '$1'));
    const columns = readHeader(names);
    if (columns) return { delimiter, columns, names };
  }
  return null;
}

/** A header row naming a text column and a time or speaker column is decisive: tab-separated (Whisper's TSV)... */
export function sniffTsv(source: string): number {
  return sniffHeader(source.slice(0, 2000))?.delimiter === '\t' ? 0.95 : 0;
}

/** ...or comma- or semicolon-separated. */
export function sniffCsv(source: string): number {
  const h = sniffHeader(source.slice(0, 2000));
  return h && h.delimiter !== '\t' ? 0.95 : 0;
}

/**
 * The rows of the source from `at` (RFC 4180 with any delimiter): a field in quotes may hold
 * delimiters, line breaks and doubled quotes; a quote inside an unquoted field is a character.
 */
function readRows(source: string, at: number, delimiter: string, lineOf: (offset: number) => number): Row[] {
  const rows: Row[] = [];
  const n = source.length;
  while (at < n) {
    const rowStart = at;
    const fields: Field[] = [];
    for (;;) {
      if (source[at] === '"') {
        const open = at;
        let value = '';
        let from = at + 1;
        let i = from;
        for (;;) {
          const q = source.indexOf('"', i);
          if (q < 0) throw new PodtopicsError('TABLE_SYNTAX', `line ${lineOf(open)}: a quoted field is never closed (a field that starts with " ends with " before the next ${delimiter === '\t' ? 'tab' : JSON.stringify(delimiter)} or line break)`);
          if (source[q + 1] === '"') {
            value += source.slice(from, q + 1);
            from = i = q + 2;
            continue;
          }
          value += source.slice(from, q);
          fields.push({ start: open + 1, end: q, value, quoted: true });
          at = q + 1;
          break;
        }
        // anything between the closing quote and the delimiter is kept in the field's text
        let j = at;
        while (j < n && source[j] !== delimiter && source[j] !== '\n' && source[j] !== '\r') j++;
        if (j > at) {
          const f = fields[fields.length - 1];
          f.value += source.slice(at, j);
          f.end = j;
          at = j;
        }
      } else {
        let j = at;
        while (j < n && source[j] !== delimiter && source[j] !== '\n' && source[j] !== '\r') j++;
        fields.push({ start: at, end: j, value: source.slice(at, j), quoted: false });
        at = j;
      }
      if (source[at] === delimiter) {
        at++;
        continue;
      }
      break;
    }
    const rowEnd = at;
    if (source[at] === '\r') at++;
    if (source[at] === '\n') at++;
    if (fields.some((f) => f.value.trim())) rows.push({ fields, start: rowStart, end: rowEnd });
    if (rowEnd === at) break;
  }
  return rows;
}

/** A quoted field's contents as runs: the text between doubled quotes verbatim, each `""` one decoded `"`. */
function fieldRuns(source: string, f: Field): TextRun[] {
  if (!f.quoted || !source.slice(f.start, f.end).includes('""')) return [{ start: f.start, end: f.end, text: source.slice(f.start, f.end) }];
  const runs: TextRun[] = [];
  let from = f.start;
  for (let q = source.indexOf('""', from); q >= 0 && q < f.end; q = source.indexOf('""', from)) {
    if (q > from) runs.push({ start: from, end: q, text: source.slice(from, q) });
    runs.push({ start: q, end: q + 2, text: '"' });
    from = q + 2;
  }
  if (from < f.end) runs.push({ start: from, end: f.end, text: source.slice(from, f.end) });
  return runs;
}

const NUMBER = /^[+]?\d+(?:\.\d+)?$/;

/**
 * How to read a time column: clock times (`00:01:02.500`) as clocks; numbers in the unit the
 * header names, else in milliseconds when they are whole and rows start hundreds apart
 * (Whisper, most APIs), else seconds.
 */
function timeReader(rows: readonly Row[], col: number | undefined, header: string | undefined): (value: string) => number | null {
  if (col === undefined) return () => null;
  const values = rows.map((r) => (r.fields[col]?.value ?? '').trim()).filter((v) => v !== '');
  const clock = (v: string) => (v.includes(':') ? parseCueClock(v) : null);
  let unit = header ? unitOf(header) : null;
  if (!unit) {
    const numbers = values.filter((v) => NUMBER.test(v)).map(Number);
    const whole = numbers.length > 0 && numbers.every((x) => Number.isInteger(x));
    const steps: number[] = [];
    for (let k = 1; k < numbers.length; k++) if (numbers[k] > numbers[k - 1]) steps.push(numbers[k] - numbers[k - 1]);
    steps.sort((a, b) => a - b);
    unit = whole && steps.length > 0 && steps[steps.length >> 1] >= 100 ? 'ms' : 's';
  }
  const scale = unit === 'ms' ? 1000 : 1;
  return (v: string) => {
    const t = v.trim();
    if (t === '') return null;
    if (NUMBER.test(t)) return Number(t) / scale;
    return clock(t);
  };
}

export function parseTable(source: string): Ingested {
  const header = sniffHeader(source);
  if (!header) {
    throw new PodtopicsError('TABLE_NO_HEADER', 'is not a transcript table: its first line names no text column (expected a header such as "start,end,speaker,text" or "start<TAB>end<TAB>text")');
  }
  const { delimiter, columns, names } = header;
  const lineOf = lineNumberer(source);
  const first = firstLine(source)!;
  let at = first.start + first.text.length;
  if (source[at] === '\r') at++;
  if (source[at] === '\n') at++;
  const rows = readRows(source, at, delimiter, lineOf);
  if (!rows.length) throw new PodtopicsError('TABLE_EMPTY', `has a header row (line ${lineOf(first.start)}) but no rows; there is no speech`);

  const found = cappedDiagnostics();
  const report = (code: string, message: string, span: { start: number; end: number }) => found.report('warning', code, message, span);
  const textCol = columns.get('text')!;
  const speakerCol = columns.get('speaker');
  const startOf = timeReader(rows, columns.get('start'), names[columns.get('start') ?? -1]);
  const endOf = timeReader(rows, columns.get('end'), names[columns.get('end') ?? -1]);
  const width = names.length;

  const parts: CuePart[] = [];
  let lastStart = -Infinity;
  for (const row of rows) {
    const where = `line ${lineOf(row.start)}`;
    if (row.fields.length !== width) {
      report('TABLE_ROW_WIDTH', `${where}: ${row.fields.length} fields where the header has ${width}; ${row.fields.length > textCol ? 'its text column is read as it stands' : 'it has no text column and is kept as a paragraph of its own'}`, row);
    }
    // a row without a text column is kept whole as speech, with no time and no speaker
    const whole = row.fields.length <= textCol;
    const textField: Field = whole ? { start: row.start, end: row.end, value: source.slice(row.start, row.end), quoted: false } : row.fields[textCol];
    const field = (col: Column) => (whole || !columns.has(col) ? undefined : row.fields[columns.get(col)!]);
    const startValue = field('start')?.value ?? '';
    const start = startOf(startValue);
    const end = endOf(field('end')?.value ?? '');
    let time: TimeRange | null = null;
    if (!whole && columns.has('start') && start === null) report('TABLE_TIME_UNREADABLE', `${where}: cannot read the start time ${quote(startValue)}; its text is kept without a time`, row);
    else if (start !== null) {
      time = { start, end: end !== null && end >= start ? end : null };
      if (end !== null && end < start) report('TABLE_TIME_REVERSED', `${where}: the row ends before it starts; its end is dropped`, row);
      if (start < lastStart) report('TABLE_TIME_OUT_OF_ORDER', `${where}: the row starts before the one above it; rows are read in file order`, row);
      lastStart = start;
    }
    const sp = field('speaker');
    const raw = sp?.value.trim() ?? '';
    let label: SpeakerLabel | null = null;
    if (sp && raw) {
      const lead = sp.value.length - sp.value.trimStart().length;
      label = { raw, span: { start: sp.start + lead, end: sp.start + lead + raw.length } };
    }
    parts.push({ span: { start: row.start, end: row.end }, pieces: runsToPieces(source, fieldRuns(source, textField), time), label, dash: false, time });
  }
  const diagnostics = found.close();
  if (!parts.some((p) => p.pieces.length)) throw new PodtopicsError('TABLE_EMPTY', `has ${rows.length} rows but nothing in its "${names[textCol]}" column; there is no speech`);

  // rows of one speaker join until the speaker changes or a pause follows a sentence end;
  // without a speaker column (Whisper) a row that ends a sentence closes a paragraph, as in
  // captions that mark no voice
  const paragraphs = groupCueParts(parts, { pauseSeconds: DEFAULT_PAUSE_SECONDS, pauseSplitsLabeled: true, splitUnmarkedAtSentences: speakerCol === undefined });
  const timed = settleTiming(paragraphs);
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed,
    declared: speakerCol !== undefined ? { people: declaredPeople(paragraphs) } : {},
    diagnostics,
  };
}
