// Builds Return Air #45 (SYNTHETIC held-out episode, heldout30) from source.mjs: a one-host one-guest INTERVIEW about
// BUILDING AUTOMATION, walking through one building from the roof to the basement (host Dov Rosenthal, guest Esperanza
// Villalobos). Intro (the host's welcome, the radiator, his introduction of the guest and the plan of the walk); the roof
// (Esperanza; the host's question at a change of speaker); the mechanical room (Esperanza; the host's cue in a NEW
// paragraph of his own right after his one-liner: no speaker change); Modbus and other languages (Esperanza; she raises it
// HERSELF, MID-PARAGRAPH, in her own paragraph); the front-end (Esperanza; the host's question at a change of speaker); the
// sponsor Punchwise (Dov; MID-PARAGRAPH in his own paragraph); point names and fault detection (Esperanza; the host's cue
// in a NEW paragraph of his own right after his read); security (Esperanza; she raises it HERSELF at a change of speaker, a
// WEAK cue on the host's last words); the basement (Esperanza; the host's cue MID-PARAGRAPH at the end of his reaction);
// advice (Esperanza; the host's question at a change of speaker); outro (Dov; at a change of speaker).
//
// Renders
//   labeled.txt   the show's own transcript: one line a paragraph, and a new line at every pause inside a turn (`¶`);
//                 every line opens with a `[hh:mm:ss] ` timestamp (the time of its first word on the episode's clock) and
//                 the speaker's FULL NAME as a label (`Dov Rosenthal: `, `Esperanza Villalobos: `), the label on EVERY line,
//                 also on a line that continues a turn; the transcriber's slips (`lab`): a stretch of three paragraphs with
//                 NO label (the timestamp kept), two label TYPOS (`Esperanza Villalobs:`, `Dov Rosenthall:`) and ONE WRONG
//                 name (Esperanza's Brick paragraph under `Dov Rosenthal:`). Straight apostrophes, fillers kept, the URLs
//                 as written; no header, LF line ends, a final newline. The A of each {A|B}. Gold paragraphs are the text
//                 after the label (after the timestamp where there is none). A segment starts at the `[` of its first
//                 line, or INSIDE a line at its first word. transcriptStart 0. Key `labeled`.
//   whisper.json  an OpenAI Whisper transcript (the audio transcriptions API, model whisper-1, response_format
//                 verbose_json), as the API sent it, as I remember the layout: JSON pretty-printed with two spaces, whole
//                 floats written `0.0`, ASCII only, no final newline: {"task": "transcribe", "language": "english",
//                 "duration", "text": …the whole episode…, "segments": [{"id", "seek", "start", "end", "text", "tokens":
//                 […], "temperature", "avg_logprob", "compression_ratio", "no_speech_prob"}, …]}; times in SECONDS; NO
//                 SPEAKERS. Every segment's text opens with a space. Whisper's segments follow the sound, not the
//                 speakers: a segment ends at a sentence end once it holds 9 words, at the end of a turn once it holds 5,
//                 at a comma once it holds 30, or at 42 words; so a short reply runs on into the next speaker's words
//                 (two voices: `ambiguous`, the speaker of most of its words). `seek` is the start of the 30-second window
//                 the segment was decoded in (in 10 ms frames), the tokens are the timestamp token, made-up text tokens
//                 (about 1.3 a word) and the closing timestamp token of that window. The B of each {A|B}. GOLD PARAGRAPHS
//                 are ONE PER SEGMENT: the contents of its "text" string after the leading space. transcriptStart is the
//                 `{` of the first segment: everything before it (the task, the language, the duration and the whole text)
//                 belongs to the first segment, the intro. A segment starts at the `{` of the Whisper segment whose first
//                 word is its first word, or INSIDE a segment's text at its first word. Key `whisper`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph or after a
//   pause, from 0.6 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, D, E } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'return-air-045';
const WPS = 2.6, T0 = 0.6;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.replace(/[⟨⟩¶]/g, ' ').split(/\s+/).filter(Boolean).filter((w) => w !== '§');
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const two = (n) => String(n).padStart(2, '0');
const hms = (s) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(Math.floor(s % 60))}`;

// --- the clock: each paragraph's parts (split at ¶) start and last as said (A words) ---------------
const parts = new Map();   // source item -> [{ begin, dur }]
{
  let t = T0, prev = null;
  for (const item of SOURCE) {
    if (item.seg) continue;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const list = pick(item.text, 0).split(/\s*¶\s*/).map((part, pi) => {
      if (pi) t += 0.4;
      const n = tokens(part).length;
      const x = { begin: t, dur: n / WPS };
      t += n / WPS;
      return x;
    });
    parts.set(item, list);
    prev = item;
  }
}

// --- labeled.txt ----------------------------------------------------------------------------------
const NAME = { [D]: 'Dov Rosenthal', [E]: 'Esperanza Villalobos' };
const LSRC = [];
for (const x of SOURCE) {
  if (x.seg) { LSRC.push(x); continue; }
  const text = pick(x.text, 0).replace(/[⟨⟩]/g, '');
  if (/[{}|¦~’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
  text.split(/\s*¶\s*/).forEach((part, j) => LSRC.push({ ...x, text: part.trim(), at: parts.get(x)[j].begin }));
}
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `[${hms(p.at)}] ${p.lab === null ? '' : `${p.lab ?? NAME[p.speaker]}: `}`,
  words: (i, p) => p.text,
});
if (/[¶§⟨⟩{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- whisper.json ---------------------------------------------------------------------------------
const toks = [];
{
  let pending = null;
  const midQueue = [];
  SOURCE.forEach((item) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    const text = pick(item.text, 1);
    if (/[⟨⟩{}|¦~’‘"\\\u0080-\uffff]/.test(text.replace(/[§¶]/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const ps = text.split(/\s*¶\s*/), clock = parts.get(item);
    if (ps.length !== clock.length) throw new Error(`pauses differ between A and B in: ${text.slice(0, 40)}`);
    ps.forEach((part, pi) => {
      const list = part.split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
        // the B words of a part spread over the time its A words took
        const x = { w, item, speaker: item.speaker, begin: clock[pi].begin + (j / list.length) * clock[pi].dur, turnEnd: false };
        if (raw.startsWith('§')) midQueue.push(x);
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        toks.push(x);
      });
    });
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  toks.forEach((x, i) => {
    const next = toks[i + 1];
    x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (next?.begin ?? Infinity) - 0.03);
    x.turnEnd = !next || next.speaker !== x.speaker;
  });
}
const wsegs = [];
{
  let cur = [];
  toks.forEach((x, i) => {
    cur.push(x);
    const sentenceEnd = /[.?!]$/.test(x.w);
    if (i === toks.length - 1 || (sentenceEnd && cur.length >= 9) || (x.turnEnd && sentenceEnd && cur.length >= 5) || (/,$/.test(x.w) && cur.length >= 30) || cur.length >= 42) { wsegs.push(cur); cur = []; }
  });
}
const r2 = (s) => Math.round(s * 50) / 50;   // Whisper's 20 ms timestamp resolution
const r = (s, d) => Math.round(s * 10 ** d) / 10 ** d;
let windowStart = 0;
const segments = wsegs.map((ws, si) => {
  const start = r2(ws[0].begin), end = r2(ws.at(-1).end + 0.1);
  if (end - windowStart > 30) windowStart = start;
  const text = ' ' + ws.map((x) => x.w).join(' ');
  const nText = Math.round(ws.length * 1.3);
  const tokensOut = [50365 + Math.round((start - windowStart) / 0.02)];
  for (let k = 0; k < nText; k++) tokensOut.push(220 + Math.floor(unit(`${SLUG}/tok/${si}/${k}`) * 50000));
  tokensOut.push(50365 + Math.round((end - windowStart) / 0.02));
  const fallback = unit(`${SLUG}/temp/${si}`) < 0.04;
  return {
    id: si, seek: Math.round(windowStart * 100), start, end, text, tokens: tokensOut,
    temperature: fallback ? 0.2 : 0,
    avg_logprob: -r(0.09 + unit(`${SLUG}/lp/${si}`) * 0.35 + (fallback ? 0.4 : 0), 4),
    compression_ratio: r(1.32 + unit(`${SLUG}/cr/${si}`) * 0.42, 4),
    no_speech_prob: r(0.0004 + unit(`${SLUG}/ns/${si}`) ** 3 * 0.09, 6),
  };
});
const doc = {
  task: 'transcribe',
  language: 'english',
  duration: r(toks.at(-1).end + 2.37, 2),
  text: segments.map((s) => s.text).join('').trim(),
  segments,
};
const wj = JSON.stringify(doc, null, 2).replace(/("(?:start|end|temperature|duration)": )(\d+)(,?\n)/g, '$1$2.0$3');
if (/[^\x00-\x7f]/.test(wj)) throw new Error('whisper.json must be ASCII');
if (/\de-\d/.test(wj)) throw new Error('a float in exponent form');
const wParas = [];
const objAt = [];
{
  let cursor = wj.indexOf('\n  "segments": [');
  if (cursor < 0) throw new Error('no segments');
  segments.forEach((s, si) => {
    const open = wj.indexOf('\n    {\n      "id": ', cursor) + 5;
    const key = '"text": " ';
    const at = wj.indexOf(key, open) + key.length;
    const body = s.text.slice(1);
    if (JSON.stringify(s.text) !== `"${s.text}"`) throw new Error('a text that JSON escapes');
    if (open < 5 || wj.slice(at, at + body.length + 1) !== `${body}"` || wj.slice(open, at).includes('"tokens"')) throw new Error(`segment ${si} not where expected`);
    objAt.push(open);
    const counts = new Map();
    for (const x of wsegs[si]) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const para = { start: at, end: at + body.length, speaker: sorted[0][0] };
    if (sorted.length > 1) para.ambiguous = true;
    wParas.push(para);
    let pos = at;
    wsegs[si].forEach((x) => { x.pos = pos; pos += x.w.length + 1; });
    cursor = para.end;
  });
}
const wSegs = [];
wsegs.forEach((ws, si) => ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = wSegs.length === 0 ? 0 : (j === 0 ? objAt[si] : x.pos);
  if (wSegs.length) wSegs.at(-1).end = start;
  wSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
wSegs.at(-1).end = wj.length;
if (wSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('whisper segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'building automation': ['building automation'],
    'steam heat': ['steam heat'],
    radiator: ['radiator'],
    thermostat: ['thermostat'],
    'open loop': ['open loop'],
    'air handler': ['air handlers', 'air handler'],
    'cooling coil': ['cooling coil'],
    'heating coil': ['heating coil'],
    damper: ['dampers', 'damper'],
    'VAV box': ['VAV'],
    'variable air volume': ['variable air volume'],
    'reheat coil': ['reheat coil'],
    economizer: ['economizer'],
    'CO2 sensor': ['CO2 sensors'],
    'sequence of operations': ['sequence of operations', 'sequences of operation'],
    ASHRAE: ['ASHRAE', 'Ashrae'],
    'ASHRAE Guideline 36': ['Guideline 36', 'Guideline thirty-six'],
    'trim and respond': ['trim and respond'],
    'DDC controller': ['DDC', 'direct digital control'],
    'PID loop': ['PID'],
    setpoint: ['setpoint'],
    'chilled water': ['chilled water', 'chilled-water'],
    hunting: ['hunting'],
    BACnet: ['BACnet', 'Backnet'],
    'ASHRAE 135': ['135', 'one thirty-five'],
    'analog input': ['analog input'],
    'binary output': ['binary output'],
    'present value': ['present value'],
    'Who-Is': ['Who-Is'],
    'I-Am': ['I-Am'],
    'BACnet/IP': ['over IP'],
    UDP: ['UDP'],
    'port 47808': ['47808', 'forty-seven eight oh eight'],
    'BACnet MS/TP': ['MS/TP', 'MSTP'],
    'RS-485': ['RS-485', 'RS 485'],
    'twisted pair': ['twisted pair'],
    'terminating resistor': ['terminating resistor'],
    'priority array': ['priority array'],
    Modbus: ['Modbus', 'Mod bus'],
    'variable frequency drive': ['variable frequency drives'],
    'power meter': ['power meters', 'power meter'],
    Modicon: ['Modicon'],
    register: ['registers'],
    'word order': ['word order', 'word-order'],
    gateway: ['gateway'],
    KNX: ['KNX', 'K and X'],
    LonWorks: ['LonWorks', 'Lon works'],
    'front-end': ['front-end'],
    'Niagara Framework': ['Niagara'],
    Tridium: ['Tridium', 'Tridion'],
    Honeywell: ['Honeywell'],
    JACE: ['JACE', 'Jace'],
    'Johnson Controls': ['Johnson Controls'],
    Metasys: ['Metasys', 'Metasis'],
    Siemens: ['Siemens'],
    Desigo: ['Desigo', 'Designo'],
    'vendor lock-in': ['lock-in'],
    'alarm management': ['alarm management'],
    'ISA 18.2': ['ISA 18.2', 'ISA eighteen point two'],
    Punchwise: ['Punchwise', 'Punch wise'],
    commissioning: ['commissioning', 'commissioned'],
    'functional tests': ['functional tests'],
    'point-to-point checkout': ['point-to-point checkout'],
    'punch list': ['punch list'],
    'Project Haystack': ['Project Haystack', 'Haystack'],
    tags: ['tags'],
    'Brick Schema': ['Brick Schema', 'Brick'],
    'semantic web': ['semantic web'],
    RDF: ['RDF'],
    ontology: ['ontologies'],
    'ASHRAE 223P': ['223P', 'two twenty-three P'],
    'fault detection and diagnostics': ['fault detection and diagnostics', 'FDD'],
    'trend data': ['trend data'],
    'simultaneous heating and cooling': ['simultaneous heating and cooling'],
    authentication: ['authentication'],
    Shodan: ['Shodan'],
    'Target breach': ['Target'],
    HVAC: ['HVAC'],
    'remote access': ['remote access'],
    segmentation: ['segmentation'],
    VLAN: ['VLANs', 'V lans'],
    firewall: ['firewall'],
    'BACnet Secure Connect': ['BACnet Secure Connect', 'Backnet Secure Connect'],
    'BACnet/SC': ['BACnet/SC', 'Backnet SC'],
    TLS: ['TLS'],
    certificates: ['certificates'],
    WebSockets: ['WebSockets'],
    chiller: ['chillers'],
    'centrifugal chiller': ['centrifugal chillers'],
    'cooling tower': ['cooling towers'],
    'heat exchanger': ['heat exchanger'],
    'central plant': ['central plant'],
    'thermal energy storage': ['thermal energy storage'],
    'demand response': ['demand response'],
    DeepMind: ['DeepMind', 'Deep Mind'],
    Google: ['Google'],
    'flow meter': ['flow meter'],
    YABE: ['YABE', 'Yabi', 'Yet Another BACnet Explorer', 'Yet Another Backnet Explorer'],
    Wireshark: ['Wireshark'],
    Python: ['Python'],
  },
  tolerated: [
    'Return Air', 'punchwise.com', 'punchwise.com/returnair', 'returnair.fm', 'returnair.fm/45', 'Dov', 'Esperanza', 'Rosenthal', 'Villalobos', 'Chicago', 'Phoenix', 'North America',
    'Europe', 'Obama administration', 'July', 'August', 'Friday', 'T-shirt', 'landlord', 'valve', 'valves', 'building', 'buildings', 'roof', 'hatch', 'basement', 'floor', 'floors',
    'campus', 'university', 'labs', 'offices', 'lecture rooms', 'fan', 'fans', 'filter bank', 'outside air', 'duct', 'ducts', 'zone', 'zones', 'room', 'rooms', 'pressure', 'resets',
    'mechanical engineer', 'controls contractor', 'controls tech', 'code', 'fan energy', 'mechanical room', 'controller', 'controllers', 'temperature sensors', 'inputs', 'outputs',
    'discharge air', 'loop', 'loops', 'pipes', 'pipe', 'stopwatch', 'objects', 'properties', 'services', 'broadcast', 'IP', 'wire', 'kilobits', 'trunk', 'service calls', 'operator',
    'pumps', 'kilowatts', 'factory controllers', 'float', 'sixteen-bit registers', 'PDF', 'lighting', 'blinds', 'lab exhaust controller', 'screen', 'graphic', 'graphics', 'schedules',
    'trends', 'alarms', 'supervisor', 'data centre', 'data centres', 'licences', 'freezer', 'filter alarms', 'process industry', 'refineries', 'log entry', 'tablet', 'photo',
    'spreadsheet', 'pilot', 'point names', 'points', 'graph', 'universities', 'air handlers', 'sensor', 'sensors', 'damper position', 'networks', 'packet', 'internet', 'country',
    'credentials', 'refrigeration company', 'payment systems', 'card numbers', 'casino', 'thermometer', 'fish tank', 'deans', 'modem', 'closet', 'hub', 'standard', 'products',
    'water', 'electricity', 'comfort', 'tanks', 'utility', 'megawatts', 'grid', 'AI', 'AI chiller optimiser', 'cooling energy', 'researchers', 'coil', 'test bench', 'data cleaning',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Return Air', number: 45, recorded: '2025-03-12', title: 'One building, from the roof to the basement' };
const gold = {
  _source: `Synthetic held-out episode written for heldout30 (/work/heldout30/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: 0, segments: labeled.segments, paragraphs: labeled.paragraphs },
    whisper: { input: 'whisper.json', length: wj.length, transcriptStart: objAt[0], segments: wSegs, paragraphs: wParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'labeled' ? labeled.text : wj;
  const said = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'whisper.json'), wj);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = labeled.segments.map((sg) => ({ title: sg.title.split(':')[0], n: labeled.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => labeled.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${per.reduce((a, b) => a + b.n, 0)} spoken words, ${mm(toks.at(-1).end)} long; labeled.txt: ${labeled.paragraphs.length} lines, ${LSRC.filter((x) => !x.seg && x.lab === null).length} unlabeled; whisper.json: ${segments.length} segments (${wParas.filter((p) => p.ambiguous).length} with two voices, up to ${Math.max(...wsegs.map((w) => w.length))} words)\nsegments (labeled words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
