import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cardTerms, countWords, foldTerm } from '../pipeline/index/card-terms.js';
import { collectFiles } from '../pipeline/index/collect-files.js';
import type { CardRecord, EpisodeRecord } from '../pipeline/index/episode-record.js';
import { catalogueTags, episodeTags, related, resolveEpisode, search } from '../pipeline/index/index-queries.js';
import { IndexWriter, openIndex } from '../pipeline/index/index-store.js';
import { failureReason } from '../pipeline/index/run-index.js';

/** The store and the queries in-process, on hand-made records: no pipeline, no workers. */
const tmp = mkdtempSync(join(tmpdir(), 'podtopics-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function card(title: string, body: string, entities: string[] = [], kind = 'topic'): CardRecord {
  return {
    segment: '',
    kind,
    span: { start: 0, end: body.length },
    time: null,
    title,
    summary: body.split('. ')[0] + '.',
    presenter: null,
    confidence: 0.8,
    keyphrases: [],
    entities,
    body,
    words: countWords(body),
    terms: cardTerms(`${title}\n${body}`),
  };
}

const ENTITY_TYPES: Record<string, string> = { pytest: 'tool', pathlib: 'library', postgresql: 'database', sqlite: 'database', polars: 'library', 'guido-van-rossum': 'person' };

function episode(path: string, hash: string, cards: CardRecord[], tags: string[] = []): EpisodeRecord {
  cards.forEach((c, i) => (c.segment = `seg-${i + 1}`));
  const ids = [...new Set(cards.flatMap((c) => c.entities))];
  return {
    path,
    hash,
    words: cards.reduce((n, c) => n + c.words, 0),
    source: { format: 'labeled-text', length: 1000, timed: false },
    episode: { show: 'Test Show', number: 1, title: `About ${cards[0].title}`, recorded: null },
    speakers: [{ id: 'ann', name: 'Ann', aliases: [], role: 'host', words: 100 }],
    cards,
    entities: ids.map((id) => ({ id, name: id === 'postgresql' ? 'PostgreSQL' : id, type: ENTITY_TYPES[id] ?? 'other', confidence: 0.9, mentions: [[0, 3]] })),
    tags: tags.map((t, i) => ({ name: t, entity: t.toLowerCase(), score: 0.9 - i * 0.1 })),
    diagnostics: 0,
  };
}

const TESTING = episode('/cat/testing.txt', 'h1', [
  card('Welcome', 'Welcome to the show, sponsored by a hosting company with fast servers.', [], 'intro'),
  card('pytest fixtures', 'Fixtures in pytest set up state for a test. The tmp_path fixture gives each test a pathlib Path. Parametrize runs one test over many inputs.', ['pytest', 'pathlib']),
  card('Guido on typing', 'Guido van Rossum talked about type hints and gradual typing in Python.', ['guido-van-rossum']),
], ['pytest', 'pathlib']);
const FILES = episode('/cat/files.txt', 'h2', [
  card('pathlib instead of os.path', 'The Path object from pathlib replaces os.path.join. Each test gets a temporary Path from the pytest tmp_path fixture.', ['pathlib', 'pytest']),
  card('Guido again', 'Guido van Rossum and the history of Python.', ['guido-van-rossum']),
], ['pathlib']);
const DATA = episode('/cat/data.txt', 'h3', [
  card('PostgreSQL indexes', 'A partial index in PostgreSQL made the query fast. EXPLAIN ANALYZE shows the plan before you add hardware.', ['postgresql']),
  card('SQLite with WAL', 'SQLite in WAL mode lets readers run while one writer commits; FTS5 gives full text search.', ['sqlite']),
], ['PostgreSQL', 'SQLite', 'pathlib']);

describe('the index store', () => {
  const file = join(tmp, 'store.db');
  const db = openIndex(file, 'write');
  const w = new IndexWriter(db);
  it('adds, skips an unchanged file and replaces a changed one, keeping derived tables in step', () => {
    expect([TESTING, FILES, DATA].map((r) => w.write(r))).toEqual(['added', 'added', 'added']);
    expect(w.write(TESTING)).toBe('unchanged');
    const id = (db.prepare(`SELECT id FROM episodes WHERE path = '/cat/data.txt'`).get() as { id: number }).id;
    const changed = { ...DATA, hash: 'h3b', cards: [DATA.cards[1]] };
    expect(w.write(changed)).toBe('replaced');
    expect(db.prepare(`SELECT id, slug, card_count FROM episodes WHERE path = '/cat/data.txt'`).get()).toEqual({ id, slug: 'data', card_count: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM cards_fts').get()).toEqual(db.prepare('SELECT COUNT(*) AS n FROM cards').get());
    const off = db.prepare(`SELECT COUNT(*) AS n FROM (SELECT term, COUNT(*) AS df FROM card_terms GROUP BY term) t FULL OUTER JOIN term_df d USING (term) WHERE t.df IS NOT d.df`).get();
    expect(off).toEqual({ n: 0 });
    expect(search(db, 'PostgreSQL').hits).toEqual([]);
    expect(w.write(DATA)).toBe('replaced');
    expect(w.knownHashes().get('/cat/data.txt')).toBe('h3');
  });

  it('gives unique slugs to files of the same name', () => {
    const other = episode('/elsewhere/data.txt', 'h9', [card('Other', 'Something else entirely about gardening.')]);
    w.write(other);
    expect((db.prepare(`SELECT slug FROM episodes WHERE path = '/elsewhere/data.txt'`).get() as { slug: string }).slug).toBe('data-2');
  });

  it('searches with stemming and snippets, all words first, then any', () => {
    const r = search(db, 'fixture');
    expect(r.matched).toBe('all');
    expect(r.hits[0]).toMatchObject({ episode: 'testing', card: 2, title: 'pytest fixtures' });
    expect(r.hits[0].snippet).toMatch(/«[Ff]ixtures?»/);
    expect(search(db, 'hardware gardening').matched).toBe('any');
    expect(search(db, 'os.path').hits[0].episode).toBe('files');
    expect(() => search(db, '!!!')).toThrow(/has no words/);
  });

  it('relates cards by shared technologies and terms, not people, and says why', () => {
    const r = related(db, 'testing#2');
    expect(r.hits[0]).toMatchObject({ episode: 'files', card: 1 });
    expect(r.hits[0].sharedTechnologies).toEqual(expect.arrayContaining(['pathlib', 'pytest']));
    expect(r.hits[0].reason).toMatch(/^shares (pathlib, pytest|pytest, pathlib) \(100% of the technologies\); terms .*fixture/);
    expect(r.hits.every((h) => h.episode !== 'testing')).toBe(true);
    const guido = related(db, 'testing#seg-3');
    expect(guido.hits.find((h) => h.sharedTechnologies.length > 0)).toBeUndefined(); // a person is not a technology
    // the whole episode: its topic cards together; the intro is left out
    expect(related(db, 'testing').hits[0].episode).toBe('files');
  });

  it('resolves episodes by slug, id, path and file name, and says what it cannot find', () => {
    expect(resolveEpisode(db, 'files').episode.path).toBe('/cat/files.txt');
    expect(resolveEpisode(db, '/cat/files.txt#2')).toMatchObject({ card: 2 });
    expect(resolveEpisode(db, 'testing.txt').episode.slug).toBe('testing');
    expect(() => resolveEpisode(db, 'data.txt')).toThrow(/no episode "data.txt"/); // two files of that name
    expect(() => resolveEpisode(db, 'files#7')).toThrow(/has no card "7"; give a card number 1–2/);
  });

  it('lists tags per episode and across the catalogue', () => {
    expect(episodeTags(db, 'data').tags.map((t) => t.name)).toEqual(['PostgreSQL', 'SQLite', 'pathlib']);
    const cat = catalogueTags(db);
    expect(cat.episodes).toBe(4);
    expect(cat.tags[0]).toMatchObject({ entity: 'pathlib', episodes: 3 });
  });

  it('refuses other versions and foreign databases in one line', () => {
    db.close();
    const raw = new Database(file);
    raw.pragma('user_version = 2');
    raw.close();
    expect(() => openIndex(file, 'read')).toThrow(/^.*store\.db: index schema version 2, but this podtopics reads version 1; delete it and run `podtopics index` again$/);
    const foreign = join(tmp, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (x)');
    f.close();
    expect(() => openIndex(foreign, 'write')).toThrow(/is a SQLite database but not a podtopics index/);
    expect(() => openIndex(join(tmp, 'missing.db'), 'read')).toThrow(/no index here/);
  });
});

describe('card terms', () => {
  it('folds plurals, drops fillers and speaker names, weights names of things', () => {
    const terms = cardTerms('Yeah, so tests and more tests. I really like the Postgres planner. Ann: our test suite uses pytest.', new Set(['ann']));
    const map = new Map(terms);
    expect(map.get('test')).toBe(3);
    expect(map.get('postgres')).toBe(3); // capitalised inside a sentence: a name
    expect(map.has('yeah')).toBe(false);
    expect(map.has('ann')).toBe(false);
    expect(foldTerm('libraries')).toBe('library');
    expect(foldTerm('Kubernetes')).toBe('kubernetes');
    expect(foldTerm('class')).toBe('class');
    expect(countWords(' one  two\nthree ')).toBe(3);
  });
});

describe('collecting files', () => {
  it('recurses folders for transcript extensions, keeps named files, reports missing ones', () => {
    const dir = join(tmp, 'tree');
    mkdirSync(join(dir, 'b', '.hidden'), { recursive: true });
    for (const f of ['a.txt', 'b/c.vtt', 'b/d.SRT', 'b/e.mp3', 'b/.hidden/f.txt', 'g.html', 'h.json', 'notes.md']) writeFileSync(join(dir, f), 'x');
    const { files, missing } = collectFiles([dir, join(dir, 'notes.md'), join(dir, 'a.txt'), join(dir, 'nope')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b/c.vtt', 'b/d.SRT', 'g.html', 'h.json', 'notes.md']);
    expect(missing).toEqual([join(dir, 'nope')]);
  });
  it('reads Markdown found in folders only with the markdown option (a named one always)', () => {
    const dir = join(tmp, 'markdown');
    mkdirSync(join(dir, 'ep'), { recursive: true });
    for (const f of ['README.md', 'ep/one.md', 'ep/two.markdown', 'ep/three.txt']) writeFileSync(join(dir, f), 'x');
    expect(collectFiles([dir]).files.map((f) => f.slice(dir.length + 1))).toEqual(['ep/three.txt']);
    expect(collectFiles([dir], { markdown: true }).files.map((f) => f.slice(dir.length + 1))).toEqual(['README.md', 'ep/one.md', 'ep/three.txt', 'ep/two.markdown']);
    expect(collectFiles([join(dir, 'ep/one.md')]).files).toEqual([join(dir, 'ep/one.md')]);
  });
  it('collects every format the readers take, SAMI, Transcriber and oTranscribe files among them', () => {
    const dir = join(tmp, 'formats');
    mkdirSync(dir, { recursive: true });
    const names = ['a.smi', 'b.sami', 'c.trs', 'd.otr', 'e.ass', 'f.docx', 'g.lrc', 'h.sbv', 'i.ttml', 'j.xml', 'k.csv', 'l.tsv', 'm.pdf', 'n.wav'];
    for (const f of names) writeFileSync(join(dir, f), 'x');
    const { files } = collectFiles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(names.filter((n) => !/\.(pdf|wav)$/.test(n)));
  });
});

describe('why a transcript failed, in one line', () => {
  it('a worker out of memory says the transcript is too long and what to do', () => {
    const err = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(failureReason(err)).toMatch(/^too long to index: it needs more than a worker's \d+ MB of memory .*split it, or run `podtopics extract` on it alone$/);
  });
  it('any other error keeps its first line', () => {
    expect(failureReason(new Error('is empty\n    at read (x.js:1:1)'))).toBe('is empty');
    expect(failureReason('plain')).toBe('plain');
  });
});
