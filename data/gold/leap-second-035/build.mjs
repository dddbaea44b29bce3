// Builds Leap Second #35 (SYNTHETIC held-out episode, heldout21) from source.mjs: a two-host CONVERSATIONAL co-host show
// with no rundown (Zofia Wierzbicka, who opens and closes it, and Cormac Twomey, friends who both fight with time in
// software). Intro (Zofia); the thirteen-hour night shift (Zofia, raised by Cormac's question at a change of speaker);
// the tz database and Chile's new zone (Zofia, who raises it herself MID-PARAGRAPH); the leap second of 2012 (Cormac,
// raised by Zofia MID-PARAGRAPH at the end of her own turn); timestamptz (Zofia, raised by Cormac in a NEW paragraph of
// his: no speaker change); keeping clocks in step (Cormac, who raises it himself at a change of speaker); the year 2038
// (Cormac, raised by Zofia's question, answered by a question); Temporal (Zofia, raised by Cormac MID-PARAGRAPH, in a new
// paragraph of his); the week-year bug (Cormac, who raises it himself at a change of speaker); outro (Zofia,
// MID-PARAGRAPH).
//
// Renders
//   stt.txt       raw speech-to-text output as a service exports it WITHOUT speaker labels (heldout18's layout): NO
//                 header, NO stamps, NO labels; punctuated and cased, straight apostrophes, the service's spellings (the
//                 A of each {A|B}); ONE paragraph per speaker turn (consecutive source paragraphs of one speaker are one
//                 paragraph, so two consecutive paragraphs never have the same speaker), blank lines between them, a
//                 final newline. A back-channel said over the other host (`swallow`) gets no turn of its own: it sits
//                 INSIDE the other host's paragraph (gold: the majority speaker, `ambiguous`). Gold paragraphs are the
//                 paragraphs. A segment starts at its first paragraph, or INSIDE a paragraph at a `§` or where its first
//                 source paragraph was run into the turn before. transcriptStart 0. Gold key `stt`.
//   whisper.tsv   Whisper's TSV output (`--output_format tsv`): the header line `start<TAB>end<TAB>text`, then one line
//                 per recogniser segment, `START<TAB>END<TAB>text`, times in whole milliseconds, a final newline; no
//                 speakers at all; Whisper's spellings (the B of each {A|B}: digits for some numbers, misheard names),
//                 straight apostrophes. Times from one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s
//                 before a same-speaker paragraph, 0.5 s at a pause `¶` inside a paragraph, from 0.7 s; a word lasts
//                 120 ms + 25 ms a letter, ending at least 30 ms before the next word); a segment runs from its first
//                 word's start to its last word's end. The recogniser knows nothing of speakers: a segment ends at a
//                 sentence end once it holds 8 words, at a pause of 0.45 s or more (a change of speaker, a `¶`) once it
//                 holds 5, at a comma once it holds 18, and in any case at 26 words, so short replies run on into the
//                 other speaker's words and long sentences are cut in the middle. GOLD PARAGRAPHS are ONE PER LINE, the
//                 text field; a line with words of both speakers gets the speaker of most of them and `ambiguous`. A
//                 segment starts at the start of the line its first word opens, or INSIDE a line at its first word.
//                 transcriptStart is the first segment line. Gold key `tsv`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, Z, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'leap-second-035';
const WPS = 2.6;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');

// --- stt.txt ------------------------------------------------------------------------------------
let stt = '';
const sttParas = [];
const sttTrack = segmentTracker();
{
  let cur = null;
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: stt.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    sttParas.push(para);
  };
  for (const item of SOURCE) {
    if (item.seg) { sttTrack.seg(item); continue; }
    const text = unpause(pick(item.text, 0));
    const runOn = cur && (cur.owner === item.speaker || item.swallow);
    if (item.swallow && (!cur || cur.owner === item.speaker)) throw new Error(`swallow without the other host's paragraph before: ${text}`);
    if (runOn) stt += ' ';
    else {
      if (cur) { close(); stt += '\n\n'; }
      cur = { start: stt.length, owner: item.speaker, count: {} };
    }
    if (item.swallow && SOURCE[SOURCE.indexOf(item) - 1]?.seg) throw new Error('a segment cannot open on a swallowed back-channel');
    sttTrack.block(stt.length);
    const mark = text.indexOf('§');
    if (mark >= 0) sttTrack.mark(stt.length + mark);
    const clean = text.replace('§', '');
    stt += clean;
    cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + clean.split(/\s+/).length;
  }
  close();
  stt += '\n';
  sttTrack.close(stt.length);
}
const sttSegs = sttTrack.segments;
for (let i = 1; i < sttParas.length; i++) if (sttParas[i].speaker === sttParas[i - 1].speaker) throw new Error('two stt paragraphs of one speaker in a row');
if (/[§{}|¶’‘]/.test(stt)) throw new Error('a mark or curly apostrophe in stt.txt');

// --- whisper.tsv --------------------------------------------------------------------------------
// the clock: one time per word, with the pauses between paragraphs and at each ¶
const all = [];
{
  let t = 0.7, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    let pause = 0;
    for (const tok of pick(item.text, 1).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { pause = 0.5; continue; }
      t += pause;
      const w = tok.replace('§', '');
      all.push({ w, k, speaker: item.speaker, mark: tok.startsWith('§'), first: !all.length || all.at(-1).k !== k, begin: t, pauseBefore: pause || (all.length && all.at(-1).k !== k ? (prev.speaker === item.speaker ? 0.4 : 0.6) : 0) });
      if (!w) throw new Error('a lone § mark');
      pause = 0;
      t += 1 / WPS;
    }
    prev = item;
  });
  all.forEach((x, i) => {
    const next = all[i + 1]?.begin ?? Infinity;
    x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, next - 0.03);
    x.pauseAfter = all[i + 1]?.pauseBefore ?? 0;
    if (/[’‘“”]/.test(x.w)) throw new Error('curly quote in a recogniser word');
  });
}
// segments open at the first word of their first paragraph, or at the § word
{
  let pending = null;
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { all.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
const lines = [];
{
  let cur = [];
  all.forEach((x, i) => {
    cur.push(x);
    const n = cur.length;
    const cut = (/[.?!]$/.test(x.w) && n >= 8) || (x.pauseAfter >= 0.45 && n >= 5) || (/,$/.test(x.w) && n >= 18) || n >= 26 || i === all.length - 1;
    if (cut) { lines.push(cur); cur = []; }
  });
}
const HEAD = 'start\tend\ttext\n';
let tsv = HEAD;
const tsvParas = [];
const tsvSegs = [];
const openSeg = (item, at) => {
  if (tsvSegs.length) tsvSegs.at(-1).end = at;
  tsvSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: tsvSegs.length ? at : 0, end: null });
};
const ms = (s) => Math.round(s * 1000);
for (const l of lines) {
  const lineAt = tsv.length;
  tsv += `${ms(l[0].begin)}\t${ms(l.at(-1).end)}\t`;
  const start = tsv.length;
  const count = {};
  l.forEach((x, j) => {
    if (j) tsv += ' ';
    if (x.seg) openSeg(x.seg, j ? tsv.length : lineAt);
    tsv += x.w;
    count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  });
  const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === l[0].speaker ? -1 : 1));
  const para = { start, end: tsv.length, speaker: ranked[0][0] };
  if (ranked.length > 1) para.ambiguous = true;
  tsvParas.push(para);
  tsv += '\n';
}
tsvSegs.at(-1).end = tsv.length;
if (/[§{}|¶’‘]/.test(tsv)) throw new Error('a mark or curly apostrophe in whisper.tsv');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'A thirteen-hour night shift, the leap second of 2012, and the bug that waits for the twenty-ninth of December';
const EPISODE = { show: 'Leap Second', number: 35, recorded: '2025-10-30', title: TITLE };
const ENTITIES = {
  required: {
    'daylight saving time': ['summer time', 'daylight saving'],
    'time zone': ['time zone', 'time zones', 'zone name'],
    UTC: ['UTC'],
    'ambiguous local time': ['ambiguous local time'],
    offset: ['offset'],
    'Europe/Warsaw': ['Europe/Warsaw'],
    'tz database': ['tz database', 'TZ database', 'time zone database'],
    IANA: ['IANA'],
    'America/Coyhaique': ['America/Coyhaique'],
    tzdata: ['tzdata', 'TZ data'],
    Java: ['Java'],
    Node: ['Node'],
    ICU: ['ICU', 'I.C.U.'],
    Python: ['Python'],
    PyPI: ['PyPI', 'pie pie'],
    'container images': ['container images'],
    'leap second': ['leap second', 'leap seconds'],
    'Linux kernel': ['Linux kernel', 'kernel'],
    Linux: ['Linux'],
    MySQL: ['MySQL', 'My SQL'],
    CPU: ['CPU'],
    Reddit: ['Reddit'],
    'leap smearing': ['smears', 'smeared'],
    Google: ['Google'],
    Amazon: ['Amazon'],
    Meta: ['Meta'],
    'General Conference on Weights and Measures': ['General Conference on Weights and Measures'],
    'negative leap second': ['negative leap second'],
    Postgres: ['Postgres'],
    timestamptz: ['timestamptz', 'timestamp TZ', 'timestamp with time zone'],
    'timestamp without time zone': ['timestamp without time zone'],
    'session time zone': ['session time zone'],
    'AT TIME ZONE': ['AT TIME ZONE', 'at time zone'],
    clock_timestamp: ['clock_timestamp', 'clock timestamp'],
    transaction: ['transaction'],
    'RFC 3339': ['RFC 3339', 'RFC thirty-three thirty-nine'],
    API: ['API'],
    GPS: ['GPS', 'GPS time', 'GPS receiver'],
    'pulse per second': ['pulse exactly on each second'],
    microcontroller: ['microcontroller'],
    'GPS week number rollover': ['week count rolls over', 'ten-bit number'],
    NTP: ['NTP', 'Network Time Protocol'],
    chrony: ['chrony', 'Crony'],
    ntpd: ['ntpd'],
    PTP: ['PTP', 'Precision Time Protocol'],
    'hardware timestamping': ["timestamps taken in the network card's hardware"],
    'monotonic clock': ['monotonic clock'],
    'wall clock': ['wall clock', 'wall-clock'],
    nanoTime: ['nanoTime', 'nano time'],
    currentTimeMillis: ['currentTimeMillis', 'current time millis'],
    'time.monotonic': ['time.monotonic', 'time dot monotonic'],
    'year 2038 problem': ['2038'],
    'Unix time': ['Unix time'],
    time_t: ['time_t', 'time T'],
    Debian: ['Debian'],
    trixie: ['trixie', 'Trixie'],
    ARM: ['ARM'],
    t64: ['t64', 'T sixty-four'],
    'binary interface': ['binary interface'],
    TIMESTAMP: ['TIMESTAMP column'],
    'file systems': ['file systems'],
    'Moment.js': ['Moment.js', 'Moment JS', 'Moment'],
    Luxon: ['Luxon', 'Lux on'],
    Temporal: ['Temporal'],
    JavaScript: ['JavaScript'],
    Firefox: ['Firefox'],
    Chrome: ['Chrome'],
    Safari: ['Safari'],
    polyfills: ['polyfills'],
    Date: ['Date'],
    Instant: ['Instant'],
    ZonedDateTime: ['ZonedDateTime', 'zoned date time'],
    PlainDate: ['PlainDate', 'plain date'],
    PlainTime: ['PlainTime', 'plain time'],
    Duration: ['Duration'],
    'week-based year': ['week-based year'],
    'ISO week': ['ISO week', 'ISO weeks', 'week one', 'week fifty-three'],
    Swift: ['Swift'],
    Twitter: ['Twitter'],
    Android: ['Android'],
  },
  tolerated: [
    'Leap Second', 'Kraków', 'Cork', 'Poland', 'Gdańsk', 'Chile', 'Aysén', 'Coyhaique', 'Patagonia', 'Paraguay', 'Dublin', 'Zofia', 'Cormac', 'Sofia', 'Cormack', 'Europe', 'March', 'April', 'June', 'January', 'December', 'Sunday', 'Monday',
    'clocks', 'clock', 'oven', 'oven clock', 'hospital', 'hospitals', 'nurses', 'shift', 'shifts', 'night shift', 'payroll', 'rota', 'rota planner', 'software', 'wall-clock times', 'local time', 'instant', 'instants', 'zone', 'zones',
    'government', 'rules', 'customer', 'database', 'release', 'releases', 'operating system', 'runtime', 'tool', 'browsers', 'container', 'services', 'service', 'Java version', 'security fix', 'maintainers', 'mailing list',
    'dependency', 'web hosting company', 'on call', 'graphs', 'servers', 'server', 'Java processes', 'timer', 'timers', 'bug', 'system date', 'command', 'shell loop', 'load', 'internet', 'airline booking systems', 'time servers',
    'atomic time', "Earth's rotation", 'standards', 'buoys', 'buoy', 'buoy data', 'row', 'rows', 'session', 'database driver', 'query', 'laptop', 'statement', 'strings', 'crystal', 'position', 'gauges', 'tide gauges', 'tide gauge',
    'Linux distributions', 'data centre', 'network card', 'fleet', 'instances', 'databases', 'virtual machine', 'retry loop', 'timeout', 'firmware', 'seconds', 'harbour', 'loggers', 'logger', 'modems', 'processors', 'library',
    'libraries', 'packages', 'formats', 'binary file formats', 'test machine', 'embedded kit', 'counter', 'front end', 'maintenance mode', 'projects', 'proposal', 'stage three', 'date and time API', 'types', 'arithmetic', 'birthday',
    'tide reports', 'files', 'file names', 'date formats', 'calendar year', 'array', 'notes', 'website', 'Ramadan', 'elections', '1970', '1901', '2106', '2035', '2012', '2016', '2026', '2011', '2019', 'Unix', 'SQL', 'now()', 'now', 'Vierbitska', 'Toomey', 'Cormack', 'Sofia',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout21 (/work/heldout21/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    stt: { input: 'stt.txt', length: stt.length, transcriptStart: 0, segments: sttSegs, paragraphs: sttParas },
    tsv: { input: 'whisper.tsv', length: tsv.length, transcriptStart: HEAD.length, segments: tsvSegs, paragraphs: tsvParas },
  },
};
writeFileSync(join(here, 'stt.txt'), stt);
writeFileSync(join(here, 'whisper.tsv'), tsv);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const count = (t) => unpause(pick(t, 0)).replace('§', '').split(/\s+/).filter(Boolean).length;
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + count(x.text); } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const speech = paras.reduce((n, p) => n + count(p.text), 0);
const mm = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
console.log(`${speech} spoken words, ${mm(all.at(-1).end)} long, ${paras.length} source paragraphs, ${paras.filter((p) => p.swallow).length} swallowed back-channels; stt.txt: ${sttParas.length} paragraphs (turns), ${sttParas.filter((p) => p.ambiguous).length} mixed`);
console.log(`whisper.tsv: ${lines.length} lines, ${tsvParas.filter((p) => p.ambiguous).length} with both speakers, ${lines.filter((l) => /^\p{Ll}/u.test(l[0].w)).length} starting mid-sentence, ${tsvParas.filter((p, i) => i && tsvParas[i - 1].speaker === p.speaker).length} continuing the speaker before`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
