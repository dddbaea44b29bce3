// Builds Stream Table #118 (SYNTHETIC held-out episode, heldout16) from source.mjs: a one-host one-guest INTERVIEW
// about stream processing, in the style of Software Engineering Daily transcripts (host Dominic Ashworth, guest
// Anouk Verbeek of the parcel carrier Parcelon). Intro (host monologue); [sponsor "Tallyhook"]; parcels as events
// (guest); Kafka 4.0 and the KRaft migration (guest); Redpanda and WarpStream (guest, who raises it herself
// MID-PARAGRAPH); schema registry, Avro and Protobuf (guest, opened by a host REACTION); [sponsor "Quaystack", in
// the middle]; Debezium and the outbox (guest); Flink, Flink SQL and Kafka Streams (guest); state, RocksDB and
// exactly-once (guest, at a new paragraph of her own: no speaker change); watermarks (guest, a host
// back-reference); Iceberg (guest, opened MID-PARAGRAPH in the HOST's paragraph); outro (host).
//
// Renders
//   transcript.txt  the Software Engineering Daily layout: section marker lines on their own (`[INTRODUCTION]`,
//                   `[SPONSOR MESSAGE]`, `[INTERVIEW]`, `[INTERVIEW CONTINUED]`, `[END OF INTERVIEW]`, `[END]`)
//                   and every paragraph as `[h:mm:ss.d] XX: text`, XX the speaker's INITIALS (`DA`, `AV`), a
//                   blank line between all blocks, a final newline, no page header. The time is the paragraph's
//                   first word on one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a
//                   same-speaker paragraph, from 0.8 s; markers take no time), floored to the tenth. Straight
//                   apostrophes, spoken URLs as words. Gold paragraphs = the text after `XX: `. A segment that
//                   begins with a section starts at its MARKER line; otherwise at its first paragraph's `[`
//                   stamp, or at the `§`. Gold key `initials`.
//   episode.html    a Podcasting 2.0 HTML transcript: a minimal `<!doctype html>` page with a `<head>` title, then
//                   in `<body>` for EVERY paragraph (the choice made here: a cite on every paragraph, not only
//                   where the speaker changes) `<cite>Full Name:</cite>`, `<time>m:ss</time>` (h:mm:ss past the
//                   hour) and `<p>text</p>`, each on its own line; no section markers; curly apostrophes. Gold
//                   paragraphs = the text inside `<p>`. A segment starts at the `<cite>` line of its first
//                   paragraph, or at the `§`; transcriptStart is the first `<cite>`. Gold key `html`.
//   gold.json       offsets into both files, all computed here (shared renderer:
//                   /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                   folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labeledText, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'stream-table-118';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => unURL(t).replace('§', '').split(/\s+/).filter(Boolean);
const INITIALS = { [H]: 'DA', [G]: 'AV' };

// --- the clock (section markers take no time) ---------------------------------------------------
const SPEECH = SOURCE.filter((x) => !x.mark);
const times = wordClock(SPEECH, 0.8, (t) => words(t).length, WPS);
const paraTime = [];
SPEECH.forEach((x, k) => { if (!x.seg) paraTime.push(times[k][0]); });
const lastTime = times.filter(Boolean).at(-1).at(-1);
const seDaily = (s) => { const d = Math.floor(s * 10) / 10; const h = Math.floor(d / 3600), m = Math.floor((d % 3600) / 60), x = d % 60; return `${h}:${two(m)}:${two(Math.floor(x))}.${Math.round((x - Math.floor(x)) * 10) % 10}`; };
const hms = (s) => { const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = Math.floor(s % 60); return h ? `${h}:${two(m)}:${two(x)}` : `${m}:${two(x)}`; };

// --- transcript.txt ----------------------------------------------------------------------------
const straight = (t) => unURL(t);
let txt = '';
const tParas = [];
const tTrack = segmentTracker();
{
  let i = 0;
  for (const x of SOURCE) {
    if (x.seg) { tTrack.seg(x); continue; }
    if (txt) txt += '\n\n';
    const lineStart = txt.length;
    tTrack.block(lineStart);
    if (x.mark) { txt += `[${x.mark}]`; continue; }
    const prefix = `[${seDaily(paraTime[i])}] ${INITIALS[x.speaker]}: `;
    let body = straight(x.text);
    const m = body.indexOf('§');
    body = body.replace('§', '');
    const start = lineStart + prefix.length;
    if (m >= 0) tTrack.mark(start + m);
    txt += prefix + body;
    tParas.push({ start, end: txt.length, speaker: x.speaker });
    i++;
  }
  txt += '\n';
  tTrack.close(txt.length);
}
if (/[⟨⟩§’]/.test(txt)) throw new Error('a mark in transcript.txt');

// --- episode.html ------------------------------------------------------------------------------
const HEAD = '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Stream Table 118: Kafka without ZooKeeper, Flink state and streams that end as Iceberg tables, with Anouk Verbeek</title>\n</head>\n<body>\n';
let html = HEAD;
const hParas = [];
const hTrack = segmentTracker();
{
  let i = 0;
  for (const x of SOURCE) {
    if (x.seg) { hTrack.seg(x); continue; }
    if (x.mark) continue;
    const lineStart = html.length;
    hTrack.block(lineStart);
    let body = labeledText(x.text);
    if (/[<>&]/.test(body)) throw new Error('markup character in a paragraph');
    const m = body.indexOf('§');
    body = body.replace('§', '');
    html += `<cite>${x.speaker}:</cite>\n<time>${hms(paraTime[i])}</time>\n<p>`;
    const start = html.length;
    if (m >= 0) hTrack.mark(start + m);
    html += body;
    hParas.push({ start, end: html.length, speaker: x.speaker });
    html += '</p>\n';
    i++;
  }
  html += '</body>\n</html>\n';
  hTrack.close(html.length);
}
if (/[⟨⟩§]/.test(html)) throw new Error('a mark in episode.html');
const marks = SOURCE.filter((x) => x.text && x.text.includes('§')).length, mids = SOURCE.filter((x) => x.seg && x.mid).length;
if (marks !== mids) throw new Error(`${marks} § marks but ${mids} mid segments`);
for (const tr of [tTrack, hTrack]) tr.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= tr.segments[i - 1].start)) throw new Error(`segment ${s.title} has no start or is out of order`); });

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Stream Table', number: 118, recorded: '2025-06-17', title: 'Kafka without ZooKeeper, Flink state and streams that end as Iceberg tables, with Anouk Verbeek' };
const ENTITIES = {
  required: {
    'Apache Kafka': ['Apache Kafka', 'Kafka'],
    'Kafka 4.0': ['Kafka 4.0', '4.0'],
    ZooKeeper: ['ZooKeeper'],
    KRaft: ['KRaft'],
    'KIP-500': ['KIP-500'],
    Raft: ['Raft'],
    'Kafka 3.9': ['3.9'],
    'consumer group protocol': ['consumer group protocol'],
    'Apache Flink': ['Apache Flink', 'Flink'],
    'Flink 2.0': ['Flink 2.0'],
    'Apache Iceberg': ['Apache Iceberg', 'Iceberg'],
    Parcelon: ['Parcelon'],
    'exactly-once': ['exactly-once'],
    RabbitMQ: ['RabbitMQ'],
    Redpanda: ['Redpanda'],
    WarpStream: ['WarpStream'],
    Confluent: ['Confluent'],
    'C++': ['C++'],
    JVM: ['JVM'],
    'thread-per-core': ['thread-per-core'],
    S3: ['S3'],
    'object storage': ['object storage'],
    'availability zones': ['availability zones'],
    'KIP-1150': ['KIP-1150'],
    'diskless topics': ['diskless topics'],
    'schema registry': ['schema registry'],
    'Confluent Schema Registry': ['Confluent Schema Registry'],
    JSON: ['JSON'],
    'schema ID': ['schema ID'],
    'backward compatible': ['backward compatible'],
    Avro: ['Avro'],
    Protobuf: ['Protobuf'],
    gRPC: ['gRPC'],
    'field numbers': ['field numbers'],
    CI: ['CI'],
    Tallyhook: ['Tallyhook'],
    Slack: ['Slack'],
    dbt: ['dbt'],
    Airflow: ['Airflow'],
    'Kafka Connect': ['Kafka Connect'],
    Quaystack: ['Quaystack'],
    'pull request': ['pull request'],
    GitHub: ['GitHub'],
    GitLab: ['GitLab'],
    Debezium: ['Debezium'],
    'change data capture': ['change data capture'],
    Postgres: ['Postgres'],
    'write-ahead log': ['write-ahead log'],
    'replication slot': ['replication slot', 'logical replication slot'],
    'outbox pattern': ['outbox'],
    'outbox event router': ['outbox event router'],
    'incremental snapshots': ['incremental snapshots'],
    'Kafka Streams': ['Kafka Streams'],
    Java: ['Java'],
    'changelog topics': ['changelog topics'],
    Kubernetes: ['Kubernetes'],
    'Flink operator': ['Flink operator'],
    'Flink SQL': ['Flink SQL'],
    SQL: ['SQL'],
    'DataSet API': ['DataSet API'],
    'Scala API': ['Scala API'],
    'disaggregated state': ['disaggregated state'],
    'task manager': ['task manager'],
    'state backend': ['state backend'],
    RocksDB: ['RocksDB'],
    checkpoints: ['checkpoints', 'checkpoint'],
    'incremental checkpoints': ['incremental checkpoints'],
    'checkpoint barriers': ['checkpoint barriers'],
    'Kafka transactions': ['Kafka transactions', 'transaction'],
    'read committed': ['read committed'],
    'transaction timeout': ['transaction timeout'],
    'idempotency key': ['idempotency key'],
    'event time': ['event time'],
    'processing time': ['processing time'],
    watermarks: ['watermarks', 'watermark'],
    'bounded out-of-orderness': ['bounded out-of-orderness'],
    'side output': ['side output'],
    'idle partitions': ['idle partitions'],
    Parquet: ['Parquet'],
    'schema evolution': ['schema evolution'],
    'hidden partitioning': ['hidden partitioning'],
    Trino: ['Trino'],
    Spark: ['Spark'],
    Python: ['Python'],
    compaction: ['compaction'],
    Tableflow: ['Tableflow'],
    'Iceberg topics': ['Iceberg topics'],
  },
  tolerated: [
    'Stream Table', 'Software Engineering Daily', 'tallyhook.io', 'tallyhook dot io', 'tallyhook dot io slash streamtable', 'quaystack.dev', 'quaystack dot dev', 'parcelon dot tech slash blog', 'parcelon.tech',
    'Benelux', 'Germany', 'Utrecht', 'Gelderland', 'Dominic', 'Anouk', 'Christmas', 'December',
    'stream processing', 'streams', 'stream', 'batch job', 'batch', 'scan events', 'scans', 'events', 'event', 'hub', 'sorter', 'depot', 'locker', 'handheld scanners', 'scanner', 'database', 'databases',
    'nightly report', 'platform', 'clusters', 'cluster', 'connectors', 'connector', 'schema tooling', 'product teams', 'queue', 'log', 'replay', 'benchmark', 'metadata', 'brokers', 'broker', 'topics', 'topic',
    'partitions', 'partition', 'controller', 'controllers', 'configs', 'access control lists', 'ensemble', 'distributed system', 'quorum', 'consumer', 'consumers', 'producer', 'producers', 'bridge release',
    'dual-write mode', 'cutover', 'migration', 'combined mode', 'rebalance', 'rebalances', 'failover', 'latency', 'producer latency', 'proofs of concept', 'Raft group', 'agents', 'replication', 'telemetry',
    'GPS pings', 'app logs', 'firehose', 'storage bill', 'tracking path', 'tracking update', 'chute', 'outage', 'field', 'fields', 'depot ID', 'depot code', 'routing service', 'null', 'serializer', 'serializers',
    'subject', 'compatibility rule', 'service accounts', 'internal tool', 'schema resolution', 'defaults', 'analytics', 'mobile team', 'sticky note', 'preview environment', 'environments', 'seeded database',
    'test suite', 'mocks', 'freshness', 'lineage', 'alert', 'dashboards', 'agent', 'customer service system', 'pricing system', 'insert', 'update', 'delete', 'primary', 'slot lag', 'disk space', 'column names',
    'outbox table', 'commit', 'snapshot', 'snapshots', 'library', 'service', 'services', 'local stores', 'state', 'joins', 'application cluster', 'delivery promise job', 'delivery window', 'APIs', 'housekeeping',
    'working state', 'heap', 'key-value store', 'local disk', 'job', 'jobs', 'operator', 'source offset', 'offsets', 'crash', 'sink', "Flink's Kafka sink", 'Kafka sink', 'notification service', 'text message',
    'window', 'windows', 'timestamp', 'table definition', 'interval', 'correction job', 'sources', 'timeout', 'table format', 'metadata layer', 'manifests', 'atomic commits', 'tables', 'table', 'Iceberg sink',
    'small files', 'retention', 'history', 'parallel writers', 'vendors', 'engineering blog', 'scan time', 'pager', 'Kafka-compatible', 'Kafka protocol', 'Kafka clusters', 'ZooKeeper mode', 'idle',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout16 (/work/heldout16/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    initials: { input: 'transcript.txt', length: txt.length, transcriptStart: 0, segments: tTrack.segments, paragraphs: tParas },
    html: { input: 'episode.html', length: html.length, transcriptStart: HEAD.length, segments: hTrack.segments, paragraphs: hParas },
  },
};
writeFileSync(join(here, 'transcript.txt'), txt);
writeFileSync(join(here, 'episode.html'), html);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => x.text);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 40), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } if (!x.text) continue; const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${hms(lastTime)} long, ${paras.length} paragraphs in ${turns} turns, ${paras.length - turns} same-speaker continuations\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
