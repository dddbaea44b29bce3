// Builds Bee Space #83 (SYNTHETIC held-out episode, heldout33) from source.mjs: a two-host weekly BEEKEEPING TECHNOLOGY
// news show (hosts Ffion Pritchard, who opens and closes it, and Dov Salinger). Intro (the self-introductions, Gladys's
// swarm, Ffion's rundown); a vaccine for honey bees (Dov; handed over WITHOUT a name by Ffion at a change of speaker);
// hive scales (Ffion; MID-PARAGRAPH in her own paragraph, after her reaction); Beewise's robot hives (Dov; handed to him
// BY NAME, MID-PARAGRAPH, at the end of Ffion's paragraph); the sponsor Frameworth (Dov; MID-PARAGRAPH in his own
// paragraph, with a forward reference to the next item); varroa counting (Ffion; at a change of speaker, a WEAK cue);
// hearing a swarm coming (Dov; MID-PARAGRAPH in his own paragraph, a back-reference to Gladys); the Asian hornet (Ffion;
// at a change of speaker, the presenter first); extras: the Flow Hive (Dov; handed to him BY NAME in a NEW paragraph of
// Ffion's, the section's name first), Langstroth's bee space (Ffion; MID-PARAGRAPH in Dov's paragraph, his question
// handing back); outro (Ffion; a NEW paragraph of her own, the payoff).
//
// Renders
//   web.txt      the show's own transcript page, seed-like (the shared `splitWebParagraphs` and `render(…, { speechOnly:
//                true })`): a page header and footer, every paragraph prefixed `00:00 `, labels (`FFION: `, `DOV: `) on
//                the first two paragraphs only, page breaks inside long turns (`¦~` losing the continuation's first word,
//                `¦` keeping it), paragraphs losing their first word (`cut`), the spoken URLs dropped with the following
//                punctuation, curly apostrophes. The A of each {A|B}. Gold paragraphs are the text after the stamp (and
//                label). transcriptStart is the first stamp. Key `web`.
//   episode.stm  a NIST STM reference transcript (the segment time mark format sclite scores against), as a speech group
//                would make it for a benchmark of recognisers on podcast audio, as I remember the format: `;;` comment
//                lines declaring the categories and labels (`;; CATEGORY "1" "Speaking Condition" ""`, `;; LABEL "F1"
//                …`), then ONE SEGMENT PER LINE, `<file> <channel> <speaker> <begin> <end> <o,fN,sex> <words>`, sorted by
//                time: the file id `BeeSpace_083`, channel `1`, the speaker id (`Ffion_Pritchard`, `Dov_Salinger`), times in
//                seconds with three decimals, the label field (`o` overall, `f0` for the sponsor read as prepared speech,
//                `f1` for conversation, the speaker's sex), then the words: LOWERCASE, NO PUNCTUATION but apostrophes and
//                hyphens, numbers spelled out, letter-by-letter acronyms as single letters with a period (`u. s. d. a.`,
//                `e. s. p. thirty-two`), hesitations as `(%hesitation)`, a word fragment as `(hu-)`, URLs as spoken. A turn
//                is cut into lines at every pause (`¶`) and at a sentence end once a line holds 12 words (at a comma once
//                it holds 30, or at 45 words). The theme music at both ends as `excluded_region` lines with the text
//                `ignore_time_segment_in_scoring`. The transcribers' slips: from the extras on, the second transcriber's
//                id for Ffion, `Ffion_Prichard` (an alias); ONE short line of Dov's under `Ffion_Pritchard` (`stm`; gold:
//                Dov). The B of each {A|B}. Gold paragraphs are the words of a line (after the label field). A segment
//                starts at the first character of the line whose first word is its first word, or INSIDE a line at its
//                first word. transcriptStart is the first speech line; the comment lines and the opening music line
//                belong to the intro, the closing music line to the outro. Key `stm`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s
//   when the same host goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 6.1 s after the theme
//   music; the B words of a stretch spread over the time its A words took). The pauses are drawn from a hash of the slug
//   and the position: no randomness.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, F, D } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'bee-space-083';
const WPS = 2.6, T0 = 6.1;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;
const segIndexOf = new Map();   // source item -> index of the segment it belongs to
{
  let n = -1;
  for (const x of SOURCE) { if (x.seg && !x.mid) n++; else if (x.seg) n++; else segIndexOf.set(x, n); }
}

// --- the words of the B variant on the A clock -------------------------------------------------------------------
// Every B word: { w, item, k, speaker, part, begin, end, seg }; a `§` word and the first word of a paragraph after a seg
// item carry their segment.
const words = [];
{
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  const clean = (s) => s.replace(/[⟨⟩]/g, '').replace(/ ?¦~?/g, ' ');
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const aParts = clean(pick(item.text, 0)).split(/\s*¶\s*/), bParts = clean(pick(item.text, 1)).split(/\s*¶\s*/);
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
        const x = { w, item, k, speaker: item.speaker, part: `${k}/${pi}`, begin: begin + (j / list.length) * (t - begin) };
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

// --- episode.stm ------------------------------------------------------------------------------------------------
// The reference's spelling of one B word: lowercase, straight apostrophes, no punctuation around it; `(%hesitation)`,
// fragments like `(hu-)` and single letters with a period (`u.`) stay as they are.
const stmWord = (raw) => {
  if (/^\(%hesitation\)$|^\([a-z]+-\)$/.test(raw)) return raw;
  if (/^[a-z]\.$/.test(raw)) return raw;
  return raw.toLowerCase().replace(/[’‘]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
};
const FILE = 'BeeSpace_083';
const ID = { [F]: 'Ffion_Pritchard', [D]: 'Dov_Salinger' };
const SEX = { [F]: 'female', [D]: 'male' };
const EXTRAS_FROM = SOURCE.filter((x) => x.seg).findIndex((x) => x.seg === 'extra');
const SPONSOR_AT = SOURCE.filter((x) => x.seg).findIndex((x) => x.seg === 'sponsor');
const stmLines = [];
{
  let cur = null;
  const flush = () => { if (cur?.ws.length) stmLines.push(cur); cur = null; };
  words.forEach((x, i) => {
    if (!cur || cur.part !== x.part) { flush(); cur = { part: x.part, item: x.item, ws: [] }; }
    const w = stmWord(x.w);
    if (!w) { if (x.seg) throw new Error(`a segment starts at a word the STM drops: ${x.w}`); return; }
    cur.ws.push({ ...x, s: w });
    const n = cur.ws.length;
    const next = words[i + 1];
    if (!next || next.part !== x.part) return;
    if ((/[.?!]$/.test(x.w) && !/^[a-z]\.$/.test(x.w) && n >= 12) || (/,$/.test(x.w) && n >= 30) || n >= 45) flush();
  });
  flush();
}
const f3 = (s) => s.toFixed(3);
const stm = { text: '', paragraphs: [], segments: [], transcriptStart: null };
{
  const header = [
    ';; CATEGORY "0" "" ""',
    ';; LABEL "O" "Overall" "Overall"',
    ';;',
    ';; CATEGORY "1" "Speaking Condition" ""',
    ';; LABEL "F0" "Prepared" "Read or prepared speech"',
    ';; LABEL "F1" "Spontaneous" "Conversational speech"',
    ';;',
    ';; CATEGORY "2" "Speaker Sex" ""',
    ';; LABEL "female" "Female" ""',
    ';; LABEL "male" "Male" ""',
    ';;',
    `;; podcast reference set v0.3, episode ${FILE}, two transcription passes; conventions in the set's guidelines`,
    `${FILE} 1 excluded_region 0.000 ${f3(T0 - 0.4)} <o,,unknown> ignore_time_segment_in_scoring`,
    '',
  ].join('\n');
  let out = header;
  const openSeg = (seg, at) => {
    if (stm.segments.length) stm.segments.at(-1).end = at;
    stm.segments.push({ kind: seg.seg, presenter: seg.presenter, title: seg.title, titleKeys: seg.titleKeys, start: stm.segments.length ? at : 0, end: null });
  };
  stmLines.forEach((line, li) => {
    if (li) out += '\n';
    const lineAt = out.length;
    stm.transcriptStart ??= lineAt;
    const item = line.item;
    const segN = segIndexOf.get(item);
    const id = item.stm ?? (item.speaker === F && segN >= EXTRAS_FROM ? 'Ffion_Prichard' : ID[item.speaker]);
    const sex = id.startsWith('Ffion') ? 'female' : 'male';
    const cond = segN === SPONSOR_AT ? 'f0' : 'f1';
    out += `${FILE} 1 ${id} ${f3(line.ws[0].begin)} ${f3(line.ws.at(-1).end)} <o,${cond},${sex}> `;
    const start = out.length;
    line.ws.forEach((x, j) => {
      if (j) out += ' ';
      if (x.seg) openSeg(x.seg, j === 0 ? lineAt : out.length);
      out += x.s;
    });
    stm.paragraphs.push({ start, end: out.length, speaker: item.speaker });
    if (SEX[item.speaker] !== sex && !item.stm) throw new Error('sex field');
  });
  const last = stmLines.at(-1).ws.at(-1).end;
  out += `\n${FILE} 1 excluded_region ${f3(last + 0.6)} ${f3(last + 14.2)} <o,,unknown> ignore_time_segment_in_scoring\n`;
  stm.segments.at(-1).end = out.length;
  stm.text = out;
}
if (stm.segments.length !== SEGS) throw new Error(`stm: ${stm.segments.length} segments, the source has ${SEGS}`);
for (const p of stm.paragraphs) if (/[§¶¦⟨⟩{}|~,?!;:"]|[^\s(]\.|\.\S/.test(stm.text.slice(p.start, p.end).replace(/(^| )[a-z]\.(?= |$)/g, '$1x'))) throw new Error(`a mark or punctuation in episode.stm: ${stm.text.slice(p.start, p.end)}`);

// --- web.txt --------------------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0).replace(/\s*¶\s*/g, ' ') }));
for (const x of WSRC) if (!x.seg && /[{}|]/.test(x.text)) throw new Error(`a stray mark in: ${x.text.slice(0, 40)}`);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const LABEL = { [F]: 'FFION', [D]: 'DOV' };
const web = render(WEB_SOURCE, {
  header: [
    'Bee Space',
    'The technology of beekeeping, from the hive scale to the robot arm',
    '',
    'Home  /  Episodes  /  Transcripts  /  Support us on Patreon',
    '',
    '« Back to episode 83',
    '',
    'Transcript for Episode 83:',
    'Vaccinated queens, robot hives and a hornet with a radio',
    '',
    'Recorded on Thursday, 20 June 2024.',
    '', '',
  ].join('\n'),
  footer: '\n\nBee Space is made on a hillside in Powys and in an almond truck in Fresno. Corrections and swarm reports: hello@bee-space.fm\n\n« Back to episode 83',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `00:00 ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [F, D].join()) throw new Error('the two labelled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    beekeeping: ['beekeeping', 'beekeeper', 'beekeepers'],
    'hive scale': ['hive scale', 'hive scales'],
    GPS: ['GPS', 'g. p. s.'],
    'honey bee vaccine': ['vaccine', 'vaccinated queens'],
    'Dalan Animal Health': ['Dalan Animal Health', 'Dalan'],
    USDA: ['USDA', 'u. s. d. a.'],
    'conditional licence': ['conditional licence'],
    'American foulbrood': ['American foulbrood', 'foulbrood'],
    'Paenibacillus larvae': ['Paenibacillus larvae', 'Paenibacillus'],
    'queen candy': ['queen candy'],
    'queen cage': ['queen cage'],
    vitellogenin: ['vitellogenin'],
    'University of Helsinki': ['University of Helsinki'],
    'European foulbrood': ['European foulbrood'],
    'Varroa destructor': ['Varroa destructor', 'varroa'],
    'load cell': ['load cell', 'load cells'],
    HX711: ['HX711', 'h. x. seven one one'],
    microcontroller: ['microcontroller'],
    ESP32: ['ESP32', 'e. s. p. thirty-two'],
    'Wi-Fi': ['Wi-Fi'],
    LoRaWAN: ['LoRaWAN'],
    'The Things Network': ['The Things Network', 'Things Network'],
    BroodMinder: ['BroodMinder'],
    Arnia: ['Arnia'],
    we4bee: ['we4bee', 'we four bee'],
    'citizen science': ['citizen science'],
    'nectar flow': ['nectar flow'],
    Beewise: ['Beewise'],
    BeeHome: ['BeeHome'],
    'robotic arm': ['robotic arm'],
    'computer vision': ['computer vision'],
    pollination: ['pollination'],
    Frameworth: ['Frameworth'],
    'alcohol wash': ['alcohol wash'],
    BeeScanning: ['BeeScanning'],
    'sticky board': ['sticky board'],
    'Bee Informed Partnership': ['Bee Informed Partnership'],
    'Auburn University': ['Auburn University'],
    'colony loss survey': ['survey of colony losses'],
    'deformed wing virus': ['deformed wing virus'],
    'oxalic acid': ['oxalic acid'],
    'formic acid': ['formic acid'],
    thymol: ['thymol'],
    amitraz: ['amitraz', 'Amitraz'],
    Apivar: ['Apivar'],
    'Nottingham Trent University': ['Nottingham Trent University'],
    accelerometer: ['accelerometer', 'accelerometers'],
    'artificial swarm': ['artificial swarm'],
    'queen piping': ['queen piping'],
    'Raspberry Pi': ['Raspberry Pi'],
    I2S: ['I2S', 'i. two s.'],
    'Asian hornet': ['Asian hornet', 'Vespa velutina'],
    'National Bee Unit': ['National Bee Unit'],
    'radio tag': ['radio tags', 'radio transmitter'],
    'directional antenna': ['directional antenna'],
    'University of Exeter': ['University of Exeter'],
    'harmonic radar': ['harmonic radar'],
    'thermal camera': ['thermal cameras'],
    'Asian Hornet Watch': ['Asian Hornet Watch'],
    'Flow Hive': ['Flow Hive'],
    Indiegogo: ['Indiegogo'],
    'bee space': ['bee space'],
    propolis: ['propolis'],
    'movable frame hive': ['movable frame hive'],
    'bait hive': ['bait hive'],
  },
  tolerated: [
    'Bee Space', 'bee-space.fm', 'bee-space.fm/83', 'bee space dot f. m. slash eighty-three', 'frameworth.app', 'frameworth.app/beespace', 'frameworth dot app slash bee space',
    'hello@bee-space.fm', 'Patreon', 'STM', 'NIST', 'sclite', 'BeeSpace_083', 'Ffion', 'Pritchard', 'Prichard', 'Dov', 'Salinger', 'Gladys', 'Dalial Freitak', 'Martin Bencsik',
    'Stuart Anderson', 'Cedar Anderson', 'Lorenzo Langstroth', 'Langstroth', 'Powys', 'Wales', 'mid Wales', 'Fresno', 'California', 'Georgia', 'Wisconsin', 'England', 'Germany',
    'Israel', 'Israeli', 'France', 'Europe', 'Britain', 'Jersey', 'Channel Islands', 'Australia', 'Philadelphia', 'US', 'u. s.', 'Atlantic', 'January', 'February', 'Tuesday',
    'Monday', 'Thursday', 'firmware', 'industrial sensors', 'sensor', 'sensors', 'scale', 'scales', 'hive', 'hives', 'colony', 'colonies', 'bees', 'queen', 'queens', 'workers',
    'larvae', 'larva', 'eggs', 'brood', 'comb', 'frames', 'frame', 'super', 'stores', 'honey', 'nectar', 'swarm', 'swarms', 'mites', 'mite', 'almonds', 'almond orchards',
    'orchard', 'trucks', 'truck', 'spreadsheets', 'software', 'trackers', 'robot', 'robot hives', 'robot arm', 'spores', 'bacterium', 'bacteria', 'disease', 'immunity',
    'ovaries', 'fondant', 'sugar', 'invoice', 'certificate', 'bee inspectors', 'bee inspector', 'converter', 'twenty-four bit converter', 'battery', 'gateway', 'barn', 'app',
    'microphones', 'microphone', 'schools', 'temperature', 'humidity', 'weight', 'sawtooth', 'foragers', 'calibrate', 'rain', 'roof', 'hammer', 'shipping container',
    'solar panels', 'model', 'pests', 'heat', 'money', 'dashboard', 'smoke', 'inspection', 'inspections', 'phone', 'phone camera', 'camera', 'jar', 'alcohol', 'mesh floor',
    'photo', 'viruses', 'treatments', 'resistant', 'strips', 'wax', 'vibrations', 'pulses', 'signals', 'virgin queen', 'tooting', 'quacking', 'bus', 'weight curve',
    'hornet', 'hornets', 'nest', 'nests', 'bait station', 'antenna', 'native hornet', 'hoverflies', 'expert', 'extras', 'plastic cells', 'extractor', 'key', 'tube',
    'garden', 'patent', 'drawings', 'gap', 'lemongrass oil', 'old comb', 'Reverend', 'swarm reports', 'pottery', 'shipment', 'queenless colonies', 'queenless', 'research',
    'volunteers', 'record', 'voice',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Bee Space', number: 83, recorded: '2024-06-20', title: 'Vaccinated queens, robot hives and a hornet with a radio' };
const files = { web: { file: 'web.txt', r: web }, stm: { file: 'episode.stm', r: stm } };
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
console.log(`${words.length} spoken words in episode.stm, about ${Math.round(words.at(-1).end / 60)} minutes; episode.stm: ${stmLines.length} lines; web.txt: ${web.paragraphs.length} paragraphs\n` +
  `segments (web words): ${web.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(web, sg)}`).join('; ')}\n` +
  `segments (stm words): ${stm.segments.map((sg) => wordsIn(stm, sg)).join(', ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
