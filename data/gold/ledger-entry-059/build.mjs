// Builds Ledger Entry #59 (SYNTHETIC held-out episode, heldout20) from source.mjs: a one-host one-guest INTERVIEW about
// PAYMENTS ENGINEERING (host Linnea Sandvik, guest Rutendo Mupfumira, a staff engineer on the payments team of a ferry
// ticket marketplace). Intro (Linnea); idempotency keys (Rutendo, opened by the host's question); retries and declines
// (Rutendo, who raises it herself at a change of speaker); webhooks from Stripe and Adyen (Rutendo, opened MID-PARAGRAPH
// by the host at the end of her reaction); [sponsor "Hookline", read by the host at a change of speaker]; double-entry
// ledgers (Rutendo, opened MID-PARAGRAPH at the end of the host's read); currency and rounding (Rutendo, a back-reference
// to her own words); PCI DSS scope (Rutendo, who raises it herself MID-PARAGRAPH); reconciliation (Rutendo, a question
// answered by a question); the double payout (Rutendo, opened by a NEW paragraph of the host's right after her own
// reaction: no speaker change); outro (Linnea).
//
// Renders
//   plain.txt     a transcription service's "paragraphs" export: NO names, NO stamps, NO header; punctuated and cased,
//                 straight apostrophes, the recogniser's spellings (the B of each {A|B}: acronyms spelt out, misheard
//                 names, the URL as words); paragraphs broken at PAUSES, one blank line between them, a final newline: a
//                 new paragraph at every `¶` (a pause inside a turn, sometimes mid-sentence) and at every source
//                 paragraph, except those marked `join` (no pause: run on in the paragraph before, same speaker) and
//                 `swallow` (a short reply said without a pause: run into the OTHER speaker's paragraph before it, which
//                 then holds both speakers: gold the majority speaker, `ambiguous`). The two names are said only in the
//                 introduction. Gold paragraphs are the lines. A segment starts at the start of its first paragraph, or
//                 INSIDE a paragraph at a `§` or where its first source paragraph was run into the paragraph before.
//                 transcriptStart 0. Gold key `plain`.
//   meeting.txt   the transcript document of the video call the episode was recorded on, as a meeting tool exports it:
//                 a header (title, date, participants), then blocks separated by blank lines, each either a stamp line
//                 `hh:mm:ss` alone or a paragraph `Display Name: text`; the DISPLAY NAME on every paragraph (`Linnea
//                 Sandvik`, `Rutendo M.`), every participant on a microphone of their own, so short replies keep a
//                 paragraph of their own; a new paragraph at every `¶` and every source paragraph; a stamp line before
//                 the first paragraph and then before the first paragraph that starts after each five-minute mark,
//                 giving that paragraph's start time on the episode's clock (~2.6 spoken words a second, 0.6 s between
//                 speakers, 0.4 s before a same-speaker paragraph, from 1.2 s); straight apostrophes, the URL written
//                 out, the producer's spellings (the A of each {A|B}). Gold paragraphs are the texts after the label.
//                 transcriptStart is the first stamp line. A segment starts at the line of its first paragraph, at the
//                 stamp line right before it when there is one, or INSIDE a paragraph at a `§`. Gold key `meeting`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'ledger-entry-059';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const hms = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const url = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');
const count = (t) => t.replace('§', '').split(/\s+/).filter(Boolean).length;

// --- meeting.txt --------------------------------------------------------------------------------
const MSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: url(pick(x.text, 0)) }));
const wordTimes = wordClock(MSRC.map((x) => (x.seg ? x : { ...x, text: unpause(x.text) })), 1.2, count, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const DISPLAY = { [H]: 'Linnea Sandvik', [G]: 'Rutendo M.' };
const TITLE = 'Rutendo Mupfumira: idempotency, ledgers and the morning reconciliation';
let meet = [
  'Ledger Entry 59 (recording) - Transcript',
  'Tuesday, 21 October 2025',
  `Participants: ${DISPLAY[H]}, ${DISPLAY[G]}`,
].join('\n') + '\n\n';
const meetStart = meet.length;
const meetParas = [], meetSegs = [];
let stampsWritten = 0;
{
  let pending = null, pendingMid = null, nextMark = 0, first = true;
  const openSeg = (item, at) => {
    if (meetSegs.length) meetSegs.at(-1).end = at;
    meetSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: meetSegs.length ? at : 0, end: null });
  };
  MSRC.forEach((item, k) => {
    if (item.seg) {
      if (!item.mid) { pending = item; return; }
      if (pendingMid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      openSeg(item, pendingMid);
      pendingMid = null;
      return;
    }
    let w = 0;
    item.text.split(/ ?¶ ?/).forEach((piece, pi) => {
      piece = piece.trim();
      if (!piece) throw new Error('an empty pause piece');
      const t0 = wordTimes[k][w];
      w += count(piece);
      if (!first) meet += '\n\n';
      const blockAt = meet.length;
      if (t0 >= nextMark) {
        meet += `${hms(t0)}\n\n`;
        stampsWritten++;
        nextMark = (Math.floor(t0 / 300) + 1) * 300;
      }
      first = false;
      if (pi === 0 && pending) { openSeg(pending, blockAt); pending = null; }
      meet += `${DISPLAY[item.speaker]}: `;
      const at = meet.length;
      const mark = piece.indexOf('§');
      const clean = piece.replace('§', '');
      if (mark >= 0) pendingMid = at + mark;
      meet += clean;
      meetParas.push({ start: at, end: meet.length, speaker: item.speaker });
    });
    if (w !== wordTimes[k].length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
  });
  meet += '\n';
  meetSegs.at(-1).end = meet.length;
}
if (/[§¦¶⟨⟩{}|’‘]/.test(meet)) throw new Error('a mark or curly apostrophe in meeting.txt');

// --- plain.txt ----------------------------------------------------------------------------------
let plain = '';
const plainParas = [], plainSegs = [];
{
  let cur = null, pending = null, pendingMid = null;
  const openSeg = (item, at) => {
    if (plainSegs.length) plainSegs.at(-1).end = at;
    plainSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: plainSegs.length ? at : 0, end: null });
  };
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: plain.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    plainParas.push(para);
  };
  const newPara = (owner) => { if (cur) { close(); plain += '\n\n'; } cur = { start: plain.length, owner, count: {} }; };
  for (const item of SOURCE) {
    if (item.seg) {
      if (!item.mid) { pending = item; continue; }
      if (pendingMid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      openSeg(item, pendingMid);
      pendingMid = null;
      continue;
    }
    const text = pick(item.text, 1).replace(/⟨([^⟩]*)⟩/g, '$1');
    text.split(/ ?¶ ?/).forEach((piece, pi) => {
      piece = piece.trim();
      if (!piece) throw new Error('an empty pause piece');
      const runOn = pi === 0 && cur && ((item.join && cur.owner === item.speaker) || (item.swallow && cur.owner !== item.speaker));
      if (pi === 0 && (item.join || item.swallow) && !runOn) throw new Error(`join/swallow without a paragraph to run into: ${item.text.slice(0, 40)}`);
      if (runOn) plain += ' '; else newPara(item.speaker);
      const at = plain.length;
      if (pi === 0 && pending) { if (item.swallow) throw new Error('a segment cannot open on a swallowed reply'); openSeg(pending, at); pending = null; }
      const mark = piece.indexOf('§');
      const clean = piece.replace('§', '');
      if (mark >= 0) pendingMid = at + mark;
      plain += clean;
      cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + clean.split(/\s+/).length;
    });
  }
  close();
  plain += '\n';
  plainSegs.at(-1).end = plain.length;
}
if (/[§¦¶⟨⟩{}|’‘]/.test(plain)) throw new Error('a mark or curly apostrophe in plain.txt');
{
  const introEnd = plainSegs[0].end;
  for (const sp of SPEAKERS) for (const part of sp.name.split(' ')) {
    const idx = [...plain.matchAll(new RegExp(`\\b${part}\\b`, 'g'))].map((m) => m.index);
    if (!idx.length || idx.some((x) => x >= introEnd)) throw new Error(`${part} must be said, and only in the introduction`);
  }
}

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Ledger Entry', number: 59, recorded: '2025-10-21', title: TITLE };
const ENTITIES = {
  required: {
    payments: ['payments', 'payment'],
    fintech: ['fintech'],
    crypto: ['crypto'],
    'card issuer': ['card issuer'],
    timeout: ['timeout', 'times out', 'timed out'],
    'idempotency keys': ['idempotency keys', 'idempotency key', 'Idempotency-Key', 'idempotency'],
    UUID: ['UUID', 'U U I D'],
    Stripe: ['Stripe'],
    database: ['database'],
    retries: ['retry', 'retries'],
    'exponential backoff': ['exponential backoff'],
    jitter: ['jitter'],
    'declined card': ['declined card', 'declines', 'decline'],
    '3-D Secure': ['3-D Secure', 'three D secure'],
    'card networks': ['card networks'],
    webhooks: ['webhooks', 'webhook'],
    'HTTP request': ['HTTP request'],
    endpoint: ['endpoint'],
    Adyen: ['Adyen', 'Ad yen'],
    signature: ['signature', 'signs'],
    HMAC: ['HMAC', 'H Mac'],
    'at least once': ['at least once'],
    'exactly once': ['exactly once'],
    'event ID': ['event ID'],
    'state machine': ['state machine'],
    queue: ['queue'],
    JSON: ['JSON', 'Jason'],
    refactor: ['refactor'],
    Hookline: ['Hookline'],
    staging: ['staging server'],
    'double-entry bookkeeping': ['double-entry bookkeeping', 'double-entry'],
    ledger: ['ledger', 'ledgers'],
    entries: ['entries', 'entry'],
    accounts: ['accounts', 'account'],
    commission: ['commission'],
    fees: ['fees'],
    'balance column': ['balance column'],
    'unique constraint': ['unique constraint'],
    API: ['API'],
    'reversing entry': ['reversing entry'],
    auditor: ['auditor', 'auditors'],
    Postgres: ['Postgres'],
    constraints: ['constraints'],
    TigerBeetle: ['TigerBeetle', 'Tiger Beetle'],
    'minor units': ['minor unit', 'smallest unit'],
    'floating point': ['floating point', 'floats', 'float'],
    'currency code': ['currency code'],
    'Japanese yen': ['Japanese yen'],
    'Kuwaiti dinar': ['Kuwaiti dinar'],
    'Bahraini dinar': ['Bahraini dinar'],
    'ISO 4217': ['ISO 4217', 'ISO forty two seventeen'],
    'largest remainder': ['largest remainder'],
    "banker's rounding": ["banker's rounding"],
    'rounding half up': ['rounding half up'],
    JavaScript: ['JavaScript'],
    double: ['double'],
    'Dinero.js': ['Dinero.js', 'Dinero JS'],
    Java: ['Java'],
    BigDecimal: ['BigDecimal', 'big decimal'],
    'PCI DSS': ['PCI DSS', 'P C I D S S'],
    scope: ['scope'],
    'hosted fields': ['card fields', 'frames', 'frame'],
    token: ['token'],
    'SAQ A': ['SAQ A', 'sack A'],
    'self-assessment questionnaire': ['self-assessment questionnaire', 'questionnaire'],
    'script inventory': ['inventory of the scripts'],
    checksum: ['checksum'],
    reconciliation: ['reconciliation'],
    'settlement reports': ['settlement reports'],
    'bank statements': ['bank statements', 'bank statement'],
    payouts: ['payout', 'payouts'],
    refunds: ['refunds', 'refund'],
    disputes: ['disputes', 'dispute'],
    'camt.053': ['camt.053', 'cam T zero five three'],
    'currency conversions': ['currency conversions'],
    'bank transfer API': ['transfer API'],
    'unique reference': ['unique reference'],
  },
  tolerated: [
    'Ledger Entry', 'Sailcrest', 'Oslo', 'Lisbon', 'Europe', 'Linnea', 'Rutendo', 'Rutendo M.', 'hookline.dev', 'hookline.dev/ledger', 'hookline dot dev slash ledger', 'October',
    'money', 'software', 'engineers', 'customer', 'customers', 'plumbing', 'marketplace', 'ferry tickets', 'operators', 'operator', 'ferry operator', 'pipe', 'records', 'charge', 'charge request', 'connection', 'request',
    'response', 'error', 'booking', 'booking payment', 'header', 'provider', 'providers', 'payment provider', 'intent', 'key', 'keys', 'amount', 'car', 'parameters', 'network errors', 'server errors', 'clients',
    'bank', 'card', 'cards', 'authentication', 'challenge', 'merchant', 'merchants', 'subscription companies', 'on-call pages', 'on-call', 'internet', 'body', 'timestamp', 'handler', 'table', 'raw events table', 'events',
    'event', 'job', 'jobs', 'provider\'s side', 'success code', 'square brackets', 'production outage', 'outage', 'fix', 'inbox', 'headers', 'laptop', 'production', 'free tier', 'team plan', 'rows', 'row', 'crossing',
    'history', 'balance', 'balances', 'engineer', 'code', 'transaction', 'transactions', 'languages', 'cents', 'euros', 'euro', 'yen', 'dinar', 'standard', 'exponent', 'card processor', 'partners', 'morning report',
    'rounding', 'rounding mode', 'split', 'shares', 'tax rules', 'invoice', 'country', 'decimal library', 'server side', 'price', 'card data', 'card numbers', 'card number', 'systems', 'servers', 'log line', 'logs',
    'audit', 'checkout', 'domain', 'paperwork', 'payment page', 'payment pages', 'attackers', 'scripts', 'vehicle registration', 'listeners', 'conferences', 'tests', 'timing', 'rules', 'transfer', 'transfer instruction',
    'currency', 'currencies', 'card industry', 'mobile app', 'ferry terminal Wi-Fi', 'Wi-Fi', 'insert', 'unreliable network', 'command-line tool', 'dashboards', 'test events', 'test account', 'test data', 'handler ships', 'skimming', 'version four', 'weekly payout', 'forty thousand euros', 'reserved', 'crash', 'episode page', 'books', 'show', 'episode', 'fintech strategy', 'ISO',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout20 (/work/heldout20/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    plain: { input: 'plain.txt', length: plain.length, transcriptStart: 0, segments: plainSegs, paragraphs: plainParas },
    meeting: { input: 'meeting.txt', length: meet.length, transcriptStart: meetStart, segments: meetSegs, paragraphs: meetParas },
  },
};
writeFileSync(join(here, 'plain.txt'), plain);
writeFileSync(join(here, 'meeting.txt'), meet);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of MSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + count(unpause(x.text)); } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
const speech = MSRC.filter((x) => !x.seg).reduce((n, p) => n + count(unpause(p.text)), 0);
const plainWords = plain.split(/\s+/).filter(Boolean).length;
const same = (ps) => ps.filter((p, i) => i > 0 && ps[i - 1].speaker === p.speaker).length;
console.log(`${speech} spoken words (meeting), ${plainWords} in plain.txt, ${hms(lastTime)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`plain.txt: ${plainParas.length} paragraphs, ${same(plainParas)} continue the speaker before, ${plainParas.filter((p) => p.ambiguous).length} mixed; meeting.txt: ${meetParas.length} paragraphs, ${same(meetParas)} continue the speaker before, ${stampsWritten} stamp lines`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
