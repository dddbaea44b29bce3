// Builds Safe Navigation #92 (SYNTHETIC held-out episode, heldout6) from source.mjs: a two-host
// weekly Ruby / Rails news show (Dana Whitcombe, Rafael Ortega). Intro; six items brought in turns
// that do NOT strictly alternate (Dana: Ruby 3.4; Rafael: Rails 8 auth generator + params.expect;
// Rafael: Hotwire Native; Dana: Ruby LSP; [sponsor "Ferrule" read by Dana, starting mid-paragraph];
// Rafael: Kamal 2; Dana: SQLite in production); extras (Rafael: last RailsConf; Dana: Advent of
// Code + a book); outro.
//
// Renders
//   labeled.txt  `Full Name:` on each host's first line, then first names, one `Rafeal:` typo,
//                unlabeled lines (sponsor continuation, a Kamal continuation, the outro read, and
//                one undecidable "Right." marked ambiguous);
//   web.txt      page header/footer, every paragraph `00:00`, SURNAME labels on the first two
//                paragraphs only, URLs dropped, long turns split MID-SENTENCE into extra paragraphs
//                (`¦`; `¦~` also loses the continuation's first word), unlabeled paragraphs lose
//                their first word (like the seed page);
//   gold.json    offsets into both files, all computed from the one SOURCE list.
// Rerun with `node build.mjs` in this folder. Deterministic. Uses `render` and friends from the
// shared renderer (/work/main/data/gold/build-episode.mjs, unmodified).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText, splitWebParagraphs } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, D, R } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'safe-navigation-092';
const LABELS = {
  first: { [D]: 'Dana Whitcombe', [R]: 'Rafael Ortega' },
  later: { [D]: 'Dana', [R]: 'Rafael' },
};
const plain = (t) => labeledText(t).replace(/ ?¦~?/g, ' ');

// ---- labeled.txt -------------------------------------------------------------------------------
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => plain(p.text),
});

// ---- web.txt -----------------------------------------------------------------------------------
// Each paragraph is split at its `¦` marks (the service's own paragraphing, mid-sentence); `¦~`
// drops the continuation's first word; an unlabeled paragraph loses `cut` words (default 1).
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? (item.lab === null ? 1 : 0));
const WEB = {
  header: [
    'Safe Navigation', 'A weekly podcast about Ruby, Rails and the people who keep them running', '',
    'Episodes   Sponsors   About   Subscribe', '',
    '« All episodes', '',
    'Episode 92: it, Prism, and no PaaS required', '',
    'Transcript', '',
    'Recorded January 8, 2025. Transcripts are machine-generated and may contain mistakes.', '', '',
  ].join('\n'),
  footer: '\n\n« All episodes\n\nSafe Navigation is made by Dana Whitcombe and Rafael Ortega. Theme music: "Ampersand Dot" by Loose Gravel.\n© 2025 Safe Navigation',
  labels: 2,
  label: { [D]: 'WHITCOMBE', [R]: 'ORTEGA' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `00:00 ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});

// ---- gold --------------------------------------------------------------------------------------
const EPISODE = { show: 'Safe Navigation', number: 92, recorded: '2025-01-08', title: 'it, Prism, and no PaaS required' };
const ENTITIES = {
  required: {
    Ruby: ['Ruby'],
    'Ruby 3.4': ['Ruby 3.4', '3.4'],
    'Ruby on Rails': ['Rails', 'Ruby on Rails'],
    'Rails 8': ['Rails 8', 'Rails 8.0', 'Rails 8.0.1', '8.0.1'],
    Prism: ['Prism'],
    YJIT: ['YJIT'],
    MMTk: ['MMTk'],
    RSpec: ['RSpec'],
    Bundler: ['Bundler'],
    Devise: ['Devise'],
    Rodauth: ['Rodauth', 'rodauth-rails'],
    'params.expect': ['params.expect', 'params dot expect', 'expect'],
    'authentication generator': ['authentication generator', 'rails generate authentication', 'generate authentication'],
    RuboCop: ['RuboCop', 'rubocop-rails'],
    'Hotwire Native': ['Hotwire Native', 'Hotwire'],
    'Turbo Native': ['Turbo Native'],
    Strada: ['Strada'],
    Stimulus: ['Stimulus'],
    Turbo: ['Turbo', 'Turbo 8'],
    'Ruby LSP': ['Ruby LSP', 'Ruby language server'],
    'ruby-lsp-rails': ['ruby-lsp-rails'],
    Solargraph: ['Solargraph'],
    'VS Code': ['VS Code', 'Visual Studio Code'],
    RubyMine: ['RubyMine'],
    'Active Record': ['Active Record', 'ActiveRecord'],
    Ferrule: ['Ferrule'],
    PostgreSQL: ['Postgres', 'PostgreSQL'],
    Kamal: ['Kamal', 'Kamal 2'],
    'kamal-proxy': ['kamal-proxy'],
    Traefik: ['Traefik'],
    Heroku: ['Heroku'],
    Hetzner: ['Hetzner'],
    "Let's Encrypt": ["Let's Encrypt", 'Let’s Encrypt'],
    Redis: ['Redis'],
    '1Password': ['1Password'],
    Thruster: ['Thruster'],
    Puma: ['Puma'],
    SQLite: ['SQLite', 'SQLite3'],
    'Solid Queue': ['Solid Queue'],
    'Solid Cache': ['Solid Cache'],
    'Solid Cable': ['Solid Cable'],
    Litestream: ['Litestream'],
    'Mission Control – Jobs': ['Mission Control – Jobs', 'Mission Control Jobs', 'Mission Control'],
    Sidekiq: ['Sidekiq'],
    RailsConf: ['RailsConf', 'RailsConf 2025'],
    'Rails World': ['Rails World'],
    'Advent of Code': ['Advent of Code'],
  },
  tolerated: [
    'Safe Navigation', 'safenavigation.fm', 'ruby-lang.org', 'ferrule.dev', 'Matz', 'Shopify', '37signals', 'Basecamp', 'HEY', 'JetBrains',
    'Ruby 3.3', '3.3', 'Ruby 2.7', '2.7', 'Ruby 4', 'it', 'underscore one', '_1', 'numbered parameters', 'parse.y', 'parser', 'soft keyword',
    'frozen string literal', 'frozen string literals', 'frozen_string_literal', 'chilled strings', 'chilled', 'magic comment', 'deprecation warnings',
    'bundled gems', 'default gems', 'csv', 'base64', 'bigdecimal', 'Gemfile', 'Hash#inspect', 'Hash inspect', 'hash rocket', 'backtraces', 'GC',
    'garbage collector', 'modular GC', 'modular garbage collector', 'JIT', 'Rails 7.2', '7.2', 'Kamal 1', 'has_secure_password', 'Current', 'Session',
    'User', 'sessions controller', 'passwords controller', 'mailer', 'concern', 'Warden', 'rate_limit', 'rate limiting', 'require', 'permit', 'NoMethodError',
    'scaffold', 'scaffold generator', 'error tracker', 'iOS', 'Android', 'Android Studio', 'App Store', 'HTML', 'JSON', 'path configuration',
    'bridge components', 'bridge component', 'Happy Eyeballs', 'Happy Eyeballs version two', 'IPv6', 'IPv4', 'TCP', 'Socket', 'morphing', 'page refreshes', 'web view', 'DNS', 'health check', '/up', 'two-factor', 'OAuth', 'Pragmatic Bookshelf', 'Joe Masilotti', 'schema', 'has_many', 'routes', 'indexer',
    'go to definition', 'language server', 'LSP', 'Neovim', 'Zed', 'Helix', 'GitHub', 'GitHub Action', 'GitHub Actions', 'CI', 'review apps',
    'copy-on-write', 'migrations', 'Rails migrations', 'Go', 'deploy.yml', 'deploy dot yml', 'ssl', 'TLS', 'accessories', 'Bitwarden',
    'AWS Secrets Manager', 'AWS', 'Dockerfile', 'Docker', 'containers', 'nginx', 'X-Sendfile', 'PaaS', 'WAL', 'WAL mode', 'busy timeout',
    'immediate transactions', 'S3', 'Amazon S3', 'Action Cable', 'Active Job', 'Stephen Margheim', 'Sidekiq web UI', 'B2B', 'Ruby Central',
    'Layered Design for Ruby on Rails Applications', 'Layered Design', 'Vladimir Dementyev', 'form objects', 'service objects', 'policies',
    'Philadelphia', 'Amsterdam', 'Kansas City', 'snapshot tests', 'load error', 'LoadError',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout6 (/work/heldout6/${SLUG}/build.mjs); offsets computed by the script.`,
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
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
