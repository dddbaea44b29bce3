// Builds Save State #44 (SYNTHETIC held-out episode, heldout22) from source.mjs: a two-host CONVERSATIONAL co-host show
// with no rundown (Keziah Ambrose, who opens and closes it, and Cosmin Petrescu, friends who both write emulators of old
// game consoles). Intro (Keziah); the Game Boy racing game's flickering road (Keziah, raised by Cosmin's question at a
// change of speaker); FPGA or software (Cosmin, raised by Keziah MID-PARAGRAPH at the end of her own turn); is emulation
// legal (Cosmin, raised by Keziah in a NEW paragraph of hers: no speaker change); game preservation (Keziah, who raises
// it herself MID-PARAGRAPH); recompilers on phones (Cosmin, who raises it himself at a change of speaker, picking up the
// last word); shader stutter (Cosmin, raised by Keziah's question at a change of speaker, answered by a question);
// RetroAchievements (Keziah, raised by Cosmin MID-PARAGRAPH in a new paragraph of his); run-ahead and the CRT (Cosmin,
// who raises it himself at a change of speaker); outro (Keziah, MID-PARAGRAPH).
//
// Renders
//   youtube.txt     the text a user copies from YouTube's "Show transcript" panel for the episode's video, in
//                   heldout15's layout: NO header, then alternating lines, a timestamp (`0:03`, `12:34`: minutes without
//                   a leading zero, the episode is under an hour) and ONE line of caption text, a final newline. YouTube's
//                   auto-punctuated recogniser output: sentence case with punctuation, straight apostrophes, YouTube's
//                   spellings (the A of each {A|B}), NO speaker marks of any kind. The line cutter runs over the whole
//                   episode as one stream of words and knows nothing of speakers: a line holds 4 to 14 words and ends at a
//                   pause (a new paragraph or a `¶`, except at every fifth line, which runs on into the next paragraph), at
//                   a sentence end (except at every third line), or when it reaches its length (6 to 12 words, in a fixed
//                   cycle), so some lines hold words of BOTH hosts (gold: the speaker of most of their words,
//                   `ambiguous`). A line's timestamp is its first word's time, floored, on the clock below. Gold
//                   paragraphs are one per text line. A segment starts at the timestamp line of the line its first word
//                   opens, or INSIDE a text line at its first word. transcriptStart 0. Gold key `youtube`.
//   transcript.lrc  whisper.cpp's LRC output (`--output-lrc`) with its stereo diarisation (`--diarize`; each host on one
//                   channel of the recording), NEW in the held-out sets: the header line `[by:whisper.cpp]`, then one
//                   line per recogniser segment, `[mm:ss.xx]` (the segment's start, centiseconds), the speaker mark and
//                   the segment's text, which starts with a space, as whisper.cpp writes it; a final newline. The mark is
//                   `(speaker 0)` when the left channel (Keziah's) is louder over the segment, `(speaker 1)` when the
//                   right one (Cosmin's) is, and `(speaker ?)` when neither is clearly louder: here, when the segment's
//                   minority voice has 30% of its words or more, or when the source marks the paragraph `ch: '?'`; a
//                   paragraph marked `ch: 'x'` gets the OTHER channel (a quiet line against the television's hum).
//                   Whisper's spellings (the B of each {A|B}), straight apostrophes. The recogniser knows nothing of
//                   speakers: a segment ends at a sentence end once it holds 6 words, at a pause of 0.45 s or more (a
//                   change of speaker, a `¶`) once it holds 4, at a comma once it holds 16, and in any case at 24 words,
//                   so short replies run on into the other host's words (gold: the speaker of most of the line's words,
//                   `ambiguous`). GOLD PARAGRAPHS are ONE PER LINE, the text after the mark and its space. A segment
//                   starts at the start of the line its first word opens, or INSIDE a line at its first word.
//                   transcriptStart is the first segment line. Gold key `lrc`.
//   Both files take their times from one clock per file (their own words, ~2.6 a second, 0.6 s between speakers, 0.4 s
//   before a same-speaker paragraph, 0.5 s at a `¶`, from 0.9 s; a word lasts 120 ms + 25 ms a letter, ending at least
//   30 ms before the next word).
//   gold.json       offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                   unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, K, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'save-state-044';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const CHANNEL = { [K]: '0', [C]: '1' };
const OTHER = { [K]: C, [C]: K };

// --- the stream of words of one recogniser, with the episode's pauses -----------------------------
function stream(variant) {
  const out = [];
  let t = 0.9, prev = null;
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
  // segments open at the first word of their first paragraph, or at the § word
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
  return { speaker: ranked[0][0], mixed: ranked.length > 1, minority: ranked.length > 1 ? ranked[1][1] / ws.length : 0, count };
};

// --- youtube.txt --------------------------------------------------------------------------------
const YT = stream(0);
const ytLines = [];
{
  const MIN = 4, MAX = 14;
  let cur = [];
  const close = () => { ytLines.push(cur); cur = []; };
  YT.forEach((x, i) => {
    const li = ytLines.length;
    const left = YT.length - i;
    if (cur.length && x.paraStart && cur.length >= MIN && left >= MIN && li % 5 !== 2) close();
    cur.push(x);
    const n = cur.length, rest = left - 1;
    if (rest === 0) { close(); return; }
    if (rest < MIN) return;
    const next = YT[i + 1];
    if (n >= MAX) { close(); return; }
    if (next.paraStart) return;                      // decided at the next word
    if (x.pauseAfter >= 0.45 && n >= MIN) close();
    else if (/[.?!]$/.test(x.w) && n >= MIN && li % 3 !== 1) close();
    else if (n >= 6 + ((li * 5) % 7)) close();
  });
}
const ytTime = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
let yt = '';
const ytParas = [];
const ytTrack = segmentTracker();
{
  let last = -1;
  for (const line of ytLines) {
    const lineAt = yt.length;
    if (Math.floor(line[0].begin) < last) throw new Error('youtube: a timestamp goes back');
    last = Math.floor(line[0].begin);
    yt += `${ytTime(line[0].begin)}\n`;
    const start = yt.length;
    line.forEach((x, j) => {
      if (j) yt += ' ';
      if (x.seg) {
        const at = j ? yt.length : lineAt;
        if (x.seg.mid) { ytTrack.mark(at); ytTrack.seg(x.seg); } else { ytTrack.seg(x.seg); ytTrack.block(at); }
      }
      yt += x.w;
    });
    const m = majority(line, line[0].speaker);
    const para = { start, end: yt.length, speaker: m.speaker };
    if (m.mixed) para.ambiguous = true;
    ytParas.push(para);
    yt += '\n';
  }
  ytTrack.close(yt.length);
}
if (/[§¶{}|⟨⟩’‘]/.test(yt)) throw new Error('a mark or curly apostrophe in youtube.txt');

// --- transcript.lrc -----------------------------------------------------------------------------
const WH = stream(1);
const lrcLines = [];
{
  let cur = [];
  WH.forEach((x, i) => {
    cur.push(x);
    const n = cur.length;
    if ((/[.?!]$/.test(x.w) && n >= 7) || (x.pauseAfter >= 0.45 && n >= 5) || (/,$/.test(x.w) && n >= 16) || n >= 24 || i === WH.length - 1) { lrcLines.push(cur); cur = []; }
  });
}
const HEAD = '[by:whisper.cpp]\n';
const lrcStamp = (s) => { const cs = Math.floor(s * 100 + 1e-6); return `${two(Math.floor(cs / 6000))}:${two(Math.floor(cs / 100) % 60)}.${two(cs % 100)}`; };
let lrc = HEAD;
const lrcParas = [];
const lrcSegs = [];
const lrcMarks = { '0': 0, '1': 0, '?': 0 };
let forced = 0;
for (const line of lrcLines) {
  const lineAt = lrc.length;
  const m = majority(line, line[0].speaker);
  // the paragraph most of the line's words come from decides a forced mark
  const byPara = new Map();
  for (const x of line) byPara.set(x.item, (byPara.get(x.item) ?? 0) + 1);
  const [topItem, topN] = [...byPara.entries()].sort((p, q) => q[1] - p[1])[0];
  let mark = m.minority >= 0.3 ? '?' : CHANNEL[m.speaker];
  if (topItem.ch && topN * 2 > line.length) { mark = topItem.ch === '?' ? '?' : CHANNEL[OTHER[topItem.speaker]]; forced++; }
  lrcMarks[mark]++;
  lrc += `[${lrcStamp(line[0].begin)}](speaker ${mark}) `;
  const start = lrc.length;
  line.forEach((x, j) => {
    if (j) lrc += ' ';
    if (x.seg) {
      if (lrcSegs.length) lrcSegs.at(-1).end = j ? lrc.length : lineAt;
      lrcSegs.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start: lrcSegs.length ? (j ? lrc.length : lineAt) : 0, end: null });
    }
    lrc += x.w;
  });
  const para = { start, end: lrc.length, speaker: m.speaker };
  if (m.mixed) para.ambiguous = true;
  lrcParas.push(para);
  lrc += '\n';
}
lrcSegs.at(-1).end = lrc.length;
if (/[§¶{}|⟨⟩’‘]/.test(lrc)) throw new Error('a mark or curly apostrophe in transcript.lrc');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'A road that rained, a television in the hallway, and whether any of this is legal';
const EPISODE = { show: 'Save State', number: 44, recorded: '2025-06-19', title: TITLE };
const ENTITIES = {
  required: {
    emulation: ['emulation', 'emulator', 'emulators'],
    'Game Boy': ['Game Boy'],
    'scroll register': ['scroll register'],
    PPU: ['PPU', 'picture processing unit'],
    sprites: ['sprites'],
    'test ROMs': ['test ROMs', 'test programs'],
    Blargg: ['Blargg', 'Blarg'],
    Mooneye: ['Mooneye', 'Moon eye'],
    'dmg-acid2': ['dmg-acid2', 'DMG acid 2'],
    'boot ROM': ['boot ROM'],
    MiSTer: ['MiSTer', 'Mister'],
    FPGA: ['FPGA', 'FPGAs'],
    cores: ['cores', 'core'],
    'hardware language': ['hardware language'],
    Analogue: ['Analogue', 'Analog'],
    'Analogue Pocket': ['Analogue Pocket', 'Pocket'],
    'Nintendo 64': ['Nintendo 64'],
    SNES: ['SNES'],
    Sony: ['Sony'],
    PlayStation: ['PlayStation'],
    Connectix: ['Connectix'],
    Bleem: ['Bleem'],
    'fair use': ['fair use'],
    'reverse engineering': ['reverse engineering'],
    'copy protection': ['copy protection', 'encrypted'],
    Nintendo: ['Nintendo'],
    Switch: ['Switch'],
    Yuzu: ['Yuzu'],
    Citra: ['Citra'],
    '3DS': ['3DS'],
    Zelda: ['Zelda'],
    Ryujinx: ['Ryujinx', 'Ryu jinx'],
    Dolphin: ['Dolphin'],
    Steam: ['Steam'],
    Valve: ['Valve'],
    Wii: ['Wii'],
    BIOS: ['BIOS'],
    cartridge: ['cartridge', 'cartridges'],
    'save file': ['save file', 'save files', 'saves'],
    'coin cell': ['coin cell'],
    Pokémon: ['Pokémon'],
    USB: ['USB'],
    'Video Game History Foundation': ['Video Game History Foundation'],
    'US Copyright Office': ['Copyright Office'],
    'Switch 2': ['Switch 2'],
    'game-key cards': ['game-key cards'],
    JIT: ['JIT', 'recompiler'],
    MIPS: ['MIPS'],
    interpreter: ['interpreter', 'interpret'],
    'machine code': ['machine code'],
    ARM: ['ARM'],
    Apple: ['Apple'],
    Mac: ['Mac'],
    Android: ['Android'],
    iOS: ['iOS'],
    'App Store': ['App Store'],
    Delta: ['Delta'],
    PPSSPP: ['PPSSPP', 'PPS SPP'],
    NES: ['NES'],
    'PlayStation Portable': ['PlayStation Portable'],
    GameCube: ['GameCube'],
    iPhone: ['iPhone'],
    debugger: ['debugger'],
    'Steam Deck': ['Steam Deck', 'Deck'],
    shader: ['shader', 'shaders'],
    'shader compilation stutter': ['stutter'],
    ubershaders: ['ubershaders', 'uber shaders'],
    'shader cache': ['cache', 'caches', 'cached'],
    Vulkan: ['Vulkan', 'Volcan'],
    RetroAchievements: ['RetroAchievements', 'Retro Achievements'],
    RetroArch: ['RetroArch', 'Retro Arch'],
    DuckStation: ['DuckStation', 'Duck Station'],
    'hardcore mode': ['hardcore mode', 'hardcore'],
    'save states': ['save state', 'save states'],
    rewind: ['rewind'],
    'run-ahead': ['run-ahead'],
    'input lag': ['input lag', 'lag'],
    CRT: ['CRT', 'tube'],
    RGB: ['RGB'],
    'light guns': ['light guns', 'guns'],
  },
  tolerated: [
    'Save State', 'Norwich', 'Timișoara', 'Timisoara', 'America', 'United States', 'Keziah', 'Cosmin', 'Kesia', 'October', 'February', 'April', 'June', 'Sunday', 'Thursday', '1998', '2000', '2017', '2023',
    'emulator development', 'consoles', 'console', 'old consoles', 'computers', 'television', 'hallway', 'pixels', 'racing game', 'road', 'screen', 'renderer', 'pixel queue', 'hardware', 'chip', 'chips', 'processor', 'timing',
    'smiley face', 'garden', 'takeaway', 'board', 'operating system', 'buffering', 'input', 'controllers', 'memory cards', 'video signals', 'adapters', 'laptop', 'microscopes', 'source code', 'homework', 'C',
    'legal', 'court', 'courts', 'lawyers', 'lawsuit', 'settlement', 'keys', 'firmware', 'games', 'game', 'letter', 'start-up code', 'piracy', 'soldering iron', 'batteries', 'battery', 'memory', 'clock', 'clocks',
    'cartridge reader', 'preservation', 'libraries', 'exemption', 'researchers', 'industry', 'arcade', 'servers', 'publishers', 'phone', 'phone emulator', 'interpreters', 'blocks', 'host', 'memory that is writable and executable',
    'charts', 'train', 'graphics chip', 'graphics card', 'graphics interfaces', 'effect', 'hitch', 'driver', 'disk', 'cache directory', 'gigabytes', 'puzzle game', 'achievements', 'achievement set', 'set', 'pop-up', 'bytes',
    'addresses', 'level counter', 'frame', 'frames', 'bug reports', 'cheats', 'registers', 'flags', 'speedrunners', 'fighting game', 'platform game', 'folding chair', 'camera', 'flat panel', 'neighbours', 'crane', 'cousins',
    'pizza', 'coats', 'coat stand', 'dentist', 'emulator source code', 'Tears of the Kingdom', 'Game Boy Color', 'Rust', 'SNES emulators', 'Nintendo Switch', 'Nintendo Switch 2', 'Analogue 3D', 'DE10-Nano', 'HDL',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout22 (/work/heldout22/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    youtube: { input: 'youtube.txt', length: yt.length, transcriptStart: 0, segments: ytTrack.segments, paragraphs: ytParas },
    lrc: { input: 'transcript.lrc', length: lrc.length, transcriptStart: HEAD.length, segments: lrcSegs, paragraphs: lrcParas },
  },
};
writeFileSync(join(here, 'youtube.txt'), yt);
writeFileSync(join(here, 'transcript.lrc'), lrc);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + pick(x.text, 0).replace(/[§¶]/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${YT.length} spoken words (youtube.txt), ${WH.length} (transcript.lrc), ${mm(YT.at(-1).end)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`youtube.txt: ${ytLines.length} lines of ${Math.min(...ytLines.map((l) => l.length))} to ${Math.max(...ytLines.map((l) => l.length))} words, ${ytParas.filter((p) => p.ambiguous).length} with both speakers`);
console.log(`transcript.lrc: ${lrcLines.length} lines of ${Math.min(...lrcLines.map((l) => l.length))} to ${Math.max(...lrcLines.map((l) => l.length))} words, marks ${JSON.stringify(lrcMarks)} (${forced} forced by the source), ${lrcParas.filter((p) => p.ambiguous).length} with both speakers, ${lrcParas.filter((p, i) => i && lrcParas[i - 1].speaker === p.speaker).length} continuing the speaker before, ${lrcLines.filter((l) => /^\p{Ll}/u.test(l[0].w)).length} starting mid-sentence`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
