#!/usr/bin/env node
// Derives three package lists from Debian's package index (`apt-cache dumpavail`, the
// bookworm main archive this machine's apt knows) and writes them to
// models/lexicon/sources/debian/*.tsv, which build-lexicon.mjs reads like pypi.tsv/npm.tsv:
//
//   rust-crates.tsv  Rust crates packaged as librust-<crate>-dev
//   go-modules.tsv   Go modules packaged as golang-<host>-<owner>-<repo>-dev
//   programs.tsv     command-line tools, servers and databases (sections admin, database,
//                    devel, editors, httpd, mail, net, shells, utils, vcs, web, ...)
//
// Popularity is not available offline, so each list is ranked by reverse dependencies: how
// many OTHER Debian source packages depend on, recommend or suggest the package (directly
// or through a name it provides, `librust-tokio+full-dev`). A library many packages build
// on, or a tool many packages call, is one people name. The cut-offs are below.
//
// Run `node models/lexicon/derive-debian.mjs` (needs apt's package lists: `apt-get update`
// once on a fresh machine), then `npm run lexicon`. Deterministic for a given index.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'sources', 'debian');
const DATE = process.env.LEXICON_DATE ?? '2026-11-22';
/**
 * A Go module needs this many other source packages using it. Rust crates need none: Rust
 * programs link crates statically, so their users show up only as build dependencies (not in
 * the binary index), and Debian packages a crate only because something builds with it.
 */
const MIN_RDEPS_LIBRARY = 1;
const MIN_RDEPS_CRATE = 0;
/** A program needs this many (tools are leaves more often than libraries are). */
const MIN_RDEPS_PROGRAM = 2;
const MAX_RUST = 1500;
const MAX_GO = 600;
const MAX_PROGRAMS = 2500;

const text = execFileSync('apt-cache', ['dumpavail'], { maxBuffer: 1 << 30, encoding: 'utf8' });
const release = (() => {
  try {
    return execFileSync('sh', ['-c', 'ls /var/lib/apt/lists/ | grep -o "dists_[a-z]*" | sort -u | head -1'], { encoding: 'utf8' }).trim().replace('dists_', '');
  } catch {
    return 'unknown';
  }
})();

/** @type {Map<string, Record<string, string>>} */
const pkgs = new Map();
for (const stanza of text.split('\n\n')) {
  const fields = {};
  let last = '';
  for (const line of stanza.split('\n')) {
    if (line.startsWith(' ')) continue; // long description and continuation lines
    const c = line.indexOf(':');
    if (c < 0) continue;
    last = line.slice(0, c);
    fields[last] = line.slice(c + 1).trim();
  }
  if (fields.Package && !pkgs.has(fields.Package)) pkgs.set(fields.Package, fields);
}

const sourceOf = (p) => (pkgs.get(p)?.Source ?? p).split(' ')[0];
/** provided name → the real packages providing it */
const providers = new Map();
for (const [name, f] of pkgs) {
  for (const prov of (f.Provides ?? '').split(',')) {
    const n = prov.trim().split(/[\s(]/)[0];
    if (!n) continue;
    if (!providers.has(n)) providers.set(n, new Set());
    providers.get(n).add(name);
  }
}
/** package → the source packages (other than its own) that depend on, recommend or suggest it */
const users = new Map();
for (const [name, f] of pkgs) {
  const from = sourceOf(name);
  const deps = ['Depends', 'Pre-Depends', 'Recommends', 'Suggests'].flatMap((k) => (f[k] ?? '').split(/[,|]/));
  for (const d of deps) {
    const n = d.trim().split(/[\s(:]/)[0];
    if (!n) continue;
    // a virtual name many packages provide (`www-browser`, `mail-transport-agent`) names a
    // role, not a package: only a name one package provides (`librust-tokio+full-dev`) counts
    const prov = providers.get(n);
    const targets = pkgs.has(n) ? [n] : prov && prov.size === 1 ? [...prov] : [];
    for (const t of targets) {
      if (sourceOf(t) === from) continue;
      if (!users.has(t)) users.set(t, new Set());
      users.get(t).add(from);
    }
  }
}
const rdeps = (p) => users.get(p)?.size ?? 0;
const summaryOf = (f) => (f.Description ?? '').replace(/\t/g, ' ').replace(/\s+-\s+Rust source code$/, '').trim();
const tagsOf = (f) => new Set((f.Tag ?? '').split(',').map((t) => t.trim()).filter(Boolean));

/** The kind of a program, from its section, debtags and description. */
function kindOf(f) {
  const s = summaryOf(f);
  const tags = tagsOf(f);
  if (f.Section === 'database' && !/\b(client|driver|library|bindings?|module|extension|utilit)/i.test(s)) return 'database';
  if (/\b(database|key-value store|time[- ]series store)\b/i.test(s) && /\b(server|engine|system)\b/i.test(s) && !/\bclient\b/i.test(s)) return 'database';
  if (/\b(programming language|interpreter for the|compiler for the)\b/i.test(s) && f.Section === 'interpreters') return 'language';
  if (tags.has('role::program') || tags.has('interface::commandline') || tags.has('interface::daemon')) return 'tool';
  return 'tool';
}

const rows = { rust: [], go: [], programs: [] };

// ---- Rust crates -------------------------------------------------------------------------
for (const [name, f] of pkgs) {
  const m = /^librust-([a-z0-9][a-z0-9-]*?)-dev$/.exec(name);
  if (!m || name.includes('+')) continue;
  const crate = m[1];
  // `librust-nom-4-dev`, `librust-clap-2-dev`: an older major version of a crate packaged too
  if (/-\d+(?:\.\d+)*$/.test(crate)) continue;
  // platform bindings nobody names on air
  if (/^(winapi|windows|web-sys|js-sys|wasm-bindgen-|libc$|[a-z0-9]+-sys$)/.test(crate)) continue;
  const n = rdeps(name);
  if (n < MIN_RDEPS_CRATE) continue;
  const summary = summaryOf(f);
  const type = /\b(command[- ]line|cli) (tool|utility|program)\b/i.test(summary) ? 'tool' : /\bframework\b/i.test(summary) ? 'framework' : 'library';
  rows.rust.push({ name: crate, type, ecosystem: 'rust', aliases: '', rdeps: n, pkg: name, section: f.Section, summary });
}

// ---- Go modules --------------------------------------------------------------------------
for (const [name, f] of pkgs) {
  const m = /^golang-(github|gitlab|gopkg|go|google|golang|gitea|codeberg|sourcehut)-(.+)-dev$/.exec(name);
  if (!m) continue;
  // golang.org/x/net, google.golang.org/grpc, gopkg.in/yaml.v3: named by their last part
  // (`net`, `yaml`), which is a word, not a name; github.com/<owner>/<repo> keeps the repo
  if (m[1] !== 'github' && m[1] !== 'gitlab' && m[1] !== 'gitea' && m[1] !== 'codeberg') continue;
  const n = rdeps(name);
  if (n < MIN_RDEPS_LIBRARY) continue;
  const home = (f.Homepage ?? '').replace(/\/+$/, '').replace(/\.git$/, '');
  const hm = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitea\.com|codeberg\.org)\/([^/]+)\/([^/]+)$/i.exec(home);
  // the Homepage's repository, when it is the one the package name spells
  let repo = m[2].replace(/-v\d+$/, '');
  if (hm && name.toLowerCase().includes(hm[2].toLowerCase().replace(/[._]/g, '-'))) repo = hm[2];
  else repo = repo.split('-').slice(1).join('-') || repo; // drop the owner
  repo = repo.replace(/^go-(?=[a-z])/i, '').replace(/[-.]go$/i, '');
  if (repo.length < 3) continue;
  const summary = summaryOf(f);
  const type = /\bframework\b/i.test(summary) ? 'framework' : /\b(command[- ]line|cli) tool\b/i.test(summary) ? 'tool' : 'library';
  rows.go.push({ name: repo, type, ecosystem: 'go', aliases: '', rdeps: n, pkg: name, section: f.Section, summary });
}

// ---- programs ------------------------------------------------------------------------------
const PROGRAM_SECTIONS = new Set([
  'admin', 'database', 'devel', 'editors', 'httpd', 'mail', 'net', 'shells', 'utils', 'vcs', 'web',
  'interpreters', 'graphics', 'video', 'sound', 'text', 'science', 'otherosfs', 'embedded', 'comm', 'x11',
]);
/** Library, data, plugin and language-binding packages: not programs by name. */
const NOT_PROGRAM = /^(lib|python3?-|pypy|r-cran-|r-bioc-|r-other|golang-|node-|ruby-|php-|perl-|libperl|fonts?-|texlive|gir1|gnome-|kde|plasma|xfce|mate-|lxqt|lxde|gstreamer|hunspell|myspell|aspell|ispell|hyphen-|mythes|ttf-|language-pack|linux-|firmware|emacs-|elpa-|vim-|haskell-|ocaml|coq|lua-|tcl-|octave-|pd-|jupyter|librust|rust-|cl-|sbcl|dh-|debian-|dpkg-|apt-|task-|xserver-|x11-|xfonts|qml|qt|gcc-|g\+\+-|cpp-|gfortran|gnat|gdc-|llvm-|puppet-module-|sugar-|xemacs|zathura-|erlang|clang-|lld-|lldb-|openjdk|default-|java|jdk|tomcat\d|php\d|postgresql-\d|mysql-|mariadb-|erlang-|elixir-|ghc-|gem-|trilinos|petsc|slepc|mpich|openmpi|dbus-|systemd-|udev|grub-|u-boot|shim-)/;
const NOT_PROGRAM_SUFFIX = /-(dev|doc|docs|data|common|dbg|examples|tests?|l10n|locales?|plugins?|plugin-.+|modules?|extras?|theme|themes|dkms|source|src|perl|python3?|ruby|el|lisp|tcl|java|headers|static|runtime|dbgsym|udeb|all|full|nox|gtk\d?|qt\d?|x11|mysql|pgsql|sqlite3?|ldap|mod-.+|library|soundfont|ids|data-.+)$/;
/** Debian's own packaging machinery: used by everything, named by nobody outside Debian. */
const DEBIAN_MACHINERY = /^(adduser|debconf|cdebconf|init-system-helpers|ucf|sgml-base|xml-core|sensible-utils|debianutils|lsb-base|lsb-release|base-files|base-passwd|install-info|menu|mime-support|media-types|desktop-file-utils|shared-mime-info|hicolor-icon-theme|update-inetd|openbsd-inetd|netbase|tzdata|ca-certificates|dctrl-tools|devscripts|lintian|piuparts|reportbug|needrestart|xdg-user-dirs|dconf|gsettings|po-debconf|gettext-base|docbook|docbook-xml|docbook-xsl|xsltproc|sgml-data|dh-.+|cdbs|quilt|fakeroot|build-essential|equivs|alternatives|runit-helper|sysvinit-utils|initscripts|insserv|startpar|ifupdown|man-db|groff-base|xz-lzma)$/;
const PROGRAM_SUFFIX = /-(utils|tools|server|client|bin|cli|daemon|progs|core)$/;
/** The words of a homepage URL that may name the project: host labels but the TLD, path parts. */
function homepageNames(url = '') {
  const m = /^[a-z]+:\/\/([^/]+)(.*)$/i.exec(url.trim());
  if (!m) return new Set();
  const host = m[1].toLowerCase().split('.').filter((l) => l !== 'www');
  return new Set([...host.slice(0, -1), ...m[2].toLowerCase().split(/[/?#]/).filter(Boolean)]);
}
const bySource = new Map();
for (const [name, f] of pkgs) {
  if (!PROGRAM_SECTIONS.has(f.Section)) continue;
  if (DEBIAN_MACHINERY.test(name) || NOT_PROGRAM.test(name) || NOT_PROGRAM_SUFFIX.test(name) || /\d\.\d/.test(name)) continue;
  const tags = tagsOf(f);
  // debtags say what a package is; packages without them are judged by name and section
  if (tags.size && (tags.has('role::shared-lib') || tags.has('role::devel-lib') || tags.has('role::app-data') || tags.has('role::documentation'))) continue;
  const n = rdeps(name);
  if (n < MIN_RDEPS_PROGRAM) continue;
  const src = sourceOf(name);
  const prev = bySource.get(src);
  // one entry per source package: the binary named like the source, else the most used one
  const better = !prev || (name === src && prev.pkg !== src) || (prev.pkg !== src && n > prev.rdeps);
  if (!better) continue;
  // `xz-utils` is xz, `redis-server` is Redis: the suffix goes when the project's homepage
  // names it so (`tukaani.org/xz/`, `redis.io`); `net-tools` stays (sourceforge.net/…/net-tools)
  let canonical = name;
  const stripped = name.replace(PROGRAM_SUFFIX, '');
  if (stripped !== name && stripped.length >= 2 && homepageNames(f.Homepage).has(stripped)) canonical = stripped;
  if (/^[0-9]/.test(canonical) || canonical.length < 2) continue;
  bySource.set(src, {
    name: canonical, type: kindOf(f), ecosystem: 'linux', aliases: canonical !== name ? name : '',
    rdeps: n, pkg: name, section: f.Section, summary: summaryOf(f),
  });
}
rows.programs = [...bySource.values()];

// ---- write ---------------------------------------------------------------------------------
const HEADER = 'name\ttype\tecosystem\taliases\trank\trdeps\tpackage\tsection\tsummary';
function write(file, list, max, what) {
  const seen = new Set();
  const sorted = list
    .sort((a, b) => b.rdeps - a.rdeps || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .filter((r) => {
      const k = r.name.toLowerCase().replace(/[\s_-]+/g, ' ');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, max);
  const lines = [
    `# ${what}`,
    `# Source: Debian ${release} main package index (apt-cache dumpavail), read ${DATE}; derived by models/lexicon/derive-debian.mjs.`,
    `# Ranked by reverse dependencies (other Debian source packages that depend on, recommend or suggest it); summaries are Debian's one-line descriptions.`,
    HEADER,
    ...sorted.map((r, i) => [r.name, r.type, r.ecosystem, r.aliases, i + 1, r.rdeps, r.pkg, r.section, r.summary].join('\t')),
  ];
  writeFileSync(join(OUT, file), lines.join('\n') + '\n');
  console.log(`${file}: ${sorted.length} of ${list.length}`);
}
mkdirSync(OUT, { recursive: true });
write('rust-crates.tsv', rows.rust, MAX_RUST, `Rust crates packaged in Debian (librust-*-dev), ranked by use from other source packages, top ${MAX_RUST}.`);
write('go-modules.tsv', rows.go, MAX_GO, `Go modules packaged in Debian (golang-{github,gitlab,...}-*-dev), used by >= ${MIN_RDEPS_LIBRARY} other source packages, top ${MAX_GO}.`);
write('programs.tsv', rows.programs, MAX_PROGRAMS, `Programs packaged in Debian (tools, servers, databases in sections ${[...PROGRAM_SECTIONS].join(', ')}), used by >= ${MIN_RDEPS_PROGRAM} other source packages, top ${MAX_PROGRAMS}.`);
