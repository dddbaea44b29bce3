import { Command, CommanderError } from 'commander';
import { registerEvalCommand } from './commands/eval-command.js';
import { registerExtractCommand } from './commands/extract-command.js';
import { registerIndexCommands } from './commands/index-commands.js';
import { PodtopicsError } from './document/diagnostics.js';

/** Builds the command line program; each subcommand lives in pipeline/commands/. */
export function buildProgram(): Command {
  const program = new Command('podtopics')
    .description('Turn podcast transcripts into topic cards: boundaries, presenters, titles, summaries, technologies.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerExtractCommand(program);
  registerEvalCommand(program);
  registerIndexCommands(program);
  return program;
}

/** Runs the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  // `podtopics extract … | head`: a reader that stops early is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`podtopics: cannot write the output: ${err.message}\n`);
    process.exit(74);
  });
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; usage errors were already printed by commander
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof PodtopicsError) {
      process.stderr.write(`podtopics: ${err.message}\n`);
      return err.exitCode;
    }
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    const e = err as Error;
    process.stderr.write(`podtopics: internal error: ${e?.message ?? String(err)} (set PODTOPICS_DEBUG=1 for details; please report it)\n`);
    if (process.env.PODTOPICS_DEBUG) process.stderr.write(`${e?.stack}\n`);
    return 70;
  }
}
