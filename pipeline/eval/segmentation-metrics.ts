/**
 * Segmentation metrics. `pk` and `windowDiff` follow nltk.metrics.segmentation exactly
 * (strings or arrays of boundary marks, '1' = a boundary after that position), so their
 * published doctest values hold here; `scoreSegments` applies them the way
 * ../shared/eval/score.mjs does: over the words of a transcript, with segment starts as
 * character offsets.
 */

import { lastAtOrBefore } from '../document/span.js';

type Marks = string | readonly string[];

const count = (xs: Marks, from: number, to: number, boundary: string): number => {
  let n = 0;
  for (let i = from; i < to; i++) if (xs[i] === boundary) n++;
  return n;
};

/** Beeferman's Pk (NLTK's definition): k defaults to half the mean reference segment length. */

export function pk(ref: Marks, hyp: Marks, k?: number, boundary = '1'): number {
  if (ref.length !== hyp.length) throw new Error('pk: segmentations have unequal length');
  const refBoundaries = count(ref, 0, ref.length, boundary);
  const kk = k ?? Math.round(ref.length / (refBoundaries * 2));
  let err = 0;
  const windows = ref.length - kk + 1;
  for (let i = 0; i < windows; i++) {
    const r = count(ref, i, i + kk, boundary) > 0;
    const h = count(hyp, i, i + kk, boundary) > 0;
    if (r !== h) err++;
  }
  return err / windows;
}

/** Pevzner and Hearst's WindowDiff (NLTK's definition); `weighted` sums the count differences. */
export function windowDiff(ref: Marks, hyp: Marks, k: number, boundary = '1', weighted = false): number {
  if (ref.length !== hyp.length) throw new Error('windowDiff: segmentations have unequal length');
  if (k > ref.length) throw new Error('windowDiff: window larger than the segmentation');
  let wd = 0;
  const windows = ref.length - k + 1;
  for (let i = 0; i < windows; i++) {
    const d = Math.abs(count(ref, i, i + k, boundary) - count(hyp, i, i + k, boundary));
    wd += weighted ? d : Math.min(1, d);
  }
  return wd / windows;
}

export interface SegmentationScore {
  words: number;
  k: number;
  pk: number;
  windowDiff: number;
  boundaryF1: number;
}

/**
 * Scores predicted segment starts against gold starts (character offsets into `text`) over
 * the words of text[from, to): word i is labelled with the segment it falls in; an error is
 * a window of k words whose ends are in the same segment in one and not the other (Pk) or
 * cross a different number of boundaries (WindowDiff). k is half the mean gold segment
 * length in words. A predicted boundary within max(5, min(40, k/4)) words of a gold one is a
 * hit for boundary F1. Same conventions as ../shared/eval/score.mjs.
 */
export function scoreSegments(text: string, goldStarts: readonly number[], predStarts: readonly number[], from = 0, to = text.length): SegmentationScore {
  const words: number[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/g)) words.push((m.index ?? 0) + from);
  const label = (starts: readonly number[]) => {
    const s = [...starts].sort((a, b) => a - b);
    return words.map((w) => Math.max(0, lastAtOrBefore(s, w)));
  };
  const ref = label(goldStarts);
  const hyp = label(predStarts.length ? predStarts : [0]);
  const k = Math.max(2, Math.round(words.length / (2 * Math.max(1, goldStarts.length))));
  let pkErr = 0;
  let wdErr = 0;
  let n = 0;
  for (let i = 0; i + k < words.length; i++, n++) {
    if ((ref[i] === ref[i + k]) !== (hyp[i] === hyp[i + k])) pkErr++;
    if (ref[i + k] - ref[i] !== hyp[i + k] - hyp[i]) wdErr++;
  }
  const tol = Math.min(40, Math.max(5, Math.round(k / 4)));
  const wordIndex = (off: number) => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const g = [...goldStarts].sort((a, b) => a - b).slice(1).map(wordIndex);
  const p = [...predStarts].sort((a, b) => a - b).slice(1).map(wordIndex).filter((x) => x > 0);
  const used = new Set<number>();
  let hit = 0;
  for (const b of g) {
    const m = p.findIndex((x, i) => !used.has(i) && Math.abs(x - b) <= tol);
    if (m >= 0) {
      used.add(m);
      hit++;
    }
  }
  const P = p.length ? hit / p.length : 0;
  const R = g.length ? hit / g.length : 0;
  return { words: words.length, k, pk: n ? pkErr / n : 0, windowDiff: n ? wdErr / n : 0, boundaryF1: P + R ? (2 * P * R) / (P + R) : 0 };
}
