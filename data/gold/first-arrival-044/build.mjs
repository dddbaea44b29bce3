// Builds First Arrival #44 (SYNTHETIC held-out episode, heldout29) from source.mjs: a THREE-co-host PANEL about
// SEISMOLOGY SOFTWARE and earthquake monitoring (Anahera Tipene, who opens and closes it; Dario Ferraresi; Grady
// Tillotson), with the topics handed around by name. Intro (three self-introductions, Grady's buses at five past three);
// Campi Flegrei (Dario; handed to him BY NAME by Anahera at a change of speaker); the Raspberry Shake and Myanmar (Grady;
// asked for BY NAME, MID-PARAGRAPH, by Dario in his own paragraph); national networks (Anahera; asked for BY NAME by Grady
// in a NEW paragraph of his own: no speaker change, unlabeled in labeled.txt); machine-learning pickers (Dario; he raises it HIMSELF at a change of speaker, a WEAK cue on
// Anahera's last words); the sponsor Stationkeep (Anahera; MID-PARAGRAPH in her own paragraph); induced earthquakes in
// Oklahoma (Grady; asked for BY NAME in a NEW paragraph of Anahera's right after her read: no speaker change, an unlabeled
// line in labeled.txt); early warning (Anahera; handed to her BY NAME, MID-PARAGRAPH, by Grady at the end of his own
// topic); fibre-optic sensing (Dario; a NEW paragraph of his own right after his one-liner: no speaker change, unlabeled in
// labeled.txt); outro (Anahera; opened MID-PARAGRAPH by GRADY, who owes them the bus story).
//
// Renders
//   labeled.txt   the show's own transcript: one paragraph a line, the speaker's FIRST NAME as label (`Anahera: `,
//                 `Dario: `, `Grady: `) on the FIRST line of every turn, NO label on a line that continues a turn (a pause,
//                 `¶`, or a new paragraph of the same speaker); two label TYPOS (`Anahara:`, `Daro:`) and ONE WRONG name
//                 (`lab`: Grady's "Including mine at five past three." under `Dario:`); straight apostrophes, fillers kept
//                 ("Um"), the URLs as written; no header, a final newline. The A of each {A|B}. Gold paragraphs are the
//                 text after the label (the whole line where there is none). Key `labeled`.
//   azure.json    the result file of an Azure AI Speech BATCH transcription (diarization on, no word-level timestamps) as
//                 downloaded from the job's files, as I remember the layout, pretty-printed with two spaces (the same text
//                 as JSON.stringify(doc, null, 2) here; ASCII only), no final newline: {"source", "timestamp",
//                 "durationInTicks", "duration", "combinedRecognizedPhrases": [{"channel", "lexical", "itn", "maskedITN",
//                 "display"}], "recognizedPhrases": [{"recognitionStatus": "Success", "channel": 0, "speaker", "offset",
//                 "duration", "offsetInTicks", "durationInTicks", "nBest": [{"confidence", "lexical", "itn", "maskedITN",
//                 "display"}]}, …]}; offsets and durations as ISO 8601 durations ("PT1M43.52S") and in ticks of 100 ns;
//                 speakers ONLY as NUMBERS in order of first appearance (1: Anahera, 2: Dario, 3: Grady); `lexical` in lower
//                 case with numbers as words, `itn` and `maskedITN` in lower case with digits, `display` punctuated and
//                 cased. A phrase ends at every paragraph end (unless `merge`), at every pause (`¶`), and inside a long
//                 paragraph at the first sentence end once it holds 26 words. `merge` runs a short line said over the other
//                 speaker into the next phrase (two voices: `ambiguous`); `flip: N` gives a paragraph's phrases the number
//                 N. The B of each {A|B}. GOLD PARAGRAPHS are ONE PER PHRASE: the contents of its "display" string (inside
//                 the quotes). transcriptStart is the `{` of the first phrase: everything before it (the job fields and
//                 the whole episode as one combined phrase, in four forms) belongs to the first segment. A segment starts
//                 at the `{` of the phrase whose first word is its first word, or INSIDE a phrase's display text at its
//                 first word. Key `azure`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph or after a
//   pause, from 0.9 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, A, D, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'first-arrival-044';
const WPS = 2.6, T0 = 0.9;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const hash = (s) => createHash('sha1').update(s).digest('hex');

// --- labeled.txt ----------------------------------------------------------------------------------
const NAME = { [A]: 'Anahera', [D]: 'Dario', [G]: 'Grady' };
const LSRC = [];
{
  let prev = null;
  for (const x of SOURCE) {
    if (x.seg) { LSRC.push(x); continue; }
    const text = pick(x.text, 0).replace(/[⟨⟩]/g, '');
    if (/[{}|¦~’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
    text.split(/\s*¶\s*/).forEach((part, j) => LSRC.push({ ...x, text: part.trim(), turnStart: j === 0 && prev?.speaker !== x.speaker }));
    prev = x;
  }
}
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => (p.turnStart ? `${p.lab ?? NAME[p.speaker]}: ` : ''),
  words: (i, p) => p.text,
});
if (/[¶§⟨⟩{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');
if (SOURCE.some((x) => x.lab && !LSRC.find((p) => p.lab === x.lab && p.turnStart))) throw new Error('a lab on a line without a label');

// --- azure.json -----------------------------------------------------------------------------------
const SPK = { [A]: 1, [D]: 2, [G]: 3 };
const toks = [];
{
  let t = T0, prev = null, pending = null;
  const midQueue = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = pick(item.text, 1);
    if (/[⟨⟩{}|¦~’‘"\\\u0080-\uffff]/.test(text.replace(/[§¶]/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const parts = text.split(/\s*¶\s*/);
    parts.forEach((part, pi) => {
      if (pi) t += 0.4;
      const list = part.split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '').replace(/[;:]$/, ',').replace(/!$/, '.');
        if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
        const x = { w, k, item, speaker: item.speaker, begin: t, last: j === list.length - 1, pause: pi < parts.length - 1 };
        if (raw.startsWith('§')) midQueue.push(x);
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        toks.push(x);
        t += 1 / WPS;
      });
    });
    prev = item;
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  toks.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (toks[i + 1]?.begin ?? Infinity) - 0.03); });
}
const phrases = [];
{
  let cur = [];
  toks.forEach((x, i) => {
    const next = toks[i + 1];
    cur.push(x);
    const sentenceEnd = /[.?]$/.test(x.w);
    if (x.last && x.pause) { phrases.push(cur); cur = []; return; }
    if (x.last) {
      if (x.item.merge) {
        if (!next || next.speaker === x.speaker) throw new Error('a merged line must be followed by another speaker');
        if (next.seg) throw new Error('a merged line before a segment start');
        return;
      }
      phrases.push(cur); cur = []; return;
    }
    if (sentenceEnd && cur.length >= 26) { phrases.push(cur); cur = []; }
  });
  if (cur.length) phrases.push(cur);
}
// Numbers as words, for the lexical form.
const ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };
const under100 = (n) => (n < 20 ? ONES[n] : TENS[Math.floor(n / 10)] + (n % 10 ? ` ${ONES[n % 10]}` : ''));
const cardinal = (n) => {
  if (n < 100) return under100(n);
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${under100(n % 100)}` : ''}`;
  if (n < 1e6) return `${cardinal(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${cardinal(n % 1000)}` : ''}`;
  return `${cardinal(Math.floor(n / 1e6))} million${n % 1e6 ? ` ${cardinal(n % 1e6)}` : ''}`;
};
const year = (n) => (n >= 2000 && n < 2010 ? cardinal(n) : `${under100(Math.floor(n / 100))} ${n % 100 < 10 ? `oh ${ONES[n % 100]}` : under100(n % 100)}`);
const spoken = (w) => {
  if (w === '3:05' || w === '305') return 'three oh five';
  let m;
  if ((m = /^(\d+)s$/.exec(w))) return cardinal(+m[1]).replace(/y$/, 'ie') + 's';
  if ((m = /^(\d+)(st|nd|rd|th)$/.exec(w))) { const c = cardinal(+m[1]).split(' '); const last = c.pop(); return [...c, ORD[last] ?? (last.endsWith('y') ? last.slice(0, -1) + 'ieth' : last + 'th')].join(' '); }
  if ((m = /^(\d+)\.(\d+)$/.exec(w))) return `${cardinal(+m[1])} point ${[...m[2]].map((d) => ONES[+d]).join(' ')}`;
  if (/^\d{1,3}(,\d{3})+$/.test(w)) return cardinal(+w.replace(/,/g, ''));
  if (/^\d{4}$/.test(w) && +w >= 1100 && +w < 2100) return year(+w);
  if (/^\d+$/.test(w)) return cardinal(+w);
  return w;
};
const bare = (w) => w.replace(/[.,?]+$/, '').toLowerCase();
const lexical = (ws) => ws.map((x) => spoken(bare(x.w))).join(' ');
const itn = (ws) => ws.map((x) => bare(x.w)).join(' ');
const display = (ws) => ws.map((x) => x.w).join(' ');
const ticks = (s) => Math.round(s * 1e4) * 1000;
const iso = (s) => {
  const cs = Math.round(s * 100);
  const h = Math.floor(cs / 360000), m = Math.floor((cs % 360000) / 6000), sec = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || (!h && !m) ? `${sec}S` : ''}`;
};
const phraseInfo = phrases.map((ws) => {
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const major = [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const flip = ws.find((x) => x.item.flip)?.item.flip;
  return { major, mixed: count.size > 1, speaker: flip ?? SPK[major] };
});
const slipShare = (ws) => ws.filter((x) => x.item.text.includes(`|${x.w.replace(/[.,?]+$/, '')}`)).length / ws.length;
const recognizedPhrases = phrases.map((ws, pi) => {
  const begin = ws[0].begin, end = ws.at(-1).end;
  const h = parseInt(hash(`${SLUG}/phrase/${pi}`).slice(0, 6), 16) / 0xffffff;
  const confidence = Math.round((0.955 - 0.3 * slipShare(ws) - 0.06 * h) * 1e7) / 1e7;
  return {
    recognitionStatus: 'Success', channel: 0, speaker: phraseInfo[pi].speaker,
    offset: iso(begin), duration: iso(end - begin), offsetInTicks: ticks(begin), durationInTicks: ticks(end) - ticks(begin),
    nBest: [{ confidence, lexical: lexical(ws), itn: itn(ws), maskedITN: itn(ws), display: display(ws) }],
  };
});
const endAll = toks.at(-1).end + 1.37;
const doc = {
  source: `https://stfirstarrival.blob.core.windows.net/episodes/fa044-final-mix.wav`,
  timestamp: '2025-04-09T21:47:12Z',
  durationInTicks: ticks(endAll),
  duration: iso(endAll),
  combinedRecognizedPhrases: [{ channel: 0, lexical: lexical(toks), itn: itn(toks), maskedITN: itn(toks), display: display(toks) }],
  recognizedPhrases,
};
const az = JSON.stringify(doc, null, 2);
if (/[^\x00-\x7f]/.test(az)) throw new Error('azure.json must be ASCII');
const zParas = [];
const objAt = [];
{
  let cursor = az.indexOf('\n  "recognizedPhrases": [');
  if (cursor < 0) throw new Error('no phrases');
  recognizedPhrases.forEach((ph, pi) => {
    const open = az.indexOf('\n    {\n      "recognitionStatus": ', cursor) + 5;
    const key = '"display": "';
    const at = az.indexOf(key, open);
    const text = ph.nBest[0].display;
    if (JSON.stringify(text) !== `"${text}"`) throw new Error('a display text that JSON escapes');
    const start = at + key.length;
    if (open < 5 || az.slice(start, start + text.length) !== text || az.slice(open, at).includes('"display"')) throw new Error(`phrase ${pi} not where expected`);
    objAt.push(open);
    const para = { start, end: start + text.length, speaker: phraseInfo[pi].major };
    if (phraseInfo[pi].mixed) para.ambiguous = true;
    zParas.push(para);
    let pos = start;
    phrases[pi].forEach((x) => { x.pos = pos; pos += x.w.length + 1; });
    cursor = para.end;
  });
}
const zSegs = [];
phrases.forEach((ws, pi) => ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = zSegs.length === 0 ? 0 : (j === 0 ? objAt[pi] : x.pos);
  if (zSegs.length) zSegs.at(-1).end = start;
  zSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
zSegs.at(-1).end = az.length;
if (zSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('azure segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    seismometer: ['seismometer'],
    'seismic network': ['seismic network', 'monitoring network'],
    'Campi Flegrei': ['Campi Flegrei', 'Campy Flegrei'],
    caldera: ['caldera'],
    bradyseism: ['bradyseism'],
    GNSS: ['GNSS'],
    tiltmeter: ['tiltmeters'],
    INGV: ['INGV'],
    'Osservatorio Vesuviano': ['Osservatorio Vesuviano'],
    'earthquake swarm': ['swarms'],
    waveform: ['waveforms', 'waveform'],
    magma: ['magma'],
    'Raspberry Shake': ['Raspberry Shake', 'the Shake'],
    'Raspberry Pi': ['Raspberry Pi'],
    geophone: ['geophone'],
    accelerometer: ['accelerometers', 'accelerometer'],
    'Wi-Fi': ['Wi-Fi'],
    'Sagaing Fault': ['Sagaing fault'],
    'P wave': ['P wave'],
    'S wave': ['S wave'],
    'shadow zone': ['shadow zone'],
    PKP: ['PKP'],
    'Earth\'s core': ["Earth's core"],
    'surface waves': ['surface waves'],
    Python: ['Python'],
    ObsPy: ['ObsPy', 'Ob spy'],
    miniSEED: ['miniSEED', 'mini seed'],
    SeedLink: ['SeedLink', 'seed link'],
    'broadband seismometer': ['broadband seismometer', 'broadband sensor'],
    'strong-motion accelerometer': ['strong-motion accelerometer'],
    borehole: ['borehole'],
    digitiser: ['digitiser'],
    GPS: ['GPS'],
    SeisComP: ['SeisComP', 'Seiscomp'],
    GFZ: ['GFZ'],
    'tsunami warning': ['tsunami warning'],
    'open source': ['open source'],
    'phase picking': ['picks the first arrivals', 'picks', 'picker'],
    'local magnitude': ['local magnitude'],
    'Richter scale': ["Richter's"],
    'moment magnitude': ['moment magnitude'],
    StationXML: ['StationXML', 'station XML'],
    'FDSN web services': ['FDSN web services', 'FD SN web services'],
    EarthScope: ['EarthScope', 'Earth scope'],
    IRIS: ['IRIS'],
    UNAVCO: ['UNAVCO', 'Unavco'],
    'STA/LTA': ['STA/LTA', 'STA LTA'],
    'deep learning': ['deep-learning'],
    PhaseNet: ['PhaseNet', 'Phase net'],
    Stanford: ['Stanford'],
    EQTransformer: ['EQTransformer', 'EQ transformer'],
    attention: ['attention'],
    'language model': ['language models'],
    STEAD: ['STEAD', 'Stead'],
    INSTANCE: ['INSTANCE', 'instance'],
    SeisBench: ['SeisBench', 'size bench'],
    PyTorch: ['PyTorch', 'pie torch'],
    'earthquake catalogue': ['catalogue'],
    'fine-tuning': ['fine-tune'],
    Stationkeep: ['Stationkeep', 'Station keep'],
    'data latency': ['data latency'],
    'induced seismicity': ['induced seismicity'],
    'wastewater injection': ['wastewater'],
    fracking: ['fracking'],
    'Arbuckle formation': ['Arbuckle'],
    'Oklahoma Corporation Commission': ['Oklahoma Corporation Commission'],
    'Groningen gas field': ['Groningen gas field'],
    'Preston New Road': ['Preston New Road'],
    Cuadrilla: ['Cuadrilla', 'Quadrilla'],
    'traffic-light system': ['traffic-light rule'],
    'earthquake early warning': ['early warning'],
    ShakeAlert: ['ShakeAlert', 'shake alert'],
    USGS: ['USGS'],
    'emergency alert system': ['emergency alert system'],
    MyShake: ['MyShake', 'my shake'],
    Android: ['Android'],
    Google: ['Google'],
    'blind zone': ['blind zone'],
    'distributed acoustic sensing': ['distributed acoustic sensing', 'DAS'],
    'fibre-optic cable': ['fibre-optic cable'],
    'dark fibre': ['dark fibre'],
    interrogator: ['interrogator'],
    laser: ['laser'],
    'Rayleigh backscatter': ['Rayleigh backscatter', 'Raleigh backscatter'],
    'submarine cable': ['submarine cable'],
    'Curie cable': ['Curie cable'],
    Caltech: ['Caltech'],
    polarisation: ['polarisation'],
    'machine learning': ['machine-learning'],
  },
  tolerated: [
    'First Arrival', 'stationkeep.io', 'stationkeep.io/firstarrival', 'firstarrival.fm', 'firstarrival.fm/44', 'Anahera', 'Dario', 'Grady', 'Wellington', 'Naples', 'Pozzuoli', 'Bagnoli',
    'Stillwater', 'Oklahoma', 'California', 'Colorado', 'Myanmar', 'Mandalay', 'Japan', 'New Zealand', 'Netherlands', 'England', 'United States', 'West Coast', 'Italy', 'Potsdam', 'Berkeley',
    'Indian Ocean', 'Kaikoura', 'Kaikura', 'Pawnee', 'Greek', 'Neapolitan', 'March', 'May', 'August', 'September', 'November', 'Friday', 'Saturday', 'Kia ora', 'Ciao', 'Grazie',
    'earthquake', 'earthquakes', 'fault', 'faults', 'rupture', 'slip', 'tides', 'magnitude', 'volcano', 'eruption', 'fluids', 'gas', 'rock', 'basement rock', 'old faults', 'pressure',
    'oil wells', 'oil', 'salty water', 'barrels', 'gas field', 'field', 'operators', 'three-oh-five fault', 'pep rally', 'buses', 'parking lot', 'pencil sharpener', 'classroom', 'school', 'gym',
    'batteries', 'solar panels', 'solar charge', 'battery voltage', 'possum', 'vault', 'bedrock', 'hill', 'cell', 'radio', 'satellite', 'links', 'data centre', 'archive', 'metadata', 'stations',
    'station', 'event', 'events', 'location', 'aftershock sequence', 'analysts', 'analyst', 'duty seismologist', 'automatic solution', 'amplitude', 'window', 'ratio', 'noise', 'image', 'models',
    'dataset', 'datasets', 'interface', 'research', 'paper', 'waveforms', 'stream', 'traces', 'plot', 'filter', 'arrival times', 'distance', 'phones', 'phone', 'servers', 'television', 'app',
    'emergency alert', 'light', 'glass', 'strain', 'cable', 'cables', 'seafloor', 'volcanoes', 'terabyte', 'scooters', 'cars', 'trains', 'footsteps', 'live map', 'network', 'enclosure',
    'logger', 'weather stations', 'river gauges', 'map', 'Python library', 'library', 'magnitude 4.6', 'Richter', 'local magnitudes', 'national system', 'spike', 'group chat', 'screenshot',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'First Arrival', number: 44, recorded: '2025-04-09', title: 'A rising caldera, a classroom seismometer, and cables that feel earthquakes' };
const gold = {
  _source: `Synthetic held-out episode written for heldout29 (/work/heldout29/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    azure: { input: 'azure.json', length: az.length, transcriptStart: objAt[0], segments: zSegs, paragraphs: zParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'labeled' ? labeled.text : az;
  const said = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'azure.json'), az);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = labeled.segments.map((sg) => ({ title: sg.title.split(':')[0], n: labeled.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => labeled.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const mm = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
console.log(`${per.reduce((a, b) => a + b.n, 0)} spoken words, ${mm(toks.at(-1).end)} long; labeled.txt: ${labeled.paragraphs.length} lines, ${LSRC.filter((x) => !x.seg && !x.turnStart).length} unlabeled; azure.json: ${phrases.length} phrases (${zParas.filter((p) => p.ambiguous).length} with two voices, ${phrases.filter((ws) => ws.some((x) => x.item.flip)).length} with another number)\nsegments (labeled words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
