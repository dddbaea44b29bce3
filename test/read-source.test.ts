import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import { decodeSource, readSourceFile } from '../pipeline/ingest/read-source.js';

const dir = mkdtempSync(join(tmpdir(), 'podtopics-read-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const errorOf = (fn: () => unknown): { code: string; message: string } => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PodtopicsError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a PodtopicsError');
};

describe('reading a transcript file', () => {
  it.each([
    ['empty file', () => readSourceFile(file('empty.txt', '')), 'INPUT_EMPTY', 'is empty'],
    ['white space only', () => readSourceFile(file('ws.txt', ' \n\t\n  ')), 'INPUT_EMPTY', 'has only white space; there is no transcript to read'],
    ['missing file', () => readSourceFile(join(dir, 'nope.txt')), 'INPUT_NOT_FOUND', 'no such file'],
    ['a directory', () => readSourceFile(dir), 'INPUT_IS_DIRECTORY', 'is a directory; give a transcript file (or use `podtopics index DIR`)'],
    ['binary', () => readSourceFile(file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]))), 'INPUT_BINARY', 'looks binary (it contains NUL bytes), not a text transcript'],
    ['UTF-16 LE with BOM', () => readSourceFile(file('u16.txt', Buffer.from('\ufeffALICE: hi', 'utf16le'))), 'INPUT_UTF16', 'is UTF-16 text; podtopics reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)'],
    ['UTF-16 BE with BOM', () => readSourceFile(file('u16be.txt', new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0x3a]))), 'INPUT_UTF16', 'is UTF-16 text; podtopics reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)'],
    ['Latin-1, not UTF-8', () => readSourceFile(file('latin1.txt', Buffer.from('ALICE: caf\xe9 na\xefve r\xe9sum\xe9 '.repeat(20), 'latin1'))), 'INPUT_NOT_UTF8', 'is not UTF-8 text (80 invalid byte sequences); convert it to UTF-8'],
    ['over the size limit', () => readSourceFile(file('big.txt', 'ALICE: word '.repeat(200)), 1000), 'INPUT_TOO_LARGE', 'is 0.0 MB, over the 0.0 MB limit for one episode; split it into episodes or raise --max-bytes'],
  ])('%s', (_name, fn, code, message) => {
    expect(errorOf(fn)).toEqual({ code, message });
  });

  it('keeps a BOM and CRLF exactly as read', () => {
    const text = '\ufeffALICE: Hello there.\r\nBOB: Hi.\r\n';
    const r = readSourceFile(file('crlf.txt', text));
    expect(r.text).toBe(text);
    expect(r.diagnostics).toEqual([]);
  });

  it('reads a few invalid bytes with a warning, like readFileSync does', () => {
    const bytes = Buffer.concat([Buffer.from('ALICE: Hello '), Buffer.from([0xff]), Buffer.from(' there. '.repeat(50))]);
    const r = decodeSource(bytes);
    expect(r.text.includes('\ufffd')).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['INVALID_UTF8']);
    expect(r.diagnostics[0].span).toEqual({ start: 13, end: 14 });
  });
});
