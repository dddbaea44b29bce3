import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import { documentText, isZip } from '../pipeline/ingest/docx.js';
import { decodeSource } from '../pipeline/ingest/read-source.js';
import { extractFile, extractText } from '../pipeline/extract.js';
import { collectFiles } from '../pipeline/index/collect-files.js';

/** A minimal Word document holding `body` (WordprocessingML paragraphs), as Word writes its parts. */
function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (...runs: string[]) => `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;

describe('the text of a Word document (docx.ts documentText)', () => {
  const body = (xml: string) => `<w:document><w:body>${xml}</w:body></w:document>`;
  it.each([
    ['one paragraph per line', p('Hello.') + p('World.'), 'Hello.\nWorld.\n'],
    ['runs join without spaces', p('Hel', 'lo, ', 'world.'), 'Hello, world.\n'],
    ['an empty paragraph is an empty line', p('Speaker 1  0:00') + '<w:p/>' + p('Text.'), 'Speaker 1  0:00\n\nText.\n'],
    ['tabs and line breaks', '<w:p><w:r><w:t>Dana</w:t></w:r><w:r><w:tab/><w:t>00:01</w:t><w:br/><w:t>Hi.</w:t></w:r></w:p>', 'Dana\t00:01\nHi.\n'],
    ['entities decoded once', p('Tom & Jerry <3 "quotes" don\'t'), 'Tom & Jerry <3 "quotes" don\'t\n'],
    ['numeric entities', '<w:p><w:r><w:t>caf&#233; &#x2014; ok</w:t></w:r></w:p>', 'café — ok\n'],
    // tracked changes: deleted text is not said; inserted text is
    ['deleted text dropped', '<w:p><w:r><w:t>kept </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r></w:del><w:ins><w:r><w:t>added</w:t></w:r></w:ins></w:p>', 'kept added\n'],
    // a table (Rev-style: speaker and time in one cell, text in the next) reads cell by cell
    ['table cells as paragraphs', '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Dana Reyes (00:01)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Welcome.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', 'Dana Reyes (00:01)\nWelcome.\n'],
  ])('%s', (_why, xml, text) => {
    expect(documentText(body(xml))).toBe(text);
  });

  it('a document with no text is an empty transcript (one-line error)', () => {
    expect(() => documentText(body('<w:p/><w:p/>'))).toThrow(/no text/);
  });
});

describe('reading a .docx file', () => {
  it('is read as the text of its paragraphs, and says so', () => {
    const r = decodeSource(docx(p('Dana Reyes: Hello.') + p('Tom Lindqvist: Hi.')));
    expect(r.text).toBe('Dana Reyes: Hello.\nTom Lindqvist: Hi.\n');
    expect(r.container).toBe('docx');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DOCX_TEXT']);
  });

  it('a text part that would inflate past the limit is refused unread', () => {
    // (the archive is a few kilobytes; its text part 200 k)
    const big = docx(p('x'.repeat(200_000)));
    expect(big.length).toBeLessThan(5000);
    try {
      decodeSource(big, 5000);
      expect.unreachable();
    } catch (err) {
      expect((err as PodtopicsError).code).toBe('INPUT_TOO_LARGE');
      expect((err as Error).message).toMatch(/would inflate to/);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(decodeSource(big, 100_000).text.length).toBe(200_001);
  });

  it.each([
    ['a zip archive that is no Word document', zipSync({ 'notes.txt': strToU8('hello') }), 'INPUT_ARCHIVE'],
    ['a damaged archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'INPUT_BAD_ARCHIVE'],
  ])('%s fails with one line', (_why, bytes, code) => {
    expect(isZip(bytes)).toBe(true);
    try {
      decodeSource(bytes);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PodtopicsError);
      expect((err as PodtopicsError).code).toBe(code);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});

describe('a transcript exported as a Word document, end to end', () => {
  // the two-hosts fixture as an Otter-style export: a speaker-and-time paragraph, the text,
  // an empty paragraph between blocks
  const lines = readFileSync('data/fixtures/two-hosts/episode.labeled.txt', 'utf8').trim().split('\n');
  const blocks = lines.map((line, i) => {
    const [, who, said] = /^([^:]+): (.*)$/.exec(line)!;
    const t = `${Math.floor(i / 2)}:${String((i * 17) % 60).padStart(2, '0')}`;
    return p(`${who}  ${t}`) + p(said) + '<w:p/>';
  });
  const dir = mkdtempSync(join(tmpdir(), 'podtopics-docx-'));
  const file = join(dir, 'episode.docx');
  writeFileSync(file, docx(blocks.join('')));
  const result = extractFile(file);

  it('reads the same cards as the same text saved as plain text', () => {
    const text = decodeSource(readFileSync(file)).text;
    const plain = extractText(text, file);
    expect(result.source.container).toBe('docx');
    expect(result.source.length).toBe(text.length);
    expect(result.segments.map((s) => [s.kind, s.span, s.title, s.presenter])).toEqual(plain.segments.map((s) => [s.kind, s.span, s.title, s.presenter]));
    expect(result.turns.map((t) => t.speaker)).toEqual(plain.turns.map((t) => t.speaker));
  });

  it('finds both hosts, labelled, and the fixture’s items', () => {
    expect(result.speakers.map((s) => s.name).sort()).toEqual(['Dana Reyes', 'Tom Lindqvist']);
    expect(result.turns.every((t) => t.attribution === 'label')).toBe(true);
    expect(result.segments.filter((s) => s.kind === 'sponsor')).toHaveLength(1);
    expect(result.tags.map((t) => t.name)).toEqual(extractFile('data/fixtures/two-hosts/episode.labeled.txt').tags.map((t) => t.name));
    // (a name-and-time line above each paragraph, as transcript pages and Otter's exports write it)
    expect(result.source.format).toBe('web-transcript');
  });

  it('is collected by index', () => {
    expect(collectFiles([dir]).files).toEqual([file]);
  });
});
