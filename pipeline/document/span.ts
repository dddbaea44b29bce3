/** A half-open range of JavaScript string indices (UTF-16 code units) into the source text. */
export interface Span {
  start: number;
  end: number;
}

/** Seconds from the start of the episode; `end` is null when the source gives only a start. */
export interface TimeRange {
  start: number;
  end: number | null;
}

export const span = (start: number, end: number): Span => ({ start, end });

export const spanLength = (s: Span): number => s.end - s.start;

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export const contains = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Index of the last number <= x in an ascending list, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}


/** Narrows a span so it starts and ends on non-whitespace (keeps it empty-safe). */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
