// Builds Home Row #31 (SYNTHETIC held-out episode, heldout10) from source.mjs: a two-host show about
// developer tools (Farah Siddiqui, who opens and closes it, and Gus Lindahl). Intro with self-introductions;
// Gus: Git at twenty and Git 2.49; Farah: Jujutsu (jj), starting MID-PARAGRAPH at the end of Farah's
// reaction to the Git item; Gus: fish 4.0; [sponsor "Benchbox", read by Farah]; Farah: Neovim 0.11; Gus:
// Ghostty; Gus: asdf 0.16 and mise, starting MID-PARAGRAPH at the end of Gus's last Ghostty paragraph;
// picks (Farah, then Gus; kind extra); outro.
//
// Renders
//   plain.txt    a human-edited plain-text transcript with NO speaker labels: a three-line header (show and
//                episode, title, recording date and an editor's note), a blank line, then one paragraph per
//                line, paragraphs separated by blank lines, a final newline, no footer. Good punctuation,
//                curly apostrophes, spoken URLs kept as words. Gold paragraphs = the paragraph lines. A
//                segment starts at the first character of its first paragraph, or at the `§` inside a
//                paragraph; the first starts at 0 (the header belongs to the intro), the last ends at the end
//                of the file. transcriptStart = the first paragraph.
//   labeled.txt  the twin: `Full Name:` on each host's first paragraph, first names after, NO label on a
//                paragraph that continues the previous speaker's turn, one paragraph per line. Rendered with
//                the shared `render` and `labeledPrefix`. Gold paragraphs = the text AFTER the label.
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, F, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'home-row-031';

// a paragraph that continues the previous paragraph's speaker carries no label in labeled.txt
{
  let prev = null;
  for (const item of SOURCE) {
    if (item.seg) continue;
    if (prev && prev.speaker === item.speaker && !('lab' in item)) item.lab = null;
    prev = item;
  }
}

// --- plain.txt ----------------------------------------------------------------------------------
const HEADER = 'Home Row, episode 31\nGit at twenty, and everything is Rust now\nRecorded 5 June 2025. Transcript edited for readability; filler words partly kept.\n\n';
const plain = render(SOURCE, { header: HEADER, footer: '', sep: '\n\n', trailer: '\n', prefix: () => '', words: (i, p) => labeledText(p.text) });

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = { first: { [F]: 'Farah Siddiqui', [G]: 'Gus Lindahl' }, later: { [F]: 'Farah', [G]: 'Gus' } };
const labelOf = labeledPrefix(LABELS);
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => labelOf(i, p), speechOnly: true,
  words: (i, p) => labeledText(p.text),
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Home Row', number: 31, recorded: '2025-06-05', title: 'Git at twenty, and everything is Rust now' };
const ENTITIES = {
  required: {
    Neovim: ['Neovim'],
    'Google Docs': ['Google Docs'],
    'VS Code': ['VS Code'],
    IntelliJ: ['IntelliJ'],
    Emacs: ['Emacs'],
    Vim: ['Vim'],
    Rust: ['Rust'],
    Git: ['Git'],
    'Linux kernel': ['Linux kernel', 'kernel'],
    BitKeeper: ['BitKeeper'],
    'Git 2.49': ['Git 2.49', '2.49'],
    'git backfill': ['git backfill', 'backfill'],
    'partial clone': ['partial clone', 'blobless partial clone'],
    'git clone --revision': ['git clone dash dash revision'],
    CI: ['CI'],
    'git switch': ['git switch'],
    'git restore': ['git restore'],
    'git checkout': ['checkout', 'git checkout'],
    'Git 3.0': ['Git 3.0', 'Git three'],
    'SHA-256': ['SHA-256'],
    'SHA-1': ['SHA-1'],
    GitHub: ['GitHub'],
    reflog: ['reflog'],
    Jujutsu: ['Jujutsu', 'jj'],
    Google: ['Google'],
    'jj describe': ['jj describe'],
    'jj new': ['jj new'],
    'git add -p': ['git add dash p', 'add dash p'],
    'jj split': ['jj split'],
    'jj squash': ['jj squash'],
    'operation log': ['operation log'],
    'jj undo': ['jj undo'],
    revsets: ['revsets'],
    bookmarks: ['bookmarks'],
    'Git hooks': ['Git hooks'],
    'pre-commit': ['pre-commit'],
    fish: ['fish', 'Fish 4.0'],
    'fish 4.0': ['Fish 4.0', '4.0'],
    'C++': ['C++'],
    zsh: ['zsh'],
    'oh-my-zsh': ['oh-my-zsh'],
    POSIX: ['POSIX'],
    'Stack Overflow': ['Stack Overflow'],
    fish_config: ['fish_config'],
    abbr: ['abbr', 'abbreviations'],
    Benchbox: ['Benchbox'],
    SSH: ['SSH'],
    Subversion: ['Subversion'],
    'Neovim 0.11': ['Neovim 0.11', '0.11'],
    LSP: ['LSP', 'language server'],
    'nvim-lspconfig': ['nvim-lspconfig'],
    'vim.lsp.config': ['vim.lsp.config'],
    'vim.lsp.enable': ['vim.lsp.enable'],
    'LSP completion': ['LSP completion'],
    quickfix: ['quickfix list', 'quickfix'],
    'vim-unimpaired': ['unimpaired'],
    'virtual lines': ['virtual lines'],
    LazyVim: ['LazyVim'],
    Lua: ['Lua'],
    Ghostty: ['Ghostty'],
    HashiCorp: ['HashiCorp'],
    Zig: ['Zig'],
    macOS: ['macOS', 'Mac'],
    AppKit: ['AppKit'],
    Swift: ['Swift'],
    Linux: ['Linux'],
    GTK: ['GTK'],
    Metal: ['Metal'],
    OpenGL: ['OpenGL'],
    'JetBrains Mono': ['JetBrains Mono'],
    'Nerd Font': ['Nerd Font'],
    'Kitty graphics protocol': ['Kitty graphics protocol'],
    'Kitty keyboard protocol': ['Kitty keyboard protocol'],
    Windows: ['Windows'],
    libghostty: ['libghostty'],
    'Node.js': ['Node', 'node'],
    asdf: ['asdf'],
    'asdf 0.16': ['0.16'],
    Bash: ['Bash', 'bash'],
    'Go': ['Go'],
    mise: ['mise'],
    rtx: ['rtx'],
    '.tool-versions': ['dot tool-versions', 'tool-versions'],
    'mise.toml': ['mise dot toml'],
    direnv: ['direnv'],
    make: ['make', 'Makefile'],
    Python: ['Python'],
    venv: ['venv', 'virtual environments'],
    delta: ['delta'],
    'The Missing Semester of Your CS Education': ['The Missing Semester of Your CS Education', 'Missing Semester'],
    MIT: ['MIT'],
  },
  tolerated: [
    'export', 'monorepo', 'IDE', 'rebase', 'rebased', 'first-class conflicts', 'conflicts', 'diagnostics', 'signature help', 'syntax highlighting', 'autosuggestions', 'man pages', 'ligatures', 'GPU', 'shims', 'quick terminal', 'staging area', 'colocated repository', 'colocated', 'grn', 'gra', 'grr', 'gri', 'gO', 'folke', 'Tim Pope', 'Linus Torvalds', 'Linus', 'Junio Hamano', 'Junio', 'Mitchell Hashimoto', 'Jeff Dickey', 'Martin von Zweigbergk', 'bind', 'bind ctrl-right', 'key binding syntax', 'set -x', 'set dash x', 'The Fish of Theseus', 'Fish of Theseus', 'core.pager', 'core pager', 'blob:none', 'blob colon none', 'asdf global', 'asdf set', 'mise trust', 'direnv allow', 'ghostty +list-themes', 'ghostty plus list-themes', 'list-themes', 'bash',
    'Home Row', 'homerow.fm', 'homerow dot fm', 'homerow dot fm slash thirty-one', 'benchbox.dev', 'benchbox dot dev', 'benchbox dot dev slash homerow', 'Leeds', 'Malmö',
    'colon w', 'payroll software', 'developer experience', 'editor', 'editors', 'split keyboard', 'thumb clusters', 'escape', 'version control', 'shell', 'terminal', 'terminals',
    'first commit', 'commit', 'commits', 'proprietary', 'free license', 'license', 'git alias', 'alias', 'aliases', 'maintainer', 'interview', 'anniversary', 'internal tools',
    'repository', 'repositories', 'trees', 'tree', 'blobs', 'blob', 'file contents', 'branch', 'branches', 'ref', 'refs', 'linter', 'source tree', 'breaking changes', 'main',
    'default branch', 'forges', 'ecosystem', 'undo button', 'hash', 'working copy', 'uncommitted changes', 'change', 'parent', 'squash', 'stack', 'pull request', 'query language',
    'log', 'dot jj folder', '.jj', 'formatter', 'open source', 'blog post', 'rewrite', 'big-bang rewrite', 'tests', 'escape sequences', 'self-contained binary', 'binary', 'functions',
    'completions', 'server', 'prompt', 'colours', 'web page', 'browser', 'scripts', 'shebang', 'variable', 'loops', 'mug', 'history', 'gco', 'cloud development machine',
    'config file', 'onboarding wiki', 'wiki', 'works on my machine', 'built-in LSP client', 'LSP client', 'setup', 'file types', 'root', 'config directory', 'lsp folder',
    'keybindings', 'rename', 'references', 'code action', 'implementation', 'document symbols', 'control-S', 'insert mode', 'g-r prefix', 'completion', 'plugin', 'plugins',
    'bracket mappings', 'bracket-q', 'bracket-d', 'standard library', 'distribution', 'config', 'car park', 'terminal emulator', 'hobby', '1.0', 'Ghostty 1.0', 'windows', 'tabs',
    'splits', 'game engine', 'settings window', 'themes', 'fonts', 'icons', 'images', 'control-i', 'tab', 'control-shift', 'library', 'shooter', 'console', 'version managers',
    'version manager', 'cd', 'upgrade', 'environment variables', 'tasks', 'phony targets', 'plugin system', 'asdf plugins', 'node at 22', 'Node 22', 'pager', 'git config',
    'diffs', 'diff', 'side-by-side', 'line numbers', 'diff pager', 'course', 'lectures', 'data wrangling', 'command line', 'debugging', 'data model', 'junior', 'show notes',
    'Rust rewrite', 'git-delta', 'Neovim config', 'Vim config', 'Treesitter', 'Emacs month', 'Unix', 'Node.js', 'JetBrains', 'Kitty', 'iTerm2', 'Apple', 'Linux kernel developers',
    'SHA-256 repositories', 'fish shell', 'zsh config', 'version 0.16', 'Git 2.50', 'Git 3', 'jj git', 'Google Docs', 'Stack', 'Tuesday',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout10 (/work/heldout10/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    plain: { input: 'plain.txt', length: plain.text.length, transcriptStart: plain.transcriptStart, segments: plain.segments, paragraphs: plain.paragraphs },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'plain.txt'), plain.text);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text).replace('§', '')).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${SOURCE.filter((x) => x.lab === null).length} continuation paragraphs\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
