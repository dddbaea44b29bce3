import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** Every transcript format podtopics reads, by file extension (see ingest/formats.ts). */
export const TRANSCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.vtt', '.srt', '.sbv', '.tsv', '.csv', '.json', '.json3', '.html', '.htm', '.ttml', '.dfxp', '.lrc', '.xml', '.ass', '.ssa', '.smi', '.sami', '.otr', '.trs', '.cha', '.stm', '.ctm', '.docx']);

/** Markdown: read from folders only when asked (`index --markdown`): a folder's README or notes are no episodes. */
export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);

export interface CollectedFiles {
  files: string[];
  /** Inputs that are neither a file nor a folder. */
  missing: string[];
}

/**
 * Expands FILES|DIRS into absolute transcript paths: folders are walked recursively (sorted,
 * hidden entries and node_modules skipped) keeping supported extensions; a file named
 * explicitly is kept whatever its extension. Duplicates are dropped, first seen wins.
 * `markdown`: Markdown files found in folders are transcripts too.
 */
export function collectFiles(inputs: readonly string[], opts: { markdown?: boolean } = {}): CollectedFiles {
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: string[] = [];
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  };
  const taken = (ext: string) => TRANSCRIPT_EXTENSIONS.has(ext) || (opts.markdown === true && MARKDOWN_EXTENSIONS.has(ext));
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && taken(extname(e.name).toLowerCase())) add(p);
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
