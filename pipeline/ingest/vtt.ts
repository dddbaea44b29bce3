import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';

// Placeholder until the vtt reader lands (helper working on it).
export function sniffVtt(source: string): number {
  void source;
  return 0;
}

export function parseVtt(source: string): Ingested {
  void source;
  throw new PodtopicsError('FORMAT_UNSUPPORTED', 'vtt is not supported yet');
}
