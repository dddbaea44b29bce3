// Builds Dew Point #141 (SYNTHETIC held-out episode, heldout25) from source.mjs: a two-host weekly WEATHER and FORECASTING
// news show in the style of the seed (hosts Ragna Eiríksdóttir, who opens and closes it, and Benedek Halmi). Intro (Ragna,
// with a nameless rundown); WeatherNext 2 (Ragna, handed over NAMELESS by Benedek at a change of speaker); Hurricane
// Melissa (Benedek, who raises it himself in a NEW paragraph right after his own one-liner: no speaker change); ECMWF's
// AIFS ensemble (Ragna, raised MID-PARAGRAPH by Benedek at the end of his own answer); [sponsor "Gribwell", read by Ragna
// at a change of speaker]; weather balloons (Benedek, handed over MID-PARAGRAPH BY NAME at the end of the read); MTG-S1
// (Ragna, who raises it herself at a change of speaker, a weak cue on Benedek's last words); storm names (Benedek, raised
// by Ragna in a NEW paragraph of hers right after her own one-liner: no speaker change); extras (Benedek, asked by Ragna
// at a change of speaker, then Ragna, handed over MID-PARAGRAPH by Benedek); outro (Ragna, MID-PARAGRAPH after her
// answer to his reaction).
//
// Renders
//   web.txt       a page like the seed's, built as heldout24's coast-phase-118/web.txt was: the page header in the seed's
//                 words ("Brought to you by…", "« Return to show page", "Transcript for Episode #141:", the title,
//                 "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6 spoken
//                 words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 1.1 s); FIRST NAMES
//                 in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page breaks inside long
//                 turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps it); the paragraphs
//                 marked `cut` lose their first word; spoken URLs dropped with the following punctuation; curly
//                 apostrophes; the words as the page's service wrote them (the A of each {A|B}). Gold paragraphs are the
//                 text after the stamp (and label). Gold key `web`.
//   captions.txt  the captions the show's video editor made with the SubCap effect of Avid Media Composer for the
//                 episode's video and exported as an Avid caption file, NEW in the held-out sets: the line `@ This file
//                 written with the Avid Caption plugin, version 1`, a blank line, `<begin subtitles>`, then one block per
//                 caption, a timecode line `HH:MM:SS:FF HH:MM:SS:FF` (25 frames a second) and one or two text lines, each
//                 block followed by a blank line, then `<end subtitles>`, Unix line endings, a final newline. A caption is
//                 one or two lines of at most 37 characters, cut at a sentence end once it holds 8 words, at a pause
//                 (`¶`), at a new paragraph, or when its two lines are full (a `§` does not force a cut, a line never
//                 breaks inside a name of two or more words, and short orphans take the last words of the caption
//                 before). NO speaker names; a short reply marked `dash` shares one caption with the first line of the
//                 next paragraph, each line opened by `- ` (the subtitle convention: one speaker a line). Straight
//                 apostrophes, no accents, the editor's spellings (the B of each {A|B}), the URLs written out. A caption
//                 starts at its first word (frames rounded down) and ends half a second after its last word, or one frame
//                 before the next caption. GOLD PARAGRAPHS are ONE PER TEXT LINE, the text after the `- ` if there is one.
//                 A segment starts at the timecode line of the caption its first word opens, at the start of the second
//                 line when its first word opens that line, or INSIDE a line at its first word (after a space).
//                 transcriptStart is the first timecode line. Gold key `avid`.
//   Times: ONE clock per file (its own words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker
//   paragraph, and in captions.txt 0.5 s at a `¶`, from 1.1 s; a word lasts 120 ms + 25 ms a letter, ending at least
//   30 ms before the next word).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, R, B } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'dew-point-141';
const WPS = 2.6, T0 = 1.1, FPS = 25;
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
const LABEL = { [R]: 'RAGNA', [B]: 'BENEDEK' };
const TITLE = 'A model that draws a hundred futures, a hurricane nobody will forget, and a chimney that votes';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Gribwell - the big forecast models as a plain web API, every ensemble member included', '',
    '« Return to show page', '',
    'Transcript for Episode #141:', TITLE, '',
    'Recorded on Thursday, Nov 20, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [R, B].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§¶{}|]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- entities (needed by the caption wrapper below) ----------------------------------------------
const ENTITIES = {
  required: {
    'weather forecasting': ['forecasting model', 'forecasting', 'forecasts'],
    'Google DeepMind': ['Google DeepMind'],
    'Google Research': ['Google Research'],
    'WeatherNext 2': ['WeatherNext 2', 'Weather Next 2'],
    'ensemble forecast': ['ensemble', 'ensembles'],
    'functional generative network': ['functional generative network'],
    TPU: ['TPU'],
    GraphCast: ['GraphCast'],
    GenCast: ['GenCast', 'Gen Cast'],
    Gemini: ['Gemini'],
    'Pixel Weather': ['Pixel Weather'],
    'Google Maps Platform': ['Google Maps Platform'],
    'Google Earth Engine': ['Earth Engine'],
    BigQuery: ['BigQuery'],
    'Vertex AI': ['Vertex AI'],
    ERA5: ['ERA5', 'ERA 5'],
    reanalysis: ['reanalysis'],
    'data assimilation': ['data assimilation'],
    'Hurricane Melissa': ['Hurricane Melissa', 'Melissa'],
    'Category 5': ['Category 5'],
    'Labor Day hurricane': ['Labor Day hurricane'],
    'rapid intensification': ['rapid intensification'],
    'National Hurricane Center': ['National Hurricane Center', 'Hurricane Center'],
    'Weather Lab': ['Weather Lab'],
    'tropical cyclone': ['tropical cyclones', 'tropical storm'],
    'hurricane reconnaissance': ['reconnaissance planes'],
    eyewall: ['eyewall'],
    'stadium effect': ['stadium effect'],
    ECMWF: ['ECMWF', 'European Centre for Medium-Range Weather Forecasts', 'European centre'],
    AIFS: ['AIFS'],
    Anemoi: ['Anemoi', 'Anemone'],
    'open source': ['open-source'],
    'open data': ['open data'],
    supercomputer: ['supercomputer'],
    GPU: ['graphics cards'],
    Gribwell: ['Gribwell'],
    GRIB2: ['GRIB2', 'GRIB'],
    ecCodes: ['ecCodes', 'Eck Codes'],
    radiosonde: ['radiosonde', 'radio sonde', 'radiosondes', 'sounding'],
    'weather balloon': ['weather balloons', 'balloon', 'balloons'],
    'National Weather Service': ['National Weather Service'],
    'government shutdown': ['shutdown'],
    'aircraft reports': ['aircraft reports'],
    'icing forecast': ['icing forecast'],
    'MTG-S1': ['MTG-S1', 'MTG S1'],
    'Meteosat Third Generation': ['Meteosat Third Generation', 'Meteosat'],
    'Ariane 6': ['Ariane 6'],
    EUMETSAT: ['EUMETSAT'],
    'infrared sounder': ['hyperspectral infrared sounder', 'infrared sounder', 'sounder'],
    'Sentinel-4': ['Sentinel-4', 'Sentinel 4'],
    Copernicus: ['Copernicus'],
    'air quality': ['air quality'],
    'lightning imager': ['lightning imager'],
    'Storm Amy': ['Storm Amy'],
    'storm naming': ['naming groups', 'named storm'],
    'Storm Benjamin': ['Benjamin'],
    'Storm Arwen': ['Arwen'],
    'Free University of Berlin': ['Free University of Berlin'],
    'World Meteorological Organization': ['World Meteorological Organization'],
    MetPy: ['MetPy', 'Met Pie'],
    Unidata: ['Unidata'],
    Python: ['Python'],
    'skew-T diagram': ['skew-T diagrams', 'skew-T'],
    'radiation shield': ['radiation shield'],
    'Open-Meteo': ['Open-Meteo', 'Open Meteo'],
    'Deutscher Wetterdienst': ['German weather service'],
  },
  tolerated: [
    'Dew Point', 'gribwell.dev', 'gribwell.dev/dewpoint', 'dewpoint.fm', 'dewpoint.fm/141', 'Reykjavík', 'Reykjavik', 'Kecskemét', 'Kecskemet', 'Hungary', 'Jamaica', 'Cuba', 'Haiti', 'Atlantic', 'Europe', 'Africa',
    'Alaska', 'Kourou', 'Darmstadt', 'Bologna', 'Budapest', 'Dresden', 'Germany', 'France', 'Britain', 'Ireland', 'Netherlands', 'Scotland', 'Scottish islands', 'Aberdeenshire', 'Berlin', 'Keflavík', 'Keflavik',
    'Ragna', 'Benedek', 'Google', 'Search', 'Google Search', 'January', 'February', 'July', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Thursday', '1935', '1979', '2002', '2020', '2022', '2023', '2025',
    'weather', 'weather model', 'weather models', 'forecast', 'forecaster', 'forecasters', 'pilots', 'aviation', 'atmosphere', 'frost', 'apricot growers', 'growers', 'orchard', 'orchards', 'weather station', 'chimney', 'stove',
    'uncertainty', 'physics model', 'spread', 'randomness', 'scenarios', 'variables', 'press release', 'research paper', 'phone', 'frost candles', 'observations', 'observing system', 'analysis', 'thunderstorms', 'thunderstorm',
    'hurricane', 'landfall', 'winds', 'central pressure', 'hectopascals', 'floods', 'warm water', 'track', 'intensity', 'guidance', 'official forecast', 'season', 'turbulence', 'eye', 'models', 'machine learning',
    'machine-learned model', 'physics-based ensemble', 'national weather services', 'regional model', 'extremes', 'rain', 'gusts', 'data centre', 'licence', 'microphones', 'hosting', 'web API', 'latitude', 'longitude',
    'time series', 'history', 'map tiles', 'server', 'staff', 'federal cuts', 'stations', 'satellite', 'satellites', 'humidity', 'temperature', 'pressure', 'wind', 'icing', 'inversion', 'polar satellites', 'channels',
    'equator', 'ozone', 'nitrogen dioxide', 'data volume', 'ground stations', 'lightning', 'hail', 'coordinates', 'high', 'low', 'low-pressure system', 'weather maps', 'hurricane lists', 'apricots', 'soundings', 'units',
    'kelvin', 'Fahrenheit', 'thermometer', 'shade', 'dashboard', 'airport', 'ice grips', 'steel spikes', 'pavements', 'forecast office', 'storm names', 'links', 'naming', 'GraphCast weights', 'Weather Lab cyclone model',
    'NOAA', 'NHC', 'Saffir-Simpson', 'Hurricane Hunters', 'ECMWF open data', 'AIFS Single', 'AIFS ENS', 'IFS', 'Integrated Forecasting System', 'MTG-I1', 'IRS', 'Infrared Sounder', 'UVN', 'Met Office', 'Met Éireann',
    'KNMI', 'Météo-France', 'Wetterpate', 'FGN', 'Google Cloud', 'GRIB', 'eccodes', 'geostationary', 'geostationary orbit', 'Copernicus Sentinel-4', 'DWD', 'ICON', 'GFS', 'NWS', 'WMO', 'Reading',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- captions.txt ---------------------------------------------------------------------------------
const MAXLINE = 37;
// the editor's words, with the clock
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
      if (/[§¶⟨⟩{}|’‘“”<>&\u0080-\uffff]/.test(w)) throw new Error(`a stray mark, markup, curly quote or accent in ${tok}`);
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
// words (a required entity form or a capitalised tolerated name, shorter than a line), so words glued that way wrap together.
const GLUE = [...Object.values(ENTITIES.required).flat(), ...ENTITIES.tolerated.filter((f) => /^\p{Lu}/u.test(f))].filter((f) => f.length <= MAXLINE - 2).map((f) => f.toLowerCase().split(' ')).filter((w) => w.length > 1).flatMap((w) => w.slice(1).map((x, i) => `${w[i]} ${x}`));
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
    if (/[.?!]$/.test(chunk.at(-1).w) && n >= 8) flushCap();
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
const captions = [];   // { lines: [[words]], dash }
for (let i = 0; i < paraItems.length; i++) {
  const item = paraItems[i];
  if (item.dash) {
    const next = paraItems[i + 1];
    const mine = byPara.get(item);
    if (!next || next.speaker === item.speaker || next.dash) throw new Error('a dash reply must be followed by the other host');
    const nextCaps = paragraphCaptions(byPara.get(next), MAXLINE - 2);
    const [firstLine, ...restLines] = nextCaps[0];
    if ((mine.map((x) => x.w).join(' ').length + 2) > MAXLINE) throw new Error('a dash reply longer than a line');
    captions.push({ lines: [mine, firstLine], dash: true });
    if (restLines.length) captions.push({ lines: restLines });
    for (const c of nextCaps.slice(1)) captions.push({ lines: c });
    i++;
    continue;
  }
  paragraphCaptions(byPara.get(item), MAXLINE).forEach((lines) => captions.push({ lines }));
}
const frames = (s) => Math.floor(s * FPS + 1e-6);
const tc = (f) => `${two(Math.floor(f / (3600 * FPS)))}:${two(Math.floor(f / (60 * FPS)) % 60)}:${two(Math.floor(f / FPS) % 60)}:${two(f % FPS)}`;
const AVID_HEAD = '@ This file written with the Avid Caption plugin, version 1\n\n<begin subtitles>\n';
let avid = AVID_HEAD;
const avidParas = [];
const avidTrack = segmentTracker();
{
  let lastEnd = -1;
  captions.forEach((c, ci) => {
    const ws = c.lines.flat();
    const a = frames(ws[0].begin);
    const nextA = captions[ci + 1] ? frames(captions[ci + 1].lines[0][0].begin) : Infinity;
    const b = Math.min(frames(ws.at(-1).end + 0.5), nextA - 1);
    if (!(b > a) || a < lastEnd) throw new Error(`caption times at ${ws[0].w}`);
    lastEnd = b;
    const blockAt = avid.length;
    avid += `${tc(a)} ${tc(b)}\n`;
    c.lines.forEach((line, li) => {
      const lineAt = avid.length;
      if (c.dash) avid += '- ';
      const start = avid.length;
      line.forEach((x, j) => {
        if (j) avid += ' ';
        if (x.seg) {
          const at = j ? avid.length : (li ? lineAt : blockAt);
          if (x.seg.mid) { avidTrack.mark(at); avidTrack.seg(x.seg); } else { if (j) throw new Error(`segment ${x.seg.title} opens inside a line without a §`); avidTrack.seg(x.seg); avidTrack.block(at); }
        }
        avid += x.w;
      });
      const speakers = new Set(line.map((x) => x.speaker));
      if (speakers.size > 1) throw new Error('a caption line with two voices');
      avidParas.push({ start, end: avid.length, speaker: line[0].speaker });
      avid += '\n';
      const len = line.map((x) => x.w).join(' ').length + (c.dash ? 2 : 0);
      if (len > MAXLINE) throw new Error(`a caption line of ${len} characters`);
    });
    avid += '\n';
  });
  avid += '<end subtitles>\n';
  avidTrack.close(avid.length);
}
if (/[§¶¦⟨⟩{}|’‘]/.test(avid)) throw new Error('a mark or curly apostrophe in captions.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Dew Point', number: 141, recorded: '2025-11-20', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout25 (/work/heldout25/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    avid: { input: 'captions.txt', length: avid.length, transcriptStart: AVID_HEAD.length, segments: avidTrack.segments, paragraphs: avidParas },
  },
};
// every required entity has a form said in each file (as check.mjs looks for it)
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : avid;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.txt'), avid);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const spoken = wordTimes.filter(Boolean).reduce((n, x) => n + x.length, 0);
console.log(`${spoken} spoken words (web), ${all.length} in captions.txt, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`captions.txt: ${captions.length} captions (${captions.filter((c) => c.lines.length === 2).length} with two lines, ${captions.filter((c) => c.dash).length} with two voices), ${avidParas.length} text lines`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
