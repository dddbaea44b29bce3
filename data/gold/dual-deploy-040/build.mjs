// Builds Dual Deploy #40 (SYNTHETIC held-out episode, heldout32) from source.mjs: a PANEL of THREE, a host and two guests,
// about the ELECTRONICS OF AMATEUR HIGH-POWER ROCKETRY, recorded over Webex (host Lorna Fitzgibbon; guests Anand
// Varadarajan, by phone, and Madeleine "Maddie" Szymańska, on her team's lab account). Intro (the host's welcome, her
// THIRD-PERSON introductions of the guests and their hellos, the cornfield); commercial flight computers (Anand; handed to
// him BY NAME, MID-PARAGRAPH, at the end of the host's intro); a student team's own flight computer (Maddie; at a change
// of speaker, the presenter first); recovery and dual deployment (Lorna; MID-PARAGRAPH in her own paragraph, after her
// reaction); the sponsor Rangebook (Lorna; MID-PARAGRAPH in her own paragraph, after her echo of Anand's words); tracking
// and the cornfield (Anand; handed to him BY NAME in a NEW paragraph of the host's right after her read: no speaker
// change); simulation (Maddie; handed to her BY NAME, MID-PARAGRAPH, by Anand); rules and certification (Lorna; handed to
// her BY NAME by Maddie at a change of speaker); picks: RocketPy (Maddie; handed to her BY NAME by the host in a NEW
// paragraph of her own), Ignition! (Anand; MID-PARAGRAPH in his own paragraph, after his reaction), the American Rocketry
// Challenge (Lorna; at a change of speaker, the presenter first); outro (Lorna; MID-PARAGRAPH in her own paragraph).
//
// Renders
//   webex.vtt   the transcript of the Webex meeting recording, as Webex lets the host download it, as I remember the
//               layout: `WEBVTT`, an empty line, then cues separated by an empty line; a cue's IDENTIFIER line holds the
//               cue number, the speaker's DISPLAY NAME in double quotes and the participant's numeric id in brackets
//               (`12 "Lorna Fitzgibbon" (2419137280)`), then the `hh:mm:ss.mmm --> hh:mm:ss.mmm` line, then ONE line of
//               text opening with the display name and a colon again; LF line ends, a final newline. Display names:
//               `Lorna Fitzgibbon`; `Call-in User_2` for Anand, who dialled in by phone; `Caprock Rocketry Lab` for Maddie,
//               on her team's shared account (aliases). A cue never runs across a turn or a pause (`¶`, `¶¶`) and ends at a
//               sentence end once it holds 14 words, at a comma once it holds 32, or at 45 words. Webex's slips: ONE short
//               question under the wrong name (`wlab`: Maddie's "Lorna, you're the RSO…" as `Call-in User_2`; gold:
//               Maddie), ONE short reply said over the end of another's sentence added to that cue (`wmerge`: Maddie's
//               "Persistence!"; gold: Anand, `ambiguous`). The B of each {A|B}: Webex's recogniser. Gold paragraphs are the
//               cue texts after the display name. A segment starts at the first digit of the identifier of the cue whose
//               first word is its first word, or INSIDE a cue's text at its first word. transcriptStart is the first cue's
//               identifier; `WEBVTT` belongs to the intro. Key `webex`.
//   plain.txt   the show editor's clean transcript, plain text with NO NAMES AND NO TIMES: a short header (the show, the
//               episode, the guests, the date, a line about the transcript), paragraphs separated by an empty line, a new
//               paragraph at every change of speaker and at every `¶` (not at `¶¶`), ONE short reply folded into the
//               paragraph before (`pmerge`: Maddie's "The best part."; gold: Lorna, `ambiguous`), and a footer after a
//               line of three dashes; straight apostrophes; LF line ends, a final newline. The A of each {A|B}. Gold
//               paragraphs are the paragraphs. A segment starts at the first character of the paragraph whose first word
//               is its first word, or INSIDE a paragraph at its first word. transcriptStart is the first paragraph; the
//               header belongs to the intro, the footer to the outro. Key `plain`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s
//   when the same person goes on, 0.9-1.4 s at a pause, 0.15-0.7 s after a sentence end, from 1.4 s; a merged reply
//   starts 0.3 s before the sentence it is said over ends; the B words of a stretch spread over the time its A words
//   took). The pauses are drawn from a hash of the slug and the position: no randomness.
//   gold.json   offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//               unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, L, A, M } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'dual-deploy-040';
const WPS = 2.6, T0 = 1.4;
const two = (n) => String(n).padStart(2, '0');
const hmsm = (s) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(Math.floor(s % 60))}.${String(Math.floor((s % 1) * 1000)).padStart(3, '0')}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- the words of the B variant on the A clock -------------------------------------------------------------------
// Every spoken word: { w, item, speaker, part, begin, end, seg, mid }; a `§` word and the first word of a paragraph
// after a seg item carry their segment. `part` changes at every pause (`¶` or `¶¶`).
function wordsOf(variant) {
  const out = [];
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) {
      if (item.wmerge) t -= 0.3;
      else t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    }
    const aParts = pick(item.text, 0).split(/\s*¶¶?\s*/), vParts = pick(item.text, variant).split(/\s*¶¶?\s*/);
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
        if (raw.startsWith('§')) { x.seg = mids[midN++]; if (!x.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        out.push(x);
      });
    });
    prev = item;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
  out.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (out[i + 1]?.begin ?? Infinity) - 0.03); });
  return out;
}

// --- webex.vtt ------------------------------------------------------------------------------------------------
const NAME = { [L]: 'Lorna Fitzgibbon', [A]: 'Call-in User_2', [M]: 'Caprock Rocketry Lab' };
const PID = { 'Lorna Fitzgibbon': 2419137280, 'Call-in User_2': 3307864064, 'Caprock Rocketry Lab': 1176503808 };
const ww = wordsOf(1);
for (const x of ww) if (/[{}|¦⟨⟩¶]/.test(x.w)) throw new Error(`a stray mark in: ${x.w}`);
const cues = [];
{
  let cur = null;
  const flush = () => { if (cur?.ws.length) cues.push(cur); cur = null; };
  ww.forEach((x, i) => {
    const merged = x.item.wmerge;
    if (merged && x.seg) throw new Error('a merged reply cannot start a segment');
    if (!merged && (!cur || cur.part !== x.part)) { flush(); cur = { part: x.part, item: x.item, ws: [] }; }
    cur.ws.push(x);
    const next = ww[i + 1];
    if (merged) { if (!next || next.item !== x.item) flush(); return; }
    if (next?.item.wmerge) return;   // the reply joins this cue
    const n = cur.ws.length;
    if ((/[.?!]$/.test(x.w) && n >= 14) || (/,$/.test(x.w) && n >= 32) || n >= 45) flush();
  });
  flush();
}
// A mid segment's first word starts a cue only by chance; else the `§` stays inside the cue's text.
const WSRC = [];
cues.forEach((c) => {
  const counts = new Map();
  for (const x of c.ws) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error('a cue holds two voices equally');
  const first = c.ws[0];
  if (first.seg) WSRC.push({ ...first.seg, mid: false });
  let text = '';
  let midSeg = null;
  c.ws.forEach((x, j) => {
    if (j && x.seg) { if (!x.seg.mid) throw new Error(`segment ${x.seg.title} starts inside a cue`); text += (text ? ' ' : '') + '§' + x.w; midSeg = x.seg; return; }
    text += (text ? ' ' : '') + x.w;
  });
  WSRC.push({ speaker: sorted[0][0], amb: sorted.length > 1 || undefined, text, name: c.item.wlab ?? NAME[c.item.speaker], begin: first.begin, end: c.ws.at(-1).end });
  if (midSeg) WSRC.push(midSeg);
});
const webex = render(WSRC, {
  header: 'WEBVTT\n\n', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${i + 1} "${p.name}" (${PID[p.name]})\n${hmsm(p.begin)} --> ${hmsm(p.end)}\n${p.name}: `,
  words: (i, p) => p.text,
});
if (webex.segments.length !== SEGS) throw new Error('webex segment count');
if (/[§¶⟨⟩{}|]/.test(webex.text)) throw new Error('a mark in webex.vtt');

// --- plain.txt ------------------------------------------------------------------------------------------------
const PSRC = [];
for (const item of SOURCE) {
  if (item.seg) { PSRC.push(item); continue; }
  const text = pick(item.text, 0).replace(/\s*¶¶\s*/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (/[{}|¦⟨⟩]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
  if (item.pmerge) {
    const last = PSRC.findLast((x) => !x.seg);
    if (last.speaker === item.speaker) throw new Error('a merged reply of the same speaker');
    last.text += ' ' + text;
    last.amb = true;
    continue;
  }
  text.split(/\s*¶\s*/).forEach((part) => PSRC.push({ speaker: item.speaker, text: part }));
}
const plain = render(PSRC, {
  header: [
    'DUAL DEPLOY',
    'Episode 40: The avionics bay',
    'With Anand Varadarajan and Maddie Szymańska. Hosted by Lorna Fitzgibbon.',
    'Recorded March 16, 2025',
    '',
    'Transcript lightly edited for readability.',
    '', '',
  ].join('\n'),
  footer: '\n\n---\nDual Deploy is an independent podcast about hobby rocketry electronics. Nothing in this episode replaces your club\'s safety code or your RSO. Music by the host\'s brother. Send questions and flight data to mail@dualdeploy.show.',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: () => '',
  words: (i, p) => p.text,
});
if (plain.segments.length !== SEGS) throw new Error('plain segment count');
if (/[§¶⟨⟩{}|]/.test(plain.text)) throw new Error('a mark in plain.txt');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'high-power rocketry': ['high-power rockets', 'high-power rocketry'],
    'flight computer': ['flight computer', 'flight computers'],
    altimeter: ['altimeter', 'altimeters'],
    'avionics bay': ['avionics bay'],
    'Level 2': ['Level 2'],
    'Level 3': ['Level 3'],
    'range safety officer': ['range safety officer', 'RSO'],
    'Spaceport America Cup': ['Spaceport America Cup'],
    Webex: ['Webex'],
    'Missile Works RRC3': ['RRC3', 'RRC 3'],
    'Missile Works': ['Missile Works'],
    'PerfectFlite StratoLogger': ['StratoLogger', 'strata logger'],
    PerfectFlite: ['PerfectFlite'],
    barometer: ['barometer', 'barometric'],
    apogee: ['apogee'],
    'open source': ['open source'],
    'Altus Metrum': ['Altus Metrum', 'Altis Metrum'],
    AltOS: ['AltOS', 'Alt OS'],
    EasyMini: ['EasyMini', 'Easy Mini'],
    TeleMega: ['TeleMega', 'Tele Mega'],
    GPS: ['GPS'],
    'pyro channel': ['pyro channels'],
    telemetry: ['telemetry'],
    Featherweight: ['Featherweight'],
    'Featherweight Raven': ['Raven'],
    'Blue Raven': ['Blue Raven'],
    accelerometer: ['accelerometer'],
    Bluetooth: ['Bluetooth'],
    Eggtimer: ['Eggtimer'],
    MS5607: ['MS5607', 'MS 5607'],
    'Mach lockout': ['Mach lockout'],
    'Kalman filter': ['Kalman filter'],
    SRAD: ['SRAD', 'S rad', 'student researched and developed'],
    STM32: ['STM32', 'STM 32'],
    microcontroller: ['microcontroller'],
    IMU: ['IMU'],
    gyroscope: ['gyroscope'],
    microSD: ['microSD'],
    LoRa: ['LoRa', 'Laura'],
    'state machine': ['state machine'],
    'ground station': ['ground station'],
    'Yagi antenna': ['Yagi antenna'],
    'carbon fibre': ['carbon fibre'],
    fibreglass: ['fibreglass'],
    'COCOM limits': ['COCOM', 'co-com'],
    'dynamic model': ['dynamic model'],
    'dual deployment': ['dual deployment', 'dual deploy'],
    drogue: ['drogue'],
    'black powder': ['black powder'],
    'e-match': ['e-match', 'e-matches'],
    'shear pin': ['shear pins'],
    'ground test': ['ground test', 'ground tested'],
    CO2: ['CO2'],
    'Jolly Logic Chute Release': ['Jolly Logic Chute Release', 'Chute Release'],
    'continuity beeps': ['continuity beeps'],
    Rangebook: ['Rangebook', 'Range Book'],
    'flight card': ['flight cards', 'flight card'],
    waiver: ['waiver'],
    'GPS tracker': ['GPS tracker', 'tracker'],
    Eggfinder: ['Eggfinder'],
    'ham radio': ['ham radio', 'ham band'],
    'Technician licence': ['Technician'],
    APRS: ['APRS'],
    drone: ['drone'],
    OpenRocket: ['OpenRocket', 'open rocket'],
    Java: ['Java'],
    'centre of gravity': ['centre of gravity'],
    'centre of pressure': ['centre of pressure'],
    'stability margin': ['stability margin'],
    weathercocking: ['weathercocking'],
    'Barrowman equations': ['Barrowman equations', 'Barrow man equations'],
    NASA: ['NASA'],
    RockSim: ['RockSim'],
    'RASAero II': ['RASAero', 'Rasa Aero'],
    'Monte Carlo': ['Monte Carlo'],
    'thrustcurve.org': ['thrustcurve.org', 'Thrust curve dot org'],
    Aerotech: ['Aerotech'],
    Cesaroni: ['Cesaroni'],
    certification: ['certify', 'certified'],
    NAR: ['NAR', 'National Association of Rocketry'],
    'Tripoli Rocketry Association': ['Tripoli'],
    'Level 1': ['Level 1'],
    'total impulse': ['total impulse'],
    FAA: ['FAA'],
    'Class 2 amateur rocket': ['Class 2'],
    'Part 101': ['Part 101'],
    NOTAM: ['NOTAM', 'no Tam'],
    'NFPA 1127': ['NFPA 1127', 'NFPA 11 27'],
    'ammonium perchlorate composite propellant': ['ammonium perchlorate composite'],
    RocketPy: ['RocketPy', 'rocket pie'],
    Python: ['Python'],
    'Ignition!': ['Ignition'],
    'American Rocketry Challenge': ['American Rocketry Challenge'],
    'Aerospace Industries Association': ['Aerospace Industries Association'],
  },
  tolerated: [
    'Dual Deploy', 'dualdeploy.show', 'dualdeploy.show/40', 'dual deploy dot show slash 40', 'rangebook.app', 'rangebook.app/dualdeploy', 'rangebook.app slash dual deploy',
    'mail@dualdeploy.show', 'Lorna', 'Fitzgibbon', 'Anand', 'Varadarajan', 'Maddie', 'Madeleine', 'Szymańska', 'Keith Packard', 'Bdale Garbee', 'Adrian Adamson',
    'Jim Barrowman', 'John Coker', 'John D. Clark', 'Dale', 'Persistence', 'Caprock Rocketry', 'Caprock Rocketry Lab', 'Call-in User_2', 'Wichita', 'Kansas',
    'western Kansas', 'Colorado', 'West Texas', 'New Mexico', 'Brazil', 'US', 'June', 'August', 'March', 'hobby rockets', 'rockets', 'rocket', 'launch days',
    'launch day', 'club', 'flight', 'flights', 'cornfield', 'corn', 'farmer', 'sled', 'batteries', 'switches', 'zip ties', 'air pressure', 'charge', 'charges',
    'hardware', 'firmware', 'radio', 'phone', 'pad', 'ballistic', 'truck', 'redundancy', 'electronics', 'vent holes', 'sensor', 'airframe', 'shock wave',
    'supersonic', 'Mach', 'recovery electronics', 'recovery', 'solder joints', 'GPS module', 'logging', 'megahertz', 'licence', 'code', 'boost', 'coast', 'main',
    'landed', 'laptop', 'tripod', 'altitude', 'speed', 'battery voltage', 'link', 'antenna', 'export rules', 'fix', 'parachute', 'main parachute', 'streamer',
    'resistor', 'nylon screws', 'blanket', 'gadget', 'band', 'safety table', 'arming', 'screw switches', 'rotary switches', 'magnetic switches', 'beeps', 'app',
    'queue', 'paper', 'pad assignments', 'screen', 'ceiling', 'nose cone', 'receiver', 'multiple choice exam', 'radio stations', 'position reports', 'map',
    'internet', 'signal', 'water', 'camera', 'spreadsheets', 'body tubes', 'fins', 'calibers', 'wind', 'drag', 'simulators', 'simulator', 'motor', 'motors',
    'thrust curves', 'files', 'paint', 'epoxy', 'wires', 'flight data', 'simulation', 'design report', 'paperwork', 'airspace', 'permission', 'authorisation',
    'notice to pilots', 'aircraft', 'safety code', 'fire code', 'federal explosives permit', 'propellant', 'court', 'picks', 'library', 'book', 'rocket fuels',
    'chemistry', 'bunker', 'fridge', 'contest', 'egg', 'flight time', 'H motor', 'I motor', 'M motors', 'committee', 'regulations', 'ham licence',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Dual Deploy', number: 40, recorded: '2025-03-16', title: 'The avionics bay' };
const files = { webex: { file: 'webex.vtt', r: webex }, plain: { file: 'plain.txt', r: plain } };
const gold = {
  _source: `Synthetic held-out episode written for heldout32 (/work/heldout32/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const said = r.paragraphs.map((p) => r.text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
  writeFileSync(join(here, file), r.text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (r, sg) => r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0);
console.log(`${ww.length} spoken words in webex.vtt, about ${Math.round(ww.at(-1).end / 60)} minutes; webex.vtt: ${cues.length} cues (${webex.paragraphs.filter((p) => p.ambiguous).length} with two voices); plain.txt: ${plain.paragraphs.length} paragraphs (${plain.paragraphs.filter((p) => p.ambiguous).length} with two voices)\nsegments (plain words): ${plain.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(plain, sg)}`).join('; ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
