// Builds Coast Phase #118 (SYNTHETIC held-out episode, heldout24) from source.mjs: a two-host weekly SPACEFLIGHT news show
// in the style of the seed (hosts Oriane Lemaire, who opens and closes it, and Rhodri Pennant). Intro (Oriane, with a
// nameless rundown); New Glenn and ESCAPADE (Oriane, handed over NAMELESS by Rhodri at a change of speaker); Shenzhou-20
// and the debris strike (Rhodri, who raises it himself in a NEW paragraph right after his own one-liner: no speaker
// change); Starship and the lander contract (Oriane, raised MID-PARAGRAPH by Rhodri at the end of his own answer);
// [sponsor "Benchfold", read by Oriane at a change of speaker]; Amazon Leo (Rhodri, handed over MID-PARAGRAPH BY NAME at
// the end of the read); Neutron (Oriane, who raises it herself at a change of speaker, a weak cue on Rhodri's last
// words); 3I/ATLAS and the shutdown (Rhodri, raised by Oriane in a NEW paragraph of hers right after her own one-liner: no
// speaker change); extras (Rhodri, asked by Oriane at a change of speaker, then Oriane, handed over MID-PARAGRAPH by
// Rhodri); outro (Oriane, MID-PARAGRAPH after her answer to his reaction).
//
// Renders
//   web.txt       a page like the seed's, built as heldout23's logical-qubit-049/web.txt was: the page header in the seed's
//                 words ("Brought to you by…", "« Return to show page", "Transcript for Episode #118:", the title,
//                 "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6 spoken
//                 words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.9 s); FIRST NAMES
//                 in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page breaks inside long
//                 turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps it); the paragraphs
//                 marked `cut` lose their first word; spoken URLs dropped with the following punctuation; curly
//                 apostrophes; the words as the page's service wrote them (the A of each {A|B}). Gold paragraphs are the
//                 text after the stamp (and label). Gold key `web`.
//   captions.smi  the SAMI (Synchronized Accessible Media Interchange) captions a captioning service made for the
//                 episode's video, NEW in the held-out sets, in the layout of Microsoft's SAMI 1.0 sample: `<SAMI>`, a
//                 `<HEAD>` with `<TITLE>`, `<SAMIParam>` (Media, `Metrics {time:ms;}`, `Spec {MSFT:1.0;}`) and a
//                 `<STYLE TYPE="text/css">` block inside `<!-- -->` (the `P` rule, the `#Source` rule and the class
//                 `.ENGBCC` with `SAMIType: CC`), then `<BODY>`, the sample's two `<!-- … -->` lines and one of the
//                 captioner's, and one `<SYNC Start=MS>` block per caption: the SYNC line, an optional `  <P Class=ENGBCC
//                 ID=Source>NAME` line (the speaker's name, shown by players in a separate area) and one `  <P
//                 Class=ENGBCC>text` line; `<P>` and `<SYNC>` are NOT closed (SAMI, like old HTML, closes them at the next
//                 tag); `</BODY>`, `</SAMI>`, Unix line endings, a final newline. A caption is one or two lines of at most
//                 32 characters joined by `<br>`, cut at a sentence end once it holds 5 words, at a pause (`¶`), at a new
//                 paragraph, or when its two lines are full; a `§` does NOT force a cut, and a line never breaks inside a
//                 name of two or more words. A CLEAR (`&nbsp;`) follows a caption when the next one starts at least 0.6 s
//                 after its last word ends (a pause or a change of speaker), 0.25 s after that word. The captioner's
//                 Source name, the speaker's first name in capitals, opens the first caption of a turn (a change of
//                 speaker), except where `src` says otherwise (null: no name; a name: the OTHER host's); a short reply
//                 marked `dash` shares one caption with the first line of the next paragraph, each line opened by `- `
//                 (no Source; gold: the speaker of most of its words, `ambiguous`). Straight apostrophes, the captioner's
//                 spellings (the B of each {A|B}), the URLs written out. GOLD PARAGRAPHS are ONE PER CAPTION (not the
//                 clears), the text after `<P Class=ENGBCC>` to the end of its line (`<br>` included). A segment starts at
//                 the SYNC line of the caption its first word opens, or at the SYNC line of the clear right above that
//                 caption, or INSIDE a caption at its first word (after a space). transcriptStart is the first SYNC line.
//                 Gold key `sami`.
//   Times: ONE clock per file (its own words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker
//   paragraph, and in captions.smi 0.5 s at a `¶`, from 0.9 s; a word lasts 120 ms + 25 ms a letter, ending at least
//   30 ms before the next word).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, O, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'coast-phase-118';
const WPS = 2.6, T0 = 0.9;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: unpause(pick(x.text, 0)) }));
const wordTimes = wordClock(WSRC, T0, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [O]: 'ORIANE', [R]: 'RHODRI' };
const TITLE = 'A booster comes home, a cracked window in orbit, and a comet the shutdown kept to itself';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Benchfold - flight software test benches in the cloud, with the orbit already running', '',
    '« Return to show page', '',
    'Transcript for Episode #118:', TITLE, '',
    'Recorded on Tuesday, Nov 18, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [O, R].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§¶{}|]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- entities (needed by the caption wrapper below) ----------------------------------------------
const ENTITIES = {
  required: {
    spaceflight: ['leaves the ground', 'launch', 'launches'],
    'Blue Origin': ['Blue Origin'],
    'New Glenn': ['New Glenn'],
    NASA: ['NASA'],
    ESCAPADE: ['ESCAPADE', 'Escapade'],
    'Rocket Lab': ['Rocket Lab'],
    'UC Berkeley': ['Berkeley'],
    Mars: ['Mars'],
    'solar wind': ['solar wind'],
    booster: ['booster', 'first stage'],
    Jacklyn: ['Jacklyn', 'Jaclyn'],
    'Jeff Bezos': ['Jeff Bezos'],
    'Lagrange point': ['Lagrange point'],
    MAVEN: ['MAVEN'],
    'space weather': ['space weather', 'solar storm', 'storm'],
    aurora: ['aurora'],
    'Blue Moon Mark One': ['Blue Moon Mark One', 'Blue Moon'],
    'Shenzhou-20': ['Shenzhou-20', 'Shen Zhou 20'],
    'Shenzhou-21': ['Shenzhou-21', 'Shen Zhou 21'],
    Tiangong: ['Tiangong', 'Tian Gong'],
    'space debris': ['debris', 'rocket body'],
    Soyuz: ['Soyuz'],
    micrometeoroid: ['micrometeoroid'],
    'collision avoidance': ['avoidance manoeuvres', 'close approach'],
    'flight dynamics': ['flight dynamics'],
    Starlink: ['Starlink', 'Starlinks'],
    Starship: ['Starship', 'Starships'],
    SpaceX: ['SpaceX'],
    'Raptor 3': ['Raptor 3'],
    'heat shield': ['heat-shield tiles', 'heat-shield'],
    'Artemis III': ['Artemis III', 'Artemis 3'],
    'Artemis II': ['Artemis II', 'Artemis 2'],
    'Artemis V': ['Artemis V', 'Artemis 5'],
    'Human Landing System': ['lunar lander contract', 'lander contract', 'lunar lander'],
    'orbital refuelling': ['refuelled in orbit', 'propellant'],
    'Sean Duffy': ['Sean Duffy'],
    'Elon Musk': ['Elon Musk'],
    Benchfold: ['Benchfold'],
    'flight software': ['flight software', 'flight-software'],
    'reaction wheels': ['reaction wheels', 'wheel'],
    'attitude control': ['attitude control'],
    'Amazon Leo': ['Amazon Leo'],
    'Project Kuiper': ['Project Kuiper', 'Kuiper', 'Kyper'],
    Amazon: ['Amazon'],
    FCC: ['FCC'],
    'Atlas V': ['Atlas'],
    'Falcon 9': ['Falcon 9'],
    'optical inter-satellite links': ['optical links', 'lasers between satellites'],
    'ground station': ['ground stations', 'ground station'],
    'Rubin Observatory': ['Rubin Observatory'],
    constellation: ['constellation', 'constellations'],
    Neutron: ['Neutron'],
    'Hungry Hippo': ['Hungry Hippo'],
    fairing: ['fairing'],
    Wallops: ['Wallops'],
    Electron: ['Electron'],
    'carbon composite': ['carbon composite', 'carbon'],
    '3I/ATLAS': ['3I/ATLAS', '3I Atlas'],
    'interstellar comet': ['comet', 'outside the solar system'],
    'ATLAS survey': ['ATLAS survey telescope', 'ATLAS survey'],
    ESA: ['ESA'],
    'government shutdown': ['shutdown'],
    Jupiter: ['Jupiter'],
    Juno: ['Juno'],
    'Jared Isaacman': ['Jared Isaacman', 'Isaacman', 'Isaac Man'],
    Orekit: ['Orekit'],
    Java: ['Java'],
    'pass prediction': ['pass predictions'],
    Stellarium: ['Stellarium'],
    'International Space Station': ['space station'],
  },
  tolerated: [
    'Coast Phase', 'benchfold.space', 'benchfold.space/coast', 'coastphase.fm', 'coastphase.fm/118', 'Toulouse', 'Glasgow', 'Florida', 'Atlantic', 'Europe', 'Beijing', 'Inner Mongolia', 'China', 'Russia', 'Texas', 'Gulf',
    'Indian Ocean', 'Moon', 'Sun', 'Earth', 'Chile', 'Virginia', 'Harvard', 'White House', 'Senate', 'Oriane', 'Rhodri', 'January', 'March', 'May', 'June', 'July', 'October', 'November', 'December', 'Tuesday', 'Wednesday',
    'Thursday', 'Friday', '2022', '2025', '2026', '2027', '2028',
    'Earth observation', 'Earth-observation satellite', 'satellite', 'satellites', 'planning software', 'telemetry', 'radio link', 'calendar', 'correction fluid', 'launch date', 'rocket', 'rockets', 'spacecraft',
    'atmosphere', 'engines', 'ship', 'landing', 'planets', 'dollars', 'weather', 'car park', 'lunar', 'astronauts', 'capsule', 'crew', 'inspections', 'window', 'cracks', 'coolant', 'orbital speed', 'paint', 'armour',
    'shoebox satellite', 'odds', 'pictures', 'manoeuvre', 'vineyard', 'obstacle', 'dummy satellites', 'slot', 'engine', 'test stand', 'pad', 'second pad', 'version three', 'Moon landing', 'television', 'schedule',
    'studio', 'editing', 'coffee', 'test benches', 'sensors', 'radio', 'orbit', 'eclipse', 'bench', 'replay', 'failures', 'hardware', 'brown-out', 'clock', 'orbits', 'branding', 'terminals', 'licence', 'regulator',
    'service', 'businesses', 'governments', 'customers', 'dish', 'cloud', 'films', 'delivery', 'internet', 'data centre', 'traffic', 'ocean', 'prototypes', 'astronomers', 'streaks', 'telescope', 'camera', 'first stage',
    'medium rocket', 'tonnes', 'low orbit', 'reusable', 'results', 'hangar', 'pumps', 'electric motors', 'batteries', 'calendar joke', 'visitor', 'solar system', 'aliens', 'spacecraft theory', 'coma', 'gas', 'chemistry',
    'budget', 'boss', 'transport secretary', 'administrator', 'acting administrator', 'billionaire', 'private missions', 'library', 'open-source', 'orbits', 'manoeuvres', 'agencies', 'companies', 'production', 'time-zone',
    'time zone', 'code', 'head torch', 'red light', 'night vision', 'keys', 'garden', 'planetarium', 'plug-in', 'bright dot', 'camping stool', 'stool', 'knees', 'links', 'skies', 'Lagrange', 'L2', 'Sun-Earth L2',
    'Blue', 'Gold', 'Never Tell Me The Odds', 'Blue Moon MK1', 'Starship V3', 'Starbase', 'Super Heavy', 'Human Landing System', 'HLS', 'Artemis', 'Orion', 'SLS', 'Space Launch System', 'Starlink satellites', 'Atlas V',
    'United Launch Alliance', 'ULA', 'Vulcan', 'Leo', 'low Earth orbit', 'LEO', 'Kuiper Systems', 'Vera C. Rubin Observatory', 'Mars Reconnaissance Orbiter', 'ExoMars', 'Trace Gas Orbiter', 'Avi Loeb', 'CMSA', 'China Manned Space Agency',
    'Long March', 'Soyuz MS-22', 'Soyuz MS-23', 'Electron rocket', 'Neutron rocket', 'Rutherford', 'Archimedes', 'Launch Complex 3', 'Wallops Island', 'NASA Wallops', 'Stellarium satellites plug-in', 'SpaceX Starship',
    'Raptor', 'ESCAPADE mission', 'New Glenn booster', 'solar storm', 'geomagnetic storm', 'Kessler syndrome', 'conjunction', 'debris strike', 'Shenzhou', 'Shenzhou-22', 'Tiangong space station',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- captions.smi -------------------------------------------------------------------------------
const SOURCE_NAME = { [O]: 'ORIANE', [R]: 'RHODRI' };
const MAXLINE = 32, CLASS = 'ENGBCC';
// the captioner's words, with the clock
const all = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    let pause = false, first = true;
    for (const tok of plainText(pick(item.text, 1)).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = true; continue; }
      const w = tok.replace('§', '');
      if (!w) throw new Error('an empty word');
      if (/[§¶⟨⟩{}|’‘“”<>&]/.test(w)) throw new Error(`a stray mark, markup or curly quote in ${tok}`);
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
// captions of one paragraph: lists of lines, each a list of words. A line never breaks inside a name of two or more
// words (a required entity form or a capitalised tolerated name), so words glued that way wrap together.
const GLUE = [...Object.values(ENTITIES.required).flat(), ...ENTITIES.tolerated.filter((f) => /^\p{Lu}/u.test(f))].map((f) => f.toLowerCase().split(' ')).filter((w) => w.length > 1).flatMap((w) => w.slice(1).map((x, i) => `${w[i]} ${x}`));
const glued = (x, y) => { const s = `${x.w} ${y.w}`.toLowerCase().replace(/[.,?!:;]/g, ''); return GLUE.some((pair) => s === pair || s.includes(pair)); };
function paragraphCaptions(ws, width) {
  const chunks = [];
  ws.forEach((x, i) => { if (i && !x.pauseBefore && glued(ws[i - 1], x)) chunks.at(-1).push(x); else chunks.push([x]); });
  const caps = [];
  let lines = [], line = [], len = 0, n = 0;
  const flushLine = () => { if (line.length) lines.push(line); line = []; len = 0; };
  const flushCap = () => { flushLine(); if (lines.length) caps.push(lines); lines = []; n = 0; };
  for (const chunk of chunks) {
    if (chunk[0].pauseBefore && n) flushCap();
    const clen = chunk.map((x) => x.w).join(' ').length;
    if (clen > width) throw new Error(`a glued name longer than a line: ${chunk.map((x) => x.w).join(' ')}`);
    if (line.length && len + 1 + clen > width) { flushLine(); if (lines.length === 2) flushCap(); }
    len += (line.length ? 1 : 0) + clen;
    line.push(...chunk);
    n += chunk.length;
    if (/[.?!]$/.test(chunk.at(-1).w) && n >= 5) flushCap();
  }
  flushCap();
  // no orphans: a caption of one or two words that ends a sentence takes the last words of a full caption before it
  for (let i = 1; i < caps.length; i++) {
    const cur = caps[i], prev = caps[i - 1];
    const last = prev.at(-1);
    if (cur.flat().length > 2 || !/[.?!]$/.test(cur.at(-1).at(-1).w) || /[.?!]$/.test(last.at(-1).w) || cur[0][0].pauseBefore || prev.length < 2) continue;
    while (cur.flat().length < 4) {
      let k = last.length - 1;
      while (k > 0 && glued(last[k - 1], last[k])) k--;
      const moved = last.slice(k);
      if (!k || /[.?!,:]$/.test(moved.at(-1).w) || [...moved, ...cur[0]].map((x) => x.w).join(' ').length > width) break;
      last.splice(k);
      cur[0].unshift(...moved);
    }
  }
  return caps;
}
const byPara = new Map();
for (const x of all) { if (!byPara.has(x.item)) byPara.set(x.item, []); byPara.get(x.item).push(x); }
const paraItems = [...byPara.keys()];
const captions = [];   // { lines: [[words]], source, dash }
for (let i = 0; i < paraItems.length; i++) {
  const item = paraItems[i];
  const turnStart = i === 0 || paraItems[i - 1].speaker !== item.speaker;
  const source = turnStart ? ('src' in item ? item.src : SOURCE_NAME[item.speaker]) : null;
  if (!turnStart && 'src' in item) throw new Error('a src on a paragraph that does not open a turn');
  if (item.dash) {
    const next = paraItems[i + 1];
    const mine = byPara.get(item);
    if (!next || next.speaker === item.speaker || next.dash) throw new Error('a dash reply must be followed by the other host');
    const nextCaps = paragraphCaptions(byPara.get(next), MAXLINE - 2);
    const [firstLine, ...restLines] = nextCaps[0];
    if ((mine.map((x) => x.w).join(' ').length + 2) > MAXLINE) throw new Error('a dash reply longer than a line');
    captions.push({ lines: [mine, firstLine], source: null, dash: true });
    if (restLines.length) captions.push({ lines: restLines, source: null });
    for (const c of nextCaps.slice(1)) captions.push({ lines: c, source: null });
    i++;
    continue;
  }
  paragraphCaptions(byPara.get(item), MAXLINE).forEach((lines, j) => captions.push({ lines, source: j ? null : source }));
}
const SAMI_HEAD = [
  '<SAMI>',
  '<HEAD>',
  `<TITLE>Coast Phase 118 - ${TITLE}</TITLE>`,
  '<SAMIParam>',
  '  Media {coast-phase-118-video.mp4}',
  '  Metrics {time:ms;}',
  '  Spec {MSFT:1.0;}',
  '</SAMIParam>',
  '<STYLE TYPE="text/css">',
  '<!--',
  'P { margin-left: 8pt; margin-right: 8pt; margin-bottom: 2pt; margin-top: 2pt; text-align: center; font-size: 14pt; font-family: Arial, sans-serif; font-weight: normal; color: #ffffff; background-color: #000000; }',
  '#Source { font-size: 10pt; font-weight: bold; color: #ffff00; text-align: left; }',
  `.${CLASS} { Name: English Captions; lang: en-GB; SAMIType: CC; }`,
  '-->',
  '</STYLE>',
  '</HEAD>',
  '<BODY>',
  '<!-- Open play menu, choose Captions and Subtiles, On if available -->',
  '<!-- Open tools menu, Security, Show local captions when present -->',
  '<!-- Linden Caption Co. job 25-1187: verbatim, en-GB, speaker IDs in Source -->',
  '',
].join('\n');
let smi = SAMI_HEAD;
const smiParas = [];
const smiTrack = segmentTracker();
const ms = (s) => Math.floor(s * 1000 + 1e-6);
let clears = 0;
{
  let lastStart = -1, clearAt = null;   // clearAt: offset of the clear block written right before this caption
  captions.forEach((c, ci) => {
    const ws = c.lines.flat();
    const start = ms(ws[0].begin);
    if (start <= lastStart) throw new Error('SYNC times must increase');
    lastStart = start;
    const lineAt = smi.length;
    const blockAt = clearAt ?? lineAt;
    smi += `<SYNC Start=${start}>\n`;
    if (c.source) smi += `  <P Class=${CLASS} ID=Source>${c.source}\n`;
    smi += `  <P Class=${CLASS}>`;
    const textAt = smi.length;
    c.lines.forEach((line, li) => {
      if (li) smi += '<br>';
      if (c.dash) smi += '- ';
      line.forEach((x, j) => {
        if (j) smi += ' ';
        const inside = li > 0 || j > 0;
        if (x.seg) {
          if (inside && smi[smi.length - 1] !== ' ') throw new Error(`segment ${x.seg.title} opens right after a line break`);
          if (x.seg.mid) { smiTrack.mark(inside ? smi.length : blockAt); smiTrack.seg(x.seg); }
          else { if (inside) throw new Error(`segment ${x.seg.title} opens inside a caption without a §`); smiTrack.seg(x.seg); smiTrack.block(blockAt); }
        }
        smi += x.w;
      });
    });
    const count = {};
    for (const x of ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
    const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === ws[0].speaker ? -1 : 1));
    const para = { start: textAt, end: smi.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    smiParas.push(para);
    smi += '\n';
    for (const line of c.lines) { const len = line.map((x) => x.w).join(' ').length + (c.dash ? 2 : 0); if (len > MAXLINE) throw new Error(`a caption line of ${len} characters`); }
    // a clear after the caption when the next one starts well after its last word
    const lastEnd = ws.at(-1).end;
    const next = captions[ci + 1]?.lines[0][0];
    clearAt = null;
    if (!next || next.begin - lastEnd >= 0.6 - 1e-9) {
      const at = ms(lastEnd + 0.25);
      if (next && at >= ms(next.begin)) throw new Error('a clear after the next caption');
      clearAt = smi.length;
      smi += `<SYNC Start=${at}>\n  <P Class=${CLASS}>&nbsp;\n`;
      lastStart = at;
      clears++;
    }
  });
  smi += '</BODY>\n</SAMI>\n';
  smiTrack.close(smi.length);
}
if (/[§¶¦⟨⟩|’‘]/.test(smi)) throw new Error('a mark or curly apostrophe in captions.smi');
const SMI_START = SAMI_HEAD.length;

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Coast Phase', number: 118, recorded: '2025-11-18', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout24 (/work/heldout24/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    sami: { input: 'captions.smi', length: smi.length, transcriptStart: SMI_START, segments: smiTrack.segments, paragraphs: smiParas },
  },
};
// every required entity has a form said in each file (as check.mjs looks for it)
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : smi;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.smi'), smi);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const spoken = wordTimes.filter(Boolean).reduce((n, x) => n + x.length, 0);
const names = {};
for (const c of captions) names[c.source ?? '(none)'] = (names[c.source ?? '(none)'] ?? 0) + 1;
console.log(`${spoken} spoken words (web), ${all.length} in captions.smi, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`captions.smi: ${captions.length} captions (${captions.filter((c) => c.lines.length === 2).length} with two lines), ${clears} clears, Source names ${JSON.stringify(names)}, ${smiParas.filter((p) => p.ambiguous).length} holding both voices`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
