import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** Every transcript format podtopics reads, by file extension (see ingest/formats.ts). */
export const TRANSCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.vtt', '.srt', '.sbv', '.tsv', '.csv', '.json', '.html', '.htm', '.ttml', '.dfxp', '.lrc', '.xml', '.ass', '.ssa', '.smi', '.sami', '.otr', '.trs', '.docx']);

export interface CollectedFiles {
  files: string[];
  /** Inputs that are neither a file nor a folder. */
  missing: string[];
}

/**
 * Expands FILES|DIRS into absolute transcript paths: folders are walked recursively (sorted,
 * hidden entries and node_modules skipped) keeping supported extensions; a file named
 * explicitly is kept whatever its extension. Duplicates are dropped, first seen wins.
 */
export function collectFiles(inputs: readonly string[]): CollectedFiles {
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: string[] = [];
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && TRANSCRIPT_EXTENSIONS.has(extname(e.name).toLowerCase())) add(p);
    }
  };
  for (const input of inputs) {
    const abs = resolve(input);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      missing.push(input);
      continue;
    }
    if (isDir) walk(abs);
    else add(abs);
  }
  return { files, missing };
}
