import { PodtopicsError } from '../document/diagnostics.js';
import type { Result } from './schema.js';

export interface Chapter {
  startTime: number;
  endTime?: number;
  title: string;
}

/**
 * Podcasting 2.0 JSON chapters (version 1.2.0): one chapter per segment that has a time,
 * sorted by start. Sources without usable times have no chapters: a PodtopicsError says so.
 */
export function renderChapters(result: Result): string {
  if (!result.source.timed) throw new PodtopicsError('NOT_TIMED', 'has no usable times, so it cannot give chapters; use --format markdown or json, or a timed source (.vtt, .srt, timed JSON)');
  const chapters: Chapter[] = [];
  for (const s of result.segments) {
    if (!s.time) continue;
    const c: Chapter = { startTime: round(s.time.start), title: s.title || s.kind };
    if (s.time.end !== null && s.time.end > s.time.start) c.endTime = round(s.time.end);
    chapters.push(c);
  }
  chapters.sort((a, b) => a.startTime - b.startTime);
  return JSON.stringify({ version: '1.2.0', chapters }, null, 2);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
