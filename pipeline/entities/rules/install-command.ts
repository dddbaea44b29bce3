import type { Candidate, CueSets } from '../candidate.js';
import { Trigger, triggerOf, type TokenView } from '../token-view.js';
import { nameRunAt } from './name-run.js';

export const RULE_INSTALL = 'context:install-command';
export const RULE_IMPORT = 'context:import-statement';

const INSTALL = new Set(['install', 'add']);

/**
 * `pip install x`, `npm install x`, `uv add x`, `from x import y`, `import x as y`: x is a
 * package name, in whatever case it is said.
 */
export function findInstallCommands(v: TokenView, cues: CueSets, out: Candidate[]): void {
  const t = v.t;
  const n = t.count;
  for (let i = 0; i + 1 < n; i++) {
    const tr = triggerOf(v, i);
    if (tr !== Trigger.Installer && tr !== Trigger.From && tr !== Trigger.Import) continue;
    const w = t.normal[i];
    if (cues.installVerbs.has(w) && INSTALL.has(t.normal[i + 1])) {
      let j = i + 2;
      // options: `-U`, `--upgrade`
      while (j + 1 < n && (t.value[j] === '-' || t.value[j] === '--') && v.glued[j + 1]) j += 2;
      const run = nameRunAt(v, j, true, 1);
      if (run && !t.isStop[run[0]]) out.push({ a: run[0], b: run[1], entry: -1, type: 'library', rule: RULE_INSTALL, confidence: 0.85, ambiguous: false });
      continue;
    }
    if (w === 'from' && i + 2 < n) {
      const run = nameRunAt(v, i + 1, true, 1);
      if (run && run[1] < n && t.normal[run[1]] === 'import' && !t.isStop[run[0]]) {
        out.push({ a: run[0], b: run[1], entry: -1, type: 'library', rule: RULE_IMPORT, confidence: 0.8, ambiguous: false });
      }
      continue;
    }
    if (w === 'import' && i + 3 < n) {
      const run = nameRunAt(v, i + 1, true, 1);
      if (run && t.normal[run[1]] === 'as' && !t.isStop[run[0]]) {
        out.push({ a: run[0], b: run[1], entry: -1, type: 'library', rule: RULE_IMPORT, confidence: 0.8, ambiguous: false });
      }
    }
  }
}
