// Builds Ignition Cycle #27 (SYNTHETIC held-out episode, heldout23) from source.mjs: a two-host CONVERSATIONAL co-host
// show with no rundown about SOFTWARE FOR CARS (hosts Signe Dahlqvist, who opens and closes it, and Benedikt Auer).
// Intro (Signe: the hosts name EACH OTHER, no rundown); the wheel-speed signal and byte order (Benedikt, raised by Signe
// at a change of speaker with a back-reference to the intro); the update to forty thousand cars (Signe, raised by
// Benedikt MID-PARAGRAPH at the end of his own turn); CarPlay Ultra and Android Automotive (Signe, raised by Benedikt in a
// NEW paragraph of his right after his own one-liner: no speaker change); AUTOSAR (Benedikt, who raises it himself at a
// change of speaker, a weak cue on Signe's last word); CAN injection and R155 (Signe, who raises it herself MID-PARAGRAPH
// at the end of her reply); functional safety and Rust (Benedikt, raised by Signe's question, answered by a question);
// zonal architecture (Benedikt, raised by Signe at a change of speaker with a back-reference); outro (Signe,
// MID-PARAGRAPH after her reaction, with the Passat paid off).
//
// Renders
//   captions.srt  the subtitles the video editor's speech-to-text wrote for the episode's video (exported as SubRip), in
//                 heldout14's whisper.srt layout: cues `N` (1, 2, 3…), `hh:mm:ss,mmm --> hh:mm:ss,mmm` and ONE or TWO
//                 lines of at most 42 characters, blank lines between cues, a final newline; cased and punctuated text,
//                 straight apostrophes, NO speaker marks at all; the editor's recogniser's spellings (the A of each
//                 {A|B}). The cutter runs over the whole episode as one stream of words and knows nothing of speakers: a
//                 cue ends at a sentence end once it holds 4 words (except at every third cue, which runs on), at a pause
//                 (a new paragraph or a `¶`) once it holds 3, or when its two lines are full, and it never lasts more than
//                 6.8 s; a cue lasts at least 1 s (its end is held when its words are fewer). So short replies share a cue
//                 with the other host (gold: the speaker of most of its words, `ambiguous`). GOLD PARAGRAPHS are ONE PER
//                 CUE, both lines and the newline between them. A segment starts at the number line of the cue its first
//                 word opens, or INSIDE a cue at its first word (after a space or at the start of the cue's second line).
//                 transcriptStart 0. Gold key `captions`.
//   whisperx.txt  WhisperX's text output (`--output_format txt`) with its pyannote diarisation (`--diarize`), NEW in the
//                 held-out sets: one line per sentence (WhisperX splits Whisper's segments into sentences when it aligns
//                 them), `[SPEAKER_NN]: ` in front of the sentences it could give a speaker and NOTHING in front of the
//                 ones it could not, a final newline, no header, no times, no blank lines. The label is pyannote's cluster
//                 for the voice under most of the sentence: `SPEAKER_01` for Signe (who speaks first) and `SPEAKER_00` for
//                 Benedikt; a third label, `SPEAKER_02`, on two short lines; the OTHER host's label on one short line; no
//                 label on one (`sp`). Whisper's spellings (the B of each {A|B}), straight apostrophes. A short reply that
//                 Whisper did not close with a full stop (`run`) shares its line with the other host's next sentence (the
//                 comma and the lower-case letter are Whisper's; gold: the speaker of most of its words, `ambiguous`).
//                 GOLD PARAGRAPHS are ONE PER LINE, the text after the label and its space (the whole line when there is
//                 no label). A segment starts at the start of the line its first word opens, or INSIDE a line at its
//                 first word. transcriptStart 0. Gold key `whisperx`.
//   Times: ONE clock (the SRT's words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph,
//   0.5 s at a `¶`, from 0.8 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next word).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, S, B } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'ignition-cycle-027';
const WPS = 2.6, T0 = 0.8, LINE = 42;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const LABEL = { [S]: 'SPEAKER_01', [B]: 'SPEAKER_00' };
const OTHER = { [S]: B, [B]: S };

// --- the stream of words of one recogniser, with the episode's pauses -----------------------------
function stream(variant) {
  const out = [];
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const gap = prev ? (prev.speaker === item.speaker ? 0.4 : 0.6) : 0;
    t += gap;
    let pause = gap, first = true;
    for (const tok of pick(item.text, variant).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = 0.5; continue; }
      const w = tok.replace('§', '');
      if (!w || /[§¶{}|⟨⟩’‘“”]/.test(w)) throw new Error(`a stray mark or curly quote in ${tok}`);
      out.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), paraStart: first, pauseBefore: pause });
      first = false; pause = 0;
      t += 1 / WPS;
    }
    prev = item;
  });
  out.forEach((x, i) => {
    x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (out[i + 1]?.begin ?? Infinity) - 0.03);
    x.pauseAfter = out[i + 1]?.pauseBefore ?? 0;
  });
  let pending = null;
  const midQueue = out.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { out.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  return out;
}
const majority = (ws, owner) => {
  const count = {};
  for (const x of ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === owner ? -1 : 1));
  return { speaker: ranked[0][0], mixed: ranked.length > 1 };
};
const place = (track, x, at) => {
  if (!x.seg) return;
  if (x.seg.mid) { track.mark(at); track.seg(x.seg); } else { track.seg(x.seg); track.block(at); }
};

// --- captions.srt -------------------------------------------------------------------------------
const SW = stream(0);
const cues = [];
{
  let cur = null;
  const len = (line) => line.map((x) => x.w).join(' ').length;
  const open = () => { cur = { lines: [[]], words: [] }; cues.push(cur); };
  SW.forEach((x, i) => {
    if (!cur) open();
    else if (x.pauseBefore >= 0.45 && cur.words.length >= 3) open();
    else if (x.end - cur.words[0].begin > 6.8) open();
    else if (len(cur.lines.at(-1)) + 1 + x.w.length > LINE) { if (cur.lines.length === 2) open(); else cur.lines.push([]); }
    cur.lines.at(-1).push(x);
    cur.words.push(x);
    const n = cur.words.length;
    if (/[.?!]$/.test(x.w) && n >= 4 && SW[i + 1] && !(SW[i + 1].pauseBefore >= 0.45) && cues.length % 3 !== 0) cur = null;
  });
}
const srtTime = (s) => { const ms = Math.round(s * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)},${String(ms % 1000).padStart(3, '0')}`; };
let srt = '';
const srtParas = [];
const srtTrack = segmentTracker();
{
  let lastEnd = -1;
  cues.forEach((c, ci) => {
    if (ci) srt += '\n\n';
    const cueAt = srt.length;
    const a = c.words[0].begin;
    const nextStart = cues[ci + 1]?.words[0].begin ?? Infinity;
    const b = Math.min(Math.max(c.words.at(-1).end, a + 1.0), nextStart - 0.001);
    if (a < lastEnd || b - a < 1.0 - 1e-9 || b - a > 7) throw new Error(`cue ${ci + 1} times ${a} ${b}: ${c.words.map((x) => x.w).join(' ')}`);
    lastEnd = b;
    srt += `${ci + 1}\n${srtTime(a)} --> ${srtTime(b)}\n`;
    const start = srt.length;
    c.lines.forEach((line, li) => {
      if (li) srt += '\n';
      line.forEach((x, j) => {
        if (j) srt += ' ';
        place(srtTrack, x, li || j ? srt.length : cueAt);
        srt += x.w;
      });
    });
    const m = majority(c.words, c.words[0].speaker);
    const para = { start, end: srt.length, speaker: m.speaker };
    if (m.mixed) para.ambiguous = true;
    srtParas.push(para);
  });
  srt += '\n';
  srtTrack.close(srt.length);
}
{ const bad = srt.replace(/ --> /g, " ").match(/[§¶{}|⟨⟩’‘<>[\]]/); if (bad) throw new Error(`a mark, markup or curly apostrophe in captions.srt: ${JSON.stringify(srt.slice(bad.index - 30, bad.index + 10))}`); }
if (srt.split('\n').some((l) => l.length > LINE)) throw new Error('a caption line over 42 characters');

// --- whisperx.txt -------------------------------------------------------------------------------
const WX = stream(1);
// Whisper's own habit on a `run` reply: no full stop, a comma, and the next sentence goes on in lower case
WX.forEach((x, i) => {
  const next = WX[i + 1];
  if (x.item.run && next && next.item !== x.item) {
    if (next.speaker === x.speaker) throw new Error('a run reply must be followed by the other host');
    x.w = x.w.replace(/[.?!]$/, ',');
    if (!/^(I|I'm|I'd|I've|I'll)$/.test(next.w) && !/^[A-Z]{2}/.test(next.w)) next.w = next.w[0].toLowerCase() + next.w.slice(1);
  }
});
const wxLines = [];
{
  let cur = [];
  WX.forEach((x, i) => {
    cur.push(x);
    if (/[.?!]$/.test(x.w) || i === WX.length - 1) { wxLines.push(cur); cur = []; }
  });
}
let wx = '';
const wxParas = [];
const wxTrack = segmentTracker();
const labels = {};
for (const line of wxLines) {
  const lineAt = wx.length;
  const m = majority(line, line[0].speaker);
  // the paragraph most of the line's words come from decides a forced label
  const byPara = new Map();
  for (const x of line) byPara.set(x.item, (byPara.get(x.item) ?? 0) + 1);
  const [topItem, topN] = [...byPara.entries()].sort((p, q) => q[1] - p[1])[0];
  let label = LABEL[m.speaker];
  if ('sp' in topItem && topN * 2 > line.length) label = topItem.sp === 'x' ? LABEL[OTHER[topItem.speaker]] : topItem.sp;
  labels[label || '(none)'] = (labels[label || '(none)'] ?? 0) + 1;
  if (label) wx += `[${label}]: `;
  const start = wx.length;
  line.forEach((x, j) => {
    if (j) wx += ' ';
    place(wxTrack, x, j ? wx.length : lineAt);
    wx += x.w;
  });
  const para = { start, end: wx.length, speaker: m.speaker };
  if (m.mixed) para.ambiguous = true;
  wxParas.push(para);
  wx += '\n';
}
wxTrack.close(wx.length);
if (/[§¶{}|⟨⟩’‘]/.test(wx)) throw new Error('a mark or curly apostrophe in whisperx.txt');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'A wheel at seven thousand kilometres an hour, a car that updated itself every morning, and a theft through a headlight';
const EPISODE = { show: 'Ignition Cycle', number: 27, recorded: '2025-06-12', title: TITLE };
const ENTITIES = {
  required: {
    'automotive software': ['software inside cars', 'software for cars'],
    firmware: ['firmware'],
    'brake controller': ['brake controller', 'brake firmware', 'brakes'],
    infotainment: ['infotainment'],
    'wheel-speed sensor': ['wheel-speed sensor'],
    DBC: ['DBC'],
    'CAN bus': ['CAN bus', 'CAN'],
    'CAN frames': ['CAN frames', 'frames'],
    'byte order': ['byte order'],
    'little-endian': ['little-endian', 'Intel'],
    'big-endian': ['big-endian', 'Motorola'],
    'test bench': ['test bench'],
    candump: ['candump', 'can dump'],
    Linux: ['Linux'],
    Python: ['Python'],
    cantools: ['cantools', 'can tools'],
    ECU: ['ECU', 'control units', 'control unit'],
    arbitration: ['arbitration'],
    'over-the-air updates': ['over the air', 'over-the-air', 'OTA'],
    'staged rollout': ['in stages'],
    'Android Automotive': ['Android Automotive'],
    'A/B partitions': ['A/B partitions'],
    watchdog: ['watchdog'],
    rollback: ['rollback', 'rolled back', 'falls back'],
    'radio tuner': ['radio tuner', 'tuner'],
    UDS: ['UDS'],
    Ethernet: ['Ethernet'],
    gateway: ['gateway'],
    'programming mode': ['programming mode'],
    signature: ['signature'],
    'UN R156': ['R156'],
    'software update management system': ['software update management system'],
    Apple: ['Apple'],
    'CarPlay Ultra': ['CarPlay Ultra', 'Ultra'],
    CarPlay: ['CarPlay'],
    'Aston Martin': ['Aston Martin'],
    'instrument cluster': ['instrument cluster', 'cluster'],
    GM: ['GM'],
    'phone projection': ['phone projection', 'projection'],
    Google: ['Google'],
    'Google built-in': ['Google built-in'],
    'Google Maps': ['Maps'],
    'Google Assistant': ['Assistant'],
    'Car App Library': ['Car App Library'],
    'vehicle HAL': ['vehicle HAL'],
    AUTOSAR: ['AUTOSAR'],
    'AUTOSAR Classic': ['AUTOSAR Classic', 'Classic'],
    'AUTOSAR Adaptive': ['Adaptive'],
    microcontroller: ['microcontroller', 'microcontrollers'],
    'basic software': ['basic software'],
    RTE: ['RTE', 'runtime environment'],
    ARXML: ['ARXML', 'AR XML'],
    XML: ['XML'],
    Vector: ['Vector'],
    Elektrobit: ['Elektrobit', 'Electrobit'],
    'code generation': ['generate', 'regenerated'],
    C: ['the C', 'in C'],
    Git: ['Git'],
    'merge conflict': ['merge conflict'],
    POSIX: ['POSIX'],
    'C++': ['C++'],
    'SOME/IP': ['SOME/IP', 'some IP'],
    SecOC: ['SecOC', 'Sec OC'],
    'CAN injection': ['CAN injection'],
    RAV4: ['RAV4', 'Rav 4'],
    'Ken Tindell': ['Ken Tindell'],
    'smart key': ['smart key'],
    immobiliser: ['immobiliser'],
    'UN R155': ['R155'],
    'cybersecurity management system': ['cybersecurity management system'],
    EU: ['EU'],
    Porsche: ['Porsche'],
    Macan: ['Macan'],
    Volkswagen: ['Volkswagen'],
    Rust: ['Rust'],
    'ISO 26262': ['ISO 26262'],
    'functional safety': ['functional safety'],
    'ASIL D': ['ASIL D'],
    traceability: ['traceability'],
    'MISRA C': ['MISRA C', 'MISRA'],
    'static analysis': ['static analysis'],
    compiler: ['compiler'],
    Ferrocene: ['Ferrocene', 'Ferro scene'],
    'Ferrous Systems': ['Ferrous Systems'],
    Volvo: ['Volvo'],
    'zonal architecture': ['zonal architecture', 'zone controllers'],
    'central computer': ['central computers', 'central computer'],
    'automotive Ethernet': ['automotive Ethernet'],
    'software-defined vehicle': ['software-defined vehicle'],
    Rivian: ['Rivian'],
    'joint venture': ['joint venture'],
    'wiring harness': ['wiring', 'harness'],
  },
  tolerated: [
    'Ignition Cycle', 'Gothenburg', 'Regensburg', 'London', 'Europe', 'Sweden', 'Signe', 'Benedikt', 'Friday', 'May', 'July', 'June', '1995', '2003', '2022',
    'cars', 'car', 'dashboard', 'screen', 'big screen', 'update notification', 'Passat', 'Volkswagen Passat', 'cassette adapter', 'cassette slot', 'inspection', 'headlights', 'wires', 'signal', 'bus', 'buses', 'supplier', 'identifier',
    'identifiers', 'bytes', 'bits', 'scale', 'units', 'wheel', 'low byte', 'start bit', 'tools', 'laptop', 'library', 'curves', 'engineer', 'file', 'files', 'brake messages', 'messages', 'wire', 'fleet', 'phone', 'system',
    'background', 'market', 'chip', 'loop', 'tuner service', 'aerial', 'screen', 'diagnostic protocol', 'image', 'blocks', 'battery', 'ignition', 'threshold', 'regulator', 'regulation', 'paperwork', 'apps', 'app', 'announcement',
    'speedometer', 'rev counter', 'gauges', 'climate settings', 'climate', 'buyers', 'surveys', 'electric cars', 'app store', 'developer', 'music app', 'navigation app', 'templates', 'video', 'driver', 'speed', 'gear', 'doors',
    'temperature', 'permission', 'monitor', 'relationship', 'strategy slide', 'plumbing', 'standard', 'drivers', 'communication', 'memory', 'diagnostics', 'application components', 'components', 'brake logic', 'dialect',
    'configuration', 'ECU configuration', 'configuration tool', 'branches', 'branch', 'port', 'driving licences', 'operating system', 'services', 'run time', 'millisecond', 'module', 'attack', 'researcher', 'bumper', 'box',
    'Bluetooth speaker', 'key', 'secret key', 'counter', 'code', 'brake loop', 'law', 'threats', 'models', 'price lists', 'port', 'steering wheel lock', 'security control', 'court', 'requirements', 'tests', 'commit', 'rules',
    'toolchain', 'field history', 'reviews', 'audits', 'winter testing', 'bugs', 'parsing', 'messages from outside', 'memory bugs', 'pub', 'features', 'seats', 'mirrors', 'tailgate', 'sensors', 'motors', 'software company',
    'megabits', 'pair of wires', 'meetings', 'application', 'hardware', 'mug', 'wiring diagrams', 'tester', 'tablet', 'apprentice', 'byte order story', 'Toyota', 'Toyota RAV4', 'Cariad', 'CARIAD', 'Android', 'Android Auto',
    'UN regulations', 'OTA', 'over-the-air', 'ASIL', 'MISRA C:2023', 'AUTOSAR Classic Platform', 'AUTOSAR Adaptive Platform', '10BASE-T1S', 'CAN FD', 'SocketCAN', 'DBC file', 'Vector DaVinci', 'EB tresos', 'UNECE',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout23 (/work/heldout23/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    captions: { input: 'captions.srt', length: srt.length, transcriptStart: 0, segments: srtTrack.segments, paragraphs: srtParas },
    whisperx: { input: 'whisperx.txt', length: wx.length, transcriptStart: 0, segments: wxTrack.segments, paragraphs: wxParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'captions' ? srt : wx;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'captions.srt'), srt);
writeFileSync(join(here, 'whisperx.txt'), wx);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + pick(x.text, 0).replace(/[§¶]/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(9)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${SW.length} spoken words (captions.srt), ${WX.length} (whisperx.txt), ${mm(SW.at(-1).end)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`captions.srt: ${cues.length} cues (${cues.filter((c) => c.lines.length === 2).length} with two lines), ${srtParas.filter((p) => p.ambiguous).length} with both speakers`);
console.log(`whisperx.txt: ${wxLines.length} lines, labels ${JSON.stringify(labels)}, ${wxParas.filter((p) => p.ambiguous).length} with both speakers, ${wxParas.filter((p, i) => i && wxParas[i - 1].speaker === p.speaker).length} continuing the speaker before`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
