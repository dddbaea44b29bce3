import { join } from 'node:path';
import type { Command } from 'commander';
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
    });
}
