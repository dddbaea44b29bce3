import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';

// Placeholder until the srt reader lands (helper working on it).
export function sniffSrt(source: string): number {
  void source;
  return 0;
}

export function parseSrt(source: string): Ingested {
  void source;
  throw new PodtopicsError('FORMAT_UNSUPPORTED', 'srt is not supported yet');
}
