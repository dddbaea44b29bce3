import type { Paragraph } from './document.js';

/**
 * The speech of a document as one string for the NLP pass: every piece's text, pieces of a
 * paragraph joined by a space, paragraphs by a blank line. Offsets map back to the source.
 * Building it copies the text once; mapping an offset is a binary search.
 */
export interface SpeechText {
  text: string;
  /** Per piece: where it starts in `text`, where in the source, lengths in both. */
  pieceTextStart: Int32Array;
  pieceSourceStart: Int32Array;
  pieceTextLength: Int32Array;
  pieceSourceLength: Int32Array;
  /** Paragraph index of each piece. */
  pieceParagraph: Int32Array;
  /** Start of each paragraph in `text`. */
  paragraphTextStart: Int32Array;
}

export const PARAGRAPH_SEPARATOR = '\n\n';
export const PIECE_SEPARATOR = ' ';

/** A paragraph's speech as the speech text holds it: pieces joined by a space, glued pieces by none. */
export function paragraphText(p: Paragraph): string {
  let out = '';
  p.pieces.forEach((piece, j) => {
    out += j > 0 && !piece.glued ? PIECE_SEPARATOR + piece.text : piece.text;
  });
  return out;
}

export function buildSpeechText(paragraphs: readonly Paragraph[]): SpeechText {
  const pieceCount = paragraphs.reduce((n, p) => n + p.pieces.length, 0);
  const pieceTextStart = new Int32Array(pieceCount);
  const pieceSourceStart = new Int32Array(pieceCount);
  const pieceTextLength = new Int32Array(pieceCount);
  const pieceSourceLength = new Int32Array(pieceCount);
  const pieceParagraph = new Int32Array(pieceCount);
  const paragraphTextStart = new Int32Array(paragraphs.length);
  const parts: string[] = [];
  let at = 0;
  let k = 0;
  paragraphs.forEach((p, pi) => {
    if (pi > 0) {
      parts.push(PARAGRAPH_SEPARATOR);
      at += PARAGRAPH_SEPARATOR.length;
    }
    paragraphTextStart[pi] = at;
    p.pieces.forEach((piece, j) => {
      if (j > 0 && !piece.glued) {
        parts.push(PIECE_SEPARATOR);
        at += PIECE_SEPARATOR.length;
      }
      pieceTextStart[k] = at;
      pieceSourceStart[k] = piece.span.start;
      pieceTextLength[k] = piece.text.length;
      pieceSourceLength[k] = piece.span.end - piece.span.start;
      pieceParagraph[k] = pi;
      parts.push(piece.text);
      at += piece.text.length;
      k++;
    });
  });
  return {
    text: parts.join(''),
    pieceTextStart,
    pieceSourceStart,
    pieceTextLength,
    pieceSourceLength,
    pieceParagraph,
    paragraphTextStart,
  };
}

/**
 * Maps a speech-text offset inside (or at the end of) piece `k` to the source: exact for a
 * verbatim piece, proportional and clamped for a decoded one.
 */
export function sourceOffsetInPiece(sp: SpeechText, k: number, offset: number): number {
  const tl = sp.pieceTextLength[k];
  const sl = sp.pieceSourceLength[k];
  const rel = Math.max(0, Math.min(offset - sp.pieceTextStart[k], tl));
  return sp.pieceSourceStart[k] + (tl === sl ? rel : Math.min(sl, Math.round((rel * sl) / Math.max(1, tl))));
}

/**
 * The speech said within source span [start, end): the speech text between where the span's
 * ends fall (an end between two pieces, in markup or a JSON object, falls at the next piece).
 * Source spans of word-level JSON or captions hold more than speech between their words.
 */
export function speechIn(sp: SpeechText, start: number, end: number): string {
  const n = sp.pieceSourceStart.length;
  if (!n || end <= start) return '';
  const from = speechOffset(sp, start);
  const to = speechOffset(sp, end);
  return to > from ? sp.text.slice(from, to) : '';
}

/** Where source offset `at` falls in the speech text (see speechIn). */
export function speechOffset(sp: SpeechText, at: number): number {
  const n = sp.pieceSourceStart.length;
  if (!n) return 0;
  // the last piece that starts at or before `at`
  let lo = 0;
  let hi = n - 1;
  if (at < sp.pieceSourceStart[0]) return sp.pieceTextStart[0];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sp.pieceSourceStart[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  const sl = sp.pieceSourceLength[lo];
  const rel = at - sp.pieceSourceStart[lo];
  // past the piece's end: where the next piece starts (or this one ends, for the last)
  if (rel >= sl) return lo + 1 < n && rel > sl ? sp.pieceTextStart[lo + 1] : sp.pieceTextStart[lo] + sp.pieceTextLength[lo];
  const tl = sp.pieceTextLength[lo];
  return sp.pieceTextStart[lo] + (tl === sl ? rel : Math.min(tl, Math.round((rel * tl) / Math.max(1, sl))));
}
