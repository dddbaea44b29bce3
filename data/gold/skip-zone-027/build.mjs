// Builds Skip Zone #27 (SYNTHETIC held-out episode, heldout25) from source.mjs: a two-host CONVERSATIONAL co-host show with
// no rundown about AMATEUR RADIO and SOFTWARE-DEFINED RADIO (hosts Ishbel Maclure, who opens and closes it, and Tadhg
// Keohane). Intro (Ishbel opens WITHOUT naming herself; Tadhg names himself and her; the washing line); FT8 (Tadhg, raised by
// Ishbel's question at a change of speaker); the solar cycle (Tadhg again, raised by Ishbel with a back-reference at a
// change of speaker); the RTL-SDR and ADS-B (Ishbel, raised by Tadhg BY NAME, MID-PARAGRAPH, at the end of his own turn);
// the end of the NOAA satellites (Ishbel, who raises it herself in a NEW paragraph right after her own: no speaker change);
// Meshtastic (Tadhg, raised by Ishbel in a NEW paragraph of hers right after her own one-liner: no speaker change, the first
// speaker is not the presenter); the licence exam (Tadhg, who raises it himself MID-PARAGRAPH at the end of his answer);
// WebSDR and KiwiSDR (Ishbel, raised by Tadhg's question, answered by a question); outro (Ishbel, MID-PARAGRAPH after her
// answer, with the washing line paid off).
//
// Renders
//   stt.txt       raw speech-to-text output as a service exports it WITHOUT speaker labels (heldout18's and heldout21's
//                 layout): NO header, NO stamps, NO labels; punctuated and cased, straight apostrophes, the service's
//                 spellings (the A of each {A|B}: "Isobel", "Tige", "FT eight", "W S J T X", "RTL S D R", "dump ten
//                 ninety", "Sat Dump", "Mesh Tastic", "Laura", "web SDR", "Kiwi SDR", "T D O A"); ONE paragraph per speaker
//                 turn (consecutive source paragraphs of one speaker are one paragraph, so two consecutive paragraphs never
//                 have the same speaker), blank lines between them, a final newline. A back-channel said over the other
//                 host (`swallow`) gets no turn of its own: it sits INSIDE the other host's paragraph (gold: the majority
//                 speaker, `ambiguous`). Gold paragraphs are the paragraphs. A segment starts at its first paragraph, or
//                 INSIDE a paragraph at a `§` or where its first source paragraph was run into the turn before.
//                 transcriptStart 0. Gold key `stt`.
//   episode.trs   the transcript a listener who volunteers transcripts made of the episode in Transcriber (the
//                 speech-annotation tool, format of its trans-14.dtd), saved as its .trs XML file, NEW in the held-out
//                 sets: `<?xml …?>`, `<!DOCTYPE Trans SYSTEM "trans-14.dtd">`, `<Trans scribe audio_filename version
//                 version_date>`, `<Speakers>` with one `<Speaker id="spkN" name=…/>` per host, `<Episode>`, then
//                 `<Section>`s (a `nontrans` one for the opening music, ONE `report` section for the whole talk, a
//                 `nontrans` one for the closing music), each made of `<Turn>`s that tile it in time (`speaker` attribute:
//                 a declared id, two ids for overlapping speech, none in the music), and inside each turn, each on its own
//                 line, `<Sync time="S"/>` breakpoints, text lines, `<Who nb="N"/>` (overlaps), `<Event desc="laugh"
//                 type="noise" extent="instantaneous"/>` and the volunteer's `<Comment desc="…"/>`; `</Turn>`,
//                 `</Section>`, `</Episode>`, `</Trans>`, Unix line endings, a final newline. The volunteer starts a new
//                 turn at every change of speaker, a new `<Sync>` at every new paragraph and pause (`¶`) and at a
//                 sentence end once the line holds 22 words; puts two back-channels said over the other host in OVERLAP
//                 turns (`speaker="spkA spkB"`, the other host's sentence after `<Who nb="1"/>`, the back-channel after
//                 `<Who nb="2"/>`), and misses one (typed inside the other host's line: `ambiguous`); gives one short turn
//                 to the wrong host (`scribe`). Proper spellings (the B of each {A|B}), straight apostrophes. Times from the
//                 episode's clock: a turn runs from halfway between the last word before it and its first word; a Sync is
//                 0.1 s before its first word (the turn's start for the first). GOLD PARAGRAPHS are ONE PER TEXT LINE. A
//                 segment starts at the line right after the text line before it (the `<Sync>`, `</Turn>`, `<Who>` or
//                 `<Comment>` line that follows it), so the markup between two text lines belongs to the new segment, or
//                 INSIDE a text line at its first word. transcriptStart is the first `<Section` line. Gold key `trs`.
//   Times: ONE clock (the words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s at a
//   `¶`, from 6.4 s, after 6.2 s of music; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next
//   word); stt.txt shows none of it.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, I, T } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'skip-zone-027';
const WPS = 2.6, T0 = 6.4, MUSIC = 6.2;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');
const noLaugh = (t) => t.replace(/\s*\[laugh\]/g, '');

// --- stt.txt ------------------------------------------------------------------------------------
let stt = '';
const sttParas = [];
const sttTrack = segmentTracker();
{
  let cur = null;
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: stt.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    sttParas.push(para);
  };
  for (const item of SOURCE) {
    if (item.seg) { sttTrack.seg(item); continue; }
    const text = noLaugh(unpause(pick(item.text, 0)));
    const runOn = cur && (cur.owner === item.speaker || item.swallow);
    if (item.swallow && (!cur || cur.owner === item.speaker)) throw new Error(`swallow without the other host's paragraph before: ${text}`);
    if (runOn) stt += ' ';
    else {
      if (cur) { close(); stt += '\n\n'; }
      cur = { start: stt.length, owner: item.speaker, count: {} };
    }
    if (item.swallow && SOURCE[SOURCE.indexOf(item) - 1]?.seg) throw new Error('a segment cannot open on a swallowed back-channel');
    sttTrack.block(stt.length);
    const mark = text.indexOf('§');
    if (mark >= 0) sttTrack.mark(stt.length + mark);
    const clean = text.replace('§', '');
    stt += clean;
    cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + clean.split(/\s+/).length;
  }
  close();
  stt += '\n';
  sttTrack.close(stt.length);
}
for (let i = 1; i < sttParas.length; i++) if (sttParas[i].speaker === sttParas[i - 1].speaker) throw new Error('two stt paragraphs of one speaker in a row');
if (/[§{}|¶’‘[\]]/.test(stt)) throw new Error('a mark, bracket or curly apostrophe in stt.txt');

// --- the clock (the volunteer's words) -----------------------------------------------------------
const all = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    let pause = false, first = true, laughs = 0;
    for (const tok of pick(item.text, 1).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = true; continue; }
      if (tok === '[laugh]') { all.at(-1).laughAfter = true; laughs++; continue; }
      const w = tok.replace('§', '');
      if (!w || /[§¶¦{}|⟨⟩’‘“”<>&"[\]]/.test(w)) throw new Error(`a stray mark, markup or curly quote in ${tok}`);
      all.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), paraStart: first, pauseBefore: pause });
      first = false; pause = false;
      t += 1 / WPS;
    }
    prev = item;
  });
  all.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (all[i + 1]?.begin ?? Infinity) - 0.03); });
  let pending = null;
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { all.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}

// --- episode.trs --------------------------------------------------------------------------------
const ID = { [I]: 'spk1', [T]: 'spk2' };
const OTHER = { [I]: T, [T]: I };
const secs = (s) => { const x = (Math.round(s * 1000) / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, ''); return x; };
// the turns: lists of lines { ws, sync (a Sync before it), who (nb), events after, comment before }
const paras = [];
for (const x of all) { if (x.paraStart) paras.push({ item: x.item, ws: [] }); paras.at(-1).ws.push(x); }
const sentenceEnd = (x) => /[.?!]$/.test(x.w);
// chunks of one paragraph: split at pauses, laughs and long lines
function chunks(ws) {
  const out = [];
  let cur = [];
  ws.forEach((x, i) => {
    if (cur.length && x.pauseBefore) { out.push(cur); cur = []; }
    cur.push(x);
    if (x.laughAfter) { out.push(cur); cur = []; cur.laughBefore = true; }
    else if (sentenceEnd(x) && cur.length >= 40 && i < ws.length - 1 && !ws[i + 1].pauseBefore) { out.push(cur); cur = []; }
  });
  if (cur.length) out.push(cur);
  return out;
}
const turns = [];   // { speakers: [id…], lines: [{ ws, sync, who, laughBefore, comment }] }
for (let pi = 0; pi < paras.length; pi++) {
  const p = paras[pi];
  const sw = p.item.swallow;
  if (sw === 'inline') {
    // the volunteer typed the back-channel into the other host's line
    const line = turns.at(-1).lines.at(-1);
    line.ws.push(...p.ws);
    continue;
  }
  if (sw === 'who') {
    // the other host's last sentence and the back-channel share an overlap turn
    const prevTurn = turns.at(-1);
    const lastLine = prevTurn.lines.at(-1);
    let cut = lastLine.ws.length - 1;
    while (cut > 0 && !sentenceEnd(lastLine.ws[cut - 1])) cut--;
    const tail = lastLine.ws.splice(cut);
    if (!lastLine.ws.length) prevTurn.lines.pop();
    if (!prevTurn.lines.length) throw new Error('an overlap that empties the turn before');
    turns.push({ speakers: [ID[tail[0].speaker], ID[p.item.speaker]], lines: [{ ws: tail, sync: true, who: 1 }, { ws: p.ws, sync: false, who: 2 }] });
    continue;
  }
  const speaker = p.item.scribe ? ID[OTHER[p.item.speaker]] : ID[p.item.speaker];
  const last = turns.at(-1);
  let turn = last && last.speakers.length === 1 && last.speakers[0] === speaker && !last.scribe && !p.item.scribe ? last : null;
  if (!turn) { turn = { speakers: [speaker], lines: [], scribe: !!p.item.scribe }; turns.push(turn); }
  chunks(p.ws).forEach((ws, ci) => turn.lines.push({ ws, sync: !ws.laughBefore, laughBefore: !!ws.laughBefore, comment: ci === 0 ? p.item.comment : undefined }));
}
// times
for (const [i, tu] of turns.entries()) {
  const first = tu.lines[0].ws[0];
  const prevLast = i ? turns[i - 1].lines.at(-1).ws.at(-1) : null;
  tu.start = i ? Math.round(((prevLast.end + first.begin) / 2) * 1000) / 1000 : MUSIC;
}
const lastWord = all.at(-1);
const END = Math.round((lastWord.end + 0.4) * 1000) / 1000, OUTRO_END = Math.round((END + 8.2) * 1000) / 1000;
turns.forEach((tu, i) => { tu.end = i < turns.length - 1 ? turns[i + 1].start : END; });
const HEAD = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE Trans SYSTEM "trans-14.dtd">',
  '<Trans scribe="Radu" audio_filename="skip-zone-027" version="4" version_date="251127">',
  '<Speakers>',
  '<Speaker id="spk1" name="Ishbel Maclure" check="no" dialect="native" accent="" scope="global"/>',
  '<Speaker id="spk2" name="Tadhg Keohane" check="no" dialect="native" accent="" scope="global"/>',
  '</Speakers>',
  '<Episode>',
  '',
].join('\n');
let trs = HEAD;
const TRS_START = trs.length;
trs += `<Section type="nontrans" startTime="0" endTime="${secs(MUSIC)}">\n<Turn startTime="0" endTime="${secs(MUSIC)}">\n<Sync time="0"/>\n</Turn>\n</Section>\n`;
trs += `<Section type="report" startTime="${secs(MUSIC)}" endTime="${secs(END)}">\n`;
const trsParas = [];
const trsTrack = segmentTracker();
let events = 0, comments = 0, overlaps = 0, wrongTurns = 0;
{
  let prevParaEnd = null;   // the newline right after the text line before: the next line starts at prevParaEnd + 1
  const nextLineAt = () => (prevParaEnd == null ? 0 : prevParaEnd + 1);
  for (const tu of turns) {
    const attr = tu.speakers.length ? ` speaker="${tu.speakers.join(' ')}"` : '';
    trs += `<Turn${attr} startTime="${secs(tu.start)}" endTime="${secs(tu.end)}">\n`;
    if (tu.speakers.length > 1) overlaps++;
    if (tu.scribe) wrongTurns++;
    tu.lines.forEach((ln, li) => {
      if (ln.laughBefore) { trs += '<Event desc="laugh" type="noise" extent="instantaneous"/>\n'; events++; }
      if (ln.sync) trs += `<Sync time="${secs(li ? ln.ws[0].begin - 0.1 : tu.start)}"/>\n`;
      if (ln.comment) { trs += `<Comment desc="${ln.comment}"/>\n`; comments++; }
      if (ln.who) trs += `<Who nb="${ln.who}"/>\n`;
      const start = trs.length;
      ln.ws.forEach((x, j) => {
        if (j) trs += ' ';
        if (x.seg) {
          const at = j ? trs.length : nextLineAt();
          if (x.seg.mid) { trsTrack.mark(at); trsTrack.seg(x.seg); } else { trsTrack.seg(x.seg); trsTrack.block(at); }
        }
        trs += x.w;
      });
      const count = {};
      for (const x of ln.ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
      const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === ln.ws[0].speaker ? -1 : 1));
      const para = { start, end: trs.length, speaker: ranked[0][0] };
      if (ranked.length > 1) para.ambiguous = true;
      trsParas.push(para);
      prevParaEnd = trs.length;
      trs += '\n';
      if (li === tu.lines.length - 1 && ln.ws.at(-1).laughAfter && !tu.lines[li + 1]) { trs += '<Event desc="laugh" type="noise" extent="instantaneous"/>\n'; events++; }
    });
    trs += '</Turn>\n';
  }
  trs += '</Section>\n';
  trs += `<Section type="nontrans" startTime="${secs(END)}" endTime="${secs(OUTRO_END)}">\n<Turn startTime="${secs(END)}" endTime="${secs(OUTRO_END)}">\n<Sync time="${secs(END)}"/>\n</Turn>\n</Section>\n`;
  trs += '</Episode>\n</Trans>\n';
  trsTrack.close(trs.length);
}
if (/[§¶¦{}|⟨⟩’‘]/.test(trs)) throw new Error('a mark or curly apostrophe in episode.trs');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'Thirty-one countries before milking, a helicopter timetable over the sea, and the last weather picture from NOAA 19';
const EPISODE = { show: 'Skip Zone', number: 27, recorded: '2025-11-24', title: TITLE };
const ENTITIES = {
  required: {
    'amateur radio': ['amateur radio', 'ham radio', 'radio amateurs', 'amateur bands'],
    FT8: ['FT8', 'FT eight'],
    'WSJT-X': ['WSJT-X', 'W S J T X'],
    'Joe Taylor': ['Joe Taylor'],
    'Steve Franke': ['Steve Franke'],
    'Nobel Prize': ['Nobel Prize'],
    'binary pulsar': ['binary pulsar'],
    'digital mode': ['digital mode'],
    'call sign': ['call signs', 'call sign'],
    'Maidenhead locator': ['grid square', 'locator'],
    'PSK Reporter': ['PSK Reporter'],
    FT4: ['FT4'],
    Morse: ['Morse'],
    'solar cycle': ['solar cycle', 'cycle 25'],
    'solar maximum': ['solar maximum'],
    NASA: ['NASA'],
    NOAA: ['NOAA'],
    sunspots: ['sunspots', 'sunspot number'],
    ionosphere: ['ionosphere'],
    'ten-metre band': ['ten metres'],
    'geomagnetic storm': ['storms', 'storm'],
    'auroral propagation': ['bouncing off the aurora'],
    HF: ['HF'],
    'software-defined radio': ['software-defined radio'],
    'RTL-SDR': ['RTL-SDR', 'RTL S D R'],
    Realtek: ['Realtek'],
    'ADS-B': ['ADS-B'],
    dump1090: ['dump1090', 'dump ten ninety'],
    'Raspberry Pi': ['Raspberry Pi'],
    AIS: ['AIS'],
    'IQ sampling': ['in-phase and the quadrature'],
    multilateration: ['multilateration'],
    'weather satellites': ['weather satellites'],
    APT: ['APT'],
    'Meteor-M': ['Meteor satellites', 'Meteors'],
    LRPT: ['LRPT'],
    'quadrifilar helix antenna': ['quadrifilar helix'],
    SatDump: ['SatDump', 'Sat Dump'],
    'open source': ['open source', 'open-source'],
    'GNU Radio': ['GNU Radio'],
    flowgraph: ['flowgraph'],
    Meshtastic: ['Meshtastic', 'Mesh Tastic'],
    LoRa: ['LoRa', 'Laura'],
    Bluetooth: ['Bluetooth'],
    'ISM band': ['needs no licence'],
    'duty cycle': ['small share of every hour'],
    encryption: ['encryption', 'encrypted'],
    'licence exam': ['exam'],
    HAREC: ['HAREC'],
    WebSDR: ['WebSDR', 'web SDR'],
    'University of Twente': ['University of Twente', 'Twente'],
    'Pieter-Tjerk de Boer': ['Pieter-Tjerk de Boer'],
    KiwiSDR: ['KiwiSDR', 'Kiwi SDR', 'Kiwis'],
    GPS: ['GPS'],
    TDoA: ['TDoA', 'T D O A', 'time difference of arrival'],
    'over-the-horizon radar': ['over-the-horizon radar'],
    'standing wave ratio': ['standing wave ratio'],
  },
  tolerated: [
    'Skip Zone', 'Irish Sea', 'West Cork', 'Cork', 'Aberdeen', 'Scotland', 'Galway', 'Bandon', 'Japan', 'Osaka', 'Brazil', 'Australia', 'Sydney', 'Netherlands', 'Europe', 'North Sea', 'Ireland', 'Moon', 'Ishbel', 'Tadhg',
    'Isobel', 'Tige', '1993', '2003', '2008', '2012', '2017', 'March', 'May', 'June', 'August', 'September', 'October', 'January', 'Thursday', 'Tuesday', 'Saturday', 'radio', 'antenna', 'antennas', 'wire', 'silo', 'oak',
    'electric fence', 'interference', 'factor', 'tenement', 'washing line', 'drying green', 'kitchen window', 'coax', 'countries', 'forty metres', 'eighty', 'forty', 'fifty watts', 'milking', 'clocks', 'seventy-seven bits',
    'signal report', 'RR73', '73', 'seventy-three', 'waterfall', 'noise', 'decibels', 'receiver bandwidth', 'receipt', 'stamps', 'band', 'bands', 'decode', 'decodes', 'microphone', 'contests', 'auctioneer', 'internet',
    'sun', 'ultraviolet', 'fishing pole', 'vertical', 'polar paths', 'two metres', 'aurora', 'television stick', 'dongle', 'digital TV dongle', 'samples', 'coat hanger', 'ten ninety megahertz', 'megahertz', 'gigahertz',
    'aircraft', 'helicopters', 'heliport', 'platforms', 'vessels', 'ships', 'offshore industry', 'aggregators', 'live maps', 'radar', 'maths', 'frequency', 'amplitude', 'napkin', 'beer mat', 'analogue', 'pictures',
    'V-shaped dipole', 'dipole', 'dish', 'geostationary', 'copper pipe', 'filter', 'demodulator', 'cows', 'farm', 'phone', 'sensors', 'licence', 'solar panel', 'node', 'nodes', 'mast', 'heifers', 'vet', 'bull', 'barley',
    'text message', 'photo', 'club', 'pub', 'regulator', 'theory', 'rules', 'safety', "Ohm's law", 'harmonic', 'band plan', 'logarithms', 'kitchen table', 'levels', 'nephew', 'smugglers', 'browser', 'longwave', 'map',
    'carrier', 'nanoseconds', 'receivers', 'shipping', 'poetry', 'shirts', 'fences', 'Weak Signal', 'K1JT', 'Q65', 'JT65', 'EME', 'moonbounce', 'PSKReporter', 'NTP', 'SWPC', 'Solar Cycle 25', 'solar flux', 'SFI',
    'G5', 'G4', 'Kp', 'readsb', 'tar1090', 'FlightAware', 'ADS-B Exchange', 'Flightradar24', 'Mode S', 'MLAT', 'RTL2832U', 'R820T2', 'IQ', 'I/Q', 'NOAA 15', 'NOAA 18', 'NOAA 19', 'NOAA-15', 'NOAA-18', 'NOAA-19', 'POES',
    'Meteor-M N2-3', 'Meteor-M N2-4', 'QFH', 'SDR++', 'SDR#', 'GNU Radio Companion', 'Heltec', 'LilyGO', 'T-Beam', 'RAK', 'WisBlock', '868 MHz', 'AES', 'ComReg', 'IRTS', 'CEPT', 'Ofcom', 'CW', 'KiwiSDR TDoA',
    'Twente WebSDR', 'SWR', 'HF radar', 'OTH radar',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout25 (/work/heldout25/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    stt: { input: 'stt.txt', length: stt.length, transcriptStart: 0, segments: sttTrack.segments, paragraphs: sttParas },
    trs: { input: 'episode.trs', length: trs.length, transcriptStart: TRS_START, segments: trsTrack.segments, paragraphs: trsParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'stt' ? stt : trs;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'stt.txt'), stt);
writeFileSync(join(here, 'episode.trs'), trs);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + noLaugh(pick(x.text, 0)).replace(/¶|§/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(9)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
const sttWords = stt.split(/\s+/).filter(Boolean).length;
console.log(`${sttWords} spoken words (stt.txt), ${all.length} (episode.trs), ${mm(all.at(-1).end)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`stt.txt: ${sttParas.length} paragraphs (turns), ${sttParas.filter((p) => p.ambiguous).length} with both speakers`);
console.log(`episode.trs: ${turns.length} turns (${overlaps} overlaps, ${wrongTurns} given to the wrong host), ${trsParas.length} text lines (${trsParas.filter((p) => p.ambiguous).length} with both speakers), ${events} laugh events, ${comments} comments`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
