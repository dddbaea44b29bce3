import { resolve } from 'node:path';
import { PodtopicsError } from '../document/diagnostics.js';
import type { Db } from './index-store.js';

/** Kinds of card that carry a topic; sponsor reads and intros would make everything "related". */
const TOPIC_KINDS = ['topic', 'extra'];
/** Entity types that are not technologies, left out of "shared technologies". */
const NOT_TECHNOLOGY = new Set(['person']);
/** How many candidates, after a cheap first score, get an exact cosine. */
const RERANK = 300;
/** The target's heaviest terms that are compared (a card keeps 40). */
const TARGET_TERMS = 80;

export interface EpisodeRef {
  id: number;
  slug: string;
  path: string;
  show: string | null;
  number: number | null;
  title: string | null;
}

export interface CardHit {
  episode: string;
  episodeTitle: string | null;
  show: string | null;
  card: number;
  segment: string;
  kind: string;
  title: string;
  time: { start: number; end: number | null } | null;
  score: number;
}

export interface SearchHit extends CardHit {
  snippet: string;
}

export interface RelatedHit extends CardHit {
  sharedTechnologies: string[];
  sharedTerms: string[];
  reason: string;
}

export interface TagRow {
  name: string;
  entity: string;
  score: number;
}

export interface CatalogueTagRow {
  name: string;
  entity: string;
  episodes: number;
  meanScore: number;
}

const CARD_COLUMNS = `e.slug AS episode, e.title AS episodeTitle, e.show AS show, c.ordinal AS card, c.segment AS segment,
  c.kind AS kind, c.title AS title, c.time_start AS timeStart, c.time_end AS timeEnd`;

type CardRow = Omit<CardHit, 'time' | 'score'> & { timeStart: number | null; timeEnd: number | null };

const toHit = (r: CardRow, score: number): CardHit => ({
  episode: r.episode,
  episodeTitle: r.episodeTitle,
  show: r.show,
  card: r.card,
  segment: r.segment,
  kind: r.kind,
  title: r.title,
  time: r.timeStart === null ? null : { start: r.timeStart, end: r.timeEnd },
  score: round(score),
});

/**
 * Cards ranked by BM25 over title (×10), summary (×4) and text. Every word of the query must
 * appear (porter-stemmed); when no card has them all, any word will do.
 */
export function search(db: Db, query: string, limit = 10): { hits: SearchHit[]; matched: 'all' | 'any' } {
  const words = query.match(/[\p{L}\p{N}]+(?:[._+#-][\p{L}\p{N}]+)*[+#]*/gu) ?? [];
  if (words.length === 0) throw new PodtopicsError('SEARCH_EMPTY', 'the search query has no words; try e.g. `podtopics search pathlib`');
  const quoted = words.map((w) => `"${w.replace(/"/g, '""')}"`);
  const stmt = db.prepare(`SELECT ${CARD_COLUMNS}, bm25(cards_fts, 10.0, 4.0, 1.0) AS rank,
      snippet(cards_fts, -1, '«', '»', '…', 14) AS snippet
    FROM cards_fts JOIN cards c ON c.id = cards_fts.rowid JOIN episodes e ON e.id = c.episode_id
    WHERE cards_fts MATCH ? ORDER BY rank, e.slug, c.ordinal LIMIT ?`);
  let matched: 'all' | 'any' = 'all';
  let rows = stmt.all(quoted.join(' '), limit) as Array<CardRow & { rank: number; snippet: string }>;
  if (rows.length === 0 && quoted.length > 1) {
    matched = 'any';
    rows = stmt.all(quoted.join(' OR '), limit) as typeof rows;
  }
  return { hits: rows.map((r) => ({ ...toHit(r, -r.rank), snippet: r.snippet.replace(/\s+/g, ' ').trim() })), matched };
}

/** Finds an episode by slug, id, file path or file name; `#CARD` picks a card by number or segment id. */
export function resolveEpisode(db: Db, ref: string): { episode: EpisodeRef; card: number | null } {
  const hash = ref.lastIndexOf('#');
  const epRef = hash >= 0 ? ref.slice(0, hash) : ref;
  const cardRef = hash >= 0 ? ref.slice(hash + 1) : null;
  const cols = 'SELECT id, slug, path, show, number, title FROM episodes';
  const episode = ((/^\d+$/.test(epRef) ? db.prepare(`${cols} WHERE id = ?`).get(Number(epRef)) : undefined) ??
    db.prepare(`${cols} WHERE slug = ?`).get(epRef.toLowerCase()) ??
    db.prepare(`${cols} WHERE path = ?`).get(resolve(epRef)) ??
    uniqueOrUndefined(db.prepare(`${cols} WHERE path LIKE ? ESCAPE '\\' ORDER BY slug LIMIT 2`).all('%/' + epRef.replace(/[\\%_]/g, '\\$&')))) as EpisodeRef | undefined;
  if (!episode) {
    throw new PodtopicsError('EPISODE_NOT_FOUND', `no episode "${epRef}" in the index; name it by its slug (as \`podtopics search\` shows it), id or file path`);
  }
  if (cardRef === null) return { episode, card: null };
  const row = (/^\d+$/.test(cardRef)
    ? db.prepare('SELECT ordinal FROM cards WHERE episode_id = ? AND ordinal = ?').get(episode.id, Number(cardRef))
    : db.prepare('SELECT ordinal FROM cards WHERE episode_id = ? AND segment = ?').get(episode.id, cardRef)) as { ordinal: number } | undefined;
  if (!row) {
    const n = (db.prepare('SELECT card_count AS n FROM episodes WHERE id = ?').get(episode.id) as { n: number }).n;
    throw new PodtopicsError('CARD_NOT_FOUND', `episode ${episode.slug} has no card "${cardRef}"; give a card number 1–${n} or a segment id (seg-N)`);
  }
  return { episode, card: row.ordinal };
}

const uniqueOrUndefined = <T>(rows: T[]): T | undefined => (rows.length === 1 ? rows[0] : undefined);

/**
 * The cards of other episodes most like EPISODE (all its topic cards together) or one card:
 * half weighted overlap of technologies (IDF-weighted, people left out), half cosine of
 * TF-IDF term vectors (log tf, idf from the whole index).
 */
export function related(db: Db, ref: string, limit = 10): { episode: EpisodeRef; card: number | null; hits: RelatedHit[] } {
  const { episode, card } = resolveEpisode(db, ref);
  const totalCards = (db.prepare('SELECT COUNT(*) AS n FROM cards').get() as { n: number }).n;
  const idf = (df: number) => Math.log((totalCards + 1) / Math.max(1, df));
  const weight = (count: number, df: number) => (1 + Math.log(count)) * idf(df);

  let targetIds = (card === null
    ? db.prepare(`SELECT id FROM cards WHERE episode_id = ? AND kind IN (${TOPIC_KINDS.map(() => '?').join(',')}) ORDER BY ordinal`).all(episode.id, ...TOPIC_KINDS)
    : db.prepare('SELECT id FROM cards WHERE episode_id = ? AND ordinal = ?').all(episode.id, card)) as Array<{ id: number }>;
  if (targetIds.length === 0) targetIds = db.prepare('SELECT id FROM cards WHERE episode_id = ?').all(episode.id) as Array<{ id: number }>;
  const ids = JSON.stringify(targetIds.map((r) => r.id));

  // The target's term vector and technologies.
  const tTerms = db.prepare(`SELECT ct.term AS term, SUM(ct.count) AS count, d.df AS df FROM card_terms ct JOIN term_df d ON d.term = ct.term
    WHERE ct.card_id IN (SELECT value FROM json_each(?)) GROUP BY ct.term`).all(ids) as Array<{ term: string; count: number; df: number }>;
  // A whole episode has thousands of terms; its heaviest ones say what it is about, and
  // keep the candidate scan (every card sharing a term) small on a large catalogue.
  const tVec = new Map(
    tTerms
      .map((t): [string, number] => [t.term, weight(t.count, t.df)])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TARGET_TERMS),
  );
  const tNorm = Math.hypot(...tVec.values()) || 1;
  const tEnt = db.prepare(`SELECT ce.entity AS entity, MIN(ce.type) AS type,
      (SELECT COUNT(*) FROM card_entities x WHERE x.entity = ce.entity) AS df,
      (SELECT name FROM entities en WHERE en.entity = ce.entity AND en.episode_id = ?) AS name
    FROM card_entities ce WHERE ce.card_id IN (SELECT value FROM json_each(?)) GROUP BY ce.entity`).all(episode.id, ids) as Array<{ entity: string; type: string; df: number; name: string | null }>;
  const techs = tEnt.filter((e) => !NOT_TECHNOLOGY.has(e.type));
  const eWeight = new Map(techs.map((e) => [e.entity, idf(e.df)]));
  const eName = new Map(techs.map((e) => [e.entity, e.name ?? e.entity]));
  const eTotal = [...eWeight.values()].reduce((a, b) => a + b, 0);

  // First pass: partial dot products and entity overlap for every card sharing anything.
  const kinds = TOPIC_KINDS.map((k) => `'${k}'`).join(',');
  const cand = new Map<number, { dot: number; ent: number; terms: Array<[string, number]>; ents: string[] }>();
  const get = (id: number) => {
    let c = cand.get(id);
    if (!c) cand.set(id, (c = { dot: 0, ent: 0, terms: [], ents: [] }));
    return c;
  };
  const termRows = db.prepare(`SELECT ct.card_id AS id, ct.term AS term, ct.count AS count, d.df AS df
    FROM card_terms ct JOIN cards c ON c.id = ct.card_id JOIN term_df d ON d.term = ct.term
    WHERE ct.term IN (SELECT value FROM json_each(?)) AND c.episode_id != ? AND c.kind IN (${kinds})`).all(JSON.stringify([...tVec.keys()]), episode.id) as Array<{ id: number; term: string; count: number; df: number }>;
  for (const r of termRows) {
    const p = (tVec.get(r.term) ?? 0) * weight(r.count, r.df);
    const c = get(r.id);
    c.dot += p;
    c.terms.push([r.term, p]);
  }
  if (eWeight.size) {
    const entRows = db.prepare(`SELECT ce.card_id AS id, ce.entity AS entity FROM card_entities ce JOIN cards c ON c.id = ce.card_id
      WHERE ce.entity IN (SELECT value FROM json_each(?)) AND c.episode_id != ? AND c.kind IN (${kinds})`).all(JSON.stringify([...eWeight.keys()]), episode.id) as Array<{ id: number; entity: string }>;
    for (const r of entRows) {
      const c = get(r.id);
      c.ent += eWeight.get(r.entity) ?? 0;
      c.ents.push(r.entity);
    }
  }
  const entShare = (c: { ent: number }) => (eTotal > 0 ? c.ent / eTotal : 0);
  const mix = (cos: number, ent: number) => (eTotal > 0 ? 0.5 * ent + 0.5 * cos : cos);
  const first = [...cand].map(([id, c]) => ({ id, c, rough: mix(c.dot / tNorm / Math.max(1, Math.sqrt(c.terms.length)), entShare(c)) }));
  first.sort((a, b) => b.rough - a.rough || a.id - b.id);
  const top = first.slice(0, RERANK);

  // Second pass: exact norms of the best candidates.
  const norms = new Map<number, number>();
  if (top.length) {
    const rows = db.prepare(`SELECT ct.card_id AS id, ct.count AS count, d.df AS df FROM card_terms ct JOIN term_df d ON d.term = ct.term
      WHERE ct.card_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(top.map((t) => t.id))) as Array<{ id: number; count: number; df: number }>;
    for (const r of rows) norms.set(r.id, (norms.get(r.id) ?? 0) + weight(r.count, r.df) ** 2);
  }
  const rows = new Map(
    (db.prepare(`SELECT c.id AS id, ${CARD_COLUMNS} FROM cards c JOIN episodes e ON e.id = c.episode_id WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(top.map((t) => t.id))) as Array<CardRow & { id: number }>).map((r) => [r.id, r]),
  );
  const scored = top.map(({ id, c }) => {
    const cos = c.dot / (tNorm * (Math.sqrt(norms.get(id) ?? 0) || 1));
    return { row: rows.get(id)!, c, cos, ent: entShare(c), score: mix(cos, entShare(c)) };
  });
  // ties by episode and card, not by row id: ids depend on which worker finished first
  scored.sort((a, b) => b.score - a.score || (a.row.episode < b.row.episode ? -1 : a.row.episode > b.row.episode ? 1 : a.row.card - b.row.card));
  const hits = scored.slice(0, limit).map(({ row, c, cos, ent, score }) => {
    const sharedTechnologies = [...c.ents].sort((a, b) => (eWeight.get(b) ?? 0) - (eWeight.get(a) ?? 0) || (a < b ? -1 : 1)).map((e) => eName.get(e) ?? e);
    const sharedTerms = [...c.terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(([t]) => t);
    const parts: string[] = [];
    if (sharedTechnologies.length) parts.push(`shares ${sharedTechnologies.slice(0, 5).join(', ')} (${Math.round(ent * 100)}% of the technologies)`);
    if (sharedTerms.length) parts.push(`terms ${sharedTerms.join(', ')} (cosine ${cos.toFixed(2)})`);
    const { id: _id, ...card } = row;
    return { ...toHit(card, score), sharedTechnologies, sharedTerms, reason: parts.join('; ') };
  });
  return { episode, card, hits };
}

/** One episode's tags, best first. */
export function episodeTags(db: Db, ref: string): { episode: EpisodeRef; tags: TagRow[] } {
  const { episode } = resolveEpisode(db, ref);
  const tags = db.prepare('SELECT name, entity, score FROM tags WHERE episode_id = ? ORDER BY rank').all(episode.id) as TagRow[];
  return { episode, tags };
}

/** The catalogue's tags: in how many episodes each is a tag, most common first. */
export function catalogueTags(db: Db, limit = 50): { episodes: number; tags: CatalogueTagRow[] } {
  const episodes = (db.prepare('SELECT COUNT(*) AS n FROM episodes').get() as { n: number }).n;
  // The bare `name` column comes from the row holding MAX(score) (an SQLite guarantee).
  const rows = db.prepare(`SELECT entity, name, MAX(score) AS best, COUNT(DISTINCT episode_id) AS episodes, AVG(score) AS mean
    FROM tags GROUP BY entity ORDER BY episodes DESC, mean DESC, entity LIMIT ?`).all(limit) as Array<{ entity: string; name: string; episodes: number; mean: number }>;
  return { episodes, tags: rows.map((r) => ({ name: r.name, entity: r.entity, episodes: r.episodes, meanScore: round(r.mean) })) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
