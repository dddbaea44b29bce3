// Builds Logical Qubit #49 (SYNTHETIC held-out episode, heldout23) from source.mjs: a two-host weekly QUANTUM COMPUTING
// news show in the style of the seed (hosts Yusra Belhaj, who opens and closes it, and Lorcan Whitty). Intro (Yusra, with
// a nameless rundown); Google's Quantum Echoes (Yusra, handed over NAMELESS by Lorcan at a change of speaker); the Nobel
// Prize (Lorcan, who raises it himself MID-PARAGRAPH after a one-word reaction); IBM's Starling roadmap (Lorcan, raised by
// Yusra in a NEW paragraph of hers right after her own one-liner: no speaker change); [sponsor "Ketbook", read by Yusra
// at a change of speaker]; Qiskit 2.2 (Yusra, MID-PARAGRAPH at the end of her read); Gidney's RSA estimate (Lorcan,
// raised MID-PARAGRAPH by Yusra at the end of her own answer); neutral atoms (Yusra, who raises it herself at a change of
// speaker); extras (Yusra, asked by Lorcan at a change of speaker, then Lorcan, handed over MID-PARAGRAPH by Yusra);
// outro (Yusra, MID-PARAGRAPH after her reaction to Lorcan's extras).
//
// Renders
//   web.txt       a page like the seed's, built as heldout22's first-layer-058/web.txt was: the page header in the seed's
//                 words ("Brought to you by…", "« Return to show page", "Transcript for Episode #49:", the title,
//                 "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6 spoken
//                 words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 1.2 s); FIRST NAMES
//                 in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page breaks inside long
//                 turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps it); the paragraphs
//                 marked `cut` lose their first word; spoken URLs dropped with the following punctuation; curly
//                 apostrophes; the words as the page's service wrote them (the A of each {A|B}). Gold paragraphs are the
//                 text after the stamp (and label). Gold key `web`.
//   captions.ass  the SubStation Alpha (v4.00+) captions the show's editor timed in Aegisub 3.2.2 for the episode's video,
//                 NEW in the held-out sets: a UTF-8 byte-order mark, the `[Script Info]` section (Aegisub's two comment
//                 lines, title, ScriptType v4.00+, play resolution), `[Aegisub Project Garbage]`, `[V4+ Styles]` (the
//                 Format line and one Style, Default), and `[Events]` (the Format line, then one line per event:
//                 `Dialogue: 0,H:MM:SS.cc,H:MM:SS.cc,Default,Name,0,0,0,,Text`, and the editor's `Comment:` events); Unix
//                 line endings, a final newline. An event holds one or two caption lines of at most 42 characters joined
//                 by `\N` (ASS's hard line break), cut at sentence ends once it holds 6 words, at a pause (`¶`), at a new
//                 paragraph, or when two lines are full; a `§` does NOT force a cut. Italics `{\i1}…{\i0}` on the journal
//                 (`«…»`). The Name field is the speaker's first name as the editor typed it (`Yusra`, `Lorcan`), empty on
//                 the sponsor read (an ad file dropped in with its own captions) and on the two-speaker events, and the
//                 OTHER host's name on two short lines (`name`); a short reply marked `dash` shares one event with the
//                 first line of the next paragraph, each line opened by `- ` (gold: the speaker of most of its words,
//                 `ambiguous`). Two `Comment:` events: the note above the sponsor read and a spelling note in the Nobel
//                 item. Straight apostrophes, the editor's spellings (the B of each {A|B}), the URLs written out. Times
//                 from the clock below: an event runs from its first word's start (centiseconds, rounded down) to its last
//                 word's end (rounded up). GOLD PARAGRAPHS are ONE PER `Dialogue:` event, its Text field (tags and `\N`
//                 included). A segment starts at the start of the event line its first word opens (or of the `Comment:`
//                 line right above it), or INSIDE a Text at its first word. transcriptStart is the first event line.
//                 Gold key `ass`.
//   Times: ONE clock per file (its own words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker
//   paragraph, and in captions.ass 0.5 s at a `¶`, from 1.2 s; a word lasts 120 ms + 25 ms a letter, ending at least
//   30 ms before the next word).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, Y, L } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'logical-qubit-049';
const WPS = 2.6, T0 = 1.2;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unpause = (t) => t.replace(/\s*¶\s*/g, ' ');
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const words = (t) => plainText(t).split(/\s+/).filter(Boolean).map((w) => w.replace('§', '')).filter(Boolean);

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: unpause(pick(x.text, 0)) }));
if (WSRC.some((x) => !x.seg && /[«»]/.test(x.text))) throw new Error('an italics mark outside a {A|B}');
const wordTimes = wordClock(WSRC, T0, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [Y]: 'YUSRA', [L]: 'LORCAN' };
const TITLE = 'An echo no supercomputer can fake, a Nobel for a circuit, and RSA with a million qubits';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Ketbook - notebooks for quantum programs, with the simulators already running', '',
    '« Return to show page', '',
    'Transcript for Episode #49:', TITLE, '',
    'Recorded on Tuesday, Oct 28, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [Y, L].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§¶{}|»]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- entities (needed by the caption wrapper below) ----------------------------------------------
const ENTITIES = {
  required: {
    'quantum computing': ['quantum computer', 'quantum computers', 'quantum programs'],
    qubit: ['qubit', 'qubits'],
    'superconducting qubits': ['superconducting qubits', 'superconducting'],
    Google: ['Google'],
    'Quantum Echoes': ['Quantum Echoes'],
    Willow: ['Willow'],
    Nature: ['Nature'],
    'out-of-time-order correlator': ['out-of-time-order correlator', 'OTOC', 'OTAC'],
    'random circuit sampling': ['random circuit sampling'],
    Frontier: ['Frontier'],
    supercomputer: ['supercomputer', 'supercomputers'],
    NMR: ['NMR'],
    'tensor networks': ['tensor network'],
    'Michel Devoret': ['Michel Devoret', 'Devoret', 'Michel Devore', 'Devore'],
    'Nobel Prize in Physics': ['Nobel Prize in Physics', 'Nobel Prize', 'prize'],
    'John Clarke': ['John Clarke', 'Clarke'],
    'John Martinis': ['John Martinis', 'Martinis'],
    'Josephson junction': ['Josephson junction', 'junction'],
    'macroscopic quantum tunnelling': ['macroscopic quantum tunnelling', 'tunnelling', 'tunnelled'],
    transmon: ['transmon'],
    SQUID: ['SQUIDs'],
    Qolab: ['Qolab', 'Co-lab'],
    IBM: ['IBM'],
    Starling: ['Starling'],
    'logical qubits': ['logical qubits'],
    'fault tolerance': ['fault-tolerant'],
    'surface code': ['surface code', 'surface codes'],
    qLDPC: ['qLDPC', 'QLDPC', 'low-density parity-check codes'],
    'gross code': ['gross code'],
    couplers: ['couplers'],
    Loon: ['Loon'],
    Kookaburra: ['Kookaburra'],
    Cockatoo: ['Cockatoo'],
    Nighthawk: ['Nighthawk'],
    decoder: ['decoder', 'decoding'],
    'Relay-BP': ['Relay-BP', 'Relay BP'],
    AMD: ['AMD'],
    FPGA: ['FPGAs'],
    Ketbook: ['Ketbook'],
    Qiskit: ['Qiskit', 'Kiskit'],
    Cirq: ['Cirq', 'Circ'],
    PennyLane: ['PennyLane', 'Penny Lane'],
    GPU: ['GPUs'],
    simulator: ['simulators', 'simulator'],
    'state vector': ['state vector'],
    Rust: ['Rust'],
    'pulse module': ['pulse module', 'pulse'],
    'C API': ['C interface', 'from C'],
    'C++': ['C++'],
    Python: ['Python'],
    transpiler: ['transpiler'],
    'CUDA-Q': ['CUDA-Q', 'CUDA Q'],
    Nvidia: ['Nvidia'],
    RSA: ['RSA'],
    'Craig Gidney': ['Craig Gidney', 'Gidney'],
    'yoked surface codes': ['yoked surface codes'],
    'magic state cultivation': ['magic state cultivation'],
    'harvest now, decrypt later': ['harvest now, decrypt later', 'harvest now'],
    NIST: ['NIST'],
    'ML-KEM': ['ML-KEM'],
    'ML-DSA': ['ML-DSA'],
    'SLH-DSA': ['SLH-DSA'],
    HQC: ['HQC'],
    lattices: ['lattices'],
    'elliptic curves': ['elliptic curves'],
    'hardware security modules': ['hardware security modules'],
    SFTP: ['SFTP'],
    Java: ['Java'],
    Chrome: ['Chrome'],
    Firefox: ['Firefox'],
    OpenSSL: ['OpenSSL'],
    certificates: ['certificates'],
    'digital signatures': ['signatures'],
    NCSC: ['NCSC'],
    'neutral atoms': ['atoms', 'atom'],
    Caltech: ['Caltech'],
    'Manuel Endres': ['Manuel Endres', 'Manuel Enders'],
    'optical tweezers': ['laser tweezers'],
    Harvard: ['Harvard'],
    MIT: ['MIT'],
    QuEra: ['QuEra'],
    Quirk: ['Quirk'],
    liboqs: ['liboqs', 'lib OQS'],
    'Open Quantum Safe': ['Open Quantum Safe'],
    'Linux Foundation': ['Linux Foundation'],
  },
  tolerated: [
    'Logical Qubit', 'ketbook.io', 'ketbook.io/logical', 'logicalqubit.fm', 'logicalqubit.fm/49', 'Delft', 'Edinburgh', 'Stockholm', 'Berkeley', 'UC Berkeley', 'Yale', 'Santa Barbara', 'Poughkeepsie', 'Portobello', 'North Sea',
    'Yusra', 'Lorcan', 'October', 'September', 'December', 'March', 'April', 'May', 'June', 'August', 'Wednesday', 'Thursday', 'Friday', 'Tuesday', 'Christmas', '1984', '1985', '2019', '2020', '2025', '2027', '2028', '2029', '2030', '2031', '2035',
    'physics', 'press releases', 'control software', 'cryptography', 'payments company', 'hype jar', 'jar', 'microphone', 'announcement', 'supercomputer', 'paper', 'papers', 'butterfly', 'evolution', 'system', 'information',
    'expectation value', 'bits', 'random strings', 'molecular ruler', 'molecules', 'chemists', 'advantage', 'quantum advantage', 'classical method', 'classical shortcut', 'author list', 'chief scientist', 'hardware', 'phone call',
    'electrical circuit', 'circuit', 'circuits', 'superconducting loop', 'chip', 'chips', 'absolute zero', 'quantum particle', 'microwaves', 'electrons', 'atom', 'fridge', 'dilution refrigerator', 'sensors', 'medical imaging',
    'dark matter', 'supremacy experiment', 'quantum supremacy', 'share price', 'share-price stories', 'roadmap', 'data centre', 'gates', 'physical qubits', 'error correction', 'wiring', 'module', 'modules', 'square lattice',
    'syndromes', 'errors', 'catalogue', 'hosting bill', 'notebook', 'notebooks', 'browser', 'laptop', 'cloud', 'hardware access', 'fidelity', 'supervisor', 'team plan', 'term', 'toolkit', 'open-source', 'core', 'control stack',
    'control stacks', 'instruments', 'runtime', 'lab machines', 'versions', 'start-up', 'jobs', 'job', 'abstract circuit', 'qubits that are actually connected', 'tutorials', 'blog', 'import', 'frameworks', 'machine learning',
    'error messages', 'video calls', 'key', 'keys', 'mathematics', 'arithmetic', 'encryption', 'traffic', 'card data', 'mortgage contract', 'medical record', 'migration', 'spreadsheets', 'standards', 'key exchange', 'backup',
    'card terminals', 'partner', 'vendor', 'appliance', 'web', 'hybrid', 'deadlines', 'board', 'complacency jar', 'grid', 'coherence', 'imaging', 'vacuum', 'computation', 'factoring', 'clock speed', 'nanoseconds', 'microsecond',
    'platform', 'shares', 'lab', 'gates onto wires', 'amplitudes', 'link', 'bicycle bell', 'bell', 'tourists', 'bike lane', 'chips', 'library', 'algorithms', 'provider', 'handshake', 'kilobytes', 'changing robe', 'robe',
    'sea swimming', 'garment', 'ice baths', 'biscuits', 'error rates', 'threshold', 'caesium', 'caesium atoms', 'Google Quantum AI', 'Willow chip', 'IBM Quantum', 'Qiskit SDK', 'Qiskit 2.0', 'Qiskit 2.2', 'OpenSSL 3.5',
    'FIPS 203', 'FIPS 204', 'FIPS 205', 'post-quantum cryptography', 'post-quantum', 'PQC', 'QLDPC codes', 'bivariate bicycle codes', 'Frontier supercomputer', 'UC Santa Barbara', 'Nobel', 'AD READ',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- captions.ass ---------------------------------------------------------------------------------
const FIRST = { [Y]: 'Yusra', [L]: 'Lorcan' };
const MAXLINE = 42;
// the editor's words, with the clock
const all = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    let pause = false, first = true, ital = false;
    for (const tok of plainText(pick(item.text, 1)).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = true; continue; }
      let w = tok.replace('§', '');
      if (!w) throw new Error('an empty word');
      const opensI = w.startsWith('«'), closesI = /»/.test(w);
      w = w.replace(/[«»]/g, '');
      if (/[§¶⟨⟩{}|’‘“”\\]/.test(w)) throw new Error(`a stray mark or curly quote in ${tok}`);
      const italic = ital || opensI;
      all.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), paraStart: first, pauseBefore: pause, italic });
      ital = opensI && !closesI ? true : closesI ? false : ital;
      first = false; pause = false;
      t += 1 / WPS;
    }
    prev = item;
  });
  all.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (all[i + 1]?.begin ?? Infinity) - 0.03); });
  let pending = null;
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { all.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
// events of one paragraph: lists of lines, each a list of words. The editor never breaks a line inside a name of two or
// more words (a required entity form), so words glued that way wrap together.
let GLUE = [];
GLUE = Object.values(ENTITIES.required).flat().map((f) => f.toLowerCase().split(' ')).filter((w) => w.length > 1).flatMap((w) => w.slice(1).map((x, i) => `${w[i]} ${x}`));
const glued = (x, y) => { const s = `${x.w} ${y.w}`.toLowerCase(); return GLUE.some((pair) => s.includes(pair)); };
function paragraphEvents(ws, width) {
  const chunks = [];
  ws.forEach((x, i) => { if (i && !x.pauseBefore && glued(ws[i - 1], x)) chunks.at(-1).push(x); else chunks.push([x]); });
  const events = [];
  let lines = [], line = [], len = 0, n = 0;
  const flushLine = () => { if (line.length) lines.push(line); line = []; len = 0; };
  const flushEvent = () => { flushLine(); if (lines.length) events.push(lines); lines = []; n = 0; };
  for (const chunk of chunks) {
    if (chunk[0].pauseBefore && n) flushEvent();
    const clen = chunk.map((x) => x.w).join(' ').length;
    if (line.length && len + 1 + clen > width) { flushLine(); if (lines.length === 2) flushEvent(); }
    len += (line.length ? 1 : 0) + clen;
    line.push(...chunk);
    n += chunk.length;
    if (/[.?!]$/.test(chunk.at(-1).w) && n >= 6) flushEvent();
  }
  flushEvent();
  // no orphans: an event of one or two words that ends a sentence takes the last words of a full event before it, until it
  // holds four words
  for (let i = 1; i < events.length; i++) {
    const cur = events[i], prev = events[i - 1];
    const last = prev.at(-1);
    if (cur.flat().length > 2 || !/[.?!]$/.test(cur.at(-1).at(-1).w) || /[.?!]$/.test(last.at(-1).w) || cur[0][0].pauseBefore || prev.length < 2) continue;
    while (cur.flat().length < 4) {
      let k = last.length - 1;
      while (k > 0 && glued(last[k - 1], last[k])) k--;
      const moved = last.slice(k);
      if (!k || /[.?!,:]$/.test(moved.at(-1).w) || [...moved, ...cur[0]].map((x) => x.w).join(' ').length > width) break;
      last.splice(k);
      cur[0].unshift(...moved);
    }
  }
  return events;
}
const byPara = new Map();
for (const x of all) { if (!byPara.has(x.item)) byPara.set(x.item, []); byPara.get(x.item).push(x); }
const paraItems = [...byPara.keys()];
const events = [];   // { lines: [[words]], name, dash, note }
for (let i = 0; i < paraItems.length; i++) {
  const item = paraItems[i];
  const name = item.name ?? FIRST[item.speaker];
  if (item.dash) {
    const next = paraItems[i + 1];
    const mine = byPara.get(item);
    if (!next || next.speaker === item.speaker || next.dash) throw new Error('a dash reply must be followed by the other host');
    const nextEvents = paragraphEvents(byPara.get(next), MAXLINE - 2);
    const [firstLine, ...restLines] = nextEvents[0];
    if ((mine.map((x) => x.w).join(' ').length + 2) > MAXLINE) throw new Error('a dash reply longer than a line');
    events.push({ lines: [mine, firstLine], name: '', dash: true, note: item.note });
    if (restLines.length) events.push({ lines: restLines, name: next.name ?? FIRST[next.speaker] });
    for (const ev of nextEvents.slice(1)) events.push({ lines: ev, name: next.name ?? FIRST[next.speaker] });
    if (next.note) throw new Error('a note on a paragraph after a dash');
    i++;
    continue;
  }
  paragraphEvents(byPara.get(item), MAXLINE).forEach((lines, j) => events.push({ lines, name, note: j ? null : item.note }));
}
const cs = (s, up) => { const c = up ? Math.ceil(s * 100 - 1e-6) : Math.floor(s * 100 + 1e-6); return `${Math.floor(c / 360000)}:${two(Math.floor(c / 6000) % 60)}:${two(Math.floor(c / 100) % 60)}.${two(c % 100)}`; };
const ASS_HEAD = [
  '\uFEFF[Script Info]',
  '; Script generated by Aegisub 3.2.2',
  '; http://www.aegisub.org/',
  'Title: Logical Qubit 49',
  'ScriptType: v4.00+',
  'WrapStyle: 0',
  'ScaledBorderAndShadow: yes',
  'YCbCr Matrix: TV.709',
  'PlayResX: 1920',
  'PlayResY: 1080',
  '',
  '[Aegisub Project Garbage]',
  'Audio File: lq049-master.wav',
  'Video File: lq049-edit-v3.mp4',
  'Video AR Mode: 4',
  'Video AR Value: 1.777778',
  'Video Zoom Percent: 0.500000',
  'Scroll Position: 231',
  'Active Line: 244',
  'Video Position: 41310',
  '',
  '[V4+ Styles]',
  'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
  'Style: Default,Arial,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,3,1,2,60,60,50,1',
  '',
  '[Events]',
  'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  '',
].join('\n');
let ass = ASS_HEAD;
const assParas = [];
const assTrack = segmentTracker();
let lastEnd = -1;
for (const ev of events) {
  const ws = ev.lines.flat();
  const a = cs(ws[0].begin), b = cs(ws.at(-1).end, true);
  if (ws[0].begin < lastEnd) throw new Error('overlapping events');
  lastEnd = ws.at(-1).end;
  const lineAt = ass.length;
  if (ev.note) ass += `Comment: 0,${a},${a},Default,,0,0,0,,${ev.note}\n`;
  ass += `Dialogue: 0,${a},${b},Default,${ev.name},0,0,0,,`;
  const start = ass.length;
  ev.lines.forEach((line, li) => {
    if (li) ass += '\\N';
    if (ev.dash) ass += '- ';
    line.forEach((x, j) => {
      if (j) ass += ' ';
      const prevItalic = j ? line[j - 1].italic : false, nextItalic = line[j + 1]?.italic ?? false;
      const at = ass.length, inside = li > 0 || j > 0;
      // a segment opens at the event line (its Comment line included) when its first word opens the event, else at the word
      if (x.seg) {
        if (inside && ass[at - 1] !== ' ') throw new Error(`segment ${x.seg.title} opens right after a line break`);
        if (x.seg.mid) { assTrack.mark(inside ? at : lineAt); assTrack.seg(x.seg); }
        else { if (inside) throw new Error(`segment ${x.seg.title} opens inside an event without a §`); assTrack.seg(x.seg); assTrack.block(lineAt); }
      }
      if (x.italic && !prevItalic) ass += '{\\i1}';
      ass += x.w;
      if (x.italic && !nextItalic) ass += '{\\i0}';
    });
  });
  const count = {};
  for (const x of ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === ws[0].speaker ? -1 : 1));
  const para = { start, end: ass.length, speaker: ranked[0][0] };
  if (ranked.length > 1) para.ambiguous = true;
  assParas.push(para);
  ass += '\n';
  for (const line of ev.lines) { const len = line.map((x) => x.w).join(' ').length + (ev.dash ? 2 : 0); if (len > MAXLINE) throw new Error(`a caption line of ${len} characters`); }
}
assTrack.close(ass.length);
if (/[§¶¦⟨⟩|’‘«»]/.test(ass)) throw new Error('a mark or curly apostrophe in captions.ass');
const ASS_START = ASS_HEAD.length;

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Logical Qubit', number: 49, recorded: '2025-10-28', title: TITLE };
const gold = {
  _source: `Synthetic held-out episode written for heldout23 (/work/heldout23/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    ass: { input: 'captions.ass', length: ass.length, transcriptStart: ASS_START, segments: assTrack.segments, paragraphs: assParas },
  },
};
// every required entity has a form said in each file (as check.mjs looks for it)
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'web' ? web.text : ass;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.ass'), ass);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const spoken = wordTimes.filter(Boolean).reduce((n, x) => n + x.length, 0);
const names = {};
for (const ev of events) names[ev.name] = (names[ev.name] ?? 0) + 1;
console.log(`${spoken} spoken words (web), ${all.length} in captions.ass, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`captions.ass: ${events.length} events (${events.filter((e) => e.lines.length === 2).length} with two lines), names ${JSON.stringify(names)}, ${assParas.filter((p) => p.ambiguous).length} holding both voices, ${events.filter((e) => e.note).length} comments`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
