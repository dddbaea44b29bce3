// Builds Merge Queue #142 (SYNTHETIC held-out episode, heldout13) from source.mjs: a two-host
// developer-productivity discussion show (Wren Castellano, who opens and closes it, and Femi Oyelaran). Intro;
// the GitHub merge queue (Femi, who takes it himself); the cache that lied (Femi, starting MID-PARAGRAPH
// inside his own answer); Copilot agent mode (Wren, INTRODUCED by Femi without a name); [sponsor
// "Flakehound", read by Femi, starting MID-PARAGRAPH with Wren's hand-over BY NAME]; a long listener
// question read out by Wren (Wren); a code review culture story (Wren, same speaker as before); picks (Femi,
// starting MID-PARAGRAPH with Wren's hand-over; then Wren; kind extra); outro.
//
// Renders
//   web.txt        a web page like the seed's: a page header and footer, every paragraph stamped `mm:ss` (the
//                  time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                  0.4 s before a same-speaker paragraph, starting at 2.0 s), `CASTELLANO:` and `OYELARAN:` on
//                  the first TWO paragraphs only (the self-introductions), spoken URLs dropped (with a
//                  following comma or period), the transcription service's own paragraph breaks inside long
//                  turns (`¦`; `¦~` also loses the continuation's first word), and the first word lost on the
//                  paragraphs marked `cut`. Built with the shared `splitWebParagraphs`, `webStamps` and
//                  `render` (speechOnly); curly apostrophes. Gold paragraphs = the text after the stamp (and
//                  label). A segment starts at the stamp of its first paragraph, or at the `§`; the header
//                  belongs to the intro, the footer to the outro.
//   transcript.md  the show's own Markdown page: a `# ` title, a short intro paragraph (show notes), a
//                  `## Transcript` heading, then one paragraph per line, blank lines between them, each
//                  opening with the speaker's first name in bold, `**Wren:** ` / `**Femi:** `, on EVERY
//                  paragraph; then `---` and a `## Links` list of Markdown links. The site's editor keeps
//                  every word (no lost words, no `¦` breaks) but splits a turn of more than 110 words into
//                  paragraphs at sentence ends (a paragraph closes at the first sentence end after 70 words
//                  when at least 35 words are left), each with its own bold name. Spoken URLs are written as
//                  addresses ("flakehound.dev/mergequeue"); curly apostrophes. Gold paragraphs = the text
//                  after the bold name. A segment starts at the start of its first paragraph's line (the
//                  `**`), or at the `§` inside a paragraph (at the line start when the editor's split falls
//                  exactly there). The title, intro and heading belong to the intro segment, the `---` and
//                  the links to the outro. transcriptStart = the first paragraph's line.
//   gold.json      offsets into both files, all computed here (shared renderer:
//                  /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                  folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, curly, labeledText, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, W, F } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'merge-queue-142';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 2.0, (text) => words(unsplit(labeledText(text))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
for (const item of SOURCE) if (!item.seg && /¦~?\s*§/.test(item.text)) throw new Error(`a § right after a web break: ${item.text.slice(0, 40)}`);
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const TITLE = 'The queue, the cache that lied, and the robot in the editor';
const WEB = {
  header: [
    'MERGE QUEUE', 'A podcast about getting code from a laptop to production', '',
    'Episodes · About · Listener questions · Sponsor the show', '',
    '‹ Back to episode', '',
    'Transcript for Episode #142:', TITLE, '',
    `Recorded on Tuesday, Jul 1, 2025. Length ${mmss(lastTime + 8)}.`, '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are machine-generated and may contain errors.\n‹ Back to episode',
  labels: 2,
  label: { [W]: 'CASTELLANO', [F]: 'OYELARAN' },
};
const web = render(WEB_SOURCE, {
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [W, F].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');

// --- transcript.md ------------------------------------------------------------------------------
const NAME = { [W]: 'Wren', [F]: 'Femi' };
const address = (t) => t.replace(/⟨([^⟩]*)⟩/g, (_, u) => u.replace(/ dot /g, '.').replace(/ slash /g, '/'));
// the editor's paragraphs of one turn: [[words]]; a turn over 110 words is split at sentence ends
function mdParagraphs(text) {
  const ws = curly(address(unsplit(text))).split(/\s+/).filter(Boolean);
  if (ws.length <= 110) return [ws];
  const out = [];
  let cur = [];
  ws.forEach((w, j) => {
    cur.push(w);
    const left = ws.length - j - 1;
    if (/[.?!]["”’]?$/.test(w) && cur.length >= 70 && left >= 35) { out.push(cur); cur = []; }
  });
  if (cur.length) out.push(cur);
  return out;
}
const MD_HEAD = [
  `# Merge Queue 142: ${TITLE}`, '',
  'Femi finally turns on GitHub’s merge queue, and a Bazel cache hands out the same build number for four days. Wren spends a month with Copilot’s agent mode and a Jest to Vitest migration. Plus a listener question about moving fourteen repositories into one, the weekend review with sixty-two comments, and picks: Jujutsu and Difftastic. Sponsored by Flakehound.', '',
  '## Transcript', '', '',
].join('\n');
const LINKS = [
  ['GitHub Docs: Managing a merge queue', 'https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/configuring-pull-request-merges/managing-a-merge-queue'],
  ['Bazel: Remote caching', 'https://bazel.build/remote/caching'],
  ['Bazel: Stamping and workspace status', 'https://bazel.build/docs/user-manual#workspace-status'],
  ['Nx: How caching works', 'https://nx.dev/concepts/how-caching-works'],
  ['VS Code: Copilot agent mode', 'https://code.visualstudio.com/docs/copilot/chat/chat-agent-mode'],
  ['GitHub Docs: About premium requests', 'https://docs.github.com/en/copilot/managing-copilot/monitoring-usage-and-entitlements/about-premium-requests'],
  ['Vitest: Migrating from Jest', 'https://vitest.dev/guide/migration'],
  ['Conventional Comments', 'https://conventionalcomments.org/'],
  ['Google Engineering Practices: The Standard of Code Review', 'https://google.github.io/eng-practices/review/reviewer/standard.html'],
  ['Jujutsu (jj)', 'https://github.com/jj-vcs/jj'],
  ['Difftastic', 'https://difftastic.wilfred.me.uk/'],
  ['Flakehound (sponsor)', 'https://flakehound.dev/mergequeue'],
];
const MD_FOOT = '\n\n---\n\n## Links\n\n' + LINKS.map(([t, u]) => `- [${t}](${u})`).join('\n') + '\n';
let md = MD_HEAD.slice(0, -1);   // the heading's blank line is the first paragraph's separator
const mdStart = MD_HEAD.length;
const mParas = [];
const tracker = segmentTracker();
let nMd = 0, mdSplits = 0, midMd = 0;
SOURCE.forEach((item) => {
  if (item.seg) { tracker.seg(item); return; }
  const parts = mdParagraphs(item.text);
  mdSplits += parts.length - 1;
  for (const ws of parts) {
    md += '\n';
    const lineStart = md.length;
    tracker.block(lineStart);
    md += `**${NAME[item.speaker]}:** `;
    const textStart = md.length;
    let text = '';
    ws.forEach((w, x) => {
      if (x) text += ' ';
      let word = w;
      if (word.startsWith('§')) {
        word = word.slice(1);
        if (x === 0) tracker.mark(lineStart); else { tracker.mark(textStart + text.length); midMd++; }
      }
      if (/§/.test(word)) throw new Error(`bad § in ${w}`);
      text += word;
    });
    if (/\*\*|\[|\]\(/.test(text)) throw new Error(`markup in a paragraph: ${text.slice(0, 40)}`);
    md += text;
    mParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    md += '\n';
    nMd++;
  }
});
md = md.replace(/\n$/, '') + MD_FOOT;
tracker.close(md.length);
if (mdStart !== mParas[0].start - `**${NAME[mParas[0].speaker]}:** `.length) throw new Error('md transcript start');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Merge Queue', number: 142, recorded: '2025-07-01', title: TITLE };
const ENTITIES = {
  required: {
    'merge queue': ['merge queue'],
    GitHub: ['GitHub'],
    Bazel: ['Bazel'],
    monorepo: ['monorepo'],
    'pull request': ['pull request', 'pull requests'],
    CI: ['CI'],
    'required checks': ['required checks'],
    'merge group': ['merge group'],
    'GitHub Actions': ['GitHub Actions'],
    merge_group: ['merge_group'],
    pull_request: ['pull_request'],
    Slack: ['Slack'],
    README: ['README'],
    'remote cache': ['remote cache'],
    'cache hit rate': ['hit rate'],
    genrule: ['genrule', 'genrules'],
    'environment variable': ['environment variable', 'environment variables'],
    git: ['git'],
    hermeticity: ['hermetic'],
    stamping: ['stamping', 'stamped'],
    'workspace status command': ['workspace status command'],
    'strict action environment': ['strict action environment'],
    Homebrew: ['Homebrew'],
    Nx: ['Nx'],
    'Nx Cloud': ['Nx Cloud'],
    'nx affected': ['affected command', 'affected'],
    'dependency graph': ['dependency graph', 'graph'],
    sandbox: ['sandbox'],
    'Bazel 8': ['Bazel 8'],
    Bzlmod: ['Bzlmod'],
    WORKSPACE: ['WORKSPACE'],
    'GitHub Copilot': ['GitHub Copilot', 'Copilot'],
    'agent mode': ['agent mode'],
    'VS Code': ['VS Code'],
    Jest: ['Jest'],
    Vitest: ['Vitest'],
    mocks: ['mocks'],
    'Copilot coding agent': ['coding agent'],
    Build: ['Build'],
    'premium requests': ['premium requests'],
    'model picker': ['model picker'],
    'GitHub MCP server': ['GitHub MCP server'],
    MCP: ['MCP'],
    Flakehound: ['Flakehound'],
    'flaky tests': ['flaky tests', 'flaky test'],
    Buildkite: ['Buildkite'],
    CircleCI: ['CircleCI'],
    polyrepo: ['fourteen repositories', 'fourteen repos'],
    TypeScript: ['TypeScript'],
    Go: ['Go'],
    'trunk-based development': ['trunk-based development'],
    CODEOWNERS: ['CODEOWNERS'],
    'merge conflicts': ['merge conflicts', 'merge conflict'],
    'code review': ['code review', 'review'],
    'Conventional Comments': ['Conventional Comments'],
    API: ['API'],
    'Google code review guidelines': ["Google's code review guidelines", 'Google’s code review guidelines', 'code review guidelines'],
    Google: ['Google'],
    Jujutsu: ['Jujutsu'],
    jj: ['jj'],
    'jj undo': ['jj undo'],
    'staging area': ['staging area'],
    stash: ['stash'],
    'operation log': ['operation log'],
    Git: ['Git'],
    Difftastic: ['Difftastic'],
    'structural diff': ['structural diff'],
    'tree-sitter': ['tree-sitter'],
    'git diff': ['git diff'],
  },
  tolerated: [
    'Merge Queue', 'mergequeue.fm', 'mergequeue.fm/142', 'mergequeue dot fm', 'mergequeue dot fm slash 142', 'flakehound.dev', 'flakehound.dev/mergequeue', 'flakehound dot dev', 'flakehound dot dev slash mergequeue',
    'Toronto', 'London', 'Thessaloniki', 'Canada Day', 'Dimitra', 'weekend reviewer', 'Finance',
    'laptop', 'production', 'platform team', 'developer platform', 'logistics', 'payments', 'repository', 'repositories', 'repo', 'repos', 'main', 'main branch', 'branch', 'red main',
    'function', 'approve', 'approved', 'merge', 'merged', 'up to date', 'treadmill', 'temporary branch', 'queue', 'the queue', 'workflow', 'workflows', 'trigger', 'settings',
    'groups', 'group size', 'build concurrency', 'jump the queue', 'admins', 'typo', 'hotfix', 'incident', 'incidents', 'median time', 'time to merge', 'CI minutes',
    'cache', 'build cache', 'action', 'actions', 'compile', 'test', 'tests', 'hash', 'key', 'inputs', 'declared input', 'outputs', 'version file', 'build number', 'commit',
    'git commit', 'timestamp', 'mobile builds', 'mobile team', 'app store', 'app store pipeline', 'test builds', 'cache nodes', 'laptops', 'compiler', 'shell', 'escape hatch',
    'build tool', 'task cache', 'task results', 'project configuration', 'front end', 'front-end build', 'API URL', 'staging', 'production URL', 'external dependencies',
    'robot', 'chat', 'autocomplete', 'terminal', 'terminal commands', 'packages', 'APIs', 'timers', 'config', 'green tick', 'new hire', 'review load', 'reviewers', 'draft pull request',
    'issues', 'issue', 'billing', 'base model', 'paid plans', 'pay as you go', 'monthly allowance', 'models', 'model', 'editor', 'migration', 'Jest to Vitest', 'GPT-4.1', 'Claude',
    'Microsoft', 'Microsoft Build', 'test runs', 'quarantine', 'owner', 'team', 'test results', 'listener question', 'team lead', 'features', 'checkout page', 'downtime', 'deploy',
    'deployed', 'staff engineer', 'sceptics', 'test suite', 'atomic change', 'services', 'service', 'plugins', 'ownership', 'front end and the service', 'settings change',
    'one-on-one', 'retry policy', 'delivery tracking', 'variable', 'map', 'comments', 'labels', 'praise', 'nitpick', 'suggestion', 'question', 'blocking', 'non-blocking', 'carrier',
    'nit', 'design', 'call', 'code health', 'perfect code', 'version control', 'version control system', 'command line', 'working copy', 'rebases', 'splits', 'conflicts', 'power-user tool',
    'side project', 'diff tool', 'external diff tool', 'syntax', 'layout', 'formatting', 'function call', 'Git repository', 'Nx plugins', 'fireworks', 'cheese',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout13 (/work/heldout13/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    md: { input: 'transcript.md', length: md.length, transcriptStart: mdStart, segments: tracker.segments, paragraphs: mParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'transcript.md'), md);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(labeledText(p.text))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const wordsBy = (seg, who) => { let on = false, n = 0; for (const x of SOURCE) { if (x.seg) { on = x === seg; continue; } if (on && x.speaker === who) n += words(unsplit(labeledText(x.text))).length; } return n; };
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} service breaks in web.txt (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} paragraphs, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word; transcript.md: ${nMd} paragraphs (${mdSplits} editor's splits), ${midMd} segment starts inside a paragraph\n`
  + SOURCE.filter((x) => x.seg).map((s) => `  ${s.title.slice(0, 40).padEnd(40)} ${s.presenter.split(' ')[0]}: W ${wordsBy(s, W)}, F ${wordsBy(s, F)}`).join('\n') + '\n'
  + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
