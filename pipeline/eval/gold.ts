import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { PodtopicsError } from '../document/diagnostics.js';
import { MODELS_DIR } from '../models.js';

export interface GoldSegment {
  kind: string;
  start: number;
  end: number;
  presenter?: string | null;
  title?: string;
  titleKeys?: string[];
  titleIsHeadline?: boolean;
}

export interface GoldFile {
  /** Key within its gold document (`labeled`, `web`) or the document name. */
  key: string;
  goldPath: string;
  inputPath: string;
  transcriptStart: number;
  length: number | null;
  segments: GoldSegment[];
  speakers: Array<{ name: string; aliases?: string[] }>;
  /** Who speaks each paragraph (offsets into the input), when the gold says. */
  paragraphs: GoldParagraph[] | null;
  /** Technologies the episode must yield (name → accepted forms) and forms tolerated as tags. */
  entities: GoldEntities | null;
}

export interface GoldParagraph {
  start: number;
  end: number;
  speaker: string;
  ambiguous?: boolean;
}

export interface GoldEntities {
  required: Record<string, string[]>;
  tolerated: string[];
}

interface GoldDoc {
  input?: string;
  length?: number;
  transcriptStart?: number;
  segments?: GoldSegment[];
  speakers?: Array<{ name: string; aliases?: string[] }>;
  paragraphs?: GoldParagraph[];
  entities?: { required?: Record<string, string[]>; tolerated?: string[] };
  files?: Record<string, Omit<GoldDoc, 'files'>>;
}

const PROJECT_ROOT = join(MODELS_DIR, '..');

function resolveInput(goldPath: string, input: string): string {
  if (isAbsolute(input)) return input;
  for (const base of [dirname(goldPath), PROJECT_ROOT, process.cwd()]) {
    const p = join(base, input);
    if (existsSync(p)) return p;
  }
  throw new PodtopicsError('GOLD_INPUT_MISSING', `${goldPath}: transcript "${input}" not found next to the gold file or in the project; fix its "input" field`);
}

/**
 * Every scored file of every gold document in a directory, in name order: `NAME.json`, and
 * `NAME/gold.json` (a folder holding the gold and its transcripts; `files[key].input` is
 * relative to that folder). Keys are `NAME` for a one-file gold, `NAME/KEY` for a multi-file one.
 */
export function loadGold(dir: string): GoldFile[] {
  if (!existsSync(dir)) throw new PodtopicsError('GOLD_DIR_MISSING', `gold directory ${dir} does not exist; pass --gold DIR`);
  const docs: Array<{ name: string; goldPath: string }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) docs.push({ name: entry.name.replace(/\.json$/, ''), goldPath: join(dir, entry.name) });
    else if (entry.isDirectory() && existsSync(join(dir, entry.name, 'gold.json'))) docs.push({ name: entry.name, goldPath: join(dir, entry.name, 'gold.json') });
  }
  docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: GoldFile[] = [];
  for (const { name, goldPath } of docs) {
    let doc: GoldDoc;
    try {
      doc = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDoc;
    } catch (err) {
      throw new PodtopicsError('GOLD_INVALID', `${goldPath}: not valid JSON (${(err as Error).message})`);
    }
    const files = doc.files ?? { [name]: doc };
    for (const [key, f] of Object.entries(files)) {
      if (!f.segments?.length || !f.input) continue;
      const ents = f.entities ?? doc.entities;
      out.push({
        key: doc.files ? `${name}/${key}` : key,
        goldPath,
        inputPath: resolveInput(goldPath, f.input),
        transcriptStart: f.transcriptStart ?? 0,
        length: f.length ?? null,
        segments: f.segments.map((s) => ({ ...s, kind: s.kind === 'item' ? 'topic' : s.kind })),
        speakers: doc.speakers ?? f.speakers ?? [],
        paragraphs: f.paragraphs ?? null,
        entities: ents?.required ? { required: ents.required, tolerated: ents.tolerated ?? [] } : null,
      });
    }
  }
  return out;
}
