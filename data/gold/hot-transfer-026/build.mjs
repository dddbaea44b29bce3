// Builds Hot Transfer #26 (SYNTHETIC held-out episode, heldout31) from source.mjs: a LIVE one-host one-guest INTERVIEW
// about the TECHNOLOGY OF 911, recorded on a conference stage, built on audience MYTH CARDS, with two AUDIENCE QUESTIONS
// (host Odalys Ferrer, guest Ruthanne Kimura; Yesenia Portillo and Hal Brzezinski at the microphone). Intro (the host's
// welcome to the room, the radio, her first-person background, her THIRD-PERSON introduction of the guest and the cards);
// myth one, location (Ruthanne; the host's card at a change of speaker); myth two, texting (Ruthanne; the host's card in a
// NEW paragraph of her own after her echo: no speaker change); myth three, NG911 (Ruthanne; she raises it HERSELF,
// MID-PARAGRAPH); the sponsor Quietroom (Odalys; at a change of speaker, echoing the guest's last words); myth four, the
// console (Ruthanne; the host's card in a NEW paragraph of her own after her read); myth five, AI (Ruthanne; the host's card
// MID-PARAGRAPH, after her reaction to the guest's last words); audience question one, GIS data (Ruthanne; the host's
// call to the microphone at a change of speaker, then the question); audience question two, attacks on CAD (Ruthanne; the
// question at a change of speaker, the asker first); outro (Odalys; at a change of speaker).
//
// Renders
//   cart.txt   the conference's CART (Communication Access Realtime Translation) file, a captioner's ROUGH EDITED COPY, as
//              such files look, as I remember them: a header in capitals (ROUGH EDITED COPY, the event, the session, the
//              date and time, the captioning company) and the usual disclaimer between rows of stars; then one BLOCK PER
//              TURN, opened by `>> ` and the speaker's FIRST NAME IN CAPITALS and a colon (`>> ODALYS: `, `>> RUTHANNE: `),
//              `>> AUDIENCE MEMBER: ` for BOTH people at the microphone, a bare `>> ` where the captioner did not catch
//              who spoke (`cart: null`), one label TYPO (`>> RUTHANN: `); a turn of several paragraphs is ONE block, so a
//              same-speaker boundary falls inside a block; SOUND NOTES on lines of their own between blocks (`[ Laughter
//              ]`, `[ Applause ]`, `[ Radio chirps ]`), and a speaker who goes on after a note opens a new block; blocks
//              separated by an empty line; LF line ends, a final newline. The A of each {A|B}: the captioner's words,
//              straight apostrophes. Gold paragraphs are the block texts after `>> ` and the label. A segment starts at
//              the `>` of its first block (at the `[` of the sound note before it, if any), or INSIDE a block at its first
//              word. transcriptStart is the first `>>`. Key `cart`.
//   sonix.txt  the host's export from Sonix (plain text, speaker names and timestamps on), as I remember the layout of a
//              free-trial export: two header lines naming the audio file ("…: Audio automatically transcribed by Sonix",
//              "…: this mp3 audio file was automatically transcribed by Sonix with the best speech-to-text algorithms.
//              This transcript may contain errors."), then paragraphs separated by an empty line, each opening with the
//              speaker label, a colon and the paragraph's `[hh:mm:ss]` time (`Odalys Ferrer: [00:00:01] `); the host named
//              herself and the guest, the two people at the microphone kept Sonix's labels (`Speaker3`: Yesenia,
//              `Speaker4`: Hal); a new paragraph at every change of speaker and every pause (`¶`); TWO PROMOTIONAL
//              paragraphs of Sonix's between two speech paragraphs, and a third one after the last; the diariser's slips
//              (`sonix`: Yesenia's reply as `Speaker4`; `smerge`: Ruthanne's "I'm nervous." folded into the host's
//              paragraph: two voices, `ambiguous`); LF line ends, a final newline. The B of each {A|B}: the recogniser's
//              words, lightly corrected. Gold paragraphs are the texts after the timestamp. A segment starts at the first
//              letter of the label of the paragraph whose first word is its first word, or INSIDE a paragraph at its first
//              word. transcriptStart is the first label. Key `sonix`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s
//   when the same person goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, 2.5-4 s for applause or
//   laughter, from 1.2 s). The pauses are drawn from a hash of the slug and the position: no randomness.
//   gold.json  offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//              unmodified, for `say`, `seg` and `segmentTracker`). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no
//              randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, O, R, Y, H } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'hot-transfer-026';
const WPS = 2.6, T0 = 1.2;
const two = (n) => String(n).padStart(2, '0');
const hms = (s) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(Math.floor(s % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- the clock: when each paragraph's parts (split at ¶) begin ------------------------------------------------
const partAt = new Map();   // source item -> [begin of each part]
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.note ? 2.5 + 1.5 * unit(`${SLUG}/note/${k}`) : prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const list = [];
    pick(item.text, 0).split(/\s*¶\s*/).forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      list.push(t);
      part.split(/\s+/).filter(Boolean).filter((w) => w !== '§').forEach((w, j) => {
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
    });
    partAt.set(item, list);
    prev = item;
  });
}

// --- blocks of words, and where the segments start -------------------------------------------------------------
// Every spoken word of a variant: { w, item, part, seg } (a `§` word and the first word of a paragraph after a seg item
// carry their segment).
function wordsOf(variant) {
  const out = [];
  let pending = null;
  const midQueue = [];
  for (const item of SOURCE) {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; continue; }
    const text = pick(item.text, variant);
    if (/[{}|¦⟨⟩’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
    text.split(/\s*¶\s*/).forEach((part, pi) => {
      part.split(/\s+/).filter(Boolean).forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${part.slice(0, 40)}`);
        const x = { w, item, speaker: item.speaker, pi };
        if (raw.startsWith('§')) midQueue.push(x);
        if (j === 0 && pi === 0 && pending) { x.seg = pending; pending = null; }
        out.push(x);
      });
    });
  }
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  return out;
}
// Lays blocks out: `header`, then per block its prefix and its words joined by spaces, blocks separated by `sep`, then
// `footer`. A segment whose first word opens a block starts at the block's prefix (the first at 0); any other at its word
// (the shared `segmentTracker` keeps the list).
function layout(blocks, { header, sep, footer }) {
  let out = header;
  const paragraphs = [];
  const track = segmentTracker();
  blocks.forEach((b, bi) => {
    if (bi) out += sep;
    const blockStart = out.length;
    out += b.prefix;
    const start = out.length;
    const counts = new Map();
    b.ws.forEach((x, j) => {
      if (j) out += ' ';
      if (x.seg && j === 0) { track.seg({ ...x.seg, mid: false }); track.block(blockStart); }
      else if (x.seg) { track.mark(out.length); track.seg({ ...x.seg, mid: true }); }
      out += x.w;
      counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
    });
    const sorted = [...counts.entries()].sort((a, c) => c[1] - a[1]);
    if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error(`a block holds two voices equally: ${b.ws.map((x) => x.w).join(' ').slice(0, 60)}`);
    const para = { start, end: out.length, speaker: sorted[0][0] };
    if (sorted.length > 1) para.ambiguous = true;
    paragraphs.push(para);
  });
  out += footer;
  track.close(out.length);
  const { segments } = track;
  if (segments.length !== SEGS) throw new Error(`${segments.length} segments laid out, the source has ${SEGS}`);
  return { text: out, paragraphs, segments };
}

// --- cart.txt -------------------------------------------------------------------------------------------------
const CART = { [O]: 'ODALYS', [R]: 'RUTHANNE', [Y]: 'AUDIENCE MEMBER', [H]: 'AUDIENCE MEMBER' };
const cartBlocks = [];
let cartTrailingNote = null;   // a note after the last block goes to the footer
{
  const words = wordsOf(0);
  const lastOf = new Map(words.map((x) => [x.item, x]));
  let note = null;
  for (const x of words) {
    const last = cartBlocks.at(-1);
    if (!last || last.item.speaker !== x.item.speaker || note) {
      const lab = 'cart' in x.item ? x.item.cart : CART[x.item.speaker];
      cartBlocks.push({ item: x.item, prefix: `${note ? `[ ${note} ]\n\n` : ''}>> ${lab === null ? '' : `${lab}: `}`, ws: [] });
      note = null;
    }
    cartBlocks.at(-1).ws.push(x);
    if (x.item.note && lastOf.get(x.item) === x) note = x.item.note;
  }
  cartTrailingNote = note;
}
const cart = layout(cartBlocks, {
  header: [
    'ROUGH EDITED COPY', '',
    'IOWA APCO/NENA SPRING CONFERENCE',
    'GENERAL SESSION 3',
    '"HOT TRANSFER" LIVE PODCAST RECORDING', '',
    'TUESDAY, APRIL 22, 2025',
    '10:30 A.M. CT', '',
    'CART CAPTIONING PROVIDED BY:',
    'PRAIRIE REALTIME REPORTING', '',
    '* * * * *', '',
    'This text, document, or file is based on live transcription. Communication Access Realtime Translation (CART), captioning, and/or live transcription are provided in order to facilitate communication accessibility and may not be a totally verbatim record of the proceedings. This text, document, or file is not to be distributed or used in any way that may violate copyright law.', '',
    '* * * * *', '', '',
  ].join('\n'),
  sep: '\n\n',
  footer: `${cartTrailingNote ? `\n\n[ ${cartTrailingNote} ]` : ''}\n\n(Session concluded at 11:27 a.m. CT)\n\n* * * * *\n`,
});
const cartStart = cart.text.indexOf('>> ');

// --- sonix.txt ------------------------------------------------------------------------------------------------
const SONIX = { [O]: 'Odalys Ferrer', [R]: 'Ruthanne Kimura', [Y]: 'Speaker3', [H]: 'Speaker4' };
const FILE = 'hot-transfer-026-live-des-moines.mp3';
const ADS = [
  "Sonix is the world's most advanced automated transcription, translation, and subtitling platform. Fast, accurate, and affordable.",
  'Automatically convert your mp3 files to text (txt file format) or Microsoft Word (docx file format). Sonix uses cutting-edge artificial intelligence to convert your mp3 files to text.',
  "Sonix has many features that you'd love including advanced search, automated translation, upload many different filetypes, share transcripts, and easily transcribe your Zoom meetings. Try Sonix for free today.",
];
const sonixBlocks = [];
for (const x of wordsOf(1)) {
  const last = sonixBlocks.at(-1);
  if (x.item.smerge && last) { last.ws.push(x); continue; }
  if (!last || last.item !== x.item || last.pi !== x.pi) sonixBlocks.push({ item: x.item, pi: x.pi, ws: [] });
  sonixBlocks.at(-1).ws.push(x);
}
// the promotional paragraphs go before the blocks nearest a third and two thirds of the way that open no segment
const adAt = [1 / 3, 2 / 3].map((f) => {
  let i = Math.round(sonixBlocks.length * f);
  while (sonixBlocks[i].ws[0].seg) i++;
  return i;
});
sonixBlocks.forEach((b, i) => {
  const ad = adAt.indexOf(i);
  b.prefix = `${ad >= 0 ? `${ADS[ad]}\n\n` : ''}${b.item.sonix ?? SONIX[b.item.speaker]}: [${hms(partAt.get(b.item)[b.pi])}] `;
});
const sonix = layout(sonixBlocks, {
  header: `${FILE}: Audio automatically transcribed by Sonix\n\n${FILE}: this mp3 audio file was automatically transcribed by Sonix with the best speech-to-text algorithms. This transcript may contain errors.\n\n`,
  sep: '\n\n',
  footer: `\n\n${ADS[2]}\n`,
});

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    911: ['911'],
    APCO: ['APCO', 'Apco'],
    NENA: ['NENA', 'Nina'],
    GIS: ['GIS'],
    ANI: ['ANI', 'Annie'],
    ALI: ['ALI', 'Ali'],
    'automatic location identification': ['automatic location identification'],
    'Phase I': ['Phase One'],
    'Phase II': ['Phase Two'],
    'uncertainty radius': ['uncertainty radius', 'uncertainty radios'],
    'device-based hybrid location': ['device-based hybrid location', 'device-based location'],
    Apple: ['Apple'],
    Google: ['Google'],
    GPS: ['GPS'],
    'Wi-Fi': ['Wi-Fi'],
    Bluetooth: ['Bluetooth'],
    Android: ['Android'],
    'Emergency Location Service': ['Emergency Location Service'],
    'Advanced Mobile Location': ['Advanced Mobile Location', 'AML'],
    RapidSOS: ['RapidSOS', 'Rapid SOS'],
    'z-axis': ['z-axis'],
    FCC: ['FCC'],
    "Kari's Law": ["Kari's Law", "Carrie's Law"],
    "RAY BAUM'S Act": ["RAY BAUM'S Act", "Ray Baum's Act"],
    'multi-line telephone system': ['multi-line phone system'],
    'dispatchable location': ['dispatchable location'],
    'Text-to-911': ['Text-to-911', 'text 911'],
    'bounce-back message': ['bounce-back message'],
    RTT: ['RTT', 'real-time text'],
    TTY: ['TTY'],
    'Next Generation 911': ['next generation 911', 'NG911'],
    'selective router': ['selective router'],
    MSAG: ['MSAG', 'M sag', 'Master Street Address Guide'],
    'IP network': ['IP network'],
    ESInet: ['ESInet', 'ESI net'],
    'NENA i3': ['i3', 'I three'],
    SIP: ['SIP'],
    'PIDF-LO': ['PIDF-LO', 'PIDF low'],
    ECRF: ['ECRF'],
    LoST: ['LoST'],
    'AT&T': ['AT&T', 'AT and T'],
    Quietroom: ['Quietroom', 'Quiet Room'],
    'peer support': ['peer support'],
    CAD: ['CAD', 'computer-aided dispatch'],
    AVL: ['AVL', 'automatic vehicle location'],
    P25: ['P25'],
    'talk group': ['talk groups'],
    'Medical Priority Dispatch System': ['Medical Priority Dispatch System'],
    NFPA: ['NFPA'],
    'NFPA 1225': ['NFPA 1225', 'NFPA 12 25'],
    'protective service occupations': ['protective service occupations'],
    'CAD-to-CAD': ['CAD to CAD'],
    EIDO: ['EIDO', 'Ido', 'emergency incident data object'],
    AI: ['AI'],
    'non-emergency line': ['non-emergency line'],
    translation: ['translation'],
    'quality assurance': ['quality assurance'],
    transcription: ['transcription'],
    'road centerlines': ['road centerlines'],
    'address points': ['address points'],
    'NENA GIS data model': ['GIS data model'],
    'match rate': ['match rate'],
    ransomware: ['ransomware'],
    TDoS: ['TDoS', 'T-DOS', 'telephony denial of service'],
    'run cards': ['run cards'],
    segmentation: ['segmentation'],
    'backup center': ['backup center'],
    CJIS: ['CJIS', 'C-JIS'],
    FBI: ['FBI'],
  },
  tolerated: [
    'Hot Transfer', 'quietroom.app', 'quietroom.app/hottransfer', 'quietroom.app/hot transfer', 'hottransfer.show', 'hottransfer.show/26', 'hot transfer.show/26',
    'Odalys', 'Ferrer', 'Ruthanne', 'Kimura', 'Yesenia', 'Portillo', 'Hal', 'Brzezinski', 'Brezinski', 'Bridzinski', 'Des Moines', 'Iowa', 'western Iowa', 'Tucson', 'Colorado',
    'northern Colorado', 'Europe', 'Baltimore', 'Wisconsin', 'Congress', 'federal government', 'February', 'spring conference', 'conference',
    'CART', 'Communication Access Realtime Translation', 'Sonix', 'Microsoft Word', 'Zoom', 'mp3', 'txt', 'docx',
    'podcast', 'live audience', 'radio', 'telecommunicators', 'telecommunicator', 'microphones', 'microphone', 'mailing lists', 'communications center', 'agencies', 'cards',
    'myth', 'landline', 'database', 'phone company', 'number', 'cell phone', 'carrier', 'tower', 'sector', 'latitude', 'longitude', 'neighborhood', 'location', 'phones', 'device',
    'call', 'calls', 'text message', 'clearinghouse', 'clearing house', 'map', 'dot', 'call taker', 'apartment', 'offices', 'hotels', 'laws', 'address', 'reservoir', 'fire crew',
    'text', 'texting', 'deaf', 'hard of hearing', 'pictures', 'video', 'centers', 'center', 'internet', 'trunk', 'analog', 'spreadsheet', 'street ranges', 'protocol', 'office phones',
    'routing', 'GIS server', 'boundary', 'location protocol', 'equipment', 'fee', 'phone bill', 'state legislatures', 'software counter', 'routing center', 'outage', 'cell service',
    'last mile', 'app', 'debriefs', 'supervisor', 'coffee', 'console', 'screens', 'phone system', 'incident', 'priority', 'units', 'truck', 'public safety radio', 'digital standard',
    'medical calls', 'scripted protocol', 'code', 'response', 'applause', 'job classification', 'clerical workers', 'office and administrative support', 'police', 'fire',
    'ambulance', 'vendors', 'CAD vendors', 'standard', 'noise complaint', 'parking', 'fireworks', 'AI system', 'language', 'interpreter service', 'tools', 'models', 'numbers',
    'closet', 'interstate', 'dispatch supervisor', 'rural county', 'county', 'layers', 'fields', 'data', 'state', '911 board', 'GIS program', "assessor's office", 'addresses',
    'houses', 'cookies', 'IT', 'fire district', 'shift', 'supervisors', 'paper', 'paper map', 'whiteboard', 'network', 'CAD network', 'library', 'public Wi-Fi', 'transfer', 'trunks',
    'provider', 'criminal justice data', 'security policy', 'county commissioners', 'automatic number identification',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Hot Transfer', number: 26, recorded: '2025-04-22', title: 'Live in Des Moines: the myth cards' };
const gold = {
  _source: `Synthetic held-out episode written for heldout31 (/work/heldout31/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    cart: { input: 'cart.txt', length: cart.text.length, transcriptStart: cartStart, segments: cart.segments, paragraphs: cart.paragraphs },
    sonix: { input: 'sonix.txt', length: sonix.text.length, transcriptStart: sonix.text.indexOf('Odalys Ferrer: ['), segments: sonix.segments, paragraphs: sonix.paragraphs },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'cart' ? cart.text : sonix.text;
  const said = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'cart.txt'), cart.text);
writeFileSync(join(here, 'sonix.txt'), sonix.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const per = sonix.segments.map((sg) => ({ title: sg.title.split(/[:,]/)[0], n: sonix.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => sonix.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0) }));
const n = wordsOf(1).length, end = [...partAt.values()].at(-1).at(-1);
console.log(`${n} spoken words in sonix.txt, about ${Math.round(end / 60)} minutes; cart.txt: ${cartBlocks.length} blocks (${cart.paragraphs.filter((p) => p.ambiguous).length} with two voices); sonix.txt: ${sonixBlocks.length} paragraphs (${sonix.paragraphs.filter((p) => p.ambiguous).length} with two voices), promotional paragraphs before ${adAt.join(' and ')}\nsegments (sonix words): ${per.map((p) => `${p.title} ${p.n}`).join('; ')}\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
