import { join } from 'node:path';
import type { Command } from 'commander';
import { PodtopicsError } from '../document/diagnostics.js';
import { MODELS_DIR } from '../models.js';

interface EvalFlags {
  gold: string;
  json?: boolean;
}

/** `podtopics eval`: scores every gold annotation in data/gold against the pipeline. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score the pipeline against gold annotations in data/gold (NAME.json, NAME/gold.json): Pk, WindowDiff, boundary F1, presenters, titles, kinds, speakers, entities')
    .option('--gold <dir>', 'directory of gold JSON files and gold folders', join(MODELS_DIR, '..', 'data', 'gold'))
    .option('--json', 'print the rows as JSON instead of a Markdown table')
    .action(async (flags: EvalFlags) => {
      const { formatEvalTable, runEval } = await import('../eval/run-eval.js');
      const rows = runEval(flags.gold);
      process.stdout.write(flags.json ? JSON.stringify(rows, null, 2) + '\n' : formatEvalTable(rows));
      // a file the pipeline refused is scored as nothing found; say which and why, and exit 1
      const failed = rows.filter((r) => r.failed);
      for (const r of failed) process.stderr.write(`podtopics: ${r.file}: ${r.failed}\n`);
      if (failed.length) {
        throw new PodtopicsError('EVAL_FAILURES', `${failed.length} of ${rows.length} file${rows.length === 1 ? '' : 's'} could not be read and ${failed.length === 1 ? 'was' : 'were'} scored as nothing found`, 1);
      }
    });
}
