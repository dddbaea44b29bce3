import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `podtopics index | search | related | tags` end to end: the real CLI (bin/podtopics.js →
 * dist/), in child processes, because the worker pool needs the compiled worker and the kill
 * and concurrency tests need processes of their own. The sources are compiled into a private
 * copy of the package layout, so a build running elsewhere in the tree cannot swap dist/
 * under a running test.
 */
const ROOT = join(import.meta.dirname, '..');
let BIN = join(ROOT, 'bin', 'podtopics.js');
const CATALOGUE = join(ROOT, 'test', 'fixtures', 'catalogue');
const FIXTURE_EPISODES = 7;

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'podtopics-index-'));
  const pkg = join(tmp, 'pkg');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  copyFileSync(join(ROOT, 'bin', 'podtopics.js'), join(pkg, 'bin', 'podtopics.js'));
  copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(ROOT, 'models'), join(pkg, 'models'));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  // tsc emits even when some other file has a type error; the tests then say what broke.
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(pkg, 'dist')], { cwd: ROOT, stdio: 'ignore' });
  BIN = join(pkg, 'bin', 'podtopics.js');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function freshCatalogue(name: string): string {
  const dir = join(tmp, name);
  cpSync(CATALOGUE, dir, { recursive: true });
  return dir;
}

/** Everything the index holds, in a stable order, to compare two states of one database. */
function dump(dbFile: string): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    const tables = ['episodes', 'speakers', 'cards', 'entities', 'mentions', 'card_entities', 'card_terms', 'term_df', 'tags', 'meta'];
    const out = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
    out.push(JSON.stringify(db.prepare('SELECT rowid, title, summary, body FROM cards_fts ORDER BY rowid').all()));
    return out.join('\n');
  } finally {
    db.close();
  }
}

/** What must hold in any committed state: only whole episodes, derived tables in step. */
function consistencyProblems(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  const bad: string[] = [];
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') bad.push(`integrity_check: ${integrity}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) bad.push(`${fk.length} foreign key violations`);
    const partial = db.prepare('SELECT e.slug FROM episodes e WHERE e.card_count != (SELECT COUNT(*) FROM cards c WHERE c.episode_id = e.id)').all();
    if (partial.length) bad.push(`episodes with missing cards: ${JSON.stringify(partial)}`);
    const fts = (db.prepare('SELECT COUNT(*) AS n FROM cards_fts').get() as { n: number }).n;
    const cards = (db.prepare('SELECT COUNT(*) AS n FROM cards').get() as { n: number }).n;
    if (fts !== cards) bad.push(`cards_fts has ${fts} rows for ${cards} cards`);
    const df = db.prepare(`SELECT COUNT(*) AS n FROM (SELECT term, COUNT(*) AS df FROM card_terms GROUP BY term) t
      FULL OUTER JOIN term_df d USING (term) WHERE t.df IS NOT d.df`).get() as { n: number };
    if (df.n) bad.push(`${df.n} term_df rows out of step with card_terms`);
  } finally {
    db.close();
  }
  return bad;
}

const count = (dbFile: string, sql = 'SELECT COUNT(*) AS n FROM episodes'): number => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const noStackTrace = (s: string) => expect(s).not.toMatch(/^\s+at /m);

describe('podtopics index', () => {
  it('indexes a folder recursively, and a rerun changes nothing', () => {
    const db = join(tmp, 'rerun.db');
    const first = cli('index', CATALOGUE, '--db', db, '--jobs', '2');
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(new RegExp(`^indexed ${FIXTURE_EPISODES} episodes \\(${FIXTURE_EPISODES} new, 0 replaced, 0 unchanged\\), [\\d,]+ words in [\\d.]+ s, [\\d,]+ words/s, 0 failed`));
    expect(first.stdout.trim().split('\n')).toHaveLength(1); // one summary line, no bar without a terminal
    const before = dump(db);
    expect(consistencyProblems(db)).toEqual([]);

    const again = cli('index', CATALOGUE, '--db', db, '--json');
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ added: 0, replaced: 0, unchanged: FIXTURE_EPISODES, failed: 0, words: 0 });
    expect(dump(db)).toBe(before);
  });

  it('replaces the episode of a changed file and keeps the others', () => {
    const dir = freshCatalogue('replace');
    const db = join(tmp, 'replace.db');
    const initial = cli('index', dir, '--db', db);
    expect({ code: initial.code, stderr: initial.stderr }).toEqual({ code: 0, stderr: '' });
    const file = join(dir, 'rustacean-talk-005.txt');
    const slugBefore = count(db, `SELECT id AS n FROM episodes WHERE slug = 'rustacean-talk-005'`);
    const cardsBefore = count(db, 'SELECT COUNT(*) AS n FROM cards');
    expect(JSON.parse(cli('search', 'zeppelinography', '--db', db, '--json').stdout).hits).toHaveLength(0);

    writeFileSync(file, readFileSync(file, 'utf8').replace('WebAssembly?', 'WebAssembly? And zeppelinography, the study of airships?'));
    const r = cli('index', dir, '--db', db, '--json');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, replaced: 1, unchanged: FIXTURE_EPISODES - 1, failed: 0 });
    expect(count(db)).toBe(FIXTURE_EPISODES);
    expect(count(db, `SELECT id AS n FROM episodes WHERE slug = 'rustacean-talk-005'`)).toBe(slugBefore);
    const hits = JSON.parse(cli('search', 'zeppelinography', '--db', db, '--json').stdout).hits;
    expect(hits.map((h: { episode: string }) => h.episode)).toEqual(['rustacean-talk-005']);
    expect(consistencyProblems(db)).toEqual([]);
    // the old cards are gone: no card left over from the first version
    expect(count(db, 'SELECT COUNT(*) AS n FROM cards')).toBeGreaterThanOrEqual(cardsBefore - 2);
    expect(count(db, `SELECT COUNT(*) AS n FROM cards c JOIN episodes e ON e.id = c.episode_id WHERE e.slug = 'rustacean-talk-005'`)).toBe(
      count(db, `SELECT card_count AS n FROM episodes WHERE slug = 'rustacean-talk-005'`),
    );
  });

  it('--prune removes the episodes of deleted files under the folder, and only those', () => {
    const dir = freshCatalogue('prune');
    const other = freshCatalogue('prune-other');
    const db = join(tmp, 'prune.db');
    expect(cli('index', dir, other, '--db', db).code).toBe(0);
    expect(count(db)).toBe(2 * FIXTURE_EPISODES);
    rmSync(join(dir, 'rustacean-talk-005.txt'));
    rmSync(join(other, 'rustacean-talk-005.txt'));
    // without --prune nothing is removed
    expect(JSON.parse(cli('index', dir, '--db', db, '--json').stdout)).toMatchObject({ removed: 0, unchanged: FIXTURE_EPISODES - 1 });
    expect(count(db)).toBe(2 * FIXTURE_EPISODES);
    const r = cli('index', dir, '--db', db, '--prune');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/\(0 new, 0 replaced, 6 unchanged, 1 removed\)/);
    // the deleted file of the other folder stays: that folder was not given
    expect(count(db)).toBe(2 * FIXTURE_EPISODES - 1);
    expect(count(db, `SELECT COUNT(*) AS n FROM episodes WHERE path = '${join(dir, 'rustacean-talk-005.txt')}'`)).toBe(0);
    expect(count(db, `SELECT COUNT(*) AS n FROM episodes WHERE path = '${join(other, 'rustacean-talk-005.txt')}'`)).toBe(1);
    expect(consistencyProblems(db)).toEqual([]);
  });

  it('tells files of the same name apart by their folder, the same way whichever worker ends first', () => {
    const dir = join(tmp, 'same-names');
    const names = ['a', 'b', 'c'];
    const episodes = readdirSync(CATALOGUE).filter((f) => /\.(txt|vtt)$/.test(f));
    expect(episodes.length).toBeGreaterThanOrEqual(3);
    // files of different sizes: the order workers finish in is not the order of the paths
    names.forEach((n, i) => {
      mkdirSync(join(dir, n), { recursive: true });
      copyFileSync(join(CATALOGUE, episodes[i]), join(dir, n, 'episode' + episodes[i].slice(episodes[i].lastIndexOf('.'))));
    });
    // a file whose own name is what the folder rule makes of `a/episode`: the later path gets `-2`
    mkdirSync(join(dir, 'x'), { recursive: true });
    copyFileSync(join(CATALOGUE, episodes[2]), join(dir, 'x', 'a-episode.txt'));
    for (const run of [1, 2]) {
      const db = join(tmp, `same-names-${run}.db`);
      expect(cli('index', dir, '--db', db, '--jobs', String(run)).code).toBe(0);
      const dbh = new Database(db, { readonly: true });
      const rows = dbh.prepare('SELECT slug, path FROM episodes ORDER BY path').all() as Array<{ slug: string; path: string }>;
      dbh.close();
      expect(rows.map((r) => r.slug)).toEqual(['a-episode', 'b-episode', 'c-episode', 'a-episode-2']);
    }
  });

  it('reports a corrupt transcript among good ones, skips it and exits 1', () => {
    const dir = freshCatalogue('corrupt');
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'code-chat', 'empty.vtt'), '');
    const db = join(tmp, 'corrupt.db');
    const r = cli('index', dir, join(dir, 'no-such-file.srt'), '--db', db);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/indexed 7 episodes .* 3 failed/);
    const lines = r.stderr.trim().split('\n');
    // (its bytes open like a zip archive: read as a damaged one)
    expect(lines.some((l) => /^podtopics: .*broken\.txt: is a damaged zip archive/.test(l))).toBe(true);
    expect(lines.some((l) => /^podtopics: .*empty\.vtt: is empty/.test(l))).toBe(true);
    expect(lines.some((l) => /^podtopics: .*no-such-file\.srt: no such file or folder/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('podtopics: 3 of 10 transcripts failed and were skipped');
    noStackTrace(r.stderr);
    expect(count(db)).toBe(FIXTURE_EPISODES);
    expect(consistencyProblems(db)).toEqual([]);
  });

  it('leaves only whole episodes when killed mid-run, and a rerun finishes the job', async () => {
    // Enough long transcripts that the run is surely still going when the first commit lands.
    const dir = join(tmp, 'kill');
    const sources = readdirSync(CATALOGUE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'));
    const texts = sources.map((f) => readFileSync(join(CATALOGUE, f), 'utf8'));
    mkdirSync(dir);
    const total = 16;
    for (let i = 0; i < total; i++) {
      const body = Array.from({ length: 15 }, (_, k) => texts[(i + k) % texts.length]).join('\n');
      writeFileSync(join(dir, `long-${String(i).padStart(2, '0')}.txt`), `${body}\nLOPEZ: Episode marker ${i}.\n`);
    }
    const db = join(tmp, 'kill.db');
    const child = spawn(process.execPath, [BIN, 'index', dir, '--db', db, '--jobs', '2'], { cwd: tmp, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)));
    let done = false;
    void exited.then(() => (done = true));
    // kill as soon as at least one episode is committed
    for (let i = 0; i < 600 && !done; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        if (count(db) >= 1) break;
      } catch {
        // not created yet
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = count(db);
    expect(partial).toBeGreaterThanOrEqual(1);
    expect(partial).toBeLessThan(total);
    expect(consistencyProblems(db)).toEqual([]);

    const rerun = cli('index', dir, '--db', db, '--json');
    expect({ code: rerun.code, stderr: rerun.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ added: total - partial, unchanged: partial, failed: 0 });
    expect(count(db)).toBe(total);
    expect(consistencyProblems(db)).toEqual([]);
  });

  it('survives two indexers writing one database at the same time', async () => {
    const a = freshCatalogue('concurrent-a');
    const db = join(tmp, 'concurrent.db');
    const run = (...args: string[]) =>
      new Promise<Run>((res) => {
        const c = spawn(process.execPath, [BIN, 'index', ...args, '--db', db, '--jobs', '1', '--json'], { cwd: tmp });
        let stdout = '';
        let stderr = '';
        c.stdout.on('data', (d) => (stdout += d));
        c.stderr.on('data', (d) => (stderr += d));
        c.on('exit', (code) => res({ code, stdout, stderr }));
      });
    // overlapping inputs: both want to write code-chat/, each has files of its own
    const [r1, r2] = await Promise.all([run(join(a, 'code-chat'), join(a, 'data-hour')), run(join(a, 'code-chat'), join(a, 'rustacean-talk-005.txt'), join(a, 'frontend-weekly-021.vtt'), join(a, 'code-chat-014.txt'))]);
    expect(r1.stderr + r2.stderr).toBe('');
    expect([r1.code, r2.code]).toEqual([0, 0]);
    const s1 = JSON.parse(r1.stdout);
    const s2 = JSON.parse(r2.stdout);
    // each code-chat/ file was written by exactly one of them
    expect(s1.added + s2.added).toBe(FIXTURE_EPISODES);
    expect(s1.added + s1.unchanged + s2.added + s2.unchanged).toBe(FIXTURE_EPISODES + 2);
    expect(count(db)).toBe(FIXTURE_EPISODES);
    expect(count(db, 'SELECT COUNT(DISTINCT path) AS n FROM episodes')).toBe(FIXTURE_EPISODES);
    expect(consistencyProblems(db)).toEqual([]);
  });

  it('refuses a database of another schema version, or not an index, in one line', () => {
    const db = join(tmp, 'version.db');
    expect(cli('index', join(CATALOGUE, 'code-chat-014.txt'), '--db', db).code).toBe(0);
    const raw = new Database(db);
    raw.pragma('user_version = 99');
    raw.close();
    for (const args of [['search', 'pytest'], ['index', CATALOGUE]]) {
      const r = cli(...args, '--db', db);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^podtopics: .*version\.db: index schema version 99, but this podtopics reads version 1; delete it and run `podtopics index` again\n$/);
    }
    const notDb = join(tmp, 'notes.db');
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(200));
    const r = cli('tags', '--db', notDb);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^podtopics: .*notes\.db: is not a SQLite database/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const missing = cli('search', 'x', '--db', join(tmp, 'nothing-here.db'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^podtopics: .*nothing-here\.db: no index here; build one with `podtopics index DIR/);
    const empty = cli('index', join(tmp, 'no-such-folder'), '--db', join(tmp, 'x.db'));
    expect(empty.code).toBe(1);
    noStackTrace(empty.stderr);
  });

  it('says in one line which extensions it looked for when a folder holds no transcript', () => {
    const dir = join(tmp, 'no-transcripts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cover.png'), 'not a transcript');
    const r = cli('index', dir, '--db', join(tmp, 'none.db'));
    expect(r.code).not.toBe(0);
    noStackTrace(r.stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // every extension the collector keeps is named, so a user with a .docx or .ass folder is not misled
    for (const ext of ['.txt', '.vtt', '.srt', '.sbv', '.ass', '.docx', '.lrc', '.ttml']) expect(r.stderr).toContain(ext);
  });
});

describe('podtopics search | related | tags on the fixture catalogue', () => {
  let db: string;
  beforeAll(() => {
    db = join(tmp, 'queries.db');
    const r = cli('index', CATALOGUE, '--db', db);
    if (r.code !== 0) throw new Error(r.stderr);
  });
  const json = (...args: string[]) => {
    const r = cli(...args, '--db', db, '--json');
    if (r.code !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };

  it('search ranks the cards that talk about the query, with a snippet', () => {
    const polars = json('search', 'Polars');
    expect(polars.hits[0]).toMatchObject({ episode: 'data-hour-032', show: 'The Data Hour' });
    expect(polars.hits[0].snippet).toContain('«Polars»');
    expect(polars.hits.every((h: { episode: string }) => h.episode === 'data-hour-032')).toBe(true);

    const fixtures = json('search', 'pytest', 'fixtures');
    expect(fixtures.matched).toBe('all');
    expect(fixtures.hits[0].episode).toBe('code-chat-013'); // the episode about fixtures, not the one that mentions one
    expect(new Set(fixtures.hits.map((h: { episode: string }) => h.episode))).toEqual(new Set(['code-chat-012', 'code-chat-013']));

    // stemmed: "migrating" finds "migrations"; no card has both words → any-word fallback
    expect(json('search', 'alembic', 'migrating').hits[0].episode).toBe('code-chat-014');
    expect(json('search', 'kubernetes', 'tokio').matched).toBe('any');
    expect(json('search', 'kubernetes', 'tokio').hits[0].episode).toBe('rustacean-talk-005');

    const table = cli('search', 'sqlite', '--db', db);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^#\s+episode\s+card\s+time\s+title\s+snippet$/);
    expect(table.stdout).toContain('data-hour-031');
  });

  it('related finds the cards of other episodes on the same subject, and says why', () => {
    const testing = json('related', 'code-chat-013');
    expect(testing.hits.length).toBeGreaterThan(0);
    expect(testing.hits.every((h: { episode: string }) => h.episode !== 'code-chat-013')).toBe(true);
    expect(testing.hits[0].episode).toBe('code-chat-012'); // pytest, tmp_path, tests
    expect(testing.hits[0].reason).toMatch(/pytest|test/);

    // databases: Postgres and SQLite are nearer to Polars/DuckDB and SQLAlchemy than Rust or React
    const databases = json('related', 'data-hour-031').hits.map((h: { episode: string }) => h.episode);
    expect(['data-hour-032', 'code-chat-014']).toContain(databases[0]);
    expect(databases.indexOf('rustacean-talk-005')).toBeGreaterThan(1);
    const scores = testing.hits.map((h: { score: number }) => h.score);
    expect([...scores].sort((x: number, y: number) => y - x)).toEqual(scores);

    // a single card, by number and by segment id, and by file path
    const byNumber = json('related', 'data-hour-031#1');
    expect(byNumber.target).toBe('data-hour-031#1');
    expect(json('related', 'data-hour-031#seg-1').hits).toEqual(byNumber.hits);
    expect(json('related', join(CATALOGUE, 'data-hour', 'data-hour-031.txt')).episode.slug).toBe('data-hour-031');

    const unknown = cli('related', 'no-such-episode', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^podtopics: no episode "no-such-episode" in the index/);
    const badCard = cli('related', 'data-hour-031#99', '--db', db);
    expect(badCard.stderr).toMatch(/^podtopics: episode data-hour-031 has no card "99"/);
  });

  it('tags gives an episode its tags and the catalogue its counts', () => {
    const cat = json('tags');
    expect(cat.episodes).toBe(FIXTURE_EPISODES);
    const stored = count(db, 'SELECT COUNT(*) AS n FROM (SELECT DISTINCT episode_id, entity FROM tags)');
    expect(cat.tags.reduce((n: number, t: { episodes: number }) => n + t.episodes, 0)).toBe(stored); // fewer than 50 tags here: all listed
    // code-chat-012 and -013 are about pytest
    expect(cat.tags.find((t: { entity: string }) => t.entity === 'pytest')?.episodes).toBeGreaterThanOrEqual(2);
    for (const t of cat.tags) expect(t.episodes).toBeLessThanOrEqual(FIXTURE_EPISODES);
    const counts = cat.tags.map((t: { episodes: number }) => t.episodes);
    expect([...counts].sort((x: number, y: number) => y - x)).toEqual(counts);

    const ep = json('tags', 'code-chat-012');
    expect(ep.episode.slug).toBe('code-chat-012');
    expect(ep.tags.length).toBe(count(db, `SELECT COUNT(*) AS n FROM tags t JOIN episodes e ON e.id = t.episode_id WHERE e.slug = 'code-chat-012'`));
    const scores = ep.tags.map((t: { score: number }) => t.score);
    expect([...scores].sort((x: number, y: number) => y - x)).toEqual(scores);
    expect(ep.tags.map((t: { name: string }) => t.name)).toContain('pathlib'); // the episode's first topic

    const table = cli('tags', '--db', db);
    expect(table.stdout.split('\n').slice(0, 2)).toEqual([`${FIXTURE_EPISODES} episodes indexed`, expect.stringMatching(/^tag\s+entity\s+episodes\s+mean score$/)]);
  });
});
