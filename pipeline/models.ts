import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** models/ sits beside pipeline/ in the source tree and beside dist/ once built. */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'models');

const cache = new Map<string, unknown>();

/** Loads (once per process) a versioned data file from models/. */
export function loadModel<T>(relativePath: string): T {
  let m = cache.get(relativePath);
  if (m === undefined) {
    m = JSON.parse(readFileSync(join(MODELS_DIR, relativePath), 'utf8'));
    cache.set(relativePath, m);
  }
  return m as T;
}
