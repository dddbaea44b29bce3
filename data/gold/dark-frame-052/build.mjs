// Builds Dark Frame #52 (SYNTHETIC held-out episode, heldout31) from source.mjs: a THREE-CO-HOST PANEL about
// ASTROPHOTOGRAPHY (Fenella Grant, who opens and closes it, Kayode Adebisi and Rosalía Pereyra). Intro (the three
// self-introductions, the neighbour's light and a plan); smart telescopes (Kayode; handed to him BY NAME by Fenella in a
// NEW paragraph of her own: no speaker change); the remote observatory (Rosalía; asked for BY NAME, MID-PARAGRAPH, by Kayode at the end of his
// topic); the aurora and the comet (Fenella; her own, at a change of speaker, the presenter first); the sponsor Subvault
// (Fenella; handed to her BY NAME by Rosalía at a change of speaker); processing and the AI tools (Kayode; at a change of
// speaker, the presenter first, a WEAK cue); satellite trails (Rosalía; she raises it HERSELF, MID-PARAGRAPH, in her own
// paragraph inside his topic); light pollution (Fenella; asked for BY NAME by Kayode in a NEW paragraph of his own: no
// speaker change); picks: Telescopius (Rosalía; handed to her BY NAME by Fenella at a change of speaker), Clear Outside
// (Kayode; MID-PARAGRAPH in his own paragraph, after his reaction to hers), Stellarium (Fenella; at a change of speaker,
// the presenter first); outro (Fenella; a NEW paragraph of her own).
//
// Renders
//   zoom.vtt     the audio transcript of the Zoom cloud recording, as Zoom writes it, as I remember the layout: `WEBVTT`,
//                an empty line, then numbered cues separated by an empty line, each a cue number, a `hh:mm:ss.mmm -->
//                hh:mm:ss.mmm` line and ONE line of text opening with the participant's DISPLAY NAME and a colon (`Fenella
//                Grant: `, `Kayode Adebisi: `, and `iPhone de Rosalía: `, because Rosalía joined from her phone); LF line
//                ends, a final newline. A cue never runs across a turn or a pause (`¶`) and ends at a sentence end once it
//                holds 12 words, at a comma once it holds 30, or at 40 words. Zoom's slips (`zlab`: one short reply under
//                the wrong name; `zmerge`: one short reply said over the end of the other's sentence, added to that cue:
//                two voices, `ambiguous`, the speaker of most of its words). The A of each {A|B}: Zoom's recogniser,
//                capitals and punctuation, numbers as digits, fillers dropped. Gold paragraphs are the cue texts after the
//                display name. A segment starts at the first digit of the cue number of the cue whose first word is its
//                first word, or INSIDE a cue's text at its first word. transcriptStart is the first cue number. Key `zoom`.
//   watson.json  an IBM Watson Speech to Text result (`POST /v1/recognize`, an en-US model, `timestamps`,
//                `speaker_labels` and `smart_formatting` on), as the ibm-watson Python SDK returns it and the host saved it
//                with `json.dumps(…, indent=2)`, as I remember the layout: whole floats written `1.0`, ASCII only, no
//                final newline: {"result_index": 0, "results": [{"alternatives": [{"timestamps": [["word", 0.9, 1.17],
//                …], "confidence", "transcript": "…words… "}], "final": true}, …], "speaker_labels": [{"from", "to",
//                "speaker", "confidence", "final"}, …]}; times in SECONDS (10 ms steps). Watson writes NO punctuation and
//                no capitals but for "I", a few place names and acronyms spelled out as capital letters with stops ("Z.
//                W. O."), `%HESITATION` for a filler, numbers as digits; every transcript ends with a SPACE. A result ends
//                at a pause of 0.8 s or more, or at a sentence end once it holds 30 words: so a short reply after a short
//                pause runs on in the same result as the other speaker's words (two voices: `ambiguous`). SPEAKERS ONLY
//                AS NUMBERS, ONE LABEL PER WORD in `speaker_labels`, after all the results (0: Fenella, 1: Kayode, 2:
//                Rosalía, and a FOURTH number, 3, for Rosalía's line away from the phone; `wspk` overrides). The B of each
//                {A|B}. GOLD PARAGRAPHS are ONE PER RESULT: the contents of its "transcript" string without the trailing
//                space. transcriptStart is the `{` of the first result (`result_index` belongs to the intro); the speaker
//                labels lie after the last paragraph and belong to the outro. A segment starts at the `{` of the result
//                whose first word is its first word, or INSIDE a transcript at its first word. Key `watson`.
//   Times: one clock for both files (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and
//   0.5-0.95 s when the same person goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 1.1 s; the B
//   words of a stretch spread over the time its A words took; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms
//   before the next). The pauses are drawn from a hash of the slug and the position: no randomness.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, F, K, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'dark-frame-052';
const WPS = 2.6, T0 = 1.1;
const two = (n) => String(n).padStart(2, '0');
const hmsm = (s) => { const ms = Math.round(s * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor((ms % 3600000) / 60000))}:${two(Math.floor((ms % 60000) / 1000))}.${String(ms % 1000).padStart(3, '0')}`; };
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- the words of both variants on one clock ------------------------------------------------------------------
// For each variant, every spoken word: { w, item, speaker, part, begin, end, seg }; the A words carry the clock, the B
// words of a part spread over the time its A words took. A `§` word remembers the mid segment after its paragraph, the
// first word of a paragraph the pending segment before it.
function wordsOf(variant) {
  const out = [];
  let t = T0, prev = null, pending = null;
  const midQueue = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { if (variant === 0) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const aParts = pick(item.text, 0).split(/\s*¶\s*/), vParts = pick(item.text, variant).split(/\s*¶\s*/);
    if (aParts.length !== vParts.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    aParts.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      part.split(/\s+/).filter(Boolean).filter((w) => w !== '§').forEach((w, j) => {
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      const list = vParts[pi].split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${vParts[pi].slice(0, 40)}`);
        const x = { w, item, speaker: item.speaker, part: `${k}/${pi}`, begin: begin + (j / list.length) * (t - begin) };
        if (raw.startsWith('§')) { x.mid = true; if (variant === 0) midQueue.push(x); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        out.push(x);
      });
    });
    prev = item;
  });
  if (variant === 0 && midQueue.length) throw new Error('a § mark without its mid segment');
  if (variant === 1) {
    // the B words get the mid segments in the order of their § marks
    const mids = SOURCE.filter((x) => x.seg && x.mid);
    out.filter((x) => x.mid).forEach((x, i) => { x.seg = mids[i]; });
  }
  out.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (out[i + 1]?.begin ?? Infinity) - 0.03); });
  return out;
}

// --- zoom.vtt -------------------------------------------------------------------------------------------------
const NAME = { [F]: 'Fenella Grant', [K]: 'Kayode Adebisi', [R]: 'iPhone de Rosalía' };
const zw = wordsOf(0);
for (const x of zw) if (/[{}|¦⟨⟩¶]/.test(x.w)) throw new Error(`a stray mark in: ${x.w}`);
const cues = [];
{
  let cur = null;
  const flush = () => { if (cur?.ws.length) cues.push(cur); cur = null; };
  zw.forEach((x, i) => {
    const merged = x.item.zmerge;
    if (merged && (x.seg || x.mid)) throw new Error('a merged reply cannot start a segment');
    if (!merged && (!cur || cur.part !== x.part)) { flush(); cur = { part: x.part, item: x.item, ws: [] }; }
    cur.ws.push(x);
    const next = zw[i + 1];
    if (merged) { if (!next || next.item !== x.item) flush(); return; }
    if (next?.item.zmerge) return;   // the reply joins this cue
    const n = cur.ws.length;
    if ((/[.?!]$/.test(x.w) && n >= 12) || (/,$/.test(x.w) && n >= 30) || n >= 40) flush();
  });
  flush();
}
// A mid segment's first word starts a cue only by chance; else the `§` stays inside the cue's text.
const ZSRC = [];
cues.forEach((c, ci) => {
  const counts = new Map();
  for (const x of c.ws) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const first = c.ws[0];
  if (first.seg && !first.seg.mid) ZSRC.push(first.seg);
  let text = '';
  let midSeg = null;
  c.ws.forEach((x, j) => {
    if (j && x.seg && !x.seg.mid) throw new Error(`segment ${x.seg.title} starts inside a cue`);
    if (x.seg?.mid) { if (j === 0) ZSRC.push({ ...x.seg, mid: false }); else { text += (text ? ' ' : '') + '§'; midSeg = x.seg; text += x.w; return; } }
    text += (text ? ' ' : '') + x.w;
  });
  text = text.replace(/§ /g, '§');
  ZSRC.push({ speaker: sorted[0][0], amb: sorted.length > 1 || undefined, text, name: c.item.zlab ?? NAME[c.item.speaker], begin: first.begin, end: c.ws.at(-1).end });
  if (midSeg) ZSRC.push(midSeg);
});
const zoom = render(ZSRC, {
  header: 'WEBVTT\n\n', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${i + 1}\n${hmsm(p.begin)} --> ${hmsm(p.end)}\n${p.name}: `,
  words: (i, p) => p.text,
});
if (zoom.segments.length !== SEGS) throw new Error('zoom segment count');
if (/[§¶⟨⟩{}|]/.test(zoom.text)) throw new Error('a mark in zoom.vtt');

// --- watson.json ----------------------------------------------------------------------------------------------
const NUM = { [F]: 0, [K]: 1, [R]: 2 };
const KEEP = new Set(['I', "I'm", "I'd", "I've", "I'll", 'Scotland', 'London', 'Britain', 'Spain', 'Spanish', 'Europe', 'Germany', 'Belgium', 'Sweden', 'China', 'Chile', 'Mexico', 'Kent', 'Galloway', 'Extremadura', 'Windows', 'Linux', 'Hubble', 'Orion', 'Andromeda', 'Earth', 'May', 'October', 'French', 'PhD', 'UK', 'API', '%HESITATION']);
const ww = wordsOf(1);
for (const x of ww) {
  if (/[{}|¦⟨⟩¶’‘"\\\u0080-\uffff]/.test(x.w)) throw new Error(`a stray mark, quote or non-ASCII character in: ${x.w}`);
  const letter = /^([A-Z])\.([^A-Za-z0-9]*)$/.exec(x.w);   // a spelled-out letter keeps its stop
  x.stop = letter ? /[.?!]/.test(letter[2]) : /[.?!]$/.test(x.w);
  const core = letter ? `${letter[1]}.` : x.w.replace(/^[^A-Za-z0-9%]+|[^A-Za-z0-9%]+$/g, '');
  if (!core) throw new Error(`a word without letters: ${x.w}`);
  x.w = KEEP.has(core) || /^[A-Z]\.$/.test(core) ? core : core.toLowerCase();
}
const wres = [];
{
  let cur = [];
  ww.forEach((x, i) => {
    cur.push(x);
    const next = ww[i + 1];
    const gap = next ? next.begin - x.end : Infinity;
    if (!next || gap >= 0.8 || (x.stop && cur.length >= 30)) { wres.push(cur); cur = []; }
  });
}
const c2 = (s) => Math.round(s * 100) / 100;
const wdoc = {
  result_index: 0,
  results: wres.map((ws, ri) => ({
    alternatives: [{
      timestamps: ws.map((x) => [x.w, c2(x.begin), c2(Math.max(x.end, x.begin + 0.01))]),
      confidence: Math.round((0.78 + unit(`${SLUG}/conf/${ri}`) * 0.2) * 1000) / 1000,
      transcript: ws.map((x) => x.w).join(' ') + ' ',
    }],
    final: true,
  })),
  speaker_labels: ww.map((x, i) => ({ from: c2(x.begin), to: c2(Math.max(x.end, x.begin + 0.01)), speaker: x.item.wspk ?? NUM[x.speaker], confidence: Math.round((0.3 + unit(`${SLUG}/spk/${i}`) * 0.6) * 1000) / 1000, final: i === ww.length - 1 })),
};
// Python writes a whole float as 1.0: every time and confidence is a float.
const wj = JSON.stringify(wdoc, null, 2)
  .replace(/^( {14})(\d+)(,?)$/gm, '$1$2.0$3')
  .replace(/("(?:from|to|confidence)": )(\d+)(,?)$/gm, '$1$2.0$3');
if (/[^\x00-\x7f]/.test(wj)) throw new Error('watson.json must be ASCII');
const wParas = [];
const objAt = [];
{
  let cursor = wj.indexOf('\n  "results": [');
  if (cursor < 0) throw new Error('no results');
  wres.forEach((ws, ri) => {
    const open = wj.indexOf('\n    {\n      "alternatives": [', cursor) + 5;
    const key = '"transcript": "';
    const at = wj.indexOf(key, open) + key.length;
    const body = wdoc.results[ri].alternatives[0].transcript.slice(0, -1);
    if (JSON.stringify(body) !== `"${body}"`) throw new Error('a transcript that JSON escapes');
    if (open < 5 || wj.slice(at, at + body.length + 2) !== `${body} "`) throw new Error(`result ${ri} not where expected`);
    objAt.push(open);
    const counts = new Map();
    for (const x of ws) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error(`result ${ri} holds two voices equally: ${body}`);
    const para = { start: at, end: at + body.length, speaker: sorted[0][0] };
    if (sorted.length > 1) para.ambiguous = true;
    wParas.push(para);
    let pos = at;
    ws.forEach((x) => { x.pos = pos; pos += x.w.length + 1; });
    cursor = para.end;
  });
}
const wSegs = [];
wres.forEach((ws, ri) => ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = wSegs.length === 0 ? 0 : (j === 0 ? objAt[ri] : x.pos);
  if (wSegs.length) wSegs.at(-1).end = start;
  wSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
wSegs.at(-1).end = wj.length;
if (wSegs.length !== SEGS) throw new Error('watson segment count');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    astrophotography: ['astrophotographer', 'astrophotographers'],
    'smart telescope': ['smart telescope'],
    'Seestar S50': ['Seestar', 'sea star', 'S50', 'S. 50'],
    ZWO: ['ZWO', 'Z. W. O.'],
    'live stacking': ['stacks them live'],
    stacking: ['stacking', 'stacks'],
    DwarfLab: ['DwarfLab', 'dwarf lab', 'Dwarf'],
    Vaonis: ['Vaonis', 'vay on is'],
    Stellina: ['Stellina'],
    Vespera: ['Vespera', 'Vespa'],
    Unistellar: ['Unistellar', 'uni stellar'],
    eVscope: ['eVscope', 'E. V. scope'],
    'alt-azimuth mount': ['alt azimuth'],
    'field rotation': ['field rotates'],
    'equatorial mount': ['equatorial'],
    firmware: ['firmware'],
    FITS: ['FITS'],
    'polar alignment': ['polar alignment'],
    'remote observatory': ['remote observatory'],
    'roll-off roof': ['roll off roofs', 'roll off roof'],
    ASCOM: ['ASCOM', 'ask com'],
    COM: ['COM'],
    Windows: ['Windows'],
    'ASCOM Alpaca': ['Alpaca'],
    'REST API': ['REST API'],
    JSON: ['JSON', 'jason'],
    INDI: ['INDI', 'indie'],
    Linux: ['Linux'],
    KStars: ['KStars', 'K Stars', 'K. stars'],
    Ekos: ['Ekos', 'echoes'],
    StellarMate: ['StellarMate', 'stellar mate'],
    'Raspberry Pi': ['Raspberry Pi'],
    ASIAIR: ['ASIAIR', 'A. S. I. air'],
    'N.I.N.A.': ['N.I.N.A.', 'NINA', "Nighttime Imaging 'N' Astronomy", "night time imaging n astronomy"],
    'open source': ['open source'],
    'plate solving': ['plate solving'],
    'astrometry.net': ['astrometry.net', 'astrometry dot net'],
    ASTAP: ['ASTAP', 'a step'],
    'meridian flip': ['meridian'],
    PHD2: ['PHD2', 'PhD 2'],
    guiding: ['guiding'],
    'periodic error': ['periodic error'],
    RMS: ['RMS', 'R. M. S.'],
    'cloud sensor': ['cloud sensor'],
    'infrared thermometer': ['infrared thermometer'],
    'rain sensor': ['rain sensor'],
    'weather station': ['weather station'],
    aurora: ['aurora'],
    'geomagnetic storm': ['geomagnetic storm'],
    G5: ['G5', 'G. 5'],
    'night mode': ['night mode'],
    'Tsuchinshan-ATLAS': ['Tsuchinshan-ATLAS', 'Suchinshan Atlas', 'such in shan atlas'],
    'Purple Mountain Observatory': ['Purple Mountain Observatory'],
    'ATLAS survey': ['ATLAS survey'],
    DeepSkyStacker: ['DeepSkyStacker', 'Deep Sky Stacker'],
    PixInsight: ['PixInsight', 'pix insight'],
    'comet alignment': ['comet alignment'],
    'comet mode': ['comet mode'],
    'anti-tail': ['anti tail'],
    Subvault: ['Subvault', 'sub vault'],
    'calibration frames': ['calibration frames'],
    'dark frames': ['darks'],
    'flat frames': ['flats'],
    'bias frames': ['bias frames'],
    'read noise': ['read noise'],
    Siril: ['Siril', 'cyril'],
    WBPP: ['WBPP', 'W. B. P. P.', 'weighted batch preprocessing'],
    XISF: ['XISF', 'X. I. S. F.'],
    BlurXTerminator: ['BlurXTerminator', 'blur X. terminator'],
    NoiseXTerminator: ['NoiseXTerminator', 'noise X. terminator'],
    StarXTerminator: ['StarXTerminator', 'star X. terminator'],
    AI: ['AI'],
    'neural network': ['neural networks', 'neural network'],
    deconvolution: ['deconvolution'],
    GraXpert: ['GraXpert', 'GraphXpert', 'grass expert'],
    Hubble: ['Hubble'],
    Starlink: ['Starlink', 'star link'],
    'pixel rejection': ['pixel rejection'],
    'sigma clipping': ['sigma clipping'],
    'Vera Rubin Observatory': ['Vera Rubin Observatory'],
    'BlueWalker 3': ['BlueWalker 3', 'blue walker 3'],
    'AST SpaceMobile': ['AST SpaceMobile', 'A. S. T. space mobile'],
    IAU: ['IAU', 'I. A. U.'],
    SpaceX: ['SpaceX'],
    'light pollution': ['light pollution'],
    'Bortle scale': ['Bortle', 'bottle scale'],
    'dark sky park': ['dark sky park'],
    'sky quality meter': ['sky quality meter'],
    LED: ['LEDs', 'LED'],
    'sodium lights': ['sodium lights'],
    'sky glow': ['sky glow'],
    'citizen science': ['citizen science'],
    'Globe at Night': ['Globe at Night'],
    'DarkSky International': ['DarkSky International', 'dark sky international', 'International Dark Sky Association'],
    'narrowband filter': ['narrowband'],
    'hydrogen-alpha': ['hydrogen-alpha', 'hydrogen alpha'],
    'Hubble palette': ['Hubble palette'],
    'dual-band filter': ['dual band filter'],
    'Optolong L-eXtreme': ['Optolong', 'opto long', 'L-eXtreme', 'L. extreme'],
    Telescopius: ['Telescopius', 'telescope E. us'],
    'Clear Outside': ['Clear Outside'],
    'First Light Optics': ['First Light Optics'],
    Stellarium: ['Stellarium'],
  },
  tolerated: [
    'Dark Frame', 'subvault.io', 'subvault.io/darkframe', 'darkframe.show', 'darkframe.show/52', 'Zoom', 'Fenella', 'Grant', 'Kayode', 'Adebisi', 'Rosalía', 'Rosalia', 'Pereyra',
    'Russell Croman', 'Croman', 'Kroman', 'Galloway', 'Galloway Forest', 'Galloway Forest Park', 'Scotland', 'London', 'south London', 'Peckham', 'Britain', 'UK', 'Extremadura', 'Spain',
    'Europe', 'Germany', 'Belgium', 'Sweden', 'China', 'Chile', 'Mexico', 'Kent', 'May', 'October', 'Andromeda Galaxy', 'Orion Nebula', 'Heart Nebula', 'Milky Way', 'Earth', 'sun',
    'night sky', 'software', 'insurance company', 'telescope', 'telescopes', 'observatory', 'control room', 'roof', 'internet', 'neighbor', 'neighbour', 'security light', 'fox',
    'exposures', 'exposure', 'comet', 'robots', 'camera', 'cameras', 'lens', 'filter', 'computer', 'mount', 'motorized mount', 'tripod', 'app', 'phone', 'galaxy', 'galaxies', 'noise',
    'pounds', 'latitude', 'wedge', 'tracking mount', 'raw frames', 'forum', 'autopilot', 'cables', 'focus', 'pictures', 'nebula', 'nebulae', 'piers', 'pier', 'clients', 'program',
    'focuser', 'filter wheel', 'driver', 'interface', 'network', 'imaging software', 'sequence', 'target', 'hydrogen filter', 'plate', 'catalog', 'arc minutes', 'arc second',
    'red torch', 'star chart', 'guide camera', 'corrections', 'gears', 'safety', 'rain', 'geomagnetic', 'phones', 'frames', 'sensor', 'color', 'rods', 'tail', 'stars', 'trails',
    'geometry', 'orbit', 'dust', 'loch', 'fence post', 'sponsor', 'gigabytes', 'laptop', 'backup', 'imaging computer', 'headers', 'processing', 'lights', 'temperature', 'vignetting',
    'pixels', 'euros', 'physicists', 'script', 'AI tools', 'atmosphere', 'optics', 'competitions', 'gradients', 'satellite', 'satellites', 'satellite trail', 'sunset', 'sunrise',
    'field of view', 'wide field lens', 'southern sky', 'test satellite', 'companies', 'dark and quiet sky', 'dark sky', 'parks', 'reserves', 'streetlights', 'councils', 'electricity',
    'blue light', 'constellation', 'filters', 'oxygen three', 'sulfur two', 'nanometers', 'color camera', 'starlight', 'floodlight', 'picks', 'website', 'forecast app', 'cloud',
    'astronomy shop', 'planetarium', 'plugin', 'timer', 'show notes', 'clear skies', 'magnitudes per square arc second', 'Milky Way',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Dark Frame', number: 52, recorded: '2024-11-14', title: 'Three people, one comet and a great deal of software' };
const gold = {
  _source: `Synthetic held-out episode written for heldout31 (/work/heldout31/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    zoom: { input: 'zoom.vtt', length: zoom.text.length, transcriptStart: zoom.transcriptStart, segments: zoom.segments, paragraphs: zoom.paragraphs },
    watson: { input: 'watson.json', length: wj.length, transcriptStart: objAt[0], segments: wSegs, paragraphs: wParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'zoom' ? zoom.text : wj;
  const said = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'zoom.vtt'), zoom.text);
writeFileSync(join(here, 'watson.json'), wj);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = zoom.segments.map((sg) => ({ title: sg.title.split(':')[0], n: zoom.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => zoom.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${zw.length} spoken words in zoom.vtt, ${mm(zw.at(-1).end)} long; zoom.vtt: ${cues.length} cues (${zoom.paragraphs.filter((p) => p.ambiguous).length} with two voices); watson.json: ${wres.length} results (${wParas.filter((p) => p.ambiguous).length} with two voices, up to ${Math.max(...wres.map((w) => w.length))} words), ${ww.length} words\nsegments (zoom words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
