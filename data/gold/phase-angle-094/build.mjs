// Builds Phase Angle #94 (SYNTHETIC held-out episode, heldout26) from source.mjs: a two-host weekly ELECTRICITY GRID and
// HOME ENERGY news show in the style of the seed (hosts Oona Vartiainen, who opens and closes it, and Xosé Carballeira).
// Intro (Oona, with a nameless rundown); the Iberian blackout (Xosé, handed over NAMELESS by Oona at a change of speaker);
// Kraken (Oona, who raises it herself in a NEW paragraph right after her own one-liner: no speaker change); PJM and the
// data centres (Xosé, raised MID-PARAGRAPH by Oona); [sponsor "Tarnwick", read by Oona at a change of speaker]; plug-in
// balcony solar (Xosé, handed over MID-PARAGRAPH BY NAME at the end of the read); vehicle-to-grid (Oona, who raises it
// herself at a change of speaker, a weak cue); negative prices (Xosé, raised by Oona in a NEW paragraph of hers right
// after her own one-liner: no speaker change); extras (Xosé, asked by Oona at a change of speaker, then Oona, handed over
// MID-PARAGRAPH by Xosé); outro (Oona, MID-PARAGRAPH).
//
// Renders
//   web.txt       a page like the seed's, built as heldout25's dew-point-141/web.txt was: the page header in the seed's
//                 words ("Brought to you by…", "« Return to show page", "Transcript for Episode #94:", the title,
//                 "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6 spoken
//                 words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 1.3 s); FIRST NAMES
//                 in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page breaks inside long
//                 turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps it); the paragraphs
//                 marked `cut` lose their first word; spoken URLs dropped with the following punctuation; curly
//                 apostrophes; the A of each {A|B}. Gold paragraphs are the text after the stamp (and label). Key `web`.
//   whisper.srt   SubRip as a Whisper-style recogniser writes it, as heldout14's pure-function-212/whisper.srt: cues `N`
//                 (1, 2, 3…), a timing line `hh:mm:ss,mmm --> hh:mm:ss,mmm`, ONE or TWO text lines of at most 42
//                 characters, blank lines between cues, a final newline. NO speaker marks; straight apostrophes, no
//                 accents, the B of each {A|B} (the recogniser's slips), the URLs written out, no page breaks and no lost
//                 words. A cue is filled to two lines and closed at a sentence end once it holds 9 words, at the end of a
//                 paragraph, or when its lines are full; a short reply marked `merge` is run into the next paragraph's
//                 first cue (that cue holds both voices: the speaker of most of its words, `ambiguous`). Times from the
//                 same kind of clock; a cue starts at its first word and ends at the next cue's start or 0.8 s after its
//                 last word, whichever is sooner, at least 1 s and at most 7 s. Gold paragraphs = one per cue, its text
//                 (both lines and the newline between them). A segment starts at the number line of the cue holding its
//                 first word, or INSIDE the cue at that word (a `§`, or a merged cue). Key `whisper`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, O, X } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'phase-angle-094';
const WPS = 2.6, T0 = 1.3;
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
const LABEL = { [O]: 'OONA', [X]: 'XOSÉ' };
const TITLE = 'An overvoltage cascade, a billing platform set free, and a crate under the stairs';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Tarnwick - every smart meter and every tariff behind one API', '',
    '« Return to show page', '',
    'Transcript for Episode #94:', TITLE, '',
    'Recorded on Wednesday, Nov 26, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [O, X].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§{}|]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'Iberian blackout': ['blackout'],
    overvoltage: ['overvoltage'],
    'ENTSO-E': ['ENTSO-E', 'ENTSO E'],
    'transmission system operator': ['transmission operators', 'grid operator'],
    'reactive power': ['reactive power'],
    'voltage control': ['voltage control', 'control voltage'],
    'Red Eléctrica': ['Red Eléctrica', 'Red Electrica'],
    inverter: ['inverters', 'inverter'],
    'grid-forming inverter': ['grid-forming'],
    'black start': ['Black start'],
    Kraken: ['Kraken'],
    'Octopus Energy': ['Octopus Energy', 'Octopus'],
    'E.ON Next': ['E.ON Next', 'E on Next'],
    EDF: ['EDF'],
    'Origin Energy': ['Origin Energy'],
    'Tokyo Gas': ['Tokyo Gas'],
    'dynamic tariff': ['real-time tariffs', 'dynamic tariffs'],
    PJM: ['PJM', 'P J M'],
    'capacity auction': ['capacity auction'],
    'data centre': ['data centres', 'data centre'],
    Google: ['Google'],
    'Indiana Michigan Power': ['Indiana Michigan Power'],
    'Tennessee Valley Authority': ['Tennessee Valley Authority'],
    'demand response': ['Demand response'],
    Tarnwick: ['Tarnwick'],
    'smart meter': ['smart-meter', 'smart meter'],
    'plug-in solar': ['Balkonkraftwerk', 'balcony craft work', 'balcony power station', 'solar panels you plug into a socket'],
    Marktstammdatenregister: ['Marktstammdatenregister', 'market master data register'],
    'solar package': ['solar package'],
    'solar roadmap': ['solar roadmap'],
    'bidirectional charging': ['Bidirectional charging'],
    'vehicle-to-grid': ['push electricity back', 'sells power back', 'sells some back'],
    'Renault 5': ['Renault 5'],
    Renault: ['Renault'],
    Mobilize: ['Mobilize', 'Mobilise'],
    wallbox: ['wallbox'],
    'ISO 15118-20': ['ISO 15118-20', 'ISO 15 118 20'],
    aggregator: ['aggregator'],
    'negative prices': ['negative wholesale prices', 'below zero', 'price is negative'],
    Solarspitzengesetz: ['Solarspitzengesetz', 'Solar Spitzen Gesetz', 'solar peak law'],
    'feed-in tariff': ['feed-in payment'],
    curtailment: ['curtail'],
    'heat pump': ['heat pumps', 'heat pump'],
    'home battery': ['home batteries', 'battery'],
    EMHASS: ['EMHASS', 'M Hass'],
    'Home Assistant': ['Home Assistant'],
    'linear programming': ['linear programming'],
    Python: ['Python'],
    'clamp meter': ['clamp meter'],
    'Electricity Maps': ['Electricity Maps'],
    'carbon intensity': ['carbon intensity'],
    GitHub: ['GitHub'],
    'open source': ['open-source', 'open source'],
  },
  tolerated: [
    'Phase Angle', 'tarnwick.io', 'tarnwick.io/phaseangle', 'phaseangle.fm', 'phaseangle.fm/94', 'Tampere', 'Vigo', 'Galicia', 'Spain', 'Portugal', 'Iberia', 'France', 'Morocco', 'Germany', 'Berlin', 'Britain', 'Finland',
    'Australia', 'Japan', 'Granada', 'Badajoz', 'Pennsylvania', 'Maryland', 'Ohio', 'Virginia', 'Indiana', 'Washington', 'Pirkanmaa', 'Oona', 'Xosé', 'Xose', 'Jose',
    'April', 'May', 'June', 'July', 'August', 'October', 'November', 'February', 'January', 'Monday', 'Tuesday', 'Wednesday', 'Sunday', '2026',
    'frequency', 'voltage', 'grid', 'generators', 'turbines', 'hydro', 'solar', 'wind', 'substation', 'gigawatt', 'kilowatt-hours', 'megawatt', 'wholesale prices', 'storage', 'the solar farms',
    'expert panel', 'factual report', 'final report', 'Spanish government', "Spain's regulator", 'oscillations', 'state commissions', 'federal regulator', 'language models', 'machine learning',
    'reserve markets', 'price signal', 'billing', 'tariffs', 'standing charges', 'the Nordics', 'balcony', 'panels', 'socket', 'German standards body', 'product standard', 'electric car', 'range',
    'smart meter data', 'felt boots', 'sauna', 'blackout box', 'crate', 'candles', 'radio', 'camping stove', 'octopus', 'cooperative', 'fridge', 'dishwasher', 'hardware shop', 'current', 'AC',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- whisper.srt ----------------------------------------------------------------------------------
const MAXLINE = 42;
const all = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    for (const tok of plainText(pick(item.text, 1)).split(/\s+/).filter(Boolean)) {
      const w = tok.replace('§', '');
      if (!w) throw new Error('an empty word');
      if (/[§¶⟨⟩{}|’‘“”<>\u0080-\uffff]/.test(w)) throw new Error(`a stray mark, curly quote or accent in ${tok}`);
      all.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§') });
      t += 1 / WPS;
    }
    prev = item;
  });
  all.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (all[i + 1]?.begin ?? Infinity) - 0.03); });
  let pending = null;
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { all.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
// cues: each a list of lines (lists of words)
const byPara = new Map();
for (const x of all) { if (!byPara.has(x.item)) byPara.set(x.item, []); byPara.get(x.item).push(x); }
const paraItems = [...byPara.keys()];
const cues = [];
{
  let lines = [], line = [], len = 0, n = 0;
  const flushLine = () => { if (line.length) lines.push(line); line = []; len = 0; };
  const flushCue = () => { flushLine(); if (lines.length) cues.push(lines); lines = []; n = 0; };
  paraItems.forEach((item, i) => {
    for (const x of byPara.get(item)) {
      if (line.length && len + 1 + x.w.length > MAXLINE) { flushLine(); if (lines.length === 2) flushCue(); }
      len += (line.length ? 1 : 0) + x.w.length;
      line.push(x);
      n++;
      if (/[.?!]$/.test(x.w) && n >= 9) flushCue();
    }
    if (item.merge) {
      if (paraItems[i + 1]?.speaker === item.speaker) throw new Error('a merged reply must be followed by the other host');
      return;
    }
    flushCue();
  });
  flushCue();
  // no orphans: a cue of three words or fewer that continues a paragraph is balanced with the cue before it
  const reflow = (ws) => { const out = [[]]; let l = 0; for (const x of ws) { if (out.at(-1).length && l + 1 + x.w.length > MAXLINE) { out.push([]); l = 0; } l += (out.at(-1).length ? 1 : 0) + x.w.length; out.at(-1).push(x); } return out; };
  for (let i = 1; i < cues.length; i++) {
    const cur = cues[i].flat(), prev = cues[i - 1].flat();
    if (cur.length > 3 || prev.at(-1).item !== cur[0].item || /[.?!]$/.test(prev.at(-1).w) && prev.length < 9) continue;
    const both = [...prev, ...cur];
    for (let cut = Math.ceil(both.length / 2); cut < both.length - 3; cut++) {
      const A = reflow(both.slice(0, cut)), B = reflow(both.slice(cut));
      if (A.length <= 2 && B.length <= 2) { cues[i - 1] = A; cues[i] = B; break; }
    }
  }
}
const srtTime = (sec) => { const ms = Math.round(sec * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)},${String(ms % 1000).padStart(3, '0')}`; };
let srt = '';
const sParas = [];
const srtTrack = segmentTracker();
let mixed = 0;
cues.forEach((c, ci) => {
  const ws = c.flat();
  const a = ws[0].begin;
  const next = cues[ci + 1] ? cues[ci + 1][0][0].begin : Infinity;
  let b = Math.min(next, ws.at(-1).end + 0.8);
  if (b - a < 1) b = Math.min(a + 1, next);
  if (b - a > 7) throw new Error(`a cue of ${(b - a).toFixed(2)} s at ${ws[0].w}`);
  if (b - a < 1 - 1e-9) throw new Error(`a cue shorter than 1 s at ${ws[0].w}`);
  if (ci) srt += '\n';
  const cueAt = srt.length;
  srt += `${ci + 1}\n${srtTime(a)} --> ${srtTime(b)}\n`;
  const textAt = srt.length;
  c.forEach((line, li) => {
    if (li) srt += '\n';
    line.forEach((x, j) => {
      if (j) srt += ' ';
      if (x.seg) {
        const first = li === 0 && j === 0;
        if (li && j === 0) throw new Error(`segment ${x.seg.title} would open a cue's second line`);
        if (x.seg.mid) { srtTrack.mark(first ? cueAt : srt.length); srtTrack.seg(x.seg); } else { srtTrack.seg(x.seg); srtTrack.block(first ? cueAt : srt.length); }
      }
      srt += x.w;
    });
    if (line.map((x) => x.w).join(' ').length > MAXLINE) throw new Error('a long line');
  });
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const speaker = [...count.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const para = { start: textAt, end: srt.length, speaker };
  if (count.size > 1) { para.ambiguous = true; mixed++; }
  sParas.push(para);
  srt += '\n';
});
srtTrack.close(srt.length);
if (/[§¶¦⟨⟩{}|’‘]/.test(srt)) throw new Error('a mark or curly apostrophe in whisper.srt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Phase Angle', number: 94, recorded: '2025-11-26', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout26 (/work/heldout26/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    whisper: { input: 'whisper.srt', length: srt.length, transcriptStart: 0, segments: srtTrack.segments, paragraphs: sParas },
  },
};
// every required entity has a form said in each file
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : srt;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').replace(/\n\n\d+\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n/g, ' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'whisper.srt'), srt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => words(pick(p.text, 0)).length).reduce((a, b) => a + b, 0);
const count = (re) => SOURCE.filter((x) => !x.seg).map((p) => (p.text.match(re) ?? []).length).reduce((a, b) => a + b, 0);
console.log(`${speech} spoken words, ${mmss(wordTimes.filter(Boolean).at(-1).at(-1))} long; web.txt: ${count(/¦/g)} page breaks (${count(/¦~/g)} losing a word), ${SOURCE.filter((x) => x.cut).length} paragraphs losing their first word; whisper.srt: ${cues.length} cues (${cues.filter((c) => c.length === 2).length} with two lines), ${mixed} with both voices\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
