// Builds Node Graph #19 (SYNTHETIC held-out episode, heldout12) from source.mjs: an interview podcast about
// making games with open tools, with a host (Maren Solberg) and a guest (Teodor Anghel). Intro; eight topics
// presented by the guest (leaving Unity; GDScript or C#; shaders; the Godot 4.4 upgrade, opened by a host
// REACTION; [sponsor "Lumenlog", read by the host, starting MID-PARAGRAPH in her turn]; launch week on Steam,
// opened by the host in the same turn as the sponsor read; localization, which the GUEST raises himself
// MID-PARAGRAPH; the Switch port; advice); outro.
//
// Renders
//   captions.srt  SubRip captions: cues `N` (1, 2, 3...), a timing line `hh:mm:ss,mmm --> hh:mm:ss,mmm`, and
//                 one or two text lines of at most 42 characters, separated by blank lines, with a final
//                 newline. A turn's FIRST cue opens with the speaker's first name and a colon (`Maren: `,
//                 `Teodor: `); the later cues of the same turn carry no name, so the speaker of a cue is the
//                 last name above it. The cutter fills a line up to 42 characters (the name counts), a cue up
//                 to two lines, and ends a cue earlier at a sentence end, about 60% of the time once it holds
//                 4 words (a fixed-seed generator); `⏎` in the source forces a new cue; a cue never spans two
//                 paragraphs. A `§` word that would open the second line of a cue opens a new cue instead, so
//                 a segment start inside a cue always follows a space. Times come from one clock: ~2.6 spoken
//                 words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, starting at
//                 2.2 s; a cue starts at its first word and ends 10 ms before the next word would start.
//                 Spoken URLs kept, straight apostrophes. Gold paragraphs = one per cue, the cue text after
//                 the name (both lines and the newline between them). A segment starts at the number line of
//                 its first cue, or at the `§` word inside a cue. The first starts at 0, the last ends at the
//                 end of the file. transcriptStart = 0.
//   web.txt       a web page like the seed's, from the same clock: a page header and footer, every paragraph
//                 stamped `mm:ss`, `SOLBERG:` on the first TWO paragraphs only (both the host's, the second a
//                 service break of her first turn), so the guest is never labeled; spoken URLs dropped; the
//                 service's paragraph breaks (`¦`; `¦~` also loses the continuation's first word) and the
//                 first word lost on the paragraphs marked `cut`. Built with the shared `splitWebParagraphs`,
//                 `webStamps` and `render` (speechOnly); curly apostrophes. Gold paragraphs = the text after
//                 the stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`.
//   gold.json     offsets into both files, all computed here (shared renderer:
//                 /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                 folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, T } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'node-graph-019';
const WPS = 2.6;
const LINE = 42;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const srtTime = (ms) => `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)},${String(ms % 1000).padStart(3, '0')}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const spoken = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const noCue = (t) => t.replace(/\s*⏎\s*/g, ' ');
const words = (t) => noCue(t).replace('§', '').split(/\s+/).filter(Boolean);
const FIRST = { [M]: 'Maren', [T]: 'Teodor' };

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 2.2, (text) => words(unsplit(spoken(text))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- captions.srt -------------------------------------------------------------------------------
let seed = 20250726;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
let srt = '';
const sParas = [];
const tracker = segmentTracker();
let prevSpeaker = null, nCue = 0, midCue = 0, midSentence = 0, twoLines = 0, lastEnd = -1, maxDur = 0;
const labelLike = [];
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  // tokens: words, with `force` (a `⏎` before the word) and `seg` (a `§` opening the word)
  const toks = [];
  let force = false;
  for (const raw of unsplit(spoken(item.text)).split(/\s+/).filter(Boolean)) {
    if (raw === '⏎') { force = true; continue; }
    if (/§/.test(raw.slice(1)) || /⏎/.test(raw)) throw new Error(`bad mark in ${raw}`);
    toks.push({ w: raw.replace(/^§/, ''), seg: raw.startsWith('§'), force });
    force = false;
  }
  if (toks.length !== wordTimes[k].length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
  const turnStart = item.speaker !== prevSpeaker;
  const prefix = turnStart ? `${FIRST[item.speaker]}: ` : '';
  const cues = [];
  let lines = [[]], len = prefix.length;
  const flush = () => { if (lines[0].length) cues.push(lines); lines = [[]]; len = 0; };
  toks.forEach((tok, j) => {
    if (tok.force) flush();
    const vis = tok.w.length;
    if (len && len + 1 + vis > LINE) {
      if (lines.length === 2 || tok.seg) flush(); else { lines.push([]); len = 0; }
    }
    if (tok.seg && lines.length === 2 && lines[1].length === 0) flush();
    lines.at(-1).push(j);
    len += (len ? 1 : 0) + vis;
    const n = lines.flat().length;
    if (/[.?!]["']?$/.test(tok.w) && n >= 4 && rand() < 0.6) flush();
  });
  flush();
  cues.forEach((cue, c) => {
    nCue++;
    if (srt) srt += '\n\n';
    const cueStart = srt.length;
    tracker.block(cueStart);
    const flat = cue.flat();
    const a = Math.round(wordTimes[k][flat[0]] * 1000);
    const b = Math.round((wordTimes[k][flat.at(-1)] + 1 / WPS) * 1000) - 10;
    if (a < lastEnd || b <= a) throw new Error(`cue times at ${nCue}`);
    lastEnd = b;
    maxDur = Math.max(maxDur, (b - a) / 1000);
    srt += `${nCue}\n${srtTime(a)} --> ${srtTime(b)}\n`;
    const pre = c === 0 ? prefix : '';
    srt += pre;
    const textStart = srt.length;
    let text = '';
    cue.forEach((line, li) => {
      if (li) text += '\n';
      line.forEach((j, x) => {
        if (x) text += ' ';
        if (toks[j].seg) {
          if (li === 0 && x === 0) tracker.mark(cueStart);
          else { if (x === 0) throw new Error('§ at the start of a second line'); tracker.mark(textStart + text.length); midCue++; }
        }
        text += toks[j].w;
      });
    });
    for (const l of (pre + text).split('\n')) if (l.length > LINE) throw new Error(`line too long: ${l}`);
    if (cue.length === 2) twoLines++;
    if (!/[.?!]["']?$/.test(text)) midSentence++;
    if (!pre && /^[^\s:]+(?: [^\s:]+){0,2}: /.test(text)) labelLike.push(text.split('\n')[0]);
    sParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    srt += text;
  });
  prevSpeaker = item.speaker;
});
srt += '\n';
tracker.close(srt.length);
if (labelLike.length < 1) throw new Error('expected a cue that opens like a label but is speech');

// --- web.txt ------------------------------------------------------------------------------------
const WEB_INPUT = SOURCE.map((x) => (x.seg ? x : { ...x, text: noCue(x.text) }));
const WEB_SOURCE = splitWebParagraphs(WEB_INPUT, (item) => item.cut ?? 0);
const stamps = webStamps(WEB_INPUT, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'Node Graph — conversations with people who ship games on open tools', '',
    'Episodes    Guests    Newsletter    Patreon', '',
    '‹ Episode 19', '',
    'Transcript for Episode #19:', 'Teodor Anghel: from Unity to Godot, Steam and the Switch', '',
    `Recorded on Monday, Jul 14, 2025. Length ${mmss(lastTime + 7)}.`, '', '',
  ].join('\n'),
  footer: '\n\nTranscribed by machine. Corrections welcome.\n‹ Episode 19',
  labels: 2,
  label: { [M]: 'SOLBERG', [T]: 'ANGHEL' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).some((p) => p.speaker !== M)) throw new Error('the two labeled web paragraphs must be the host\'s');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Node Graph', number: 19, recorded: '2025-07-14', title: 'Teodor Anghel: from Unity to Godot, Steam and the Switch' };
const ENTITIES = {
  required: {
    Godot: ['Godot'],
    'Godot 4': ['Godot 4'],
    'Godot 4.1': ['Godot 4.1', '4.1'],
    'Godot 4.4': ['Godot 4.4', '4.4'],
    Unity: ['Unity'],
    'Unity Runtime Fee': ['Runtime Fee'],
    Steam: ['Steam'],
    'Nintendo Switch': ['Switch', 'Switch 1'],
    'Nintendo Switch 2': ['Switch 2'],
    Blender: ['Blender'],
    glTF: ['glTF'],
    'C#': ['C#'],
    MonoBehaviour: ['MonoBehaviours', 'MonoBehaviour'],
    Slack: ['Slack'],
    signals: ['signals', 'signal'],
    coroutines: ['coroutines'],
    'nodes and scenes': ['nodes and scenes', 'nodes', 'scenes'],
    GDScript: ['GDScript'],
    '.NET': ['.NET'],
    IDE: ['IDE'],
    'itch.io': ['itch.io'],
    'game jams': ['game jams'],
    'static typing': ['static types'],
    'typed arrays': ['typed arrays'],
    'Steam Deck': ['Steam Deck', 'Deck'],
    AStarGrid2D: ['AStarGrid2D'],
    'C++': ['C++'],
    GDExtension: ['GDExtension'],
    Rust: ['Rust'],
    'godot-rust': ['godot-rust'],
    'spatial shader': ['spatial shader'],
    'Shader Graph': ['Shader Graph'],
    'visual shader editor': ['visual shader editor', 'visual shader'],
    'Godot shading language': ['Godot shading language', 'shading language'],
    GLSL: ['GLSL'],
    'Godot Shaders': ['Godot Shaders'],
    shader: ['shader', 'shaders'],
    'depth texture': ['depth texture'],
    'volumetric fog': ['volumetric fog'],
    'Forward+': ['Forward+'],
    'shader compilation stutter': ['shader stutter', 'stutter'],
    ubershaders: ['ubershaders'],
    'pipeline precompilation': ['pipeline precompilation'],
    'Steam Next Fest': ['Next Fest'],
    '.uid files': ['dot uid', 'UID'],
    Jolt: ['Jolt'],
    'typed dictionaries': ['typed dictionaries'],
    Lumenlog: ['Lumenlog'],
    'Unreal Engine': ['Unreal'],
    'stack trace': ['stack trace'],
    wishlists: ['wishlists'],
    'Steam Deck Verified': ['Deck Verified'],
    'Steam refunds': ['refund', 'refunds'],
    'Simplified Chinese': ['Simplified Chinese'],
    localization: ['localization', 'localize'],
    TranslationServer: ['translation server'],
    'Control nodes': ['Control nodes'],
    CSV: ['CSV'],
    gettext: ['gettext'],
    'PO files': ['PO files', 'PO'],
    'Noto Sans CJK': ['Noto Sans', 'Noto'],
    'fallback font': ['fallback font'],
    pseudolocalization: ['pseudolocalization'],
    'machine translation': ['machine translation'],
    'MIT License': ['MIT licensed', 'MIT'],
    'console SDK': ['console SDKs', 'SDK'],
    NDA: ['NDA'],
    'W4 Games': ['W4 Games'],
    'Mobile renderer': ['Mobile renderer'],
    'additive shader': ['additive shader'],
    'console certification': ['certification'],
    'Godot Development Fund': ['Godot Development Fund'],
    Bluesky: ['Bluesky'],
  },
  tolerated: [
    'Node Graph', 'nodegraph.fm', 'nodegraph dot fm', 'nodegraph dot fm slash 19', 'lumenlog.io', 'lumenlog dot io', 'lumenlog dot io slash nodegraph', 'teodoranghel.com', 'teodoranghel dot com',
    'Lamplight Ferry', 'Bergen', 'Cluj', 'Cluj-Napoca', 'Romania', 'Lisbon', 'Germany', 'China', 'Ilinca', 'Patreon', 'Romanian', 'German', 'Japanese', 'Chinese', 'English', 'Latin',
    'puzzle game', 'game', 'games', 'lantern', 'ferry', 'passengers', 'passenger', 'level', 'levels', 'first level', 'boat', 'water', 'demo', 'publisher', 'console', 'consoles',
    'install', 'installs', 'revenue share', 'CEO', 'engine', 'game engine', 'art', 'models', 'textures', 'audio', 'API', 'game objects', 'game object', 'components', 'component',
    'instance', 'tree of nodes', 'RPG', 'C# support', 'editor', 'built-in editor', 'script', 'scripts', 'web', 'festivals', 'variables', 'function arguments', 'virtual machine', 'VM',
    'warning', 'untyped declarations', 'pathfinding', 'dock', 'grid', 'frames', 'hot loop', 'class', 'low poly', 'flat colours', 'lighting', 'vertices', 'sine waves', 'foam line',
    'depth trick', 'renderer', 'light', 'prototype', 'PC', 'camera', 'loading screen', 'general shader', 'branch', 'commit', 'files', 'references', 'physics', '3D physics',
    'physics engine', 'default physics engine', 'Dictionary', 'editor window', 'laptop', 'crash reporting', 'player feedback', 'plugin', 'log', 'hardware', 'graphics card', 'GPU',
    'screenshot', 'save file', 'one-star review', 'free tier', 'team plan', 'launch', 'launch week', 'launch discount', 'streamers', 'copies', 'sofa', 'patch', 'first patch',
    'playtest', 'sales', 'reviews', 'translation', 'translations', 'translators', 'string', 'strings', 'spreadsheet', 'fonts', 'font', 'characters', 'glyph', 'empty boxes',
    'layout', 'note cards', 'text boxes', 'accents', 'open source', 'console code', 'export', 'export to Switch', 'porting studio', 'porting studios', 'console builds', 'dev kits',
    'platform layer', 'fog cards', 'planes', 'texture', 'cone', 'mesh', 'handheld mode', 'memory', 'loading times', 'controller', 'sleep', 'saving', 'checklist', 'docs', 'source',
    'engine source', 'engine licence', 'devlogs', 'website', 'cat', 'Unity API', 'Godot project', 'Godot 4.5', 'Godot 4.3', 'Godot 4.2', 'Godot Foundation', 'Nintendo', 'Valve',
    'Steamworks', 'SubRip', 'SRT', 'captions', 'John Riccitiello', 'Noto Sans CJK', 'CJK', 'Unity 2023', 'September 2023', 'runtime fee', 'Unity Personal', 'Steam Direct',
    'hot reload', 'web export', 'export to the web', 'web demo', 'typed', 'tr', 'pull request', 'Someș', 'Somes', 'village', 'torch', 'grandfather', 'studio', 'level design team', 'pricing page', 'screenshots', 'exclamation marks', 'references', 'methods', 'tree', 'parent', 'children',
    'face icon', 'sound', 'call down, signal up', 'tutorial', 'tutorials', 'website', 'price', 'dollars', 'cosy puzzle games', 'fixed fee', 'revenue', 'Switch revenue', 'bug', 'bugs',
    'typed variables', 'static types everywhere', 'tr()', 'Forward Plus', 'Compatibility renderer', 'Vulkan', 'OpenGL', 'depth', 'fog', 'Nintendo Switch Online', 'Switch port',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout12 (/work/heldout12/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    srt: { input: 'captions.srt', length: srt.length, transcriptStart: 0, segments: tracker.segments, paragraphs: sParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.srt'), srt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(spoken(p.text))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${nCue} cues (${twoLines} with two lines, ${midSentence} ending mid-sentence, at most ${maxDur.toFixed(2)} s; ${turns} turns, so ${turns} name prefixes; ${midCue} segment starts inside a cue; cues opening like a label: ${JSON.stringify(labelLike)}), ${count(/¦/g)} web breaks (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} turns, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
