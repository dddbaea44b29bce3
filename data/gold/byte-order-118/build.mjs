// Builds Byte Order #118 (SYNTHETIC held-out episode, heldout17) from source.mjs: a two-host weekly PYTHON NEWS
// show in the style of the seed (Declan Moss, who opens and closes it, and Rhea Kapoor). Intro; Python 3.14's
// release candidate and template strings (Rhea, handed over MID-PARAGRAPH by Declan without a name); deferred
// annotations (Rhea again, a new paragraph of her own: no speaker change); uv's build backend (Declan);
// [sponsor "Tickmark", read by Declan, MID-PARAGRAPH at the end of his own item]; PEP 751 lock files (Rhea,
// INTRODUCED by Declan at a change of speaker); Pyodide and PyScript (Declan, a new paragraph of his own after his
// one-liner: no speaker change); pytest 8.4 (Rhea, who claims it with a back-reference to the intro); the PSF's
// grants pause (Declan, at a change of speaker with no hand-over); extras (Rhea, handed over MID-PARAGRAPH by
// Declan; Declan, no hand-over); the joke and goodbye (Declan, opened by Rhea).
//
// Renders
//   web.txt       a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the time
//                 of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before
//                 a same-speaker paragraph, starting at 1.2 s), `DECLAN:` and `RHEA:` (FIRST names in capitals) on
//                 the first TWO paragraphs only (the self-introductions), spoken URLs dropped (with a following
//                 comma or period), the service's paragraph breaks inside long turns at sentence ends, as the
//                 seed's page does them: the continuation LOSES its first word (`¦~`; `¦` keeps it, twice), and
//                 the first word lost on the paragraphs marked `cut`. Built with the shared `splitWebParagraphs`,
//                 `webStamps` and `render` (speechOnly); curly apostrophes. Gold paragraphs = the text after the
//                 stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`; the
//                 header belongs to the intro, the footer to the outro. Gold key `web`.
//   captions.vtt  YouTube's AUTOMATIC captions as downloaded: `WEBVTT`, `Kind: captions`, `Language: en`, then
//                 rolling two-line cues with `align:start position:0%`: a cue shows the previous caption line
//                 (plain) on top and the NEW line below with per-word timing tags (`word<00:00:01.230><c>
//                 word</c>…`, the first word untagged at the cue's start), followed by a 10 ms cue holding the new
//                 line alone (plain) and a line with one space; the first cue's top line is a single space. All
//                 lower case, NO punctuation (apostrophes inside words and dots between digits only), NO speaker
//                 marks; the recogniser's spellings and mishearings from `{A|B}`; spoken URLs as words. The line
//                 cutter knows nothing of speakers: 26 to 42 characters a line (a seeded generator), closing at a
//                 paragraph boundary with probability 0.6 at a change of speaker and 0.35 otherwise, so some lines
//                 hold words of BOTH hosts (the speaker of most of their words, `ambiguous: true`; a tie goes to
//                 the first word's speaker). Word times spread each paragraph's caption words evenly over its time
//                 on the web clock. Gold paragraphs = ONE PER CAPTION LINE: the tagged line of its cue (the line's
//                 text with its inline timing tags); the repeated plain lines are not paragraphs. A segment starts
//                 at the timing line of the cue whose new line begins with its first word, or INSIDE the tagged
//                 line at that word. transcriptStart is the first timing line. Gold key `autocaptions`.
//   gold.json     offsets into both files, all computed here (shared renderer:
//                 /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                 folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, D, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'byte-order-118';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const words = (t) => labeledText(t).replace(/\s*¦~?\s*/g, ' ').replace('§', '').split(/\s+/).filter(Boolean);
let seed = 118;
const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };

// --- the clock (on the web page's words) ------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0) }));
const wordTimes = wordClock(WSRC, 1.2, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ----------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [D]: 'DECLAN', [R]: 'RHEA' };
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Tickmark - know when the jobs you scheduled stop running', '',
    '« Return to show page', '',
    'Transcript for Episode #118:', 'Template strings, a stable uv build backend, and one lock file to rule them all', '',
    'Recorded on Tuesday, Aug 12, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [D, R].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§{}|]/.test(web.text)) throw new Error('a mark in web.txt');

// --- captions.vtt -----------------------------------------------------------------------------
const capToken = (tok) => {
  let s = tok.toLowerCase().replace(/[’‘]/g, "'").replace(/(\d)\.(?=\d)/g, '$1\u0000').replace(/[-_/.]/g, ' ').replace(/\u0000/g, '.');
  s = s.replace(/[^a-z0-9'. ]/g, '');
  return s.split(' ').map((w) => w.replace(/^'+|'+$/g, '').replace(/^\.+|\.+$/g, '')).filter(Boolean);
};
const stream = [];
{
  let pendingSegs = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pendingSegs.push(item); return; }
    const toks = pick(item.text, 1).replace(/[⟨⟩]/g, '').split(/\s+/).filter((x) => x && x !== '¦' && x !== '¦~');
    const caps = [];
    for (const tok of toks) {
      const mark = tok.startsWith('§');
      const ws = capToken(mark ? tok.slice(1) : tok);
      ws.forEach((w, j) => caps.push({ w, mark: mark && j === 0 }));
    }
    const t0 = wordTimes[k][0], dur = wordTimes[k].length / WPS;
    caps.forEach((c, j) => {
      stream.push({ w: c.w, t: t0 + (j * dur) / caps.length, speaker: item.speaker, paraStart: j === 0, segs: j === 0 ? pendingSegs : [], midMark: c.mark, midSegs: [] });
      if (j === 0) pendingSegs = [];
    });
  });
}
// attach mid segments: each seg with {mid} follows the paragraph holding its § mark
{
  let k = 0; const marks = stream.filter((w) => w.midMark);
  for (const item of SOURCE) if (item.seg && item.mid) marks[k++].midSegs = [item];
  if (k !== marks.length) throw new Error('§ marks and mid segments do not match');
}
const lines = [];
{
  let cur = [], target = 0;
  const open = () => { cur = []; lines.push(cur); target = 26 + Math.floor(rand() * 17); };
  open();
  for (const x of stream) {
    const len = cur.map((y) => y.w).join(' ').length;
    if (cur.length && ((x.paraStart && rand() < (x.speaker !== cur.at(-1).speaker ? 0.6 : 0.35)) || len + 1 + x.w.length > target)) open();
    cur.push(x);
  }
}
const ms = (s) => Math.round(s * 1000);
const ts = (m) => `${two(Math.floor(m / 3600000))}:${two(Math.floor(m / 60000) % 60)}:${two(Math.floor(m / 1000) % 60)}.${String(m % 1000).padStart(3, '0')}`;
const SET = ' align:start position:0%';
let vtt = 'WEBVTT\nKind: captions\nLanguage: en\n\n';
const capStart = vtt.length;
const capParas = [], capSegs = [];
const openSeg = (item, at) => { if (capSegs.length) capSegs.at(-1).end = at; capSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: capSegs.length ? at : 0, end: null }); };
lines.forEach((line, k) => {
  const a = ms(line[0].t);
  const e = k + 1 < lines.length ? ms(lines[k + 1][0].t) - 10 : ms(line.at(-1).t + 0.9);
  if (k > 0) vtt += `${ts(a - 10)} --> ${ts(a)}${SET}\n${lines[k - 1].map((x) => x.w).join(' ')}\n \n\n`;
  const cueAt = vtt.length;
  vtt += `${ts(a)} --> ${ts(e)}${SET}\n${k === 0 ? ' ' : lines[k - 1].map((x) => x.w).join(' ')}\n`;
  const pStart = vtt.length;
  line.forEach((x, j) => {
    const segs = [...x.segs, ...(x.midMark ? x.midSegs : [])];
    if (j > 0) { const m = ms(x.t); if (m <= a || m >= e) throw new Error('word time outside its cue'); vtt += `<${ts(m)}><c> `; }
    for (const s of segs) openSeg(s, j === 0 ? cueAt : vtt.length);
    vtt += x.w + (j > 0 ? '</c>' : '');
  });
  const count = {};
  for (const x of line) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === line[0].speaker ? -1 : 1));
  const para = { start: pStart, end: vtt.length, speaker: ranked[0][0] };
  if (ranked.length > 1) para.ambiguous = true;
  capParas.push(para);
  vtt += k + 1 < lines.length ? '\n\n' : '\n';
});
capSegs.at(-1).end = vtt.length;
if (capSegs.length !== SOURCE.filter((x) => x.seg).length) throw new Error('caption segments');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Byte Order', number: 118, recorded: '2025-08-12', title: 'Template strings, a stable uv build backend, and one lock file to rule them all' };
const ENTITIES = {
  required: {
    Python: ['Python'],
    'Python 3.14': ['Python 3.14', '3.14'],
    'release candidate': ['release candidate'],
    'template strings': ['template strings', 't-string', 'tea string'],
    'PEP 750': ['PEP 750'],
    'f-strings': ['f-strings', 'f-string', 'f strings', 'f string'],
    Template: ['Template'],
    'string.templatelib': ['string.templatelib', 'string templatelib'],
    str: ['str'],
    HTML: ['HTML'],
    SQL: ['SQL'],
    repr: ['repr'],
    annotations: ['annotations'],
    'PEP 649': ['PEP 649'],
    'PEP 749': ['PEP 749'],
    '__future__': ['__future__', 'from future import annotations'],
    annotationlib: ['annotationlib', 'annotation lib'],
    get_annotations: ['get_annotations', 'get annotations'],
    'forward references': ['forward references', 'forward reference'],
    dataclasses: ['dataclasses'],
    Pydantic: ['Pydantic', 'pedantic'],
    'type hints': ['type hints'],
    uv: ['uv'],
    Astral: ['Astral'],
    'build backend': ['build backend'],
    uv_build: ['uv_build', 'uv build'],
    'uv init': ['uv init'],
    'pyproject.toml': ['pyproject.toml', 'pyproject toml', 'pyproject'],
    hatchling: ['hatchling'],
    wheel: ['wheel', 'wheels'],
    sdist: ['sdist'],
    pip: ['pip'],
    setuptools: ['setuptools'],
    'flit-core': ['flit-core', 'flit core'],
    'poetry-core': ['poetry-core', 'poetry core'],
    maturin: ['maturin', 'mature in'],
    Rust: ['Rust'],
    'scikit-build-core': ['scikit-build-core', 'psychic build core'],
    PyPI: ['PyPI', 'pi pi'],
    'MANIFEST.in': ['MANIFEST.in', 'manifest in'],
    Tickmark: ['Tickmark', 'tick mark'],
    cron: ['cron'],
    Celery: ['Celery'],
    Slack: ['Slack'],
    Django: ['Django', 'jango'],
    'PEP 751': ['PEP 751'],
    'lock file': ['lock file'],
    'pylock.toml': ['pylock.toml', 'pi lock toml'],
    TOML: ['TOML'],
    Poetry: ['Poetry'],
    'poetry.lock': ['poetry.lock', 'poetry lock'],
    PDM: ['PDM'],
    'pdm.lock': ['pdm.lock', 'pdm lock'],
    'uv.lock': ['uv.lock', 'uv lock'],
    'pip-tools': ['pip-tools', 'pip tools'],
    'uv export': ['uv export'],
    'pip 25.1': ['pip 25.1'],
    'pip lock': ['pip lock'],
    'Brett Cannon': ['Brett Cannon'],
    Pyodide: ['Pyodide', 'pio died'],
    'Pyodide 0.28': ['Pyodide 0.28', 'pio died 0.28'],
    CPython: ['CPython'],
    WebAssembly: ['WebAssembly', 'web assembly'],
    NumPy: ['NumPy'],
    pandas: ['pandas'],
    'scikit-learn': ['scikit-learn', 'psychic learn'],
    'Python 3.13': ['Python 3.13'],
    'PEP 783': ['PEP 783'],
    Emscripten: ['Emscripten', 'm scripten'],
    PyScript: ['PyScript', 'pie script'],
    MicroPython: ['MicroPython', 'micro python'],
    'web worker': ['web worker'],
    pytest: ['pytest', 'pi test'],
    'pytest 8.4': ['pytest 8.4', 'pi test 8.4'],
    'pytest-asyncio': ['pytest-asyncio', 'pi test async io'],
    anyio: ['anyio'],
    'async def': ['async def'],
    RaisesGroup: ['pytest.RaisesGroup', 'RaisesGroup', 'pi test raises group'],
    ExceptionGroup: ['ExceptionGroup', 'exception group', 'exception groups'],
    asyncio: ['asyncio'],
    TaskGroup: ['TaskGroup', 'task group'],
    'Python Software Foundation': ['Python Software Foundation', 'PSF'],
    'grants programme': ['grants programme'],
    'PyCon US': ['PyCon US'],
    PyCon: ['PyCon'],
    Polars: ['Polars', 'pollers'],
    'streaming engine': ['streaming engine'],
    'lazy frame': ['lazy frame'],
    'group-by': ['group-by', 'group by'],
    Textual: ['Textual'],
    Textualize: ['Textualize'],
    'Will McGugan': ['Will McGugan'],
    'Django 5.2': ['Django 5.2', 'jango 5.2'],
    'long-term support': ['long-term support', 'long term support'],
    'composite primary keys': ['composite primary keys'],
    CompositePrimaryKey: ['CompositePrimaryKey', 'composite primary key'],
    'Django shell': ['Django shell', 'jango shell'],
    FastAPI: ['FastAPI', 'fast api'],
    'FastAPI Cloud': ['FastAPI Cloud', 'fast api cloud'],
    'Sebastián Ramírez': ['Sebastián Ramírez', 'sebastian ramirez'],
    'fastapi dev': ['fastapi dev'],
    'fastapi run': ['fastapi run'],
    'fastapi deploy': ['fastapi deploy'],
    Heroku: ['Heroku'],
    Ruff: ['Ruff'],
    ty: ['ty', 'tie'],
    'setuptools-scm': ['setuptools-scm', 'setup tools scm'],
    Interpolation: ['Interpolation'],
    'format spec': ['format spec'],
    'dependency confusion': ['dependency confusion'],
    'private index': ['private index'],
    git: ['git'],
  },
  tolerated: [
    'Byte Order', 'byteorder.fm', 'byte order dot fm slash 118', 'tickmark.dev', 'tick mark dot dev slash byte order', 'Leeds', 'Toronto', 'Declan', 'Rhea', 'October', 'March', 'April', 'June', 'August',
    'news', 'features', 'prefix', 'module', 'object', 'values', 'literal text', 'escaping', 'query parameter', 'database driver', 'placeholders', 'tuple', 'elements', 'betas', 'beta',
    'final release', 'codebase', 'quotation marks', 'class', 'function', 'import time', 'test suite', 'packaging', 'source tree', 'frontend', 'build', 'build-system table', 'backends', 'isolated environment',
    'pure Python', 'src layout', 'metadata', 'compiled extensions', 'C extension', 'C', '.py files', 'libraries', 'package', 'packages', 'sponsor', 'scheduled jobs', 'beat tasks', 'nightly export', 'Python client',
    'free tier', 'integration', 'requirements file', 'hashes', 'installer', 'installers', 'security scanner', 'deployment tool', 'interchange format', 'auditing tools', 'cloud platforms', 'markers', 'environments',
    'browser', 'geospatial stack', 'platform tag', 'script tag', 'DOM', 'page', 'unit converter', 'classroom', 'warnings', 'failures', 'plugin', 'async plugin', 'async', 'None', 'return True', 'changelog',
    'removals', 'exceptions attribute', 'foundation', 'grants', 'community events', 'workshops', 'meetups', 'sponsorship', 'staff', 'memberships', 'show notes', 'extras', 'batches', 'sensor readings', 'memory',
    'terminal interface', 'terminal', 'dashboard', 'tree', 'web frameworks', 'model', 'id column', 'keystrokes', 'hosted platform', 'waiting list', 'command', 'joke', 'type hints', 'resolution', 'TOML file',
    'lock files', 'Python 3.14 release candidate', 'Emscripten platform tag', 'PyPI infrastructure', 'CLI', 'Python news', 'open source', 'Python developer', 'test runs', 'mouse',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout17 (/work/heldout17/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    autocaptions: { input: 'captions.vtt', length: vtt.length, transcriptStart: capStart, segments: capSegs, paragraphs: capParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

const paras = WSRC.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 44), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
const lw = lines.map((l) => l.length);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`captions: ${lines.length} lines of ${Math.min(...lw)} to ${Math.max(...lw)} words, ${stream.length} caption words, ${capParas.filter((p) => p.ambiguous).length} ambiguous, ${capSegs.filter((s, i) => i > 0 && !/^\d\d:/.test(vtt.slice(s.start, s.start + 3))).length} segment starts inside a line`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
