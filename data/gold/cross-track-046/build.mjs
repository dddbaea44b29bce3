// Builds Cross Track #46 (SYNTHETIC held-out episode, heldout33) from source.mjs: a PANEL of THREE, a host and two guests,
// about MARINE ELECTRONICS and NAVIGATION on small boats, recorded on Zoom with the Fireflies.ai notetaker in the call
// (host Bronwen Tallis; guests Ikaika Kahananui, and Tomasz "Tom" Wierzbicki on his boat's iPad and later his phone).
// Intro (the host's welcome, her THIRD-PERSON introductions of the guests and their hellos, the brick); NMEA 0183 and
// NMEA 2000 (Ikaika; handed to him BY NAME, MID-PARAGRAPH, at the end of the host's intro); Signal K and the Raspberry Pi
// (Tom; he raises it HIMSELF at a change of speaker, a contrast that names nothing at first); electronic charts (Bronwen;
// MID-PARAGRAPH in her own paragraph, after her reaction); the sponsor Bilgewise (Bronwen; at a change of speaker, the
// reader first, a forward reference to the next topic); GPS jamming in the Baltic (Tom; handed to him BY NAME by IKAIKA
// at a change of speaker); AIS (Ikaika; MID-PARAGRAPH in his own paragraph, after his quip); offshore communications
// (Bronwen; handed to her BY NAME by TOM at a change of speaker); picks: ABYC E-11 (Ikaika; handed to him BY NAME in a NEW
// paragraph of the host's, the section's name first), pypilot (Tom; MID-PARAGRAPH in his own paragraph, after his
// reaction), Bowditch (Bronwen; at a change of speaker, the presenter first); outro (Bronwen; MID-PARAGRAPH in her own
// paragraph, after her echo; the payoff).
//
// Renders
//   fireflies.json  the Fireflies.ai transcript of the Zoom call, NEW in the held-out sets, as the producer's script pulls
//                   it from Fireflies' GraphQL API (`transcript(id) { id title date duration transcript_url speakers { id
//                   name } summary { keywords } sentences { index speaker_name speaker_id text start_time end_time } }`)
//                   and saves the response with `JSON.stringify(response, null, 2)`, as I remember the schema:
//                   `{"data": {"transcript": {…}}}`, the date in epoch milliseconds, the duration in minutes, the speakers
//                   by their ZOOM DISPLAY NAMES (`Bronwen Tallis`, `Ikaika Kahananui`, `Kestrel iPad` for Tom on the boat's
//                   iPad, `Tom's iPhone` for Tom after his Starlink dropped and he came back on his phone: aliases), the
//                   summary's keywords (Fireflies' own pick, before the sentences), then ONE OBJECT PER SENTENCE with its
//                   index, speaker name and id, text, and start and end in seconds. Fireflies' slip: ONE short reply of
//                   Ikaika's under Bronwen's name (`ff`; gold: Ikaika). The B of each {A|B}: Fireflies' recogniser
//                   (numbers as digits, fillers dropped, names and products misheard). Gold paragraphs are the `text`
//                   strings (no character in them needs escaping). A segment starts at the `{` of the sentence object
//                   whose first word is its first word (every boundary of this episode falls at a sentence start).
//                   transcriptStart is the `{` of the first sentence; the response's opening, the speakers and the
//                   keywords belong to the intro, the closing brackets to the outro. Key `fireflies`.
//   labeled.txt     the show editor's transcript in the seed's labelled layout: one paragraph per line, LF line ends, a
//                   final newline, no header; the speaker's FULL NAME as the label of their first line (`Bronwen Tallis: `),
//                   the first name in capitals afterwards (`BRONWEN: `, `IKAIKA: `, `TOM: `), NO label on a line that goes
//                   on after a pause in the same turn (`¦`) and on a few continuation paragraphs (`lab: null`); the
//                   editor's slips: two label typos (`IKAKA: `, `BRONWYN: `: aliases) and ONE line under the wrong name
//                   (Tom's "Which is more than some people." as `IKAIKA: `; gold: Tom). The A of each {A|B}, straight
//                   apostrophes. Gold paragraphs are the lines after their label. A segment starts at the first character
//                   of the line whose first word is its first word, or INSIDE a line at its first word. transcriptStart is
//                   0. Key `labeled`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s
//   when the same person goes on, 0.9-1.4 s at a `¦` pause, 0.15-0.7 s after a sentence end, from 2.4 s; the B words of a
//   stretch spread over the time its A words took). The pauses are drawn from a hash of the slug and the position: no
//   randomness.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, B, I, T } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'cross-track-046';
const WPS = 2.6, T0 = 2.4;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- the words of the B variant on the A clock -------------------------------------------------------------------
const words = [];
{
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const aParts = pick(item.text, 0).split(/\s*¦\s*/), bParts = pick(item.text, 1).split(/\s*¦\s*/);
    if (aParts.length !== bParts.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    aParts.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      part.split(/\s+/).filter(Boolean).filter((w) => w !== '§').forEach((w, j) => {
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      const list = bParts[pi].split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${bParts[pi].slice(0, 40)}`);
        const x = { w, item, k, speaker: item.speaker, begin: begin + (j / list.length) * (t - begin) };
        if (raw.startsWith('§')) { x.seg = mids[midN++]; if (!x.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        words.push(x);
      });
    });
    prev = item;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
  words.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (words[i + 1]?.begin ?? Infinity) - 0.03); });
}

// --- fireflies.json ---------------------------------------------------------------------------------------------
const DISPLAY = { [B]: 'Bronwen Tallis', [I]: 'Ikaika Kahananui', [T]: 'Kestrel iPad' };
const PHONE = "Tom's iPhone";
const SPK_ID = { 'Bronwen Tallis': 0, 'Ikaika Kahananui': 1, 'Kestrel iPad': 2, [PHONE]: 3 };
const sentences = [];
{
  let cur = null, rejoined = false;
  words.forEach((x, i) => {
    if (x.item.rejoin) rejoined = true;
    if (!cur) {
      const name = x.item.ff ? DISPLAY[x.item.ff] : x.speaker === T && rejoined ? PHONE : DISPLAY[x.speaker];
      cur = { ws: [], name, item: x.item };
      sentences.push(cur);
    } else if (x.seg) throw new Error(`segment ${x.seg.title} starts inside a sentence`);
    cur.ws.push(x);
    const next = words[i + 1];
    if (!next || next.item !== x.item || /[.?!]$/.test(x.w)) {
      if (!/[.?!]$/.test(x.w)) throw new Error(`a sentence without an end: ${cur.ws.map((y) => y.w).join(' ')}`);
      cur = null;
    }
  });
}
const num = (s) => JSON.stringify(Math.round(s * 100) / 100);
const q = (s) => { const j = JSON.stringify(s); if (j !== `"${s}"`) throw new Error(`needs escaping: ${s}`); return j; };
const KEYWORDS = ['NMEA 2000', 'Signal K', 'Raspberry Pi', 'OpenCPN', 'GPS jamming', 'AIS', 'Starlink', 'autopilot', 'chartplotter', 'Baltic'];
const ff = { text: '', paragraphs: [], segments: [], transcriptStart: null };
{
  const lastEnd = sentences.at(-1).ws.at(-1).end;
  let out = '{\n  "data": {\n    "transcript": {\n';
  out += `      "id": "01J6ZB4R7QX2M9KD3TWV8HN5CE",\n      "title": "Cross Track 46 (recording)",\n      "date": ${Date.UTC(2024, 8, 4, 16, 0, 0)},\n`;
  out += `      "duration": ${num((lastEnd + 6.5) / 60)},\n      "transcript_url": "https://app.fireflies.ai/view/01J6ZB4R7QX2M9KD3TWV8HN5CE",\n`;
  out += '      "speakers": [\n' + Object.entries(SPK_ID).map(([name, id]) => `        {\n          "id": ${id},\n          "name": ${q(name)}\n        }`).join(',\n') + '\n      ],\n';
  out += '      "summary": {\n        "keywords": [\n' + KEYWORDS.map((k) => `          ${q(k)}`).join(',\n') + '\n        ]\n      },\n';
  out += '      "sentences": [\n';
  const openSeg = (seg, at) => {
    if (ff.segments.length) ff.segments.at(-1).end = at;
    ff.segments.push({ kind: seg.seg, presenter: seg.presenter, title: seg.title, titleKeys: seg.titleKeys, start: ff.segments.length ? at : 0, end: null });
  };
  sentences.forEach((s, si) => {
    if (si) out += ',\n';
    out += '        ';
    const at = out.length;
    ff.transcriptStart ??= at;
    if (s.ws[0].seg) openSeg(s.ws[0].seg, at);
    const text = s.ws.map((x) => x.w).join(' ');
    out += `{\n          "index": ${si},\n          "speaker_name": ${q(s.name)},\n          "speaker_id": ${SPK_ID[s.name]},\n          "text": "`;
    const start = out.length;
    q(text);
    out += text;
    ff.paragraphs.push({ start, end: out.length, speaker: s.item.speaker });
    out += `",\n          "start_time": ${num(s.ws[0].begin)},\n          "end_time": ${num(s.ws.at(-1).end)}\n        }`;
  });
  out += '\n      ]\n    }\n  }\n}\n';
  ff.segments.at(-1).end = out.length;
  if (JSON.stringify(JSON.parse(out), null, 2) + '\n' !== out) throw new Error('fireflies.json is not what JSON.stringify writes');
  ff.text = out;
}
if (ff.segments.length !== SEGS) throw new Error(`fireflies: ${ff.segments.length} segments, the source has ${SEGS}`);

// --- labeled.txt ------------------------------------------------------------------------------------------------
const FULL = { [B]: 'Bronwen Tallis', [I]: 'Ikaika Kahananui', [T]: 'Tom Wierzbicki' };
const SHORT = { [B]: 'BRONWEN', [I]: 'IKAIKA', [T]: 'TOM' };
const LSRC = [];
for (const item of SOURCE) {
  if (item.seg) { LSRC.push(item); continue; }
  pick(item.text, 0).split(/\s*¦\s*/).forEach((part, pi) => LSRC.push({ ...item, text: part, lab: pi ? null : item.lab }));
}
const seen = new Set();
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? SHORT[p.speaker] : FULL[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => p.text,
});
if (/[§¦{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'marine electronics': ['marine electronics'],
    Zoom: ['Zoom'],
    'Signal K': ['Signal K', 'Signal Kay'],
    Starlink: ['Starlink'],
    iPad: ['iPad'],
    'GPS 12': ['GPS 12'],
    Garmin: ['Garmin'],
    GPS: ['GPS'],
    'GPS week number rollover': ['week number rollover'],
    'NMEA 0183': ['NMEA 0183', '0183'],
    'NMEA 2000': ['NMEA 2000'],
    NMEA: ['NMEA'],
    checksum: ['checksum'],
    'wind instrument': ['wind instrument'],
    'depth sounder': ['depth sounder'],
    baud: ['baud'],
    AIS: ['AIS'],
    multiplexer: ['multiplexer'],
    'CAN bus': ['CAN bus'],
    backbone: ['backbone'],
    'drop cable': ['drop cable'],
    terminator: ['terminator', 'terminators'],
    'load equivalency number': ['load equivalency number'],
    Raymarine: ['Raymarine'],
    SeaTalkng: ['SeaTalkng', 'Sea Talk NG'],
    Simrad: ['Simrad'],
    SimNet: ['SimNet', 'Sim Net'],
    'DeviceNet Micro-C': ['DeviceNet Micro-C', 'DeviceNet'],
    PGN: ['PGNs', 'PGN'],
    gateway: ['gateway'],
    canboat: ['canboat', 'Can boat'],
    'open source': ['open source'],
    JSON: ['JSON'],
    websocket: ['websocket'],
    'signalk-server': ['signalk-server', 'Signal Kay server'],
    'Node.js': ['Node dot js', 'Node.js'],
    'Raspberry Pi': ['Raspberry Pi'],
    'Raspberry Pi 4': ['Raspberry Pi 4'],
    OpenPlotter: ['OpenPlotter'],
    OpenCPN: ['OpenCPN'],
    'PiCAN-M': ['PiCAN-M', 'pecan M'],
    USB: ['USB'],
    Actisense: ['Actisense'],
    'Actisense NGT-1': ['NGT-1', 'NGT one'],
    'Yacht Devices': ['Yacht Devices'],
    'SD card': ['SD card'],
    SSD: ['SSD'],
    KIP: ['KIP'],
    InfluxDB: ['InfluxDB'],
    Grafana: ['Grafana'],
    plugin: ['plugin', 'plugins'],
    'anchor alarm': ['anchor alarms'],
    'bilge pump': ['bilge pump'],
    chartplotter: ['chartplotter'],
    'B&G': ['B&G', 'B and G'],
    Navionics: ['Navionics'],
    'C-MAP': ['C-MAP', 'C map'],
    ENC: ['ENC', 'ENCs', 'electronic navigational chart'],
    'S-57': ['S-57', 'S57'],
    ECDIS: ['ECDIS'],
    NOAA: ['NOAA'],
    'raster chart': ['raster charts'],
    'UK Hydrographic Office': ['UK Hydrographic Office'],
    'Admiralty chart': ['Admiralty charts'],
    'S-100': ['S-100', 'S100'],
    'International Hydrographic Organization': ['International Hydrographic Organization'],
    'S-101': ['S-101', 'S101'],
    'o-charts': ['o-charts'],
    'Volvo Ocean Race': ['Volvo Ocean Race'],
    'Team Vestas Wind': ['Team Vestas Wind'],
    Bilgewise: ['Bilgewise', 'Bilge wise'],
    'GPS jamming': ['jamming', 'jammed', 'jammer'],
    'GPS spoofing': ['spoofing', 'spoofers'],
    Finnair: ['Finnair'],
    Galileo: ['Galileo'],
    GLONASS: ['GLONASS'],
    BeiDou: ['BeiDou'],
    OSNMA: ['OSNMA', 'OS NMA'],
    'dead reckoning': ['dead reckoning'],
    'heading sensor': ['heading sensor'],
    eLoran: ['eLoran'],
    VHF: ['VHF'],
    'Class A': ['Class A'],
    'Class B': ['Class B'],
    SOTDMA: ['SOTDMA', 'SOT DMA'],
    transponder: ['transponder'],
    MMSI: ['MMSI'],
    DSC: ['DSC'],
    'silent mode': ['silent mode'],
    radar: ['radar'],
    'satellite AIS': ['Satellite AIS'],
    MarineTraffic: ['MarineTraffic'],
    'dark fleet': ['dark fleet'],
    authentication: ['authentication'],
    Iridium: ['Iridium'],
    'Starlink Mini': ['Starlink Mini'],
    'Iridium GO!': ['Iridium GO'],
    'Garmin inReach': ['inReach'],
    SOS: ['SOS'],
    EPIRB: ['EPIRB'],
    'Cospas-Sarsat': ['Cospas-Sarsat', 'Cospas Sarsat'],
    PLB: ['PLB'],
    'GRIB file': ['GRIB'],
    Saildocs: ['Saildocs', 'sail docs'],
    PredictWind: ['PredictWind'],
    ABYC: ['ABYC'],
    'ABYC E-11': ['E-11'],
    'American Boat and Yacht Council': ['American Boat and Yacht Council'],
    pypilot: ['pypilot'],
    autopilot: ['autopilot'],
    'tiller pilot': ['tiller pilot'],
    'motion sensor': ['motion sensor'],
    'The American Practical Navigator': ['American Practical Navigator'],
    'celestial navigation': ['Celestial navigation'],
  },
  tolerated: [
    'Cross Track', 'crosstrack.show', 'crosstrack.show/46', 'cross track dot show slash 46', 'bilgewise.com', 'bilgewise.com/crosstrack', 'bilgewise dot com slash cross track',
    'Fireflies', 'Fireflies.ai', 'GraphQL', 'Bronwen', 'Tallis', 'Ikaika', 'Kahananui', 'Tom', 'Tomasz', 'Wierzbicki', 'Kestrel', 'Kestrel iPad', "Tom's iPhone",
    'Sean D\'Epagnier', 'Depanier', 'Nathaniel Bowditch', 'Bowditch', 'Falmouth', 'Honolulu', 'Gdańsk', 'Gdansk', 'Kaliningrad', 'Poland', 'Lithuania', 'Tartu', 'Baltic',
    'Indian Ocean', 'Atlantic', 'Azores', 'Bornholm', 'US', 'UK', 'Cargados Carajos', 'Cargados Karahos', 'January', 'May', 'Aloha', 'iPhone', 'phone', 'laptop', 'tablet',
    'browser', 'boat', 'boats', 'sloop', 'panel', 'console', 'consoles', 'chart table', 'wires', 'cable', 'cables', 'plugs', 'adapter cables', 'tees', 'zip bag', 'glovebox',
    'batteries', 'grab bag', 'serial standard', 'dollar', 'position', 'time', 'laptop', 'talker', 'talkers', 'listener', 'listeners', 'standard', 'kilobits', 'power',
    'drill', 'brands', 'messages', 'heading', 'wind', 'binary', 'decoding', 'bus', 'computer', 'format', 'server', 'drivers', 'CAN board', 'instruments', 'masthead unit',
    'instrument panel', 'cockpit', 'fridge', 'solar panel', 'house bank', 'logbooks', 'tide predictions', 'message', 'charts', 'chart', 'survey data', 'hydrographic offices',
    'ships', 'paper charts', 'printout', 'database', 'tides', 'currents', 'under-keel clearance', 'layers', 'reef', 'island', 'pixel', 'zoom level', 'cartographer',
    'fuse', 'breaker', 'device', 'manuals', 'serial numbers', 'link', 'interference', 'aircraft', 'airport', 'approach', 'noise', 'satellites', 'satellite', 'transmitter',
    'receiver', 'receivers', 'plotter', 'plotters', 'frequency', 'signals', 'navigation messages', 'paper log', 'compass', 'log', 'towers', 'radio', 'channels', 'harbour',
    'slots', 'lookout', 'tankers', 'cargo', 'collision avoidance', 'window', 'weather', 'email', 'weather models', 'video calls', 'pushpit', 'watts', 'safety system',
    'consumer service', 'texts', 'emergency beacon', 'megahertz', 'rescue centre', 'lifejacket', 'distress button', 'routing', 'flares', 'fuses', 'battery', 'bilge',
    'wire sizes', 'books', 'hydraulic pump', 'motor', 'swell', 'screens', 'satellites', 'fix', 'coffee', 'seagull', 'dish', 'Node', 'emergency', 'security feature',
    'keywords', 'summary',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Cross Track', number: 46, recorded: '2024-09-04', title: 'From the wires up' };
const files = { fireflies: { file: 'fireflies.json', r: ff }, labeled: { file: 'labeled.txt', r: labeled } };
const gold = {
  _source: `Synthetic held-out episode written for heldout33 (/work/heldout33/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const said = r.paragraphs.map((p) => r.text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
  writeFileSync(join(here, file), r.text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (r, sg) => r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter((w) => /\w/.test(w)).length).reduce((a, b) => a + b, 0);
console.log(`${words.length} spoken words in fireflies.json, about ${Math.round(words.at(-1).end / 60)} minutes; fireflies.json: ${sentences.length} sentences; labeled.txt: ${labeled.paragraphs.length} lines\n` +
  `segments (labeled words): ${labeled.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(labeled, sg)}`).join('; ')}\n` +
  `segments (fireflies words): ${ff.segments.map((sg) => wordsIn(ff, sg)).join(', ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
