// Builds Hydration #87 (SYNTHETIC held-out episode, heldout15) from source.mjs: a two-host weekly NEWS show about
// frontend frameworks and the web platform (Ines Carvalho, who opens and closes it, and Callum Frazer). Intro;
// the React Compiler release candidate (Callum, handed over by Ines without a name); Next.js deployment
// adapters and Turbopack builds (Callum, announced by himself in a new paragraph: no speaker change); Vue's
// Vapor mode (Ines, INTRODUCED by Callum); [sponsor "Slipcase", read by Ines, starting MID-PARAGRAPH at the end
// of her own Vapor turn]; Svelte 5 attachments and runes (Callum, introduced by Ines right after her read: no
// speaker change); Angular 20 and signals (Ines, introduced by Callum MID-PARAGRAPH at the end of his own Svelte
// turn); Vite 7 and Rolldown (Callum, who asks for the floor himself); Safari 26, Baseline and Interop 2025
// (Ines, after her own one-line reaction: no speaker change); outro (at a change of speaker).
//
// Renders
//   web.txt      a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                0.4 s before a same-speaker paragraph, starting at 3.1 s after the jingle), `INES:` and
//                `CALLUM:` (FIRST names in capitals) on the first TWO paragraphs only (the
//                self-introductions), spoken URLs dropped (with a following comma or period), the
//                transcription service's own paragraph breaks inside long turns (`¦`; `¦~` also loses the
//                continuation's first word), and the first word lost on the paragraphs marked `cut`. Built
//                with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly); curly
//                apostrophes; the words as SAID (`{A|B}` gives A). Gold paragraphs = the text after the stamp
//                (and label). A segment starts at the stamp of its first paragraph, or at the `§`; the header
//                belongs to the intro, the footer to the outro.
//   youtube.txt  the text a user copies from YouTube's "Show transcript" panel: a timestamp line (`0:03`,
//                `12:34`; `1:02:03` past the hour), then ONE line of caption text, alternating, a final
//                newline, nothing else (no header, no blank lines). The caption text is YouTube's
//                auto-punctuated recogniser output: sentence case WITH punctuation, straight apostrophes,
//                spoken URLs as words, no page splits, no lost words, NO speaker marks; `{A|B}` gives B (the
//                recogniser's mishearings of technical names). The line cutter runs over the whole episode as
//                one stream of words and knows nothing of speakers: it ends a line at 4 to 14 words, at a
//                sentence end, at a pause (a new paragraph), or when the line is full, so some lines hold
//                words of BOTH hosts: they get the speaker of most of their words and `ambiguous: true` (as
//                heldout13's youtube.vtt marks its mixed cues). A line's timestamp is the time of its first
//                word (floor to the second), on the same clock as web.txt. Gold paragraphs = one per text
//                line. A segment starts at the timestamp line of the line holding its first word, or INSIDE
//                the text line (at a word) when the line began earlier. The first segment starts at 0, the
//                last ends at the end of the file; transcriptStart = 0. Gold key `youtube` (check.mjs's
//                `checkYouTubePanel`, new in heldout15).
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, I, C } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'hydration-087';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const ytTime = (sec) => { const s = Math.floor(sec); return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`; };
const written = (t) => t.replace(/\{([^|}]*)\|[^}]*\}/g, '$1');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- units: the said words of a paragraph, each with what the recogniser wrote for it ---------------
function units(text) {
  const out = [];
  const src = unsplit(unURL(text));
  const re = /\{([^|}]*)\|([^}]*)\}|(\S+)/g;
  let m;
  while ((m = re.exec(src))) {
    if (m[3] != null && /[{}|]/.test(m[3])) throw new Error(`a broken {A|B} near ${m[3]}`);
    if (m[3] != null) { out.push({ said: [m[3].replace(/^§/, '')], heard: [m[3].replace(/^§/, '')], seg: m[3].startsWith('§') }); continue; }
    const tail = src.slice(re.lastIndex).match(/^[^\s]*/)[0];
    re.lastIndex += tail.length;
    out.push({ said: (m[1] + tail).split(' '), heard: (m[2] + tail).split(' '), seg: false });
  }
  return out;
}

// --- the clock (over the SAID words) ------------------------------------------------------------
// the said words, checked against the written text's
const saidWords = (text) => {
  const n = units(text).reduce((a, u) => a + u.said.length, 0);
  if (n !== words(unsplit(unURL(written(text)))).length) throw new Error(`word count in ${text.slice(0, 40)}`);
  return n;
};
const wordTimes = wordClock(SOURCE, 3.1, saidWords, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WRITTEN = SOURCE.map((x) => (x.seg ? x : { ...x, text: written(x.text) }));
const WEB_SOURCE = splitWebParagraphs(WRITTEN, (item) => item.cut ?? 0);
const stamps = webStamps(WRITTEN, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'HYDRATION', 'The weekly frontend news show', '',
    'Episodes   Newsletter   About   Support', '',
    '< All episodes', '',
    'Episode 87 — Transcript', 'The compiler is a release candidate, Vapor gets close, and Safari is 26', '',
    `June 26, 2025  ·  ${mmss(lastTime + 5)}  ·  Ines Carvalho & Callum Frazer`, '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was generated automatically and lightly edited. It may contain errors.\n< All episodes',
  labels: 2,
  label: { [I]: 'INES', [C]: 'CALLUM' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [I, C].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- youtube.txt --------------------------------------------------------------------------------
let seed = 20250626;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
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
        stream.push({ w, t, speaker: item.speaker, paraStart: first, seg: u.seg && x === 0, segItems: first ? pendingSegs : [] });
        if (first) pendingSegs = [];
        first = false;
      });
      j += u.said.length;
    }
    prev = item;
  });
}
const MIN = 4, MAX = 14;
const lines = [];
{
  let cur = null, target = 0;
  const open = () => { cur = []; lines.push(cur); target = 7 + Math.floor(rand() * 6); };
  for (let i = 0; i < stream.length; i++) {
    const x = stream[i];
    const left = stream.length - i;            // words not yet placed, this one included
    if (!cur) open();
    else if (x.paraStart && cur.length >= MIN && left >= MIN && rand() < 0.75) open();
    cur.push(x);
    const n = cur.length, rest = left - 1;
    if (rest === 0) break;
    const next = stream[i + 1];
    if (rest < MIN) continue;                  // the last words stay on this line
    if (n >= MAX) { cur = null; continue; }
    if (next.paraStart) continue;              // decided when the next word comes
    if (/[.?!]$/.test(x.w) && n >= MIN && rand() < 0.55) cur = null;
    else if (n >= target && n >= MIN) cur = null;
  }
}
let yt = '';
const yParas = [];
const tracker = segmentTracker();
let mixed = 0, midLine = 0, maxWords = 0, minWords = Infinity, lastStamp = -1;
const mixedTexts = [];
lines.forEach((line, li) => {
  const lineStart = yt.length;
  const stamp = Math.floor(line[0].t);
  if (stamp < lastStamp) throw new Error('stamp goes back');
  lastStamp = stamp;
  yt += `${ytTime(line[0].t)}\n`;
  const textStart = yt.length;
  let text = '';
  line.forEach((x, xi) => {
    if (xi) text += ' ';
    for (const s of x.segItems) {
      tracker.seg(s);
      if (s.mid) continue;
      if (xi) { tracker.block(textStart + text.length); midLine++; } else tracker.block(lineStart);
    }
    if (x.seg) { if (xi) { tracker.mark(textStart + text.length); midLine++; } else tracker.mark(lineStart); }
    text += x.w;
  });
  yt += text + '\n';
  maxWords = Math.max(maxWords, line.length); minWords = Math.min(minWords, line.length);
  const by = new Map();
  for (const x of line) by.set(x.speaker, (by.get(x.speaker) ?? 0) + 1);
  const speaker = [...by.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const para = { start: textStart, end: textStart + text.length, speaker };
  if (by.size > 1) { para.ambiguous = true; mixed++; mixedTexts.push(text); }
  yParas.push(para);
});
tracker.close(yt.length);
tracker.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= tracker.segments[i - 1].start)) throw new Error(`segment ${s.title} has no start or is out of order`); });
if (minWords < MIN || maxWords > MAX) throw new Error(`a line of ${minWords} or ${maxWords} words`);
if (/[¦⟨⟩§{}’]/.test(yt)) throw new Error('a mark in youtube.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Hydration', number: 87, recorded: '2025-06-26', title: 'The compiler is a release candidate, Vapor gets close, and Safari is 26' };
const ENTITIES = {
  required: {
    React: ['React'],
    'React Compiler': ['React Compiler', 'the compiler'],
    'React Forget': ['React Forget'],
    'React 19': ['React 19', 'nineteen'],
    Meta: ['Meta'],
    useMemo: ['useMemo'],
    useCallback: ['useCallback'],
    'React.memo': ['React dot memo'],
    memoization: ['memoization'],
    Babel: ['Babel'],
    SWC: ['SWC'],
    ESLint: ['ESLint'],
    'rules of React': ['rules of React'],
    Actions: ['Actions'],
    useActionState: ['useActionState'],
    useOptimistic: ['useOptimistic'],
    'use hook': ['use hook'],
    forwardRef: ['forwardRef'],
    Instagram: ['Instagram'],
    Vercel: ['Vercel'],
    'Next.js': ['Next.js', 'Next'],
    RFC: ['RFC'],
    'deployment adapters API': ['deployment adapters API', 'adapter'],
    Netlify: ['Netlify'],
    Cloudflare: ['Cloudflare'],
    OpenNext: ['OpenNext'],
    middleware: ['middleware'],
    Node: ['Node'],
    Turbopack: ['Turbopack', 'Turbo Pack'],
    'Next.js 15.3': ['15.3'],
    webpack: ['webpack'],
    Vue: ['Vue', "View's"],
    'Vapor mode': ['Vapor mode', 'Vapor'],
    'virtual DOM': ['virtual DOM'],
    'render function': ['render function'],
    Solid: ['Solid'],
    'script setup': ['script setup'],
    'Vue 3.6': ['Vue 3.6'],
    'alien-signals': ['alien-signals', 'alien signals'],
    'single file components': ['single file components'],
    'Options API': ['Options API'],
    'Composition API': ['Composition API'],
    'Evan You': ['Evan You'],
    Slipcase: ['Slipcase'],
    Storybook: ['Storybook'],
    'visual regression testing': ['visual regression testing'],
    'pull request': ['pull request'],
    CI: ['CI'],
    Git: ['Git'],
    Svelte: ['Svelte', 'Svelt'],
    'Svelte 5': ['Svelte 5', 'Svelt 5'],
    runes: ['runes', 'ruins'],
    $state: ['dollar state'],
    $derived: ['dollar derived'],
    $effect: ['dollar effect'],
    $props: ['dollar props'],
    attachments: ['attachments'],
    '{@attach}': ['at attach'],
    actions: ['actions'],
    'async Svelte': ['async Svelte'],
    'React hooks': ['React hooks'],
    'dependency array': ['dependency array'],
    JavaScript: ['JavaScript'],
    Angular: ['Angular'],
    'Angular 20': ['Angular 20'],
    signals: ['signals', 'signal'],
    computed: ['computed'],
    linkedSignal: ['linkedSignal'],
    toSignal: ['toSignal'],
    RxJS: ['RxJS'],
    'change detection': ['change detection'],
    'zone.js': ['zone dot js'],
    zoneless: ['zoneless'],
    'developer preview': ['developer preview'],
    'incremental hydration': ['incremental hydration'],
    'style guide': ['style guide'],
    resource: ['resource'],
    httpResource: ['httpResource'],
    BehaviorSubject: ['BehaviorSubjects'],
    Vite: ['Vite', 'Veet'],
    'Vite 7': ['Vite 7', 'Veet 7'],
    'ES modules': ['ES modules'],
    'baseline widely available': ['baseline widely available', 'widely available'],
    Rolldown: ['Rolldown', 'Roll down'],
    'rolldown-vite': ['rolldown-vite'],
    Rust: ['Rust'],
    VoidZero: ['VoidZero'],
    esbuild: ['esbuild'],
    Rollup: ['Rollup'],
    GitLab: ['GitLab'],
    Oxc: ['Oxc', 'Oxy'],
    Astro: ['Astro'],
    SvelteKit: ['SvelteKit'],
    Nuxt: ['Nuxt'],
    'Angular CLI': ["Angular's CLI", 'Angular’s CLI'],
    Safari: ['Safari'],
    'Safari 26': ['Safari 26'],
    'iOS 26': ['iOS 26'],
    Apple: ['Apple'],
    WWDC: ['WWDC'],
    'user agent sniffing': ['user agent sniffing'],
    'anchor positioning': ['anchor positioning'],
    CSS: ['CSS'],
    popovers: ['popovers'],
    'scroll-driven animations': ['scroll-driven animations'],
    WebGPU: ['WebGPU'],
    'text-wrap: pretty': ['text wrap pretty'],
    'view transitions': ['view transitions'],
    Baseline: ['Baseline'],
    'newly available': ['newly available'],
    MDN: ['MDN'],
    'Can I Use': ['Can I Use'],
    Chrome: ['Chrome'],
    Edge: ['Edge'],
    Firefox: ['Firefox'],
    'Interop 2025': ['Interop 2025', 'Interop'],
    'Navigation API': ['Navigation API'],
    '@scope': ['at scope'],
    '<details>': ['details element'],
    'storage access': ['storage access'],
    observables: ['observables'],
    toObservable: ['toObservable'],
    schematics: ['schematics'],
    OnPush: ['OnPush'],
    'scroll snap': ['scroll snap'],
    iPhone: ['iPhone'],
    'Every Layout': ['Every Layout'],
    flexbox: ['flexbox'],
    grid: ['grid'],
    'media queries': ['media queries'],
    'Web Platform Status': ['Web Platform Status'],
  },
  tolerated: [
    'Hydration', 'hydration.show', 'hydration dot show', 'hydration dot show slash eighty-seven', 'slipcase.dev', 'slipcase dot dev', 'slipcase dot dev slash hydration',
    'Lisbon', 'Leeds', 'Tomás', 'Quest store', 'Quest', 'Evan', 'React 17', 'React 18', 'seventeen', 'eighteen', 'twelve',
    'hydration', 'changelogs', 'design system', 'shop fronts', 'app', 'brochure', 'release candidate', 'RC', 'research project', 'compiler', 'build time', 'props', 'ref', 'render',
    'runtime package', 'lint output', 'lint rule', 'ref as a prop', 'components', 'component', 'feature', 'proposal', 'build output', 'routes', 'functions', 'static files', 'hosts',
    'Node server', 'agency', 'bundler', 'production builds', 'integration tests', 'dev', 'next build', 'turbopack flag', 'template', 'templates', 'reactive state', 'DOM', 'DOM nodes',
    'reactivity', 'reactivity core', 'render functions', 'data table', 'alpha', 'beta', 'screenshots', 'dark mode', 'themes', 'viewports', 'diff', 'review', 'team plan', 'cloud',
    'component playground', 'fonts', 'animations', 'state', 'derived values', 'side effects', 'cleanup function', 'use colon directive', 'directive', 'element', 'markup', 'dot svelte', 'dot svelte dot js', 'module',
    'shared state', 'cart', 'footgun', 'hooks', 'stack traces', 'async API', 'component tree', 'server-rendered page', 'jingle', 'suffixes', 'file name', 'async data', 'loading', 'service',
    'major version', 'browser target', 'web platform', 'Node 20.19', 'Node 22.12', 'benchmark', 'parser', 'transformer', 'toolchain', 'dev server', 'ecosystem', 'frameworks',
    'version number', 'tooltips', 'design systems', 'engine', 'engines', 'dashboard', 'scores', 'browser', 'browsers', 'Safari 18', 'sofa benchmarks', 'Vue 3', 'Vite 6',
    'version', 'major', 'WebAssembly', 'ESM', 'Server Components', 'Vapor mode alpha', 'Rust toolchain', 'Baseline newly available', 'Oxc parser',
    'webstatus.dev', 'webstatus dot dev', 'Heydon Pickering', 'Andy Bell', 'primitives', 'stack', 'cluster', 'sidebar', 'switcher', 'card grid', 'carousel', 'carousels', 'design reviews',
    'inputs', 'queries', 'CLI', 'test results', 'inherited app', 'framework benchmark', 'memory use', 'form', 'planning meeting', 'hook', 'docs', 'build config', 'package',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout15 (/work/heldout15/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    youtube: { input: 'youtube.txt', length: yt.length, transcriptStart: 0, segments: tracker.segments, paragraphs: yParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'youtube.txt'), yt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(unURL(written(p.text)))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 34), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(unsplit(unURL(written(x.text)))).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(7)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word; youtube.txt: ${lines.length} lines of ${minWords} to ${maxWords} words, ${mixed} with words of both speakers (ambiguous), ${midLine} segment starts inside a line\n` + mixedTexts.map((x) => `  mixed: ${x}`).join('\n') + '\n' + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
