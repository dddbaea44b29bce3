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
}

interface GoldDoc {
  input?: string;
  length?: number;
  transcriptStart?: number;
  segments?: GoldSegment[];
  speakers?: Array<{ name: string; aliases?: string[] }>;
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

/** Every scored file of every gold document (*.json) in a directory, in name order. */
export function loadGold(dir: string): GoldFile[] {
  if (!existsSync(dir)) throw new PodtopicsError('GOLD_DIR_MISSING', `gold directory ${dir} does not exist; pass --gold DIR`);
  const out: GoldFile[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const goldPath = join(dir, name);
    let doc: GoldDoc;
    try {
      doc = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDoc;
    } catch (err) {
      throw new PodtopicsError('GOLD_INVALID', `${goldPath}: not valid JSON (${(err as Error).message})`);
    }
    const files = doc.files ?? { [name.replace(/\.json$/, '')]: doc };
    for (const [key, f] of Object.entries(files)) {
      if (!f.segments?.length || !f.input) continue;
      out.push({
        key: doc.files ? `${name.replace(/\.json$/, '')}/${key}` : key,
        goldPath,
        inputPath: resolveInput(goldPath, f.input),
        transcriptStart: f.transcriptStart ?? 0,
        length: f.length ?? null,
        segments: f.segments.map((s) => ({ ...s, kind: s.kind === 'item' ? 'topic' : s.kind })),
        speakers: doc.speakers ?? f.speakers ?? [],
      });
    }
  }
  return out;
}
