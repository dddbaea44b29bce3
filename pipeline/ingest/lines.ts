/** A line of the source without its line break (`\n`, `\r\n` or `\r`). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let at = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start: at, end: m.index, text: source.slice(at, m.index) });
    at = m.index + m[0].length;
  }
  if (at < source.length) lines.push({ start: at, end: source.length, text: source.slice(at) });
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '' || line.text === '\uFEFF';

/** A clock as transcripts write one (`1:02:03`, `04:10`, `00:00:05.250`): what parseClock reads, as regex source. */
export const CLOCK = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

/** `1:02:03`, `04:10`, `00:00:05.250`, `00:00:05,250` → seconds. */
export function parseClock(clock: string): number | null {
  const m = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(clock.trim());
  if (!m) return null;
  const [, h, mi, s, frac] = m;
  const seconds = (h ? Number(h) * 3600 : 0) + Number(mi) * 60 + Number(s) + (frac ? Number(frac.padEnd(3, '0')) / 1000 : 0);
  return Number.isFinite(seconds) ? seconds : null;
}
