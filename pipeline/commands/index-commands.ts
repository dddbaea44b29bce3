import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { PodtopicsError } from '../document/diagnostics.js';
import { formatTable, formatTime } from '../index/format-table.js';

// SQLite, the worker pool and the progress bar load only when an index command runs, so
// `podtopics extract` does not pay for them at start-up.
const loadIndex = async () => {
  const [store, queries, run] = await Promise.all([import('../index/index-store.js'), import('../index/index-queries.js'), import('../index/run-index.js')]);
  return { ...store, ...queries, ...run };
};

const DEFAULT_DB = 'podtopics.db';

/** `podtopics index | search | related | tags` (issue 6). */
export function registerIndexCommands(program: Command): void {
  program
    .command('index')
    .description('run the pipeline over transcripts (files or folders, recursively) and store their cards in a SQLite index')
    .argument('<paths...>', 'transcript files or folders (.txt .vtt .srt .sbv .tsv .csv .json .html .htm .ttml .dfxp .lrc .xml .ass .ssa .smi .sami .otr .trs .docx; .md with --markdown)')
    .option('--db <file>', 'index database (created if missing)', DEFAULT_DB)
    .option('-j, --jobs <n>', `worker threads (default: cores, here ${availableParallelism()})`, positiveInt)
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--prune', 'also remove episodes whose file no longer exists under the given folders')
    .option('--markdown', 'also read .md files found in folders (a named .md file is always read; without this, a folder\'s README is no episode)')
    .option('--json', 'print the summary as JSON')
    .action(
      guard(async (paths: string[], o: { db: string; jobs?: number; progress: boolean; prune?: boolean; markdown?: boolean; json?: boolean }) => {
        const { runIndex, formatSummary } = await loadIndex();
        const summary = await runIndex({ inputs: paths, db: o.db, jobs: o.jobs, progress: o.progress === false ? false : undefined, prune: o.prune === true, markdown: o.markdown === true });
        process.stdout.write((o.json ? JSON.stringify(summary) : formatSummary(summary)) + '\n');
        if (summary.failed > 0) {
          // exit code 1: the run finished but some transcripts were skipped (reported above)
          throw new PodtopicsError('INDEX_FAILURES', `${summary.failed} of ${summary.files} transcript${summary.files === 1 ? '' : 's'} failed and ${summary.failed === 1 ? 'was' : 'were'} skipped`, 1);
        }
      }),
    );

  program
    .command('search')
    .description('cards ranked by full-text relevance (title, summary and text)')
    .argument('<query...>', 'words to look for')
    .option('--db <file>', 'index database', DEFAULT_DB)
    .option('-n, --limit <n>', 'how many cards', positiveInt, 10)
    .option('--json', 'JSON for machines')
    .action(
      guard(async (words: string[], o: { db: string; limit: number; json?: boolean }) => {
        await readIndex(o.db, ({ search }, db) => {
          const { hits, matched } = search(db, words.join(' '), o.limit);
          if (o.json) return print(JSON.stringify({ query: words.join(' '), matched, hits }, null, 2));
          if (hits.length === 0) return print(`no card matches "${words.join(' ')}"`);
          if (matched === 'any') print(`(no card has every word; showing cards with any of them)`);
          print(
            formatTable(
              ['#', 'episode', 'card', 'time', 'title', 'snippet'],
              hits.map((h, i) => [String(i + 1), h.episode, `${h.card} ${h.kind}`, formatTime(h.time), h.title, h.snippet]),
              [3, 32, 10, 8, 48, 90],
            ),
          );
        });
      }),
    );

  program
    .command('related')
    .description('the most similar cards in other episodes, by shared technologies and term similarity')
    .argument('<episode>', 'EPISODE or EPISODE#CARD (slug, id or file path; card number or segment id)')
    .option('--db <file>', 'index database', DEFAULT_DB)
    .option('-n, --limit <n>', 'how many cards', positiveInt, 10)
    .option('--json', 'JSON for machines')
    .action(
      guard(async (ref: string, o: { db: string; limit: number; json?: boolean }) => {
        await readIndex(o.db, ({ related }, db) => {
          const r = related(db, ref, o.limit);
          const target = `${r.episode.slug}${r.card === null ? '' : `#${r.card}`}`;
          if (o.json) return print(JSON.stringify({ target, ...r }, null, 2));
          if (r.hits.length === 0) return print(`nothing in other episodes is like ${target}`);
          print(`cards like ${target}${r.episode.title ? ` (${r.episode.title})` : ''}:`);
          print(
            formatTable(
              ['#', 'score', 'episode#card', 'time', 'title', 'why'],
              r.hits.map((h, i) => [String(i + 1), h.score.toFixed(2), `${h.episode}#${h.card}`, formatTime(h.time), h.title, h.reason]),
              [3, 5, 36, 8, 48, 100],
            ),
          );
        });
      }),
    );

  program
    .command('tags')
    .description("an episode's technology tags, or how many episodes carry each tag across the catalogue")
    .argument('[episode]', 'slug, id or file path of an episode')
    .option('--db <file>', 'index database', DEFAULT_DB)
    .option('-n, --limit <n>', 'how many tags for the catalogue', positiveInt, 50)
    .option('--json', 'JSON for machines')
    .action(
      guard(async (ref: string | undefined, o: { db: string; limit: number; json?: boolean }) => {
        await readIndex(o.db, ({ episodeTags, catalogueTags }, db) => {
          if (ref !== undefined) {
            const r = episodeTags(db, ref);
            if (o.json) return print(JSON.stringify(r, null, 2));
            if (r.tags.length === 0) return print(`${r.episode.slug} has no tags`);
            return print(formatTable(['tag', 'entity', 'score'], r.tags.map((t) => [t.name, t.entity, t.score.toFixed(2)])));
          }
          const r = catalogueTags(db, o.limit);
          if (o.json) return print(JSON.stringify(r, null, 2));
          if (r.tags.length === 0) return print(`no tags in ${r.episodes} episode(s)`);
          print(`${r.episodes} episode${r.episodes === 1 ? '' : 's'} indexed`);
          print(formatTable(['tag', 'entity', 'episodes', 'mean score'], r.tags.map((t) => [t.name, t.entity, String(t.episodes), t.meanScore.toFixed(2)])));
        });
      }),
    );
}

const print = (s: string): void => void process.stdout.write(s + '\n');

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/**
 * Errors propagate to cli.ts, which prints PodtopicsError as one line `podtopics: message`
 * and exits with its code; this only keeps the action signatures typed.
 */
/** Loads the index modules, opens the database read-only for one query, and closes it after. */
async function readIndex(path: string, query: (ix: Awaited<ReturnType<typeof loadIndex>>, db: ReturnType<Awaited<ReturnType<typeof loadIndex>>['openIndex']>) => unknown): Promise<void> {
  const ix = await loadIndex();
  const db = ix.openIndex(path, 'read');
  try {
    query(ix, db);
  } finally {
    db.close();
  }
}

function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => Promise<void> {
  return async (...args: A) => {
    await fn(...args);
  };
}
