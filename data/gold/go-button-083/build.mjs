// Builds Go Button #83 (SYNTHETIC held-out episode, heldout29) from source.mjs: a two-host weekly LIVE-EVENT LIGHTING and
// SHOW CONTROL news show (hosts Clodagh Brennan, who opens and closes it, and Florian Sauer). Intro (the self-introductions,
// the dressing-room light on a motion sensor, and a rundown read by Florian as a CUE LIST); the festival whose lights froze
// (Florian; handed over by name MID-PARAGRAPH in Clodagh's paragraph); GDTF and MVR (Clodagh; a NEW paragraph of hers right
// after her own one-liner, a WEAK cue on her own words); PixMob wristbands (Florian; MID-PARAGRAPH in his own paragraph); the
// sponsor Rigsheet (Clodagh; MID-PARAGRAPH in her own paragraph, the read itself a paragraph of its own); the Sphere
// (Clodagh; a NEW paragraph of hers right after the read); RDM and RDMnet (Florian; raised by Clodagh's question in a NEW
// paragraph of hers); the timecode horror story (Clodagh; asked for by name MID-PARAGRAPH in Florian's paragraph); extras
// ("follow spots"): WLED (Florian; at a change of speaker, the presenter first), the Strand Lightboard (Clodagh; asked for
// without a name MID-PARAGRAPH in Florian's paragraph); outro (Clodagh; at a change of speaker).
//
// Renders
//   web.txt          the show's own transcript page, seed-like, built with the shared `splitWebParagraphs`, `webStamps`
//                    and `render(…, { speechOnly: true })`, with the show's OWN header and footer: `mm:ss ` stamps on one
//                    clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph,
//                    from 1.2 s), FULL NAMES as labels (`Clodagh Brennan: `, `Florian Sauer: `) on the first two
//                    paragraphs only, page breaks inside long turns (`¦~` losing the continuation's first word, `¦`
//                    keeping it), paragraphs losing their first word (`cut`), the spoken URLs dropped with the following
//                    punctuation, curly apostrophes. The A of each {A|B}. Gold paragraphs are the text after the stamp (and
//                    label). transcriptStart is the first stamp. Key `web`.
//   assemblyai.json  an AssemblyAI transcript (speaker_labels on, punctuate and format_text on), the GET /v2/transcript/{id}
//                    response as the host saved it from Python (`json.dump(response, f, indent=2)`: the same text as
//                    JSON.stringify(doc, null, 2) here, ASCII only, no float with a whole value, no final newline), as I
//                    remember the layout: {"id", "language_model", "acoustic_model", "language_code", "status",
//                    "audio_url", "text": …the whole episode…, "words": [{"text", "start", "end", "confidence",
//                    "speaker"}, …], "utterances": [{"confidence", "end", "speaker", "start", "text", "words": […]}, …],
//                    "confidence", "audio_duration", and the request's options (punctuate, format_text, speaker_labels,
//                    and the features left off, null or false)}; times in whole MILLISECONDS; speakers ONLY as LETTERS
//                    in order of first appearance (A: Clodagh, B: Florian, C: the third voice the diariser hears in the
//                    separately recorded sponsor read). An utterance is a maximal run of one letter, so a turn of several
//                    paragraphs is ONE utterance and no utterance breaks at a pause; `merge` folds a short reply said over
//                    the other host into the other host's utterance (two voices: `ambiguous`). The B of each {A|B}. GOLD
//                    PARAGRAPHS are ONE PER UTTERANCE: the contents of its "text" string (inside the quotes).
//                    transcriptStart is the `{` of the first utterance: everything before it (the job fields, the whole
//                    text, the top-level word list) belongs to the first segment. A segment starts at the `{` of the
//                    utterance whose first word is its first word, or INSIDE an utterance's text at its first word. Key
//                    `assemblyai`.
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, C, F } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'go-button-083';
const WPS = 2.6, T0 = 1.2;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);
const hash = (s) => createHash('sha1').update(s).digest('hex');
const uuid = (seed) => { const h = hash(seed); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`; };

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0) }));
const wordTimes = wordClock(WSRC, T0, (t) => words(t).length, WPS);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [C]: 'Clodagh Brennan', [F]: 'Florian Sauer' };
const TITLE = 'Standing by for sixty thousand wristbands';
const lastWord = wordTimes.filter(Boolean).at(-1).at(-1);
const web = render(WEB_SOURCE, {
  header: [
    'GO BUTTON',
    'Lighting, video and show control, for the people who press Go', '',
    `Episode 83 · ${TITLE}`,
    `13 November 2024 · ${Math.round(lastWord / 60)} min · with Clodagh Brennan and Florian Sauer`, '',
    'Transcript',
    'Machine transcript, corrected by the hosts. Timestamps are approximate.', '', '',
  ].join('\n'),
  footer: '\n\n< Episode 82    All episodes    Episode 84 >\nGo Button is made in Dublin and Vienna. Transcript text may be reused with credit.',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [C, F].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- assemblyai.json ----------------------------------------------------------------------------
// Every spoken word of the B text on the clock, with its paragraph; `§` words remember their segment.
const LETTER = { [C]: 'A', [F]: 'B' };
const toks = [];
{
  let t = T0, prev = null, pending = null;
  const midQueue = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = unsplit(pick(item.text, 1));
    if (/[⟨⟩{}|~’‘"\\\u0080-\uffff]/.test(text.replace(/§/g, ''))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const list = text.split(/\s+/).filter(Boolean);
    list.forEach((raw, j) => {
      const w = raw.replace('§', '');
      if (!/[A-Za-z0-9]/.test(w)) throw new Error(`a word without letters: ${raw}`);
      const x = { w, k, item, speaker: item.speaker, begin: t };
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
// The diariser's letter for each paragraph: its speaker's, C for a `third` paragraph, and for a `merge` reply the letter
// of the paragraph after it (the other host's, whose utterance swallows it).
const paraItems = SOURCE.filter((x) => !x.seg);
const letterOf = new Map();
paraItems.forEach((p, i) => {
  if (p.third) letterOf.set(p, 'C');
  else if (p.merge) {
    const next = paraItems[i + 1], before = paraItems[i - 1];
    if (!next || next.speaker === p.speaker || before?.speaker !== next.speaker) throw new Error('a merged reply must sit between two paragraphs of the other host');
    if (SOURCE[SOURCE.indexOf(p) + 1].seg) throw new Error('a merged reply before a segment start');
    letterOf.set(p, LETTER[next.speaker]);
  } else letterOf.set(p, LETTER[p.speaker]);
});
const utts = [];
for (const x of toks) {
  const L = letterOf.get(x.item);
  if (!utts.length || utts.at(-1).letter !== L) utts.push({ letter: L, ws: [] });
  utts.at(-1).ws.push(x);
}
const CONF = [0.99316, 0.98291, 0.99805, 0.97119, 0.99414, 0.9585, 0.99902, 0.98779, 0.9917];
const isSlip = (x) => x.item.text.includes(`|${x.w.replace(/[.,?!;:]+$/, '')}`);
const ms = (s) => Math.round(s * 1000);
const wordObj = (x, i, letter) => ({ text: x.w, start: ms(x.begin), end: ms(x.end), confidence: isSlip(x) ? 0.41 + ((i * 7) % 40) / 100 + 0.00113 : CONF[i % CONF.length], speaker: letter });
let wi = 0;
const allWords = [];
const uttInfo = utts.map((u) => {
  const count = new Map();
  for (const x of u.ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  return { major: [...count.entries()].sort((a, b) => b[1] - a[1])[0][0], mixed: count.size > 1 };
});
const utterances = utts.map((u, ui) => {
  const ws = u.ws.map((x) => { const w = wordObj(x, wi++, u.letter); allWords.push(w); return w; });
  const confidence = Math.round(ws.reduce((a, w) => a + w.confidence, 0) / ws.length * 1e8) / 1e8;
  return { confidence, end: ws.at(-1).end, speaker: u.letter, start: ws[0].start, text: u.ws.map((x) => x.w).join(' '), words: ws };
});
for (const w of allWords) if (Number.isInteger(w.confidence)) throw new Error('a whole confidence');
const fullText = utterances.map((u) => u.text).join(' ');
const doc = {
  id: uuid(`${SLUG}/transcript`),
  language_model: 'assemblyai_default',
  acoustic_model: 'assemblyai_default',
  language_code: 'en_us',
  status: 'completed',
  audio_url: `https://cdn.assemblyai.com/upload/${uuid(`${SLUG}/upload`)}`,
  text: fullText,
  words: allWords,
  utterances,
  confidence: Math.round(allWords.reduce((a, w) => a + w.confidence, 0) / allWords.length * 1e8) / 1e8,
  audio_duration: Math.ceil(allWords.at(-1).end / 1000) + 2,
  punctuate: true,
  format_text: true,
  dual_channel: null,
  webhook_url: null,
  webhook_status_code: null,
  webhook_auth: false,
  webhook_auth_header_name: null,
  speed_boost: false,
  auto_highlights_result: null,
  auto_highlights: false,
  audio_start_from: null,
  audio_end_at: null,
  word_boost: [],
  boost_param: null,
  filter_profanity: false,
  redact_pii: false,
  redact_pii_audio: false,
  redact_pii_audio_quality: null,
  redact_pii_policies: null,
  redact_pii_sub: null,
  speaker_labels: true,
  content_safety: false,
  iab_categories: false,
  content_safety_labels: { status: 'unavailable', results: [], summary: {} },
  iab_categories_result: { status: 'unavailable', results: [], summary: {} },
  language_detection: false,
  custom_spelling: null,
  throttled: null,
  auto_chapters: false,
  summarization: false,
  summary_type: null,
  summary_model: null,
  custom_topics: false,
  topics: [],
  speech_threshold: null,
  chapters: null,
  disfluencies: false,
  entity_detection: false,
  sentiment_analysis: false,
  sentiment_analysis_results: null,
  entities: null,
  speakers_expected: null,
  summary: null,
  speech_model: null,
};
const aj = JSON.stringify(doc, null, 2);
if (/[^\x00-\x7f]/.test(aj)) throw new Error('assemblyai.json must be ASCII');
// Where every utterance object and its text sit.
const aParas = [];
const objAt = [];
{
  let cursor = aj.indexOf('\n  "utterances": [');
  if (cursor < 0) throw new Error('no utterances');
  utterances.forEach((u, ui) => {
    const open = aj.indexOf('\n    {\n      "confidence": ', cursor) + 5;
    const key = '"text": ';
    const at = aj.indexOf(key, open);
    const expect = `{\n      "confidence": ${u.confidence},\n      "end": ${u.end},\n      "speaker": "${u.speaker}",\n      "start": ${u.start},\n      `;
    if (open < 5 || aj.slice(open, at) !== expect) throw new Error(`utterance ${ui} not where expected`);
    if (JSON.stringify(u.text) !== `"${u.text}"`) throw new Error('a text that JSON escapes');
    const start = at + key.length + 1;
    if (aj.slice(start, start + u.text.length) !== u.text) throw new Error(`utterance ${ui}'s text not where expected`);
    objAt.push(open);
    const para = { start, end: start + u.text.length, speaker: uttInfo[ui].major };
    if (uttInfo[ui].mixed) para.ambiguous = true;
    aParas.push(para);
    let pos = start;
    utts[ui].ws.forEach((x) => { x.pos = pos; pos += x.w.length + 1; });
    cursor = para.end;
  });
}
const aSegs = [];
utts.forEach((u, ui) => u.ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = aSegs.length === 0 ? 0 : (j === 0 ? objAt[ui] : x.pos);
  if (aSegs.length) aSegs.at(-1).end = start;
  aSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
aSegs.at(-1).end = aj.length;
if (aSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('assemblyai segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'lighting console': ['lighting consoles', 'lighting console'],
    firmware: ['firmware'],
    LED: ['LED'],
    'open source': ['open-source'],
    sACN: ['sACN', 'streaming protocol'],
    ESTA: ['ESTA'],
    'E1.31': ['E1.31', 'E 1.31'],
    DMX512: ['DMX512', 'DMX 512', 'DMX'],
    'DMX universe': ['universe'],
    multicast: ['multicast'],
    'IGMP snooping': ['IGMP snooping', 'I G M P snooping'],
    'IGMP querier': ['querier'],
    Dante: ['Dante'],
    PTP: ['PTP'],
    'Art-Net': ['Art-Net', 'art net'],
    'Artistic Licence': ['Artistic Licence'],
    unicast: ['unicast'],
    broadcast: ['broadcast'],
    VLAN: ['VLANs', 'VLAN', 'V lans', 'V lan'],
    'Energy-Efficient Ethernet': ['energy-efficient Ethernet'],
    Ethernet: ['Ethernet'],
    GDTF: ['GDTF', 'GD TF', 'General Device Type Format'],
    'fixture profile': ['profiles', 'profile', 'personalities'],
    'moving light': ['moving lights', 'moving light'],
    gobo: ['gobo'],
    'MA Lighting': ['MA Lighting'],
    Robe: ['Robe'],
    Vectorworks: ['Vectorworks', 'Vector Works'],
    'DIN SPEC 15800': ['DIN SPEC fifteen eight hundred', 'DIN spec 15800'],
    XML: ['XML'],
    'GDTF Share': ['GDTF Share', 'GD TF Share'],
    MVR: ['MVR', 'My Virtual Rig'],
    grandMA3: ['grandMA3', 'grand MA 3'],
    Capture: ['Capture'],
    visualiser: ['visualiser'],
    PixMob: ['PixMob', 'Pix Mob'],
    infrared: ['infrared'],
    Xylobands: ['Xylobands', 'Xylo bands'],
    Rigsheet: ['Rigsheet', 'Rig sheet'],
    Sphere: ['Sphere'],
    Exosphere: ['Exosphere'],
    'LED screen': ['LED screen'],
    'Big Sky': ['Big Sky'],
    Holoplot: ['Holoplot', 'Hollow plot'],
    disguise: ['disguise'],
    'media server': ['media server'],
    timecode: ['timecode'],
    RDM: ['RDM', 'Remote Device Management'],
    'ANSI E1.20': ['E1.20', 'E 1.20'],
    RDMnet: ['RDMnet', 'RDM net'],
    'E1.33': ['E1.33', 'E 1.33'],
    ETC: ['ETC'],
    broker: ['broker'],
    'Open Lighting Architecture': ['Open Lighting Architecture', 'OLA'],
    'RDM responder tests': ['responder test suite'],
    Python: ['Python'],
    QLab: ['QLab', 'Q lab'],
    Mac: ['Mac'],
    OSC: ['OSC'],
    Eos: ['Eos'],
    'SMPTE timecode': ['SMPTE'],
    LTC: ['LTC'],
    'frame rate': ['frame rate'],
    'MIDI Show Control': ['MIDI Show Control'],
    WLED: ['WLED', 'W LED'],
    ESP32: ['ESP32', 'ESP 32'],
    ESP8266: ['ESP8266', 'ESP 8266'],
    WS2812: ['WS2812', 'WS 2812'],
    'addressable LED strip': ['addressable LED strips'],
    'Strand Lightboard': ['Strand Lightboard', 'Strand light board', 'Lightboard'],
    'memory console': ['memory console', 'memory desks'],
  },
  tolerated: [
    'Go Button', 'rigsheet.app', 'rigsheet.app/gobutton', 'gobutton.show', 'gobutton.show/83', 'Clodagh', 'Florian', 'Dublin', 'Glasgow', 'Vienna', 'Montreal', 'Las Vegas', 'London', 'Germany',
    'Eras Tour', 'Coldplay', 'Mylo Xyloto', 'U2', 'Eagles', 'Darren Aronofsky', 'Postcard from Earth', 'Simon Newton', 'National Theatre', 'September', 'November', 'summer', 'autumn',
    'Art-Net 4', 'Art-Net four', 'sACN universe', 'E1.31 standard', 'ANSI', 'IP', 'network', 'switch', 'switches', 'hardware shop', 'nodes', 'node', 'packet', 'priority field', 'clock', 'clocks',
    'ports', 'port', 'stream', 'streams', 'timeout', 'delay towers', 'fixtures', 'fixture', 'LED fixtures', 'wash light', 'channels', 'channel', 'modes', 'mode', 'pan', 'gobo wheel', 'colour mixing',
    'zip', '3D models', 'beam', 'patch', 'truss', 'rig', 'desk', 'desks', 'console', 'consoles', 'console maker', 'library team', 'spec', 'standard', 'release notes', 'emitters', 'moving heads',
    'wristbands', 'wristband', 'battery', 'radio', 'zones', 'fixture schedule', 'gel', 'gobo lists', 'circuits', 'power numbers', 'spreadsheets', 'free tier', 'pro plan', 'pucks', 'diodes',
    'pixels', 'dome', 'camera', 'sensor', 'speakers', 'beams of sound', 'video wall', 'video cue', 'lighting cue', 'cue', 'cues', 'cue list', 'network cue', 'network triggers', 'space bar',
    'Go button', 'backing track', 'frame numbers', 'frames', 'American template', 'checkbox', 'temperature', 'lamp hours', 'DMX address', 'DMX footprint', 'ladder', 'splitters', 'splitter',
    'library', 'open-source library', 'typo', 'web page', 'web app', 'effects', 'chase', 'kitchen cabinets', 'keyboard', 'wheel', 'submarine', 'plot', 'paper plot', 'levers', 'operators', 'computer',
    'archive', 'theatre archive', 'motion sensor', 'dressing room', 'torch', 'forum thread', 'write-up', 'support tickets', 'festival', 'sound desks', 'sound engineer', 'audio', 'lighting', 'video',
    'show control', 'firmware bugs', 'bugs', 'standard E1.31', 'Remote Device Management', 'ETC Eos', 'LED pucks', 'media servers',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Go Button', number: 83, recorded: '2024-11-13', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout29 (/work/heldout29/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    assemblyai: { input: 'assemblyai.json', length: aj.length, transcriptStart: objAt[0], segments: aSegs, paragraphs: aParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : aj;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'assemblyai.json'), aj);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
// words per segment (web.txt), to keep the items of different lengths
const per = web.segments.map((sg) => ({ title: sg.title.split(':')[0], n: web.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => web.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const speech = SOURCE.filter((x) => !x.seg).map((p) => words(pick(p.text, 0)).length).reduce((a, b) => a + b, 0);
const count = (re) => SOURCE.filter((x) => !x.seg).map((p) => (p.text.match(re) ?? []).length).reduce((a, b) => a + b, 0);
console.log(`${speech} spoken words, ${mmss(lastWord)} long; web.txt: ${count(/¦/g)} page breaks (${count(/¦~/g)} losing a word), ${SOURCE.filter((x) => x.cut).length} paragraphs losing their first word; assemblyai.json: ${utterances.length} utterances (${aParas.filter((p) => p.ambiguous).length} with two voices, ${utterances.filter((u) => u.speaker === 'C').length} as C), ${allWords.length} words\nsegments (web words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
