// Builds Full Recall #31 (SYNTHETIC held-out episode, heldout19) from source.mjs: a one-host one-guest INTERVIEW about
// SEARCH ENGINES (host Anselm Richter, guest Parisa Tehrani, a search engineer at a second-hand book marketplace).
// Intro (Anselm); the inverted index, BM25 and Lucene (Parisa, opened by the host's question); text analysis (Parisa,
// a weak cue); typo tolerance and autocomplete (Parisa, who raises it herself MID-PARAGRAPH); [sponsor "Fernpost", read
// by Anselm, MID-PARAGRAPH at the end of his own reaction]; measuring relevance (Parisa, opened by a NEW paragraph of
// the host's right after his read: no speaker change); vector and hybrid search (Parisa, a question answered by a
// question); choosing an engine (Parisa, who raises it herself in a NEW paragraph after the host's short reaction);
// segments and refresh (Parisa, a back-reference to an earlier topic); where to start (Parisa); outro (Anselm).
//
// Renders
//   plain.txt   a transcription service's "paragraphs" export: NO names, NO stamps, NO header; punctuated and cased,
//               straight apostrophes, the recogniser's spellings (the B of each {A|B}: acronyms spelt out, misheard
//               names, the URL as words); paragraphs broken at PAUSES, one blank line between them, a final newline: a
//               new paragraph at every `¶` (a pause inside a turn, sometimes mid-sentence) and at every source
//               paragraph, except those marked `join` (no pause: run on in the paragraph before, same speaker) and
//               `swallow` (a short reply said without a pause: run into the OTHER speaker's paragraph before it, which
//               then holds both speakers: gold the majority speaker, `ambiguous`). So a long turn spans several
//               paragraphs and consecutive paragraphs often have the same speaker. The two names are said only in the
//               introduction. Gold paragraphs are the lines. A segment starts at the start of its first paragraph, or
//               INSIDE a paragraph at a `§` or where its first source paragraph was run into the paragraph before.
//               transcriptStart 0. Gold key `plain`.
//   web.txt     seed-like, built the way heldout18's hot-path-044/web.txt was: a header (show, tagline, navigation,
//               "#31 – Parisa Tehrani: …", date and length, "Transcript") and a footer; `mm:ss` stamps from one clock
//               (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//               0.5 s); `ANSELM:` on the first TWO paragraphs ONLY, both the host's (the welcome and the introduction
//               of the guest), so the guest is never labelled; page breaks inside long turns at sentence ends, where
//               the continuation loses its first word (`¦~`; `¦` keeps it); the paragraphs marked `cut` lose their first
//               word; the spoken URL dropped with the punctuation after it; curly apostrophes; the edited spellings (the
//               A of each {A|B}). Built with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly: gold
//               paragraphs are the text after the stamp and label). Gold key `web`.
//   gold.json   offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//               unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'full-recall-031';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');
const count = (t) => unsplit(labeledText(t)).replace('§', '').split(/\s+/).filter(Boolean).length;

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: unpause(pick(x.text, 0)) }));
const wordTimes = wordClock(WSRC, 0.5, count, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const TITLE = 'Parisa Tehrani: inside the search box, from the inverted index to hybrid search';
const web = render(WEB_SOURCE, {
  header: [
    'Full Recall', 'Search, retrieval and finding the thing you meant', '',
    'Episodes · Guests · Reading list · About', '',
    `#31 – ${TITLE}`, `November 19, 2025 · ${Math.round(lastTime / 60)} minutes`, '',
    'Transcript', '', '',
  ].join('\n'),
  footer: '\n\nTranscripts are produced automatically and checked by a human. Please check quotes against the audio.\n← Back to all episodes',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? 'ANSELM: ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).some((p) => p.speaker !== H)) throw new Error('the two labeled web paragraphs must be the host’s');
if (/[⟨⟩§¦¶{}|]/.test(web.text)) throw new Error('a mark in web.txt');

// --- plain.txt ----------------------------------------------------------------------------------
let plain = '';
const plainParas = [], plainSegs = [];
{
  let cur = null, pending = null, pendingMid = null;
  const openSeg = (item, at) => {
    if (plainSegs.length) plainSegs.at(-1).end = at;
    plainSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: plainSegs.length ? at : 0, end: null });
  };
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: plain.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    plainParas.push(para);
  };
  const newPara = (owner) => { if (cur) { close(); plain += '\n\n'; } cur = { start: plain.length, owner, count: {} }; };
  for (const item of SOURCE) {
    if (item.seg) {
      if (!item.mid) { pending = item; continue; }
      if (pendingMid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      openSeg(item, pendingMid);
      pendingMid = null;
      continue;
    }
    const text = unsplit(pick(item.text, 1)).replace(/⟨([^⟩]*)⟩/g, '$1');
    text.split(/ ?¶ ?/).forEach((piece, pi) => {
      piece = piece.trim();
      if (!piece) throw new Error('an empty pause piece');
      const runOn = pi === 0 && cur && ((item.join && cur.owner === item.speaker) || (item.swallow && cur.owner !== item.speaker));
      if (pi === 0 && (item.join || item.swallow) && !runOn) throw new Error(`join/swallow without a paragraph to run into: ${item.text.slice(0, 40)}`);
      if (runOn) plain += ' '; else newPara(item.speaker);
      const at = plain.length;
      if (pi === 0 && pending) { if (item.swallow) throw new Error('a segment cannot open on a swallowed reply'); openSeg(pending, at); pending = null; }
      const mark = piece.indexOf('§');
      const clean = piece.replace('§', '');
      if (mark >= 0) pendingMid = at + mark;
      plain += clean;
      cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + clean.split(/\s+/).length;
    });
  }
  close();
  plain += '\n';
  plainSegs.at(-1).end = plain.length;
}
if (/[§¦¶⟨⟩{}|’‘]/.test(plain)) throw new Error('a mark or curly apostrophe in plain.txt');
{
  const introEnd = plainSegs[0].end;
  for (const sp of SPEAKERS) for (const part of sp.name.split(' ')) {
    const idx = [...plain.matchAll(new RegExp(`\\b${part}\\b`, 'g'))].map((m) => m.index);
    if (!idx.length || idx.some((x) => x >= introEnd)) throw new Error(`${part} must be said, and only in the introduction`);
  }
}

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Full Recall', number: 31, recorded: '2025-11-19', title: TITLE };
const ENTITIES = {
  required: {
    'search engine': ['search engine', 'engine'],
    'inverted index': ['inverted index'],
    'postings list': ['postings list'],
    BM25: ['BM25', 'BM twenty five'],
    Lucene: ['Lucene', 'Lucine'],
    Java: ['Java'],
    Elasticsearch: ['Elasticsearch', 'elastic search'],
    OpenSearch: ['OpenSearch', 'open search'],
    Solr: ['Solr'],
    cluster: ['cluster'],
    API: ['API'],
    analyzer: ['analyzer', 'analyzers'],
    tokens: ['tokens', 'tokenising'],
    stemming: ['stemming', 'stem'],
    Dutch: ['Dutch'],
    French: ['French'],
    German: ['German'],
    'compound words': ['compound', 'decompounder'],
    ICU: ['ICU', 'I see you'],
    Unicode: ['Unicode'],
    Persian: ['Persian'],
    Arabic: ['Arabic'],
    synonyms: ['synonyms'],
    'edit distance': ['edit distance'],
    'fuzzy query': ['fuzzy query'],
    'Levenshtein automaton': ['Levenshtein automaton', 'Levenstein automaton'],
    'term dictionary': ['term dictionary', 'dictionary'],
    'finite state transducer': ['finite state transducer', 'FST', 'F S T'],
    autocomplete: ['autocomplete', 'suggestions'],
    Fernpost: ['Fernpost'],
    'email API': ['email API'],
    deliverability: ['deliverability'],
    webhook: ['webhook'],
    'judgment list': ['judgment list'],
    NDCG: ['NDCG', 'N D C G', 'normalised discounted cumulative gain'],
    Quepid: ['Quepid', 'cupid'],
    'click data': ['click data'],
    'position bias': ['position bias'],
    interleaving: ['interleaving'],
    'A/B test': ['A/B test'],
    'keyword search': ['keyword search'],
    'vector search': ['vector search', 'vectors', 'vector'],
    'vector database': ['vector database'],
    'embedding model': ['embedding model', 'embedding'],
    'approximate index': ['approximate index'],
    HNSW: ['HNSW', 'H N S W'],
    'nearest neighbours': ['nearest neighbours'],
    quantisation: ['quantise'],
    ISBN: ['ISBN', 'I S B N'],
    'reciprocal rank fusion': ['reciprocal rank fusion'],
    Elastic: ['Elastic'],
    AGPL: ['AGPL'],
    licence: ['licence'],
    Tantivy: ['Tantivy', 'tan TV'],
    Rust: ['Rust'],
    Quickwit: ['Quickwit', 'Quick wit'],
    'object storage': ['object storage'],
    Datadog: ['Datadog', 'data dog'],
    ParadeDB: ['ParadeDB', 'parade DB'],
    Postgres: ['Postgres', 'post gress', 'Post gress'],
    'full-text search': ['full-text search'],
    segments: ['segments', 'segment'],
    merges: ['merges', 'merged'],
    refresh: ['refreshes', 'refresh'],
    'near real time': ['near real time'],
    database: ['database'],
    'search logs': ['search logs'],
    'Relevant Search': ['Relevant Search', 'relevant search'],
    'Doug Turnbull': ['Doug Turnbull'],
    'John Berryman': ['John Berryman'],
    SQL: ['SQL'],
    wildcard: ['wildcard'],
    'index alias': ['alias'],
    'bulk load': ['bulk load'],
    reindex: ['reindex', 'reindexing'],
    'language model': ['language model', 'small model'],
    'language fields': ['language fields', 'field per language'],
  },
  tolerated: [
    'Full Recall', 'Leafbound', 'Ghent', 'Belgium', 'fernpost.io', 'fernpost.io/recall', 'fernpost dot io slash recall', 'Anselm', 'Parisa', 'Tolkien', 'Tolkein', 'Tolkein queries',
    'search', 'retrieval', 'search box', 'data', 'shop', 'library', 'help centre', 'developers', 'black box', 'documents', 'document', 'results', 'customer', 'catalogue', 'copies', 'legal publisher', 'lawyers',
    'bug report', 'citation', 'rows', 'words', 'word', 'collection', 'descriptions', 'candidates', 'lists', 'scoring function', 'knobs', 'server', 'text', 'accents', 'languages', 'children\'s book', 'kinderboek',
    'boek', 'filter', 'queries', 'query', 'scripts', 'stock', 'paperback', 'softcover', 'first edition', 'index time', 'query time', 'spelling', 'bookshop', 'typo', 'state machine', 'prefix', 'keystroke', 'pamphlet',
    'toll roads', 'password reset', 'receipt', 'templates', 'retries', 'inbox', 'spam', 'log', 'free tier', 'paid plan', 'ranking', 'score', 'team', 'customer support', 'booksellers', 'editions', 'model', 'tool',
    'open-source tool', 'behaviour', 'basket', 'users', 'traffic', 'inbox', 'numbers', 'mystery', 'village', 'graph', 'memory', 'accuracy', 'author', 'title', 'system', 'rule', 'migration', 'fork', 'library',
    'log search engine', 'indexes', 'extension', 'shop', 'documents', 'checkout', 'apology', 'refund', 'cookbook', 'book', 'examples', 'demo', 'show notes', 'motto', 'engineering', 'full-text', 'cousins',
    'LIKE query', 'LIKE', 'rows', 'matches', 'disk space', 'sellers', 'title', 'safety net', 'floats', 'gigabytes', 'graph', 'weekday', 'keywords', 'filter', 'latency', 'milliseconds', 'slice', 'present',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout19 (/work/heldout19/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    plain: { input: 'plain.txt', length: plain.length, transcriptStart: 0, segments: plainSegs, paragraphs: plainParas },
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'plain.txt'), plain);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + count(x.text); } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const speech = WSRC.filter((x) => !x.seg).reduce((n, p) => n + count(p.text), 0);
const plainWords = plain.split(/\s+/).filter(Boolean).length;
const same = plainParas.filter((p, i) => i > 0 && plainParas[i - 1].speaker === p.speaker).length;
const cnt = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
console.log(`${speech} spoken words (web), ${plainWords} in plain.txt, ${mmss(lastTime)} long, ${paras.length} source paragraphs; plain.txt: ${plainParas.length} paragraphs, ${same} continue the speaker before, ${plainParas.filter((p) => p.ambiguous).length} mixed; web.txt: ${cnt(/¦/g)} page breaks (${cnt(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} paragraphs losing their first word`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
