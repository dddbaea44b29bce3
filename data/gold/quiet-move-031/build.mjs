// Builds Quiet Move #31 (SYNTHETIC held-out episode, heldout24) from source.mjs: a two-host CONVERSATIONAL co-host show with
// no rundown about COMPUTER CHESS (hosts Salomé Teixeira, who opens and closes it, and Aurelio Mancuso). Intro (Salomé
// names herself and him; the cat and the test that it paused); NNUE (Aurelio, raised by Salomé's question at a change of
// speaker); testing with SPRT and fishtest (Aurelio again, raised by Salomé's question with a back-reference, a change of
// speaker); cheat detection (Salomé, raised by Aurelio BY NAME, MID-PARAGRAPH, at the end of his own turn); Maia (Salomé,
// who raises it herself in a NEW paragraph right after her own one: no speaker change); endgame tablebases (Aurelio,
// raised by Salomé in a NEW paragraph of hers right after her own one-liner: no speaker change, the first speaker is not
// the presenter); the UCI protocol and a Chess960 bug (Aurelio, who raises it himself MID-PARAGRAPH at the end of his
// answer); AlphaZero and Leela (Salomé, raised by Aurelio's question, answered by a question); outro (Salomé,
// MID-PARAGRAPH after her reaction, with the cat paid off).
//
// Renders
//   diarized.txt  speech-to-text output with diarisation as a transcription API's text export writes it, in heldout20's
//                 kerning-pair-024/diarized.txt layout (checked by check.mjs's `diarized` check): NO header, NO stamps;
//                 one utterance a line, `Speaker N: text`, blank lines between utterances, a final newline; punctuated
//                 and cased, straight apostrophes, the API's spellings (the A of each {A|B}: letters spelt out, "fish
//                 test", "Sizzigy"). The diariser numbers the voices in order of appearance (Speaker 1 is Salomé, Speaker
//                 2 Aurelio) and starts a new utterance at every change of speaker and at every pause inside a turn
//                 (`¶`), so consecutive utterances often carry the same label; it SWAPS the label of a few short
//                 paragraphs (`swap`) and of one chunk of a long turn (`¶*`), and MERGES short paragraphs said without a
//                 pause into the other speaker's utterance before them (`merge`: gold the majority speaker, `ambiguous`).
//                 Gold paragraphs are the utterances (the text after `Speaker N: `), each with its REAL speaker. A segment
//                 starts at the start of its first utterance's line, or INSIDE an utterance at a `§` or where its first
//                 source paragraph was merged into the utterance before. transcriptStart 0. Gold key `diarized`.
//   labels.txt    the label track that Whisper, run inside Audacity (the OpenVINO AI plug-ins) by the host who edits the
//                 show, wrote for the recording, exported with File > Export > Export Labels, NEW in the held-out sets:
//                 one label a line, `START<TAB>END<TAB>text`, the times in seconds with six decimals (Whisper's own
//                 centiseconds), a final newline, nothing else (no header; transcriptStart 0). The transcription labels
//                 are Whisper's segments: contiguous (each starts where the one before ended), cut over the whole episode
//                 as one stream of words that knows nothing of speakers: a label ends at a sentence end once it holds 7
//                 words (4 at the end of a paragraph), except at every fourth label, which runs on; at a pause (a new
//                 paragraph or a `¶`) once it holds 5; and in any case at 24 words. So short replies share a label with
//                 the other host (gold: the speaker of most of its words, `ambiguous`). The editor's own POINT labels
//                 (START = END: "MUSIC OUT", "cough", "CHECK spelling Regan", "cat - cut?", "MUSIC IN") sit among them,
//                 in time order, 0.2 s before the word they mark. Whisper's spellings (the B of each {A|B}: "Ken Reagan",
//                 "Maya", "Caladin", "On Croissant", digits), straight apostrophes, no speakers at all. GOLD PARAGRAPHS are
//                 ONE PER TRANSCRIPTION LABEL (not the point labels), the text after the second tab. A segment starts at
//                 the start of the line of the label its first word opens (or of the editor's point label right above
//                 it), or INSIDE a label's text at its first word. Gold key `audacity`.
//   Times: ONE clock (the words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s at a
//   `¶`, from 1.4 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next word); diarized.txt
//   shows none of it.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, S, A } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'quiet-move-031';
const WPS = 2.6, T0 = 1.4;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const NUM = { [S]: 1, [A]: 2 };
const OTHER = { [S]: A, [A]: S };

// --- diarized.txt -------------------------------------------------------------------------------
let dz = '';
const dzParas = [], dzSegs = [], utter = [];
{
  let cur = null, pending = null, pendingMid = null;
  const openSeg = (item, at) => {
    if (dzSegs.length) dzSegs.at(-1).end = at;
    dzSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: dzSegs.length ? at : 0, end: null });
  };
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: dz.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    dzParas.push(para);
    utter.push({ ...cur, para });
  };
  for (const item of SOURCE) {
    if (item.seg) {
      if (!item.mid) { pending = item; continue; }
      if (pendingMid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      openSeg(item, pendingMid);
      pendingMid = null;
      continue;
    }
    const text = pick(item.text, 0);
    const pieces = text.split(/ ?(¶\*?) ?/);
    for (let pi = 0; pi < pieces.length; pi += 2) {
      const piece = pieces[pi].trim();
      if (!piece) throw new Error('an empty utterance');
      const swapped = !!item.swap !== (pieces[pi - 1] === '¶*');
      let at, lineAt = null;
      if (pi === 0 && item.merge) {
        if (!cur || cur.owner === item.speaker) throw new Error(`merge without another speaker's utterance before: ${item.text.slice(0, 40)}`);
        dz += ' ';
        at = dz.length;
        if (pending) { openSeg(pending, at); pending = null; }
      } else {
        if (cur) { close(); dz += '\n\n'; }
        lineAt = dz.length;
        const label = `Speaker ${NUM[swapped ? OTHER[item.speaker] : item.speaker]}`;
        dz += `${label}: `;
        cur = { start: dz.length, owner: item.speaker, label, swapped, count: {} };
        at = dz.length;
        if (pi === 0 && pending) { openSeg(pending, lineAt); pending = null; }
      }
      const mark = piece.indexOf('§');
      const clean = piece.replace('§', '');
      // a § that opens an utterance puts the segment start at the start of the utterance's line
      if (mark >= 0) pendingMid = mark === 0 && lineAt != null ? lineAt : at + mark;
      dz += clean;
      cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + clean.split(/\s+/).length;
    }
  }
  close();
  dz += '\n';
  dzSegs.at(-1).end = dz.length;
}
if (/[§¦¶⟨⟩{}|’‘]/.test(dz)) throw new Error('a mark or curly apostrophe in diarized.txt');

// --- labels.txt ---------------------------------------------------------------------------------
// Whisper's words with the clock
const WH = [];
{
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const gap = prev ? (prev.speaker === item.speaker ? 0.4 : 0.6) : 0;
    t += gap;
    let pause = gap, first = true;
    for (const tok of pick(item.text, 1).split(/\s+/).filter(Boolean)) {
      if (/^¶\*?$/.test(tok)) { t += 0.5; pause = 0.5; continue; }
      const w = tok.replace('§', '');
      if (!w || /[§¶{}|⟨⟩’‘“”\t]/.test(w)) throw new Error(`a stray mark or curly quote in ${tok}`);
      WH.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), paraStart: first, pauseBefore: pause });
      first = false; pause = 0;
      t += 1 / WPS;
    }
    prev = item;
  });
  WH.forEach((x, i) => {
    x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (WH[i + 1]?.begin ?? Infinity) - 0.03);
    x.pauseAfter = WH[i + 1]?.pauseBefore ?? 0;
  });
  let pending = null;
  const midQueue = WH.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { WH.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
const regions = [];
{
  let cur = null;
  WH.forEach((x, i) => {
    if (!cur) { cur = []; regions.push(cur); }
    cur.push(x);
    const n = cur.length, next = WH[i + 1];
    if (!next) return;
    const li = regions.length - 1;
    const paraEnd = next.paraStart;
    if (n >= 24) cur = null;
    else if (/[.?!]$/.test(x.w) && n >= (paraEnd ? 4 : 7) && (li % 4 !== 3 || x.pauseAfter >= 0.45)) cur = null;
    else if (x.pauseAfter >= 0.45 && n >= 5) cur = null;
  });
}
const cs = (s) => Math.floor(s * 100 + 1e-6) / 100;
const six = (s) => s.toFixed(6);
// the lines: transcription labels (contiguous) and the editor's point labels, in time order
const lines = [];
{
  let prevEnd = null;
  regions.forEach((ws, ri) => {
    const a = ri === 0 ? cs(ws[0].begin) : prevEnd;
    const b = ri === regions.length - 1 ? Math.ceil(ws.at(-1).end * 100 - 1e-6) / 100 : cs(regions[ri + 1][0].begin);
    if (!(b > a)) throw new Error('a label without length');
    prevEnd = b;
    lines.push({ kind: 'region', a, b, ws });
  });
  for (const x of WH) if (x.paraStart && x.item.mark) {
    const at = cs(x.begin - 0.2);
    lines.push({ kind: 'point', a: at, b: at, text: x.item.mark, before: x });
  }
  lines.sort((p, q) => p.a - q.a || (p.kind === 'point' ? -1 : 1));
}
let lab = '';
const labParas = [];
const labTrack = segmentTracker();
{
  let pointAt = null;
  for (const ln of lines) {
    const lineAt = lab.length;
    if (ln.kind === 'point') {
      lab += `${six(ln.a)}\t${six(ln.b)}\t${ln.text}\n`;
      pointAt = lineAt;
      continue;
    }
    lab += `${six(ln.a)}\t${six(ln.b)}\t`;
    const start = lab.length;
    ln.ws.forEach((x, j) => {
      if (j) lab += ' ';
      if (x.seg) {
        const at = j ? lab.length : (pointAt ?? lineAt);
        if (x.seg.mid) { labTrack.mark(at); labTrack.seg(x.seg); } else { labTrack.seg(x.seg); labTrack.block(at); }
      }
      lab += x.w;
    });
    const count = {};
    for (const x of ln.ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
    const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === ln.ws[0].speaker ? -1 : 1));
    const para = { start, end: lab.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    labParas.push(para);
    lab += '\n';
    pointAt = null;
  }
  labTrack.close(lab.length);
}
if (/[§¶{}|⟨⟩’‘]/.test(lab)) throw new Error('a mark or curly apostrophe in labels.txt');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'A network that knows the knight on the rim, an engine that blunders like us, and a castle written the wrong way';
const EPISODE = { show: 'Quiet Move', number: 31, recorded: '2025-10-08', title: TITLE };
const ENTITIES = {
  required: {
    'computer chess': ['chess engine', 'engines', 'engine'],
    Gattopardo: ['Gattopardo'],
    'evaluation function': ['evaluation'],
    NNUE: ['NNUE', 'N N U E'],
    'neural network': ['neural network', 'neural networks', 'network'],
    'Yu Nasu': ['Yu Nasu'],
    shogi: ['shogi'],
    Stockfish: ['Stockfish'],
    SIMD: ['vector instructions'],
    'Leela Chess Zero': ['Leela Chess Zero', 'Leela'],
    Elo: ['Elo'],
    'time control': ['time control', 'time controls'],
    'opening book': ['book of varied openings', 'test book'],
    fastchess: ['fastchess'],
    SPRT: ['SPRT', 'S P R T', 'sequential probability ratio test'],
    fishtest: ['fishtest', 'fish test'],
    'cheat detection': ['copying an engine', 'copying it', 'detection tools'],
    'fair play': ['fair-play'],
    'Ken Regan': ['Ken Regan', 'Ken Reagan'],
    FIDE: ['FIDE'],
    Lichess: ['Lichess'],
    Irwin: ['Irwin'],
    Kaladin: ['Kaladin', 'Caladin'],
    'machine learning': ['machine-learning'],
    'open source': ['open source', 'open-source'],
    'Hans Niemann': ['Hans Niemann'],
    'broadcast delay': ['broadcasts delayed'],
    Maia: ['Maia', 'Maya'],
    'Maia-2': ['Maia-2'],
    'University of Toronto': ['Toronto'],
    Cornell: ['Cornell'],
    Microsoft: ['Microsoft'],
    'endgame tablebases': ['endgame tablebases', 'tablebases', 'tablebase', 'tables'],
    Syzygy: ['Syzygy', 'Sizzigy'],
    'Ronald de Man': ['Ronald de Man'],
    WDL: ['WDL', 'W D L'],
    DTZ: ['DTZ', 'D T Z'],
    'fifty-move rule': ['fifty-move rule'],
    'seven-piece tablebases': ['seven-piece'],
    'Lomonosov tablebases': ['Lomonosov'],
    'Moscow State University': ['Moscow State University'],
    supercomputer: ['supercomputer'],
    'solid-state drive': ['solid-state drive'],
    UCI: ['UCI', 'U C I', 'universal chess interface'],
    Chess960: ['Chess960'],
    castling: ['castling', 'castle'],
    bestmove: ['bestmove'],
    'Cute Chess': ['Cute Chess'],
    'En Croissant': ['En Croissant', 'On Croissant'],
    'Lichess API': ['Lichess API', 'bot account'],
    AlphaZero: ['AlphaZero', 'Alpha Zero'],
    DeepMind: ['DeepMind'],
    GPU: ['graphics card'],
    'tree search': ['tree search'],
    transformers: ['transformers'],
    TCEC: ['TCEC', 'T C E C'],
  },
  tolerated: [
    'Quiet Move', 'Lisbon', 'Turin', 'Porto', 'Buffalo', 'Japan', 'Salomé', 'Salome', 'Aurelio', 'Capa', '2000', '2012', '2013', '2017', '2018', '2019', '2020', '2022',
    'chess', 'Japanese chess', 'programs', 'insurance', 'cat', 'laptop', 'space bar', 'games', 'game', 'test', 'clock', 'chess clock', 'grandmother', 'microphone', 'listeners', 'network', 'position', 'positions', 'piece',
    'pieces', 'passed pawns', 'pawns', 'king', 'knight', 'rim', 'numbers', 'first layer', 'running total', 'integer arithmetic', 'processor', 'search', 'data', 'score', 'result', 'cooperation', 'rivals', 'code', 'file',
    'draws', 'signal', 'noise', 'openings', 'line', 'matches', 'cores', 'core', 'statistics', 'evidence', 'gain', 'changes', 'framework', 'volunteers', 'computers', 'laptop', 'strongest engine', 'top move', 'model',
    'rating', 'ratings', 'timing', 'browser', 'window', 'focus', 'account', 'cases', 'moderators', 'labelled data', 'people', 'tournament', 'world champion', 'report', 'lawsuit', 'scanners', 'reports', 'baseline',
    'teaching', 'mistakes', 'level', 'bots', 'bot', 'blunders', 'hard drive', 'terabytes', 'gigabytes', 'checkmate', 'mate', 'rules', 'rook', 'bishop', 'endgames', 'truth', 'disk', 'spinning disk', 'caching',
    'operating system', 'graphical interface', 'tournament manager', 'protocol', 'text protocol', 'back rank', 'rook square', 'king move', 'illegal move', 'forfeit', 'log', 'branch', 'interfaces', 'bridge program',
    'strangers', 'rematch', 'user interface', 'crown', 'rules alone', 'match', 'settings', 'Go', 'Go program', 'design', 'server', 'central server', 'pawn sacrifices', 'castled king', 'flat', 'electricity bill', 'currency',
    'language models', 'championship', 'final', 'judgement', 'hybrid', 'envelope', 'rating of zero', 'Stockfish 12', 'Stockfish 16', 'Stockfish 17', 'Lc0', 'HalfKP', 'accumulator', 'quantisation', 'Elo rating', 'STC',
    'LTC', 'cutechess-cli', 'cutechess', 'Chess.com', 'Carlsen', 'Magnus Carlsen', 'Sinquefield Cup', 'Maia Chess', 'Syzygy tablebases', 'Nalimov', 'Lomonosov tablebases', 'mate in 549', 'Chess960 castling', 'Fischer Random',
    'Freestyle Chess', 'UCI_Chess960', 'Arena', 'lichess-bot', 'Leela Zero', 'Monte Carlo tree search', 'MCTS', 'PUCT', 'AlphaGo', 'Google DeepMind', 'GPU', 'CCC', 'Top Chess Engine Championship', 'FIDE Fair Play',
    'Intrinsic Performance Rating', 'University at Buffalo', 'wind-up clock', 'fair play', 'fair-play team',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout24 (/work/heldout24/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    diarized: { input: 'diarized.txt', length: dz.length, transcriptStart: 0, segments: dzSegs, paragraphs: dzParas },
    audacity: { input: 'labels.txt', length: lab.length, transcriptStart: 0, segments: labTrack.segments, paragraphs: labParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'diarized' ? dz : lab;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'diarized.txt'), dz);
writeFileSync(join(here, 'labels.txt'), lab);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + pick(x.text, 0).replace(/¶\*?|§/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(9)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
const dzWords = utter.reduce((n, u) => n + Object.values(u.count).reduce((a, b) => a + b, 0), 0);
console.log(`${dzWords} spoken words (diarized.txt), ${WH.length} (labels.txt), ${mm(WH.at(-1).end)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
const sameLabel = utter.filter((u, i) => i && utter[i - 1].label === u.label).length;
console.log(`diarized.txt: ${utter.length} utterances, ${sameLabel} follow one with the same label, ${utter.filter((u) => u.swapped).length} with the other speaker's label, ${dzParas.filter((p) => p.ambiguous).length} merged (both voices)`);
console.log(`labels.txt: ${regions.length} transcription labels of ${Math.min(...regions.map((r) => r.length))} to ${Math.max(...regions.map((r) => r.length))} words, ${lines.length - regions.length} point labels, ${labParas.filter((p) => p.ambiguous).length} with both speakers`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
