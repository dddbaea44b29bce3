// Builds Finding Aid #72 (SYNTHETIC held-out episode, heldout25) from source.mjs: a one-host one-guest INTERVIEW about WEB
// ARCHIVING (host Piers Lanyon, guest Nokuthula Dlamini, who leads web archiving at the Quenby Trust). Intro (Piers); why
// pages vanish (Nokuthula, opened by the host's question in a NEW paragraph right after his own one-liner: no speaker
// change); crawling with Heritrix (Nokuthula, who raises it herself MID-PARAGRAPH); the WARC format (Nokuthula, the
// host's back-reference question at a change of speaker); browser-based capture (Nokuthula, who raises it herself at a
// change of speaker, a weak cue on the host's words); [sponsor "Quirewell", read by the host at a change of speaker];
// replay and Memento (Nokuthula, handed over BY NAME, MID-PARAGRAPH, at the end of the read); social media (Nokuthula,
// who raises it herself MID-PARAGRAPH after a one-line reaction); legal deposit and the law (Nokuthula, the host's question
// at a change of speaker); preservation (Nokuthula, the host's question answered by a question); AI crawlers (Nokuthula,
// the host's question at a change of speaker); advice (Nokuthula, opened by a NEW paragraph of the host's right after his
// own one-liner: no speaker change); outro (Piers, at a change of speaker).
//
// Renders
//   rev.txt       a Rev.com-style text export (heldout10's, heldout12's and heldout21's layout): blocks of `Full Name
//                 (hh:mm:ss):` on their own line and the block's text on the next, a blank line between blocks, no header,
//                 no footer, a final newline; straight apostrophes, the transcriber's spellings (the A of each {A|B}:
//                 "Browser Tricks", "Pie WB", "Replay Web Page", "Droid", "Pronoun", "Perma CC"…), the URL written out. Rev
//                 splits a turn into blocks with the SAME name and a new time where the speaker starts a new paragraph
//                 (`¦`); one block's name is misspelt (`rev: 'typo'`, a gold alias); Rev's tags `[crosstalk hh:mm:ss]`
//                 (`{xt}`), `[inaudible hh:mm:ss]` (words in ⟦…⟧, lost) and `[laughs]` (`{LAUGH}`), on the episode's
//                 clock. A block's time is its first word's. Gold paragraphs are ONE PER BLOCK, the text line. A segment
//                 starts at the name line of its first block, or INSIDE a block at a `§`. transcriptStart 0. Gold key `rev`.
//   f4.txt        the transcript the show's producer typed in f4transkript (audiotranskription's transcription editor)
//                 while listening, exported as plain text, NEW in the held-out sets: paragraphs separated by a blank line,
//                 each ending with the f4 timestamp `#hh:mm:ss-d#` (hours, minutes, seconds, tenths) that f4 inserts when
//                 the typist presses Enter, the media position a moment after the paragraph's last word; Windows line
//                 endings (CRLF), a final CRLF. Two header paragraphs the producer typed before pressing play (stamped
//                 `#00:00:00-0#`), then the speech: the producer's text modules put `Name: ` before a turn (the first name;
//                 once the host's full name), no name where the speaker starts a new paragraph (`¦`), no name on three
//                 turns (`lab: null`) and the other speaker's name on one short paragraph; the transcription conventions
//                 of the f4 guide: `(laughs)`, and the producer hears what Rev could not. Proper spellings (the B of each
//                 {A|B}), straight apostrophes. GOLD PARAGRAPHS are ONE PER SPEECH PARAGRAPH, the text after the name and
//                 before ` #`. Because the timestamp ENDS a paragraph, a segment between paragraphs starts right where
//                 the text of the paragraph before it ENDS (the timestamp, the line breaks and the name belong to the new
//                 segment); a segment can also start INSIDE a paragraph at its first word. transcriptStart is the first
//                 speech paragraph. Gold key `f4`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
// The clock (both files): ~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s
// at a pause `¶` or a new paragraph `¦` inside a turn, from 1.2 s; tags take no time, inaudible words do.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'finding-aid-072';
const WPS = 2.6, T0 = 1.2;
const two = (n) => String(n).padStart(2, '0');
const hms = (sec) => { const s = Math.floor(sec); return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`; };
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const TYPO = { [G]: 'Nokuthula Dhlamini' };
const FIRST = { [H]: 'Piers', [G]: 'Nokuthula' };
const TOK = (t) => t.replace(/\{xt\}/g, ' {xt} ').replace(/\{LAUGH\}/g, ' {LAUGH} ').split(/\s+/).filter(Boolean);
const isTag = (w) => w === '{xt}' || w === '{LAUGH}';

// --- the clock: every spoken word of a paragraph, in each file's spellings ------------------------------------------
// (the inaudible words are spoken)
function clock(variant) {
  const out = [];
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const times = [];
    let pause = 0;
    for (const tok of TOK(pick(item.text, variant))) {
      if (tok === '¶' || tok === '¦') { pause = 0.5; continue; }
      if (isTag(tok)) continue;
      t += pause; pause = 0;
      times.push(t);
      t += 1 / WPS;
    }
    out[k] = times;
    prev = item;
  });
  return out;
}
{
  const marks = SOURCE.filter((x) => !x.seg).reduce((n, x) => n + (x.text.match(/§/g) ?? []).length, 0);
  const mids = SOURCE.filter((x) => x.seg && x.mid).length;
  if (marks !== mids) throw new Error(`${marks} § marks for ${mids} mid segments`);
  SOURCE.forEach((x, i) => { if (x.seg && x.mid && !SOURCE[i - 1]?.text?.includes('§')) throw new Error(`mid segment ${x.title} not right after its § paragraph`); });
}
const wordTimes = clock(0);          // rev.txt's words
const f4Times = clock(1);            // f4.txt's words
const wordEnd = (t, w) => t + 0.12 + 0.025 * w.replace(/[^\p{L}\p{N}]/gu, '').length;

// --- rev.txt ------------------------------------------------------------------------------------
let rev = '';
const revParas = [];
const revTrack = segmentTracker();
let typos = 0, splits = 0, tags = 0;
SOURCE.forEach((item, k) => {
  if (item.seg) { revTrack.seg(item); return; }
  const label = item.rev === 'typo' ? TYPO[item.speaker] : item.speaker;
  if (item.rev === 'typo') typos++;
  const times = wordTimes[k];
  let w = 0;
  const blocks = pick(item.text, 0).replace(/\s*¶\s*/g, ' ').split(/\s*¦\s*/);
  splits += blocks.length - 1;
  blocks.forEach((raw) => {
    if (rev) rev += '\n\n';
    const blockStart = rev.length;
    revTrack.block(blockStart);
    if (isTag(TOK(raw)[0]) || TOK(raw)[0].startsWith('⟦')) throw new Error('a block must open with a word');
    rev += `${label} (${hms(times[w])}):\n`;
    const textStart = rev.length;
    let text = '';
    let hidden = null;
    const push = (s) => { text += (text ? ' ' : '') + s; };
    for (const tok of TOK(raw)) {
      if (tok === '{xt}') { push(`[crosstalk ${hms(times[w])}]`); tags++; continue; }
      if (tok === '{LAUGH}') { push('[laughs]'); tags++; continue; }
      if (tok.startsWith('⟦')) hidden = times[w];
      if (hidden != null) {
        if (tok.includes('⟧')) { push(`[inaudible ${hms(hidden)}]${tok.slice(tok.indexOf('⟧') + 1)}`); hidden = null; tags++; }
        w++;
        continue;
      }
      let word = tok;
      if (word.startsWith('§')) { word = word.slice(1); revTrack.mark(text ? textStart + text.length + 1 : blockStart); }
      if (/[§¶¦]/.test(word)) throw new Error(`a stray mark in ${word}`);
      push(word);
      w++;
    }
    revParas.push({ start: textStart, end: textStart + text.length, speaker: item.speaker });
    rev += text;
  });
  if (w !== times.length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
});
rev += '\n';
revTrack.close(rev.length);
if (typos !== 1) throw new Error(`expected 1 typo, got ${typos}`);
if (/[§¶¦⟨⟩⟦⟧{}|’‘]/.test(rev)) throw new Error('a mark or curly apostrophe in rev.txt');

// --- f4.txt -------------------------------------------------------------------------------------
const NL = '\r\n';
const f4Stamp = (sec) => { const d = Math.floor(sec * 10 + 1e-6); return `#${hms(Math.floor(d / 10))}-${d % 10}#`; };
const F4_HEADER = [
  `Finding Aid 72 - Nokuthula Dlamini (Quenby Trust, Leeds) ${f4Stamp(0)}`,
  `Recorded 14.10.2025, both mics, transcribed by Odile. Names checked against the guest's email. ${f4Stamp(0)}`,
];
let f4 = F4_HEADER.join(NL + NL) + NL + NL;
const F4_START = f4.length;
const f4Paras = [];
const f4Track = segmentTracker();
let f4Named = 0, f4Laughs = 0;
{
  let prevEnd = null, prevSpeaker = null, lastStamp = 0, first = true;
  SOURCE.forEach((item, k) => {
    if (item.seg) { f4Track.seg(item); return; }
    const times = f4Times[k];
    let w = 0;
    const parts = pick(item.text, 1).replace(/\s*¶\s*/g, ' ').split(/\s*¦\s*/);
    parts.forEach((raw, pi) => {
      if (!first) f4 += NL + NL;
      first = false;
      const turn = item.speaker !== prevSpeaker && pi === 0;
      let lab = null;
      if (pi === 0) lab = 'lab' in item ? item.lab : (turn ? FIRST[item.speaker] : null);
      if (lab) { f4 += `${lab}: `; f4Named++; }
      const textStart = f4.length;
      if (pi === 0) f4Track.block(prevEnd ?? 0);
      let text = '';
      const push = (s) => { text += (text ? ' ' : '') + s; };
      let lastWordEnd = null;
      for (const tok of TOK(raw)) {
        if (tok === '{xt}') continue;
        if (tok === '{LAUGH}') { push('(laughs)'); f4Laughs++; continue; }
        let word = tok.replace(/[⟦⟧]/g, '');
        if (word.startsWith('§')) { word = word.slice(1); if (!text) throw new Error('a § at the start of a paragraph'); f4Track.mark(textStart + text.length + 1); }
        if (/[§¶¦#]/.test(word)) throw new Error(`a stray mark in ${word}`);
        push(word);
        lastWordEnd = wordEnd(times[w], word);
        w++;
      }
      f4 += text;
      f4Paras.push({ start: textStart, end: f4.length, speaker: item.speaker });
      prevEnd = f4.length;
      const stamp = Math.max(lastWordEnd + 0.6, lastStamp);
      lastStamp = stamp;
      f4 += ` ${f4Stamp(stamp)}`;
    });
    if (w !== times.length) throw new Error(`f4 word count mismatch in: ${item.text.slice(0, 40)}`);
    prevSpeaker = item.speaker;
  });
  f4 += NL;
  f4Track.close(f4.length);
}
if (/[§¶¦⟨⟩⟦⟧{}|’‘]/.test(f4)) throw new Error('a mark or curly apostrophe in f4.txt');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'Four pages in ten gone in a decade, a robot with manners, and a bus page that will not die';
const EPISODE = { show: 'Finding Aid', number: 72, recorded: '2025-10-14', title: TITLE };
const ENTITIES = {
  required: {
    'web archiving': ['web archiving', 'web archive', 'web archives'],
    'Quenby Trust': ['Quenby Trust'],
    Quirewell: ['Quirewell'],
    GeoCities: ['GeoCities'],
    'link rot': ['link rot', 'dead link'],
    'reference rot': ['reference rot'],
    'Pew Research Center': ['Pew Research Center'],
    Wikipedia: ['Wikipedia'],
    Heritrix: ['Heritrix'],
    'Internet Archive': ['Internet Archive'],
    'open source': ['open-source'],
    Java: ['Java'],
    'web crawler': ['crawler', 'crawlers', 'crawl'],
    'seed URLs': ['seeds'],
    'crawl scope': ['scope rules', 'scope'],
    'crawler trap': ['crawler traps'],
    politeness: ['politeness'],
    WARC: ['WARC'],
    'ISO 28500': ['ISO 28500'],
    CDX: ['CDX'],
    'revisit record': ['revisit record'],
    JavaScript: ['JavaScript'],
    Browsertrix: ['Browsertrix', 'Browser Tricks'],
    Webrecorder: ['Webrecorder'],
    warcio: ['warcio'],
    'browser profile': ['browser profile'],
    WACZ: ['WACZ'],
    'web replay': ['replay'],
    'Wayback Machine': ['Wayback Machine'],
    pywb: ['pywb', 'Pie WB'],
    'ReplayWeb.page': ['ReplayWeb.page', 'Replay Web Page'],
    'service worker': ['service worker'],
    Memento: ['Memento'],
    TimeGate: ['TimeGate'],
    RFC: ['RFC'],
    'temporal incoherence': ['temporal incoherence'],
    'social media': ['social media'],
    Twitter: ['Twitter'],
    X: ["company that's now X"],
    API: ['API'],
    Meta: ['Meta'],
    CrowdTangle: ['CrowdTangle'],
    Facebook: ['Facebook'],
    Instagram: ['Instagram'],
    Bluesky: ['Bluesky'],
    'AT Protocol': ['AT Protocol'],
    firehose: ['firehose'],
    'legal deposit': ['legal deposit'],
    'British Library': ['British Library'],
    ransomware: ['ransomware'],
    'UK Web Archive': ['UK Web Archive'],
    'Hachette v. Internet Archive': ['publishers sued', 'lending of scanned books'],
    'data breach': ['data breach'],
    fixity: ['checksum', 'fingerprint'],
    LOCKSS: ['lots of copies keep stuff safe'],
    Stanford: ['Stanford'],
    tape: ['tape'],
    DROID: ['DROID', 'Droid'],
    'The National Archives': ['National Archives'],
    PRONOM: ['PRONOM', 'Pronoun'],
    Flash: ['Flash'],
    Ruffle: ['Ruffle'],
    Rust: ['Rust'],
    WebAssembly: ['WebAssembly'],
    'AI crawlers': ['AI crawlers'],
    OpenAI: ['OpenAI'],
    GPTBot: ['GPTBot'],
    'robots.txt': ['robots.txt', 'robots files'],
    'Common Crawl': ['Common Crawl'],
    Cloudflare: ['Cloudflare'],
    'Save Page Now': ['Save Page Now'],
    'Perma.cc': ['Perma.cc', 'Perma CC'],
    'Robust Links': ['Robust Links'],
    'ArchiveWeb.page': ['ArchiveWeb.page'],
    InternetArchiveBot: ['InternetArchiveBot'],
    'infinite scrolling': ['infinite scrolling'],
  },
  tolerated: [
    'Finding Aid', 'quirewell.com', 'quirewell.com/findingaid', 'Norwich', 'Leeds', 'Durban', 'Cape Town', 'Yorkshire', 'Kew', 'United Kingdom', 'UK', 'north of England', 'Piers', 'Nokuthula', '1590', '1850', '2001',
    '2004', '2005', '2008', '2009', '2013', '2017', '2020', '2023', 'October', 'March', 'Tuesday', 'Thursday', 'archive', 'archives', 'archivist', 'librarian', 'librarians', 'record office', 'maps', 'buses', 'bus page',
    'double-decker', 'local newspapers', 'local news', 'newspaper', 'papers', 'community sites', 'charity', 'parish council', 'server', 'servers', 'crawl logs', 'loop', 'rule', 'robot', 'calendar widget', 'session numbers',
    'filters', 'gardening', 'pruning', 'records', 'request record', 'response record', 'metadata records', 'headers', 'fidelity', 'index', 'images', 'disk', 'paywalled paper', 'load more button', 'video', 'zip',
    'memory stick', 'present', 'strategy', 'compliance', 'legal team', 'terms and conditions', 'trusted timestamp', 'banks', 'insurers', 'councils', 'regulators', 'evidence', 'Python', 'Python Wayback', 'links', 'live web',
    'capture date', 'flood', 'weather widget', 'posts', 'price list', 'researchers', 'journalists', 'public posts', 'local accounts', 'fire services', 'reporters', 'consent', 'curation', 'pamphlets', 'emoji',
    'permission', 'regulations', 'national libraries', 'reading rooms', 'printed book', 'permissions', 'network', 'court case', 'appeal court', 'books', 'legal bill', 'lawsuit', 'attacks', 'copies', 'formats', 'format',
    'software', 'interactive maps', 'photo galleries', 'election results', 'browsers', 'election map', 'AI companies', 'publishers', 'search engines', 'goodwill', 'editor', 'chatbot', 'emails', 'phone call', 'website',
    'web page', 'lawyer', 'scholar', 'browser extension', 'login', 'club', 'campaign', 'recipe blog', 'nominations', 'bot', 'references', 'link repair', 'show notes', 'copyright', 'GeoCities', 'Archive Team', 'ARC',
    'WARC 1.1', 'OpenWayback', 'Heritrix 3', 'Browsertrix Crawler', 'Browsertrix Cloud', 'CDXJ', 'RFC 7089', 'TimeMap', 'Memento protocol', 'X', 'X Corp', 'Twitter API', 'Bluesky firehose', 'atproto',
    'Non-Print Legal Deposit', 'Legal Deposit Libraries (Non-Print Works) Regulations 2013', 'Rhysida', 'Hachette', 'Hachette v. Internet Archive', 'controlled digital lending', 'Second Circuit', 'OAIS', 'SHA-256', 'MD5',
    'LOCKSS', 'TNA', 'Adobe Flash', 'Flash Player', 'EaaSI', 'Google-Extended', 'ClaudeBot', 'CCBot', 'pay per crawl', 'ia_archiver', 'Save Page Now 2', 'archive.today', 'Robust Links', 'Webrecorder ArchiveWeb.page',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout25 (/work/heldout25/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    rev: { input: 'rev.txt', length: rev.length, transcriptStart: 0, segments: revTrack.segments, paragraphs: revParas },
    f4: { input: 'f4.txt', length: f4.length, transcriptStart: F4_START, segments: f4Track.segments, paragraphs: f4Paras },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'rev' ? rev : f4;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'rev.txt'), rev);
writeFileSync(join(here, 'f4.txt'), f4);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + TOK(pick(x.text, 0)).filter((y) => !['¶', '¦'].includes(y) && !isTag(y)).length; } }
for (const s of perSeg) { const tot = Object.values(s.w).reduce((a, b) => a + b, 0); console.log(`  ${s.p.padEnd(10)} ${JSON.stringify(s.w).padEnd(36)} ${s.p === 'Nokuthula' ? Math.round(100 * (s.w.Nokuthula ?? 0) / tot) + '%' : '   '} ${s.t}`); }
const spoken = wordTimes.filter(Boolean).reduce((n, x) => n + x.length, 0);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
console.log(`${spoken} spoken words, ${hms(lastTime)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs; rev.txt: ${revParas.length} blocks (${splits} splits, ${typos} misspelt name, ${tags} tags); f4.txt: ${f4Paras.length} speech paragraphs, ${f4Named} with a name, ${f4Laughs} laughs`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
