// The mining rules of derive-summaries.mjs: which tokens of a package's one-line summary
// look like a product name. Pure functions (no file access), so test/lexicon-summary-names
// .test.ts can table-test them; the counting, thresholds and word lists are in
// derive-summaries.mjs.
//
// A summary is written by the package's author about their package: a name in it that is
// not the first word of a sentence and is written like a name (capitalised, CamelCase, an
// acronym, letters with digits, a hyphenated name with one of those parts) is, most of the
// time, a product, a standard or a model the package works with: "Unified Skia rendering
// backend", "TypeScript definitions for k6", "Backup and Recovery Manager for PostgreSQL".

/** Closing punctuation that ends a sentence: the word after it is capitalised anyway. */
const SENTENCE_END = /[.!?:;]$/;
/** Abbreviations whose dot ends no sentence. */
const NO_END = /^(e\.g|i\.e|etc|vs|incl|approx|ca|cf|esp|resp|w\.r\.t|a\.k\.a)\.$/i;
/** A word: letters and digits, hyphen-joined parts; starts with a letter. */
const WORD_SHAPE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
/** `v2`, `V1.2`: a version, not a name. */
const VERSION = /^v\d+[a-z]?$/i;
/** Units of measure and storage written like acronyms or CamelCase (`GHz`, `KiB`, `mAh`). */
export const UNITS = new Set([
  'khz', 'mhz', 'ghz', 'thz', 'kib', 'mib', 'gib', 'tib', 'kbps', 'mbps', 'gbps', 'mah', 'kwh', 'mwh',
  'db', 'dbm', 'fps', 'rpm', 'ppm', 'dpi', 'ppi', 'btu', 'utc', 'gmt',
]);

/**
 * The words of a summary with what the rules need to know about each: `start` (first word
 * of a sentence: its capital says nothing), `breakAfter` (punctuation or a bracket after it:
 * a run of capitalised words stops there).
 * @param {string} summary
 * @returns {{ w: string, start: boolean, breakAfter: boolean }[]}
 */
export function summaryWords(summary) {
  const out = [];
  let start = true;
  for (const raw of summary.split(/\s+/)) {
    if (!raw) continue;
    // `Node/Deno`, `TCP/IP`: two words
    const pieces = raw.split('/');
    for (let p = 0; p < pieces.length; p++) {
      let w = pieces[p];
      const lead = /^[(\["'`«“‘*_<]+/.exec(w);
      if (lead) {
        w = w.slice(lead[0].length);
        if (out.length) out[out.length - 1].breakAfter = true;
      }
      const trail = /[)\]"'`»”’*_>,;:.!?…]+$/.exec(w);
      let ends = false;
      let breaks = p < pieces.length - 1;
      if (trail) {
        const t = trail[0];
        ends = SENTENCE_END.test(t.replace(/[)\]"'`»”’*_>]+$/, '')) && !NO_END.test(w);
        w = w.slice(0, w.length - t.length);
        breaks = true;
      }
      // `Skia's`
      if (/['’]s$/.test(w)) {
        w = w.slice(0, -2);
        breaks = true;
      }
      if (w) out.push({ w, start, breakAfter: breaks || ends });
      else if (out.length && (breaks || ends)) out[out.length - 1].breakAfter = true;
      // an em dash or a lone hyphen between words starts a new clause
      start = ends || w === '-' || w === '–' || w === '—';
    }
  }
  return out;
}

/**
 * The name shape of one word, or null: 'camel' (`PostgreSQL`, `macOS`), 'acronym' (`MMLU`,
 * three capitals or more), 'alnum' (letters then digits: `k6`, `GSM8K`, `RP2040`),
 * 'hyphen' (`SWE-bench`: a hyphenated word with an acronym, CamelCase or digit part),
 * 'capital' (`Skia`). Words of one or two letters, versions and units have none.
 * @param {string} w
 */
export function nameShape(w) {
  if (!WORD_SHAPE.test(w) || w.length < 2 || VERSION.test(w) || UNITS.has(w.toLowerCase())) return null;
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.length > 3 || parts.some((p) => VERSION.test(p))) return null;
    // `Real-Time`, `e-commerce`: words, not a name
    return parts.some((p) => /[A-Z]{2}|[a-z][A-Z]/.test(p) || (/\d/.test(p) && /[A-Za-z]/.test(w))) && /[A-Z]/.test(w) ? 'hyphen' : null;
  }
  if (/\d/.test(w)) return /^[A-Za-z]+\d/.test(w) ? 'alnum' : null;
  if (/[a-z][A-Z]/.test(w) || /^[A-Z]{2,}[a-z]{2,}/.test(w)) return 'camel';
  if (/^[A-Z]{3,}$/.test(w)) return 'acronym';
  if (/^[A-Z][a-z]+$/.test(w) && w.length >= 3) return 'capital';
  return null;
}

/** `APIs`, `LLMs`: the acronym's plural is the acronym. */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/**
 * A summary in Title Case (`A Simple Python Library For Parsing Dates`): its capitals say
 * nothing, so only the shapes a capital alone does not make (CamelCase, acronyms, digits)
 * count there.
 * @param {{ w: string, start: boolean }[]} words
 */
export function isTitleCase(words) {
  const inner = words.filter((x) => !x.start);
  // `Wrapper For Skia`: a function word is capitalised only in a title
  if (inner.some((x) => TITLE_FUNCTION_WORDS.has(x.w))) return true;
  const plain = inner.filter((x) => /^[A-Za-z][a-z]{3,}$/.test(x.w));
  if (plain.length < 3) return false;
  return plain.filter((x) => /^[A-Z]/.test(x.w)).length >= plain.length * 0.8;
}
const TITLE_FUNCTION_WORDS = new Set([
  'A', 'An', 'The', 'And', 'Or', 'For', 'With', 'From', 'Into', 'To', 'Of', 'In', 'On', 'By', 'As', 'Is',
  'Your', 'Using', 'That', 'This', 'Via', 'At',
]);

/**
 * Words that name a kind of thing, not a product: a run of capitalised words loses them at
 * its end (`Google Cloud Storage API` is Google Cloud Storage), and alone they are no name.
 */
export const GENERIC_TAIL = new Set([
  'api', 'apis', 'sdk', 'cli', 'gui', 'ui', 'client', 'server', 'library', 'plugin', 'wrapper', 'integration',
  'module', 'package', 'extension', 'connector', 'adapter', 'bindings', 'driver', 'toolkit', 'tools', 'helpers',
]);

/**
 * The name candidates of one summary: single words of a name shape not opening a sentence
 * (`inRun`: part of a longer run of capitalised words, `Hugging` in `Hugging Face`), and
 * whole runs of two or three capitalised words with no punctuation between them
 * (`Kafka Connect`, `Raspberry Pi`), a generic last word left out. `next` is the word after
 * the candidate (its head noun, if any: `PostgreSQL database`), `prev` the one before,
 * lower-cased.
 * @param {string} summary
 * @returns {{ surface: string, shape: string, next: string, prev: string, inRun: boolean }[]}
 */
export function summaryCandidates(summary) {
  const words = summaryWords(summary);
  const title = isTitleCase(words);
  const out = [];
  const lower = (i) => (i >= 0 && i < words.length ? words[i].w.toLowerCase() : '');
  // a capitalised word inside a sentence: a run member (`Pi` too, though too short alone)
  const capital = (i) => !title && /^[A-Z][A-Za-z0-9]*$/.test(words[i].w) && !ACRONYM_PLURAL.test(words[i].w);
  const member = (i) => capital(i) && !words[i].start;
  const runOf = new Int32Array(words.length).fill(1);
  for (let i = 0; i < words.length; ) {
    let j = i;
    if (member(i)) while (j + 1 < words.length && !words[j].breakAfter && member(j + 1)) j++;
    const len = j - i + 1;
    // `Model Context Protocol server`: a run after a capitalised sentence opener may be the
    // tail of a longer name (`Context Protocol`) or not (`Unified Skia`): no phrase from it
    const tainted = i > 0 && words[i - 1].start && capital(i - 1) && !words[i - 1].breakAfter;
    if (len >= 2 && tainted) for (let k = i; k <= j; k++) runOf[k] = len;
    else if (len >= 2) {
      let last = j;
      while (last > i && GENERIC_TAIL.has(lower(last))) last--;
      const n = last - i + 1;
      if (n >= 2 && n <= 3) {
        out.push({
          surface: words.slice(i, last + 1).map((x) => x.w).join(' '),
          shape: 'phrase',
          next: words[last].breakAfter ? '' : lower(last + 1),
          prev: lower(i - 1),
          inRun: false,
        });
      }
      for (let k = i; k <= j; k++) runOf[k] = n;
    }
    i = j + 1;
  }
  for (let i = 0; i < words.length; i++) {
    let w = words[i].w;
    if (words[i].start) continue;
    if (ACRONYM_PLURAL.test(w)) w = w.slice(0, -1);
    const shape = nameShape(w);
    if (!shape || (shape === 'capital' && title)) continue;
    out.push({ surface: w, shape, next: words[i].breakAfter ? '' : lower(i + 1), prev: lower(i - 1), inRun: runOf[i] >= 2 });
  }
  return out;
}

/**
 * The type a name's summaries give it, from the word that most often follows it (its head:
 * `Foo database`, `Foo API`), when one head word says it in at least a quarter of the
 * mentions; else 'other'.
 * @param {Map<string, number>} nextCounts next word → mentions
 * @param {number} mentions
 */
export function typeFromHeads(nextCounts, mentions) {
  const HEADS = [
    ['database', /^(database|db|dbms|datastore|data-?warehouse)$/],
    ['service', /^(api|service|cloud|platform|saas|webhooks?)$/],
    ['framework', /^framework$/],
    ['standard', /^(protocol|format|specification|spec|standard|files?|schema)$/],
    ['tool', /^(cli|tool|editor|ide|server|engine|runner|emulator|terminal)$/],
    ['library', /^(library|sdk|toolkit)$/],
    ['other', /^(models?|dataset|benchmark|chips?|board|devices?|boards)$/],
  ];
  const byType = new Map();
  for (const [next, n] of nextCounts) {
    const hit = HEADS.find(([, re]) => re.test(next));
    if (hit) byType.set(hit[0], (byType.get(hit[0]) ?? 0) + n);
  }
  let best = 'other';
  let bestN = 0;
  for (const [type, n] of [...byType].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestN) {
      best = type;
      bestN = n;
    }
  }
  return bestN >= mentions * 0.25 ? best : 'other';
}
