// Builds Dawn Chorus #36 (SYNTHETIC held-out episode, heldout26) from source.mjs: a two-host CONVERSATIONAL co-host show
// with no rundown about identifying birds by sound (hosts Delphine Aucoin, who opens and closes it and never names
// herself, and Carwyn Hesketh). Intro (Delphine); Merlin's Sound ID (Delphine, RAISED by Carwyn's question at a change
// of speaker); BirdNET-Pi on the shed (Carwyn, raised BY NAME MID-PARAGRAPH by Delphine at the end of her turn); nocmig
// (Carwyn, who raises it himself in a NEW paragraph right after his own one-liner: no speaker change); AudioMoth
// (Delphine, raised by Carwyn at a change of speaker); spectrograms (Delphine, raised by Carwyn in a NEW paragraph right
// after his own one-liner: no speaker change, the first speaker is NOT the presenter); xeno-canto (Carwyn, raised by
// Delphine's question at a change of speaker); playback and sensitive species (Delphine, raised MID-PARAGRAPH and
// NAMELESS by Carwyn after her story's set-up); outro (Delphine, MID-PARAGRAPH). No sponsor.
//
// Renders
//   labeled.txt   the show's own transcript in the seed's layout (shared/data/python-bytes-049/labeled.txt): one paragraph
//                 a line, `Delphine AUCOIN: ` / `Carwyn HESKETH: ` on each host's first line, the SURNAME in capitals on
//                 later turns, NO label on the paragraphs that continue a turn (`¦` in the source: the transcript's own
//                 paragraph breaks) or are marked `lab: null`, one label typo (`HESKET:`, an alias, as the seed's
//                 `OKKE:`); back-channels on their own labelled lines; curly apostrophes; the A of each {A|B}. No header,
//                 no footer. Gold paragraphs are the text after the label. Key `labeled`.
//   captions.vtt  WebVTT captions with VOICE SPANS from a captioning service, heldout10's and heldout11's layout: `WEBVTT`,
//                 a blank line, then cues WITHOUT identifiers, a timing line `hh:mm:ss.mmm --> hh:mm:ss.mmm` and one or
//                 two text lines of at most 42 characters, blank lines between cues, a final newline. A turn's FIRST cue
//                 opens with `<v Full Name>` (no closing tag); later cues of the same turn carry no tag. A cue is filled
//                 to two lines and closed at a sentence end once it holds 5 words, at the end of a paragraph, or when its
//                 lines are full (a cue of three words or fewer that continues a paragraph is balanced with the one
//                 before). A BACK-CHANNEL (`bc`) is not tagged: the captioner typed it into the other host's cue, which
//                 then holds both voices (the speaker of most of its words, `ambiguous`), and that host's turn goes on
//                 without a new tag. Straight apostrophes, the B of each {A|B} (the service's slips). Times from one
//                 clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//                 4.0 s after the music); a cue starts at its first word and ends 0.6 s after its last word or 10 ms
//                 before the next cue. Gold paragraphs = one per cue, the text after the tag (both lines and the newline
//                 between them). A segment starts at the timing line of the cue its first word opens, at the start of a
//                 cue's second line, or INSIDE a cue at its first word. transcriptStart is the first timing line. Key
//                 `vtt`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, D, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'dawn-chorus-036';
const WPS = 2.6, T0 = 4.0, MAXLINE = 42;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));

// --- labeled.txt ----------------------------------------------------------------------------------
const FIRST = { [D]: 'Delphine AUCOIN', [C]: 'Carwyn HESKETH' };
const LATER = { [D]: 'AUCOIN', [C]: 'HESKETH' };
const LSRC = [];
for (const x of SOURCE) {
  if (x.seg) { LSRC.push(x); continue; }
  pick(x.text, 0).split(/ ?¦ ?/).forEach((part, i) => LSRC.push({ ...x, text: part.trim(), lab: i ? null : x.lab }));
}
const seen = new Set();
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LATER[p.speaker] : FIRST[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});
if (/[¦§{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'bird sound identification': ['Sound ID', 'identifiers'],
    Merlin: ['Merlin'],
    'Sound ID': ['Sound ID'],
    'Cornell Lab of Ornithology': ['Cornell Lab', 'Cornell'],
    spectrogram: ['spectrogram'],
    'neural network': ['neural network'],
    'bird pack': ['bird pack'],
    'BirdNET-Pi': ['BirdNET-Pi', 'Bird Net Pie'],
    BirdNET: ['BirdNET', 'Bird Net'],
    'Raspberry Pi': ['Raspberry Pi', 'Raspberry Pie'],
    'USB microphone': ['USB microphone'],
    'Chemnitz University of Technology': ['Chemnitz University of Technology'],
    'confidence threshold': ['confidence threshold'],
    'BirdNET-Go': ['BirdNET-Go', 'Bird Net Go'],
    Go: ['in Go'],
    BirdWeather: ['BirdWeather'],
    'species range filter': ['a filter based on where you are'],
    nocmig: ['Nocmig', 'Knock mig'],
    'nocturnal migration': ['nocturnal migration'],
    'flight calls': ['flight calls'],
    'Primo EM272': ['Primo EM272', 'Primo E M 272'],
    parabola: ['parabola'],
    Trektellen: ['Trektellen', 'Trek Tellen'],
    AudioMoth: ['AudioMoth', 'Audio Moth'],
    'Open Acoustic Devices': ['Open Acoustic Devices'],
    microSD: ['microSD'],
    'sample rate': ['sample rates'],
    'bat detection': ['bat calls'],
    firmware: ['firmware'],
    'group buy': ['group buys'],
    'Raven Lite': ['Raven Lite', 'Raven Light'],
    'Sonic Visualiser': ['Sonic Visualiser', 'Sonic Visualizer'],
    'Queen Mary University of London': ['Queen Mary'],
    'analysis window': ['analysis window'],
    'xeno-canto': ['xeno-canto', 'Zeno Canto'],
    Naturalis: ['Naturalis'],
    'Creative Commons': ['Creative Commons'],
    'Macaulay Library': ['Macaulay Library'],
    playback: ['Playback'],
    'Wildlife and Countryside Act': ['Wildlife and Countryside Act'],
    eBird: ['eBird', 'E Bird'],
    'sensitive species': ['sensitive species'],
  },
  tolerated: [
    'Dawn Chorus', 'Delphine', 'Carwyn', 'Mr Gwilt', 'Gwilt', 'King\'s Lynn', 'Aberystwyth', 'Quebec', 'Trois-Rivières', 'Trois Rivieres', 'Norfolk', 'Wales', 'mid Wales', 'Germany', 'Africa', 'Scandinavia',
    'Leiden', 'London', 'Belgium', 'Kazakhstan', 'Britain', 'Downham Market', 'Finnish developer', 'Dutch', 'November', 'October', 'September', 'July', 'May', 'Saturday', 'Sunday', 'Wednesday', 'Thursday',
    'water rail', 'robin', 'common nightingale', 'nightingale', 'goldcrest', 'redwings', 'ring ouzel', 'blackbird', 'thrushes', 'wren', 'chiffchaff', 'tawny owl', 'pipistrelles', 'American robins', 'barred owl',
    'bearded tit', 'grasshopper warbler', 'warbler', 'bats', 'grasshoppers', 'frogs', 'songbirds', 'yew', 'reed beds', 'reed bed', 'hide', 'warden', 'reserve', 'shed', 'sandwich box', 'flowerpot', 'bucket',
    'microphone', 'speaker', 'headphones', 'app', 'apps', 'database', 'web page', 'repository', 'community fork', 'operating system', 'model', 'models', 'detections', 'recordings', 'licence', 'checklists',
    'field guides', 'piano', 'trolley', 'supermarket', 'car park', 'gate', 'Year Nines', 'field trip', 'minibus', 'kilohertz', 'AA batteries', 'circuit board', 'case', 'schedule', 'sunrise', 'dusk', 'dawn',
    'natural history museum', 'Pi', 'the Pi', 'easterlies', 'location permission', 'photo', 'station maps', 'listening station', 'treasure map', 'map',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- captions.vtt ---------------------------------------------------------------------------------
const all = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    for (const tok of pick(item.text, 1).replace(/¦/g, ' ').split(/\s+/).filter(Boolean)) {
      const w = tok.replace('§', '');
      if (!w) throw new Error('an empty word');
      if (/[§¦⟨⟩{}|’‘“”<>&]/.test(w)) throw new Error(`a stray mark or curly quote in ${tok}`);
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
const byPara = new Map();
for (const x of all) { if (!byPara.has(x.item)) byPara.set(x.item, []); byPara.get(x.item).push(x); }
const paraItems = [...byPara.keys()];
const reflow = (ws) => { const out = [[]]; let l = 0; for (const x of ws) { if (out.at(-1).length && l + 1 + x.w.length > MAXLINE) { out.push([]); l = 0; } l += (out.at(-1).length ? 1 : 0) + x.w.length; out.at(-1).push(x); } return out; };
const cues = [];   // lists of lines of words
paraItems.forEach((item, i) => {
  const ws = byPara.get(item);
  if (item.bc) {
    // the captioner typed the back-channel into the other host's last cue (a new line if the cue has room)
    if (paraItems[i - 1]?.speaker === item.speaker || paraItems[i + 1]?.speaker === item.speaker) throw new Error('a back-channel must sit inside the other host\'s turn');
    const last = cues.at(-1);
    const merged = reflow([...last.flat(), ...ws]);
    if (merged.length > 2) throw new Error(`no room for the back-channel ${item.text}`);
    cues[cues.length - 1] = merged;
    return;
  }
  const mine = [];
  let lines = [], line = [], len = 0, n = 0;
  const flushLine = () => { if (line.length) lines.push(line); line = []; len = 0; };
  const flushCue = () => { flushLine(); if (lines.length) mine.push(lines); lines = []; n = 0; };
  for (const x of ws) {
    if (line.length && len + 1 + x.w.length > MAXLINE) { flushLine(); if (lines.length === 2) flushCue(); }
    len += (line.length ? 1 : 0) + x.w.length;
    line.push(x);
    n++;
    if (/[.?!]$/.test(x.w) && n >= 5) flushCue();
  }
  flushCue();
  for (let j = 1; j < mine.length; j++) {
    const cur = mine[j].flat(), prev = mine[j - 1].flat();
    if (cur.length > 3) continue;
    const both = [...prev, ...cur];
    for (let cut = Math.ceil(both.length / 2); cut < both.length - 3; cut++) {
      const A = reflow(both.slice(0, cut)), B = reflow(both.slice(cut));
      if (A.length <= 2 && B.length <= 2) { mine[j - 1] = A; mine[j] = B; break; }
    }
  }
  cues.push(...mine);
});
const vttTime = (sec) => { const ms = Math.round(sec * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
const HEAD = 'WEBVTT\n\n';
let vtt = HEAD;
const vParas = [];
const vTrack = segmentTracker();
let prevSpeaker = null, mixed = 0;
cues.forEach((c, ci) => {
  const ws = c.flat();
  const a = ws[0].begin;
  const next = cues[ci + 1] ? cues[ci + 1][0][0].begin : Infinity;
  const b = Math.min(ws.at(-1).end + 0.6, next - 0.01);
  if (!(b > a) || b - a > 10) throw new Error(`cue times at ${ws[0].w}`);
  if (ci) vtt += '\n';
  const cueAt = vtt.length;
  vtt += `${vttTime(a)} --> ${vttTime(b)}\n`;
  const count = new Map();
  for (const x of ws) count.set(x.speaker, (count.get(x.speaker) ?? 0) + 1);
  const speaker = [...count.entries()].sort((p, q) => q[1] - p[1])[0][0];
  if (speaker !== prevSpeaker) vtt += `<v ${speaker}>`;
  prevSpeaker = speaker;
  const textAt = vtt.length;
  c.forEach((line, li) => {
    if (li) vtt += '\n';
    const lineAt = vtt.length;
    line.forEach((x, j) => {
      if (j) vtt += ' ';
      if (x.seg) {
        const at = j ? vtt.length : (li ? lineAt : cueAt);
        if (x.seg.mid) { vTrack.mark(at); vTrack.seg(x.seg); } else { if (j || li) throw new Error(`segment ${x.seg.title} opens inside a cue without a §`); vTrack.seg(x.seg); vTrack.block(at); }
      }
      vtt += x.w;
    });
    if (line.map((x) => x.w).join(' ').length > MAXLINE) throw new Error('a long line');
  });
  const para = { start: textAt, end: vtt.length, speaker };
  if (count.size > 1) { para.ambiguous = true; mixed++; }
  vParas.push(para);
  vtt += '\n';
});
vTrack.close(vtt.length);
vTrack.segments[0].start = 0;

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Dawn Chorus', number: 36, recorded: '2025-11-22', title: 'A nightingale in the car park, a shed that hears water rails, and the night sky full of redwings' };
const gold = {
  _source: `Synthetic held-out episode written for heldout26 (/work/heldout26/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    vtt: { input: 'captions.vtt', length: vtt.length, transcriptStart: HEAD.length, segments: vTrack.segments, paragraphs: vParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'labeled' ? labeled.text : vtt;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'captions.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => pick(p.text, 0).replace(/[¦§]/g, ' ').split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0);
console.log(`${speech} spoken words, ${Math.round(all.at(-1).end / 60)} minutes; labeled.txt: ${labeled.paragraphs.length} paragraphs, ${LSRC.filter((x) => !x.seg && x.lab === null).length} without a label; captions.vtt: ${cues.length} cues (${cues.filter((c) => c.length === 2).length} with two lines), ${mixed} with both voices\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
