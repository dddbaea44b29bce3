import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PodtopicsError } from '../document/diagnostics.js';
import type { EpisodeRecord } from './episode-record.js';
import { APPLICATION_ID, INDEX_DDL, INDEX_SCHEMA_VERSION } from './index-schema.js';

export type Db = Database.Database;

/** How long one connection waits for another writer before giving up (per statement). */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens (and for 'write', creates) a podtopics index. Throws PodtopicsError with a one-line
 * message when the file is not an index of this version. Write connections use WAL so that
 * readers never block the writer and a killed process leaves only committed episodes.
 */
export function openIndex(file: string, mode: 'read' | 'write'): Db {
  if (mode === 'read' && !existsSync(file)) {
    throw new PodtopicsError('INDEX_NOT_FOUND', `${file}: no index here; build one with \`podtopics index DIR --db ${file}\``);
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: mode === 'read', fileMustExist: mode === 'read' });
  } catch (err) {
    throw sqliteError(file, err);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (mode === 'write') {
      withRetry(() => db.pragma('journal_mode = WAL'));
      db.pragma('synchronous = NORMAL'); // in WAL: a crash can lose the last commit, never half of one
      withRetry(() => db.transaction(() => createOrCheck(db, file)).immediate());
    } else {
      checkVersion(db, file);
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw sqliteError(file, err);
  }
  return db;
}

function createOrCheck(db: Db, file: string): void {
  const tables = (db.prepare(`SELECT COUNT(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n;
  if (tables === 0 && db.pragma('user_version', { simple: true }) === 0) {
    db.exec(INDEX_DDL);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${INDEX_SCHEMA_VERSION}`);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(INDEX_SCHEMA_VERSION));
    return;
  }
  checkVersion(db, file);
}

function checkVersion(db: Db, file: string): void {
  const app = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (app !== APPLICATION_ID) {
    throw new PodtopicsError('INDEX_FOREIGN', `${file}: is a SQLite database but not a podtopics index; give another --db`);
  }
  if (version !== INDEX_SCHEMA_VERSION) {
    throw new PodtopicsError(
      'INDEX_VERSION',
      `${file}: index schema version ${version}, but this podtopics reads version ${INDEX_SCHEMA_VERSION}; delete it and run \`podtopics index\` again`,
    );
  }
}

function sqliteError(file: string, err: unknown): Error {
  if (err instanceof PodtopicsError) return err;
  const code = (err as { code?: string }).code ?? '';
  const msg = (err as Error).message ?? String(err);
  if (code === 'SQLITE_NOTADB') return new PodtopicsError('INDEX_NOT_SQLITE', `${file}: is not a SQLite database (and so not a podtopics index); give another --db`);
  if (code === 'SQLITE_CANTOPEN') return new PodtopicsError('INDEX_CANTOPEN', `${file}: cannot open the index (does its folder exist and is it writable?)`);
  if (code === 'SQLITE_CORRUPT') return new PodtopicsError('INDEX_CORRUPT', `${file}: the index is damaged; delete it and run \`podtopics index\` again`);
  return new PodtopicsError('INDEX_ERROR', `${file}: ${msg.split('\n')[0]}`);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn`, retrying while another process holds the write lock past the busy timeout
 * (SQLITE_BUSY can also come back at once in WAL, e.g. while the other side checkpoints).
 */
export function withRetry<T>(fn: () => T, attempts = 20): T {
  for (let i = 0; ; i++) {
    try {
      return fn();
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (i + 1 >= attempts || !(code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) throw err;
      Atomics.wait(sleeper, 0, 0, Math.min(1000, 20 * 2 ** i));
    }
  }
}

export type WriteOutcome = 'added' | 'replaced' | 'unchanged';

/** The writer: prepared statements over one write connection. */
export class IndexWriter {
  private readonly st;
  private readonly writeTx;
  private readonly dropTx;

  constructor(readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      byPath: p('SELECT id, slug, hash FROM episodes WHERE path = ?'),
      slugTaken: p('SELECT 1 FROM episodes WHERE slug = ?'),
      episodeTerms: p('SELECT ct.term AS term, COUNT(*) AS n FROM card_terms ct JOIN cards c ON c.id = ct.card_id WHERE c.episode_id = ? GROUP BY ct.term'),
      dfDown: p('UPDATE term_df SET df = df - ? WHERE term = ?'),
      dfPrune: p('DELETE FROM term_df WHERE df <= 0'),
      ftsDelete: p('DELETE FROM cards_fts WHERE rowid IN (SELECT id FROM cards WHERE episode_id = ?)'),
      episodeDelete: p('DELETE FROM episodes WHERE id = ?'),
      episodeInsert: p(`INSERT INTO episodes (id, slug, path, hash, format, length, timed, words, show, number, title, recorded, card_count, diagnostics)
        VALUES (@id, @slug, @path, @hash, @format, @length, @timed, @words, @show, @number, @title, @recorded, @card_count, @diagnostics)`),
      speakerInsert: p('INSERT OR REPLACE INTO speakers (episode_id, speaker, name, role, words, aliases) VALUES (?, ?, ?, ?, ?, ?)'),
      cardInsert: p(`INSERT INTO cards (episode_id, ordinal, segment, kind, span_start, span_end, time_start, time_end, title, summary, presenter, confidence, keyphrases, words)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      ftsInsert: p('INSERT INTO cards_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)'),
      entityInsert: p('INSERT OR REPLACE INTO entities (episode_id, entity, name, type, mentions, confidence) VALUES (?, ?, ?, ?, ?, ?)'),
      mentionInsert: p('INSERT INTO mentions (episode_id, entity, span_start, span_end) VALUES (?, ?, ?, ?)'),
      cardEntityInsert: p('INSERT OR IGNORE INTO card_entities (card_id, entity, type) VALUES (?, ?, ?)'),
      termInsert: p('INSERT INTO card_terms (card_id, term, count) VALUES (?, ?, ?)'),
      dfUp: p('INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1'),
      tagInsert: p('INSERT INTO tags (episode_id, rank, name, entity, score) VALUES (?, ?, ?, ?, ?)'),
      hashes: p('SELECT path, hash FROM episodes'),
      byId: p('SELECT id FROM episodes WHERE path = ?'),
    };
    this.dropTx = db.transaction((path: string): boolean => {
      const row = this.st.byId.get(path) as { id: number } | undefined;
      if (!row) return false;
      this.deleteEpisode(row.id);
      return true;
    });
    this.writeTx = db.transaction((rec: EpisodeRecord, slug?: string): WriteOutcome => this.writeInTx(rec, slug));
  }

  /** path → content hash of every indexed episode, to skip unchanged files without parsing them. */
  knownHashes(): Map<string, string> {
    const rows = this.st.hashes.all() as Array<{ path: string; hash: string }>;
    return new Map(rows.map((r) => [r.path, r.hash]));
  }

  /**
   * Slugs for files not yet indexed, handed out in path order before any is written, so
   * which of two `episode.txt` gets `episode-2` does not depend on which worker ends first.
   */
  reserveSlugs(paths: readonly string[]): Map<string, string> {
    const reserved = new Map<string, string>();
    const taken = new Set<string>();
    const fresh = [...paths].sort().filter((path) => !this.st.byPath.get(path));
    // files named alike (`show-a/transcript.txt`, `show-b/transcript.txt`) are told apart by
    // their folder: `show-a-transcript`, not `transcript` and `transcript-2`
    const stems = new Map<string, number>();
    for (const path of fresh) stems.set(slugPart(stemOf(path)), (stems.get(slugPart(stemOf(path))) ?? 0) + 1);
    for (const path of fresh) {
      const stem = slugPart(stemOf(path));
      const base = (stems.get(stem) ?? 0) > 1 ? slugPart(`${basename(dirname(path))}-${stem}`) : stem;
      const slug = this.freeSlug(base, taken);
      taken.add(slug);
      reserved.set(path, slug);
    }
    return reserved;
  }

  /** Writes one episode in one IMMEDIATE transaction (replacing an older version of the file). */
  write(rec: EpisodeRecord, slug?: string): WriteOutcome {
    return withRetry(() => this.writeTx.immediate(rec, slug));
  }

  /** Removes the episode of a file, in one transaction; false when it was not indexed. */
  drop(path: string): boolean {
    return withRetry(() => this.dropTx.immediate(path));
  }

  /** Paths of every indexed episode. */
  paths(): string[] {
    return (this.st.hashes.all() as Array<{ path: string }>).map((r) => r.path);
  }

  private deleteEpisode(id: number): void {
    const st = this.st;
    for (const { term, n } of st.episodeTerms.all(id) as Array<{ term: string; n: number }>) st.dfDown.run(n, term);
    st.dfPrune.run();
    st.ftsDelete.run(id);
    st.episodeDelete.run(id); // cascades to speakers, cards, entities, mentions, terms, tags
  }

  private writeInTx(rec: EpisodeRecord, reserved?: string): WriteOutcome {
    const st = this.st;
    // Checked again inside the transaction: another indexer may have written it meanwhile.
    const old = st.byPath.get(rec.path) as { id: number; slug: string; hash: string } | undefined;
    if (old && old.hash === rec.hash) return 'unchanged';
    let id: number | null = null;
    let slug: string;
    if (old) {
      this.deleteEpisode(old.id);
      id = old.id;
      slug = old.slug;
    } else {
      // the reserved slug, unless another indexer took it meanwhile
      slug = reserved && !st.slugTaken.get(reserved) ? reserved : this.freeSlug(slugPart(stemOf(rec.path)));
    }
    const info = st.episodeInsert.run({
      id,
      slug,
      path: rec.path,
      hash: rec.hash,
      format: rec.source.format,
      length: rec.source.length,
      timed: rec.source.timed ? 1 : 0,
      words: rec.words,
      show: rec.episode.show,
      number: rec.episode.number,
      title: rec.episode.title,
      recorded: rec.episode.recorded,
      card_count: rec.cards.length,
      diagnostics: rec.diagnostics,
    });
    const episodeId = Number(info.lastInsertRowid);
    for (const s of rec.speakers) st.speakerInsert.run(episodeId, s.id, s.name, s.role, s.words, JSON.stringify(s.aliases));
    const entityType = new Map<string, string>();
    for (const e of rec.entities) {
      entityType.set(e.id, e.type);
      st.entityInsert.run(episodeId, e.id, e.name, e.type, e.mentions.length, e.confidence);
      for (const [start, end] of e.mentions) st.mentionInsert.run(episodeId, e.id, start, end);
    }
    rec.cards.forEach((c, i) => {
      const cardId = Number(
        st.cardInsert.run(episodeId, i + 1, c.segment, c.kind, c.span.start, c.span.end, c.time?.start ?? null, c.time?.end ?? null, c.title, c.summary, c.presenter, c.confidence, JSON.stringify(c.keyphrases), c.words).lastInsertRowid,
      );
      st.ftsInsert.run(cardId, c.title, c.summary, c.body);
      for (const e of c.entities) st.cardEntityInsert.run(cardId, e, entityType.get(e) ?? 'other');
      for (const [term, count] of c.terms) {
        st.termInsert.run(cardId, term, count);
        st.dfUp.run(term);
      }
    });
    rec.tags.forEach((t, i) => st.tagInsert.run(episodeId, i + 1, t.name, t.entity, t.score));
    return old ? 'replaced' : 'added';
  }

  /** `base`, or `base-2`, `base-3` … : the first slug neither reserved nor in the index. */
  private freeSlug(base: string, reserved: ReadonlySet<string> = new Set()): string {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!reserved.has(slug) && !this.st.slugTaken.get(slug)) return slug;
    }
  }
}

const stemOf = (path: string): string => basename(path).replace(/\.(txt|vtt|srt|json|html?)$/i, '');
const slugPart = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'episode';

/** The key under which a file is stored: its absolute path. */
export const episodeKey = (file: string): string => resolve(file);
