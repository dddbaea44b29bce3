// Builds First Layer #58 (SYNTHETIC held-out episode, heldout22) from source.mjs: a two-host weekly 3D PRINTING news show
// in the style of the seed (hosts Marit Haugen, who opens and closes it, and Radek Novotný). Intro (Marit, with a
// nameless rundown); Bambu Lab's H2D (Marit, handed over NAMELESS by Radek at a change of speaker); Prusa's Core One
// (Radek, who raises it himself MID-PARAGRAPH); Elegoo's Centauri Carbon (Marit, raised by Radek in a NEW paragraph of his:
// no speaker change); [sponsor "Layerhouse", read by Radek at a change of speaker]; Stratasys suing Bambu Lab (Radek,
// MID-PARAGRAPH at the end of his read); Bambu's authorization firmware (Marit, introduced by Radek at a change of
// speaker); OrcaSlicer 2.3 (Marit, who raises it herself MID-PARAGRAPH); the model sites (Radek, who raises it himself at
// a change of speaker); extras (Marit, asked by Radek at a change of speaker, then Radek, handed over MID-PARAGRAPH by
// Marit); outro (Marit, MID-PARAGRAPH after her reaction to Radek's extras).
//
// Renders
//   web.txt       a page like the seed's, built as heldout21's soft-bounce-116/web.txt was: the page header in the seed's
//                 words ("Brought to you by…", "« Return to show page", "Transcript for Episode #58:", the title,
//                 "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6 spoken
//                 words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 1.1 s); FIRST NAMES
//                 in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page breaks inside long
//                 turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps it); the paragraphs
//                 marked `cut` lose their first word; spoken URLs dropped with the following punctuation; curly
//                 apostrophes; the words as the page's service wrote them (the A of each {A|B}). Gold paragraphs are the
//                 text after the stamp (and label). Gold key `web`.
//   premiere.txt  the transcript Adobe Premiere Pro's speech-to-text exports as a text file (Text panel, Export to text
//                 file) for the show's video edit: blocks of a timecode range `HH:MM:SS:FF - HH:MM:SS:FF` (25 frames a
//                 second, the sequence's rate), a speaker line and ONE text line, a blank line between blocks, a final
//                 newline, no header. Premiere starts a block at every change of the voice it hears and at a pause inside
//                 a turn (`¶`); short replies said without a pause are run into the block before (`merge`: that block
//                 holds both voices, gold `ambiguous`). The speaker line is the name the editor gave each voice Premiere
//                 found: `Marit Haugen`, `Radek Novotny` (typed without the háček); a third voice Premiere found in the
//                 separately recorded sponsor read stayed `Speaker 3`, one short line is `Unknown`, and two short lines
//                 carry the OTHER host's name (`pr`). Straight apostrophes, Premiere's recogniser's spellings (the B of
//                 each {A|B}), the URLs as words. Times from the episode's clock as Premiere heard it (the B words, ~2.6
//                 a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s at a `¶`, from 1.1 s; a
//                 word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next word); a block runs from its
//                 first word's start to its last word's end, frames rounded down. GOLD PARAGRAPHS are ONE PER BLOCK, the
//                 text line. A segment starts at the timecode line of the block its first word opens, or INSIDE a text
//                 line at its first word. transcriptStart 0. Gold key `premiere`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'first-layer-058';
const WPS = 2.6, FPS = 25;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: unpause(pick(x.text, 0)) }));
const wordTimes = wordClock(WSRC, 1.1, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [M]: 'MARIT', [R]: 'RADEK' };
const TITLE = 'Two nozzles and a laser, a printer for three hundred dollars, and ten patents in Texas';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Layerhouse - one queue for every printer you own', '',
    '« Return to show page', '',
    'Transcript for Episode #58:', TITLE, '',
    'Recorded on Tuesday, Apr 8, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [M, R].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§¶{}|]/.test(web.text)) throw new Error('a mark in web.txt');

// --- premiere.txt -------------------------------------------------------------------------------
const NAME = { [M]: 'Marit Haugen', [R]: 'Radek Novotny' };
const all = [];          // Premiere's words, with their paragraph, time and block
{
  let t = 1.1, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    let pause = false, first = true;
    for (const tok of plainText(pick(item.text, 1)).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = true; continue; }
      const w = tok.replace('§', '');
      if (!w || /[§¶⟨⟩{}|]/.test(w)) throw new Error(`a stray mark in ${tok}`);
      if (/[’‘“”]/.test(w)) throw new Error('curly quote in a Premiere word');
      all.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), opens: first ? !item.merge : pause });
      if (first && item.merge && (!prev || prev.speaker === item.speaker)) throw new Error(`merge without the other host before: ${item.text.slice(0, 40)}`);
      first = false; pause = false;
      t += 1 / WPS;
    }
    prev = item;
  });
  all.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (all[i + 1]?.begin ?? Infinity) - 0.03); });
}
// segments open at the first word of their first paragraph, or at the § word
{
  let pending = null;
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { if (item.merge) throw new Error('a segment cannot open on a merged reply'); all.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
const blocks = [];
for (const x of all) {
  if (x.opens || !blocks.length) blocks.push({ words: [], label: x.item.pr ?? NAME[x.speaker], owner: x.speaker });
  blocks.at(-1).words.push(x);
}
const tc = (s) => { const f = Math.floor(s * FPS + 1e-9); return `${two(Math.floor(f / (FPS * 3600)))}:${two(Math.floor(f / (FPS * 60)) % 60)}:${two(Math.floor(f / FPS) % 60)}:${two(f % FPS)}`; };
let pr = '';
const prParas = [];
const prSegs = [];
const openSeg = (item, at) => {
  if (prSegs.length) prSegs.at(-1).end = at;
  prSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: prSegs.length ? at : 0, end: null });
};
blocks.forEach((b, bi) => {
  if (bi) pr += '\n';
  const blockAt = pr.length;
  pr += `${tc(b.words[0].begin)} - ${tc(b.words.at(-1).end)}\n${b.label}\n`;
  const start = pr.length;
  const count = {};
  b.words.forEach((x, j) => {
    if (j) pr += ' ';
    if (x.seg) openSeg(x.seg, j ? pr.length : blockAt);
    pr += x.w;
    count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  });
  const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === b.owner ? -1 : 1));
  const para = { start, end: pr.length, speaker: ranked[0][0] };
  if (ranked.length > 1) para.ambiguous = true;
  prParas.push(para);
  pr += '\n';
});
prSegs.at(-1).end = pr.length;
if (/[§¶¦⟨⟩{}|’‘]/.test(pr)) throw new Error('a mark or curly apostrophe in premiere.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'First Layer', number: 58, recorded: '2025-04-08', title: TITLE };
const ENTITIES = {
  required: {
    'Bambu Lab': ['Bambu Lab', 'Bambu', 'Bamboo Lab', 'Bamboo'],
    H2D: ['H2D'],
    'dual nozzle': ['two nozzles', 'second nozzle'],
    'heated chamber': ['heated chamber', 'chamber'],
    'laser module': ['laser module', 'laser'],
    'cutting module': ['cutting module'],
    AMS: ['AMS'],
    'AMS 2 Pro': ['AMS 2 Pro'],
    'AMS HT': ['AMS HT'],
    filament: ['filament'],
    nylon: ['nylon'],
    Prusa: ['Prusa'],
    'Core One': ['Core One'],
    CoreXY: ['CoreXY', 'core XY'],
    MK4S: ['MK4S', 'MK4 S'],
    'input shaping': ['input shaping'],
    MMU3: ['MMU3', 'MMU 3'],
    P1S: ['P1S'],
    Elegoo: ['Elegoo'],
    'Centauri Carbon': ['Centauri Carbon'],
    Creality: ['Creality'],
    K1: ['K1'],
    Anycubic: ['Anycubic'],
    'Kobra S1': ['Kobra S1', 'Cobra S1'],
    PETG: ['PETG', 'PET G'],
    OrcaSlicer: ['OrcaSlicer', 'Orca Slicer', 'Orca'],
    Layerhouse: ['Layerhouse'],
    Klipper: ['Klipper', 'Clipper'],
    Stratasys: ['Stratasys'],
    patent: ['patent', 'patents', 'patent office'],
    'heated build plate': ['heated build plate', 'heated bed'],
    'fused deposition': ['fused deposition'],
    RepRap: ['RepRap', 'Rep Rap'],
    'prior art': ['prior art'],
    'authorization system': ['authorization system', 'authorization'],
    'Bambu Connect': ['Bambu Connect', 'Bamboo Connect'],
    'Home Assistant': ['Home Assistant'],
    Electron: ['Electron'],
    'private key': ['private key'],
    'Developer Mode': ['Developer Mode'],
    'LAN-only mode': ['LAN-only mode', 'LAN'],
    'Bambu Studio': ['Bambu Studio', 'Bamboo Studio'],
    PrusaSlicer: ['PrusaSlicer', 'Prusa Slicer'],
    Slic3r: ['Slic3r', 'Slicer'],
    AGPL: ['AGPL'],
    MakerWorld: ['MakerWorld', 'Maker World'],
    Printables: ['Printables', 'Printable'],
    Thingiverse: ['Thingiverse', 'Thing of Verse'],
    'print-in-place': ['print-in-place'],
    Spoolman: ['Spoolman', 'Spool Man'],
    Moonraker: ['Moonraker', 'Moon Raker'],
    build123d: ['build123d', 'build one two three D'],
    Python: ['Python'],
    CAD: ['CAD'],
    STEP: ['STEP'],
    STL: ['STL'],
    Fusion: ['Fusion'],
    FreeCAD: ['FreeCAD'],
    'Open CASCADE': ['Open CASCADE', 'open cascade'],
    'heat-set inserts': ['brass inserts'],
  },
  tolerated: [
    'First Layer', 'firstlayer.show', 'firstlayer.show/58', 'layerhouse.io', 'layerhouse.io/firstlayer', 'Trondheim', 'Brno', 'Prague', 'Texas', 'Eastern District of Texas', 'United States', 'Marit', 'Radek', 'Gertrud', 'April', 'March', 'August', 'January', 'Tuesday', 'Thursday', 'Friday',
    '3D printing', 'printer', 'printers', 'print farm', 'farm', 'spare parts', 'appliances', 'spec sheet', 'flagship', 'build volume', 'toolhead', 'purges', 'purging', 'colours', 'materials', 'waste', 'vinyl', 'card', 'workshop',
    'drying', 'dryer', 'engineering materials', 'hinges', 'brackets', 'cosplay helmets', 'food dehydrator', 'support', 'supports', 'night shifts', 'enclosure', 'steel frame', 'fan', 'vent', 'upgrade', 'upgrade kit', 'kit',
    'motors', 'electronics', 'heatbed', 'instructions', 'bed-slinger', 'ringing', 'colour system', 'spools', 'spool', 'open firmware', 'firmware', 'repairability', 'glass door', 'hardened steel nozzle', 'camera', 'build plate',
    'stock profile', 'profiles', 'levelling', 'spaghetti', 'fans', 'bearings', 'slicer', 'slicers', 'spool holder', 'queue', 'fleet', 'plate', 'network', 'free plan', 'courtroom', 'court', 'lawsuit', 'licence fee', 'licence',
    'settlement', 'claims', 'open-source', 'forum posts', 'build log', 'lawyer', 'cloud', 'phone app', 'third-party tools', 'farm manager', 'integration', 'dashboards', 'automations', 'fork', 'forks', 'calibration tests',
    'walls', 'seams', 'volunteers', 'maintainer', 'maintainers', 'donation', 'manufacturers', 'model sites', 'points', 'gift cards', 'designers', 'models', 'generated models', 'figurine', 'uploads', 'licences', 'memberships',
    'dishwasher', 'inventory', 'server', 'spreadsheet', 'wool blanket', 'blanket', 'heating bill', 'radiator', 'screwdriver', 'library', 'boxes', 'holes', 'fillets', 'geometry kernel', 'solids', 'meshes', 'soldering iron',
    'printed thread', 'inserts', 'nozzle', 'nozzles', 'laser bundle', 'AI', 'Norwegian', 'class project', 'hinge', 'Prusa Research', 'Bambu Lab H2D', 'Elegoo Centauri Carbon', 'Prusa Core One', 'MK4', 'fused deposition modelling', 'FDM',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout22 (/work/heldout22/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    premiere: { input: 'premiere.txt', length: pr.length, transcriptStart: 0, segments: prSegs, paragraphs: prParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'premiere.txt'), pr);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const spoken = wordTimes.filter(Boolean).reduce((n, x) => n + x.length, 0);
const labels = {};
for (const b of blocks) labels[b.label] = (labels[b.label] ?? 0) + 1;
console.log(`${spoken} spoken words (web), ${all.length} in premiere.txt, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`premiere.txt: ${blocks.length} blocks, labels ${JSON.stringify(labels)}, ${prParas.filter((p) => p.ambiguous).length} holding both voices, ${blocks.filter((b, i) => i && blocks[i - 1].label === b.label).length} following a block with the same label`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
