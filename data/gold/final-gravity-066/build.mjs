// Builds Final Gravity #66 (SYNTHETIC held-out episode, heldout29) from source.mjs: a SOLO LISTENER-QUESTIONS ("mailbag")
// show about the TECHNOLOGY OF BREWING (host Frankie Oduya), with two VOICEMAILS played from the show's voicemail line
// (Joaquim Azevedo, Janelle Okerlund). Intro (the host, Big Steve the fermenter); Hamish's email on digital hydrometers (the
// host; a NEW paragraph of hers); Joaquim's voicemail on fermentation temperature (presented by the CALLER; introduced by
// the host in a NEW one-line paragraph of her own); Sigrun's email on recipe software and formats (the host;
// MID-PARAGRAPH at the end of her answer to Joaquim); the sponsor Caskbook (the host; MID-PARAGRAPH at the end of her own answer); mashpaddle's forum
// post on automating a brewhouse (the host; a NEW paragraph, the post read out in a second voice); Janelle's voicemail on
// water chemistry and pH (presented by the CALLER; the clip starts with NO introduction: a change of speaker); Kenji's
// quick question on dashboards (the host; MID-PARAGRAPH); outro (the host; a NEW paragraph, Big Steve's gravity).
//
// Renders
//   word.txt      the transcript Microsoft Word's Transcribe feature (Word for the web: Dictate > Transcribe, an uploaded
//                 recording) made, added to a document "with speakers and timestamps" and saved from Word as Plain Text,
//                 Unicode (UTF-8), as I remember the layout: a byte-order mark (U+FEFF at offset 0, one code unit, kept in
//                 the text), Windows line ends (CRLF), the host's own heading line ("Final Gravity 66 – mailbag transcript")
//                 and an empty line, then blocks separated by an empty line, each a line `hh:mm:ss Speaker name` (the time
//                 of the block's first word on the episode's clock: ~2.6 spoken words a second, 0.6 s between voices, 0.4 s
//                 before a same-speaker paragraph or after a pause, from 3.1 s) and the block's text on the next line, a
//                 final CRLF. Word starts a block at every change of voice, at every new paragraph and at every pause
//                 inside a turn (`¶`). The host renamed HERSELF in the Transcribe pane (`Frankie`); the callers are still
//                 `Speaker 2` and `Speaker 3`. TWO blocks carry the WRONG speaker (`wrong`: her "Obrigado, Joaquim." as
//                 `Speaker 2`, and the forum post she reads out in a put-on voice as `Speaker 3`), and ONE short line said
//                 right after Janelle's clip is added to the end of Janelle's block (`tail`: "Thanks, Janelle."; gold: Janelle,
//                 `ambiguous`). Curly apostrophes (Word's), the names and products as the host corrected them, fillers kept
//                 ("um"), the URLs as written. The A of each {A|B}. Gold paragraphs are the text lines. A segment starts at
//                 the first digit of its first block's timestamp line, or INSIDE a block at its first word. transcriptStart
//                 is the first timestamp; the BOM and the heading belong to the first segment. Key `word`.
//   captions.srt  the SubRip captions the show's hosting service generated from the audio, no speakers: numbered cues, a
//                 `hh:mm:ss,mmm --> hh:mm:ss,mmm` line, one or two lines of at most 42 characters, a blank line between cues,
//                 LF line ends, a final newline. A cue ends at a sentence end once it holds 8 words, or at 18 words, and
//                 never runs across a change of voice or a new paragraph; a `§` starts a new cue. Straight apostrophes, the
//                 recogniser's words uncorrected (the B of each {A|B}: misheard names and products, numbers as digits,
//                 the URLs as words, fillers dropped). Gold paragraphs are the cue texts (both lines). A segment starts at
//                 the cue number of its first cue. transcriptStart 0. Key `srt`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captionCues, curly, render, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, F, J, N } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'final-gravity-066';
const WPS = 2.6, T0 = 3.1;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.replace(/[⟨⟩¶]/g, ' ').split(/\s+/).filter(Boolean).filter((w) => w !== '§');
const two = (n) => String(n).padStart(2, '0');
const hms = (s) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(Math.floor(s % 60))}`;
const srtTime = (s) => { const ms = Math.round(s * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor((ms % 3600000) / 60000))}:${two(Math.floor((ms % 60000) / 1000))},${String(ms % 1000).padStart(3, '0')}`; };

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

// --- word.txt -------------------------------------------------------------------------------------
const LABEL = { [F]: 'Frankie', [J]: 'Speaker 2', [N]: 'Speaker 3' };
const WSRC = [];
for (const x of SOURCE) {
  if (x.seg) { WSRC.push(x); continue; }
  const text = curly(pick(x.text, 0).replace(/[⟨⟩]/g, ''));
  if (/[{}|¦~]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
  const ps = text.split(/\s*¶\s*/);
  if (x.tail) {
    const before = WSRC.at(-1);
    if (!before || before.seg || before.speaker === x.speaker || ps.length > 1) throw new Error('a tail line must follow another voice, inside one segment');
    const nb = tokens(before.text).length, nx = tokens(text).length;
    before.text += ` ${text}`;
    before.mixed = true;
    before.major = nb >= nx ? before.speaker : x.speaker;
    continue;
  }
  ps.forEach((part, j) => WSRC.push({ ...x, text: part.trim(), at: parts.get(x)[j].begin }));
}
const word = render(WSRC.map((b) => (b.seg ? b : { ...b, speaker: b.major ?? b.speaker, amb: b.mixed })), {
  header: '\uFEFFFinal Gravity 66 – mailbag transcript\r\n\r\n', footer: '', sep: '\r\n\r\n', trailer: '\r\n', speechOnly: true,
  prefix: (i, p) => `${hms(p.at)} ${p.wrong ?? LABEL[p.speaker]}\r\n`,
  words: (i, p) => p.text,
});
if (/[¶§⟨⟩{}|]/.test(word.text)) throw new Error('a mark in word.txt');

// --- captions.srt ---------------------------------------------------------------------------------
// The B words of each paragraph, spread over the time the paragraph was said.
const trk = segmentTracker();
const seq = [];   // seg items and cues, in order
for (const item of SOURCE) {
  if (item.seg) { seq.push(item); continue; }
  const textB = pick(item.text, 1).replace(/¶/g, ' ').replace(/⟨|⟩/g, '');
  if (/[{}|¦~’‘\u0080-\uffff]/.test(textB.replace(/§/g, ''))) throw new Error(`a stray mark or non-ASCII character in: ${textB.slice(0, 50)}`);
  const list = parts.get(item);
  const begin = list[0].begin, end = list.at(-1).begin + list.at(-1).dur;
  const n = tokens(textB).length;
  const cues = captionCues(textB.replace(/\s+/g, ' ').trim(), { max: 42, sentenceWords: 8, maxWords: 18 });
  let w = 0;
  for (const c of cues) {
    seq.push({ cue: true, ...c, item, begin: begin + (w / n) * (end - begin), lastWord: begin + ((w + c.words - 1) / n) * (end - begin) });
    w += c.words;
  }
  if (w !== n) throw new Error(`caption word count in: ${textB.slice(0, 40)}`);
}
const cuesOut = seq.filter((x) => x.cue);
let srt = '';
const sParas = [];
cuesOut.forEach((c, i) => { c.i = i; });
for (const x of seq) {
  if (!x.cue) { trk.seg(x); continue; }
  const c = x, i = c.i;
  if (i) srt += '\n\n';
  const at = srt.length;
  if (c.segStart) trk.mark(at);
  trk.block(at);
  const stop = Math.min(c.lastWord + 0.5, (cuesOut[i + 1]?.begin ?? Infinity) - 0.04);
  srt += `${i + 1}\n${srtTime(c.begin)} --> ${srtTime(stop)}\n`;
  const start = srt.length;
  srt += c.lines.join('\n');
  sParas.push({ start, end: srt.length, speaker: c.item.speaker });
}
srt += '\n';
trk.close(srt.length);
const sSegs = trk.segments;
if (sSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('srt segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    firmware: ['firmware'],
    fermenter: ['fermenter'],
    'conical fermenter': ['conical fermenter'],
    'blow-off tube': ['blow-off tube'],
    sanitiser: ['sanitiser'],
    'digital hydrometer': ['hydrometer'],
    refractometer: ['refractometer'],
    Brix: ['Brix'],
    'specific gravity': ['specific gravity', 'gravity'],
    Tilt: ['Tilt'],
    iSpindel: ['iSpindel', 'I spindle'],
    'RAPT Pill': ['RAPT Pill', 'rapt Pill'],
    accelerometer: ['accelerometer'],
    Bluetooth: ['Bluetooth'],
    'Raspberry Pi': ['Raspberry Pi', 'raspberry pie'],
    'Tilt Pi': ['Tilt Pi'],
    'open source': ['open source', 'open-source'],
    'Wemos D1 mini': ['Wemos D1 mini', 'we most D1 mini'],
    ESP8266: ['ESP8266', 'ESP 8266'],
    'MPU-6050': ['MPU-6050', 'MPU 6050'],
    '18650 battery': ['18650'],
    'Wi-Fi': ['Wi-Fi'],
    polynomial: ['polynomial'],
    KegLand: ['KegLand'],
    'temperature controller': ['temperature controllers', 'controller'],
    CO2: ['CO2'],
    yeast: ['yeast'],
    ester: ['ester'],
    lager: ['lager'],
    Inkbird: ['Inkbird', 'ink bird'],
    'Inkbird ITC-308': ['ITC-308', 'ITC 308'],
    hysteresis: ['hysteresis'],
    compressor: ['compressor'],
    thermowell: ['thermowell'],
    'PID controller': ['PID', 'P I D'],
    BrewPi: ['BrewPi', 'brew pie'],
    Brewblox: ['Brewblox', 'brew blocks'],
    Fermentrack: ['Fermentrack', 'ferment track'],
    'diacetyl rest': ['diacetyl rest'],
    glycol: ['glycol'],
    BeerSmith: ['BeerSmith', 'beer Smith'],
    Brewfather: ['Brewfather', 'brew father'],
    spreadsheet: ['spreadsheet'],
    BeerXML: ['BeerXML', 'beer XML'],
    BeerJSON: ['BeerJSON', 'beer Jason'],
    schema: ['schema'],
    IBU: ['IBU', 'International Bitterness Units'],
    'Tinseth formula': ['Tinseth', 'tin set'],
    'Rager formula': ['Rager', 'Rayger'],
    BJCP: ['BJCP', 'BJ CP'],
    Caskbook: ['Caskbook', 'cask book'],
    'alcohol duty': ['duty'],
    'Small Producer Relief': ['relief'],
    mash: ['mash'],
    enzymes: ['enzymes'],
    Grainfather: ['Grainfather'],
    Brewzilla: ['Brewzilla', 'brew Zilla'],
    CraftBeerPi: ['CraftBeerPi', 'craft beer pie'],
    DS18B20: ['DS18B20', 'DS 18 B 20'],
    PT100: ['PT100', 'PT 100'],
    'PID loop': ['loop'],
    wort: ['wort'],
    RIMS: ['RIMS', 'rims'],
    HERMS: ['HERMS', 'herms'],
    'heating element': ['heating element', 'element'],
    relay: ['relay'],
    'solid-state relay': ['solid-state relay', 'SSR'],
    'heat sink': ['heat sink'],
    RCD: ['RCD', 'residual current device'],
    GFCI: ['GFCI'],
    'float switch': ['float switch'],
    PLC: ['PLC'],
    Siemens: ['Siemens'],
    'Allen-Bradley': ['Allen-Bradley'],
    touchscreen: ['touchscreen'],
    'water chemistry': ['water chemistry'],
    "Bru'n Water": ["Bru'n Water", 'Bruin water'],
    gypsum: ['gypsum'],
    'calcium chloride': ['calcium chloride'],
    'mash pH': ['mash pH'],
    'pH meter': ['pH meter'],
    'residual alkalinity': ['residual alkalinity'],
    'buffer solution': ['buffer solutions'],
    'temperature compensation': ['temperature compensation'],
    'lactic acid': ['lactic acid'],
    'acidulated malt': ['acidulated malt'],
    chloramine: ['chloramine'],
    'Campden tablet': ['Campden tablet'],
    dashboard: ['dashboard'],
    ESP32: ['ESP32', 'ESP 32'],
    MQTT: ['MQTT'],
    InfluxDB: ['InfluxDB', 'influx DB'],
    Grafana: ['Grafana'],
    'Home Assistant': ['Home Assistant'],
  },
  tolerated: [
    'Final Gravity', 'caskbook.co.uk', 'caskbook.co.uk/gravity', 'finalgravity.fm', 'finalgravity.fm/66', 'Frankie', 'Joaquim', 'Janelle', 'Hamish', 'Sigrun', 'Kenji', 'mashpaddle',
    'Big Steve', 'Sixpenny Brewing', 'Sheffield', 'Dundee', 'Porto', 'Bergen', 'Osaka', 'Columbus', 'Ohio', 'America', 'Martin Brungard', 'Brungard', 'Brungaard', 'Elko Jacobs', 'Kolbach', 'Elco Jacobs', 'August', 'Obrigado',
    'beer', 'grain', 'water', 'malt', 'malts', 'dark malts', 'crystal malt', 'maltster', 'hops', 'fermentables', 'yeasts', 'sugar', 'starch', 'bananas', 'IPA', 'lagers', 'recipes', 'recipe', 'mash steps',
    'sample jar', 'trial jar', 'valve', 'bucket', 'foam', 'bubbles', 'fridge', 'garage', 'probe', 'cloth', 'app', 'apps', 'phone', 'cloud', 'radio', 'steel', 'stainless', 'plastic tube', 'battery',
    'sugar solutions', 'colours', 'sensor', 'temperature sensors', 'web page', 'pins', 'mains', 'volts', 'amps', 'kilowatt', 'circuit', 'certificates', 'coil', 'heater', 'brewhouse', 'commercial brewhouse',
    'brewery', 'nanobrewery', 'stock', 'casks', 'kegs', 'duty return', 'paperwork', 'forum', 'forum post', 'voicemail', 'email', 'mailbag', 'city water report', 'water report', 'storage solution',
    'distilled water', 'buffer', 'acid', 'alkalinity', 'chlorine', 'central heating', 'gravity curve', 'curve', 'trend', 'hobby', 'batch', 'wedding', 'sister', 'kilograms', 'litres', 'degrees Celsius',
    'metric', 'bitterness', 'formula', 'maths', 'museum', 'backups', 'software', 'homebrew', 'temperature', 'fermentation', 'pH', 'readings', 'angle', 'tilt',
    'Kölsch', 'Kolsch', 'Kölsch-style', 'Kolsch style', 'potassium metabisulfite', 'sodium metabisulfite', 'metabisulfite', 'Hull', 'prism', 'brew day', 'kettles', 'salts', 'fudge factor',
    'battery backup', 'glycol chiller', 'glycol jacket', 'style guidelines', 'competition judges', 'correction formula', 'sweet wort', 'alcohol', 'retired chemist', 'BJCP style guidelines',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Final Gravity', number: 66, recorded: '2025-03-06', title: 'Mailbag: floating hydrometers, banana lagers, and a Raspberry Pi with no fear' };
const gold = {
  _source: `Synthetic held-out episode written for heldout29 (/work/heldout29/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    word: { input: 'word.txt', length: word.text.length, transcriptStart: word.transcriptStart, segments: word.segments, paragraphs: word.paragraphs },
    srt: { input: 'captions.srt', length: srt.length, transcriptStart: 0, segments: sSegs, paragraphs: sParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'word' ? word.text : srt;
  const said = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'word.txt'), word.text);
writeFileSync(join(here, 'captions.srt'), srt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = word.segments.map((sg) => ({ title: sg.title.split(':')[0], n: word.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => word.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const lastT = [...parts.values()].at(-1).at(-1);
console.log(`${per.reduce((a, b) => a + b.n, 0)} spoken words, ${hms(lastT.begin + lastT.dur)} long; word.txt: ${word.paragraphs.length} blocks (${word.paragraphs.filter((p) => p.ambiguous).length} with two voices); captions.srt: ${cuesOut.length} cues\nsegments (word.txt words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
