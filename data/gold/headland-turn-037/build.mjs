// Builds Headland Turn #37 (SYNTHETIC held-out episode, heldout28) from source.mjs: a two-host CONVERSATIONAL show about
// PRECISION FARMING with NO rundown and no sponsor (hosts Ffion Pritchard, who opens and closes it, and Cody Wendt). Intro
// (Ffion: the two self-introductions and Cody's dad, who won't use auto-steer); RTK and auto-steer (Cody, RAISED by
// Ffion's challenge at a change of speaker); the right to repair (Ffion, who raises it HERSELF, MID-PARAGRAPH, in her own
// paragraph after his last line); spray drones (Cody, SHORT, RAISED by Ffion in a NEW paragraph right after her own
// one-liner: no speaker change, the non-carrier first; in plain.txt it runs on inside her paragraph); soil probes on
// LoRaWAN (Ffion, RAISED by Cody, MID-PARAGRAPH, in his own paragraph); farm data and management software (Cody, who
// raises it HIMSELF at a change of speaker, a weak cue on her ewe); free satellite images (Ffion, SHORT, RAISED by Cody's
// question at a change of speaker, a block that happyscribe.txt gives to HER name); driverless tractors (Cody, RAISED by
// Ffion, MID-PARAGRAPH, in her own paragraph); outro (Ffion, opened MID-PARAGRAPH by Cody's "Anyway, we are way over").
//
// Renders
//   happyscribe.txt  a Happy Scribe transcript exported as plain text with timecodes and speaker names on, as I remember
//                    the layout: blocks separated by a blank line, each block a line `[hh:mm:ss.cc] - Speaker name` (the
//                    time of the block's first word, in hundredths) and the block's text on the next line; no header, a
//                    final newline. A block starts at every change of speaker, at every new paragraph of the same speaker
//                    and at every pause inside a turn (`¶`), with the name repeated. The hosts renamed only one speaker in
//                    the editor: Ffion's blocks say `Ffion Pritchard`, Cody's still say `Speaker 2` (a gold alias). ONE
//                    block carries the WRONG name (`wrong`: Cody's question opening segment 7 is under `Ffion Pritchard`).
//                    Straight apostrophes, fillers kept, names corrected; the A of each {A|B}. Gold paragraphs are the
//                    text lines. A segment starts at the `[` of its first block, or INSIDE a block at its first word (the
//                    `§` starts: 3, 5, 8 and the outro). transcriptStart 0. Key `happyscribe`.
//   plain.txt        another service's "paragraphs only" text export: NO names, NO timecodes, NO header; paragraphs broken
//                    at PAUSES, a blank line between them, a final newline: a new paragraph at every pause inside a turn
//                    (`¶`) and at every source paragraph, EXCEPT two short replies said without a pause (`merge`: "So he
//                    does." and "Oh, here we go."), which run into the other host's paragraph after them (two voices:
//                    `ambiguous`, the speaker of most of its words), and one paragraph said without a pause after the same
//                    speaker's (`runon`: the start of segment 4, inside Ffion's paragraph). Straight apostrophes, fillers
//                    dropped, the recogniser's slips (the B of each {A|B}). Gold paragraphs are the paragraphs. A segment
//                    starts at the start of its first paragraph, or INSIDE a paragraph at its first word. transcriptStart
//                    0. Key `plain`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph or after
//   a pause, from 1.4 s after the jingle).
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, F, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'headland-turn-037';
const WPS = 2.6, T0 = 1.4;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.split(/\s+/).filter(Boolean).filter((w) => w !== '§');

// --- happyscribe.txt ------------------------------------------------------------------------------
const NAME = { [F]: 'Ffion Pritchard', [C]: 'Speaker 2' };
const OTHER = { [F]: C, [C]: F };
const HSRC = [];
{
  let t = T0, prev = null;
  for (const x of SOURCE) {
    if (x.seg) { HSRC.push(x); continue; }
    const text = pick(x.text, 0);
    if (/[⟨⟩{}|¦~’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
    if (prev) t += prev.speaker === x.speaker ? 0.4 : 0.6;
    text.split(/\s*¶\s*/).forEach((part, j) => {
      if (j) t += 0.4;
      HSRC.push({ ...x, text: part.trim(), at: t });
      t += tokens(part).length / WPS;
    });
    prev = x;
  }
}
const hsTime = (sec) => { const cs = Math.round(sec * 100); return `${two(Math.floor(cs / 360000))}:${two(Math.floor(cs / 6000) % 60)}:${two(Math.floor(cs / 100) % 60)}.${two(cs % 100)}`; };
const hs = render(HSRC, {
  header: '', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `[${hsTime(p.at)}] - ${NAME[p.wrong ? OTHER[p.speaker] : p.speaker]}\n`,
  words: (i, p) => p.text,
});
if (/[§¶{}|]/.test(hs.text)) throw new Error('a mark in happyscribe.txt');

// --- plain.txt ------------------------------------------------------------------------------------
const toks = [];
{
  let pending = null;
  const midQueue = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    const text = pick(item.text, 1);
    if (/[⟨⟩{}|¦~’‘\u0080-\uffff]/.test(text.replace(/[§¶]/g, ''))) throw new Error(`a stray mark, curly quote or accent in: ${text.slice(0, 50)}`);
    text.split(/\s*¶\s*/).forEach((part, pi, parts) => {
      const list = part.split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error('an empty word');
        const x = { w, k, item, speaker: item.speaker, first: pi === 0 && j === 0, last: j === list.length - 1, pause: pi < parts.length - 1 };
        if (raw.startsWith('§')) midQueue.push(x);
        if (x.first && pending) { x.seg = pending; pending = null; }
        toks.push(x);
      });
    });
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
const paras = [];
{
  let cur = [];
  toks.forEach((x, i) => {
    const next = toks[i + 1];
    cur.push(x);
    if (!x.last) return;
    if (x.pause) { paras.push(cur); cur = []; return; }          // a pause inside the turn
    if (!next) return;
    if (x.item.merge) { if (next.speaker === x.speaker) throw new Error('a merged reply must be followed by the other host'); if (next.seg) throw new Error('a merged reply before a segment start'); return; }
    if (next.item.runon) { if (next.speaker !== x.speaker) throw new Error('a runon paragraph must follow its own speaker'); return; }
    paras.push(cur); cur = [];
  });
  if (cur.length) paras.push(cur);
}
let plain = '';
const pParas = [];
const pSegs = [];
paras.forEach((ws, pi) => {
  if (pi) plain += '\n\n';
  const start = plain.length;
  ws.forEach((x, j) => {
    if (j) plain += ' ';
    if (x.seg) {
      const at = pSegs.length === 0 ? 0 : plain.length;
      if (pSegs.length) pSegs.at(-1).end = at;
      pSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start: at, end: null });
    }
    plain += x.w;
  });
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const para = { start, end: plain.length, speaker: [...count.entries()].sort((a, b) => b[1] - a[1])[0][0] };
  if (count.size > 1) para.ambiguous = true;
  pParas.push(para);
});
plain += '\n';
pSegs.at(-1).end = plain.length;
if (pSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('plain segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'auto-steer': ['auto-steer'],
    planter: ['planter'],
    RTK: ['RTK', 'real-time kinematic'],
    GPS: ['GPS'],
    WAAS: ['WAAS', 'was'],
    EGNOS: ['EGNOS'],
    'John Deere': ['John Deere', 'Deere'],
    StarFire: ['StarFire', 'star fire'],
    Trimble: ['Trimble'],
    'Trimble RTX': ['RTX', 'R T X'],
    'base station': ['base station'],
    'strip-till': ['strip-till'],
    AutoTrac: ['AutoTrac', 'auto track'],
    NTRIP: ['NTRIP', 'N trip'],
    'cell network': ['cell network'],
    'right to repair': ['right to repair'],
    AdBlue: ['AdBlue', 'ad blue', 'exhaust fluid'],
    'limp mode': ['limp mode'],
    'fault code': ['fault code'],
    'Federal Trade Commission': ['Federal Trade Commission', 'FTC', 'F T C'],
    'Service ADVISOR': ['Service ADVISOR', 'Service advisor'],
    'American Farm Bureau': ['American Farm Bureau'],
    'memorandum of understanding': ['memorandum of understanding'],
    Doom: ['Doom'],
    'Sick Codes': ['Sick Codes'],
    'DEF CON': ['DEF CON'],
    jailbreak: ['Jailbroke'],
    touchscreen: ['touchscreen'],
    DJI: ['DJI'],
    'DJI Agras T50': ['DJI Agras', 'DJI Agrus', 'T50'],
    'spray drone': ['spraying drone', 'drones', 'drone'],
    FAA: ['FAA'],
    'aerial spraying': ['aerial spraying'],
    'soil moisture probe': ['soil probes', 'probes'],
    capacitive: ['capacitive'],
    LoRaWAN: ['LoRaWAN', 'Laura Wan'],
    gateway: ['gateway'],
    'The Things Network': ['The Things Network'],
    dashboard: ['dashboard'],
    'rotational grazing': ['rotational grazing'],
    'yield monitor': ['yield monitor'],
    'yield map': ['yield map'],
    'as-planted map': ['as-planted map'],
    'as-applied map': ['as-applied map'],
    'John Deere Operations Center': ['John Deere Operations Center', 'Operations Center'],
    'Climate FieldView': ['Climate FieldView', 'Climate field view'],
    Bayer: ['Bayer'],
    shapefile: ['shapefiles', 'shape files'],
    ISOXML: ['ISOXML', 'ISO XML'],
    ISOBUS: ['ISOBUS', 'ISO bus'],
    ADAPT: ['ADAPT'],
    AgGateway: ['AgGateway', 'ag gateway'],
    'Ag Data Transparent': ['Ag Data Transparent'],
    'Sentinel-2': ['Sentinel-2', 'Sentinel two'],
    NDVI: ['NDVI', 'N D V I'],
    'near infrared': ['near infrared'],
    Planet: ['Planet'],
    CES: ['CES', 'C E S'],
    'John Deere autonomous 8R': ['autonomous 8R'],
    '9RX': ['9RX'],
    'neural network': ['neural network'],
    'Monarch Tractor': ['Monarch Tractor'],
    'Harper Adams': ['Harper Adams'],
    'Hands Free Hectare': ['Hands Free Hectare'],
    'software updates': ['software updates'],
  },
  tolerated: [
    'Headland Turn', 'Ffion', 'Cody', 'Beryl', 'Dad', 'Wales', 'mid Wales', 'Powys', 'Iowa', 'America', 'Atlantic', 'Colorado', 'California', 'Louisville', 'Congress', 'October', 'December',
    'January', 'spring', 'fall', 'autumn', 'corn', 'soybeans', 'barley', 'sheep', 'ewe', 'flock', 'paddock', 'grass', 'bracken', 'vineyards', 'vines', 'hedges', 'fertiliser', 'diesel', 'tillage',
    'tillage tool', 'orchard tractor', 'lawn mower', 'combine', 'elevator', 'grain', 'moisture', 'sprayer', 'ground rig', 'implement', 'gearbox', 'sensor', 'receiver', 'satellites', 'satellite',
    'satellite corrections', 'correction signals', 'corrections', 'subscription signals', 'radio', 'signal', 'cameras', 'camera', 'app', 'phone', 'laptop', 'screen', 'cab', 'agronomist',
    'fertiliser dealer', 'dealer', 'dealers', 'independent shops', 'independent mechanics', 'repair software', 'diagnostic tools', 'contract', 'certification', 'common data model', 'plugins',
    'data model', 'server', 'consumer electronics show', 'farm show', 'demo tractor', 'startup', 'contracting', 'drilling', 'spraying', 'strip-till', 'waterways', 'lunchbox', 'batteries', 'aerial',
    'graph', 'weigh wagon', 'plate meter', 'scale', 'sward height', 'tilt sensor', 'terrain compensation', 'overlap', 'antenna', 'defence bill', 'security review', 'agricultural aircraft', 'forty-litre tank', 'pixel', 'crop', 'IT', 'seed company', 'Hwyl fawr', 'coyote', 'rock', 'hacker',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Headland Turn', number: 37, recorded: '2025-02-20', title: 'Two centimetres, a tractor in limp mode, and a ewe called Beryl' };
const gold = {
  _source: `Synthetic held-out episode written for heldout28 (/work/heldout28/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    happyscribe: { input: 'happyscribe.txt', length: hs.text.length, transcriptStart: hs.transcriptStart, segments: hs.segments, paragraphs: hs.paragraphs },
    plain: { input: 'plain.txt', length: plain.length, transcriptStart: 0, segments: pSegs, paragraphs: pParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'happyscribe' ? hs.text : plain;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'happyscribe.txt'), hs.text);
writeFileSync(join(here, 'plain.txt'), plain);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
// words per segment (happyscribe.txt's paragraphs), to keep some topics short and some long
const per = hs.segments.map((sg) => ({ title: sg.title.split(':')[0], n: hs.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => hs.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const speech = per.reduce((a, b) => a + b.n, 0);
const last = HSRC.filter((x) => !x.seg).at(-1);
console.log(`${speech} spoken words, ${Math.round((last.at + tokens(last.text).length / WPS) / 60)} minutes; segments: ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\nhappyscribe.txt: ${hs.paragraphs.length} blocks; plain.txt: ${paras.length} paragraphs, ${pParas.filter((p) => p.ambiguous).length} with both voices\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
