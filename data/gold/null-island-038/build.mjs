// Builds Null Island #38 (SYNTHETIC held-out episode, heldout19) from source.mjs: a two-host CONVERSATIONAL co-host show
// with no rundown (Wren Halloran, who opens and closes it, and Idris Bakar, colleagues on the maps team of a route
// planner). Intro (Wren); the ford in the Dales (Idris, raised by Wren MID-PARAGRAPH); the move to PMTiles (Wren, who
// raises it herself at a change of speaker); Google Maps Platform's pricing and a self-hosted geocoder (Idris, raised
// by Wren in a NEW paragraph of hers: no speaker change); the huts off Somalia and axis order (Wren, raised by Idris
// MID-PARAGRAPH at the end of his own turn); H3 hexagons (Idris, raised by Wren at a change of speaker); Overture Maps
// places (Wren, raised by Idris in a NEW paragraph of his: no speaker change); MapLibre's globe (Wren, who raises it
// herself MID-PARAGRAPH); a slow PostGIS query (Idris, who raises it himself with a question answered by a question);
// outro (Wren).
//
// Renders
//   labeled.txt   `Full Name: text` on EVERY paragraph, one paragraph a line; the transcriber's spellings (the A of each
//                 {A|B}); curly apostrophes. Built with the shared `render` and `labeledPrefix` (speechOnly: gold
//                 paragraphs are the text after the label). Gold key `labeled`.
//   captions.srt  SubRip as an automatic captioner exports it: numbered cues, `hh:mm:ss,mmm --> hh:mm:ss,mmm`, one or
//                 two lines of at most 42 characters, at most 12 words a cue; cased and punctuated, straight
//                 apostrophes, the captioner's spellings (the B of each {A|B}); NO speaker names or marks at all. The
//                 cutter knows nothing of speakers: a cue ends when the next word would overflow it, at a sentence end
//                 once the cue holds 6 words, or at a pause (0.6 s, a change of speaker) once it holds 9, so cues run
//                 through changes of speaker and end mid-sentence. Times from one clock (~2.6 spoken words a second,
//                 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.6 s; a word lasts 120 ms + 25 ms
//                 a letter, ending at least 30 ms before the next word); a cue runs from its first word's start to its
//                 last word's end, stretched to at least 0.6 s where the next cue allows. GOLD PARAGRAPHS are TURNS:
//                 consecutive source paragraphs of one speaker are one turn, and a back-channel said over the other
//                 host (`swallow`) sits inside the other host's turn (gold: the majority speaker, `ambiguous`). A
//                 turn's span runs from the first character of its first word to the last character of its last
//                 word, so the cue numbers and timing lines inside it fall within the span; where the speaker changes
//                 inside a cue, one turn ends and the next begins inside that cue. A segment starts at the number line
//                 of the cue its first word opens, or INSIDE a cue at its first word. transcriptStart 0. Gold key
//                 `srt`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, W, I } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'null-island-038';
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.split(/\s+/).filter(Boolean);
const words = (t) => tokens(t.replace('§', '')).filter(Boolean);

// --- labeled.txt --------------------------------------------------------------------------------
const LSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0) }));
const LABELS = { first: { [W]: W, [I]: I }, later: { [W]: W, [I]: I } };
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});
if (/[§{}|¦]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- captions.srt -------------------------------------------------------------------------------
const CSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 1) }));
const wordTimes = wordClock(CSRC, 0.6, (t) => words(t).length, 2.6);
const all = [];
CSRC.forEach((item, k) => {
  if (item.seg) return;
  tokens(item.text).forEach((tok, j) => {
    const w = tok.replace('§', '');
    if (!w) throw new Error('a lone § mark');
    all.push({ w, k, speaker: item.speaker, swallow: !!item.swallow, mark: tok.startsWith('§'), begin: wordTimes[k][j] });
  });
});
all.forEach((x, i) => {
  const next = all[i + 1]?.begin ?? Infinity;
  x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, next - 0.03);
  x.pauseAfter = next - x.end;
  if (/[’‘“”]/.test(x.w)) throw new Error('curly quote in a caption word');
});
// segments open at the first word of their first paragraph, or at the § word
{
  let pending = null;
  const firstWord = new Map();
  all.forEach((x, i) => { if (!firstWord.has(x.k)) firstWord.set(x.k, i); });
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { if (item.swallow) throw new Error('a segment cannot open on a swallowed back-channel'); all[firstWord.get(k)].seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
// cut into cues
const MAXLINE = 42, MAXWORDS = 12;
const fits = (ws) => { const s = ws.map((x) => x.w).join(' '); if (s.length <= MAXLINE) return true; return twoLines(ws) != null; };
function twoLines(ws) {
  let best = null;
  for (let j = 1; j < ws.length; j++) {
    const a = ws.slice(0, j).map((x) => x.w).join(' '), b = ws.slice(j).map((x) => x.w).join(' ');
    if (a.length <= MAXLINE && b.length <= MAXLINE && (!best || Math.max(a.length, b.length) < best.m)) best = { a, b, m: Math.max(a.length, b.length) };
  }
  return best;
}
const cues = [];
{
  let cur = [];
  all.forEach((x, i) => {
    if (cur.length && (cur.length >= MAXWORDS || !fits([...cur, x]))) { cues.push(cur); cur = []; }
    cur.push(x);
    const sentenceEnd = /[.?!—]["”’)]*$/.test(x.w);
    if ((sentenceEnd && cur.length >= 6) || (x.pauseAfter >= 0.55 && cur.length >= 9)) { cues.push(cur); cur = []; }
  });
  if (cur.length) cues.push(cur);
}
const srtTime = (s) => {
  const ms = Math.round(s * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, sec = Math.floor(ms / 1000) % 60, f = ms % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')},${String(f).padStart(3, '0')}`;
};
let srt = '';
const srtSegs = [];
const openSeg = (item, at) => {
  if (srtSegs.length) srtSegs.at(-1).end = at;
  srtSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: srtSegs.length ? at : 0, end: null });
};
cues.forEach((c, ci) => {
  if (ci) srt += '\n';
  const cueAt = srt.length;
  const begin = c[0].begin;
  const nextBegin = cues[ci + 1]?.[0].begin ?? Infinity;
  const end = Math.min(Math.max(c.at(-1).end, begin + 0.6), nextBegin - 0.001);
  srt += `${ci + 1}\n${srtTime(begin)} --> ${srtTime(end)}\n`;
  const text = c.map((x) => x.w).join(' ');
  const lines = text.length <= MAXLINE ? [text] : [twoLines(c).a, twoLines(c).b];
  let at = srt.length;
  lines.forEach((line, li) => {
    if (li) { srt += '\n'; at++; }
    let pos = 0;
    const lw = line.split(' ');
    for (const w of lw) {
      const x = c.find((y) => y.pos == null);
      if (x.w !== w) throw new Error('cue layout');
      x.pos = srt.length + pos;
      x.posEnd = x.pos + w.length;
      pos += w.length + 1;
    }
    srt += line;
  });
  srt += '\n';
  for (const x of c) if (x.seg) openSeg(x.seg, x === c[0] ? cueAt : x.pos);
});
srtSegs.at(-1).end = srt.length;
// turns: consecutive paragraphs of one owner; swallowed back-channels stay inside the other's turn
const srtParas = [];
{
  let cur = null;
  for (const x of all) {
    if (!cur || (x.speaker !== cur.owner && !x.swallow)) {
      if (x.swallow) throw new Error('a swallowed back-channel cannot open a turn');
      cur = { owner: x.speaker, start: x.pos, end: x.posEnd, count: {} };
      srtParas.push(cur);
    }
    cur.end = x.posEnd;
    cur.count[x.speaker] = (cur.count[x.speaker] ?? 0) + 1;
  }
}
const srtGoldParas = srtParas.map((p) => {
  const ranked = Object.entries(p.count).sort((a, b) => b[1] - a[1]);
  const para = { start: p.start, end: p.end, speaker: ranked[0][0] };
  if (ranked.length > 1) para.ambiguous = true;
  return para;
});
for (let i = 1; i < srtGoldParas.length; i++) if (srtGoldParas[i].speaker === srtGoldParas[i - 1].speaker) throw new Error('two turns of one speaker in a row');
if (/[§{}|¦’‘]/.test(srt)) throw new Error('a mark or curly apostrophe in captions.srt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Null Island', number: 38, recorded: '2025-11-13', title: 'A ford, a tile bill, and four hundred huts in the Indian Ocean' };
const ENTITIES = {
  required: {
    OpenStreetMap: ['OpenStreetMap', 'open street map'],
    ford: ['ford', 'ford equals yes', 'ford tag'],
    bridleway: ['bridleway'],
    Valhalla: ['Valhalla'],
    'bicycle costing': ['bicycle costing'],
    router: ['router', 'routing', 'routing graph'],
    Geofabrik: ['Geofabrik', 'geo fabric'],
    extract: ['extract'],
    tiles: ['tiles', 'tile'],
    'vector data': ['vector data'],
    PMTiles: ['PMTiles', 'PM tiles'],
    Protomaps: ['Protomaps', 'proto maps', 'Proto maps'],
    'object storage': ['object storage', 'bucket'],
    'HTTP range requests': ['HTTP range requests', 'range requests'],
    'tile server': ['tile server'],
    MapLibre: ['MapLibre', 'Map Libre', 'map libre'],
    Planetiler: ['Planetiler', 'planet tiler'],
    basemap: ['basemap'],
    CDN: ['CDN'],
    'Google Maps Platform': ['Google'],
    geocoding: ['geocoding', 'geocoder'],
    autocomplete: ['autocomplete', 'search as you type'],
    'free usage caps': ['free usage caps', 'free calls'],
    Nominatim: ['Nominatim', 'nominate him', 'Nominate him'],
    'usage policy': ['usage policy'],
    Photon: ['Photon', 'photon'],
    API: ['API'],
    latitude: ['latitude'],
    longitude: ['longitude'],
    'points of interest': ['points of interest'],
    GeoJSON: ['GeoJSON', 'Geo JSON'],
    PostGIS: ['PostGIS', 'Post GIS', 'post GIS'],
    Leaflet: ['Leaflet'],
    'EPSG:4326': ['EPSG 4326', 'E P S G forty three twenty six'],
    GDAL: ['GDAL', 'G doll'],
    'bounding box': ['bounding box'],
    heatmap: ['heatmap'],
    H3: ['H3', 'H three'],
    hexagons: ['hexagons', 'hexagon'],
    Uber: ['Uber'],
    resolution: ['resolution', 'resolutions'],
    pentagons: ['pentagons'],
    icosahedron: ['icosahedron'],
    DuckDB: ['DuckDB', 'duck DB'],
    Parquet: ['Parquet'],
    'privacy threshold': ['privacy threshold'],
    'Overture Maps': ['Overture Maps', 'Overture maps'],
    Amazon: ['Amazon'],
    Meta: ['Meta'],
    Microsoft: ['Microsoft'],
    TomTom: ['TomTom'],
    'Linux Foundation': ['Linux Foundation'],
    GERS: ['GERS ID', 'gers ID'],
    GeoParquet: ['GeoParquet', 'geo parquet'],
    Azure: ['Azure'],
    'spatial extension': ['spatial extension'],
    'CDLA Permissive 2.0': ['CDLA Permissive', 'C D L A Permissive'],
    ODbL: ['ODbL', 'O D B L'],
    attribution: ['attribution'],
    globe: ['globe'],
    'Web Mercator': ['Web Mercator', 'Mercator'],
    Greenland: ['Greenland'],
    'ST_Distance': ['ST_Distance', 'ST distance'],
    'ST_DWithin': ['ST_DWithin', 'ST D within'],
    GiST: ['GiST', 'gist'],
    index: ['index'],
    planner: ['planner', 'the plan'],
    geography: ['geography'],
    geometry: ['geometry'],
    projection: ['projection'],
    'British grid': ['British grid'],
    'distance operator': ['distance operator'],
    'EXPLAIN ANALYZE': ['EXPLAIN ANALYZE', 'explain analyse'],
    'sequential scan': ['sequential scan'],
    S2: ['S2', 'S two'],
    'confidence score': ['confidence score'],
  },
  tolerated: [
    'Null Island', 'Contour', 'Bath', 'Manchester', 'Dales', 'Yorkshire Dales', 'Lake District', 'Somalia', 'Indian Ocean', 'Wales', 'Scandinavia', 'Spain', 'Africa', 'Pacific', 'Europe', 'England', 'Wren', 'Idris', 'Ren', 'Idriss',
    'November', 'October', 'September', 'March', 'Sunday', 'maps', 'map', 'web map', 'coordinate', 'coordinates', 'bug report', 'app', 'team channel', 'route', 'routes', 'village', 'river', 'depth marker', 'mapper', 'mappers',
    'data', 'track', 'penalty', 'tag', 'way', 'note', 'pub', 'phone', 'ticket', 'graph build', 'T-shirt', 'import', 'weekly import', 'zoom level', 'users', 'finance', 'screenshots', 'archive format', 'file', 'browser',
    'plugin', 'gigabytes', 'machine', 'paths', 'caching', 'cache rules', 'storage bill', 'performance review', 'bills', 'search box', 'invoice', 'credit', 'product', 'tier', 'keystroke', 'servers', 'volunteer service',
    'addresses', 'cities', 'trailheads', 'pubs', 'walking club', 'spreadsheet', 'huts', 'hut', 'importer', 'columns', 'standard', 'point', 'x', 'y', 'libraries', 'axis', 'scripts', 'internet', 'human', 'neighbours',
    'cells', 'cell', 'grid', 'planet', 'continent', 'ocean', 'children', 'parent', 'notebook', 'laptop', 'extension', 'ride traces', 'cell id', 'riders', 'batch machine', 'commute', 'lane', 'legal', 'queries', 'café',
    'businesses', 'buildings', 'roads', 'boundaries', 'places', 'feature', 'identifier', 'format', 'buckets', 'rows', 'licence', 'layers', 'staging site', 'flag', 'poles', 'tour', 'custom layer', 'mountains', 'metres',
    'degrees', 'maths', 'database', 'box', 'condition', 'whiteboard', 'function', 'where clause', 'order by', 'socks', 'episode', 'coffee stops', 'route planner', 'release', 'speed', 'cycling', 'bike', 'hiking',
    'glyphs', 'sprite sheet', 'style file', 'fonts', 'icons', 'labels', 'static files', 'job', 'memory', 'server', 'index', 'duplicates', 'phones', 'frame', 'cube', 'squares', 'indexing', 'containment',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout19 (/work/heldout19/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    srt: { input: 'captions.srt', length: srt.length, transcriptStart: 0, segments: srtSegs, paragraphs: srtGoldParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'captions.srt'), srt);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(pick(x.text, 0)).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const speech = paras.reduce((n, p) => n + words(pick(p.text, 0)).length, 0);
const mixedCues = cues.filter((c) => new Set(c.map((x) => srtParas.findIndex((p) => x.pos >= p.start && x.posEnd <= p.end))).size > 1).length;
console.log(`${speech} spoken words (labeled.txt), ${all.length} caption words, ${paras.length} source paragraphs, ${paras.filter((p) => p.swallow).length} swallowed back-channels; ${cues.length} cues, ${mixedCues} holding words of two turns, ${srtGoldParas.length} turns`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
