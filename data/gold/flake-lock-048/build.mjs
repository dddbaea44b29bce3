// Builds Flake Lock #48 (SYNTHETIC held-out episode, heldout14) from source.mjs: an interview podcast about
// reproducible builds, with a host (Hedda Lund) and a guest (Kwame Mensah). Intro; nine topics presented by the
// guest (why they moved and what reproducible means; how Nix works; flakes; [sponsor "Parcelyard", read by the
// host, starting MID-PARAGRAPH in her reaction]; developer environments with devenv and direnv; Home Manager,
// nix-darwin and NixOS, which the GUEST raises himself MID-PARAGRAPH; CI and binary caches, opened by a host
// REACTION; Bazel and Guix, which the guest raises himself MID-PARAGRAPH; advice); outro.
//
// Renders
//   web.txt    the show's web page: a page header and footer, `[hh:mm:ss]` stamps at the start of EVERY paragraph
//              (the time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//              0.4 s before a same-speaker paragraph, starting at 5.2 s after the music), and NO speaker labels
//              at all: the host introduces herself and the guest in the first paragraph ("I'm Hedda Lund, and
//              my guest today is Kwame Mensah"), and the guest answers. The page splits long turns into several
//              stamped paragraphs (`¦`; `¦~` also loses the continuation's first word) and loses the first
//              word of the paragraphs marked `cut`; spoken URLs dropped (with a following comma or period);
//              curly apostrophes. Built with the shared `splitWebParagraphs`, `webStamps` and `render`
//              (speechOnly; the prefix is the stamp). Gold paragraphs = the text after the stamp. A segment
//              starts at the stamp of its first paragraph, or at the `§`; the header belongs to the intro, the
//              footer to the outro. Gold key `page` (check.mjs's `web` check wants `mm:ss` stamps; its `page`
//              check, new in heldout14, reads `[hh:mm:ss]` stamps and no labels).
//   zoom.vtt   a WebVTT export as Zoom or Descript write it: `WEBVTT`, a blank line, then NUMBERED cues (1, 2,
//              3...) of a timing line `hh:mm:ss.mmm --> hh:mm:ss.mmm` and ONE text line that opens with a
//              `<v Full Name>` voice tag, on EVERY cue (no closing tag), blank lines between cues, a final
//              newline. One cue per sentence: a sentence of more than 24 words is cut at the comma nearest its
//              middle (at least 5 words each side; at the middle word if it has no such comma), and a sentence
//              is joined with the next one of the same paragraph when the two hold at most 16 words, so a cue
//              holds one or two sentences, or a phrase of a long one. A cue never spans two paragraphs, so it
//              never holds two speakers. Spoken URLs kept as words, straight apostrophes, no page splits, no
//              lost words. Times from the same clock: a cue starts at its first word and ends 50 ms before the
//              next word would start. Gold paragraphs = one per cue, the text after the voice tag. A segment
//              starts at the cue number of its first cue, or at the `§` word INSIDE a cue when the cutter
//              joined it to the sentence before. The first segment starts at 0 (the `WEBVTT` line belongs to
//              the intro), the last ends at the end of the file; transcriptStart = the first cue number.
//   gold.json  offsets into both files, all computed here (shared renderer:
//              /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this folder.
//              Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, K } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'flake-lock-048';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const hhmmss = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const vttTime = (sec) => { const ms = Math.round(sec * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 5.2, (text) => words(unsplit(unURL(text))).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const PAGE = {
  header: [
    'Flake Lock', 'Conversations about builds you can trust', '',
    'Listen  /  Episodes  /  Transcripts  /  Support the show', '',
    '#48 — Kwame Mensah: moving a payroll company to Nix', `June 18, 2025  |  ${Math.round(lastTime / 60)} min`, '',
    'Full transcript', '', '',
  ].join('\n'),
  footer: '\n\n—\nTranscribed automatically; timestamps are approximate.\n← More episodes',
};
const page = render(WEB_SOURCE, {
  header: PAGE.header, footer: PAGE.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `[${hhmmss(stamps[i])}] `,
  words: (i, p) => p.text,
});
{
  const ps = WEB_SOURCE.filter((x) => !x.seg);
  if (ps[0].speaker !== H || !/I'm Hedda Lund, and my guest today is Kwame Mensah/.test(SOURCE[1].text)) throw new Error('the host must introduce herself and the guest first');
}

// --- zoom.vtt -----------------------------------------------------------------------------------
// the cues of one paragraph: [{ from, to }] word index ranges, and the `§` word index if any
function cueRanges(text) {
  const toks = unsplit(unURL(text)).split(/\s+/).filter(Boolean);
  const sents = [];
  let cur = [];
  toks.forEach((w, j) => { cur.push(j); if (/[.?!]["”)]?$/.test(w)) { sents.push(cur); cur = []; } });
  if (cur.length) sents.push(cur);
  const split = (s) => {
    if (s.length <= 24) return [s];
    let best = -1;
    for (let i = 4; i < s.length - 5; i++) if (/,$/.test(toks[s[i]]) && (best < 0 || Math.abs(i + 1 - s.length / 2) < Math.abs(best + 1 - s.length / 2))) best = i;
    if (best < 0) best = Math.floor(s.length / 2) - 1;
    return [...split(s.slice(0, best + 1)), ...split(s.slice(best + 1))];
  };
  const pieces = sents.flatMap(split);
  const out = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i], q = pieces[i + 1];
    const whole = (x) => /[.?!]["”)]?$/.test(toks[x.at(-1)]) && (x === pieces[0] || /[.?!]["”)]?$/.test(toks[x[0] - 1]));
    if (q && whole(p) && whole(q) && p.length + q.length <= 16) { out.push([...p, ...q]); i++; } else out.push(p);
  }
  return { toks, cues: out };
}
const NAME = { [H]: H, [K]: K };
let vtt = 'WEBVTT\n\n';
const vParas = [];
const tracker = segmentTracker();
let nCue = 0, midCue = 0, lastEnd = -1, maxDur = 0, midSentence = 0, joined = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { tracker.seg(item); return; }
  const { toks, cues } = cueRanges(item.text);
  if (toks.length !== wordTimes[k].length) throw new Error(`word count in ${item.text.slice(0, 40)}`);
  cues.forEach((ix, c) => {
    nCue++;
    if (nCue > 1) vtt += '\n\n';
    const cueStart = vtt.length;
    tracker.block(cueStart);
    const a = wordTimes[k][ix[0]];
    const b = wordTimes[k][ix.at(-1)] + 1 / WPS - 0.05;
    if (a < lastEnd - 1e-9 || b <= a || b - a > 10) throw new Error(`cue times at ${nCue}`);
    lastEnd = b;
    maxDur = Math.max(maxDur, b - a);
    vtt += `${nCue}\n${vttTime(a)} --> ${vttTime(b)}\n<v ${NAME[item.speaker]}>`;
    const textStart = vtt.length;
    let text = '';
    ix.forEach((j, x) => {
      if (x) text += ' ';
      let w = toks[j];
      if (w.startsWith('§')) {
        w = w.slice(1);
        if (x === 0) tracker.mark(cueStart); else { tracker.mark(textStart + text.length); midCue++; }
      }
      text += w;
    });
    if (/[§¦⟨⟩<>]/.test(text)) throw new Error(`a mark in cue ${nCue}`);
    vtt += text;
    if (!/[.?!]["”)]?$/.test(text)) midSentence++;
    if ((text.match(/[.?!] /g) ?? []).length) joined++;
    vParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
  });
});
vtt += '\n';
tracker.close(vtt.length);
tracker.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= tracker.segments[i - 1].start)) throw new Error(`segment ${s.title} has no start or is out of order`); });

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Flake Lock', number: 48, recorded: '2025-06-18', title: 'Kwame Mensah: moving a payroll company to Nix' };
const ENTITIES = {
  required: {
    Nix: ['Nix'],
    'reproducible builds': ['reproducible builds', 'reproducible build', 'reproducibility'],
    'Reproducible Builds project': ['Reproducible Builds project'],
    'bit-for-bit': ['bit-for-bit'],
    Debian: ['Debian'],
    'supply chain': ['supply chain'],
    CI: ['CI'],
    Go: ['Go'],
    TypeScript: ['TypeScript'],
    Python: ['Python'],
    HMRC: ['HMRC'],
    Postgres: ['Postgres'],
    Docker: ['Docker'],
    Dockerfile: ['Dockerfile'],
    'base image': ['base image'],
    'apt-get': ['apt-get'],
    Homebrew: ['Homebrew'],
    digests: ['digests'],
    'C library': ['C library'],
    'package manager': ['package manager'],
    'Nix language': ['lazy functional language', 'the language'],
    nixpkgs: ['nixpkgs'],
    GitHub: ['GitHub'],
    derivation: ['derivation'],
    'Nix store': ['Nix store'],
    '/nix/store': ['slash nix slash store'],
    OpenSSL: ['OpenSSL'],
    sandbox: ['sandbox', 'sandboxed'],
    'attribute sets': ['attribute sets'],
    JSON: ['JSON'],
    flakes: ['flakes', 'flake'],
    'flake.nix': ['flake dot nix'],
    'flake.lock': ['flake dot lock', 'lock file'],
    'development shell': ['development shell', 'development shells'],
    npm: ['npm'],
    Cargo: ['Cargo'],
    'Nix 2.4': ['Nix 2.4'],
    'experimental features': ['experimental feature'],
    'nix-command': ['nix-command'],
    'Determinate Systems': ['Determinate Systems'],
    'Determinate Nix': ['Determinate Nix'],
    Lix: ['Lix'],
    Parcelyard: ['Parcelyard'],
    'preview environment': ['preview environment', 'preview environments'],
    direnv: ['direnv'],
    'direnv allow': ['direnv allow'],
    'nix-direnv': ['nix-direnv'],
    Node: ['Node'],
    'nix develop': ['nix develop'],
    devenv: ['devenv'],
    'devenv up': ['devenv up'],
    Cachix: ['Cachix'],
    Redis: ['Redis'],
    'Docker Compose': ['Docker Compose'],
    macOS: ['macOS'],
    Linux: ['Linux'],
    VM: ['VM'],
    'Home Manager': ['Home Manager'],
    dotfiles: ['dotfiles'],
    git: ['git'],
    'nix-darwin': ['nix-darwin'],
    NixOS: ['NixOS'],
    generations: ['generation'],
    Slack: ['Slack'],
    'binary cache': ['binary cache', 'binary caches'],
    'cache.nixos.org': ['cache dot nixos dot org'],
    Hydra: ['Hydra'],
    'GitHub Actions': ['GitHub Actions'],
    substituter: ['substituter'],
    'self-hosted runner': ['self-hosted runner'],
    dockerTools: ['dockerTools'],
    'layered image': ['layered image'],
    Bazel: ['Bazel'],
    monorepo: ['monorepo'],
    hermetic: ['hermetic', 'hermetically'],
    rules_nixpkgs: ['rules_nixpkgs'],
    Tweag: ['Tweag'],
    Guix: ['Guix'],
    GNU: ['GNU'],
    'Guile Scheme': ['Guile Scheme', 'Scheme'],
    Lisp: ['Lisp'],
    'free software': ['free software'],
    bootstrapping: ['bootstrapping'],
    'seed binary': ['seed binary'],
    Mastodon: ['Mastodon'],
    'NixOS Discourse': ['NixOS Discourse', 'Discourse'],
  },
  tolerated: [
    'Flake Lock', 'flakelock.fm', 'flakelock dot fm', 'flakelock dot fm slash 48', 'parcelyard.dev', 'parcelyard dot dev', 'parcelyard dot dev slash flakelock',
    'Payfold', 'Copenhagen', 'Leeds', 'UK', 'Dev', 'Ines', 'Gerald', 'Hedda', 'Kwame', 'hachyderm', 'hachyderm server', 'Mac', 'Macs', 'Apple chips', 'Apple',
    'platform engineer', 'release engineer', 'payroll', 'payroll software', 'accountants', 'tax year', 'wiki', 'wiki page', 'laptop', 'laptops', 'developer setup',
    'reproducible', 'builds', 'build', 'compiler', 'libraries', 'library', 'binary', 'distributions', 'tools', 'toolchain', 'toolchains', 'versions', 'tag', 'tags',
    'image', 'images', 'Docker images', 'containers', 'container', 'mirrors', 'packages', 'package', 'recipe', 'recipes', 'repository', 'repositories', 'builder', 'environment',
    'hash', 'hashes', 'store path', 'store paths', 'paths', 'network', 'command line tool', 'language', 'error messages', 'stack trace', 'desktop app', 'shell scripts', 'idioms',
    'package lock', 'Cargo lock file', 'lock', 'pull request', 'pull requests', 'diff', 'scheduled job', 'upstream', 'upstream Nix', 'feature flag', 'config', 'code base', 'fork',
    'database', 'branch', 'branches', 'reviewer', 'anonymised data', 'linters', 'Postgres client', 'Postgres sixteen', 'services', 'processes', 'test suite', 'Linux-only tool',
    'shell', 'editor', 'plugins', 'terminal', 'system settings', 'operating system', 'configuration', 'machine configurations', 'boot menu', 'device management', 'IT', 'modules',
    'Home Manager modules', 'build farm', 'Nix installer actions', 'installer', 'runner', 'platform', 'dependencies', 'dependency tree', 'Go binary', 'layers', 'megabytes',
    'build system', 'actions', 'remote machines', 'system libraries', 'main channel', 'channel', 'seed', 'deployment', 'production', 'system dependencies', 'Friday',
    'Nixes', 'Nix package manager', 'Nix installer', 'sixty', 'Discourse server',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout14 (/work/heldout14/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    page: { input: 'web.txt', length: page.text.length, transcriptStart: page.transcriptStart, segments: page.segments, paragraphs: page.paragraphs },
    zoom: { input: 'zoom.vtt', length: vtt.length, transcriptStart: 'WEBVTT\n\n'.length, segments: tracker.segments, paragraphs: vParas },
  },
};
writeFileSync(join(here, 'web.txt'), page.text);
writeFileSync(join(here, 'zoom.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(unURL(p.text))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 30), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(unsplit(unURL(x.text))).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(7)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${hhmmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns; web.txt: ${count(/¦/g)} page splits (${count(/¦~/g)} losing a word) inside ${paras.filter((p) => /¦/.test(p.text)).length} turns, ${paras.filter((x) => x.cut).length} paragraphs losing their first word; zoom.vtt: ${nCue} cues, ${joined} holding two sentences, ${midSentence} ending mid-sentence, at most ${maxDur.toFixed(2)} s, ${midCue} segment starts inside a cue\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
