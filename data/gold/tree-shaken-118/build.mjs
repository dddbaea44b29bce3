// Builds Tree Shaken #118 (SYNTHETIC held-out episode, heldout7) from source.mjs: a two-host weekly
// JavaScript / TypeScript / Node.js news show (Maren Holt, Kofi Mensah). Intro; seven news items that
// alternate between the hosts (Kofi: the npm chalk/debug compromise and the Shai-Hulud worm; Maren:
// Node 24 heading to LTS + type stripping in Node 22; Kofi: TypeScript 5.9 + the tsgo native preview;
// Maren: Vite 7 + rolldown-vite; [sponsor "Wrenlog", read by Kofi]; Kofi: Deno 2.4 + Bun 1.2, starting
// MID-PARAGRAPH at the end of the sponsor read; Maren: Next.js 15.5; Kofi: Biome 2 + Oxlint 1.0);
// extras (Maren: Temporal in Firefox; Kofi: mise); outro.
//
// Renders
//   labeled.txt  `Full Name:` on each host's first line, then first names, one `Kof:` typo, two
//                unlabeled continuation lines (Maren's second Vite paragraph; the second half of
//                Kofi's sponsor read, which also opens the Deno item mid-paragraph);
//   web.txt      page header/footer, every paragraph stamped with a real `mm:ss` (~156 spoken words a
//                minute plus a pause per turn), `FULL NAME:` labels on the first THREE paragraphs only,
//                URLs dropped, long turns split MID-SENTENCE into extra paragraphs (`¦`; `¦~` also loses
//                the continuation's first word), unlabeled paragraphs lose their first word;
//   gold.json    offsets into both files, all computed from the one SOURCE list.
// Rerun with `node build.mjs` in this folder. Deterministic. Uses `render` and friends from the
// shared renderer (/work/main/data/gold/build-episode.mjs, unmodified).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, splitWebParagraphs } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, K } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'tree-shaken-118';
const LABELS = {
  first: { [M]: 'Maren Holt', [K]: 'Kofi Mensah' },
  later: { [M]: 'Maren', [K]: 'Kofi' },
};
const plain = (t) => labeledText(t).replace(/ ?¦~?/g, ' ');

// ---- labeled.txt -------------------------------------------------------------------------------
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => plain(p.text),
});

// ---- web.txt -----------------------------------------------------------------------------------
// One web paragraph per `¦` part; unlabeled source paragraphs lose `cut` words (default 1).
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? (item.lab === null ? 1 : 0));
// Real stamps: each web paragraph starts at the time its words start (~2.6 words a second from the
// full spoken text, 0.7 s between turns, 0.2 s between the service's own paragraphs of one turn).
const stamps = [];
{
  let t = 3; // the page's audio starts with a few seconds of theme music
  let prev = null;
  for (const item of SOURCE) {
    if (item.seg) continue;
    plain(item.text); // (validates)
    const parts = labeledText(item.text).split(/ ?¦~?/);
    parts.forEach((part, k) => {
      if (prev !== null) t += k === 0 ? 0.7 : 0.2;
      stamps.push(t);
      t += part.trim().split(/\s+/).length / 2.6;
      prev = item;
    });
  }
}
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;
const WEB = {
  header: [
    'TREE SHAKEN', 'Your weekly shake of the JavaScript tree', '',
    'Home  |  Episodes  |  Sponsor the show  |  RSS', '',
    'Episode 118 · September 24, 2025 · 26 min', '',
    'Worms, tokens and a faster tsc', '',
    'Full transcript', '(Auto-generated. Speaker names may be missing after the first few lines.)', '', '',
  ].join('\n'),
  footer: '\n\n← Episode 117    Episode 119 →\n\nTree Shaken is hosted by Maren Holt and Kofi Mensah. Music by Kalimba Static.\nPrivacy  ·  Contact  ·  © 2025 Tree Shaken',
  labels: 3,
  label: { [M]: 'MAREN HOLT', [K]: 'KOFI MENSAH' },
};
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

// ---- gold --------------------------------------------------------------------------------------
const EPISODE = { show: 'Tree Shaken', number: 118, recorded: '2025-09-24', title: 'Worms, tokens and a faster tsc' };
const ENTITIES = {
  required: {
    npm: ['npm', 'npm 11', 'npm registry'],
    chalk: ['chalk'],
    debug: ['debug'],
    'Shai-Hulud': ['Shai-Hulud', 'Shai-Hulud worm'],
    '@ctrl/tinycolor': ['@ctrl/tinycolor', 'tinycolor', 'at ctrl slash tinycolor'],
    TruffleHog: ['TruffleHog'],
    'GitHub Actions': ['GitHub Actions'],
    'trusted publishing': ['trusted publishing'],
    OIDC: ['OIDC'],
    pnpm: ['pnpm', 'pnpm 10'],
    'Node.js': ['Node.js', 'Node', 'NodeJS'],
    'Node.js 24': ['Node.js 24', 'Node 24'],
    'Node.js 22': ['Node.js 22', 'Node 22', '22.18', 'Node 22.18'],
    'Node.js 23': ['Node.js 23', 'Node 23', 'Node 23.6', '23.6'],
    'Node.js 20': ['Node.js 20', 'Node 20', '20.19'],
    'Node.js 18': ['Node.js 18', 'Node 18'],
    V8: ['V8', 'V8 13.6'],
    Float16Array: ['Float16Array'],
    'RegExp.escape': ['RegExp.escape', 'RegExp dot escape'],
    'explicit resource management': ['explicit resource management', 'using', 'await using', 'using keyword'],
    URLPattern: ['URLPattern'],
    'permission model': ['permission model', '--permission', 'dash dash permission'],
    AsyncLocalStorage: ['AsyncLocalStorage'],
    'type stripping': ['type stripping', 'strip types', '--experimental-strip-types'],
    TypeScript: ['TypeScript'],
    erasableSyntaxOnly: ['erasableSyntaxOnly', '--erasableSyntaxOnly'],
    'TypeScript 5.9': ['TypeScript 5.9', '5.9'],
    'import defer': ['import defer'],
    'TypeScript 7': ['TypeScript 7', 'TS 7'],
    tsgo: ['tsgo'],
    '@typescript/native-preview': ['@typescript/native-preview', 'native-preview', 'typescript slash native-preview', 'native preview'],
    'VS Code': ['VS Code', 'Visual Studio Code'],
    'typescript-eslint': ['typescript-eslint'],
    Vite: ['Vite'],
    'Vite 7': ['Vite 7'],
    esbuild: ['esbuild'],
    Rollup: ['Rollup'],
    Rolldown: ['Rolldown'],
    'rolldown-vite': ['rolldown-vite'],
    Vitest: ['Vitest', 'Vitest 3.2', 'Vitest 4'],
    Wrenlog: ['Wrenlog'],
    OpenTelemetry: ['OpenTelemetry', 'OTel'],
    pino: ['pino'],
    Deno: ['Deno'],
    'Deno 2.4': ['Deno 2.4', '2.4'],
    'deno bundle': ['deno bundle'],
    JSR: ['JSR'],
    Bun: ['Bun'],
    'Bun.sql': ['Bun.sql', 'Bun dot sql', 'Bun.SQL'],
    'Bun.s3': ['Bun.s3', 'Bun dot s3'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    'Next.js': ['Next.js', 'Next'],
    'Next.js 15.5': ['Next.js 15.5', '15.5'],
    Turbopack: ['Turbopack'],
    webpack: ['webpack'],
    'next lint': ['next lint'],
    ESLint: ['ESLint'],
    Biome: ['Biome', 'Biome 2'],
    Oxlint: ['Oxlint', 'Oxlint 1.0'],
    Temporal: ['Temporal', 'Temporal API'],
    Firefox: ['Firefox', 'Firefox 139'],
    mise: ['mise'],
  },
  tolerated: [
    'Tree Shaken', 'treeshaken.fm', 'wrenlog.dev', 'Josh Junon', 'Qix', 'npmjs.help', 'npmjs dot help', '.npmrc', 'dot npmrc', 'npm token', 'npm tokens',
    'two-factor', '2FA', 'phishing', 'ansi-styles', 'strip-ansi', 'supports-color', 'wrap-ansi', 'fetch', 'XMLHttpRequest', 'window.ethereum', 'crypto',
    'postinstall', 'postinstall script', 'install script', 'secret scanning', 'GitHub', 'GitHub token', 'GitHub tokens', 'AWS', 'AWS keys', 'CI', 'lockfile',
    'Socket', 'Aikido', 'ignore-scripts', 'npm config', 'CrowdStrike', 'Dune', 'granular tokens', 'classic tokens', 'supply chain', 'worm',
    'LTS', 'Node 25', 'Symbol.dispose', 'Symbol dot dispose', 'try-finally', 'Python', 'C#', 'C sharp', 'AsyncContextFrame', 'ES module', 'ESM', 'CommonJS',
    'require', 'require(esm)', 'experimental transform types', '--experimental-transform-types', 'enums', 'enum', 'namespaces', 'parameter properties',
    'tsconfig', 'path aliases', 'allowImportingTsExtensions', 'rewriteRelativeImportExtensions', 'TypeScript 5.7', '5.7', 'TypeScript 5.8', '5.8',
    'tsc', 'tsc --init', 'tsc dash dash init', 'module nodenext', 'nodenext', 'esnext', 'verbatimModuleSyntax', 'strict', 'noUncheckedIndexedAccess',
    'TC39', 'CLI', 'module preserve', 'node20', 'hover', 'Zod', 'Go', 'Go port', 'Anders Hejlsberg', 'TypeScript 6.0', '6.0', 'language server',
    'monorepo', 'compiler API', 'Baseline', 'baseline-widely-available', 'Safari', 'Safari 16', 'Sass', 'legacy Sass API', 'VoidZero', 'Rust',
    'package.json', 'Environment API', 'buildApp', 'browser mode', 'structured search', 'pino transport', 'deno bundle main.ts', 'Deno 1', 'Deno 2.0',
    'Deno 2.5', '2.5', 'import attribute', 'import attributes', 'OTEL_DENO', 'SDK', 'traces', 'logs', 'Bun 1.2', '1.2', 'bun.lock', 'bun dot lock',
    'tagged template', 'S3', 'Next.js 16', 'next build --turbopack', 'Vercel', 'middleware', 'Edge runtime', 'Edge', 'runtime nodejs', 'typed routes',
    'next typegen', 'PageProps', 'LayoutProps', 'codemod', 'ESLint CLI', 'create-next-app', 'Rome', 'noFloatingPromises', 'GritQL', 'noImportCycles',
    'Oxc', 'eslint-plugin-oxlint', 'ESLint 9.34', '9.34', '--concurrency', 'dash dash concurrency', 'plugins', 'Temporal.PlainDate', 'PlainDate',
    'ZonedDateTime', 'Date', 'Chrome', 'polyfill', 'daylight saving', 'nvm', '.nvmrc', 'dot nvmrc', 'mise use', 'Oslo', 'Leeds',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout7 (/work/heldout7/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => plain(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${mmss(stamps.at(-1))} last stamp\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
