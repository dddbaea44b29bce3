import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';

// Placeholder until the html reader lands (helper working on it).
export function sniffHtml(source: string): number {
  void source;
  return 0;
}

export function parseHtml(source: string): Ingested {
  void source;
  throw new PodtopicsError('FORMAT_UNSUPPORTED', 'html is not supported yet');
}
