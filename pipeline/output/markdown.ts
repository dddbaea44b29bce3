import type { Result } from './schema.js';

// Interim until show notes (issue 5) land.
export function renderMarkdown(result: Result): string {
  return `# ${result.episode.title ?? result.source.path}\n`;
}
