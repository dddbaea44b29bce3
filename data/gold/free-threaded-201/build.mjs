// Builds Free Threaded #201 (SYNTHETIC held-out episode, heldout16) from source.mjs: a one-host one-guest INTERVIEW
// about Python in the style of Talk Python To Me (host Elliot Brandvold, guest Ilka Barros, who maintains the
// satellite-imagery library rastermill). Intro (host); the guest and her library (guest); the GIL, PEP 703 and
// PEP 779 (guest); porting a C extension, Py_mod_gil and NumPy 2 wheels (guest, who raises it herself
// MID-PARAGRAPH); Cython 3.1 and PyO3 (guest, opened by the host's second paragraph: no speaker change);
// [sponsor "Benchwright", read by the host, MID-PARAGRAPH in his own reaction]; the 3.13 JIT (guest, opened by
// the host's new paragraph right after his read: no speaker change); subinterpreters, PEP 734 and asyncio
// TaskGroups (guest, a weak cue); uv and PEP 751 (guest, a host back-reference); Ruff, ty and Pyrefly (guest);
// outro (host).
//
// Renders
//   transcript.txt  the layout of Talk Python's transcript pages: every line is `mm:ss text` (`h:mm:ss text` past
//                   the hour), the stamp being the time of the line's first word (floor) on one clock (~2.6
//                   spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//                   0.4 s), then ONE caption-sized chunk of speech: one to three sentences, a long sentence cut
//                   at a comma. The cutter runs over the whole episode as one stream of words and knows nothing
//                   of speakers, so some lines hold words of BOTH people: they get the speaker of most of their
//                   words and `ambiguous: true`. NO speaker labels anywhere, no header, no blank lines, a final
//                   newline; straight apostrophes; spoken URLs as words. Gold paragraphs = the text after the
//                   stamp, one per line. A segment starts at the stamp of the line holding its first word, or
//                   INSIDE the line (at the word) when the line began earlier, or at the `§`. Gold key `stamped`.
//   labeled.txt     `Full Name: text` on EVERY paragraph, one paragraph a line (also where the same speaker goes
//                   on); curly apostrophes, spoken URLs as words. Built with the shared `render` and
//                   `labeledPrefix` (speechOnly). Gold paragraphs = the text after the label. A segment starts at
//                   the start of its first paragraph's line, or at the `§`. Gold key `labeled`.
//   gold.json       offsets into both files, all computed here (shared renderer:
//                   /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                   folder. Deterministic (a seeded generator drives the cutter).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'free-threaded-201';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => unURL(t).replace('§', '').split(/\s+/).filter(Boolean);
const stamp = (s) => { const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = Math.floor(s % 60); return h ? `${h}:${two(m)}:${two(x)}` : `${two(m)}:${two(x)}`; };
let seed = 201;
const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };

// --- the clock and the word stream -------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 0.4, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const stream = [];
{
  let pendingSegs = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { pendingSegs.push(item); return; }
    const raw = unURL(item.text).split(/\s+/).filter(Boolean);
    let j = 0;
    raw.forEach((w, x) => {
      const seg = w.startsWith('§');
      const word = seg ? w.slice(1) : w;
      if (!word) throw new Error('a lone §');
      stream.push({ w: word, t: wordTimes[k][j], speaker: item.speaker, paraStart: x === 0, seg, segItems: x === 0 ? pendingSegs : [] });
      if (x === 0) pendingSegs = [];
      j++;
    });
    if (j !== wordTimes[k].length) throw new Error('word count mismatch');
  });
}

// --- the caption cutter ------------------------------------------------------------------------
const lines = [];
{
  let cur = null, sentences = 0, target = 1;
  const open = () => { cur = []; lines.push(cur); sentences = 0; target = 1 + Math.floor(rand() * 3); };
  for (let i = 0; i < stream.length; i++) {
    if (!cur) open();
    const x = stream[i];
    cur.push(x);
    const n = cur.length, rest = stream.length - i - 1;
    if (rest === 0) break;
    if (rest < 3) continue;                                       // the last words stay on this line
    const end = /[.?!]["”]?$/.test(x.w);
    if (end) sentences++;
    if (end && ((sentences >= target && n >= 6) || n >= 24)) cur = null;
    else if (!end && n >= 22 && /,$/.test(x.w)) cur = null;      // a long sentence, cut at a comma
    else if (n >= 34) cur = null;
  }
}

// --- transcript.txt ----------------------------------------------------------------------------
let txt = '';
const tParas = [];
const tracker = segmentTracker();
let mixed = 0, inside = 0, maxW = 0, minW = Infinity, lastStamp = -1;
const mixedTexts = [];
lines.forEach((line) => {
  const lineStart = txt.length;
  const s = Math.floor(line[0].t);
  if (s < lastStamp) throw new Error('stamp goes back');
  lastStamp = s;
  txt += `${stamp(line[0].t)} `;
  const textStart = txt.length;
  let text = '';
  line.forEach((x, xi) => {
    if (xi) text += ' ';
    for (const it of x.segItems) {
      tracker.seg(it);
      if (it.mid) continue;
      if (xi) { tracker.block(textStart + text.length); inside++; } else tracker.block(lineStart);
    }
    if (x.seg) { if (xi) { tracker.mark(textStart + text.length); inside++; } else tracker.mark(lineStart); }
    text += x.w;
  });
  txt += text + '\n';
  maxW = Math.max(maxW, line.length); minW = Math.min(minW, line.length);
  const by = new Map();
  for (const x of line) by.set(x.speaker, (by.get(x.speaker) ?? 0) + 1);
  const speaker = [...by.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const para = { start: textStart, end: textStart + text.length, speaker };
  if (by.size > 1) { para.ambiguous = true; mixed++; mixedTexts.push(text); }
  tParas.push(para);
});
tracker.close(txt.length);
tracker.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= tracker.segments[i - 1].start)) throw new Error(`segment ${s.title} has no start or is out of order`); });
if (/[⟨⟩§’]/.test(txt)) throw new Error('a mark in transcript.txt');

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [H]: H, [G]: G }, later: { [H]: H, [G]: G } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});
if (/[⟨⟩§]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Free Threaded', number: 201, recorded: '2025-07-22', title: 'Python without the GIL: porting a C extension to free-threading, with Ilka Barros' };
const ENTITIES = {
  required: {
    Python: ['Python'],
    'global interpreter lock': ['global interpreter lock', 'GIL'],
    'free-threaded Python': ['free-threaded', 'free-threading'],
    'Python 3.13': ['Python 3.13', '3.13'],
    'Python 3.14': ['Python 3.14', '3.14'],
    'Python 3.11': ['3.11'],
    'Python 3.12': ['3.12'],
    NumPy: ['NumPy'],
    'NumPy 2': ['NumPy 2'],
    'NumPy 2.1': ['NumPy 2.1'],
    Cython: ['Cython'],
    'Cython 3.1': ['Cython 3.1'],
    PyO3: ['PyO3'],
    rastermill: ['rastermill'],
    'C extension': ['C extension'],
    IDL: ['IDL'],
    Fortran: ['Fortran'],
    multiprocessing: ['multiprocessing'],
    pickling: ['pickling'],
    'reference counting': ['reference counting'],
    'thread safe': ['thread safe'],
    'PEP 703': ['PEP 703'],
    'Sam Gross': ['Sam Gross'],
    'biased reference counting': ['biased reference counting'],
    'immortal objects': ['immortal objects'],
    mimalloc: ['mimalloc'],
    'per-object locks': ['per-object locks'],
    'steering council': ['steering council'],
    'python3.13t': ['python3.13t'],
    'specializing interpreter': ['specializing interpreter'],
    'PEP 779': ['PEP 779'],
    shared_memory: ['shared memory'],
    Py_mod_gil: ['Py_mod_gil'],
    PYTHON_GIL: ['PYTHON_GIL'],
    'sys._is_gil_enabled()': ['sys dot underscore is gil enabled'],
    mutex: ['mutex'],
    'critical section API': ['critical section API'],
    Py_BEGIN_CRITICAL_SECTION: ['Py_BEGIN_CRITICAL_SECTION'],
    'thread sanitizer': ['thread sanitizer'],
    ABI: ['ABI'],
    wheels: ['wheels', 'wheel'],
    cp313t: ['cp313t'],
    pip: ['pip'],
    uv: ['uv'],
    'py-free-threading.github.io': ['py free threading dot github dot io'],
    CI: ['CI'],
    Rust: ['Rust'],
    Send: ['Send'],
    Sync: ['Sync'],
    maturin: ['maturin'],
    cibuildwheel: ['cibuildwheel'],
    Benchwright: ['Benchwright'],
    'pull request': ['pull request'],
    'pytest-benchmark': ['pytest-benchmark'],
    asv: ['asv'],
    JIT: ['JIT'],
    'PEP 744': ['PEP 744'],
    'copy-and-patch': ['copy-and-patch'],
    CPython: ['CPython'],
    LLVM: ['LLVM'],
    'micro-operation': ['micro-operation', 'micro-operations'],
    Windows: ['Windows'],
    macOS: ['macOS'],
    subinterpreters: ['subinterpreters', 'interpreters'],
    'PEP 684': ['PEP 684'],
    'PEP 734': ['PEP 734'],
    'concurrent.interpreters': ['concurrent dot interpreters'],
    'interpreter pool executor': ['interpreter pool executor'],
    'buffer protocol': ['buffer protocol'],
    'memory views': ['memory views'],
    asyncio: ['asyncio', 'Asyncio'],
    TaskGroup: ['TaskGroup'],
    'async with': ['async with'],
    'exception group': ['exception group'],
    'object storage': ['object storage'],
    'thread pool': ['thread pool'],
    Astral: ['Astral'],
    'python-build-standalone': ['python-build-standalone'],
    'uv python install': ['uv python install'],
    'uv venv': ['uv venv'],
    conda: ['conda'],
    'conda-forge': ['conda-forge'],
    'PEP 751': ['PEP 751'],
    'pylock.toml': ['pylock dot toml'],
    Poetry: ['Poetry'],
    PDM: ['PDM'],
    'uv.lock': ['uv dot lock', 'uv lock'],
    Ruff: ['Ruff'],
    flake8: ['flake8'],
    isort: ['isort'],
    Black: ['Black'],
    'pre-commit': ['pre-commit'],
    ty: ['ty'],
    Pyrefly: ['Pyrefly'],
    Meta: ['Meta'],
    Pyre: ['Pyre'],
    Instagram: ['Instagram'],
    mypy: ['mypy'],
    'type checkers': ['type checkers', 'type checker'],
    PEP: ['PEP'],
  },
  tolerated: [
    'Free Threaded', 'Talk Python To Me', 'free threaded dot fm slash two oh one', 'freethreaded.fm', 'benchwright dot dev slash free threaded', 'benchwright.dev',
    'Lisbon', 'Elliot', 'Ilka', 'October', 'June', 'March', 'May',
    'bytecode', 'ecosystem', 'satellite images', 'satellite imagery', 'satellite scene', 'scene', 'tiles', 'pipeline', 'threads', 'thread', 'cores', 'core', 'processes', 'process', 'memory', 'copies', 'glue',
    'PhD', 'ocean colour', 'algae', 'physics', 'earth-observation', 'open source library', 'library', 'Python layer', 'downloads', 'space agencies', 'worker processes', 'lookup table', 'forking', 'log analysis tool',
    'objects', 'object', 'list', 'lists', 'dictionaries', 'dictionary', 'None', 'small integers', 'atomic operations', 'memory allocator', 'prototype', 'phases', 'build', 'single-threaded', 'overhead',
    'interpreter', 'extension module', 'module', 'modules', 'warning', 'environment variable', 'cache', 'resampling kernels', 'global', 'shared state', 'lock', 'locks', 'stress test', 'sanitizer',
    'community guide', 'compatibility tracker', 'packages', 'flag', 'test', 'directive', 'module-level cache', 'scientific packages', 'compiler', 'traits', 'types', 'type', 'counter', 'race', 'races',
    'wheel tag', 'benchmarks', 'benchmark', 'dedicated hardware', 'noisy neighbours', 'slowdown', 'commit', 'suite', 'templates', 'machine code', 'runtime', 'installers', 'performance', 'correctness',
    'queues', 'isolation', 'data races', 'concurrency', 'network', 'tasks', 'exceptions', 'service', 'process pool', 'package manager', 'project manager', 'test matrix', 'environment', 'laptop',
    'lock file', 'lock files', 'lock file format', 'deployment image', 'tooling', 'repository', 'editor', 'codebase', 'annotations', 'type system', 'class', 'function', 'issue tracker', 'the t builds',
    'Python 3.14t', '3.14t', '3.13t', 'thread pool executor', 'Poetry lock', 'PDM lock', 'formats', 'lints', 'keystroke', 'preview', 'buffer', 'bytes', 'production', 'pixels',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout16 (/work/heldout16/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    stamped: { input: 'transcript.txt', length: txt.length, transcriptStart: 0, segments: tracker.segments, paragraphs: tParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: 0, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'transcript.txt'), txt);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 40), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${stamp(lastTime)} long, ${paras.length} paragraphs in ${turns} turns; transcript.txt: ${lines.length} lines of ${minW} to ${maxW} words, ${mixed} with words of both speakers (ambiguous), ${inside} segment starts inside a line\n` + mixedTexts.map((x) => `  mixed: ${x}`).join('\n') + '\n' + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
