// Builds Write Ahead #33 (SYNTHETIC held-out episode, heldout17) from source.mjs: a TWO-host plus ONE-guest INTERVIEW
// about SQLite's renaissance, in the style of the Changelog's published transcripts (hosts Theo Marchetti, who opens
// and closes it, and Adaeze Nwosu; guest Ruth Calloway, who runs a ferry-ticketing company on SQLite). Intro (Theo);
// SQLite in production (Ruth, opened by Adaeze); WAL mode, busy_timeout and BEGIN IMMEDIATE (Ruth, who raises it
// herself MID-PARAGRAPH); Litestream (Ruth, opened by Adaeze's back-reference); [sponsor "Mossbank", read by Adaeze,
// handed over MID-PARAGRAPH in her own line, then the FIRST `**Break:**` line, then the read]; LiteFS and rqlite
// (Ruth, opened by Theo after the break); libSQL and Turso (Ruth, opened by Theo after Adaeze's one-liner: a change
// between the two hosts, neither the presenter); Cloudflare D1 and Durable Objects (Ruth, who raises it herself
// MID-PARAGRAPH); DuckDB (Ruth, opened by Adaeze); sqlite-vec (Ruth; the segment starts at the SECOND `**Break:**`
// line, an ad that is not transcribed, and Theo's question follows); the WebAssembly build and OPFS (Ruth, opened by
// Adaeze's back-reference); STRICT tables and JSONB (Ruth, opened by Adaeze's new paragraph after her own one-liner:
// no speaker change); outro (Theo).
//
// Renders
//   transcript.md  the Changelog's transcript layout: a `# Title` line, a blank line, then blocks separated by blank
//                  lines: every paragraph `**Full Name:** text`, about a third of them `**Full Name:** [hh:mm:ss.cc]
//                  text` (a seeded generator picks them; the first paragraph after a break always has one), and
//                  `**Break:** [hh:mm:ss.cc]` lines on their own, with no speech, where the ad breaks are. One clock:
//                  ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//                  0.9 s; a break's stamp is when it starts and the clock jumps by the break's length (0.8 s for
//                  the first, whose read is transcribed after it, 62 s for the second, whose ad is not). Curly
//                  apostrophes; spoken URLs as words. Gold paragraphs = the text after the label (and stamp).
//                  transcriptStart is the first paragraph's label. A segment starts at the label of its first
//                  paragraph, at the `**Break:**` line when it opens right after a break, or at the `§`; the title
//                  line belongs to the intro. Gold key `changelog`.
//   labeled.txt    `Full Name: text` on EVERY paragraph, one paragraph a line, no breaks, no stamps. Built with the
//                  shared `render` and `labeledPrefix` (speechOnly). Gold key `labeled`.
//   gold.json      offsets into both files, all computed here (shared renderer:
//                  /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                  folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, T, A, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'write-ahead-033';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const words = (t) => labeledText(t).replace('§', '').split(/\s+/).filter(Boolean);
let seed = 33;
const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const stamp = (s) => { const cs = Math.round(s * 100); return `[${two(Math.floor(cs / 360000))}:${two(Math.floor(cs / 6000) % 60)}:${two(Math.floor(cs / 100) % 60)}.${two(cs % 100)}]`; };

// --- the clock ----------------------------------------------------------------------------------
const startOf = new Map();
let lastTime = 0;
{
  let t = 0.9, prev = null, first = true;
  for (const item of SOURCE) {
    if (item.seg) continue;
    if (item.brk) { t += 0.6; startOf.set(item, t); t += item.seconds; prev = null; continue; }
    if (!first) t += prev && prev.speaker === item.speaker ? 0.4 : 0.6;
    first = false;
    startOf.set(item, t);
    t += words(item.text).length / WPS;
    lastTime = t;
    prev = item;
  }
}

// --- labeled.txt --------------------------------------------------------------------------------
const SPEECH = SOURCE.filter((x) => !x.brk);
const LABELS = { first: { [T]: T, [A]: A, [G]: G }, later: { [T]: T, [A]: A, [G]: G } };
const labeled = render(SPEECH, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});
if (/[⟨⟩§¦]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- transcript.md ------------------------------------------------------------------------------
const TITLE = "# SQLite's second act, with Ruth Calloway (Write Ahead #33)";
let md = TITLE + '\n\n';
const mdStart = md.length;
const track = segmentTracker();
const mdParas = [];
let afterBreak = false, nStamped = 0, nBlocks = 0;
for (const item of SOURCE) {
  if (item.seg) { track.seg(item); continue; }
  if (nBlocks++) md += '\n\n';
  track.block(md.length);
  if (item.brk) { md += `**Break:** ${stamp(startOf.get(item))}`; afterBreak = true; continue; }
  const stamped = afterBreak || (mdParas.length > 0 && rand() < 0.42);
  afterBreak = false;
  if (stamped) nStamped++;
  const pre = `**${item.speaker}:** ${stamped ? stamp(startOf.get(item)) + ' ' : ''}`;
  let body = labeledText(item.text);
  const mark = body.indexOf('§');
  body = body.replace('§', '');
  const at = md.length + pre.length;
  md += pre + body;
  if (mark >= 0) track.mark(at + mark);
  mdParas.push({ start: at, end: md.length, speaker: item.speaker });
}
md += '\n';
track.close(md.length);
if (/[⟨⟩§¦]/.test(md)) throw new Error('a mark in transcript.md');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Write Ahead', number: 33, recorded: '2025-07-10', title: "SQLite's second act, with Ruth Calloway" };
const ENTITIES = {
  required: {
    SQLite: ['SQLite'],
    Quayside: ['Quayside'],
    Postgres: ['Postgres'],
    'connection pool': ['connection pool'],
    'Rails 8': ['Rails 8'],
    'Solid Queue': ['Solid Queue'],
    'Solid Cache': ['Solid Cache'],
    'D. Richard Hipp': ['D. Richard Hipp'],
    'test suite': ['test suite'],
    'journal mode': ['journal mode'],
    'rollback journal': ['rollback journal'],
    WAL: ['WAL'],
    'write-ahead log': ['write-ahead log'],
    pragma: ['pragma'],
    checkpoint: ['checkpoint', 'checkpointing'],
    busy_timeout: ['busy_timeout'],
    SQLITE_BUSY: ['SQLITE_BUSY'],
    'BEGIN IMMEDIATE': ['BEGIN IMMEDIATE'],
    synchronous: ['synchronous'],
    transactions: ['transactions', 'transaction'],
    Litestream: ['Litestream'],
    'Ben Johnson': ['Ben Johnson'],
    S3: ['S3'],
    'object storage': ['object storage'],
    snapshot: ['snapshot', 'snapshots'],
    'point in time': ['point in time'],
    migration: ['migration'],
    Mossbank: ['Mossbank'],
    'feature flags': ['feature flags'],
    SDKs: ['SDKs'],
    'audit log': ['audit log'],
    LiteFS: ['LiteFS'],
    'Fly.io': ['Fly.io', 'Fly'],
    FUSE: ['FUSE'],
    replicas: ['replicas', 'replica', 'replication'],
    'LiteFS Cloud': ['LiteFS Cloud'],
    rqlite: ['rqlite'],
    "Philip O'Toole": ['Philip O’Toole', "Philip O'Toole"],
    Go: ['Go'],
    Raft: ['Raft'],
    consensus: ['consensus'],
    'HTTP API': ['HTTP API'],
    'fault tolerance': ['fault tolerance'],
    'public domain': ['public domain'],
    libSQL: ['libSQL'],
    Turso: ['Turso'],
    'server mode': ['server mode'],
    'ALTER TABLE': ['ALTER TABLE'],
    'embedded replicas': ['embedded replicas'],
    Rust: ['Rust'],
    Limbo: ['Limbo'],
    'asynchronous I/O': ['asynchronous I/O'],
    'concurrent writes': ['concurrent writes'],
    'deterministic simulation testing': ['deterministic simulation testing'],
    'file format': ['file format'],
    Cloudflare: ['Cloudflare'],
    'Cloudflare D1': ['Cloudflare D1', 'D1'],
    Workers: ['Workers', 'Worker'],
    'Durable Objects': ['Durable Objects'],
    'read replication': ['read replication'],
    'Sessions API': ['Sessions API'],
    bookmark: ['bookmark'],
    'database per tenant': ['database per tenant', 'one per tenant'],
    edge: ['edge'],
    DuckDB: ['DuckDB'],
    'embedded database': ['embedded database'],
    analytics: ['analytics'],
    columns: ['columns', 'column'],
    vectorised: ['vectorised'],
    Parquet: ['Parquet'],
    OLTP: ['OLTP'],
    OLAP: ['OLAP'],
    'sqlite-vec': ['sqlite-vec'],
    'Alex Garcia': ['Alex Garcia'],
    'sqlite-vss': ['sqlite-vss'],
    Faiss: ['Faiss'],
    C: ['pure C'],
    'virtual table': ['virtual table'],
    vec0: ['vec0'],
    embeddings: ['embeddings', 'embedding'],
    int8: ['int8'],
    'nearest neighbours': ['nearest neighbours'],
    MATCH: ['MATCH'],
    'brute-force search': ['brute-force search', 'brute force'],
    'metadata columns': ['metadata columns'],
    'partition keys': ['partition keys'],
    WebAssembly: ['WebAssembly', 'WASM'],
    OPFS: ['OPFS'],
    'Origin Private File System': ['Origin Private File System'],
    'web worker': ['web worker'],
    VFS: ['VFS'],
    'cross-origin isolation': ['cross-origin isolation'],
    SharedArrayBuffer: ['SharedArrayBuffer'],
    'opfs-sahpool': ['opfs-sahpool'],
    'local-first': ['local-first'],
    'STRICT tables': ['STRICT tables', 'STRICT'],
    'type affinity': ['type affinity'],
    'CREATE TABLE': ['CREATE TABLE'],
    JSON: ['JSON'],
    JSONB: ['JSONB'],
    'arrow operators': ['arrow operators'],
    'JSON functions': ['JSON functions', 'JSON function'],
    jsonb: ['jsonb function'],
    'generated column': ['generated column'],
    index: ['index'],
    'document store': ['document store'],
    Bluesky: ['Bluesky'],
    Mastodon: ['Mastodon'],
  },
  tolerated: [
    'Write Ahead', 'quayside.travel', 'quayside dot travel', 'mossbank.io', 'mossbank dot io slash write ahead', 'Glasgow', 'Theo', 'Adaeze', 'Ruth', 'Ben', 'Friday', 'bank holiday',
    'database', 'databases', 'library', 'process', 'server', 'network hop', 'query', 'queries', 'function call', 'cluster', 'machine', 'disk', 'writes', 'reads', 'writer', 'readers', 'web app', 'web server',
    'defaults', 'backwards compatibility', 'phones', 'browser', 'pages', 'log file', 'lock', 'write lock', 'timeout', 'power cut', 'corruption', 'payment provider', 'logs', 'backups', 'restore', 'restore command',
    'storage', 'column', 'scratch machine', 'recovery plan', 'dashboard', 'support team', 'deploy', 'hot path', 'failover', 'file system', 'lease', 'primary', 'read-only copies', 'leader', 'majority',
    'random function', 'current time', 'nodes', 'storage engine', 'fork', 'contributions', 'open contribution', 'open source', 'hosted service', 'vector columns', 'remote primary', 'managed service',
    'stateful actors', 'size cap', 'tenant', 'customer', 'workspace', 'data centre', 'architecture', 'note-taking product', 'meetups', 'rows', 'row', 'reports', 'script', 'summaries', 'tables', 'accountant',
    'vector database', 'vectors', 'floats', 'bits', 'results', 'help centre', 'support article', 'documents', 'tab', 'reload', 'headers', 'tablet', 'manifest', 'sync', 'local-first crowd', 'browser vendors',
    'integer', 'real', 'text', 'blob', 'any', 'bugs', 'binary format', 'settings', 'settings page', 'field', 'show notes', 'company blog', 'ferry', 'ferries', 'tickets', 'booking', 'ticketing', 'unit tests',
    'single server', 'production', 'edge', 'vector search', 'analytics', 'columnar', 'sqlite3.wasm', 'backups', 'microseconds', 'cloud', 'ad', 'break', 'sponsor',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout17 (/work/heldout17/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    changelog: { input: 'transcript.md', length: md.length, transcriptStart: mdStart, segments: track.segments, paragraphs: mdParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: 0, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'transcript.md'), md);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const paras = SPEECH.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const perSeg = [];
{ let cur = null; for (const x of SPEECH) { if (x.seg) { cur = { t: x.title.slice(0, 44), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(40)} ${s.t}`);
const mins = Math.floor(lastTime / 60);
console.log(`${speech} spoken words, ${mins}:${two(Math.floor(lastTime % 60))} long, ${paras.length} paragraphs, ${nStamped} stamped in transcript.md, ${SOURCE.filter((x) => x.brk).length} breaks`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
