// Builds Pure Function #212 (SYNTHETIC held-out episode, heldout14) from source.mjs: a two-host weekly news
// show about functional programming (Priya Raman, who opens and closes it, and Declan Moore). Intro; Gleam in
// the Stack Overflow survey (Declan, handed over by Priya without a name); the Elixir 1.19 release candidate
// (Declan, same speaker as before); OxCaml from Jane Street (Priya, INTRODUCED by Declan); [sponsor
// "Stanchion", read by Priya, starting MID-PARAGRAPH at the end of her own OxCaml turn]; GHC long-term
// support (Declan, introduced by Priya right after her read); Roc's compiler rewrite in Zig (Priya,
// introduced by Declan); Effect for TypeScript (Priya, starting MID-PARAGRAPH at the end of her own Roc turn);
// picks (Declan, then Priya; kind extra); outro (no speaker change).
//
// Renders
//   web.txt       a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                 time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                 0.4 s before a same-speaker paragraph, starting at 2.4 s after the jingle), `PRIYA:` and
//                 `DECLAN:` (FIRST names in capitals) on the first TWO paragraphs only (the
//                 self-introductions), spoken URLs dropped (with a following comma or period), the
//                 transcription service's own paragraph breaks inside long turns (`¦`; `¦~` also loses the
//                 continuation's first word), and the first word lost on the paragraphs marked `cut`. Built
//                 with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly); curly
//                 apostrophes; the words as SAID (`{A|B}` gives A). Gold paragraphs = the text after the
//                 stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`; the
//                 header belongs to the intro, the footer to the outro.
//   whisper.srt   SubRip as a Whisper-style recogniser writes it: cues `N` (1, 2, 3...), a timing line
//                 `hh:mm:ss,mmm --> hh:mm:ss,mmm`, and ONE or TWO text lines of at most 42 characters, blank
//                 lines between cues, a final newline. Cased and punctuated text, straight apostrophes, NO
//                 speaker marks of any kind (no names, no dashes), spoken URLs as words, no service breaks
//                 and no lost words; `{A|B}` gives B (the recogniser's mishearings of technical names). The
//                 cutter knows nothing of speakers: it runs over the whole episode as one stream of words,
//                 fills a line to 42 characters and a cue to two lines, closes a cue at a sentence end
//                 (70% of the time once the cue holds 4 words, always when its second line is in use and
//                 it holds 9), at a comma on the second line now and then, before it would pass 6.8 s, and
//                 at a pause, where one paragraph ends and the next begins (90% of the time at a change of
//                 speaker, 80% when the same speaker goes on), but NEVER after fewer than 3 words, so a short
//                 reply ("Oh, he's trying to make up for the face.") can share a cue with the next turn; a
//                 fixed-seed generator. So some cues hold words of BOTH speakers: they get the speaker of most
//                 of their words and are marked `ambiguous`. Times come from the same clock as web.txt; a cue
//                 starts at its first word and ends when its last word ends (at least 1 s after its start),
//                 but never after the next cue starts. Gold paragraphs = one per cue, the cue text (both
//                 lines and the newline between them). A segment starts at the cue number of the cue holding
//                 its first word, or at that word INSIDE the cue when the cue began before it (a `§`, or a
//                 paragraph boundary the cutter ran through); a segment start never opens a cue's second
//                 line (the cutter closes the cue there instead), so it always follows a space. The first
//                 segment starts at 0, the last ends at the end of the file; transcriptStart = 0.
//   gold.json     offsets into both files, all computed here (shared renderer:
//                 /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                 folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, P, D } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'pure-function-212';
const WPS = 2.6;
const LINE = 42;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const srtTime = (sec) => { const ms = Math.round(sec * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)},${String(ms % 1000).padStart(3, '0')}`; };
const written = (t) => t.replace(/\{([^|}]*)\|[^}]*\}/g, '$1');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- units: the said words of a paragraph, each with what the recogniser wrote for it ---------------
// A `{A|B}` group is one unit of A's words, heard as B's words; every other word is its own unit.
function units(text) {
  const out = [];
  const src = unsplit(unURL(text));
  const re = /\{([^|}]*)\|([^}]*)\}|(\S+)/g;
  let m;
  while ((m = re.exec(src))) {
    if (m[3] != null && /[{}|]/.test(m[3])) throw new Error(`a broken {A|B} near ${m[3]}`);
    if (m[3] != null) { out.push({ said: [m[3].replace(/^§/, '')], heard: [m[3].replace(/^§/, '')], seg: m[3].startsWith('§') }); continue; }
    // a group may be followed directly by punctuation: `{OxCaml|Ox Camel}.` is read as one unit with the tail
    const tail = src.slice(re.lastIndex).match(/^[^\s]*/)[0];
    re.lastIndex += tail.length;
    const said = (m[1] + tail).split(' '), heard = (m[2] + tail).split(' ');
    out.push({ said, heard, seg: false });
  }
  for (const u of out) if (u.said.some((w) => /§/.test(w))) throw new Error('bad §');
  return out;
}

// --- the clock (over the SAID words) ------------------------------------------------------------
// the said words, checked against the written text's
const saidWords = (text) => {
  const n = units(text).reduce((a, u) => a + u.said.length, 0);
  if (n !== words(unsplit(unURL(written(text)))).length) throw new Error(`word count in ${text.slice(0, 40)}`);
  return n;
};
const wordTimes = wordClock(SOURCE, 2.4, saidWords, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WRITTEN = SOURCE.map((x) => (x.seg ? x : { ...x, text: written(x.text) }));
const WEB_SOURCE = splitWebParagraphs(WRITTEN, (item) => item.cut ?? 0);
const stamps = webStamps(WRITTEN, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'PURE FUNCTION', 'Weekly functional programming news. No side effects, except the hosts.', '',
    'Home    Episodes    About    Sponsor us', '',
    '« Back to episode list', '',
    'Episode 212 transcript', 'Gleam is admired, OxCaml is out, and Roc learns Zig', '',
    `Recorded Thursday, July 31, 2025  ·  ${mmss(lastTime + 6)}`, '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are generated by machine and checked by a volunteer. Spotted a mistake? Let us know.\n« Back to episode list',
  labels: 2,
  label: { [P]: 'PRIYA', [D]: 'DECLAN' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [P, D].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- whisper.srt --------------------------------------------------------------------------------
let seed = 20250731;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
// the stream of heard words: { w, t, end, speaker, paraStart, sameSpeaker, seg (a `§`), segItems (segments opening before it) }
const stream = [];
{
  let pendingSegs = [], prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) { pendingSegs.push(item); return; }
    let j = 0, first = true;
    for (const u of units(item.text)) {
      const t0 = wordTimes[k][j], slot = u.said.length / WPS;
      u.heard.forEach((w, x) => {
        const t = t0 + (slot * x) / u.heard.length;
        stream.push({ w, t, end: t + slot / u.heard.length, speaker: item.speaker, paraStart: first, sameSpeaker: prev?.speaker === item.speaker, seg: u.seg && x === 0, segItems: first ? pendingSegs : [] });
        if (first) pendingSegs = [];
        first = false;
      });
      j += u.said.length;
    }
    prev = item;
  });
}
const cues = [];
{
  let cur = null;
  const open = () => { cur = { lines: [[]], words: [] }; cues.push(cur); };
  const len = (line) => line.reduce((a, x, i) => a + x.w.length + (i ? 1 : 0), 0);
  for (let i = 0; i < stream.length; i++) {
    const x = stream[i];
    const startsSeg = x.seg || x.segItems.some((s) => !s.mid);
    if (!cur) open();
    else if (x.paraStart && cur.words.length >= 3 && rand() < (x.sameSpeaker ? 0.8 : 0.9)) open();
    else if (x.end - cur.words[0].t > 6.8) open();
    else {
      const line = cur.lines.at(-1);
      if (len(line) + 1 + x.w.length > LINE) {
        if (cur.lines.length === 2 || startsSeg) open(); else cur.lines.push([]);
      }
    }
    cur.lines.at(-1).push(x);
    cur.words.push(x);
    const n = cur.words.length;
    const next = stream[i + 1];
    if (next && !next.paraStart) {
      if (/[.?!]["”]?$/.test(x.w) && n >= 4 && (rand() < 0.7 || (cur.lines.length === 2 && n >= 9))) cur = null;
      else if (/,$/.test(x.w) && cur.lines.length === 2 && n >= 8 && rand() < 0.35) cur = null;
    }
  }
}
let srt = '';
const sParas = [];
const tracker = segmentTracker();
let mixed = 0, midCue = 0, twoLines = 0, maxDur = 0, minDur = Infinity, lastEnd = -1, maxLine = 0;
const mixedTexts = [];
cues.forEach((c, ci) => {
  if (ci) srt += '\n\n';
  const cueStart = srt.length;
  const a = c.words[0].t;
  const nextStart = ci + 1 < cues.length ? cues[ci + 1].words[0].t : Infinity;
  const b = Math.min(Math.max(c.words.at(-1).end, a + 1.0), nextStart);
  if (a < lastEnd - 1e-9 || b - a < 1.0 - 1e-9 || b - a > 7 + 1e-9) throw new Error(`cue ${ci + 1} times ${a} ${b}: ${c.words.map((x) => x.w).join(' ')}`);
  lastEnd = b;
  maxDur = Math.max(maxDur, b - a); minDur = Math.min(minDur, b - a);
  srt += `${ci + 1}\n${srtTime(a)} --> ${srtTime(b)}\n`;
  const textStart = srt.length;
  let text = '';
  c.lines.forEach((line, li) => {
    if (li) text += '\n';
    line.forEach((x, xi) => {
      if (xi) text += ' ';
      const inside = li > 0 || xi > 0;
      for (const s of x.segItems) {
        tracker.seg(s);
        if (s.mid) continue;
        if (inside) { if (xi === 0) throw new Error('a segment start opens a second line'); tracker.block(textStart + text.length); midCue++; }
        else tracker.block(cueStart);
      }
      if (x.seg) {
        if (!inside) tracker.mark(cueStart);
        else { if (xi === 0) throw new Error('a § opens a second line'); tracker.mark(textStart + text.length); midCue++; }
      }
      text += x.w;
    });
  });
  srt += text;
  for (const l of text.split('\n')) maxLine = Math.max(maxLine, l.length);
  if (c.lines.length === 2) twoLines++;
  const by = new Map();
  for (const x of c.words) by.set(x.speaker, (by.get(x.speaker) ?? 0) + 1);
  const speaker = [...by.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const para = { start: textStart, end: textStart + text.length, speaker };
  if (by.size > 1) { para.ambiguous = true; mixed++; mixedTexts.push(text.replace('\n', ' / ')); }
  sParas.push(para);
});
srt += '\n';
tracker.close(srt.length);
tracker.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= tracker.segments[i - 1].start)) throw new Error(`segment ${s.title} has no start or is out of order`); });
if (maxLine > LINE) throw new Error('a line over 42 characters');
if (/^\s*(?:-|[A-Z][a-z]+:)/m.test(srt.replace(/^\d+\n[^\n]+\n/gm, ''))) throw new Error('a speaker mark in whisper.srt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Pure Function', number: 212, recorded: '2025-07-31', title: 'Gleam is admired, OxCaml is out, and Roc learns Zig' };
const ENTITIES = {
  required: {
    Gleam: ['Gleam', 'Glean'],
    'Stack Overflow': ['Stack Overflow'],
    'Stack Overflow Developer Survey': ['Stack Overflow developer survey'],
    Rust: ['Rust'],
    Elixir: ['Elixir'],
    'type classes': ['type classes'],
    macros: ['macros'],
    'pattern matching': ['pattern matching'],
    'result type': ['result type'],
    formatter: ['formatter'],
    'language server': ['language server'],
    Erlang: ['Erlang'],
    BEAM: ['BEAM'],
    JavaScript: ['JavaScript'],
    Lustre: ['Lustre', 'Luster'],
    Elm: ['Elm'],
    Hex: ['Hex'],
    'Elixir 1.19': ['Elixir 1.19', '1.19'],
    'Elixir 1.18': ['1.18'],
    'set-theoretic types': ['set-theoretic types'],
    'gradual type system': ['gradual type system'],
    'dynamic type': ['dynamic type'],
    'type inference': ['inference', 'inferring', 'infers'],
    protocols: ['protocols'],
    'Jane Street': ['Jane Street'],
    OxCaml: ['OxCaml', 'Ox Camel'],
    OCaml: ['OCaml', 'OCamel'],
    'OCaml 5': ['OCaml 5'],
    'OCaml 5.3': ['5.3'],
    modes: ['modes'],
    'stack allocation': ['stack allocation', 'allocated on the stack'],
    'unboxed types': ['unboxed types'],
    'data-race freedom': ['data-race freedom'],
    'garbage collector': ['garbage collector'],
    domains: ['domains'],
    'effect handlers': ['effect handlers'],
    Eio: ['Eio', 'EIO'],
    'borrow checker': ['borrow checker'],
    Haskell: ['Haskell'],
    GHC: ['GHC'],
    'delimited continuations': ['delimited continuation'],
    opam: ['opam'],
    Dune: ['Dune'],
    Stanchion: ['Stanchion'],
    'supervision trees': ['supervision trees'],
    'GHC 9.14': ['9.14'],
    'long-term support': ['long-term support', 'LTS'],
    'Haskell Foundation': ['Haskell Foundation'],
    'stability working group': ['stability working group'],
    'GHC 9.12': ['9.12'],
    'multiline string literals': ['multiline string literals'],
    'or-patterns': ['or-patterns'],
    GHC2024: ['GHC2024'],
    'language extensions': ['extensions'],
    SQL: ['SQL'],
    Stackage: ['Stackage', 'Stack Age'],
    ghcup: ['ghcup'],
    Hadrian: ['Hadrian', 'Adrian'],
    Roc: ['Roc', 'Rock'],
    Zig: ['Zig'],
    'static dispatch': ['static dispatch'],
    allocators: ['allocators'],
    Effect: ['Effect', 'Effect-TS', 'Effect TS'],
    TypeScript: ['TypeScript'],
    'structured concurrency': ['structured concurrency'],
    ZIO: ['ZIO'],
    Scala: ['Scala'],
    generators: ['generators'],
    'async await': ['async await'],
    'do notation': ['do notation'],
    monad: ['monad'],
    'OCaml Programming: Correct + Efficient + Beautiful': ['OCaml Programming'],
    'CS 3110': ['CS 3110'],
    Cornell: ['Cornell'],
    functors: ['functors'],
    Exercism: ['Exercism'],
    'use expression': ['use expression'],
  },
  tolerated: [
    'Pure Function', 'purefunction.fm', 'purefunction dot fm', 'purefunction dot fm slash 212', 'stanchion.dev', 'stanchion dot dev', 'stanchion dot dev slash purefunction',
    'Bristol', 'Dublin', 'London', 'Swindon', 'Louis Pilfold', 'José Valim', 'Giuseppe Castagna', 'Guillaume Duboc', 'Richard Feldman', 'José',
    'functional programming', 'side effects', 'side effect', 'typed language', 'types', 'type system', 'type checker', 'type signature', 'type signatures', 'annotations',
    'custom types', 'exceptions', 'compiler', 'build tool', 'package manager', 'binary', 'web app', 'front end', 'back end', 'dashboard', 'web framework', 'packages',
    'admired', 'survey', 'developer survey', 'lightweight processes', 'processes', 'supervision', 'changelog', 'release candidate', 'warnings', 'compile times', 'parallel',
    'union', 'intersection', 'negation', 'anonymous functions', 'maps', 'map', 'function', 'error handling', 'production', 'OCaml compiler', 'fork', 'upstream',
    'heap', 'stack', 'pointer', 'float', 'shared-memory parallelism', 'multicore', 'continuation', 'effects', 'effect systems', 'effects library', 'runtime', 'primops',
    'toy parser', 'web server', 'low latency', 'libraries', 'syntax', 'Jane Street libraries', 'error tracking', 'structured logs', 'stack trace', 'release', 'team plan', 'logs',
    'Haskell compiler', 'patch releases', 'bug fixes', 'security fixes', 'dependencies', 'bounds', 'pragmas', 'language edition', 'constructors', 'case branch', 'tooling',
    'compiler rewrite', 'machine code', 'platform', 'platforms', 'host', 'I O', 'IO', 'nightlies', 'nightly', 'version one', 'build system', 'method-call style', 'parentheses',
    'schema', 'schema library', 'retries', 'timeouts', 'tracing', 'yield star', 'await', 'async', 'bundle size', 'webhook handler', 'let it crash', 'signature', 'stack traces',
    'textbook', 'lectures', 'modules', 'data structures', 'coding exercises', 'command line tool', 'mentor', 'concept exercises', 'Gleam track', 'results', 'Elixir libraries',
    'GHC build system', 'Rust code base', 'Elm-style', 'Python', 'Cornell University', 'OCaml Programming: Correct + Efficient + Beautiful',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout14 (/work/heldout14/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    whisper: { input: 'whisper.srt', length: srt.length, transcriptStart: 0, segments: tracker.segments, paragraphs: sParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'whisper.srt'), srt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(unURL(written(p.text)))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 30), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(unsplit(unURL(written(x.text)))).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(7)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word; whisper.srt: ${cues.length} cues (${twoLines} with two lines, lines at most ${maxLine} characters, ${minDur.toFixed(2)} to ${maxDur.toFixed(2)} s), ${mixed} with words of both speakers (ambiguous), ${midCue} segment starts inside a cue\n` + mixedTexts.map((x) => `  mixed: ${x}`).join('\n') + '\n' + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
