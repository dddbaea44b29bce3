import { PodtopicsError } from '../document/diagnostics.js';
import type { Result } from './schema.js';

// Interim until chapters (issue 5) land.
export function renderChapters(result: Result): string {
  if (!result.source.timed) throw new PodtopicsError('NOT_TIMED', 'has no usable times, so it cannot give chapters; use --format markdown or json');
  return JSON.stringify({ version: '1.2.0', chapters: [] }, null, 2);
}
