// Builds Late Static #176 (SYNTHETIC held-out episode, heldout11) from source.mjs: a two-host weekly PHP news
// show (Paloma Arriaga, Fergal Fairbrother). Intro; PHP 8.5 alpha 1 (Fergal, starting MID-PARAGRAPH with
// Paloma's hand-over at the end of her intro turn); FrankenPHP and the PHP Foundation (Paloma); [sponsor
// "Cronpost", read by Fergal]; FAIR for WordPress (Fergal, starting MID-PARAGRAPH at the end of the sponsor
// read); Laravel Nightwatch (Paloma); Filament 4 beta (Paloma, no cue); PHPStan 2.0 (Fergal); picks (Fergal,
// then Paloma; kind extra); outro.
//
// Renders
//   web.txt      a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                0.4 s before a same-speaker paragraph, starting at 4.0 s), `ARRIAGA:` and `FAIRBROTHER:` on
//                the first TWO paragraphs only, spoken URLs dropped (with a following comma or period), the
//                transcription service's own paragraph breaks inside long turns (`¦`; `¦~` also loses the
//                continuation's first word), and the first word lost on the paragraphs marked `cut`. Built
//                with the shared `splitWebParagraphs` and `render`; curly apostrophes. Gold paragraphs = the
//                text after the stamp (and label). A segment starts at the stamp of its first paragraph, or
//                at the `§`; the header belongs to the intro, the footer to the outro.
//   labeled.txt  one line per source paragraph, every turn whole (no service breaks), seed-like labels:
//                `Paloma ARRIAGA:` / `Fergal FAIRBROTHER:` first, `ARRIAGA:` / `FAIRBROTHER:` after, one
//                typo (`FAIRBOTHER:`), and no label on the lines where the same host goes on (`lab: null`).
//                Spoken URLs kept, curly apostrophes. Rendered with the shared `render` and `labeledPrefix`.
//                Gold paragraphs = the text AFTER the label. A segment starts at the beginning of its first
//                line, or at the `§`.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, webStamps, labeledPrefix, labeledText, splitWebParagraphs, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, LABELS, P, F } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'late-static-176';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 4.0, (text) => words(unsplit(labeledText(text))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const WEB = {
  header: [
    'Late Static · PHP news, weekly', '',
    'Episodes    Hosts    Sponsor the show    RSS', '',
    '« Back to episode page', '',
    'Transcript for Episode #176:', 'PHP 8.5 gets a pipe, FrankenPHP gets a home', '',
    `Recorded on Wednesday, Jul 9, 2025. Length ${mmss(lastTime + 5)}.`, '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was produced automatically and lightly edited. Please excuse the typos.\n« Back to episode page',
  labels: 2,
  label: { [P]: 'ARRIAGA', [F]: 'FAIRBROTHER' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

// --- labeled.txt --------------------------------------------------------------------------------
{
  const ps = SOURCE.filter((x) => !x.seg);
  ps.forEach((p, i) => { if (p.lab === null && (i === 0 || ps[i - 1].speaker !== p.speaker)) throw new Error(`unlabeled line where the speaker changes: ${p.text.slice(0, 40)}`); });
}
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => unsplit(labeledText(p.text)),
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Late Static', number: 176, recorded: '2025-07-09', title: 'PHP 8.5 gets a pipe, FrankenPHP gets a home' };
const ENTITIES = {
  required: {
    PHP: ['PHP'],
    'PHP 8.5': ['PHP 8.5', '8.5'],
    'PHP 7.3': ['7.3'],
    'pipe operator': ['pipe operator'],
    'first-class callable syntax': ['first-class callable syntax', 'first-class callable'],
    'arrow functions': ['arrow function'],
    'partial function application': ['partial function application'],
    array_first: ['array_first'],
    array_last: ['array_last'],
    array_key_first: ['array_key_first'],
    array_key_last: ['array_key_last'],
    strtolower: ['strtolower'],
    explode: ['explode'],
    NoDiscard: ['NoDiscard'],
    Docker: ['Docker'],
    Laravel: ['Laravel'],
    FrankenPHP: ['FrankenPHP'],
    'PHP Foundation': ['PHP Foundation', 'Foundation'],
    GitHub: ['GitHub'],
    Go: ['Go'],
    Caddy: ['Caddy'],
    'PHP-FPM': ['FPM'],
    Apache: ['Apache'],
    Nginx: ['Nginx'],
    HTTPS: ['HTTPS'],
    'HTTP/3': ['HTTP/3'],
    'early hints': ['early hints'],
    'worker mode': ['worker mode'],
    'Laravel Octane': ['Octane', 'Laravel Octane'],
    WordPress: ['WordPress'],
    Cronpost: ['Cronpost'],
    'Laravel scheduler': ['Laravel scheduler', 'scheduler'],
    'WP-Cron': ['WP-Cron'],
    curl: ['curl'],
    Slack: ['Slack'],
    FAIR: ['FAIR', 'Federated and Independent Repositories'],
    'Linux Foundation': ['Linux Foundation'],
    Automattic: ['Automattic'],
    'WP Engine': ['WP Engine'],
    'WordPress.org': ['WordPress dot org', 'WordPress.org'],
    'Advanced Custom Fields': ['Advanced Custom Fields', 'ACF', 'ACF Pro'],
    'Secure Custom Fields': ['Secure Custom Fields'],
    'WordPress plugin directory': ['plugin directory'],
    'WordCamp Europe': ['WordCamp Europe'],
    Composer: ['Composer'],
    WPackagist: ['WPackagist'],
    'Laravel Nightwatch': ['Nightwatch', 'Laravel Nightwatch'],
    'Laravel Pulse': ['Pulse'],
    'Laravel Telescope': ['Telescope'],
    Filament: ['Filament'],
    'Filament 4': ['Filament 4', 'v4'],
    Livewire: ['Livewire'],
    Blade: ['Blade'],
    TipTap: ['TipTap'],
    'Tailwind CSS 4': ['Tailwind 4'],
    'Tailwind CSS': ['Tailwind'],
    PHPStan: ['PHPStan'],
    'PHPStan 2.0': ['2.0', 'PHPStan 2'],
    'phpstan-wordpress': ['WordPress extension'],
    CI: ['CI'],
    Rector: ['Rector'],
    'Rector 2': ['Rector 2'],
    Larastan: ['Larastan'],
    'WordPress Playground': ['WordPress Playground', 'Playground'],
    WebAssembly: ['WebAssembly'],
    SQLite: ['SQLite'],
    MySQL: ['MySQL'],
    JSON: ['JSON'],
    npx: ['npx'],
    MAMP: ['MAMP'],
    Mago: ['Mago'],
    Rust: ['Rust'],
    'Laravel Herd': ['Herd'],
    FileZilla: ['FileZilla'],
    TOML: ['TOML'],
  },
  tolerated: [
    'trim', 'reset', 'end', 'void', 'collection', 'collections', 'baseline', 'baselined', 'version 3', 'blueprint', 'blueprints', 'N plus one', 'N+1', 'multi-factor authentication', 'MFA', 'nested resources',
    'Late Static', 'latestatic.fm', 'latestatic dot fm', 'latestatic dot fm slash 176', 'cronpost.io', 'cronpost dot io', 'cronpost dot io slash latestatic',
    'Tucson', 'Galway', 'decentralised ID', 'decentralised IDs', 'DID', 'signatures', 'key', 'Rasmus', 'Rasmus Lerdorf', 'Larry Garfield', 'Kévin Dunglas', 'Kevin Dunglas', 'Personal Home Page Tools', 'PHP Tools',
    'RFC', 'RFCs', 'alpha', 'alpha 1', 'alphas', 'betas', 'beta', 'feature freeze', 'release notes', 'callable', 'callables', 'arrow functions', 'strings', 'arrays', 'array', 'wrapper object',
    'helper functions', 'internal pointer', 'by reference', 'attribute', 'attributes', 'warning', 'immutable object', 'modify', 'code review', 'engine', 'syntax', 'PHP 8.5 alpha',
    'application server', 'web server', 'binary', 'framework', 'framework boot', 'static property', 'singleton', 'dependency injection', 'max requests', 'workers', 'memory',
    'classic mode', 'staging', 'production', 'tenant', 'API', 'endpoints', 'milliseconds', 'Octane docs', 'PHP organisation',
    'scheduled jobs', 'queues', 'queue', 'exception', 'nightly invoice job', 'shell script', 'text', 'SMS', 'auto-updates', 'updates', 'events feed', 'mirrors', 'mirror', 'signed',
    'plugins', 'plugin', 'themes', 'theme', 'package', 'packages', 'fork', 'governance', 'foundation', 'WordPress drama', 'FAIR plugin', 'plugin authors',
    'hosted monitoring', 'monitoring', 'package', 'agent', 'requests', 'slow queries', 'queued jobs', 'exceptions', 'outgoing HTTP calls', 'HTTP', 'mail', 'cache hits', 'cache', 'scheduled tasks',
    'alerting', 'sampling', 'events', 'free tier', 'dashboard', 'database', 'slow routes', 'query', 'queries', 'admin panel', 'back office', 'forms', 'tables', 'table', 'columns',
    'authenticator app', 'email codes', 'rich editor', 'URLs', 'custom theme', 'branch', 'bugs', 'plugin', 'level 10', 'level 9', 'level 8', 'level 6', 'mixed', 'lists', 'list',
    'CI runners', 'custom plugins', 'errors', 'new errors', 'real bugs', 'Rector first', 'Larastan 3', 'browser', 'server', 'demo content', 'command-line version', 'command line',
    'linter', 'formatter', 'static analyzer', 'codebase', 'toy', 'PHP tools', 'show notes', 'Laravel team', 'Laravel people', 'Laravel app', 'Laravel Octane docs',
    'gas station', 'cupcake', 'Sponsor the show', 'RSS', 'WP Engine ban', 'ACF fork', 'WordPress sites', 'WordPress functions', 'agency', 'dog groomers', 'groomer app',
    'PHP 8.4', 'PHPStan 2.0 level 10', 'Filament v4', 'Filament 4 beta', 'Tailwind upgrade', 'Tailwind upgrades', 'JSON file', 'npx command', 'Docker container',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout11 (/work/heldout11/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.map((p) => unsplit(labeledText(p.text)).replace('§', '')).join(' ').split(/\s+/).length;
const splits = paras.reduce((n, p) => n + (p.text.match(/¦/g) ?? []).length, 0);
const splitsCut = paras.reduce((n, p) => n + (p.text.match(/¦~/g) ?? []).length, 0);
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${splits} service breaks in web.txt (${splitsCut} losing a word), ${paras.filter((x) => x.cut).length} paragraphs losing their first word, ${paras.filter((x) => x.lab === null).length} unlabeled lines in labeled.txt\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
