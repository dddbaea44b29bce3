// Builds Key Travel #63 (SYNTHETIC held-out episode, heldout26) from source.mjs: a one-host one-guest INTERVIEW about
// MECHANICAL KEYBOARDS with ELEVEN topics (host Barnaby Quist, guest Chidinma Uzoigwe). Intro (Barnaby, who introduces
// the guest in the third person); how she started (opened by the host); switches (the host's question); hot-swap and
// lubing (the host's question after a reaction); QMK (the host); VIA and Vial (raised MID-PARAGRAPH by the GUEST at the
// end of her own answer); [sponsor "Solderpine", read by Barnaby, no "brought to you by"]; ZMK and wireless (handed
// over MID-PARAGRAPH BY NAME at the end of the read); split boards (the host); home-row mods (raised MID-PARAGRAPH by the
// GUEST after a one-line reaction of her own); keycaps and group buys (the host's question in a NEW paragraph right
// after his own one-liner: no speaker change); magnetic switches (the host); advice (the host); outro (Barnaby).
//
// Renders
//   rev.txt          a Rev.com-style export (heldout10's, heldout12's, heldout21's and heldout25's layout): blocks of
//                    `Full Name (hh:mm:ss):` and ONE text line, blank lines between blocks, a final newline, nothing
//                    else; long turns split into blocks with the same name (`¦`); one misspelt name (`Chidinma Uzoegwe`,
//                    an alias); Rev's `[crosstalk hh:mm:ss]`, `[inaudible hh:mm:ss]` (the words in ⟦…⟧ lost) and
//                    `[laughs]`; curly apostrophes are NOT used (Rev exports straight ones); the transcriber's slips (the
//                    A of each {A|B}). Gold paragraphs are the text lines. A segment starts at the name line of its first
//                    block, or INSIDE a block at the `§` word. Key `rev`.
//   transcript.json  a Podcasting 2.0 JSON transcript as the show's hosting service exports it (heldout19's
//                    address-bar-063 layout): exactly `JSON.stringify({version: "1.0.0", segments}, null, 2)` and a final
//                    newline; every segment `speaker` (the FULL name), `startTime`, `endTime`, `body`, in that order;
//                    bodies of at most 25 words, cut at sentence ends (a sentence of more than 25 words at its commas or
//                    at 25 words), a new JSON segment at every `§`; the B of each {A|B} (the service's own slips), no
//                    tags. GOLD PARAGRAPHS are the RUNS of consecutive JSON segments of one speaker, from the first
//                    character of the first body's contents to the last of the last body's. transcriptStart is the `{`
//                    of the first segment object; a segment starts at the `{` of the JSON segment holding its first
//                    word. Key `json`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//   6.0 s after the music; a word lasts 120 ms + 25 ms a letter).
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'key-travel-063';
const WPS = 2.6, T0 = 6.0;
const two = (n) => String(n).padStart(2, '0');
const hms = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const TYPO = { [G]: 'Chidinma Uzoegwe' };

// --- the clock: one entry per spoken word (the A/B choice never changes the number of words? no: each file counts its own)
function clockWords(k) {
  const out = [];
  let t = T0, prev = null;
  SOURCE.forEach((item, idx) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = pick(item.text, k).replace(/\{LAUGH\}/g, ' ').replace(/\{xt\}/g, ' ⊕ ');
    let lost = false, block = 0;
    for (const tok of text.split(/\s+/).filter(Boolean)) {
      if (tok === '¦') { block++; continue; }
      if (tok === '⊕') { out.push({ xt: true, idx, item, block, begin: t }); continue; }
      let w = tok;
      const open = w.startsWith('⟦'), close = w.includes('⟧');
      w = w.replace(/[⟦⟧]/g, '');
      if (open) lost = true;
      out.push({ w: w.replace('§', ''), mark: w.startsWith('§'), lost, lostStart: open, idx, item, block, begin: t, speaker: item.speaker });
      if (close) lost = false;
      t += 1 / WPS;
    }
    prev = item;
  });
  const ws = out.filter((x) => !x.xt);
  ws.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (ws[i + 1]?.begin ?? Infinity) - 0.03); });
  return out;
}
function attachSegs(words) {
  let pending = null;
  const midQueue = words.filter((x) => x.mark);
  SOURCE.forEach((item, idx) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { words.find((x) => x.idx === idx && !x.xt).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}

// --- rev.txt --------------------------------------------------------------------------------------
const RW = clockWords(0);
attachSegs(RW);
let rev = '';
const revParas = [];
const revTrack = segmentTracker();
{
  const blocks = [];
  for (const x of RW) {
    const b = blocks.at(-1);
    if (!b || b.idx !== x.idx || b.block !== x.block) blocks.push({ idx: x.idx, block: x.block, item: x.item, items: [x] });
    else b.items.push(x);
  }
  blocks.forEach((b, bi) => {
    if (bi) rev += '\n\n';
    const blockAt = rev.length;
    const first = b.items.find((x) => !x.xt);
    const name = b.item.rev === 'typo' && b.block === 0 ? TYPO[b.item.speaker] : b.item.speaker;
    rev += `${name} (${hms(first.begin)}):\n`;
    const textAt = rev.length;
    let line = '';
    const put = (s, x) => {
      if (line) line += ' ';
      if (x?.seg) {
        const at = textAt + line.length;
        if (x.seg.mid) { if (!line) throw new Error('a § at the start of a block'); revTrack.mark(at); revTrack.seg(x.seg); } else { if (line) throw new Error(`segment ${x.seg.title} opens inside a block`); revTrack.seg(x.seg); revTrack.block(blockAt); }
      }
      line += s;
    };
    for (const x of b.items) {
      if (x.xt) { put(`[crosstalk ${hms(x.begin)}]`); continue; }
      if (x.lost) { if (x.lostStart) { if (x.seg) throw new Error('a segment start in lost words'); put(`[inaudible ${hms(x.begin)}]`); } continue; }
      put(x.w, x);
    }
    const laughs = (b.item.text.split('¦')[b.block] ?? '').includes('{LAUGH}');
    if (laughs) line += ' [laughs]';
    rev += line;
    revParas.push({ start: textAt, end: rev.length, speaker: b.item.speaker });
  });
  rev += '\n';
  revTrack.close(rev.length);
}
if (/[§¦⟦⟧{}|’‘]/.test(rev)) throw new Error('a mark or curly quote in rev.txt');

// --- transcript.json ------------------------------------------------------------------------------
const JW = clockWords(1).filter((x) => !x.xt);
attachSegs(JW);
const jsonSegs = [];   // { speaker, words }
{
  const byPara = new Map();
  for (const x of JW) { if (!byPara.has(x.item)) byPara.set(x.item, []); byPara.get(x.item).push(x); }
  for (const [item, ws] of byPara) {
    // sentences, a `§` always opening a new JSON segment
    const sentences = [];
    let cur = [];
    ws.forEach((x) => {
      if (x.mark) { if (cur.length) sentences.push(cur); cur = []; sentences.push('break'); }
      cur.push(x);
      if (/[.?!]$/.test(x.w)) { sentences.push(cur); cur = []; }
    });
    if (cur.length) sentences.push(cur);
    // long sentences cut at commas (or at 25 words)
    const pieces = [];
    for (const s of sentences) {
      if (s === 'break') { pieces.push('break'); continue; }
      if (s.length <= 25) { pieces.push(s); continue; }
      let part = [];
      s.forEach((x, i) => {
        part.push(x);
        const rest = s.length - i - 1;
        if ((/,$/.test(x.w) && part.length >= 8 && rest >= 4) || part.length === 25) { pieces.push(part); part = []; }
      });
      if (part.length) pieces.push(part);
    }
    let body = [];
    const flush = () => { if (body.length) jsonSegs.push({ speaker: item.speaker, words: body }); body = []; };
    for (const p of pieces) {
      if (p === 'break') { flush(); continue; }
      if (body.length && body.length + p.length > 20) flush();
      if (p.length > 25) throw new Error('a piece of more than 25 words');
      body.push(...p);
    }
    flush();
  }
}
const r2 = (x) => Math.round(x * 100) / 100;
const doc = { version: '1.0.0', segments: jsonSegs.map((s) => ({ speaker: s.speaker, startTime: r2(s.words[0].begin), endTime: r2(s.words.at(-1).end), body: s.words.map((x) => x.w).join(' ') })) };
const json = JSON.stringify(doc, null, 2) + '\n';
if (/[§¦⟦⟧{}|’‘"\\]/.test(doc.segments.map((s) => s.body).join(' '))) throw new Error('a mark, quote or curly quote in a body');
const jsonTrack = segmentTracker();
const jsonParas = [];
{
  let at = 0;
  jsonSegs.forEach((s, i) => {
    const raw = JSON.stringify(doc.segments[i].body);
    const head = json.indexOf('"body": ' + raw, at);
    const objAt = json.lastIndexOf('{', json.lastIndexOf('"speaker": ', head));
    const start = head + '"body": "'.length, end = head + '"body": '.length + raw.length - 1;
    at = head + raw.length;
    s.words.forEach((x, j) => {
      if (!x.seg) return;
      if (j) throw new Error(`segment ${x.seg.title} inside a JSON segment`);
      if (x.seg.mid) { jsonTrack.mark(objAt); jsonTrack.seg(x.seg); } else { jsonTrack.seg(x.seg); jsonTrack.block(objAt); }
    });
    const last = jsonParas.at(-1);
    if (last && last.speaker === s.speaker) last.end = end; else jsonParas.push({ start, end, speaker: s.speaker });
  });
  jsonTrack.segments[0].start = 0;
  jsonTrack.close(json.length);
}
const transcriptStart = json.indexOf('{', json.indexOf('"segments"'));

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'mechanical keyboard': ['mechanical keyboard'],
    'split keyboard': ['split keyboard', 'split'],
    ErgoDox: ['ErgoDox', 'Ergo Docs'],
    'open source': ['open source', 'open-source'],
    'Cherry MX': ['Cherry MX'],
    Cherry: ['Cherry'],
    'linear switch': ['Linear switches', 'linear switches'],
    'tactile switch': ['Tactile', 'tactile switch'],
    'clicky switch': ['Clicky'],
    'buckling spring': ['buckling spring'],
    Gateron: ['Gateron', 'Gator on'],
    Kailh: ['Kailh', 'Kale'],
    'hot-swap sockets': ['Hot-swap', 'hot-swap'],
    lubing: ['Lubing'],
    Krytox: ['Krytox', 'Cry Tox'],
    'gasket mount': ['gasket mounting'],
    firmware: ['firmware'],
    microcontroller: ['microcontroller'],
    QMK: ['QMK', 'Q M K'],
    keymap: ['keymap'],
    layers: ['layers'],
    'QMK Configurator': ['QMK Configurator', 'Q M K Configurator'],
    RP2040: ['RP2040', 'R P 2040'],
    'Raspberry Pi': ['Raspberry Pi'],
    USB: ['USB'],
    VIA: ['VIA', 'Via'],
    Vial: ['Vial', 'Vile'],
    WebHID: ['WebHID', 'Web HID'],
    Chrome: ['Chrome'],
    Solderpine: ['Solderpine'],
    KiCad: ['KiCad', 'Key Cad'],
    ZMK: ['ZMK', 'Z M K'],
    Zephyr: ['Zephyr'],
    'Linux Foundation': ['Linux Foundation'],
    Bluetooth: ['Bluetooth'],
    'nice!nano': ['nice!nano', 'nice nano'],
    'Nordic Semiconductor': ['Nordic chip'],
    GitHub: ['GitHub'],
    Corne: ['Corne', 'Corn'],
    Sofle: ['Sofle'],
    'column stagger': ['column stagger'],
    'thumb cluster': ['thumb clusters', 'thumb keys'],
    tenting: ['tenting'],
    'home-row mods': ['home-row mods'],
    'tapping term': ['tapping term'],
    'permissive hold': ['permissive hold'],
    Achordion: ['Achordion'],
    keycaps: ['Keycaps', 'keycaps'],
    'keycap profile': ['profiles', 'Cherry profile'],
    'SA profile': ['SA is tall'],
    GMK: ['GMK', 'G M K'],
    'group buy': ['group buy'],
    'double-shot keycaps': ['double-shot', 'two colours of plastic'],
    'IBM Model M': ['Model M'],
    'Hall-effect switches': ['Hall-effect switches'],
    Wooting: ['Wooting', 'Wooding'],
    'rapid trigger': ['rapid trigger'],
    'actuation point': ['actuation point'],
    'repetitive strain injury': ['sore wrist', 'wrist'],
  },
  tolerated: [
    'Key Travel', 'Halfmoon Keys', 'halfmoonkeys.co.uk', 'solderpine.com', 'solderpine.com/keytravel', 'Barnaby', 'Chidinma', 'Bristol', 'Enugu', 'Leeds', 'Manchester', 'China', 'Chromium', 'Edge', 'Firefox',
    'Safari', 'IBM', 'C', 'C file', 'steno machine', 'stenographer', 'physiotherapist', 'laptop', 'laptop keyboard', 'plate', 'stem', 'spring', 'contacts', 'switch', 'switches', 'grams', 'tester', 'solder joint',
    'soldering iron', 'soldering', 'circuit board', 'circuit boards', 'case', 'foam', 'aluminium', 'legends', 'receptacles', 'tool', 'tap dances', 'combos', 'compiler', 'branch', 'maintainers', 'repository',
    'web page', 'browser', 'USB devices', 'controller', 'battery', 'batteries', 'backlighting', 'central', 'peripheral', 'cloud', 'rotary knob', 'space bar', 'typewriter', 'Shift', 'Control', 'Alt', 'modifiers',
    'A', 'S', 'D', 'F', 'terminal', 'sensor', 'magnet', 'gaming brands', 'shooting games', 'forums', 'chat servers', 'community', 'car boot sale', 'lockdown', 'twenty twenty', 'nineteen ninety-eight',
    'nineteen-eighties', 'twenty fourteen', 'heating controllers', 'ergonomic', 'patent', 'thock', 'German company', 'Dutch company', 'footprint', 'production', 'prototype', 'AVR', 'ARM', 'eight-bit',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Key Travel', number: 63, recorded: '2025-11-17', title: 'Split keyboards, home-row mods and a Model M that wakes the neighbours, with Chidinma Uzoigwe' };
const gold = {
  _source: `Synthetic held-out episode written for heldout26 (/work/heldout26/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    rev: { input: 'rev.txt', length: rev.length, transcriptStart: 0, segments: revTrack.segments, paragraphs: revParas },
    json: { input: 'transcript.json', length: json.length, transcriptStart, segments: jsonTrack.segments, paragraphs: jsonParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'rev' ? rev : json;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').replace(/"\s*\},\s*\{\s*"speaker": "[^"]*",\s*"startTime": [\d.]+,\s*"endTime": [\d.]+,\s*"body": "/g, ' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'rev.txt'), rev);
writeFileSync(join(here, 'transcript.json'), json);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = RW.filter((x) => !x.xt).length;
console.log(`${speech} spoken words, ${hms(RW.at(-1).end ?? RW.at(-1).begin)} long; rev.txt: ${revParas.length} blocks; transcript.json: ${jsonSegs.length} JSON segments in ${jsonParas.length} runs\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
