// Builds Second Order #77 (SYNTHETIC held-out episode, heldout17) from source.mjs: a one-host one-guest long-form
// INTERVIEW about the Zig programming language, in the layout of Lex Fridman's published transcripts (host Nikolai
// Brandt, guest Ayesha Farouk, who writes a synthesizer audio engine in Zig). Intro (host); [sponsor "Bramble", read
// by the host, MID-PARAGRAPH at the end of his intro]; why Zig and C interop (guest, MID-PARAGRAPH at the host's
// "And now, here's my conversation with…"); comptime; allocators; safety checks and release modes (a new paragraph
// of the GUEST: no speaker change, no heading); the build system; zig cc (its heading sits one paragraph LATE, after
// the host's question); the self-hosted compiler and incremental compilation; async's removal and std.Io (the
// guest raises it MID-PARAGRAPH, no heading); Bun, TigerBeetle and Ghostty; the Zig Software Foundation and 1.0;
// outro (host, no heading).
//
// Renders
//   transcript.txt  the layout of Lex Fridman's transcript pages: a header (title line, a note, `Table of
//                   Contents` with one `m:ss – Heading` line per heading), then blocks separated by blank lines:
//                   section headings on their own lines (`Comptime`, `Allocators`…) and paragraphs, every one
//                   `Full Name (hh:mm:ss) text` (the clock in parentheses right after the name, no colon), also
//                   where the same speaker goes on (long answers run over two paragraphs, each with its own name
//                   and clock). One clock: ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a
//                   same-speaker paragraph, from 0.2 s; a paragraph's clock is its first word's time (floor), a
//                   heading's table-of-contents time the clock of the paragraph after it. Curly apostrophes; the
//                   spoken URL as words. Gold paragraphs = the text after `(hh:mm:ss) `. transcriptStart is the
//                   first heading line (`Introduction`). A segment starts at its heading line when it opens with
//                   one, else at the name of its first paragraph, or at the `§`; the header belongs to the intro.
//                   Gold key `lexstyle`.
//   web.txt         a web page like the seed's: a header and footer, every paragraph stamped `mm:ss` on the same
//                   clock, `NIKOLAI:` on the first TWO paragraphs only (both the host's: the introduction and the
//                   sponsor read, so the guest is never labelled), no headings, spoken URL dropped, page breaks at
//                   sentence ends inside long turns where the continuation loses its first word (`¦~`), the first
//                   word lost on the paragraphs marked `cut`. Built with the shared `splitWebParagraphs`,
//                   `webStamps` and `render` (speechOnly). Gold key `web`.
//   gold.json       offsets into both files, all computed here (shared renderer:
//                   /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                   folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, segmentTracker, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'comptime-077';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const hms = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const toc = (sec) => { const h = Math.floor(sec / 3600), m = Math.floor(sec / 60) % 60, s = Math.floor(sec % 60); return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`; };
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const words = (t) => unsplit(labeledText(t)).replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const SPEECH = SOURCE.filter((x) => !x.hd);
const wordTimes = wordClock(SPEECH, 0.2, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const timeOf = new Map(SPEECH.map((x, k) => [x, wordTimes[k]?.[0]]));

// --- transcript.txt -----------------------------------------------------------------------------
const headings = [];
SOURCE.forEach((x, k) => { if (x.hd) headings.push({ text: x.hd, time: timeOf.get(SOURCE.slice(k).find((y) => y.speaker)) }); });
let txt = [
  'Transcript for Ayesha Farouk: Zig, Comptime, Allocators and Cross-Compiling Everything | Second Order #77', '',
  'This is a transcript of Second Order #77 with Ayesha Farouk. Each timestamp links to that moment in the episode. The transcript was produced by a transcription service and corrected by hand, so it may still contain mistakes.', '',
  'Table of Contents', '',
  'Here are the rough chapters of the conversation. Click a time to jump to about that point in the transcript:', '',
  ...headings.map((h) => `${toc(h.time)} – ${h.text}`), '', '',
].join('\n');
const txtStart = txt.length;
const track = segmentTracker();
const txtParas = [];
let nBlocks = 0;
for (const item of SOURCE) {
  if (item.seg) { track.seg(item); continue; }
  if (nBlocks++) txt += '\n\n';
  track.block(txt.length);
  if (item.hd) { txt += item.hd; continue; }
  const pre = `${item.speaker} (${hms(timeOf.get(item))}) `;
  let body = unsplit(labeledText(item.text));
  const mark = body.indexOf('§');
  body = body.replace('§', '');
  const at = txt.length + pre.length;
  txt += pre + body;
  if (mark >= 0) track.mark(at + mark);
  txtParas.push({ start: at, end: txt.length, speaker: item.speaker });
}
txt += '\n';
track.close(txt.length);
if (/[⟨⟩§¦]/.test(txt)) throw new Error('a mark in transcript.txt');

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SPEECH, (item) => item.cut ?? 0);
const stamps = webStamps(SPEECH, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const web = render(WEB_SOURCE, {
  header: [
    'Second Order', 'Long conversations about how things work', '',
    'Podcast · Transcripts · Newsletter · Support', '',
    '#77 – Ayesha Farouk: Zig, comptime, allocators and cross-compiling everything', `August 22, 2025 · ${Math.round(lastTime / 60)} min`, '',
    'Full transcript', '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are generated automatically and may contain errors.\n← Back to episode',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? 'NIKOLAI: ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).some((p) => p.speaker !== H)) throw new Error('the two labeled web paragraphs must be the host’s');
if (/[⟨⟩§¦]/.test(web.text)) throw new Error('a mark in web.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Second Order', number: 77, recorded: '2025-08-22', title: 'Ayesha Farouk: Zig, comptime, allocators and cross-compiling everything' };
const ENTITIES = {
  required: {
    Zig: ['Zig'],
    C: ['C'],
    'C++': ['C++'],
    'hidden control flow': ['hidden control flow'],
    'hidden memory allocations': ['hidden memory allocations', 'hidden allocations'],
    comptime: ['comptime'],
    allocators: ['allocators', 'allocator'],
    'build system': ['build system'],
    async: ['async'],
    Bun: ['Bun'],
    TigerBeetle: ['TigerBeetle'],
    Ghostty: ['Ghostty'],
    Bramble: ['Bramble'],
    'end-to-end encryption': ['end-to-end encryption'],
    'audio callback': ['audio callback'],
    'operator overloading': ['operator overloading', 'overloaded operator'],
    exceptions: ['exceptions', 'exception'],
    destructors: ['destructors'],
    defer: ['defer'],
    '@cImport': ['@cImport'],
    'C calling convention': ['C calling convention'],
    templates: ['templates', 'Templates'],
    macros: ['macros'],
    generics: ['generics', 'generic'],
    types: ['types are values', 'type'],
    struct: ['struct'],
    ArrayList: ['ArrayList'],
    '@typeInfo': ['@typeInfo'],
    'inline for': ['inline for'],
    MIDI: ['MIDI'],
    'branch quota': ['branch quota'],
    'compile error': ['compile error', 'compile errors'],
    'format string': ['format string'],
    print: ['print'],
    printf: ['printf'],
    malloc: ['malloc'],
    Allocator: ['Allocator'],
    'hash map': ['hash map'],
    arena: ['arena', 'arenas'],
    ArenaAllocator: ['ArenaAllocator'],
    FixedBufferAllocator: ['FixedBufferAllocator'],
    'general purpose allocator': ['general purpose allocator'],
    DebugAllocator: ['DebugAllocator'],
    'Zig 0.14': ['0.14'],
    'Zig 0.15': ['0.15'],
    leaks: ['leaks', 'leaked'],
    'double frees': ['double frees'],
    'stack traces': ['stack traces', 'stack trace'],
    'std.testing.allocator': ['std.testing.allocator'],
    errdefer: ['errdefer'],
    'memory safe': ['memory safe'],
    Rust: ['Rust'],
    'borrow checker': ['borrow checker'],
    'use-after-free': ['use-after-free'],
    'runtime safety checks': ['runtime safety checks', 'runtime safety'],
    'release modes': ['release modes'],
    Debug: ['Debug'],
    ReleaseSafe: ['ReleaseSafe'],
    ReleaseFast: ['ReleaseFast'],
    ReleaseSmall: ['ReleaseSmall'],
    'integer overflow': ['integer overflow', 'overflow'],
    panic: ['panic'],
    slice: ['slice'],
    optional: ['null optional'],
    unreachable: ['unreachable'],
    enum: ['enum'],
    'undefined behaviour': ['undefined behaviour'],
    '@setRuntimeSafety': ['@setRuntimeSafety'],
    'wrapping arithmetic': ['wrapping arithmetic', 'wrapping and saturating'],
    undefined: ['undefined'],
    '0xaa': ['0xaa'],
    'build.zig': ['build.zig'],
    'zig build': ['zig build'],
    'build runner': ['build runner'],
    caching: ['caching'],
    CMake: ['CMake'],
    Makefile: ['Makefile'],
    'build.zig.zon': ['build.zig.zon'],
    "Zig's object notation": ['object notation'],
    'content hash': ['content hash'],
    'zig fetch': ['zig fetch'],
    'package registry': ['central registry'],
    toolchain: ['toolchain', 'toolchains'],
    'zig cc': ['zig cc'],
    Clang: ['Clang'],
    'cross-compile': ['cross-compile'],
    Linux: ['Linux'],
    ARM: ['ARM'],
    Windows: ['Windows'],
    macOS: ['macOS'],
    libc: ['libc'],
    glibc: ['glibc'],
    'target triple': ['target triple'],
    'x86_64-linux-gnu.2.17': ['x86_64-linux-gnu.2.17'],
    musl: ['musl'],
    'MinGW-w64': ['MinGW-w64'],
    'static binaries': ['static Linux binaries'],
    'cargo-zigbuild': ['cargo-zigbuild'],
    crates: ['crates'],
    linker: ['linker'],
    Uber: ['Uber'],
    'hermetic toolchains': ['hermetic C and C++ toolchains', 'hermetic'],
    Bazel: ['Bazel'],
    'zig c++': ['zig c++'],
    'continuous integration': ['continuous integration'],
    'standard library': ['standard library'],
    'self-hosted compiler': ['self-hosted'],
    stage1: ['stage1'],
    stage2: ['stage2'],
    LLVM: ['LLVM'],
    'Zig 0.10': ['0.10'],
    bootstrap: ['bootstrap'],
    WebAssembly: ['WebAssembly'],
    backends: ['backends', 'backend'],
    'x86_64 backend': ['x86_64 backend', 'x86 backend'],
    'incremental compilation': ['incremental compilation', 'incremental'],
    watch: ['watch'],
    declarations: ['declarations'],
    await: ['await'],
    'stackless coroutines': ['stackless coroutines'],
    'Zig 0.11': ['0.11'],
    threads: ['threads'],
    'event loop': ['event loop'],
    'std.Io': ['std.Io', 'Io'],
    io_uring: ['io_uring'],
    'green threads': ['green threads'],
    'function colouring': ['function colouring'],
    'readers and writers': ['readers and writers'],
    Writergate: ['Writergate'],
    JavaScript: ['JavaScript'],
    'JavaScript runtime': ['JavaScript runtime'],
    bundler: ['bundler'],
    'test runner': ['test runner'],
    'package manager': ['package manager'],
    'Jarred Sumner': ['Jarred Sumner'],
    JavaScriptCore: ['JavaScriptCore'],
    Safari: ['Safari'],
    'system call': ['system call'],
    'deterministic simulation testing': ['deterministic simulation testing'],
    'Mitchell Hashimoto': ['Mitchell Hashimoto'],
    'terminal emulator': ['terminal emulator'],
    Swift: ['Swift'],
    GTK: ['GTK'],
    'breaking changes': ['breaking changes'],
    'Zig Software Foundation': ['Zig Software Foundation'],
    'Andrew Kelley': ['Andrew Kelley'],
    'non-profit': ['non-profit'],
    donations: ['donations'],
    '1.0': ['1.0'],
    'stability guarantees': ['stability guarantees'],
    'migration guide': ['migration guide'],
    nightly: ['nightly'],
    'language reference': ['language reference'],
    Ziglings: ['Ziglings'],
    'Tony Hoare': ['Tony Hoare'],
  },
  tolerated: [
    'Second Order', 'bramble.app', 'bramble dot app slash second order', 'Orrery Instruments', 'Nikolai', 'Ayesha', 'August',
    'systems programmer', 'audio engine', 'synthesizers', 'synthesizer', 'language', 'compiler', 'cross-compile', 'audio hardware', 'sound card', 'buffer', 'lock', 'temporary', 'scope', 'function', 'parameter',
    'signature', 'header', 'wrapper layer', 'filters', 'voice allocator', 'modulation matrix', 'constant', 'fields', 'preset system', 'preset file', 'network', 'clock', 'infinite loop', 'hang', 'log line',
    'library code', 'interface', 'global allocator', 'heap', 'stack', 'fixed buffer', 'audio thread', 'allocation', 'tests', 'test suite', 'containers', 'cleanup', 'memory', 'checks', 'user files',
    'build script', 'executable', 'library', 'graph', 'steps', 'dependencies', 'dependency', 'URL', 'registry', 'package', 'target', 'source', 'C libraries', 'community effort', 'binary', 'laptop', 'flags',
    'headers', 'firmware tools', 'platforms', 'download', 'repository', 'optimisation', 'compile time', 'compile times', 'architectures', 'output', 'scripting language', 'systems language', 'keywords',
    'methods', 'single-threaded', 'concurrent', 'release', 'releases', 'projects', 'database', 'financial transactions', 'simulator', 'cluster', 'seed', 'core', 'user interface', 'ecosystem', 'performance',
    'correctness', 'core team', 'side project', 'core contributors', 'companies', 'exercises', 'gateway drug', 'podcast', 'sponsor', 'description', 'notes app', 'plain text files', 'software design', 'deficiencies',
    'comptime code', 'I/O', 'Io parameter', 'Zig code', 'Zig toolchain', 'memory allocations', 'C code', 'C programmers', 'C project', 'Linux ARM binary', 'Windows binary', 'macOS binary', 'Debug builds',
    'release builds', 'x86_64', 'x86', 'old compiler', 'new compiler', 'std', 'hash', 'cross compiler', 'C interop', 'safety checks', 'types as values', 'compile-time execution',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout17 (/work/heldout17/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    lexstyle: { input: 'transcript.txt', length: txt.length, transcriptStart: txtStart, segments: track.segments, paragraphs: txtParas },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'transcript.txt'), txt);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const paras = SPEECH.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const perSeg = [];
{ let cur = null; for (const x of SPEECH) { if (x.seg) { cur = { t: x.title.slice(0, 44), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(32)} ${s.t}`);
const same = paras.filter((p, i) => i > 0 && paras[i - 1].speaker === p.speaker).length;
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} paragraphs (${same} follow one of the same speaker), ${headings.length} headings, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
