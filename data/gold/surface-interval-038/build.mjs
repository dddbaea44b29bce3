// Builds Surface Interval #38 (SYNTHETIC held-out episode, heldout30) from source.mjs: a PANEL of THREE about OCEAN
// ROBOTICS (the host Lowri Pritchard, who opens and closes it; the guests Joaquín Ferreyra and Hyun-woo Baek), with the
// topics handed around by name. Intro (the host's welcome and her introduction of both guests, their hellos, Tortuga on
// call, a promise of Boaty McBoatface); underwater gliders (Joaquín; handed to him BY NAME by Lowri at a change of
// speaker); Argo (Lowri; MID-PARAGRAPH in her own paragraph); talking underwater (Hyun-woo; asked for BY NAME by JOAQUÍN at
// a change of speaker); the sponsor Moonpool (Lowri; MID-PARAGRAPH in her own paragraph); the hobbyist's ROV (Hyun-woo;
// asked for BY NAME in a NEW paragraph of Lowri's right after her read: no speaker change); a robot in a hurricane
// (Joaquín; he raises it HIMSELF at a change of speaker, a WEAK cue on Hyun-woo's last words); mapping the seafloor and
// Boaty (Lowri; handed to her BY NAME, MID-PARAGRAPH, by HYUN-WOO); listening for whales (Hyun-woo; a NEW paragraph of his
// own right after his one-liner: no speaker change); outro (Lowri; at a change of speaker).
//
// Renders
//   captions.vtt       the WebVTT captions the show's editing tool exported, with the producer's speaker names as voice
//                      tags: `WEBVTT`, an empty line, then cues separated by an empty line, each a `hh:mm:ss.mmm -->
//                      hh:mm:ss.mmm` line and one or two lines of at most 42 characters, the first opening with `<v NAME>`
//                      (no closing tag); LF line ends, a final newline. A cue ends at a sentence end once it holds 8 words,
//                      or at 18 words, and never runs across a change of voice or a new paragraph; a `§` starts a new cue.
//                      The names as the producer typed them: `Lowri Pritchard`, `Joaquín Ferreyra`, `Hyunwoo Baek` (no
//                      hyphen). `voice` puts the wrong name on a paragraph's cues; `tail` adds a short reply to the end of
//                      the cue before it (two voices: `ambiguous`). Straight apostrophes, the A of each {A|B}, the URLs as
//                      written. Gold paragraphs are the cue texts after the voice tag (both lines). A segment starts at the
//                      first digit of its first cue's time line. transcriptStart is the first cue's time line. Key `vtt`.
//   speechmatics.json  a Speechmatics batch transcript (json-v2, diarization "speaker"), as the host's script saved it
//                      with Python's json.dump(…, indent=4) (four-space indentation, keys sorted, ASCII only, whole
//                      floats written `1.0`, no final newline), as I remember the layout: {"format": "2.9", "job":
//                      {"created_at", "data_name", "duration", "id"}, "metadata": {"created_at", "language_pack_info",
//                      "transcription_config", "type": "transcription"}, "results": [{"alternatives": [{"confidence",
//                      "content", "language": "en", "speaker"}], "end_time", "start_time", "type": "word"}, {"alternatives":
//                      [{…the punctuation mark…}], "attaches_to": "previous", "end_time", "is_eos", "start_time", "type":
//                      "punctuation"}, …]}: ONE RESULT PER WORD and one per punctuation mark, times in SECONDS; speakers as
//                      LABELS in order of first appearance (S1: Lowri, S2: Joaquín, S3: Hyun-woo), S4 for a line said away
//                      from the microphone (`flip`), UU for a line the diariser could not place (`uu`); `merge` gives a
//                      short reply the label of the paragraph after it. The B of each {A|B}. GOLD PARAGRAPHS are the RUNS of
//                      one label: from the first character of a run's first content string to the last character of its
//                      last one (the JSON between them included). transcriptStart is the `{` of the first result. A segment
//                      starts at the `{` of the result of its first word, at the start of a run or inside one. Key
//                      `speechmatics`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//   1.4 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next).
//   gold.json          offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                      unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captionCues, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, L, J, H } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'surface-interval-038';
const WPS = 2.6, T0 = 1.4;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.replace(/[⟨⟩]/g, '').split(/\s+/).filter(Boolean).filter((w) => w !== '§');
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const two = (n) => String(n).padStart(2, '0');
const vttTime = (s) => { const ms = Math.round(s * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor((ms % 3600000) / 60000))}:${two(Math.floor((ms % 60000) / 1000))}.${String(ms % 1000).padStart(3, '0')}`; };

// --- the clock: each paragraph starts and lasts as said (A words) -----------------------------------
const when = new Map();
{
  let t = T0, prev = null;
  for (const item of SOURCE) {
    if (item.seg) continue;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const n = tokens(pick(item.text, 0)).length;
    when.set(item, { begin: t, dur: n / WPS });
    t += n / WPS;
    prev = item;
  }
}

// --- captions.vtt -------------------------------------------------------------------------------
const VOICE = { [L]: 'Lowri Pritchard', [J]: 'Joaquín Ferreyra', [H]: 'Hyunwoo Baek' };
const seq = [];   // seg items and cues, in order
for (const item of SOURCE) {
  if (item.seg) { seq.push(item); continue; }
  const textA = pick(item.text, 0).replace(/[⟨⟩]/g, '');
  if (/[{}|¦¶~’‘]/.test(textA)) throw new Error(`a stray mark in: ${textA.slice(0, 40)}`);
  const { begin, dur } = when.get(item);
  const n = tokens(textA).length;
  if (item.tail) {
    const before = seq.at(-1);
    if (!before?.cue || before.item.speaker === item.speaker) throw new Error('a tail line must follow another voice\'s cue, inside one segment');
    before.lines[before.lines.length - 1] += ` ${textA}`;
    before.voices.set(item.speaker, (before.voices.get(item.speaker) ?? 0) + n);
    before.lastWord = begin + dur;
    continue;
  }
  const cues = captionCues(textA.replace(/\s+/g, ' ').trim(), { max: 42, sentenceWords: 8, maxWords: 18 });
  let w = 0;
  for (const c of cues) {
    seq.push({ cue: true, ...c, item, voices: new Map([[item.speaker, c.words]]), begin: begin + (w / n) * dur, lastWord: begin + ((w + c.words - 1) / n) * dur });
    w += c.words;
  }
  if (w !== n) throw new Error(`caption word count in: ${textA.slice(0, 40)}`);
}
const cuesOut = seq.filter((x) => x.cue);
const trk = segmentTracker();
let vtt = 'WEBVTT\n\n';
const vParas = [];
let vStart = null;
cuesOut.forEach((c, i) => { c.i = i; });
for (const x of seq) {
  if (!x.cue) { trk.seg(x); continue; }
  const c = x, i = c.i;
  if (i) vtt += '\n\n';
  const at = vtt.length;
  if (vStart == null) vStart = at;
  if (c.segStart) trk.mark(at);
  trk.block(at);
  const stop = Math.min(c.lastWord + 0.5, (cuesOut[i + 1]?.begin ?? Infinity) - 0.04);
  vtt += `${vttTime(c.begin)} --> ${vttTime(stop)}\n<v ${c.item.voice ?? VOICE[c.item.speaker]}>`;
  const start = vtt.length;
  vtt += c.lines.join('\n');
  const counts = [...c.voices.entries()].sort((a, b) => b[1] - a[1]);
  const para = { start, end: vtt.length, speaker: counts[0][0] };
  if (counts.length > 1) para.ambiguous = true;
  vParas.push(para);
}
vtt += '\n';
trk.close(vtt.length);
const vSegs = trk.segments;
if (vSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('vtt segment count');
{ const bad = /[§⟨⟩{}|]/.exec(vtt); if (bad) throw new Error(`a mark in captions.vtt: ${vtt.slice(bad.index - 40, bad.index + 20)}`); }

// --- speechmatics.json --------------------------------------------------------------------------
const LABEL = { [L]: 'S1', [J]: 'S2', [H]: 'S3' };
const paraItems = SOURCE.filter((x) => !x.seg);
const labelOf = new Map();
paraItems.forEach((p, i) => {
  if (p.uu) labelOf.set(p, 'UU');
  else if (p.flip) labelOf.set(p, p.flip);
  else if (p.merge) {
    const next = paraItems[i + 1], before = paraItems[i - 1];
    if (!next || next.speaker === p.speaker || before?.speaker !== next.speaker) throw new Error('a merged reply must sit between two paragraphs of the other speaker');
    if (SOURCE[SOURCE.indexOf(p) + 1].seg) throw new Error('a merged reply before a segment start');
    labelOf.set(p, LABEL[next.speaker]);
  } else labelOf.set(p, LABEL[p.speaker]);
});
const toks = [];
{
  let t = T0, prev = null, pending = null;
  const midQueue = [];
  SOURCE.forEach((item) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = pick(item.text, 1);
    if (/[⟨⟩{}|¦¶~’‘"\\\u0080-\uffff]/.test(text.replace(/§/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    text.split(/\s+/).filter(Boolean).forEach((raw, j) => {
      const w = raw.replace('§', '');
      if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
      const x = { w, item, speaker: item.speaker, label: labelOf.get(item), begin: t };
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
const isSlip = (x) => x.item.text.includes(`|${x.w.replace(/[.,?!;:]+$/, '')}`) || new RegExp(`\\|[^{}|]*\\b${x.w.replace(/[.,?!;:]+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^{}|]*\\}`).test(x.item.text);
const sec = (s) => Math.round(s * 100) / 100;
const results = [];
toks.forEach((x, i) => {
  const m = /^(.*?)([.,?!;:]*)$/.exec(x.w);
  const core = m[1], punct = m[2].replace(/[;:]/g, ',').replace(/!/g, '.');
  const confidence = isSlip(x) ? 0.41 + Math.round(unit(`${SLUG}/slip/${i}`) * 45) / 100 : Math.min(1, 0.88 + Math.round(unit(`${SLUG}/conf/${i}`) * 14) / 100);
  x.result = results.length;
  results.push({ alternatives: [{ confidence, content: core, language: 'en', speaker: x.label }], end_time: sec(x.end), start_time: sec(x.begin), type: 'word' });
  for (const c of punct) results.push({ alternatives: [{ confidence: 1, content: c, language: 'en', speaker: x.label }], attaches_to: 'previous', end_time: sec(x.end), is_eos: c !== ',', start_time: sec(x.end), type: 'punctuation' });
});
const endAll = toks.at(-1).end + 1.9;
const doc = {
  format: '2.9',
  job: { created_at: '2024-10-15T21:03:44.518Z', data_name: 'surface-interval-038-final.mp3', duration: Math.ceil(endAll), id: hash(`${SLUG}/job`).slice(0, 10) },
  metadata: {
    created_at: '2024-10-15T21:06:12.907Z',
    language_pack_info: { adapted: false, itn: true, language_description: 'English', word_delimiter: ' ', writing_direction: 'left-to-right' },
    transcription_config: { diarization: 'speaker', language: 'en', operating_point: 'enhanced' },
    type: 'transcription',
  },
  results,
};
const sm = JSON.stringify(doc, null, 4).replace(/("(?:confidence|start_time|end_time)": )(\d+)(,?\n)/g, '$1$2.0$3');
if (/[^\x00-\x7f]/.test(sm)) throw new Error('speechmatics.json must be ASCII');
// Where every result object and its content string sit.
const resAt = [];
{
  let cursor = sm.indexOf('\n    "results": [');
  if (cursor < 0) throw new Error('no results');
  results.forEach((r, ri) => {
    const open = sm.indexOf('\n        {\n            "alternatives": [', cursor) + 9;
    const key = '"content": "';
    const at = sm.indexOf(key, open) + key.length;
    const c = r.alternatives[0].content;
    if (open < 9 || sm.slice(at, at + c.length + 1) !== `${c}"` || sm.slice(open, at).includes('"type"')) throw new Error(`result ${ri} not where expected`);
    resAt.push({ open, start: at, end: at + c.length });
    cursor = at + c.length;
  });
}
// Runs of one label are the gold paragraphs.
const sParas = [];
{
  let run = null;
  results.forEach((r, ri) => {
    const label = r.alternatives[0].speaker;
    if (!run || run.label !== label) { run = { label, first: ri, last: ri, counts: new Map() }; sParas.push(run); }
    run.last = ri;
  });
  for (const x of toks) { const run = sParas.find((p) => x.result >= p.first && x.result <= p.last); run.counts.set(x.speaker, (run.counts.get(x.speaker) ?? 0) + 1); }
}
const smParas = sParas.map((run) => {
  const counts = [...run.counts.entries()].sort((a, b) => b[1] - a[1]);
  const para = { start: resAt[run.first].start, end: resAt[run.last].end, speaker: counts[0][0] };
  if (counts.length > 1) para.ambiguous = true;
  return para;
});
const smSegs = [];
for (const x of toks) {
  if (!x.seg) continue;
  const start = smSegs.length === 0 ? 0 : resAt[x.result].open;
  if (smSegs.length) smSegs.at(-1).end = start;
  smSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}
smSegs.at(-1).end = sm.length;
if (smSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('speechmatics segment count');
const spokenSm = (p) => resAt.filter((r) => r.start >= p.start && r.end <= p.end).map((r) => sm.slice(r.start, r.end)).reduce((s, v) => (/[A-Za-z0-9]/.test(v) ? (s ? `${s} ${v}` : v) : s + v), '');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'underwater glider': ['underwater gliders', 'glider'],
    'buoyancy engine': ['buoyancy engine'],
    Slocum: ['Slocum', 'slow come'],
    'Teledyne Webb': ['Teledyne Webb'],
    Seaglider: ['Seaglider'],
    'University of Washington': ['University of Washington'],
    'Spray glider': ['the Spray'],
    Scripps: ['Scripps'],
    CTD: ['CTD'],
    salinity: ['salinity'],
    GPS: ['GPS'],
    Iridium: ['Iridium'],
    dockserver: ['dockserver'],
    'RU27 Scarlet Knight': ['Scarlet Knight', 'RU twenty-seven', 'RU 27'],
    Rutgers: ['Rutgers'],
    Argo: ['Argo'],
    'Argo float': ['Argo floats', 'float'],
    'global data centres': ['global data centres'],
    NetCDF: ['NetCDF', 'net CDF'],
    'Deep Argo': ['Deep Argo'],
    'BGC-Argo': ['BGC', 'biogeochemical'],
    Jason: ['Jason'],
    'acoustic modem': ['acoustic modem'],
    NATO: ['NATO'],
    JANUS: ['JANUS', 'Janice'],
    USBL: ['USBL', 'USB L', 'ultra-short baseline'],
    'dead reckoning': ['dead reckoning'],
    'inertial navigation': ['inertial unit'],
    'Doppler velocity log': ['Doppler velocity log', 'DVL'],
    AUV: ['AUVs', 'A UVs'],
    ROV: ['ROV', 'ROVs'],
    'work-class ROV': ['work-class ROV'],
    umbilical: ['umbilical'],
    'optical fibre': ['optical fibre', 'fibre cable'],
    Moonpool: ['Moonpool', 'Moon pool'],
    BlueROV2: ['BlueROV2', 'blue ROV 2'],
    'Blue Robotics': ['Blue Robotics'],
    ArduSub: ['ArduSub', 'ardu sub'],
    ArduPilot: ['ArduPilot'],
    QGroundControl: ['QGroundControl', 'Q ground control'],
    MAVLink: ['MAVLink', 'Mav link'],
    tether: ['tether'],
    'tether management system': ['tether management system'],
    'E/V Nautilus': ['Nautilus'],
    'Ocean Exploration Trust': ['Ocean Exploration Trust'],
    YouTube: ['YouTube'],
    'cabled ocean observatory': ['cabled ocean observatory', 'observatory'],
    NEPTUNE: ['NEPTUNE', 'Neptune'],
    Saildrone: ['Saildrone', 'sail drone'],
    NOAA: ['NOAA'],
    'Hurricane Sam': ['Hurricane Sam'],
    'Wave Glider': ['Wave Glider'],
    'Liquid Robotics': ['Liquid Robotics'],
    Boeing: ['Boeing'],
    'Seabed 2030': ['Seabed 2030', 'Seabed twenty thirty'],
    'Nippon Foundation': ['Nippon Foundation'],
    GEBCO: ['GEBCO', 'Gebco'],
    'multibeam echosounder': ['multibeam echosounder', 'multibeam'],
    echosounder: ['echosounder'],
    'crowdsourced bathymetry': ['crowdsourcing'],
    'Boaty McBoatface': ['Boaty McBoatface', 'Boaty Mcboatface', 'Boaty'],
    'Natural Environment Research Council': ['Natural Environment Research Council'],
    'RRS Sir David Attenborough': ['Sir David Attenborough'],
    'Autosub Long Range': ['Autosub Long Range', 'auto sub Long Range'],
    'National Oceanography Centre': ['National Oceanography Centre'],
    hydrophone: ['hydrophones', 'hydrophone'],
    'passive acoustic monitoring': ['passive acoustic monitoring'],
    'machine learning': ['machine learning'],
    spectrogram: ['spectrogram'],
    Google: ['Google'],
    Orcasound: ['Orcasound', 'orca sound'],
    'Whale Safe': ['Whale Safe'],
    'ship strikes': ['ship strikes'],
  },
  tolerated: [
    'Surface Interval', 'moonpool.io', 'moonpool.io/surface', 'surfaceinterval.fm', 'surfaceinterval.fm/38', 'Lowri', 'Joaquín', 'Joaquin', 'Hyun-woo', 'Tortuga', 'Plymouth',
    'Palma de Mallorca', 'Mallorca', 'Victoria', 'British Columbia', 'Algeria', 'Atlantic', 'New Jersey', 'Spain', 'France', 'US', 'Mars', 'California', 'Hawaii', 'Salish Sea',
    'Santa Barbara Channel', 'Vancouver Island', 'Southern Ocean', 'Orkney Passage', 'Southampton', 'Joshua Slocum', 'Jason and the Argonauts', 'Hola', 'Gracias', 'Buenas noches',
    'robots', 'robot', 'sea', 'ocean', 'oceanography', 'seafloor', 'sea floor', 'seawater', 'propeller', 'wings', 'pump', 'oil', 'reservoir', 'hull', 'bladder', 'dive', 'sawtooth',
    'oxygen', 'chlorophyll', 'nitrate', 'pH', 'temperature', 'depth', 'conductivity', 'sensors', 'satellite', 'satellite phone', 'server', 'barnacles', 'trawler', 'fishing boats',
    'net', 'tubes', 'currents', 'profile', 'profiles', 'heat', 'radio', 'light', 'lasers', 'sound', 'kilobits', 'bits a second', 'transducer', 'receivers', 'seabed', 'position',
    'cable', 'video', 'gigabits', 'ship', 'ships', 'research vessels', 'cruise', 'station', 'hard drive', 'gangway', 'drone', 'thrusters', 'camera', 'lights', 'housings', 'arms',
    'sample drawers', 'laptop', 'ground station', 'firmware', 'submarines', 'stubby squid', 'nodes', 'cameras', 'surface drones', 'wing', 'solar panels', 'hurricane', 'category four',
    'hurricane season', 'hurricane wing', 'forecasts', 'satellites', 'planes', 'models', 'surfboard', 'fins', 'fuel', 'maps', 'yachts', 'polar ship', 'yellow submarine', 'whales',
    'humpback', 'killer whales', 'blue whale', 'fin whale', 'buoy', 'earthquakes', 'rain', 'knots', 'waypoint', 'batteries', 'ocean floor', 'sonar', 'bottom water', 'winds',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Surface Interval', number: 38, recorded: '2024-10-15', title: 'From the surface down, and Boaty' };
const gold = {
  _source: `Synthetic held-out episode written for heldout30 (/work/heldout30/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    vtt: { input: 'captions.vtt', length: vtt.length, transcriptStart: vStart, segments: vSegs, paragraphs: vParas },
    speechmatics: { input: 'speechmatics.json', length: sm.length, transcriptStart: resAt[0].open, segments: smSegs, paragraphs: smParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const said = f.paragraphs.map((p) => (key === 'vtt' ? vtt.slice(p.start, p.end) : spokenSm(p))).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'captions.vtt'), vtt);
writeFileSync(join(here, 'speechmatics.json'), sm);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = [];
SOURCE.forEach((x) => { if (x.seg) per.push({ title: x.title.split(':')[0], n: 0 }); else { const t = pick(x.text, 0).split('§'); per.at(-1).n += tokens(t[0]).length; if (t[1] != null) per.push({ carry: tokens(t[1]).length }); } });
const segWords = [];
for (const p of per) { if (p.carry != null) { segWords.carry = p.carry; continue; } if (segWords.carry) { p.n += segWords.carry; segWords.carry = 0; } segWords.push(p); }
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${segWords.reduce((a, b) => a + b.n, 0)} spoken words, ${mm(toks.at(-1).end)} long; captions.vtt: ${cuesOut.filter((c) => c.lines).length} cues; speechmatics.json: ${results.length} results, ${smParas.length} runs (${smParas.filter((p) => p.ambiguous).length} with two voices)\nsegments (words): ${segWords.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
