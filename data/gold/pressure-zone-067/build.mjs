// Builds Pressure Zone #67 (SYNTHETIC held-out episode, heldout31) from source.mjs: a two-host weekly DRINKING-WATER
// TECHNOLOGY news show (hosts Bernadette "Bernie" Quaye, who opens and closes it, and Lukas Ferenczi). Intro (the
// self-introductions, Gertie the chart recorder, and Bernie's rundown); American Water's cyberattack (Bernie; at a change of
// speaker, the presenter first); control screens on the internet (Lukas; MID-PARAGRAPH in his own paragraph, after his
// reaction); the lead service line inventories due today (Bernie; RAISED by Lukas BY NAME in a NEW paragraph of his own: no
// speaker change); the sponsor Curbstop (Bernie; MID-PARAGRAPH in her own paragraph, tied to a word of his); hydraulic
// models (Lukas; at a change of speaker, the presenter first, a WEAK cue); smart meters and leaks (Bernie; handed to her BY
// NAME, MID-PARAGRAPH, by Lukas); PFAS (Lukas; a NEW paragraph of his own: no speaker change, the presenter first); extras
// ("the overflow"): hydrant caps (Bernie; at a change of speaker, with the section's name), Vienna's spring water (Lukas;
// MID-PARAGRAPH in his own paragraph, after his reaction to hers); outro (Bernie; a NEW paragraph of her own).
//
// Renders
//   web.txt      the show's own transcript page, seed-like, built with the shared `splitWebParagraphs`, `webStamps` and
//                `render(…, { speechOnly: true })`, with the show's OWN header and footer: `mm:ss ` stamps on the episode's
//                clock, SURNAMES IN CAPITALS as labels (`QUAYE: `, `FERENCZI: `) on the first two paragraphs only, page
//                breaks inside long turns (`¦~` losing the continuation's first word, `¦` keeping it), paragraphs losing
//                their first word (`cut`), the spoken URLs dropped with the following punctuation, curly apostrophes. The A
//                of each {A|B}. Gold paragraphs are the text after the stamp (and label). transcriptStart is the first
//                stamp. Key `web`.
//   google.json  a Google Cloud Speech-to-Text result, as I remember the layout: the finished long-running operation
//                (`speech:longrunningrecognize`, v1, `enableAutomaticPunctuation`, `enableWordTimeOffsets`, speaker
//                diarization on with two speakers) as `operations.get` returns it, pretty-printed with two spaces, ASCII
//                only, no final newline: {"name", "metadata": {"@type": "type.googleapis.com/google.cloud.speech.v1.
//                LongRunningRecognizeMetadata", "progressPercent": 100, "startTime", "lastUpdateTime", "uri"}, "done":
//                true, "response": {"@type": "…LongRunningRecognizeResponse", "results": [{"alternatives": [{"transcript",
//                "confidence", "words": [{"startTime": "1.400s", "endTime": "1.700s", "word"}, …]}], "resultEndTime",
//                "languageCode": "en-us"}, …], "totalBilledTime"}}; times as protobuf Duration strings in SECONDS ("2s",
//                "1.400s"; word times in 100 ms steps). A result ends at a pause of 0.8 s or more, or at a sentence end once
//                it holds 40 words: so a short reply after a short pause runs on in the same result as the other host's
//                words (two voices: `ambiguous`, the speaker of most of its words). SPEAKERS ONLY AS NUMBERS, AND ONLY IN
//                THE LAST RESULT, which has no transcript and repeats EVERY WORD of the episode with its `speakerTag` (1:
//                Bernie, 2: Lukas; `tag` overrides). The B of each {A|B}. GOLD PARAGRAPHS are ONE PER RESULT with a
//                transcript: the contents of its "transcript" string. transcriptStart is the `{` of the first result:
//                everything before it belongs to the first segment, the intro; the last result (the speaker tags) lies
//                after the last paragraph and belongs to the outro. A segment starts at the `{` of the result whose first
//                word is its first word, or INSIDE a transcript at its first word. Key `google`.
//   Times: one clock for both files (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and
//   0.5-0.95 s when the same host goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 0.9 s; the B
//   words of a stretch spread over the time its A words took; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms
//   before the next). The pauses are drawn from a hash of the slug and the position: no randomness.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, B, L } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'pressure-zone-067';
const WPS = 2.6, T0 = 0.9;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
// A stretch's words: `¦` page breaks and `⟨⟩` URL marks are not words, `§` sticks to the word after it.
const tokens = (t) => t.replace(/[⟨⟩]/g, '').replace(/ ?¦~?/g, ' ').split(/\s+/).filter(Boolean).filter((w) => w !== '§');

// --- the clock: each paragraph's parts (split at ¶) and each A word's start ----------------------------------
const parts = new Map();       // source item -> [{ begin, dur }]
const wordTimes = [];          // source index -> start of each A word (for the web page's stamps)
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const times = [];
    const list = pick(item.text, 0).split(/\s*¶\s*/).map((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      tokens(part).forEach((w, j) => {
        times.push(t);
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      return { begin, dur: t - begin };
    });
    parts.set(item, list);
    wordTimes[k] = times;
    prev = item;
  });
}

// --- web.txt --------------------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0).replace(/\s*¶\s*/g, ' ') }));
for (const x of WSRC) if (!x.seg && /[{}|]/.test(x.text)) throw new Error(`a stray mark in: ${x.text.slice(0, 40)}`);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [B]: 'QUAYE', [L]: 'FERENCZI' };
const lastWord = wordTimes.filter(Boolean).at(-1).at(-1);
const web = render(WEB_SOURCE, {
  header: [
    'PRESSURE ZONE',
    'The computers, sensors and rules behind your tap water', '',
    'Home · Episodes · About · Newsletter', '',
    'Episode 67 · A model and a molecule',
    `Wednesday, 16 October 2024 · ${Math.round(lastWord / 60)} min · with Bernadette Quaye and Lukas Ferenczi`, '',
    'Full transcript',
    'This transcript was made by machine and corrected by the hosts. It may still contain errors.', '', '',
  ].join('\n'),
  footer: '\n\n← Episode 66 · Episode 68 →\nPressure Zone is an independent show. Nothing here is the view of any utility. Write to us: hello@pressurezone.fm',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [B, L].join()) throw new Error('the two labelled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- google.json ----------------------------------------------------------------------------------------------
const TAG = { [B]: 1, [L]: 2 };
const toks = [];
{
  let pending = null;
  const midQueue = [];
  SOURCE.forEach((item) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    const text = pick(item.text, 1).replace(/ ?¦~?/g, ' ');
    if (/[⟨⟩{}|~’‘"\\\u0080-\uffff]/.test(text.replace(/[§¶]/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const ps = text.split(/\s*¶\s*/), clock = parts.get(item);
    if (ps.length !== clock.length) throw new Error(`pauses differ between A and B in: ${text.slice(0, 40)}`);
    ps.forEach((part, pi) => {
      const list = part.split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
        const x = { w, item, speaker: item.speaker, begin: clock[pi].begin + (j / list.length) * clock[pi].dur };
        if (raw.startsWith('§')) midQueue.push(x);
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        toks.push(x);
      });
    });
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  toks.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (toks[i + 1]?.begin ?? Infinity) - 0.03); });
}
const gres = [];
{
  let cur = [];
  toks.forEach((x, i) => {
    cur.push(x);
    const next = toks[i + 1];
    const gap = next ? next.begin - x.end : Infinity;
    if (!next || gap >= 0.8 || (/[.?!]$/.test(x.w) && cur.length >= 40)) { gres.push(cur); cur = []; }
  });
}
const tenth = (s) => Math.round(s * 10) / 10;
const dur = (s) => { const ms = Math.round(s * 1000); return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(3)}s`; };
const results = gres.map((ws, ri) => ({
  alternatives: [{
    transcript: ws.map((x) => x.w).join(' '),
    confidence: Math.round((0.83 + unit(`${SLUG}/conf/${ri}`) * 0.14) * 1e4) / 1e4,
    words: ws.map((x) => ({ startTime: dur(tenth(x.begin)), endTime: dur(Math.max(tenth(x.end), tenth(x.begin) + 0.1)), word: x.w })),
  }],
  resultEndTime: dur(ws.at(-1).end + 0.12),
  languageCode: 'en-us',
}));
const lastEnd = toks.at(-1).end;
results.push({
  alternatives: [{
    words: toks.map((x) => ({ startTime: dur(tenth(x.begin)), endTime: dur(Math.max(tenth(x.end), tenth(x.begin) + 0.1)), word: x.w, speakerTag: x.item.tag ?? TAG[x.speaker] })),
  }],
  resultEndTime: dur(lastEnd + 0.12),
  languageCode: 'en-us',
});
const gdoc = {
  name: '6342978175081422367',
  metadata: {
    '@type': 'type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata',
    progressPercent: 100,
    startTime: '2024-10-17T03:12:41.503918Z',
    lastUpdateTime: '2024-10-17T03:16:09.271544Z',
    uri: 'gs://pressure-zone-audio/pz067-master.flac',
  },
  done: true,
  response: {
    '@type': 'type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse',
    results,
    totalBilledTime: `${Math.ceil(lastEnd + 2.4)}s`,
  },
};
const gj = JSON.stringify(gdoc, null, 2);
if (/[^\x00-\x7f]/.test(gj)) throw new Error('google.json must be ASCII');
const gParas = [];
const objAt = [];
{
  let cursor = gj.indexOf('\n    "results": [');
  if (cursor < 0) throw new Error('no results');
  gres.forEach((ws, ri) => {
    const open = gj.indexOf('\n      {\n        "alternatives": [', cursor) + 7;
    const key = '"transcript": "';
    const at = gj.indexOf(key, open) + key.length;
    const body = results[ri].alternatives[0].transcript;
    if (JSON.stringify(body) !== `"${body}"`) throw new Error('a transcript that JSON escapes');
    if (open < 7 || gj.slice(at, at + body.length + 1) !== `${body}"` || gj.slice(open, at).includes('"words"')) throw new Error(`result ${ri} not where expected`);
    objAt.push(open);
    const counts = new Map();
    for (const x of ws) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error(`result ${ri} holds two voices equally: ${body}`);
    const para = { start: at, end: at + body.length, speaker: sorted[0][0] };
    if (sorted.length > 1) para.ambiguous = true;
    gParas.push(para);
    let pos = at;
    ws.forEach((x) => { x.pos = pos; pos += x.w.length + 1; });
    cursor = para.end;
  });
}
const gSegs = [];
gres.forEach((ws, ri) => ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = gSegs.length === 0 ? 0 : (j === 0 ? objAt[ri] : x.pos);
  if (gSegs.length) gSegs.at(-1).end = start;
  gSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
gSegs.at(-1).end = gj.length;
if (gSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('google segment count');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    SCADA: ['SCADA'],
    'data historian': ['historian'],
    'chart recorder': ['chart recorder'],
    'operational technology': ['operational technology', 'OT'],
    'information technology': ['information technology'],
    'American Water': ['American Water'],
    cyberattack: ['cyberattack'],
    SEC: ['SEC'],
    '8-K filing': ['8-K', 'eight-K'],
    MyWater: ['MyWater', 'my water'],
    PLC: ['PLC', 'PLCs', "PLC's"],
    firewall: ['firewall'],
    ransomware: ['ransomware'],
    Unitronics: ['Unitronics', 'unit Tronics'],
    HMI: ['HMI'],
    CyberAv3ngers: ['CyberAv3ngers', 'Cyber Avengers'],
    'default password': ['default password'],
    EPA: ['EPA'],
    'EPA enforcement alert': ['enforcement alert'],
    'Safe Drinking Water Act': ['Safe Drinking Water Act'],
    'section 1433': ['section 1433', 'section fourteen thirty-three'],
    'risk and resilience assessment': ['risk and resilience assessments'],
    'emergency response plan': ['emergency response plans'],
    Shodan: ['Shodan', 'show Dan'],
    CISA: ['CISA', 'Sisa'],
    'service line': ['service line', 'service lines'],
    'lead service line': ['lead service lines', 'lead service line'],
    'service line inventory': ['inventory'],
    'Lead and Copper Rule Revisions': ['Lead and Copper Rule Revisions'],
    'Lead and Copper Rule Improvements': ['Lead and Copper Rule Improvements', 'LCRI', 'LCR I'],
    'predictive modelling': ['predictive modelling', 'predictive modeling'],
    BlueConduit: ['BlueConduit', 'blue conduit'],
    'action level': ['action level'],
    'Bipartisan Infrastructure Law': ['infrastructure law'],
    'Drinking Water Directive': ['Drinking Water Directive'],
    Curbstop: ['Curbstop', 'curb stop'],
    'valve exercising': ['valve exercising'],
    'hydrant flushing': ['hydrant flushing'],
    GPS: ['GPS'],
    GIS: ['GIS'],
    EPANET: ['EPANET', 'EPA net'],
    'hydraulic model': ['hydraulic models', 'hydraulic model'],
    'Open Water Analytics': ['Open Water Analytics'],
    calibration: ['calibration'],
    'pressure logger': ['pressure loggers'],
    'fire flow test': ['fire flow test'],
    WNTR: ['WNTR', 'W-N-T-R', 'winter', 'Water Network Tool for Resilience'],
    Python: ['Python'],
    'Sandia National Laboratories': ['Sandia National Laboratories', 'Sandia'],
    'digital twin': ['digital twins', 'digital twin'],
    AMI: ['AMI', 'advanced metering infrastructure'],
    'ultrasonic meter': ['ultrasonic'],
    'non-revenue water': ['non-revenue water'],
    'apparent losses': ['apparent losses'],
    'real losses': ['real losses'],
    'acoustic logger': ['acoustic loggers'],
    correlator: ['correlator'],
    ASTERRA: ['ASTERRA', 'Astera'],
    'L-band radar': ['L-band'],
    PFAS: ['PFAS', 'forever chemicals'],
    PFOA: ['PFOA', 'PFO a'],
    PFOS: ['PFOS', 'P FOS'],
    GenX: ['GenX', 'Gen X'],
    'hazard index': ['hazard index'],
    'granular activated carbon': ['granular activated carbon'],
    'ion exchange': ['ion exchange'],
    'reverse osmosis': ['reverse osmosis'],
    'supercritical water oxidation': ['supercritical water oxidation'],
    NFPA: ['NFPA', 'NF PA'],
    'NFPA 291': ['291', 'two ninety-one'],
    'fire hydrant': ['fire hydrants', 'hydrant'],
    'First Vienna Mountain Spring Pipeline': ['First Vienna Mountain Spring Pipeline', 'Mountain Spring Pipeline'],
    hydropower: ['hydropower'],
  },
  tolerated: [
    'Pressure Zone', 'pressurezone.fm', 'pressurezone.fm/67', 'pressure zone.fm/67', 'curbstop.app', 'curbstop.app/pressurezone', 'curbstop.app/pressure zone', 'hello@pressurezone.fm',
    'Bernie', 'Bernadette', 'Quaye', 'Lukas', 'Ferenczi', 'Gertie', 'California', 'Central Valley', 'Vienna', 'US', 'Pittsburgh', 'Aliquippa', 'Muleshoe', 'Texas', 'Arkansas City',
    'Kansas', 'Israel', 'Iran', "Iran's Revolutionary Guard", 'Revolutionary Guard', 'US government', 'Flint', 'Valencia', 'Europe', 'Alps', 'October', 'November', 'January', 'April',
    'May', 'Monday', 'IT', 'IT and OT', 'OT', 'control room', 'clearwell', 'red ink', 'paper chart', 'dashboards', 'network', 'water', 'wastewater', 'water utility', 'utility',
    'customer portal', 'billing', 'email', 'customer records', 'pump stations', 'pumps', 'screens', 'operators', 'drill', 'clipboards', 'plant', 'spring motor', 'pen', 'security team',
    'booster station', 'touchscreen', 'password', 'controllers', 'controller', 'water tank', 'tank', 'water treatment plant', 'manual operation', 'cybersecurity incident', 'login',
    'port', 'banner', 'internet', 'scan', 'main', 'galvanized', 'lead', 'tap cards', 'work orders', 'curb stop', 'model', 'magnet', 'photos', 'cat', 'parts per billion',
    'micrograms', 'infrastructure', 'field app', 'crews', 'phone', 'meter swaps', 'service line checks', 'photo', 'vault', 'spreadsheets', 'pipes', 'diameters', 'roughness',
    'curves', 'tanks', 'node', 'pressure', 'flow', 'chlorine', 'age of the water', 'solver', 'public domain', 'version 2.2', 'valves', 'hydrants', 'earthquake', 'power', 'sensors',
    'burst', 'vendor', 'dashboard', 'network cable', 'meters', 'radio network', 'toilet flapper', 'irrigation line', 'slab', 'letters', 'text message', 'theft', 'leaks', 'mains',
    'valve', 'satellite', 'radar', 'soil', 'listening stick', 'molecule', 'parts per trillion', 'labs', 'mixtures', 'treatment', 'carbon', 'short-chain', 'resins', 'concentrate',
    'carbon-fluorine bond', 'electrochemical', 'wells', 'board meeting', 'nanograms', 'overflow', 'dog', 'caps', 'bonnet', 'recommended practice', 'flow test', 'gallons', 'firefighter',
    'springs', 'gravity', 'pumping', 'turbines', 'electricity', 'finance department', 'leak', 'leak letters',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Pressure Zone', number: 67, recorded: '2024-10-16', title: 'A model and a molecule' };
const gold = {
  _source: `Synthetic held-out episode written for heldout31 (/work/heldout31/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    google: { input: 'google.json', length: gj.length, transcriptStart: objAt[0], segments: gSegs, paragraphs: gParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : gj;
  const said = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'google.json'), gj);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = web.segments.map((sg) => ({ title: sg.title.split(':')[0], n: web.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => web.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
console.log(`${per.reduce((a, b) => a + b.n, 0)} spoken words on web.txt, ${mmss(lastEnd)} long; google.json: ${gres.length} results (${gParas.filter((p) => p.ambiguous).length} with two voices, up to ${Math.max(...gres.map((w) => w.length))} words), ${toks.length} words\nsegments (web words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
