// Builds Hallway Track #57 (SYNTHETIC held-out episode, heldout18) from source.mjs: a two-host CONVERSATIONAL show with
// no fixed rundown (Tamsin Okafor, who opens and closes it, and Bram de Vries). Intro (Tamsin); Bram's Postgres 12 to
// 17 upgrade with an RDS blue/green deployment (Bram, raised by Tamsin in a NEW paragraph of hers: no speaker change);
// the migration that froze the app through the lock queue (Tamsin, who raises it herself MID-PARAGRAPH at the end of
// her reaction); ORMs or SQL (Bram, opened by Tamsin's question at a change of speaker, answered by a question); AI
// agents writing migrations (Tamsin, raised MID-PARAGRAPH by BRAM at the end of his own turn); the manager offer
// (Tamsin, a NEW paragraph of hers after her own: no speaker change in labeled.txt, INSIDE one turn in stt.txt);
// on-call and SLOs (Bram, who raises it himself MID-PARAGRAPH in his answer about management); jobs in Postgres with
// Solid Queue (Tamsin, raised by Bram's question at a change of speaker, answered with a question); Postgres 18
// (Bram, raised MID-PARAGRAPH by Tamsin); outro (Tamsin, a NEW paragraph of hers after her own one-liner).
//
// Renders
//   labeled.txt  `Full Name: text` on EVERY paragraph, one paragraph a line; the transcriber's spellings (the A of
//                each {A|B}); curly apostrophes. Built with the shared `render` and `labeledPrefix` (speechOnly:
//                gold paragraphs are the text after the label). Gold key `labeled`.
//   stt.txt      raw speech-to-text output as a service exports it: NO speaker labels, NO stamps, NO header;
//                punctuated and cased; ONE paragraph per speaker turn (consecutive source paragraphs of one speaker
//                are one paragraph), paragraphs separated by blank lines, a final newline; straight apostrophes;
//                the recogniser's slips (the B of each {A|B}: misheard names, numbers in words, commas it adds).
//                Four short back-channels (`swallow`) got no turn of their own: they sit inside the other host's
//                paragraph, which therefore holds words of both hosts (gold: the majority speaker, `ambiguous`).
//                Gold paragraphs are the stt paragraphs. A segment starts at its first paragraph, or inside a
//                paragraph at a `§` or where its first source paragraph was run into the turn before (same
//                speaker). transcriptStart 0. Gold key `stt`.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, T, B } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'hallway-track-057';
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- labeled.txt --------------------------------------------------------------------------------
const LSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0) }));
const LABELS = { first: { [T]: T, [B]: B }, later: { [T]: T, [B]: B } };
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});
if (/[§{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- stt.txt ------------------------------------------------------------------------------------
let stt = '';
const sttParas = [], sttSegs = [];
{
  let cur = null, pending = null, pendingMid = null;
  const open = (item, at) => {
    if (sttSegs.length) sttSegs.at(-1).end = at;
    sttSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: sttSegs.length ? at : 0, end: null });
  };
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: stt.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    sttParas.push(para);
  };
  for (const item of SOURCE) {
    if (item.seg) {
      if (!item.mid) { pending = item; continue; }
      if (pendingMid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      open(item, pendingMid);
      pendingMid = null;
      continue;
    }
    let text = pick(item.text, 1);
    const mark = text.indexOf('§');
    text = text.replace('§', '');
    if (!cur || (item.speaker !== cur.owner && !item.swallow)) {
      if (item.swallow) throw new Error('a swallowed back-channel cannot open a turn');
      if (cur) { close(); stt += '\n\n'; }
      cur = { start: stt.length, owner: item.speaker, count: {} };
    } else stt += ' ';
    const at = stt.length;
    if (pending) { if (item.swallow) throw new Error('a segment cannot open on a swallowed back-channel'); open(pending, at); pending = null; }
    stt += text;
    if (mark >= 0) pendingMid = at + mark + (text[mark] === ' ' ? 1 : 0);
    cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + words(text).length;
  }
  close();
  stt += '\n';
  sttSegs.at(-1).end = stt.length;
}
if (/[§{}|’‘]/.test(stt)) throw new Error('a mark or curly apostrophe in stt.txt');
for (let i = 1; i < sttParas.length; i++) if (sttParas[i].speaker === sttParas[i - 1].speaker) throw new Error('two stt paragraphs of one speaker in a row');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Hallway Track', number: 57, recorded: '2025-10-16', title: 'Rehearse the upgrade, time out the lock, and maybe become a manager' };
const ENTITIES = {
  required: {
    Postgres: ['Postgres', 'PostgreSQL'],
    'Postgres 12': ['Postgres 12', 'Postgres twelve'],
    'Postgres 17': ['seventeen'],
    'Postgres 18': ['eighteen'],
    'Amazon RDS': ['Amazon RDS', 'RDS'],
    Amazon: ['Amazon'],
    'RDS Extended Support': ['RDS Extended Support', 'Extended Support', 'extended support'],
    'blue/green deployments': ['blue/green deployments', 'blue/green deployment', 'blue/green', 'blue green'],
    'logical replication': ['logical replication'],
    'major version': ['major version'],
    sequences: ['sequences', 'sequence'],
    snapshot: ['snapshot'],
    runbook: ['runbook'],
    'primary key': ['primary key', 'primary keys'],
    'REPLICA IDENTITY FULL': ['REPLICA IDENTITY FULL', 'replica identity full'],
    planner: ['planner', 'planner statistics'],
    ANALYZE: ['ANALYZE', 'analyze'],
    PgBouncer: ['PgBouncer', 'PG bouncer'],
    index: ['index', 'indexes'],
    'foreign key': ['foreign key'],
    CI: ['CI'],
    SELECT: ['SELECT', 'select'],
    'lock queue': ['lock queue', 'a queue for locks'],
    lock_timeout: ['lock_timeout', 'lock timeout'],
    'NOT VALID': ['NOT VALID', 'not valid'],
    'VALIDATE CONSTRAINT': ['VALIDATE CONSTRAINT', 'validate constraint'],
    'CREATE INDEX CONCURRENTLY': ['CREATE INDEX CONCURRENTLY', 'create index concurrently'],
    Rails: ['Rails', 'Rails 8'],
    strong_migrations: ['strong_migrations', 'Strong_migrations', 'strong migrations', 'Strong migrations'],
    Squawk: ['Squawk', 'squawk'],
    SQL: ['SQL', 'sequel'],
    migrations: ['migrations', 'migration'],
    ORM: ['ORM', 'ORMs', 'anti-ORM'],
    TypeScript: ['TypeScript', 'typescript'],
    Prisma: ['Prisma'],
    'N+1': ['N+1', 'N plus one'],
    'Active Record': ['Active Record', 'Active record'],
    includes: ['includes', 'Includes'],
    Go: ['Go'],
    sqlc: ['sqlc', 'SQL C'],
    psql: ['psql', 'P SQL'],
    'EXPLAIN ANALYZE': ['EXPLAIN ANALYZE', 'explain analyze'],
    EXPLAIN: ['EXPLAIN', 'explain'],
    'query logging': ['query logging'],
    pg_stat_statements: ['pg_stat_statements', 'PG stat statements'],
    DBA: ['DBA'],
    'Claude Code': ['Claude Code', 'Cloud Code'],
    Copilot: ['Copilot', 'co-pilot'],
    'pull request': ['pull request'],
    'code review': ['code review', 'the review'],
    'glue work': ['glue work'],
    'design docs': ['design docs'],
    'staff engineer': ['staff engineer', 'staff'],
    'engineering manager': ['engineering manager', 'manager job', 'manager'],
    'Charity Majors': ['Charity Majors'],
    pendulum: ['pendulum'],
    Kubernetes: ['Kubernetes'],
    'on-call': ['on-call', 'on call'],
    pager: ['pager', 'paged'],
    replica: ['replica'],
    'health check': ['health check'],
    alerts: ['alerts', 'alert'],
    SLO: ['SLO', 'SLOs', 'S L Os'],
    'error budget': ['error budget'],
    Sidekiq: ['Sidekiq', 'side kick'],
    Redis: ['Redis'],
    'Solid Queue': ['Solid Queue', 'solid Q'],
    'SKIP LOCKED': ['SKIP LOCKED', 'skip locked'],
    'FOR UPDATE SKIP LOCKED': ['FOR UPDATE SKIP LOCKED', 'for update skip locked'],
    autovacuum: ['autovacuum', 'auto vacuum'],
    vacuum: ['vacuum'],
    transaction: ['transaction'],
    Oban: ['Oban', 'Obon'],
    Elixir: ['Elixir'],
    River: ['River', 'river'],
    Kafka: ['Kafka'],
    pg_upgrade: ['pg_upgrade', 'PG upgrade'],
    'asynchronous I/O': ['asynchronous I/O'],
    io_method: ['io_method', 'IO method'],
    io_uring: ['io_uring', 'IO uring'],
    Linux: ['Linux'],
    uuidv7: ['uuidv7', 'UUID v7'],
    UUID: ['UUIDs', 'UU IDs'],
    OAuth: ['OAuth', 'O auth'],
    'virtual generated columns': ['virtual generated columns'],
    'skip scans': ['skip scans'],
    'sequential scans': ['sequential scans'],
  },
  tolerated: [
    'Hallway Track', 'Utrecht', 'Bristol', 'Tamsin', 'Bram', 'Tamzin', 'Brom', 'Larkspur', 'Tidewise', 'February', 'March', 'August', 'September', 'Tuesday', 'Dutch', 'God',
    'upgrade', 'database', 'group chat', 'standard support', 'finance', 'calendar invites', 'button', 'command', 'copy', 'application', 'endpoint', 'rows', 'row', 'schema changes', 'IDs', 'ID', 'insert', 'rehearsal',
    'script', 'maximum value', 'tables', 'table', 'updates', 'deletes', 'keys', 'statistics', 'graphs', 'manager', 'switchover', 'errors', 'constraint', 'appointments', 'clinics', 'request', 'requests', 'analytics query',
    'report', 'primary', 'read lock', 'lock', 'locks', 'strong lock', 'queue', 'app', 'deploy', 'failed deploy', 'gem', 'linter', 'generated SQL', 'hill', 'query', 'queries', 'service', 'list endpoint', 'page', 'bookings',
    'booking', 'traveller', 'tool', 'code', 'functions', 'type-safe', 'plan', 'row counts', 'run time', 'library', 'robots', 'team', 'editor', 'tests', 'controller', 'reviewer', 'machine', 'agent', 'migrations folder',
    'production', 'job', 'title', 'authority', 'post', 'engineer', 'team lead', 'meetings', 'one-to-one', 'coffee', 'disk', 'deploy', 'symptoms', 'customer', 'searches', 'checkout', 'ticket queue', 'ticket', 'error rates',
    'rotation', 'jobs', 'worker', 'workers', 'churn', 'confirmation email', 'email', 'bugs', 'box', 'ecosystems', 'events', 'streams', 'stream', 'finish line', 'headline', 'features', 'reads', 'cloud disks', 'latency',
    'setting', 'application developer', 'function', 'timestamp', 'creation time', 'version seven', 'login', 'multicolumn indexes', 'podcast', 'episode', 'sticker', 'homework', 'job offer', 'data', 'AI',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout18 (/work/heldout18/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    stt: { input: 'stt.txt', length: stt.length, transcriptStart: 0, segments: sttSegs, paragraphs: sttParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'stt.txt'), stt);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = LSRC.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const perSeg = [];
{ let cur = null; for (const x of LSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const slips = SOURCE.filter((x) => !x.seg).reduce((n, x) => n + [...x.text.matchAll(/\{([^|{}]*)\|([^|{}]*)\}/g)].filter((m) => m[1] !== m[2]).length, 0);
console.log(`${speech} spoken words, ${paras.length} source paragraphs (labeled.txt lines), ${sttParas.length} stt paragraphs (turns), ${sttParas.filter((p) => p.ambiguous).length} of them mixed, ${slips} recogniser slips`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
