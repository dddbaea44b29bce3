// Builds Rate of Rise #52 (SYNTHETIC held-out episode, heldout34) from source.mjs: a two-host CONVERSATIONAL show about
// COFFEE ROASTING MACHINES with no rundown (hosts Wiremu Parata, who opens and closes it, and Lucía Ferreyra). See README.md
// for the segments and boundaries.
//
// Renders
//   captions.srt         the show's own SubRip captions for the video version: numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`,
//                        at most two lines of at most 42 characters, a cue ending at a sentence end once it holds 8 words
//                        (or at 16 words), a new cue at every pause (`¶`) and at every change of speaker; NO names: a cue
//                        that starts a turn begins with `>> ` (once forgotten: `noMark`); curly apostrophes; CRLF line ends
//                        as the producer's editor writes them. The A of each {A|B}. Gold paragraphs are the text of a cue,
//                        after the `>> `. A segment starts at the first character of the number of the cue holding its
//                        first word (a `§` starts a cue). transcriptStart is 0. Key `srt`.
//   subtitles.ebuttd.xml EBU-TT-D subtitles (the EBU's distribution profile of TTML) from a subtitling company, as I remember
//                        the format: `tt:` prefixes, `ebuttm:conformsToStandard`, styles for the colours, a `bottom` region,
//                        then one `<tt:p xml:id="subN" begin end region="bottom">` a line, its rows as `<tt:span style=…>`
//                        separated by `<tt:br/>`; at most two rows of at most 37 characters, a subtitle ending at a sentence
//                        end once it holds 7 words (or at 14 words), a new one at every pause and change of speaker. NO
//                        names: speakers told apart by COLOUR, as UK broadcast subtitles do (Wiremu white, Lucía yellow);
//                        the subtitler's slips: one of Wiremu's subtitles in yellow, one of Lucía's in cyan (gold: the real
//                        speakers). Straight apostrophes, `&amp;`. The B of each {A|B}: numbers of ten and more as digits,
//                        names respoken wrongly. Gold paragraphs run from the first to the last character of a subtitle's
//                        text (the span tags between its rows included). A segment starts at the first character of the
//                        line of the `<tt:p>` holding its first word. transcriptStart is the first `<tt:p>` line; the
//                        head belongs to the intro, the closing tags to the outro. Key `ebu`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s when
//   the same host goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 5.2 s after the theme music; the
//   words of each file spread over the time the A words took). Pauses come from a hash of the slug and the position.
//   gold.json            offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                        unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captionCues, curly } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, W, L } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'rate-of-rise-052';
const WPS = 2.6, T0 = 5.2;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;
const clean = (s) => s.replace(/[⟨⟩]/g, '');

// --- the clock: per paragraph and part, the begin and end of the A words --------------------------------------------------
const parts = [];   // { item, k, pi, begin, end, a, b, seg (pending, on pi 0) }
{
  let t = T0, prev = null, pending = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const a = clean(pick(item.text, 0)).split(/\s*¶\s*/), b = clean(pick(item.text, 1)).split(/\s*¶\s*/);
    if (a.length !== b.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    a.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      part.split(/\s+/).filter(Boolean).forEach((w, j) => {
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      parts.push({ item, k, pi, begin, end: t, a: part, b: b[pi], seg: pi === 0 ? pending : null, first: pi === 0 });
      if (pi === 0) pending = null;
    });
    prev = item;
  });
}
const mids = SOURCE.filter((x) => x.seg && x.mid);

// The cues of one file: per part, captionCues over its text; each cue's words get the part's times spread evenly.
function cuesOf(key, opts) {
  const out = [];
  let midN = 0;
  for (const p of parts) {
    const text = key === 'a' ? p.a : p.b;
    const tokens = text.split(/\s+/).filter(Boolean);
    if (tokens.some((w) => w === '§')) throw new Error('a lone §');
    const cs = captionCues(text, opts);
    let w = 0;
    cs.forEach((c, ci) => {
      const at = (i) => p.begin + (i / tokens.length) * (p.end - p.begin);
      const cue = { lines: c.lines.map((l) => l.replace('§', '')), begin: at(w), end: at(w + c.words) - 0.12, item: p.item, turnStart: p.first && ci === 0, seg: null };
      if (c.segStart) { cue.seg = mids[midN++]; if (!cue.seg) throw new Error('a § mark without its mid segment'); }
      if (ci === 0 && p.seg) cue.seg = p.seg;
      w += c.words;
      out.push(cue);
    });
    if (w !== tokens.length) throw new Error(`cue words ${w} != ${tokens.length} in: ${text.slice(0, 40)}`);
  }
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
  out.forEach((c, i) => { const next = out[i + 1]; c.end = Math.max(c.end + 0.5, c.begin + 1.2); if (next) c.end = Math.min(c.end, next.begin - 0.04); });
  return out;
}
const openSegIn = (r, sg, at) => {
  if (r.segments.length) r.segments.at(-1).end = at;
  r.segments.push({ kind: sg.seg, presenter: sg.presenter, title: sg.title, titleKeys: sg.titleKeys, start: r.segments.length ? at : 0, end: null });
};

// --- captions.srt ---------------------------------------------------------------------------------------------------------
const srtTime = (s) => { const ms = Math.round(s * 1000); const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, sec = Math.floor(ms / 1000) % 60; return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')},${String(ms % 1000).padStart(3, '0')}`; };
const srt = { text: '', paragraphs: [], segments: [], transcriptStart: 0 };
{
  const cues = cuesOf('a', { max: 42, sentenceWords: 8, maxWords: 16 });
  const NL = '\r\n';
  let out = '';
  cues.forEach((c, i) => {
    const at = out.length;
    if (c.seg) openSegIn(srt, c.seg, at);
    out += `${i + 1}${NL}${srtTime(c.begin)} --> ${srtTime(c.end)}${NL}`;
    if (c.turnStart && !c.item.noMark && i > 0) out += '>> ';
    const start = out.length;
    out += c.lines.map(curly).join(NL);
    srt.paragraphs.push({ start, end: out.length, speaker: c.item.speaker });
    out += NL + NL;
  });
  srt.segments.at(-1).end = out.length;
  srt.text = out;
}

// --- subtitles.ebuttd.xml -------------------------------------------------------------------------------------------------
const xmlTime = (s) => srtTime(s).replace(',', '.');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[’‘]/g, "'");
const COLOUR = { [W]: 'white', [L]: 'yellow' };
const ebu = { text: '', paragraphs: [], segments: [], transcriptStart: null };
{
  const cues = cuesOf('b', { max: 37, sentenceWords: 7, maxWords: 14 });
  let out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tt:tt xmlns:tt="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:ebuttm="urn:ebu:tt:metadata" xmlns:ebutts="urn:ebu:tt:style" ttp:timeBase="media" ttp:cellResolution="50 30" xml:lang="en-NZ">',
    '  <tt:head>',
    '    <tt:metadata>',
    '      <ebuttm:documentMetadata>',
    '        <ebuttm:conformsToStandard>urn:ebu:tt:distribution:2018-04</ebuttm:conformsToStandard>',
    '        <ebuttm:documentCopyright>Subtitles (c) 2025 Kupu Captioning Ltd for Rate of Rise</ebuttm:documentCopyright>',
    '      </ebuttm:documentMetadata>',
    '    </tt:metadata>',
    '    <tt:styling>',
    '      <tt:style xml:id="defaultStyle" tts:fontFamily="Verdana,Arial,Tiresias" tts:fontSize="100%" tts:lineHeight="normal" tts:textAlign="center"/>',
    '      <tt:style xml:id="white" tts:color="#FFFFFF" tts:backgroundColor="#000000"/>',
    '      <tt:style xml:id="yellow" tts:color="#FFFF00" tts:backgroundColor="#000000"/>',
    '      <tt:style xml:id="cyan" tts:color="#00FFFF" tts:backgroundColor="#000000"/>',
    '    </tt:styling>',
    '    <tt:layout>',
    '      <tt:region xml:id="bottom" tts:origin="10% 10%" tts:extent="80% 80%" tts:displayAlign="after" tts:writingMode="lrtb"/>',
    '    </tt:layout>',
    '  </tt:head>',
    '  <tt:body>',
    '    <tt:div style="defaultStyle">',
    '',
  ].join('\n');
  cues.forEach((c, i) => {
    const at = out.length;
    ebu.transcriptStart ??= at;
    if (c.seg) openSegIn(ebu, c.seg, at);
    const colour = c.item.colour ?? COLOUR[c.item.speaker];
    out += `      <tt:p xml:id="sub${i + 1}" begin="${xmlTime(c.begin)}" end="${xmlTime(c.end)}" region="bottom">`;
    let start = null;
    c.lines.forEach((l, j) => {
      if (j) out += '<tt:br/>';
      out += `<tt:span style="${colour}">`;
      start ??= out.length;
      out += esc(l);
      if (j === c.lines.length - 1) ebu.paragraphs.push({ start, end: out.length, speaker: c.item.speaker });
      out += '</tt:span>';
    });
    out += '</tt:p>\n';
  });
  out += '    </tt:div>\n  </tt:body>\n</tt:tt>\n';
  ebu.segments.at(-1).end = out.length;
  ebu.text = out;
}
for (const [k, r] of Object.entries({ srt, ebu })) {
  if (r.segments.length !== SEGS) throw new Error(`${k}: ${r.segments.length} segments, the source has ${SEGS}`);
  const bad = r.text.match(/.{0,30}[§¶¦⟨⟩{}|~].{0,10}/); if (bad) throw new Error(`a mark in ${k}: ${bad[0]}`);
}

// --- entities ---------------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'coffee roasting': ['roast', 'roasting', 'roaster'],
    'green coffee': ['green coffee'],
    Giesen: ['Giesen'],
    'first crack': ['first crack'],
    'second crack': ['second crack'],
    'smoke alarm': ['smoke alarm'],
    Artisan: ['Artisan'],
    'open source': ['open-source', 'open source'],
    'bean temperature': ['bean temperature', 'BT'],
    'environment temperature': ['environment temperature', 'ET'],
    'temperature probe': ['probe', 'probes'],
    thermocouple: ['thermocouple'],
    USB: ['USB'],
    Phidgets: ['Phidgets', 'Fidgets'],
    Modbus: ['Modbus', 'Mod Bus'],
    'background profile': ['background profile'],
    'roast profile': ['profile', 'profiles'],
    Cropster: ['Cropster'],
    'rate of rise': ['rate of rise'],
    'crash and flick': ['crash and the flick', 'crash and flick'],
    'Scott Rao': ['Scott Rao'],
    'development time ratio': ['development time ratio'],
    'Maillard phase': ['Maillard'],
    'drying phase': ['drying phase'],
    'Aillio Bullet': ['Aillio Bullet', 'Bullet'],
    'drum roaster': ['drum roaster', 'drum'],
    'induction heating': ['induction'],
    afterburner: ['afterburner'],
    'popcorn machine': ['popcorn machine'],
    Ikawa: ['Ikawa', 'Icarwa'],
    'fluid-bed roaster': ['fluid-bed'],
    Kaffelogic: ['Kaffelogic', 'Coffee Logic'],
    'Kaffelogic Nano 7': ['Nano 7', 'Nano Seven'],
    Roest: ['Roest'],
    'sample roaster': ['sample roaster'],
    cloud: ['cloud'],
    Greenlot: ['Greenlot', 'Green Lot'],
    'volatile organic compounds': ['volatile organic compounds'],
    Loring: ['Loring'],
    'Loring Smart Roast': ['Smart Roast'],
    'catalytic oxidiser': ['catalytic oxidiser'],
    'catalytic converter': ['catalytic converter'],
    Stronghold: ['Stronghold'],
    'halogen lamps': ['halogen lamps'],
    Bellwether: ['Bellwether', 'Bell Weather'],
    Probat: ['Probat'],
    Diedrich: ['Diedrich'],
    'infrared burner': ['infrared burners'],
    'roast colour': ['roast colour', 'colour meter', 'colour meters'],
    Agtron: ['Agtron'],
    'near-infrared': ['near-infrared'],
    Lighttells: ['Lighttells', 'Light Tells'],
    'CM-100': ['CM-100', 'CM100'],
    DiFluid: ['DiFluid', 'Di Fluid'],
    'DiFluid Omix': ['Omix'],
    Tonino: ['Tonino'],
    'Marko Luther': ['Marko Luther'],
    espresso: ['espresso'],
    grinder: ['grinder'],
    'moisture content': ['moisture'],
    'moisture meter': ['moisture meter'],
    Sinar: ['Sinar', 'Sinner'],
    'water activity': ['water activity'],
    density: ['density'],
    GrainPro: ['GrainPro'],
    cupping: ['cup it', 'cup them'],
    'contact microphone': ['contact microphone'],
    'acoustic detection': ['microphone'],
    'machine learning model': ['model'],
    'one-way degassing valve': ['one-way degassing valve', 'degassing valve'],
    degassing: ['degassing'],
    Goglio: ['Goglio'],
    'carbon dioxide': ['carbon dioxide'],
    'nitrogen flushing': ['nitrogen'],
    crema: ['crema'],
    'PID controller': ['PID controller', 'PID'],
    'past crop': ['past crop'],
    'Fresh Roast SR800': ['Fresh Roast', 'SR800', 'SR 800'],
  },
  tolerated: [
    'Rate of Rise', 'rateofrise.co.nz', 'rateofrise.co.nz/52', 'greenlot.coffee', 'greenlot.coffee/rise', 'Kupu Captioning', 'EBU-TT-D', 'SubRip', 'Wiremu', 'Parata', 'Lucía',
    'Lucia', 'Ferreyra', 'Ferreira', 'Mr Bakker', 'Bakker', 'Wellington', 'New Zealand', 'Rotterdam', 'Taiwan', 'Europe', 'Norway', 'California', 'Korea', 'US', 'Germany',
    'Ethiopian', 'Tuesday', 'Thursday', 'Kia ora', 'Ka kite anō', 'coffee', 'café', 'café group', 'apprentice', 'firmware', 'flat', 'dining table', 'machine', 'machines',
    'software', 'broom', 'ceiling', 'curve', 'curves', 'sticky note', 'laptop', 'beans', 'bean', 'air', 'events', 'charge', 'dry end', 'drop', 'file', 'engineer', 'sensors',
    'boards', 'industrial protocol', 'racing game', 'ghost', 'inventory', 'team', 'subscription', 'roastery', 'roasteries', 'alarm', 'alarms', 'screen', 'degrees',
    'derivative', 'signal', 'smoothing', 'delay', 'thermometer', 'blanket', 'filter roasts', 'T-shirt', 'gas', 'app', 'apps', 'phone app', 'smoke', 'wooden spoon', 'hot air',
    'importers', 'sample table', 'samples', 'farm', 'process', 'price', 'bag', 'bags', 'chimney', 'council', 'particles', 'smell', 'burner', 'catalyst', 'car', 'shop',
    'kitchen light', 'ground coffee', 'cupboard', 'number', 'scale', 'calibrate', 'whole beans', 'grind', 'setting', 'drop temperature', 'mould', 'beans', 'altitude',
    'energy', 'measuring cylinder', 'lot', 'importer', 'jute sacks', 'winter', 'storage', 'popcorn', 'Rice Krispies', 'milk', 'fan', 'extractor fan', 'recordings',
    'academic work', 'prototype', 'front plate', 'review', 'show notes', 'electric', 'kilo', 'grams', 'Pro',
    'oxygen', 'balloon', 'air', 'Italian', 'packaging company', 'coffee trade', 'freezer', 'jars', 'jar', 'forums', 'dose', 'glass chamber', 'timer', 'nose', 'paper', 'cardboard', 'form', 'street', 'building', 'customers', 'customer', 'nerds', 'March', 'June', 'November', 'spring',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -------------------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Rate of Rise', number: 52, recorded: '2025-02-22', title: 'The smoke alarm is a first crack detector' };
const files = { srt: { file: 'captions.srt', r: srt }, ebu: { file: 'subtitles.ebuttd.xml', r: ebu } };
const gold = {
  _source: `Synthetic held-out episode written for heldout34 (/work/heldout34/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
const plain = (s) => s.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\r?\n(>> )?/g, ' ');
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  writeFileSync(join(here, file), r.text);
  // what is said: the paragraphs of the whole file joined (a cue ends inside a phrase, so a form may span two cues)
  const said = r.paragraphs.map((p) => plain(r.text.slice(p.start, p.end))).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (r, sg) => r.paragraphs.filter((p) => p.start >= sg.start && p.end <= sg.end).map((p) => plain(r.text.slice(p.start, p.end)).split(/\s+/).filter((w) => /\w/.test(w)).length).reduce((a, b) => a + b, 0);
const spoken = parts.reduce((a, p) => a + p.a.split(/\s+/).filter((w) => w && w !== '§').length, 0);
console.log(`${spoken} spoken words, about ${Math.round(parts.at(-1).end / 60)} minutes\n` +
  `segments (srt words): ${srt.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(srt, sg)}`).join('; ')}\n` +
  `segments (ebu words): ${ebu.segments.map((sg) => wordsIn(ebu, sg)).join(', ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
