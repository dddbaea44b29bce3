import { PodtopicsError } from '../document/diagnostics.js';
import { lineNumberer } from './cues.js';

/**
 * A JSON parser that keeps where every value sits in the source. JSON.parse gives no
 * offsets, and transcript pieces must point at the string contents inside the file; it also
 * lets a syntax error say "line N, column M" the same way on every Node version.
 */
export type JsonNode =
  | { kind: 'object'; start: number; end: number; entries: { key: string; keyStart: number; value: JsonNode }[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string; /** the raw contents between the quotes */ raw: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number; value: null };

export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly what: string,
  ) {
    super(what);
  }
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The file's JSON, or a one-line error that says where it breaks (`JSON_SYNTAX`, line and column). */
export function parseJsonFile(source: string): JsonNode {
  return scanJsonFile(source, false)[0];
}

/**
 * The file's JSON values one after another, white space between them (JSON Lines, or objects
 * a script printed one by one, as Vosk's examples print each result), or a one-line error that
 * says where one breaks.
 */
export function parseJsonValuesFile(source: string): JsonNode[] {
  return scanJsonFile(source, true);
}

function scanJsonFile(source: string, many: boolean): JsonNode[] {
  try {
    return scanJson(source, many);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const lineStart = Math.max(source.lastIndexOf('\n', err.offset - 1), source.lastIndexOf('\r', err.offset - 1)) + 1;
    throw new PodtopicsError('JSON_SYNTAX', `is not valid JSON: ${err.what} (line ${lineNumberer(source)(err.offset)}, column ${err.offset - lineStart + 1})`);
  }
}

export function parseJsonWithOffsets(source: string): JsonNode {
  return scanJson(source, false)[0];
}

function scanJson(source: string, many: boolean): JsonNode[] {
  let i = 0;
  const n = source.length;
  const ws = () => {
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || (c === 0xfeff && i === 0)) i++;
      else return;
    }
  };
  const fail = (what?: string): never => {
    if (i >= n) throw new JsonSyntaxError(n, what ?? 'unexpected end of file');
    const ch = source[i];
    throw new JsonSyntaxError(i, what ?? `unexpected ${/\s/.test(ch) ? 'white space' : JSON.stringify(ch)}`);
  };
  const expect = (ch: string, what: string) => {
    ws();
    if (source[i] !== ch) fail(`expected ${what}, found ${i >= n ? 'the end of the file' : JSON.stringify(source[i])}`);
    i++;
  };

  function str(): JsonNode & { kind: 'string' } {
    const start = i;
    i++; // opening quote
    let escaped = false;
    for (;;) {
      if (i >= n) throw new JsonSyntaxError(start, 'unterminated string');
      const c = source.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) throw new JsonSyntaxError(i, 'line break or control character inside a string');
      if (c === 92) {
        escaped = true;
        i++;
      }
      i++;
    }
    i++; // closing quote
    const raw = source.slice(start + 1, i - 1);
    let value = raw;
    if (escaped) {
      try {
        value = JSON.parse(source.slice(start, i)) as string;
      } catch {
        throw new JsonSyntaxError(start, 'bad escape sequence in string');
      }
    }
    return { kind: 'string', start, end: i, value, raw };
  }

  let depth = 0;
  function value(): JsonNode {
    ws();
    // Recursion depth is bounded so a hostile `[[[[…` file is an error, not a stack overflow.
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(i, `nested more than ${MAX_DEPTH} levels deep`);
    const start = i;
    const ch = source[i];
    if (ch === '{') {
      i++;
      depth++;
      const entries: { key: string; keyStart: number; value: JsonNode }[] = [];
      ws();
      if (source[i] === '}') {
        i++;
        depth--;
        return { kind: 'object', start, end: i, entries };
      }
      for (;;) {
        ws();
        if (source[i] !== '"') fail(`expected a property name in double quotes, found ${i >= n ? 'the end of the file' : JSON.stringify(source[i])}`);
        const key = str();
        expect(':', '":" after a property name');
        entries.push({ key: key.value, keyStart: key.start, value: value() });
        ws();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === '}') {
          i++;
          depth--;
          return { kind: 'object', start, end: i, entries };
        }
        fail(`expected "," or "}" after a property value, found ${i >= n ? 'the end of the file' : JSON.stringify(source[i])}`);
      }
    }
    if (ch === '[') {
      i++;
      depth++;
      const items: JsonNode[] = [];
      ws();
      if (source[i] === ']') {
        i++;
        depth--;
        return { kind: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === ']') {
          i++;
          depth--;
          return { kind: 'array', start, end: i, items };
        }
        fail(`expected "," or "]" after an array item, found ${i >= n ? 'the end of the file' : JSON.stringify(source[i])}`);
      }
    }
    if (ch === '"') return str();
    if (source.startsWith('true', i)) return (i += 4), { kind: 'boolean', start, end: i, value: true };
    if (source.startsWith('false', i)) return (i += 5), { kind: 'boolean', start, end: i, value: false };
    if (source.startsWith('null', i)) return (i += 4), { kind: 'null', start, end: i, value: null };
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(source);
    if (m && m[0].length) {
      i += m[0].length;
      return { kind: 'number', start, end: i, value: Number(m[0]) };
    }
    return fail();
  }

  const roots = [value()];
  ws();
  while (many && i < n) {
    roots.push(value());
    ws();
  }
  if (i < n) fail(`unexpected ${JSON.stringify(source[i])} after the end of the JSON value`);
  return roots;
}

/** The value of a property of an object node, or undefined. */
export function prop(node: JsonNode, key: string): JsonNode | undefined {
  return node.kind === 'object' ? node.entries.find((e) => e.key === key)?.value : undefined;
}

/** Seconds from a number, or a numeric string (some exporters quote them: Amazon Transcribe, some Podcasting 2.0 writers). */
export function jsonSeconds(node: JsonNode | undefined): number | null {
  if (!node) return null;
  const v = node.kind === 'number' ? node.value : node.kind === 'string' && node.value.trim() !== '' ? Number(node.value) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : null;
}

/** The span between the quotes with white space trimmed at the edges; decoded text is not verbatim. */
export function stringContentSpan(node: JsonNode & { kind: 'string' }): { start: number; end: number } {
  let start = node.start + 1;
  let end = node.end - 1;
  const raw = node.raw;
  let a = 0;
  let b = raw.length;
  while (a < b && /\s/.test(raw[a])) a++;
  while (b > a && /\s/.test(raw[b - 1])) b--;
  start += a;
  end -= raw.length - b;
  return { start, end };
}

/**
 * A string node's value with, for each of its UTF-16 units, the source offset of the escape
 * or character it came from (`offsets[value.length]` is the closing quote): spans found in the
 * decoded text (an HTML document inside a JSON string) map back to the file.
 */
export function decodeWithOffsets(node: JsonNode & { kind: 'string' }): { value: string; offsets: Int32Array } {
  const raw = node.raw;
  const base = node.start + 1;
  const offsets = new Int32Array(node.value.length + 1);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const at = base + i;
    if (raw[i] !== '\\') {
      offsets[out.length] = at;
      out += raw[i];
      i++;
      continue;
    }
    const c = raw[i + 1];
    let ch: string;
    if (c === 'u') {
      ch = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      ch = ESCAPES[c] ?? c;
      i += 2;
    }
    offsets[out.length] = at;
    out += ch;
  }
  offsets[out.length] = base + raw.length;
  return { value: out, offsets };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
