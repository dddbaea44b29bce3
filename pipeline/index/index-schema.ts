/**
 * The SQLite layout of a podtopics index. An index is a versioned artefact (like a MiniSearch
 * or Orama index): the version lives in `PRAGMA user_version` and `application_id` marks the
 * file as ours, so a database written by another version (or another program) is refused
 * with a one-line message instead of being read wrongly.
 *
 * Bump INDEX_SCHEMA_VERSION on any change to the tables below; there are no migrations, an
 * index is rebuilt from the transcripts (`podtopics index` is cheap to rerun).
 */
export const INDEX_SCHEMA_VERSION = 1;

/** 'PdTp' as a 32-bit integer; see https://www.sqlite.org/pragma.html#pragma_application_id */
export const APPLICATION_ID = 0x50645470;

export const INDEX_DDL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per transcript file; path is the absolute path, hash the SHA-256 of its bytes.
CREATE TABLE episodes (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE,
  path        TEXT NOT NULL UNIQUE,
  hash        TEXT NOT NULL,
  format      TEXT NOT NULL,
  length      INTEGER NOT NULL,
  timed       INTEGER NOT NULL,
  words       INTEGER NOT NULL,
  show        TEXT,
  number      INTEGER,
  title       TEXT,
  recorded    TEXT,
  card_count  INTEGER NOT NULL,
  diagnostics INTEGER NOT NULL
);

CREATE TABLE speakers (
  episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  speaker    TEXT NOT NULL,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL,
  words      INTEGER NOT NULL,
  aliases    TEXT NOT NULL,           -- JSON array
  PRIMARY KEY (episode_id, speaker)
) WITHOUT ROWID;

-- A card is one segment of an episode (intro, sponsor, topic, extra, outro).
CREATE TABLE cards (
  id         INTEGER PRIMARY KEY,
  episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,        -- 1-based position in the episode
  segment    TEXT NOT NULL,           -- the segment id of the extract result (seg-N)
  kind       TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  time_start REAL,
  time_end   REAL,
  title      TEXT NOT NULL,
  summary    TEXT NOT NULL,
  presenter  TEXT,
  confidence REAL NOT NULL,
  keyphrases TEXT NOT NULL,           -- JSON array
  words      INTEGER NOT NULL,
  UNIQUE (episode_id, ordinal)
);

-- Full text of the cards; rowid = cards.id. Porter stemming so "tests" finds "testing".
CREATE VIRTUAL TABLE cards_fts USING fts5(title, summary, body, tokenize = 'porter unicode61');

CREATE TABLE entities (
  episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  entity     TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  mentions   INTEGER NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (episode_id, entity)
) WITHOUT ROWID;
CREATE INDEX entities_by_entity ON entities(entity);

CREATE TABLE mentions (
  episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  entity     TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
CREATE INDEX mentions_by_episode ON mentions(episode_id, entity);

CREATE TABLE card_entities (
  card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  entity  TEXT NOT NULL,
  type    TEXT NOT NULL,
  PRIMARY KEY (card_id, entity)
) WITHOUT ROWID;
CREATE INDEX card_entities_by_entity ON card_entities(entity);

-- Term counts per card (top terms only). Weights are TF-IDF computed at query time from
-- term_df, so they stay right as the catalogue grows.
CREATE TABLE card_terms (
  card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  term    TEXT NOT NULL,
  count   INTEGER NOT NULL,
  PRIMARY KEY (card_id, term)
) WITHOUT ROWID;
CREATE INDEX card_terms_by_term ON card_terms(term);

-- Number of cards holding each term (document frequency), kept in step with card_terms.
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  df   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE tags (
  episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  rank       INTEGER NOT NULL,
  name       TEXT NOT NULL,
  entity     TEXT NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (episode_id, rank)
) WITHOUT ROWID;
CREATE INDEX tags_by_entity ON tags(entity);
`;
