// Builds Cell Balance #58 (SYNTHETIC held-out episode, heldout30) from source.mjs: a two-host weekly E-BIKE news show
// (hosts Maggie Doucet, who opens and closes it, and Anders Lykke). Intro (the self-introductions, the penalty box, and a
// rundown of the "bench" by Maggie); New York's Local Law 39 (Maggie; at a change of speaker, the presenter first, after
// Anders's one-liner); the EU Battery Regulation (Anders; MID-PARAGRAPH in his own paragraph, his reply to her last
// words); Bosch's parts pairing (Maggie; RAISED by Anders in a NEW paragraph of his own: no speaker change); the sponsor
// Standover (Maggie; opened MID-PARAGRAPH by ANDERS, who hands her the read); DJI's Avinox (Anders; at a change of speaker,
// the presenter first, right after the read); tuning and speed classes (Maggie; handed to her BY NAME, MID-PARAGRAPH, at
// the end of Anders's item); cells and balancing (Anders; asked for BY NAME in a NEW paragraph of Maggie's: no speaker
// change); extras ("spare parts"): OpenBikeSensor (Maggie; at a change of speaker, the presenter first), Ogden Bolton's
// patent (Anders; MID-PARAGRAPH in his own paragraph, after his reaction to hers); outro (Maggie; at a change of speaker).
//
// Renders
//   web.txt    the show's own transcript page, seed-like, built with the shared `splitWebParagraphs`, `webStamps` and
//              `render(…, { speechOnly: true })`, with the show's OWN header and footer: `mm:ss ` stamps on one clock
//              (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.8 s),
//              SURNAMES IN CAPITALS as labels (`DOUCET: `, `LYKKE: `) on the first two paragraphs only, page breaks inside
//              long turns (`¦~` losing the continuation's first word, `¦` keeping it), paragraphs losing their first word
//              (`cut`), the spoken URLs dropped with the following punctuation, curly apostrophes. The A of each {A|B}.
//              Gold paragraphs are the text after the stamp (and label). transcriptStart is the first stamp. Key `web`.
//   rev.json   a Rev.ai transcript (GET /speechtotext/v1/jobs/{id}/transcript, Accept: application/vnd.rev.transcript.v1.0+json),
//              saved as the API sent it: ONE LINE of minified JSON (the same text as JSON.stringify(doc) here, ASCII only,
//              no final newline), as I remember the layout: {"monologues": [{"speaker": N, "elements": [{"type": "text",
//              "value", "ts", "end_ts", "confidence"}, {"type": "punct", "value": " "}, {"type": "punct", "value": "."},
//              {"type": "unknown", "value": "<inaudible>", "ts", "end_ts"}, …]}, …]}; times in SECONDS with two decimals;
//              a word's punctuation and every space between words are elements of their own; speakers ONLY as NUMBERS in
//              order of first appearance (0: Maggie, 1: Anders) and a THIRD number (2) for two short lines of Anders's
//              (`flip`); a monologue is a maximal run of one number, so a turn of several paragraphs is ONE monologue and
//              every same-speaker boundary falls inside one. `merge` folds a short reply said over the other host into the
//              other host's monologue (two voices: `ambiguous`). The B of each {A|B}. GOLD PARAGRAPHS are ONE PER
//              MONOLOGUE: from the first character of its first element's value to the last character of its last
//              element's value (the JSON between the values included). transcriptStart is the `{` of the first monologue.
//              A segment starts at the `{` of the monologue whose first word is its first word, or at the `{` of its first
//              word's text element inside a monologue. Key `rev`.
//   gold.json  offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//              unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, A } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'cell-balance-058';
const WPS = 2.6, T0 = 0.8;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0) }));
for (const x of WSRC) if (!x.seg && /[{}|]/.test(x.text)) throw new Error(`a stray mark in: ${x.text.slice(0, 40)}`);
const wordTimes = wordClock(WSRC, T0, (t) => words(t).length, WPS);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [M]: 'DOUCET', [A]: 'LYKKE' };
const lastWord = wordTimes.filter(Boolean).at(-1).at(-1);
const web = render(WEB_SOURCE, {
  header: [
    'CELL BALANCE',
    'Batteries, motors and firmware for bikes that plug in', '',
    '« All episodes', '',
    'Episode 58: The penalty box is full',
    `Thursday 21 November 2024 · ${Math.round(lastWord / 60)} minutes · Maggie Doucet and Anders Lykke`, '',
    'TRANSCRIPT',
    'Auto-generated and lightly edited. Timestamps are approximate.', '', '',
  ].join('\n'),
  footer: '\n\n« Episode 57 · Episode 59 »\nCell Balance is recorded in Montreal and Copenhagen. Send us your worst battery: mail@cellbalance.show',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [M, A].join()) throw new Error('the two labelled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- rev.json -----------------------------------------------------------------------------------
// Every spoken word of the B text on the clock, with its paragraph; `§` words remember their segment.
const NUM = { [M]: 0, [A]: 1 };
const toks = [];
{
  let t = T0, prev = null, pending = null;
  const midQueue = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = unsplit(pick(item.text, 1));
    if (/[⟨⟩{}|~’‘"\\\u0080-\uffff]/.test(text.replace(/§/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const list = text.split(/\s+/).filter(Boolean);
    list.forEach((raw, j) => {
      const w = raw.replace('§', '');
      if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
      const x = { w, k, item, speaker: item.speaker, begin: t };
      if (raw.startsWith('§')) midQueue.push(x);
      if (j === 0 && pending) { x.seg = pending; pending = null; }
      toks.push(x);
      t += 1 / WPS;
    });
    prev = item;
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  toks.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (toks[i + 1]?.begin ?? Infinity) - 0.03); });
}
// The diariser's number for each paragraph: its speaker's, N for a `flip: N` paragraph, and for a `merge` reply the number
// of the paragraph after it (the other host's, whose monologue swallows it).
const paraItems = SOURCE.filter((x) => !x.seg);
const numOf = new Map();
paraItems.forEach((p, i) => {
  if (p.flip != null) numOf.set(p, p.flip);
  else if (p.merge) {
    const next = paraItems[i + 1], before = paraItems[i - 1];
    if (!next || next.speaker === p.speaker || before?.speaker !== next.speaker) throw new Error('a merged reply must sit between two paragraphs of the other host');
    if (SOURCE[SOURCE.indexOf(p) + 1].seg) throw new Error('a merged reply before a segment start');
    numOf.set(p, NUM[next.speaker]);
  } else numOf.set(p, NUM[p.speaker]);
});
const monos = [];
for (const x of toks) {
  const n = numOf.get(x.item);
  if (!monos.length || monos.at(-1).speaker !== n) monos.push({ speaker: n, ws: [] });
  monos.at(-1).ws.push(x);
}
const isSlip = (x) => x.item.text.includes(`|${x.w.replace(/[.,?!;:]+$/, '')}`);
const sec = (s) => Math.round(s * 100) / 100;
// One word token as Rev.ai's elements: the word, then its trailing punctuation, each an element.
function wordElements(x, i) {
  const m = /^(.*?)([.,?!;:]*)$/.exec(x.w);
  const core = m[1], punct = m[2].replace(/[;:]/g, ',').replace(/!/g, '.');
  const els = [];
  if (core === '<inaudible>') els.push({ type: 'unknown', value: '<inaudible>', ts: sec(x.begin), end_ts: sec(x.end) });
  else {
    const conf = isSlip(x) ? 0.38 + Math.round(unit(`${SLUG}/slip/${i}`) * 40) / 100 : Math.min(1, 0.86 + Math.round(unit(`${SLUG}/conf/${i}`) * 14) / 100);
    els.push({ type: 'text', value: core, ts: sec(x.begin), end_ts: sec(x.end), confidence: conf });
  }
  for (const c of punct) els.push({ type: 'punct', value: c });
  return els;
}
let wi = 0;
const monologues = monos.map((mo) => {
  const elements = [];
  mo.ws.forEach((x, j) => {
    if (j) elements.push({ type: 'punct', value: ' ' });
    x.el = elements.length;   // index of the word's first element
    elements.push(...wordElements(x, wi++));
  });
  return { speaker: mo.speaker, elements };
});
const doc = { monologues };
const rj = JSON.stringify(doc);
if (/[^\x00-\x7f]/.test(rj)) throw new Error('rev.json must be ASCII');
// Where every monologue, element and value sits: walk the minified text in the same order JSON.stringify wrote it.
const rParas = [];
const monoAt = [];
{
  let cursor = '{"monologues":['.length;
  if (!rj.startsWith('{"monologues":[')) throw new Error('layout');
  monologues.forEach((mo, mi) => {
    const head = `{"speaker":${mo.speaker},"elements":[`;
    if (rj.slice(cursor, cursor + head.length) !== head) throw new Error(`monologue ${mi} not where expected`);
    monoAt.push(cursor);
    let pos = cursor + head.length;
    const valueAt = [];
    mo.elements.forEach((el, ei) => {
      if (ei) { if (rj[pos] !== ',') throw new Error('element separator'); pos++; }
      const s = JSON.stringify(el);
      if (rj.slice(pos, pos + s.length) !== s) throw new Error(`element ${mi}/${ei} not where expected`);
      const v = pos + s.indexOf('"value":"') + 9;
      valueAt.push({ obj: pos, start: v, end: v + JSON.stringify(el.value).length - 2 });
      pos += s.length;
    });
    monos[mi].ws.forEach((x) => { x.obj = valueAt[x.el].obj; });
    const counts = new Map();
    for (const x of monos[mi].ws) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
    const major = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const para = { start: valueAt[0].start, end: valueAt.at(-1).end, speaker: major };
    if (counts.size > 1) para.ambiguous = true;
    rParas.push(para);
    if (rj.slice(pos, pos + 2) !== ']}') throw new Error('monologue end');
    pos += 2;
    if (mi < monologues.length - 1) { if (rj[pos] !== ',') throw new Error('monologue separator'); pos++; }
    cursor = pos;
  });
  if (rj.slice(cursor) !== ']}') throw new Error('file end');
}
const rSegs = [];
monos.forEach((mo, mi) => mo.ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = rSegs.length === 0 ? 0 : (j === 0 ? monoAt[mi] : x.obj);
  if (rSegs.length) rSegs.at(-1).end = start;
  rSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
rSegs.at(-1).end = rj.length;
if (rSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('rev segment count');
const spokenRev = (p) => [...rj.slice(p.start - 1, p.end + 1).matchAll(/(?:^|"type":"(text|punct|unknown)","value":)"((?:[^"\\]|\\.)*)"/g)].filter((m) => m[1] !== 'unknown').map((m) => JSON.parse(`"${m[2]}"`)).join('');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'e-bike': ['e-bike', 'e-bikes', 'electric bicycle'],
    'battery management system': ['battery management system', 'battery management', 'BMS', 'management system'],
    firmware: ['firmware'],
    'lithium-ion battery': ['lithium-ion'],
    'Local Law 39': ['Local Law 39', 'Local Law thirty-nine'],
    'UL 2849': ['UL 2849', 'UL twenty-eight forty-nine'],
    'UL 2271': ['UL 2271', 'UL twenty-two seventy-one'],
    FDNY: ['FDNY'],
    'motor controller': ['motor controller'],
    electrolyte: ['electrolyte'],
    'EU Battery Regulation': ['EU Battery Regulation', 'Battery Regulation'],
    'LMT battery': ['LMT', 'L M T', 'light means of transport'],
    'state of health': ['state of health'],
    'battery passport': ['battery passport'],
    'QR code': ['QR code'],
    'carbon footprint': ['carbon footprint'],
    'internal resistance': ['internal resistance'],
    Bosch: ['Bosch', 'Bosh'],
    'Bosch Smart System': ['smart system'],
    'drive unit': ['drive unit'],
    'diagnostic tool': ['diagnostic tool'],
    'right to repair': ['right to repair'],
    Shimano: ['Shimano'],
    Standover: ['Standover', 'Stand over'],
    'hub motor': ['hub motor'],
    DJI: ['DJI'],
    Avinox: ['Avinox', 'Avi Knox'],
    Amflow: ['Amflow', 'Am flow'],
    torque: ['torque'],
    'mid-drive motor': ['mid-drives', 'mid-drive'],
    'EN 15194': ['EN 15194', 'EN fifteen one ninety-four'],
    'continuous rated power': ['continuous rated power'],
    'peak power': ['peak power', 'watts peak'],
    'gallium nitride charger': ['gallium nitride'],
    'thermal model': ['thermal model'],
    'speed sensor': ['speed sensor'],
    'tuning dongle': ['dongle'],
    cadence: ['cadence'],
    'Bosch error 504': ['error 504', 'error five oh four'],
    'fat bike': ['fat bikes', 'fat-tyre bikes'],
    throttle: ['throttle'],
    'pedal assist': ['pedal assist'],
    '18650 cell': ['18650', 'eighteen six fifty'],
    '21700 cell': ['21700', 'twenty-one seven hundred'],
    'cell balancing': ['cell balancing'],
    'passive balancing': ['passive balancing'],
    'active balancing': ['active balancing'],
    'lithium plating': ['plates lithium metal'],
    anode: ['anode'],
    OpenBikeSensor: ['OpenBikeSensor', 'Open bike sensor'],
    'ultrasonic sensor': ['ultrasonic sensors'],
    'open source': ['open-source', 'open source'],
  },
  tolerated: [
    'Cell Balance', 'standover.app', 'standover.app/cellbalance', 'cellbalance.show', 'cellbalance.show/58', 'Maggie', 'Anders', 'Doucet', 'Lykke', 'Montreal', 'Rosemont', 'Villeray',
    'Copenhagen', 'New York', 'Quebec', 'Europe', 'Brussels', 'Germany', 'Netherlands', 'US', 'EU', 'UL', 'Ogden Bolton', 'Ogden Bolton Junior', 'patent', 'US patent', 'penalty box',
    'September', 'February', 'August', 'Monday', 'Tuesday', 'Bonsoir', 'Bonne soirée', 'battery', 'batteries', 'cells', 'cell', 'pack', 'packs', 'charger', 'chargers', 'fuse', 'wiring',
    'fire', 'fires', 'certification', 'trade-in', 'delivery workers', 'riders', 'used market', 'cycles', 'warranty', 'capacity', 'collection targets', 'producers', 'regulator',
    'cargo bike', 'cargo bikes', 'display', 'bottom bracket', 'app', 'lock', 'alarm', 'anti-theft', 'lock-in', 'dealer', 'serial numbers', 'work order', 'drone', 'drones',
    'mountain bike', 'newton metres', 'watts', 'motor', 'motors', 'bus', 'assist curves', 'winding temperature', 'boost mode', 'heat', 'kilometres an hour', 'miles an hour',
    'magnet', 'gear', 'test benches', 'roller', 'helmets', 'class one', 'class two', 'class three', 'classes', 'sticker', 'volts', 'series', 'parallel', 'resistors', 'voltage',
    'lithium', 'lithium metal', 'range', 'saddle', 'handlebar', 'map', 'amps', 'hub', 'gears', 'pressure washer', 'motorbikes', 'teenagers', 'game misconduct', 'popcorn',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Cell Balance', number: 58, recorded: '2024-11-21', title: 'The penalty box is full' };
const gold = {
  _source: `Synthetic held-out episode written for heldout30 (/work/heldout30/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    rev: { input: 'rev.json', length: rj.length, transcriptStart: monoAt[0], segments: rSegs, paragraphs: rParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const said = f.paragraphs.map((p) => (key === 'web' ? web.text.slice(p.start, p.end) : spokenRev(p))).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'rev.json'), rj);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = web.segments.map((sg) => ({ title: sg.title.split(':')[0], n: web.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => web.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const spoken = SOURCE.filter((x) => !x.seg).map((p) => words(pick(p.text, 0)).length).reduce((a, b) => a + b, 0);
console.log(`${spoken} spoken words, ${mmss(toks.at(-1).end)} long; web.txt: ${web.paragraphs.length} paragraphs; rev.json: ${monologues.length} monologues (${rParas.filter((p) => p.ambiguous).length} with two voices, longest ${Math.max(...monos.map((m) => m.ws.length))} words)\nsegments (web words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
