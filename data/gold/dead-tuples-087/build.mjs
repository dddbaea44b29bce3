// Builds Dead Tuples #87 (SYNTHETIC held-out episode, heldout9) from source.mjs: a two-host weekly database
// news show (Ruth Kessler, Dan Achterberg). Intro; seven items alternating irregularly between the hosts
// (Ruth: PostgreSQL 18 for operators, starting MID-PARAGRAPH at the end of her rundown; Dan: PostgreSQL 18
// for developers; Dan: DuckDB 1.4 LTS; [sponsor "Querytrail", read by Ruth]; Ruth: Turso, SQLite rewritten
// in Rust; Ruth: the Postgres acquisitions, starting MID-PARAGRAPH at the end of the Turso item; Dan: Redis 8
// and Valkey); picks (Dan, then Ruth; kind extra); outro.
//
// Renders
//   otter.txt    an Otter.ai-style export: blocks of `Speaker N  m:ss` on their own line, the block's text
//                on the next line (one line), a blank line between blocks, and the service's footer
//                `Transcribed by https://otter.ai`. Labels are GENERIC: Speaker 1 = Ruth, Speaker 2 = Dan
//                (names only in the speech). The service splits long turns into consecutive blocks with
//                the same label (`¦` in the source) and credits three short reactions to the wrong label
//                (ot: 'swap'). Straight apostrophes, as the service writes them. Timestamps come from ~2.6
//                spoken words a second, 0.6 s between speakers, 0.3 s before a same-speaker paragraph and
//                0.5 s at a split; the audio starts at 0.9 s. Gold paragraphs = one per block, the text line
//                only; the gold speaker is the TRUE speaker. A segment starts at the `Speaker N` line of its
//                first block, or at the `§` inside a block; the first starts at 0, the last ends at the end
//                of the file (footer included). transcriptStart = 0.
//   labeled.txt  the twin: `Full Name:` on each host's first paragraph, first names after, one paragraph
//                per line, every turn whole (no service splits, every label right), curly apostrophes.
//                Rendered with the shared `render`. Gold paragraphs = the text AFTER the `Name: ` label.
//   gold.json    offsets into both files, all computed here. Uses `render`, `labeledPrefix`, `labeledText`
//                and `segmentTracker` from the shared renderer (/work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, R, D } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'dead-tuples-087';
const WPS = 2.6;
const nWords = (s) => s.split(/\s+/).filter(Boolean).length;
const unsplit = (t) => t.replace(/\s*¦\s*/g, ' ');

// --- otter.txt ----------------------------------------------------------------------------------
const LABEL = { [R]: 'Speaker 1', [D]: 'Speaker 2' };
const OTHER = { [R]: D, [D]: R };
const stamp = (sec) => {
  const s = Math.floor(sec), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};
const FOOTER = '\n\nTranscribed by https://otter.ai\n';
let otter = '';
const oParas = [];
const tracker = segmentTracker();
let swaps = 0;
{
  let t = 0.9, prev = null;
  for (const item of SOURCE) {
    if (item.seg) { tracker.seg(item); continue; }
    if (prev) t += prev.speaker === item.speaker ? 0.3 : 0.6;
    const label = item.ot === 'swap' ? LABEL[OTHER[item.speaker]] : LABEL[item.speaker];
    if (item.ot === 'swap') { swaps++; if (nWords(item.text) > 6 || /¦/.test(item.text)) throw new Error('a swapped label is for short reactions only'); }
    const blocks = item.text.replace(/⟨([^⟩]*)⟩/g, '$1').split(/\s*¦\s*/);
    blocks.forEach((raw, k) => {
      if (k > 0) t += 0.5;
      if (otter) otter += '\n\n';
      tracker.block(otter.length);
      otter += `${label}  ${stamp(t)}\n`;
      const mark = raw.indexOf('§');
      const body = raw.replace('§', '');
      if (mark >= 0) tracker.mark(otter.length + mark);
      oParas.push({ start: otter.length, end: otter.length + body.length, speaker: item.speaker });
      otter += body;
      t += nWords(body) / WPS;
    });
    prev = item;
  }
  otter += FOOTER;
  tracker.close(otter.length);
  if (swaps !== 3) throw new Error(`expected 3 swapped labels, got ${swaps}`);
}

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [R]: 'Ruth Kessler', [D]: 'Dan Achterberg' }, later: { [R]: 'Ruth', [D]: 'Dan' } };
const labelOf = labeledPrefix(LABELS);
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => labelOf(i, p), speechOnly: true,
  words: (i, p) => unsplit(labeledText(p.text)),
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Dead Tuples', number: 87, recorded: '2025-10-01', title: 'Postgres 18, a duck with a long life, and who owns the database' };
const ENTITIES = {
  required: {
    'PostgreSQL 18': ['Postgres 18', 'PostgreSQL 18'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    DuckDB: ['DuckDB'],
    'DuckDB 1.4': ['DuckDB 1.4', '1.4', 'Andium'],
    SQLite: ['SQLite'],
    Rust: ['Rust'],
    Redis: ['Redis'],
    UUID: ['UUIDs', 'UUID'],
    'asynchronous I/O': ['asynchronous I/O', 'async I/O', 'AIO'],
    io_method: ['io_method'],
    io_uring: ['io_uring'],
    liburing: ['liburing'],
    posix_fadvise: ['posix_fadvise'],
    Linux: ['Linux'],
    Docker: ['Docker'],
    seccomp: ['seccomp', 'seccomp profile'],
    Kubernetes: ['Kubernetes'],
    'Amazon EBS': ['EBS'],
    NVMe: ['NVMe'],
    effective_io_concurrency: ['effective_io_concurrency'],
    pg_upgrade: ['pg_upgrade'],
    ANALYZE: ['ANALYZE'],
    vacuumdb: ['vacuumdb'],
    initdb: ['initdb'],
    'data checksums': ['data checksums', 'checksums'],
    pg_checksums: ['pg_checksums'],
    'PostgreSQL 13': ['Postgres 13'],
    uuidv7: ['uuidv7', 'v7'],
    uuidv4: ['uuidv4'],
    gen_random_uuid: ['gen_random_uuid'],
    uuid_extract_timestamp: ['uuid_extract_timestamp'],
    'B-tree': ['B-tree'],
    WAL: ['WAL', 'write-ahead log'],
    bigserial: ['bigserial'],
    'virtual generated columns': ['virtual generated columns', 'generated columns', 'virtual column'],
    RETURNING: ['RETURNING'],
    'skip scan': ['skip scan'],
    OAuth: ['OAuth', 'OAuth 2.0'],
    MD5: ['MD5'],
    SCRAM: ['SCRAM'],
    'temporal constraints': ['temporal constraints', 'WITHOUT OVERLAPS'],
    'DuckDB LTS': ['long-term support', 'LTS'],
    AES: ['AES', 'AES in GCM mode', 'GCM'],
    'MERGE INTO': ['MERGE INTO'],
    'Apache Iceberg': ['Iceberg', 'iceberg extension'],
    GitHub: ['GitHub'],
    pg_duckdb: ['pg_duckdb'],
    Parquet: ['Parquet'],
    'Amazon S3': ['S3'],
    DuckLake: ['DuckLake'],
    Avro: ['Avro'],
    JSON: ['JSON'],
    Querytrail: ['Querytrail'],
    pg_stat_statements: ['pg_stat_statements'],
    MySQL: ['MySQL'],
    'slow query log': ['slow query log'],
    Turso: ['Turso', 'Turso database'],
    libSQL: ['libSQL'],
    Limbo: ['Limbo'],
    'WAL mode': ['WAL mode'],
    SQLITE_BUSY: ['SQLITE_BUSY'],
    MVCC: ['MVCC'],
    'BEGIN CONCURRENT': ['BEGIN CONCURRENT', 'begin-concurrent'],
    'MC/DC': ['MC/DC'],
    TH3: ['TH3'],
    'deterministic simulation testing': ['deterministic simulation testing'],
    Antithesis: ['Antithesis'],
    WebAssembly: ['WebAssembly'],
    JavaScript: ['JavaScript'],
    Python: ['Python'],
    Go: ['Go'],
    Databricks: ['Databricks'],
    Neon: ['Neon'],
    Snowflake: ['Snowflake'],
    'Crunchy Data': ['Crunchy Data', 'Crunchy'],
    'Snowflake Postgres': ['Snowflake Postgres'],
    Lakebase: ['Lakebase'],
    git: ['git'],
    PlanetScale: ['PlanetScale', 'PlanetScale for Postgres'],
    Vitess: ['Vitess'],
    'PlanetScale Metal': ['Metal'],
    BSD: ['BSD'],
    RSAL: ['RSAL'],
    SSPL: ['SSPL'],
    'Linux Foundation': ['Linux Foundation'],
    Valkey: ['Valkey'],
    AWS: ['AWS'],
    Google: ['Google'],
    Oracle: ['Oracle'],
    Fedora: ['Fedora'],
    Debian: ['Debian'],
    ElastiCache: ['ElastiCache'],
    'Redis 8': ['Redis 8'],
    AGPL: ['AGPL'],
    OSI: ['OSI'],
    'Redis Stack': ['Redis Stack'],
    'vector sets': ['vector sets'],
    'Valkey 8.1': ['Valkey 8.1', '8.1'],
    'Designing Data-Intensive Applications': ['Designing Data-Intensive Applications'],
    "O'Reilly": ["O'Reilly", 'O’Reilly'],
    'explain.dalibo.com': ['explain dot dalibo dot com', 'explain.dalibo.com'],
    Dalibo: ['Dalibo'],
    PEV2: ['PEV2'],
    'EXPLAIN ANALYZE': ['EXPLAIN ANALYZE', 'EXPLAIN'],
  },
  tolerated: [
    'Dead Tuples', 'deadtuples.fm', 'deadtuples dot fm slash 87', 'deadtuples dot fm', 'querytrail.dev', 'querytrail dot dev slash tuples', 'querytrail dot dev',
    'Edinburgh', 'Minneapolis', 'Martin Kleppmann', 'Chris Riccomini', 'Kleppmann', 'Riccomini', 'antirez', 'Salvatore', 'Salvatore Sanfilippo',
    'major version upgrade', 'upgrade', 'shared buffers', 'backend', 'backends', 'kernel', 'prefetching', 'bitmap heap scans', 'bitmap heap scan',
    'sequential scans', 'vacuum', 'VACUUM', 'worker', 'I/O workers', 'I/O worker processes', 'sync', 'system calls', 'container', 'containers', 'processes',
    'cloud disks', 'network latency', 'local NVMe drive', 'cache', 'planner', 'planner statistics', 'statistics', 'extended statistics',
    'missing-stats-only', 'no-data-checksums', 'cluster', 'end-of-life', 'primary key', 'index', 'index pages', 'indexes', 'multicolumn index',
    'cache hit rate', 'version 4', 'version 7', 'UUIDv7', 'UUIDv4', 'UUID v7', 'pull request', 'library', 'ids', 'STORED', 'stored generated columns',
    'Postgres 12', 'Postgres 15', '12', '15', 'OLD', 'NEW', 'UPDATE', 'audit tables', 'tenant_id', 'created_at', 'validator module', 'extension', 'extensions',
    'passwords', 'primary key WITHOUT OVERLAPS', 'date range', 'bookings', 'protocol', '2003', 'encryption', 'encryption key', 'encrypted at rest',
    'temp files', 'file format', '1.0', 'DuckDB 1.0', 'upserts', 'SQL standard', 'SQL', 'analytics', 'analytical queries', 'engine', 'warehouse',
    'warehouse companies', 'data warehouse', 'lakehouse', 'lakehouse format', 'catalog', 'metadata', 'object storage', 'pipeline', 'secrets manager',
    'notebook', 'environment', 'agent', 'schema change', 'deploy', 'plans', 'query plan', 'query plans', 'plan', 'team plan', 'embedded databases',
    'phone', 'browser', 'public domain', 'fork', 'open source', 'open contribution', '2050', 'SQL dialect', 'readers', 'writer', 'retry loops', 'rows',
    'branch', 'test suite', 'branch coverage', 'proprietary', 'simulator', 'bounties', 'cash bounties', 'bindings', 'side project', 'beta', 'production',
    'serverless Postgres', 'serverless', 'storage', 'compute', 'branching', 'scale to zero', 'AI agents', 'agents', 'API', 'API call', 'sharding',
    'network storage', 'local disk', 'replicate', 'core contributors', 'hosted features', 'dashboard', 'lock-in', 'license', 'licence', 'dual license',
    'source-available', 'distros', 'clouds', 'drop-in replacement', 'protocol', 'commands', 'client library', 'search', 'time series', 'data type',
    'hash table', 'memory', 'release candidates', 'legal departments', 'AGPL version 3', 'AGPLv3', 'mug', 'book', 'second edition', 'first edition',
    'early release', 'cloud', 'tree', 'row estimates', 'visualiser', 'buffers', 'I/O numbers', 'BUFFERS', 'show notes', 'Rust rewrite',
    'Redis license', 'Redis contributors', 'ADA', 'DBA', 'ops', 'toys', 'Otter', 'otter.ai', 'https://otter.ai', 'Postgres 18 upgrade', 'PostgreSQL 13',
    'DDIA', 'wire protocol', 'protocol 3.2', '3.2', 'Redis 7.2', '7.2', 'Valkey 9', '9', 'the Postgres shopping spree', 'hardened Kubernetes setups', 'TLS', 'SQLite file format', 'libsql', 'Turso the company',
  ],
};
// every required key is one of its own forms
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout9 (/work/heldout9/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    otter: { input: 'otter.txt', length: otter.length, transcriptStart: 0, segments: tracker.segments, paragraphs: oParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'otter.txt'), otter);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => unsplit(labeledText(p.text)).replace('§', '')).join(' ').split(/\s+/).length;
const splitTurns = SOURCE.filter((x) => !x.seg && /¦/.test(x.text)).length;
console.log(`${speech} spoken words, ${splitTurns} turns split into several blocks, ${swaps} blocks with the wrong label\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
