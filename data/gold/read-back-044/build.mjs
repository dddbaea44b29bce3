// Builds Read Back #44 (SYNTHETIC held-out episode, heldout34) from source.mjs: a one-host one-guest INTERVIEW about COURT
// REPORTING and STENOGRAPHY (host Rafael Quintero, guest Nkechi Obi). See README.md for the segments and boundaries.
//
// Renders
//   labeled.txt  the show's own edited transcript, speaker-labelled like the seed (the shared `render` and `labeledPrefix`):
//                one paragraph a line, `Rafael QUINTERO: ` / `Nkechi OBI: ` on each speaker's first paragraph, `QUINTERO: ` /
//                `OBI: ` later, unlabelled continuation paragraphs where the transcript breaks a long turn (`¦`), a label typo
//                (`QUINTER: `) and one of Nkechi's paragraphs under `QUINTERO: ` (gold: Nkechi); curly apostrophes; the URLs
//                as written. The A of each {A|B}. Gold paragraphs are whole lines, label included. Key `labeled`.
//   rough.txt    Dolores Whitfield's UNCERTIFIED ROUGH DRAFT as her CAT software exports it to ASCII: pages of 25 numbered
//                lines (`%2d` and three spaces, at most 56 characters of text), a page header line (`UNCERTIFIED ROUGH DRAFT`
//                and the page number at the right), a title page (page 1), then the colloquy: a speaker designation
//                (`MR. QUINTERO:  `, `MS. OBI:  `, two spaces after the colon) indented ten spaces at each change of speaker,
//                a same-speaker new paragraph indented ten spaces without a designation (`¶`), parentheticals on their own
//                indented line (`(Laughter.)`, `(Recess taken.)`), `--` for a sentence broken off, numbers as digits, and the
//                realtime slips: the host's surname as "Quinn tear row" until the brief made at the break, untranslated steno
//                (`KEUZ/HREUPBG/PWER/KWREU`), an unresolved conflict (`There/their`), `uh`, and two lines under the wrong
//                designation (gold: the real speaker). LF line ends, a final newline. The B of each {A|B}. Gold paragraphs
//                run from the first to the last character of a paragraph's words (the line numbers and page headers between
//                them included). A segment starts at the first character of the numbered line whose first word is its first
//                word, or INSIDE a line at its first word. transcriptStart is the first colloquy line; the title page belongs
//                to the intro, the closing parenthetical to the outro. Key `rough`.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, R, N } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'read-back-044';
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- labeled.txt --------------------------------------------------------------------------------------------------------
const LSRC = [];
for (const x of SOURCE) {
  if (x.seg) { LSRC.push(x); continue; }
  const parts = pick(x.text, 0).replace(/\s*¶\s*/g, ' ').split(/\s*¦\s*/);
  parts.forEach((text, i) => LSRC.push({ ...x, text, lab: i ? null : x.lab }));
}
for (const x of LSRC) if (!x.seg && /[{}|¦¶]/.test(x.text)) throw new Error(`a stray mark in: ${x.text.slice(0, 40)}`);
const LABELS = { first: { [R]: 'Rafael QUINTERO', [N]: 'Nkechi OBI' }, later: { [R]: 'QUINTERO', [N]: 'OBI' } };
const labeled = render(LSRC, { header: '', footer: '', sep: '\n', trailer: '\n', prefix: labeledPrefix(LABELS), words: (i, p) => labeledText(p.text) });

// --- rough.txt ----------------------------------------------------------------------------------------------------------
const WIDTH = 56, IND = ' '.repeat(10);
const DESIG = { [R]: 'MR. QUINTERO', [N]: 'MS. OBI' };
// the draft's lines: { kind: 'text' | 'blank' | 'title', words: [{ s, seg }] , lead } where lead is what stands before the
// first word (indent and designation)
const lines = [];
const paras = [];   // { speaker, first: [lineIdx, wordIdx], last: [lineIdx, wordIdx] }
{
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0, pending = null, lastDesig = null;
  SOURCE.forEach((item) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    const desig = item.as ?? DESIG[item.speaker];
    pick(item.text, 1).replace(/[⟨⟩]/g, '').replace(/\s*¦\s*/g, ' ').split(/\s*¶\s*/).forEach((part, pi) => {
      const lead = pi === 0 && desig !== lastDesig ? `${IND}     ${desig}:  ` : IND;
      lastDesig = desig;
      let line = { kind: 'text', lead, words: [] };
      lines.push(line);
      const para = { speaker: item.speaker, first: null, last: null };
      part.split(/\s+/).filter(Boolean).forEach((raw, j) => {
        let s = raw.replace('§', '');
        const w = { s, seg: null };
        if (raw.startsWith('§')) { w.seg = mids[midN++]; if (!w.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { w.seg = pending; pending = null; }
        const width = line.lead.length + line.words.reduce((a, x) => a + x.s.length + 1, 0) + s.length;
        if (line.words.length && width > WIDTH) { line = { kind: 'text', lead: '', words: [] }; lines.push(line); }
        line.words.push(w);
        para.first ??= [lines.length - 1, line.words.length - 1];
        para.last = [lines.length - 1, line.words.length - 1];
      });
      paras.push(para);
    });
    if (item.paren) { lines.push({ kind: 'paren', lead: IND + item.paren, words: [] }); lastDesig = null; }
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
}
const TITLE = [
  '', '', '', '', '',
  '                    UNCERTIFIED ROUGH DRAFT',
  '',
  '     THIS IS AN UNEDITED REALTIME ROUGH DRAFT. IT HAS NOT',
  '     BEEN PROOFREAD OR CERTIFIED AND MAY CONTAIN',
  '     UNTRANSLATED STENO, MISTRANSLATIONS AND ERRORS.',
  '',
  '                    READ BACK (PODCAST)',
  '                        Episode 44',
  '            Live realtime demonstration, recorded',
  '                 Tuesday, October 8, 2024',
  '',
  '',
  '     PRESENT:  Rafael Quintero, host',
  '               Nkechi Obi, RMR, CRR, guest',
  '',
  '',
  '     Reported by:  Dolores Whitfield, RDR, CRR, CSR',
  '', '', '',
];
const rough = { text: '', paragraphs: [], segments: [], transcriptStart: null };
{
  let out = '';
  let page = 0, lineNo = 25;
  const pos = [];   // per line: per word offset; lineStart
  const newLine = () => {
    if (lineNo === 25) {
      page++;
      lineNo = 0;
      out += `${page > 1 ? '\n' : ''}UNCERTIFIED ROUGH DRAFT${String(page).padStart(WIDTH + 5 - 'UNCERTIFIED ROUGH DRAFT'.length)}\n\n`;
    }
    lineNo++;
    const at = out.length;
    out += `${String(lineNo).padStart(2)}   `;
    return at;
  };
  for (const t of TITLE) { newLine(); out += t; out = out.replace(/ +$/, ''); out += '\n'; }
  lineNo = 25;   // the colloquy starts on page 2
  const openSeg = (sg, at) => {
    if (rough.segments.length) rough.segments.at(-1).end = at;
    rough.segments.push({ kind: sg.seg, presenter: sg.presenter, title: sg.title, titleKeys: sg.titleKeys, start: rough.segments.length ? at : 0, end: null });
  };
  lines.forEach((line, li) => {
    const at = newLine();
    rough.transcriptStart ??= at;
    out += line.lead;
    pos[li] = [];
    line.words.forEach((w, j) => {
      if (j) out += ' ';
      if (w.seg) openSeg(w.seg, j === 0 ? at : out.length);
      pos[li][j] = out.length;
      out += w.s;
    });
    out += '\n';
  });
  out += `${' '.repeat(10)}* * * * *\n`;
  for (const p of paras) {
    const start = pos[p.first[0]][p.first[1]];
    const lastLine = lines[p.last[0]];
    const end = pos[p.last[0]][p.last[1]] + lastLine.words[p.last[1]].s.length;
    rough.paragraphs.push({ start, end, speaker: p.speaker });
  }
  rough.segments.at(-1).end = out.length;
  rough.text = out;
}
if (rough.segments.length !== SEGS) throw new Error(`rough: ${rough.segments.length} segments, the source has ${SEGS}`);
if (/[§¶¦⟨⟩{}|~]/.test(rough.text)) throw new Error('a mark in rough.txt');
if (rough.text.split('\n').some((l) => l.length > WIDTH + 5 + 4)) throw new Error('a rough line too long');

// --- entities ---------------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'court reporting': ['court reporter', 'court reporters', 'court reporting'],
    realtime: ['realtime'],
    stenotype: ['stenotype'],
    'steno machine': ['steno machine'],
    steno: ['steno'],
    Stenograph: ['Stenograph'],
    'Stenograph Luminex': ['Luminex'],
    Diamante: ['Diamante'],
    chord: ['chords', 'chord'],
    stroke: ['stroke', 'strokes'],
    'steno theory': ['theory', 'theories'],
    StenEd: ['StenEd'],
    Phoenix: ['Phoenix'],
    'Magic theory': ['Magic'],
    'paper tape': ['paper tape'],
    Bluetooth: ['Bluetooth'],
    'CAT software': ['CAT software', 'computer-aided transcription', 'CAT'],
    'Case CATalyst': ['Case CATalyst'],
    Eclipse: ['Eclipse'],
    'Advantage Software': ['Advantage Software'],
    ProCAT: ['ProCAT'],
    'steno dictionary': ['dictionary'],
    'job dictionary': ['job dictionary'],
    brief: ['brief', 'briefs'],
    untranslate: ['untranslate'],
    conflict: ['conflicts'],
    'translation rate': ['translation rate'],
    Plover: ['Plover'],
    'Open Steno Project': ['Open Steno Project'],
    'open source': ['open source'],
    'N-key rollover': ['N-key rollover'],
    'gaming keyboard': ['gaming keyboard'],
    Georgi: ['Georgi'],
    'Typey Type': ['Typey Type'],
    Lapwing: ['Lapwing'],
    CART: ['CART', 'Communication Access Realtime Translation'],
    Sidebar: ['Sidebar'],
    deposition: ['deposition', 'depositions'],
    CaseViewNet: ['CaseViewNet'],
    Bridge: ['Bridge'],
    iPad: ['iPad'],
    'certified transcript': ['certified transcript'],
    StreamText: ['StreamText'],
    Zoom: ['Zoom'],
    'automatic captions': ['automatic captions'],
    NCRA: ['NCRA', 'National Court Reporters Association'],
    RPR: ['RPR', 'Registered Professional Reporter'],
    CRR: ['CRR', 'Certified Realtime Reporter'],
    'words a minute': ['words a minute'],
    'read back': ['read that back', 'read back'],
    'digital recording': ['digital recording'],
    'voice writer': ['voice writer', 'voice writers'],
    Stenomask: ['Stenomask'],
    'speech recognition': ['speech recognition'],
    Dragon: ['Dragon'],
    NVRA: ['NVRA'],
    ASR: ['ASR', 'automatic speech recognition'],
    Verbit: ['Verbit'],
    VITAC: ['VITAC'],
    'broadcast captioner': ['broadcast captioner'],
    'Line 21': ['Line 21'],
    'CEA-608': ['CEA-608'],
    'CEA-708': ['CEA-708'],
    'roll-up captions': ['roll-up captions'],
    encoder: ['encoder'],
    FCC: ['FCC'],
    misstroke: ['misstroke'],
    'audio sync': ['audio sync'],
    scopist: ['scopist'],
    'SD card': ['SD card'],
    'electronic transcript': ['electronic transcript'],
  },
  tolerated: [
    'Read Back', 'readback.fm', 'readback.fm/44', 'sidebar.work', 'sidebar.work/readback', 'Rafael', 'Quintero', 'Quinn tear row', 'Nkechi', 'Obi', 'Dolores', 'Dolores Whitfield',
    'Whitfield', 'Ward Stone Ireland', 'Mirabai Knight', 'Mark Kislingbury', 'Kislingbury', 'KEUZ/HREUPBG/PWER/KWREU', 'Ducker', 'San Antonio', 'Chicago', 'New York', 'US',
    'Tuesday', 'RMR', 'RDR', 'CSR', 'UNCERTIFIED ROUGH DRAFT', 'rough draft', 'rough', 'transcript', 'transcripts', 'ASCII', 'keys', 'key', 'letters', 'piano', 'consonants',
    'vowels', 'syllable', 'keyboard', 'keyboards', 'ink', 'tray', 'notes', 'cable', 'laptop', 'laptops', 'software', 'English', 'entries', 'table', 'attorney', 'attorneys',
    'jury', 'objection', 'medical malpractice', 'Latin', 'email', 'code editor', 'community', 'hobbyists', 'website', 'lessons', 'drills', 'exam', 'expert witnesses', 'witness',
    'calendar', 'agencies', 'interpreter', 'videographer', 'rates', 'counties', 'caption', 'word list', 'screens', 'screen', 'superpower', 'signature', 'certificate', 'students',
    'university', 'link', 'captioning token', 'host', 'lecture', 'organic chemistry', 'phone call', 'accent', 'compound name', 'inaudible', 'speed', 'certifications',
    'certification', 'tests', 'literary', 'jury charge', 'testimony', 'record', 'officer of the court', 'flat voice', 'study', 'shortage', 'schools', 'courts', 'microphone',
    'monitor', 'appeal', 'recording', 'recorder', 'mask', 'association', 'captioning company', 'courtrooms', 'machine transcript', 'draft', 'audio sync', 'audio', 'captions',
    'live television', 'television', 'news', 'sports', 'press conference', 'internet', 'phone', 'picture', 'digital television', 'signal', 'quality rules', 'football game',
    'screenshot', 'robots', 'robot', 'machine', 'machines', 'captioner', 'captioning software', 'radio', 'used car', 'dollars', 'realtime feed', 'feed', 'realtime translation',
    'realtime captioning', 'live captions', 'prepared captions', 'CART captioner', 'mistranslations', 'Q', 'show notes',
    'PDF', 'proofreader', 'cross-examination', 'Texas', 'city council', 'roster', 'headlines', 'page', 'line numbers', 'legal document', 'disclaimer', 'copies',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -------------------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Read Back', number: 44, recorded: '2024-10-08', title: 'Twenty-two keys and no letters' };
const files = { labeled: { file: 'labeled.txt', r: labeled }, rough: { file: 'rough.txt', r: rough } };
const gold = {
  _source: `Synthetic held-out episode written for heldout34 (/work/heldout34/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const said = r.paragraphs.map((p) => r.text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\n(UNCERTIFIED ROUGH DRAFT +\d+\n\n)?\s*\d+ {3}/gi, ' ').replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  writeFileSync(join(here, file), r.text);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (r, sg) => r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).replace(/\n(UNCERTIFIED ROUGH DRAFT +\d+\n\n)?\s*\d+ {3}/g, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length).reduce((a, b) => a + b, 0);
const spoken = SOURCE.filter((x) => !x.seg).map((x) => pick(x.text, 0).replace(/[¦¶§]/g, ' ')).join(' ').split(/\s+/).filter(Boolean).length;
console.log(`${spoken} spoken words; labeled.txt: ${labeled.paragraphs.length} paragraphs; rough.txt: ${rough.paragraphs.length} paragraphs, ${lines.length} colloquy lines\n` +
  `segments (labeled words): ${labeled.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(labeled, sg)}`).join('; ')}\n` +
  `segments (rough words): ${rough.segments.map((sg) => wordsIn(rough, sg)).join(', ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
