// Builds Lowered #22 (SYNTHETIC held-out episode, heldout5) from source.mjs:
//   labeled.txt  `Full Name:` on each speaker's first line, then first names, an `Arjn:` typo, two
//                unlabeled lines (a sponsor continuation, and one undecidable "Yeah." marked ambiguous);
//                rendered with `render` from the shared renderer (data/gold/build-episode.mjs).
//   episode.vtt  WebVTT: numbered cues of 1–3 lines (≤ 42 characters a line) with timings from
//                ~2.7 spoken words a second plus a pause per turn, `<v Full Name>` voice tag on every
//                cue (one tag typo `<v Arjun Raghunathn>`, the undecidable "Yeah." cue has no tag).
//                Gold paragraphs = one per CUE: the cue payload (voice tag included, identifier and
//                timing line excluded). A segment starts at the identifier line of its first cue.
//   gold.json    offsets into both files, all computed here. Rerun with `node build.mjs`. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'lowered-022';
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s|^)'(\w)/g, '$1‘$2');
const plain = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1')).replace(/ ?¦~?/g, ' ');

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [H]: 'Ilse Verhoeven', [G]: 'Arjun Raghunathan' }, later: { [H]: 'Ilse', [G]: 'Arjun' } };
for (const p of SOURCE) if (!p.seg && p.speaker === G && p.text.startsWith('Two! One in V8')) p.lab = 'Arjn';
const seen = new Set();
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LABELS.later[p.speaker] : LABELS.first[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => plain(p.text),
});

// --- episode.vtt ----------------------------------------------------------------------------------
const VOICE_TYPO = 'Thank you. It'; // this cue's tag misspells the guest
const ts = (sec) => {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};
/** Splits one turn's text into cues: lines of ≤ 42 chars, ≤ 3 lines a cue, a cue also ends at a sentence end once it has 10+ words; `§` forces a cue break (a segment starts there). */
function cuesOf(text) {
  const cues = [];
  let lines = [], line = '', nWords = 0, segHere = false;
  const flushLine = () => { if (line) lines.push(line); line = ''; };
  const flushCue = () => { flushLine(); if (lines.length) cues.push({ lines, words: nWords, segStart: segHere }); lines = []; nWords = 0; segHere = false; };
  for (const raw of text.split(/\s+/)) {
    let w = raw;
    if (w.startsWith('§')) { flushCue(); segHere = true; w = w.slice(1); if (!w) continue; }
    if (line && (line + ' ' + w).length > 42) { flushLine(); if (lines.length === 3) flushCue(); }
    line = line ? `${line} ${w}` : w;
    nWords++;
    if (/[.?!]$/.test(w) && nWords >= 10) flushCue();
  }
  flushCue();
  return cues;
}
let vtt = 'WEBVTT\nKind: captions\nLanguage: en\n';
const transcriptStartVtt = vtt.length + 1;
const vParas = [], vSegs = [];
let open = null, n = 0, t = 0.8, pendingSeg = null;
for (const item of SOURCE) {
  if (item.seg) {
    if (item.mid) throw new Error('mid segments are not used in this episode');
    pendingSeg = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys };
    continue;
  }
  const cues = cuesOf(plain(item.text));
  for (const c of cues) {
    vtt += '\n';
    const blockStart = vtt.length;
    if (pendingSeg) {
      if (open) open.end = blockStart;
      open = { ...pendingSeg, start: vSegs.length ? blockStart : 0, end: null };
      vSegs.push(open);
      pendingSeg = null;
    }
    const dur = c.words / 2.7 + 0.25;
    n++;
    vtt += `${n}\n${ts(t)} --> ${ts(t + dur)}\n`;
    t += dur + 0.05;
    let voice = item.voice === null ? '' : `<v ${item.speaker}>`;
    if (c.lines.join(' ').startsWith(VOICE_TYPO)) voice = '<v Arjun Raghunathn>';
    const pStart = vtt.length;
    vtt += voice + c.lines.join('\n') + '\n';
    const para = { start: pStart, end: vtt.length - 1, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    vParas.push(para);
  }
  t += 0.6; // pause between turns
}
open.end = vtt.length;
if (!vtt.includes('<v Arjun Raghunathn>')) throw new Error('voice typo not placed');

const EPISODE = { show: 'Lowered', number: 22, recorded: null, title: 'I am not a vendor: compiling TypeScript to WasmGC with Arjun Raghunathan' };
const ENTITIES = {
  required: {
    Tallow: ['Tallow'],
    TypeScript: ['TypeScript', 'TS'],
    tsc: ['tsc', 'TypeScript compiler'],
    WebAssembly: ['WebAssembly', 'Wasm', 'WASM'],
    WasmGC: ['WasmGC', 'Wasm GC', 'WebAssembly GC', 'GC proposal'],
    AssemblyScript: ['AssemblyScript'],
    Javy: ['Javy'],
    QuickJS: ['QuickJS'],
    Porffor: ['Porffor'],
    JavaScript: ['JavaScript', 'JS'],
    'Node.js': ['Node', 'Node.js', 'Node 22'],
    Deno: ['Deno'],
    V8: ['V8'],
    Chrome: ['Chrome', 'Google Chrome'],
    Firefox: ['Firefox', 'Mozilla Firefox'],
    Safari: ['Safari'],
    Wasmtime: ['Wasmtime'],
    Rust: ['Rust'],
    swc: ['swc', 'SWC'],
    'tree-sitter': ['tree-sitter'],
    'Pratt parser': ['Pratt parser', 'Pratt parsing'],
    SSA: ['SSA', 'static single assignment'],
    Cranelift: ['Cranelift'],
    LLVM: ['LLVM'],
    'wasm-encoder': ['wasm-encoder'],
    'Bytecode Alliance': ['Bytecode Alliance'],
    Binaryen: ['Binaryen', 'wasm-opt'],
    'wasm-tools': ['wasm-tools', 'wasm-tools validate'],
    insta: ['insta'],
    'cargo-fuzz': ['cargo-fuzz'],
    libFuzzer: ['libFuzzer'],
    Csmith: ['Csmith'],
    'OSS-Fuzz': ['OSS-Fuzz'],
    'JS string builtins': ['JS string builtins', 'JS String Builtins', 'string builtins'],
    'Component Model': ['Component Model', 'WebAssembly Component Model'],
    WASI: ['WASI', 'WASI 0.2', 'WASI Preview 2'],
    WIT: ['WIT', 'WebAssembly Interface Types'],
    jco: ['jco'],
    'canonical ABI': ['canonical ABI'],
    'xz backdoor': ['xz', 'xz backdoor', 'xz Utils', 'XZ Utils backdoor'],
    'GitHub Sponsors': ['GitHub Sponsors'],
    NLnet: ['NLnet', 'NGI Zero', 'NLnet Foundation'],
    noUncheckedIndexedAccess: ['noUncheckedIndexedAccess'],
    Elm: ['Elm'],
    ariadne: ['ariadne'],
    'tower-lsp': ['tower-lsp'],
    'Language Server Protocol': ['Language Server Protocol', 'language server', 'LSP', 'TypeScript language server'],
    'VS Code': ['VS Code', 'Visual Studio Code'],
    TurboFan: ['TurboFan'],
    Liftoff: ['Liftoff'],
    Wizer: ['Wizer'],
  },
  tolerated: [
    'Lowered', 'Pebblebed', 'pebblebed.dev', 'tallow-lang.org', 'GitHub', 'Mastodon', 'Hacker News', 'Java', 'C', 'Go', 'UTF-16', 'UTF-8', 'FormulaUtils',
    'Crafting Interpreters', 'Nand to Tetris', 'Kaleidoscope', 'LLVM tutorial', 'recursive descent', 'recursive descent parser', 'tree-walking interpreter',
    'tokenizer', 'parser', 'type checker', 'IR', 'phi nodes', 'phi', 'block parameters', 'basic blocks', 'inlining', 'constant folding', 'dead code elimination',
    'escape analysis', 'linear memory', 'garbage collector', 'GC', 'struct', 'vtable', 'f64', 'i32', 'eval', 'any', 'generics', 'union types', 'closures',
    'conditional types', 'mapped types', 'structural typing', 'bivariance', 'Array', 'Map', 'String', 'edge functions', 'proxy filters', 'plugins',
    'snapshot tests', 'differential testing', 'fuzzing', 'register allocator', 'Arm', 'x86', 'cargo', 'ccache', 'CI', 'Discussions', 'GitHub Discussions',
    'issue templates', 'bus factor', 'README', 'Wasm module', 'component', 'phase three', 'phase four', 'aegraphs', 'JavaScript engine', 'Deno', 'browser',
    'undefined', 'tsconfig', 'ABI', 'JIT', 'decorators', 'for-of', 'index signature', 'NaN', 'NaNs', 'negative zero', 'double', 'floating point', 'JSON', 'baseline compiler', 'terminal', 'squiggles', 'pull requests', 'contributing guide', 'interpreter', 'machine code',
  ],
};

const gold = {
  _source: `Synthetic held-out episode written for heldout5 (data/gold/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    vtt: { input: 'episode.vtt', length: vtt.length, transcriptStart: transcriptStartVtt, paragraphUnit: 'cue', segments: vSegs, paragraphs: vParas },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'episode.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => plain(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${n} cues, ${ts(t)} long\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
