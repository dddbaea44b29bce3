import { unzipSync } from 'fflate';
import { PodtopicsError } from '../document/diagnostics.js';

/**
 * Word documents (.docx): the transcript exports of Rev, Otter, Descript, Trint, Sonix and
 * most editors. A .docx is a zip archive; its text is `word/document.xml`, one `<w:p>` per
 * paragraph, the words in `<w:t>` runs. The text is read the way Word's own "Save as plain
 * text" writes it: one line per paragraph (an empty paragraph is an empty line), a tab for
 * `<w:tab/>`, a line break for `<w:br/>`, table cells as their paragraphs. Every span of
 * the result indexes that text (`podtopics extract FILE --format text` prints it), which the
 * transcript readers then read like any text file.
 */

/** A zip archive's local file header: `PK\x03\x04`. */
export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const DOCUMENT = 'word/document.xml';

/** Markup per character of text a Word document may carry before its text part is refused unread. */
const XML_PER_TEXT_BYTE = 16;

/**
 * The text of a .docx, or a one-line error for any other zip archive or a damaged one. The
 * text part is inflated only if its declared size is within `maxBytes` times the markup a
 * document carries (a small archive may inflate to gigabytes).
 */
export function docxText(bytes: Uint8Array, maxBytes = Infinity): string {
  let files: Record<string, Uint8Array>;
  let tooLarge = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== DOCUMENT) return false;
        if (f.originalSize > maxBytes * XML_PER_TEXT_BYTE) tooLarge = f.originalSize;
        return tooLarge === 0;
      },
    });
  } catch (err) {
    throw new PodtopicsError('INPUT_BAD_ARCHIVE', `is a damaged zip archive (${(err as Error).message}); re-export the transcript`);
  }
  if (tooLarge) throw new PodtopicsError('INPUT_TOO_LARGE', `is a Word document whose text part would inflate to ${(tooLarge / 1024 / 1024).toFixed(1)} MB, over the limit for one episode; split it or raise --max-bytes`);
  const xml = files[DOCUMENT];
  if (!xml) throw new PodtopicsError('INPUT_ARCHIVE', 'is a zip archive but not a Word document (no word/document.xml); unpack it and give the transcript inside');
  return documentText(new TextDecoder('utf-8').decode(xml));
}

/** The paragraphs of WordprocessingML's document part as text lines. */
export function documentText(xml: string): string {
  const body = xml.indexOf('<w:body');
  const lines: string[] = [];
  let line = '';
  let inText = false;
  // one pass over the tags: text is kept only inside <w:t> (and <w:delText> is dropped:
  // deleted in tracked changes)
  const TAG = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;
  TAG.lastIndex = body < 0 ? 0 : body;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[5] !== undefined) {
      if (inText) line += m[5];
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2];
    const empty = m[4] === '/';
    if (name === 'w:t') inText = !closing && !empty;
    else if (name === 'w:p' && (closing || empty)) {
      lines.push(decodeXml(line));
      line = '';
    } else if (!closing && (name === 'w:tab' || name === 'w:ptab')) line += '\t';
    else if (!closing && (name === 'w:br' || name === 'w:cr')) line += '\n';
    else if (!closing && name === 'w:noBreakHyphen') line += '-';
  }
  if (line) lines.push(decodeXml(line));
  const text = lines.join('\n').replace(/\s+$/, '') + '\n';
  if (!text.trim()) throw new PodtopicsError('INPUT_EMPTY', 'is a Word document with no text; there is no transcript to read');
  return text;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    if (e[0] !== '#') return ENTITY[e.toLowerCase()] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
