// Builds Call Number #58 (SYNTHETIC held-out episode, heldout27) from source.mjs: a one-host one-guest INTERVIEW about
// LIBRARY SYSTEMS with TEN topics (host Imogen Thwaite, guest Tavita Leaupepe). Intro (Imogen, who introduces the guest
// in the third person); how she became a systems librarian (the host's question in a NEW paragraph right after her own
// one-liner: no speaker change); the ILS and Koha (the host's question); migrating to Koha (the host's question, taking up
// her words); MARC (raised MID-PARAGRAPH by the GUEST at the end of her own answer); [sponsor "Spineline", read by
// Imogen at a change of speaker, a weak cue]; BIBFRAME and linked data (handed over BY NAME, MID-PARAGRAPH, at the end of
// the read); WorldCat and copy cataloguing (the host's question); discovery layers and search (raised MID-PARAGRAPH by the
// GUEST after a one-line reaction of her own); self-checkout, RFID and SIP2 (the host's question); ransomware at the
// British Library and Toronto (raised MID-PARAGRAPH by the GUEST at the end of her answer); e-book licences (the host's
// question in a NEW paragraph right after her own one-liner); outro (Imogen, at a change of speaker). The interview was
// recorded over a Google Meet call with transcription on.
//
// Renders
//   labeled.txt      the show's own transcript in the SEED's labelled layout (shared/data/python-bytes-049/labeled.txt):
//                    one paragraph a line, `Imogen THWAITE: ` / `Tavita LEAUPEPE: ` on each speaker's first line, the
//                    SURNAME in capitals on later turns, NO label on the paragraphs that continue a turn (`¶`, or a new paragraph of the same speaker), a typo
//                    label now and then (`lab`, an alias, as the seed's `OKKE:`); curly apostrophes, the URL kept, the A of
//                    each {A|B}. No header, no footer. Gold paragraphs are the text after the label. Key `labeled`.
//   meet.txt         the Google Meet transcript (the Google Doc Meet writes into the organiser's Drive), downloaded from
//                    Google Docs as plain text: a byte-order mark (U+FEFF, one code unit at offset 0, kept in the text) and
//                    CRLF line ends, as Docs' .txt download has them; the document's lines: its title ("… - Transcript"),
//                    "Attendees", the attendees' names, "Transcript"; then the talk, one paragraph a line as
//                    `Display Name: text`, the name repeated on EVERY paragraph (Meet starts a new one at a change of
//                    speaker, at `¶` inside a long turn, and at a new paragraph of the same speaker); every five minutes a
//                    time line `hh:mm:ss` followed by an empty line, before the first paragraph that starts after the mark
//                    (the first, 00:00:00, before the first paragraph); at the end an empty line, "Meeting ended after
//                    hh:mm:ss 👋", an empty line and Meet's note that the transcript was computer generated. Straight
//                    apostrophes, no fillers, the B of each {A|B} (Meet's recogniser). Gold paragraphs are the text after
//                    `Name: `; transcriptStart is the first time line; a segment starts at the time line before its first
//                    paragraph if there is one, else at the name, or INSIDE a paragraph at the `§` word. Key `meet`.
//   Times: one clock (~2.6 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from
//   5.0 s after the music).
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'call-number-058';
const WPS = 2.6, T0 = 5.0;
const two = (n) => String(n).padStart(2, '0');
const hms = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const tokens = (t) => t.split(/\s+/).filter(Boolean).filter((w) => w !== '§');

// Splits each paragraph (variant k) at its ¶ marks; pieces after the first continue the turn. `at` is the clock time
// of each piece's first word, `turnStart` whether the speaker changed.
function pieces(k) {
  const out = [];
  let t = T0, prev = null;
  for (const x of SOURCE) {
    if (x.seg) { out.push(x); continue; }
    const text = pick(x.text, k);
    if (/[{}|¦~’‘]/.test(text)) throw new Error(`a stray mark in: ${text.slice(0, 40)}`);
    if (prev) t += prev.speaker === x.speaker ? 0.4 : 0.6;
    text.split(/\s*¶\s*/).forEach((part, j) => {
      out.push({ ...x, text: part.trim(), at: t, cont: j > 0, turnStart: j === 0 && prev?.speaker !== x.speaker });
      t += tokens(part.replace(/[⟨⟩]/g, '')).length / WPS;
    });
    prev = x;
  }
  return out;
}

// --- labeled.txt ----------------------------------------------------------------------------------
const FIRST = { [H]: 'Imogen THWAITE', [G]: 'Tavita LEAUPEPE' };
const LATER = { [H]: 'THWAITE', [G]: 'LEAUPEPE' };
const seen = new Set();
const labeled = render(pieces(0), {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => {
    if (!p.turnStart && !p.lab) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LATER[p.speaker] : FIRST[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});
if (/[¶§⟨⟩{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- meet.txt -------------------------------------------------------------------------------------
const TITLE = 'Koha, MARC and a library book from 1999, with Tavita Leaupepe';
const CRLF = '\r\n';
const MSRC = pieces(1);
const lastPiece = MSRC.filter((x) => !x.seg).at(-1);
const endAt = lastPiece.at + tokens(lastPiece.text).length / WPS;
let mark = 0;   // the next five-minute mark to print
const meet = render(MSRC, {
  header: ['\uFEFFCall Number 58 – interview with Tavita Leaupepe - Transcript', 'Attendees', `${H}, ${G}`, 'Transcript', ''].join(CRLF),
  footer: [CRLF, `Meeting ended after ${hms(endAt + 4)} 👋`, '', 'This editable transcript was computer generated and might contain errors. People can also change the text after it was created.'].join(CRLF),
  sep: CRLF, trailer: '', speechOnly: true,
  prefix: (i, p) => {
    let stamp = '';
    if (p.at >= mark) { stamp = `${hms(Math.floor(p.at / 300) * 300)}${CRLF}${CRLF}`; mark = (Math.floor(p.at / 300) + 1) * 300; }
    return `${stamp}${p.speaker}: `;
  },
  words: (i, p) => p.text,
});
if (/[¶§⟨⟩{}|’‘]/.test(meet.text)) throw new Error('a mark or curly quote in meet.txt');

// --- entities -----------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'systems librarian': ['systems librarian'],
    'integrated library system': ['integrated library system', 'ILS'],
    circulation: ['circulation'],
    cataloguing: ['cataloguing'],
    acquisitions: ['acquisitions'],
    serials: ['serials'],
    OPAC: ['OPAC'],
    SirsiDynix: ['SirsiDynix', 'Sirsi Dynix'],
    'Innovative Interfaces': ['Innovative'],
    Sierra: ['Sierra'],
    Polaris: ['Polaris'],
    'Ex Libris': ['Ex Libris'],
    Alma: ['Alma'],
    Clarivate: ['Clarivate'],
    Koha: ['Koha', 'Coho'],
    'Horowhenua Library Trust': ['Horowhenua Library Trust'],
    Katipo: ['Katipo'],
    'open source': ['open source', 'open-source'],
    Perl: ['Perl'],
    MariaDB: ['MariaDB'],
    Elasticsearch: ['Elasticsearch'],
    Zebra: ['Zebra'],
    Evergreen: ['Evergreen'],
    PostgreSQL: ['PostgreSQL'],
    FOLIO: ['FOLIO'],
    EBSCO: ['EBSCO'],
    'SirsiDynix Symphony': ['SirsiDynix Symphony', 'Sirsi Dynix Symphony'],
    'bibliographic record': ['bibliographic records'],
    MARC: ['MARC'],
    'MARC 21': ['MARC 21', 'Mark 21'],
    'Library of Congress': ['Library of Congress'],
    'subject headings': ['subject headings'],
    MARCXML: ['MARCXML'],
    Spineline: ['Spineline'],
    BIBFRAME: ['BIBFRAME', 'Bib frame'],
    'linked data': ['linked data'],
    RDF: ['RDF'],
    'authority control': ['authority control'],
    VIAF: ['VIAF'],
    OCLC: ['OCLC'],
    ISNI: ['ISNI'],
    Wikidata: ['Wikidata'],
    RDA: ['RDA'],
    AACR2: ['AACR2'],
    'copy cataloguing': ['copy cataloguing'],
    WorldCat: ['WorldCat', 'World Cat'],
    'Z39.50': ['Z39.50', 'Z 39 50'],
    ISBN: ['ISBN'],
    'discovery layer': ['discovery layer'],
    VuFind: ['VuFind', 'View Find'],
    'Villanova University': ['Villanova University'],
    Blacklight: ['Blacklight'],
    'University of Virginia': ['University of Virginia'],
    'Apache Solr': ['Apache Solr', 'Solr'],
    Primo: ['Primo'],
    Google: ['Google'],
    'relevance ranking': ['relevance'],
    facets: ['facets'],
    'self-checkout': ['self-checkout'],
    RFID: ['RFID'],
    'ISO 28560': ['ISO 28560'],
    SIP2: ['SIP2', 'sip two'],
    '3M': ['3M'],
    NCIP: ['NCIP'],
    ransomware: ['ransomware'],
    Rhysida: ['Rhysida', 'Racida'],
    'British Library': ['British Library'],
    'Toronto Public Library': ['Toronto Public Library'],
    'multi-factor authentication': ['multi-factor authentication', 'multi-factor'],
    'remote access server': ['remote access server'],
    backup: ['backup'],
    anonymisation: ['anonymise'],
    'reading history': ['reading history'],
    'e-book': ['e-book', 'e-books'],
    OverDrive: ['OverDrive'],
    Libby: ['Libby'],
    HarperCollins: ['HarperCollins'],
    'e-book licence': ['licence', 'license them'],
    'controlled digital lending': ['controlled digital lending'],
    'Internet Archive': ['Internet Archive'],
  },
  tolerated: [
    'Call Number', 'Harbourline Libraries', 'Harbourline', 'spineline.io', 'spineline.io/callnumber', 'callnumber.fm', 'callnumber.fm/58', 'Imogen', 'Tavita', 'Henriette Avram', 'Victoria',
    'York', 'Porirua', 'Wellington', 'Lower Hutt', 'Georgia', 'New York', 'Leeds', 'Toronto', 'the States', 'New Zealand', 'Māori', 'Maori', 'Kia ora', 'January', 'March', 'May', 'September',
    'November', 'October', 'Friday', 'Monday', 'Saturday', 'Teach Yourself Web Pages in a Weekend', 'The Hobbit', 'Harry Potter', 'MARC Must Die', 'year two thousand', 'Y2K',
    'library degree', 'reference desk', 'printer', 'scripts', 'spreadsheet', 'large print', 'item types', 'loan rules', 'fines', 'fine-free', 'holds', 'loans', 'renew', 'borrowers', 'catalogue',
    'records', 'fields', 'indicators', 'subfields', 'dollar sign', 'catalogue cards', 'angle brackets', 'XML', 'web address', 'identifiers', 'work', 'instance', 'item', 'thesis', 'audiobook',
    'kiosk', 'tag', 'antenna', 'reader', 'barcode', 'PIN', 'network', 'sorting machine', 'sticky note', 'encrypted tunnel', 'server', 'servers', 'database', 'search engine', 'infrastructure',
    'appeals court', 'publishers', 'waiting list', 'returns slot', 'Koha community', 'systems blog', 'vendors', 'contracts', 'support companies', 'consortium', 'database', 'budgets', 'magazines',
    'public catalogue', 'statewide consortium', 'universities', 'shadow library', 'record-sharing service', 'protocol', 'lessons-learned report', 'patch', 'staff login', 'encrypted', 'off-site',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Call Number', number: 58, recorded: '2025-06-10', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout27 (/work/heldout27/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    meet: { input: 'meet.txt', length: meet.text.length, transcriptStart: meet.transcriptStart, segments: meet.segments, paragraphs: meet.paragraphs },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'labeled' ? labeled.text : meet.text;
  const spoken = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => spoken.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'meet.txt'), meet.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => tokens(pick(p.text, 0).replace(/[¶§⟨⟩]/g, ' ')).length).reduce((a, b) => a + b, 0);
const last = pieces(0).filter((x) => !x.seg).at(-1);
console.log(`${speech} spoken words, about ${Math.round((last.at + tokens(last.text).length / WPS) / 60)} minutes; labeled.txt: ${labeled.paragraphs.length} paragraphs; meet.txt: ${meet.paragraphs.length} paragraphs, ${(meet.text.match(/\r\n\d\d:\d\d:\d\d\r\n/g) ?? []).length} time lines\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
