import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested } from '../document/document.js';

// Placeholder until the podcast-json reader lands (helper working on it).
export function sniffPodcastJson(source: string): number {
  void source;
  return 0;
}

export function parsePodcastJson(source: string): Ingested {
  void source;
  throw new PodtopicsError('FORMAT_UNSUPPORTED', 'podcast-json is not supported yet');
}
