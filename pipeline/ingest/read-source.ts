import { readFileSync, statSync } from 'node:fs';
import { PodtopicsError, diagnostic, type Diagnostic } from '../document/diagnostics.js';
import { docxText, isZip } from './docx.js';

/** One episode; a larger file is almost surely not a transcript (or a whole catalogue in one file). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadSource {
  text: string;
  diagnostics: Diagnostic[];
  /** The text was read out of a Word document: spans index that text, not the file's bytes. */
  container?: 'docx';
}

/**
 * Reads a transcript as UTF-8 exactly like `readFileSync(path, 'utf8')` (a BOM stays in the
 * text, CRLF stays), after checking that it is usable text; a Word document (.docx) as the
 * text of its paragraphs (see docx.ts). Throws PodtopicsError with a
 * one-line message for unusable input; damaged but readable input returns diagnostics.
 */
export function readSourceFile(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadSource {
  let bytes: Buffer;
  try {
    if (path !== '-') {
      const st = statSync(path);
      if (st.isDirectory()) throw new PodtopicsError('INPUT_IS_DIRECTORY', 'is a directory; give a transcript file (or use `podtopics index DIR`)');
      if (st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    }
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (err) {
    if (err instanceof PodtopicsError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PodtopicsError('INPUT_NOT_FOUND', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new PodtopicsError('INPUT_UNREADABLE', 'permission denied');
    if (code === 'EISDIR') throw new PodtopicsError('INPUT_IS_DIRECTORY', 'is a directory; give a transcript file');
    throw new PodtopicsError('INPUT_UNREADABLE', `cannot be read (${code ?? (err as Error).message})`);
  }
  return decodeSource(bytes, maxBytes);
}

function tooLarge(size: number, maxBytes: number): PodtopicsError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new PodtopicsError('INPUT_TOO_LARGE', `is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit for one episode; split it into episodes or raise --max-bytes`);
}

/** The byte-level checks, separate from the file system so tests and stdin share them. */
export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadSource {
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  // a Word document (Rev's, Otter's, Descript's exports): its paragraphs as text lines
  if (isZip(bytes)) {
    const text = docxText(bytes, maxBytes);
    const note = diagnostic('info', 'DOCX_TEXT', 'read the text of a Word document; spans index that text (`podtopics extract FILE --format text` prints it)', { start: 0, end: 0 });
    return { text, diagnostics: [note], container: 'docx' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new PodtopicsError('INPUT_UTF16', 'is UTF-16 text; podtopics reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)');
  }
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  if (nul > 0) {
    throw new PodtopicsError('INPUT_BINARY', 'looks binary (it contains NUL bytes), not a text transcript');
  }
  const diagnostics: Diagnostic[] = [];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0xfffd) {
      bad++;
      if (firstBad < 0) firstBad = i;
    }
  }
  // U+FFFD may be in a valid file; only call it invalid when strict decoding fails too.
  if (bad > 0 && !isValidUtf8(bytes)) {
    if (bad > 16 && bad / Math.max(1, text.length) > 0.005) {
      throw new PodtopicsError('INPUT_NOT_UTF8', `is not UTF-8 text (${bad} invalid byte sequences); convert it to UTF-8`);
    }
    diagnostics.push(diagnostic('warning', 'INVALID_UTF8', `${bad} invalid UTF-8 byte sequence(s) read as U+FFFD; re-save the file as UTF-8 to keep those characters`, { start: firstBad, end: firstBad + 1 }));
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new PodtopicsError('INPUT_EMPTY', text.length === 0 ? 'is empty' : 'has only white space; there is no transcript to read');
  }
  // (but for NAK, U+0015: a CHAT transcript's time bullets, two to an utterance)
  const controls = text.match(/[\u0001-\u0008\u000e-\u0014\u0016-\u001f]/g);
  if (controls && controls.length > 0.01 * text.length) {
    throw new PodtopicsError('INPUT_BINARY', 'looks binary (many control characters), not a text transcript');
  }
  return { text, diagnostics };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
