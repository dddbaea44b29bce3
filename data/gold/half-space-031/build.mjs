// Builds Half Space #31 (SYNTHETIC held-out episode, heldout27) from source.mjs: a two-host CONVERSATIONAL co-host show
// about FOOTBALL ANALYTICS with no rundown and no sponsor (hosts Niamh Corrigan, who opens and closes it, and Mateus
// Vilela). Intro (Niamh, the Pigeons' eleven-two); expected goals (Mateus, RAISED by Niamh's question at a change of
// speaker); GPS vests and training load (Niamh, who raises it herself MID-PARAGRAPH in her reply); event and tracking data
// (Mateus, who raises it himself at a change of speaker); video analysis (Niamh, who raises it herself in a NEW paragraph
// right after her own one-liner: no speaker change); free data and Python tools (Mateus, RAISED MID-PARAGRAPH by Niamh);
// data in the women's game (Niamh, RAISED by Mateus's question at a change of speaker); semi-automated offside (Mateus,
// RAISED by Niamh in a NEW paragraph right after her own one-liner: no speaker change, the first speaker is NOT the
// presenter); set pieces (Niamh, RAISED MID-PARAGRAPH by Mateus); outro (Niamh, MID-PARAGRAPH).
//
// Renders
//   riverside.txt   a Riverside transcript export (.txt): one block per paragraph, the speaker's display name in the
//                   recording studio and the `(mm:ss.mmm)` time of the block's first word on one line, the text on the
//                   next, a blank line between blocks, a final newline, no header. Long turns are split into blocks with
//                   the same name (`¶`). Display names: `Niamh Corrigan` and `Mateus` (the first name alone, as he typed
//                   it when joining). Straight apostrophes, the A of each {A|B}. Gold paragraphs are the text lines. A
//                   segment starts at the name line of its first block, or INSIDE a block at the `§` word. Key
//                   `riverside`.
//   whispercpp.txt  whisper.cpp's console output saved to a file (`./main -m … -f episode.wav > whispercpp.txt`): one line
//                   per Whisper segment, `[hh:mm:ss.mmm --> hh:mm:ss.mmm]` and three spaces (two from the printf, one that
//                   Whisper puts before every segment's text), then the text; times on whisper.cpp's 10 ms grid, a line
//                   ending where the next begins. NO speaker marks at all. A line is closed at a sentence end once it holds
//                   8 words, at a comma once it holds 24 (at 30 words at the latest), and at the end of a paragraph; a short
//                   reply marked `merge` runs into the next paragraph's first line, which then holds both voices
//                   (`ambiguous`, the speaker of most of its words). The B of each {A|B}: misheard names, fillers dropped.
//                   Gold paragraphs = one per line, the text after the three spaces. A segment starts at the `[` of the
//                   line whose first word is the segment's first word, or INSIDE a line at that word (a `§`, or a merged
//                   line). Key `whispercpp`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//   3.2 s after the jingle; a word lasts 120 ms + 25 ms a letter), counted on each file's own words.
//   gold.json       offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                   unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, N, V } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'half-space-031';
const WPS = 2.6, T0 = 3.2;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.split(/\s+/).filter(Boolean).filter((w) => w !== '§');

// --- riverside.txt ------------------------------------------------------------------------------
const RSRC = [];
{
  let t = T0, prev = null;
  for (const x of SOURCE) {
    if (x.seg) { RSRC.push(x); continue; }
    const text = pick(x.text, 0);
    if (/[⟨⟩{}|¦~’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
    if (prev) t += prev.speaker === x.speaker ? 0.4 : 0.6;
    for (const part of text.split(/\s*¶\s*/)) {
      RSRC.push({ ...x, text: part.trim(), at: t });
      t += tokens(part).length / WPS;
    }
    prev = x;
  }
}
const RNAME = { [N]: 'Niamh Corrigan', [V]: 'Mateus' };
const mss = (sec) => { const ms = Math.round(sec * 1000); return `${two(Math.floor(ms / 60000))}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
const riverside = render(RSRC, {
  header: '', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${RNAME[p.speaker]} (${mss(p.at)})\n`,
  words: (i, p) => p.text,
});
if (/[§¶{}|]/.test(riverside.text)) throw new Error('a mark in riverside.txt');

// --- whispercpp.txt -----------------------------------------------------------------------------
const all = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const text = pick(item.text, 1).replace(/¶/g, ' ');
    for (const tok of text.split(/\s+/).filter(Boolean)) {
      const w = tok.replace('§', '');
      if (!w) throw new Error('an empty word');
      if (/[§¶¦⟨⟩{}|’‘“”<>\u0080-\uffff]/.test(w)) throw new Error(`a stray mark, curly quote or accent in ${tok}`);
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
const lines = [];
{
  let cur = [];
  const flush = () => { if (cur.length) lines.push(cur); cur = []; };
  const byPara = new Map();
  for (const x of all) { if (!byPara.has(x.item)) byPara.set(x.item, []); byPara.get(x.item).push(x); }
  const items = [...byPara.keys()];
  items.forEach((item, i) => {
    for (const x of byPara.get(item)) {
      cur.push(x);
      if ((/[.?!]$/.test(x.w) && cur.length >= 8) || (/,$/.test(x.w) && cur.length >= 24) || cur.length >= 30) flush();
    }
    if (item.merge) {
      if (items[i + 1]?.speaker === item.speaker) throw new Error('a merged reply must be followed by the other host');
      return;
    }
    flush();
  });
  flush();
}
const cs = (sec) => Math.round(sec * 100) / 100;
const wtime = (sec) => { const ms = Math.round(cs(sec) * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
let wcpp = '';
const wParas = [];
const wTrack = segmentTracker();
let mixed = 0;
lines.forEach((ws, li) => {
  const a = ws[0].begin;
  const b = lines[li + 1] ? lines[li + 1][0].begin : ws.at(-1).end;
  const lineAt = wcpp.length;
  wcpp += `[${wtime(a)} --> ${wtime(b)}]   `;
  const textAt = wcpp.length;
  ws.forEach((x, j) => {
    if (j) wcpp += ' ';
    if (x.seg) {
      if (x.seg.mid || j) { wTrack.mark(j ? wcpp.length : lineAt); if (!x.seg.mid) throw new Error(`segment ${x.seg.title} opens inside a line without a §: a merged line`); wTrack.seg(x.seg); }
      else { wTrack.seg(x.seg); wTrack.block(lineAt); }
    }
    wcpp += x.w;
  });
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const speaker = [...count.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const para = { start: textAt, end: wcpp.length, speaker };
  if (count.size > 1) { para.ambiguous = true; mixed++; }
  wParas.push(para);
  wcpp += '\n';
});
wTrack.close(wcpp.length);
wTrack.segments[0].start = 0;

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'expected goals': ['expected goals', 'xG'],
    'post-shot xG': ['post-shot xG'],
    StatsBomb: ['StatsBomb', 'Stats Bomb'],
    Opta: ['Opta'],
    'freeze frame': ['freeze frames'],
    'GPS vest': ['vests', 'vest'],
    GPS: ['GPS'],
    STATSports: ['STATSports', 'Stat Sports'],
    Catapult: ['Catapult'],
    accelerometer: ['accelerometer'],
    gyroscope: ['gyroscope'],
    'high-speed running': ['high-speed running'],
    'acute to chronic workload ratio': ['acute to chronic workload ratio'],
    'Power BI': ['Power BI', 'Power B I'],
    dashboard: ['dashboard'],
    'menstrual cycle tracking': ['menstrual cycle'],
    FitrWoman: ['FitrWoman', 'Fitter Woman'],
    'event data': ['event data'],
    'tracking data': ['tracking data', 'tracking'],
    'Stats Perform': ['Stats Perform'],
    Wyscout: ['Wyscout', 'Why Scout'],
    Hudl: ['Hudl', 'Huddle'],
    'Second Spectrum': ['Second Spectrum'],
    'broadcast tracking': ['broadcast tracking'],
    SkillCorner: ['SkillCorner', 'Skill Corner'],
    'computer vision': ['computer vision'],
    Python: ['Python'],
    kloppy: ['kloppy', 'cloppy'],
    'video analysis': ['video'],
    'Hudl Sportscode': ['Hudl Sportscode', 'Huddle Sports Code', 'Sportscode', 'Sports Code'],
    'code window': ['code window'],
    Veo: ['Veo', 'Vayo'],
    'StatsBomb open data': ['open data', 'free data'],
    GitHub: ['GitHub', 'Git Hub'],
    statsbombpy: ['statsbombpy', 'stats bomb pie'],
    mplsoccer: ['mplsoccer', 'MPL soccer'],
    'shot map': ['shot maps'],
    'pass network': ['pass networks'],
    'radar chart': ['radar charts'],
    matplotlib: ['matplotlib'],
    socceraction: ['socceraction', 'soccer action'],
    VAEP: ['VAEP', 'VAP'],
    'KU Leuven': ['KU Leuven'],
    'expected threat': ['expected threat'],
    'Friends of Tracking': ['Friends of Tracking'],
    'pitch control': ['pitch control'],
    YouTube: ['YouTube'],
    "Women's Super League": ["Women's Super League"],
    NWSL: ['NWSL', 'N W S L'],
    'semi-automated offside': ['semi-automated offside'],
    FIFA: ['FIFA'],
    'Al Rihla': ['Al Rihla', 'Al Rila'],
    adidas: ['adidas'],
    VAR: ['VAR'],
    'Genius Sports': ['Genius Sports'],
    'Hawk-Eye': ['Hawk-Eye', 'Hawkeye'],
    'limb tracking': ['skeleton tracking', 'twenty-nine points'],
    'set pieces': ['set pieces', 'set piece', 'set-piece'],
    Brentford: ['Brentford'],
    Midtjylland: ['Midtjylland', 'Mid Tilland'],
    Liverpool: ['Liverpool'],
  },
  tolerated: [
    'Half Space', 'Os Pombos', 'Pigeons', 'Niamh', 'Mateus', 'Neve', 'Messi', 'Barcelona', 'Karun Singh', 'Thomas Grønnemark', 'Grønnemark', 'Gronnemark', 'Glasgow', 'Lisbon', 'Qatar', 'Denmark',
    'Danish second division', 'the States', 'Premier League', 'World Cup', 'World Cups', 'Thursday', 'Tuesday', 'Saturday', 'Sunday', 'Monday', 'March', 'January', 'notes app', 'spreadsheet',
    'penalty', 'header', 'cross', 'through ball', 'goalkeeper', 'keeper', 'defenders', 'striker', 'full-back', 'centre-back', 'winger', 'corner', 'corners', 'throw-in', 'throw-ins', 'throw-in coach',
    'inswinger', 'near post', 'blockers', 'hamstring', 'decelerations', 'accelerations', 'sprints', 'training load', 'workload', 'statisticians', 'cameras', 'camera', 'stadium', 'TV graphics', 'TV',
    'clips', 'buttons', 'turnover', 'press', 'opposition', 'academy', 'Sunday league', 'five-a-side', 'coordinates', 'pitch', 'standard model', 'library', 'model', 'models', 'dribble', 'half space',
    'grid', 'eye test', 'scouting', 'recruitment', 'scouting budget', 'analytics', 'offside', 'offside line', '3D animation', 'frames', 'sensor', 'ball', 'set-piece coach', 'routines', 'blocking',
    'AI cameras', 'automatic tagging', 'David Sumpter', 'iPad', 'repo', 'blog', 'lockdown', 'whiteboard', 'sports scientist', 'traffic light', 'thresholds', 'false alarms', 'matchday', 'Ronaldo', 'Bruno', 'Portugal', 'Uruguay', 'post-shot', 'women\'s game', 'men\'s game', 'providers', 'consent', 'app', 'Stats Bomb\'s',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Half Space', number: 31, recorded: '2025-03-06', title: 'Eleven-two on the scoreboard, a win on expected goals' };
const gold = {
  _source: `Synthetic held-out episode written for heldout27 (/work/heldout27/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    riverside: { input: 'riverside.txt', length: riverside.text.length, transcriptStart: riverside.transcriptStart, segments: riverside.segments, paragraphs: riverside.paragraphs },
    whispercpp: { input: 'whispercpp.txt', length: wcpp.length, transcriptStart: 0, segments: wTrack.segments, paragraphs: wParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'riverside' ? riverside.text : wcpp;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'riverside.txt'), riverside.text);
writeFileSync(join(here, 'whispercpp.txt'), wcpp);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => tokens(pick(p.text, 0).replace(/[¶§]/g, ' ')).length).reduce((a, b) => a + b, 0);
console.log(`${speech} spoken words, ${Math.round(all.at(-1).end / 60)} minutes; riverside.txt: ${riverside.paragraphs.length} blocks; whispercpp.txt: ${lines.length} lines, ${mixed} with both voices\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
