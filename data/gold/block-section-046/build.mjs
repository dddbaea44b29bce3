// Builds Block Section #46 (SYNTHETIC held-out episode, heldout28) from source.mjs: a two-host weekly RAILWAY SOFTWARE
// news show in the style of the seed (hosts Gerrit Hoekstra, who opens and closes it, and Joanna Kowalczyk). Intro
// (Gerrit; the rundown is JOANNA's, read as a platform announcement); the French cable sabotage (Gerrit, who starts it
// himself MID-PARAGRAPH right after his reaction to her rundown); Newag's self-locking trains (Joanna, RAISED by Gerrit
// at a change of speaker); the Digital Node Stuttgart, ETCS and CBTC (Gerrit, asked for MID-PARAGRAPH and nameless by
// Joanna at the end of her own reaction); [sponsor "Junctionbox", read by Joanna at a change of speaker, a weak cue];
// GTFS and the open data behind departure boards (Joanna, a NEW paragraph of hers right after her read: no speaker
// change); timetabling (Gerrit, who raises it himself at a change of speaker, a weak cue on her chart); contactless fares
// (Joanna, asked for BY NAME, MID-PARAGRAPH, by Gerrit); extras (Gerrit, asked by Joanna at a change of speaker; then
// Joanna, asked for in a NEW paragraph of Gerrit's: no speaker change, the non-presenter first); outro (Gerrit,
// MID-PARAGRAPH).
//
// Renders
//   web.txt          a page like the seed's, built as heldout27's holding-pattern-072/web.txt was (the shared
//                    splitWebParagraphs, webStamps, render with speechOnly), but with this show's own page: a header
//                    (show line, navigation, the episode's number and title, date and length, a note on the transcript)
//                    and a footer (previous / all / next); `mm:ss` stamps from the episode's clock (~2.6 spoken words a
//                    second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 2.0 s); SURNAMES in
//                    capitals as labels (`HOEKSTRA:`, `KOWALCZYK:`) on the first TWO paragraphs ONLY; page breaks inside
//                    long turns (`¦~`: the continuation loses its first word, the seed page's habit; `¦` keeps it); `cut`
//                    paragraphs lose their first word; spoken URLs dropped with the following punctuation; curly
//                    apostrophes; the A of each {A|B}. Gold paragraphs are the text after the stamp (and label). Key `web`.
//   transcribe.json  the output file of an Amazon Transcribe batch job with speaker partitioning on (ShowSpeakerLabels,
//                    MaxSpeakerLabels 2), as downloaded from the output bucket: ONE line of compact JSON (exactly
//                    JSON.stringify(doc), no final newline), as I remember the layout: {"jobName", "accountId",
//                    "results": {"transcripts": [{"transcript"}], "speaker_labels": {"speakers", "segments": [{"start_time",
//                    "speaker_label", "end_time", "items": [...]}]}, "items": [{"id", "type", "alternatives": [{"confidence",
//                    "content"}], "start_time", "end_time", "speaker_label"}], "audio_segments": [{"id", "transcript",
//                    "start_time", "end_time", "speaker_label", "items": [ids]}]}, "status": "COMPLETED"}; times and
//                    confidences as strings; punctuation items carry no times; speakers ONLY as `spk_0` (Gerrit, heard
//                    first) and `spk_1` (Joanna). The B of each {A|B} (the recogniser's own words), straight apostrophes,
//                    only `.`, `,` and `?` as punctuation. An audio segment ends at every paragraph end (a pause) and,
//                    inside a long paragraph, at the first sentence end once it holds 24 words; `merge` runs a short reply
//                    into the next audio segment (two voices: `ambiguous`), `flip` gives an audio segment the other spk
//                    label. GOLD PARAGRAPHS are ONE PER AUDIO SEGMENT: the contents of its "transcript" string (inside the
//                    quotes). transcriptStart is the `{` of the first audio segment: everything before it (the job header,
//                    the whole transcript as one string, the speaker segments and every item) belongs to the intro. A
//                    segment starts at the `{` of the audio segment whose first word is its first word, or INSIDE an
//                    audio segment's transcript at its first word. Key `transcribe`.
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, G, J } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'block-section-046';
const WPS = 2.6, T0 = 2.0;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0) }));
const wordTimes = wordClock(WSRC, T0, (t) => words(t).length, WPS);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [G]: 'HOEKSTRA', [J]: 'KOWALCZYK' };
const TITLE = 'Cables on fire, trains that lock themselves, and the timetable as a puzzle';
const lastWord = wordTimes.filter(Boolean).at(-1).at(-1);
const web = render(WEB_SOURCE, {
  header: [
    'Block Section - the railway software podcast',
    'Episodes | About | Subscribe', '',
    `Episode 46: ${TITLE}`,
    `August 7, 2024 · ${Math.round(lastWord / 60)} min`, '',
    'Transcript (generated automatically, checked by the hosts)', '', '',
  ].join('\n'),
  footer: '\n\n← Episode 45 · All episodes · Episode 47 →',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [G, J].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- transcribe.json ----------------------------------------------------------------------------
// Every spoken word of the B text, on the clock, with its paragraph; `§` words remember their segment.
const SPK = { [G]: 'spk_0', [J]: 'spk_1' };
const OTHER = { [G]: J, [J]: G };
const toks = [];
{
  let t = T0, prev = null;
  const midQueue = [];
  let pending = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = unsplit(pick(item.text, 1));
    if (/[⟨⟩{}|~’‘"\\\u0080-\uffff]/.test(text.replace(/§/g, ""))) throw new Error(`a stray mark, quote or non-ASCII character in: ${text.slice(0, 50)}`);
    const list = text.split(/\s+/).filter(Boolean);
    list.forEach((raw, j) => {
      const mark = raw.startsWith('§');
      const w = raw.replace('§', '');
      const m = /^(.*?)([.,?!;:]*)$/.exec(w);
      if (!m[1]) throw new Error(`a word of punctuation only: ${raw}`);
      const punct = m[2] ? ({ '?': '?', '.': '.', '!': '.', ',': ',', ';': ',', ':': ',' })[m[2][0]] : '';
      const x = { w: m[1], punct, k, item, speaker: item.speaker, begin: t, last: j === list.length - 1 };
      if (mark) midQueue.push(x);
      if (j === 0 && pending) { x.seg = pending; pending = null; }
      toks.push(x);
      t += 1 / WPS;
    });
    prev = item;
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  toks.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (toks[i + 1]?.begin ?? Infinity) - 0.03); });
}
// Audio segments: close at a paragraph's end (unless `merge`) or at a sentence end once 24 words are in.
const audio = [];
{
  let cur = [];
  for (const x of toks) {
    cur.push(x);
    const sentenceEnd = x.punct === '.' || x.punct === '?';
    if ((x.last && !x.item.merge) || (sentenceEnd && cur.length >= 24 && !x.last)) { audio.push(cur); cur = []; }
  }
  if (cur.length) audio.push(cur);
}
const sec = (s) => { const v = String(Math.round(s * 1000) / 1000); return v.includes('.') ? v : `${v}.0`; };   // "2.0", "2.385"
const conf = (x, i) => (x.item.text.includes(`|${x.w}`) || /^[A-Z]$/.test(x.w) ? '0.' + String(512 + ((i * 37) % 400)) : '0.' + String(9900 + ((i * 53) % 100)));
const items = [];
const itemsOf = [];
let nextId = 0;
const segLabel = audio.map((ws) => {
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const major = [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const flip = ws.some((x) => x.item.flip);
  return { major, mixed: count.size > 1, label: SPK[flip ? OTHER[major] : major] };
});
audio.forEach((ws, ai) => {
  const ids = [];
  for (const x of ws) {
    x.id = nextId;
    items.push({ id: nextId++, type: 'pronunciation', alternatives: [{ confidence: conf(x, x.id), content: x.w }], start_time: sec(x.begin), end_time: sec(x.end), speaker_label: segLabel[ai].label });
    ids.push(x.id);
    if (x.punct) { items.push({ id: nextId, type: 'punctuation', alternatives: [{ confidence: '0.0', content: x.punct }], speaker_label: segLabel[ai].label }); ids.push(nextId++); }
  }
  itemsOf.push(ids);
});
const audioText = (ws) => ws.map((x) => x.w + x.punct).join(' ');
const jobName = 'block-section-046-final-mix';
const doc = {
  jobName,
  accountId: '730335612954',
  results: {
    transcripts: [{ transcript: audio.map(audioText).join(' ') }],
    speaker_labels: {
      speakers: 2,
      segments: audio.map((ws, ai) => ({ start_time: sec(ws[0].begin), speaker_label: segLabel[ai].label, end_time: sec(ws.at(-1).end), items: ws.map((x) => ({ start_time: sec(x.begin), speaker_label: segLabel[ai].label, end_time: sec(x.end) })) })),
    },
    items,
    audio_segments: audio.map((ws, ai) => ({ id: ai, transcript: audioText(ws), start_time: sec(ws[0].begin), end_time: sec(ws.at(-1).end), speaker_label: segLabel[ai].label, items: itemsOf[ai] })),
  },
  status: 'COMPLETED',
};
// The same text written piece by piece, to know where every audio segment and every word sits.
const S = JSON.stringify;
let json = S({ jobName: doc.jobName, accountId: doc.accountId, results: { transcripts: doc.results.transcripts, speaker_labels: doc.results.speaker_labels, items: doc.results.items } }).slice(0, -2) + ',"audio_segments":[';
const tParas = [];
const objAt = [];
audio.forEach((ws, ai) => {
  const a = doc.results.audio_segments[ai];
  if (ai) json += ',';
  objAt.push(json.length);
  json += `{"id":${ai},"transcript":"`;
  const textAt = json.length;
  ws.forEach((x, j) => { if (j) json += ' '; x.pos = json.length; json += x.w + x.punct; });
  if (S(a.transcript) !== `"${a.transcript}"`) throw new Error('a transcript that JSON escapes');
  const para = { start: textAt, end: json.length, speaker: segLabel[ai].major };
  if (segLabel[ai].mixed) para.ambiguous = true;
  tParas.push(para);
  json += `","start_time":${S(a.start_time)},"end_time":${S(a.end_time)},"speaker_label":${S(a.speaker_label)},"items":${S(a.items)}}`;
});
json += ']},"status":"COMPLETED"}';
if (json !== S(doc)) throw new Error('transcribe.json is not JSON.stringify(doc)');
const tSegs = [];
audio.forEach((ws, ai) => ws.forEach((x, j) => {
  if (!x.seg) return;
  const start = tSegs.length === 0 ? 0 : (j === 0 ? objAt[ai] : x.pos);
  if (tSegs.length) tSegs.at(-1).end = start;
  tSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start, end: null });
}));
tSegs.at(-1).end = json.length;
if (tSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('transcribe segment count');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    interlocking: ['interlocking'],
    SNCF: ['SNCF', 'S N C F'],
    'high-speed line': ['high-speed lines', 'high-speed line'],
    'Channel Tunnel': ['Channel Tunnel'],
    TVM: ['TVM', 'T V M'],
    'track circuit': ['track circuits'],
    Eurostar: ['Eurostar'],
    'safety case': ['safety cases'],
    firewall: ['firewall'],
    ETCS: ['ETCS', 'E T C S'],
    'ETCS Level 2': ['ETCS Level 2'],
    'movement authority': ['movement authority'],
    Newag: ['Newag', 'New Egg'],
    Impuls: ['Impuls', 'impulse'],
    'Koleje Dolnośląskie': ['Koleje Dolnośląskie', 'Koleje Dolnoslaskie'],
    'electric multiple unit': ['electric multiple units'],
    'Chaos Communication Congress': ['Chaos Communication Congress'],
    'Dragon Sector': ['Dragon Sector'],
    'capture the flag': ['capture-the-flag'],
    GPS: ['GPS'],
    geofence: ['geofence'],
    'right to repair': ['right to repair'],
    'Digital Node Stuttgart': ['Digital Node Stuttgart', 'Digitaler Knoten Stuttgart', 'Digitale Knoten Stuttgart'],
    'S-Bahn': ['S-Bahn'],
    'automatic train operation': ['automatic train operation'],
    'lineside signals': ['lineside signals'],
    Eurobalise: ['Eurobalises', 'Euro balises', 'balises'],
    'GSM-R': ['GSM-R', 'GSM R'],
    'radio block centre': ['radio block centre'],
    'braking curve': ['braking curve'],
    'London Underground': ['Underground'],
    CBTC: ['CBTC', 'C B T C', 'communications-based train control'],
    'Thales SelTrac': ['Thales SelTrac', 'Thales Cell Track'],
    FRMCS: ['FRMCS', 'F R M C S'],
    '5G': ['5G'],
    Junctionbox: ['Junctionbox', 'junction box'],
    'feature flags': ['feature flags', 'flag'],
    'audit log': ['audit log'],
    GTFS: ['GTFS', 'G T F S'],
    TriMet: ['TriMet', 'Tri Met'],
    Google: ['Google'],
    'Google Maps': ['Google Maps'],
    'GTFS Realtime': ['GTFS Realtime', 'G T F S real time'],
    'protocol buffers': ['protocol buffers'],
    MobilityData: ['MobilityData', 'Mobility Data'],
    OpenTripPlanner: ['OpenTripPlanner', 'Open Trip Planner'],
    Transitland: ['Transitland', 'transit land'],
    CIF: ['CIF', 'C I F'],
    Darwin: ['Darwin'],
    'Rail Data Marketplace': ['Rail Data Marketplace'],
    NeTEx: ['NeTEx', 'net ex'],
    SIRI: ['SIRI', 'Siri'],
    XML: ['XML'],
    'national access points': ['national access points'],
    'Bahn 2000': ['Bahn 2000'],
    Deutschlandtakt: ['Deutschlandtakt', 'Deutschland Takt'],
    'clock-face timetable': ['clock-face timetable'],
    'periodic event scheduling problem': ['periodic event scheduling problem'],
    'Franz Edelman Award': ['Franz Edelman Award'],
    'operations research': ['operations research'],
    Northern: ['Northern'],
    Thameslink: ['Thameslink'],
    contactless: ['bank card', 'contactless'],
    Cubic: ['Cubic'],
    'fare capping': ['cap'],
    'card clash': ['card clash'],
    OVpay: ['OVpay', 'O V pay'],
    'OV-chipkaart': ['OV-chipkaart', 'O V chip card'],
    'MIFARE Classic': ['MIFARE Classic', 'my fare classic'],
    'account-based ticketing': ['account-based ticketing'],
    Deutschlandticket: ['Deutschlandticket', 'Deutschland ticket'],
    SimSig: ['SimSig', 'Sim Sig'],
    'Train Sim World 5': ['Train Sim World 5', 'Train Sim World'],
    Dovetail: ['Dovetail'],
    'Raspberry Pi': ['Raspberry Pi', 'raspberry pie'],
    'e-paper': ['e-paper'],
    'Realtime Trains': ['Realtime Trains', 'real time trains'],
    API: ['API'],
    OpenRailwayMap: ['OpenRailwayMap', 'open railway map'],
    OpenStreetMap: ['OpenStreetMap', 'Open Street Map'],
  },
  tolerated: [
    'Block Section', 'junctionbox.dev', 'junctionbox.dev/blocksection', 'blocksection.fm', 'blocksection.fm/46', 'Gerrit', 'Joanna', 'Utrecht', 'Manchester', 'Paris', 'Bordeaux', 'Brittany', 'Lille',
    'Strasbourg', 'Lyon', 'Atlantique', 'Nord', 'Est', 'France', 'Poland', 'Lower Silesia', 'Hamburg', 'Stuttgart', 'London', 'Portland', 'Oregon', 'Switzerland', 'Germany', 'Netherlands', 'Nijmegen',
    'Amsterdam', 'Europe', 'EU', 'Olympics', 'Olympic opening ceremony', 'Circle', 'District', 'Hammersmith and City', 'Metropolitan', 'Tube', 'Sprinters', 'Sprinter', 'MIFARE', 'Thales',
    'Google Transit Feed Specification', 'General Transit Feed Specification', 'signalling', 'signals', 'signal box', 'panel', 'timetable', 'timetables', 'nodes', 'node', 'solvers', 'constraints',
    'cables', 'cable trough', 'fibre', 'telecoms', 'radio masts', 'radio', 'radar', 'ballast', 'redundancy', 'encryption', 'S-Bahn trunk line', 'trunk line', 'balise', 'onboard computer', 'blocks',
    'departure boards', 'departure board', 'journey planner', 'zip file', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt', 'calendar', 'trip updates', 'vehicle positions', 'service alerts',
    'validators', 'real-time feed', 'control room', 'deny list', 'back office', 'maximum fare', 'debit card', 'credit card', 'apps', 'chip cards', 'chip', 'server', 'rollback', 'redeploy',
    'overhaul', 'workshop', 'controllers', 'warranty', 'depot', 'ticket', 'timer', 'secret unlock', 'maintenance', 'tender', 'security researchers', 'spreadsheet', 'chart', 'inquiry', 'ministry',
    'electrification', 'speed limits', 'train protection', 'e-paper screen', 'Train Sim World', 'seven forty-two', 'platform', 'tram', 'tram operator', 'one-star reviews', 'Monday', 'Friday', 'Sunday',
    'July', 'August', 'December', 'May', 'Goedemiddag', 'Doei',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Block Section', number: 46, recorded: '2024-08-07', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout28 (/work/heldout28/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    transcribe: { input: 'transcribe.json', length: json.length, transcriptStart: objAt[0], segments: tSegs, paragraphs: tParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : json;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'transcribe.json'), json);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => words(pick(p.text, 0)).length).reduce((a, b) => a + b, 0);
const count = (re) => SOURCE.filter((x) => !x.seg).map((p) => (p.text.match(re) ?? []).length).reduce((a, b) => a + b, 0);
console.log(`${speech} spoken words, ${mmss(lastWord)} long; web.txt: ${count(/¦/g)} page breaks (${count(/¦~/g)} losing a word), ${SOURCE.filter((x) => x.cut).length} paragraphs losing their first word; transcribe.json: ${audio.length} audio segments (${tParas.filter((p) => p.ambiguous).length} with two voices, ${audio.filter((ws) => ws.some((x) => x.item.flip)).length} with the other label), ${items.length} items\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
