// Builds Low Alarm #19 (SYNTHETIC held-out episode, heldout32) from source.mjs: a one-host one-guest INTERVIEW about the
// TECHNOLOGY OF TYPE 1 DIABETES, built on the objects in the guest's kitchen DRAWER (host Hollis Ferreira, guest Junie
// Castellanos). Intro (the host's welcome, his THIRD-PERSON introduction of the guest, the alarm, the drawer); object one,
// the 1994 meter and logbook (Junie; the host's cue at a change of speaker, the host first); object two, the pumps
// (Junie; she raises it HERSELF, MID-PARAGRAPH, at the end of her own answer); object three, the Dexcom receiver and
// Nightscout (Junie; the host's question at a change of speaker); the sponsor Tallypod (Hollis; MID-PARAGRAPH in his own
// paragraph, after his reaction to her alarm); object four, OpenAPS and Loop (Junie; at a change of speaker, the guest
// first, a WEAK cue); object five, the Omnipod and the commercial loops (Junie; the host's cue MID-PARAGRAPH in his own
// paragraph, after his one-line reaction); object six, the Libre and time in range (Junie; she raises it HERSELF,
// MID-PARAGRAPH, at the end of her own answer); what's not in the drawer yet (Junie; the host's last question at a change
// of speaker); outro (Hollis; at a change of speaker).
//
// Renders
//   interview.cha  a TalkBank CHAT transcript, NEW in the held-out sets, as a linguist would make it with CLAN for a corpus
//                  of talk about medical technology, as I remember the format: UTF-8, LF line ends; the header lines
//                  (`@UTF8`, `@PID:`, `@Begin`, `@Languages:`, `@Participants:` with three-letter codes, names with
//                  underscores and roles, one `@ID:` line per speaker, `@Media:`, `@Date:`, `@Location:`, `@Situation:`,
//                  `@Transcriber:`, `@Comment:`), a tab after every tier name; then ONE UTTERANCE PER SENTENCE on a main
//                  tier line `*HOL:` or `*JUN:`, the words lowercase at the start unless a name, numbers as WORDS, commas
//                  attached, the terminator SEPARATED by a space (` .`, ` ?`, ` !`; ` +/.` where the other speaker cut in,
//                  ` +//.` where the speaker broke off and started again), fillers as `&-um` and `&-uh`, laughter as `&=laughs`,
//                  a short pause as `(.)`, long lines wrapped at 80 columns onto continuation lines that open with a tab,
//                  and after the terminator a TIME BULLET (the utterance's start and end in milliseconds between two NAK
//                  characters, U+0015: ` \u00151230_5840\u0015`); `%com:` comment tiers under an utterance; `@End` on the
//                  last line. The transcriber's slip: ONE host utterance under the guest's code (`chat: 'JUN'`; gold:
//                  Hollis). The A of each {A|B}. Gold paragraphs are the UTTERANCES: from the first character after the
//                  tier's tab to the end of the terminator. A segment starts at the `*` of the utterance whose first word is
//                  its first word (every segment of this episode starts at a sentence). transcriptStart is the first `*`;
//                  the header belongs to the intro, `@End` to the outro. Key `chat`.
//   captions.srt   the captions of the episode's video, made by a captioning vendor for the show's channel, in a familiar
//                  layout with a convention earlier SubRip files did not have: numbered cues, `hh:mm:ss,mmm --> hh:mm:ss,mmm`,
//                  at most two lines of at most 32 characters, NO NAMES, but `>> ` opening the first cue of every CHANGE OF
//                  SPEAKER (the US captioning convention); a cue never runs across a turn or a pause (`¶`) and ends at a
//                  sentence end once it holds 6 words, or when the next word does not fit; ONE short reply said over the
//                  end of the other's sentence added to that cue after an inline `>>` (`cmerge`: Junie's "Thanks, Hollis.";
//                  gold: Hollis, `ambiguous`); LF line ends, a final newline. The B of each {A|B}: the vendor's words
//                  (numbers as digits, fillers dropped, a few names misheard). Gold paragraphs are the cue texts after the
//                  optional `>> `. A segment starts at the first digit of the number of the cue whose first word is its
//                  first word, or INSIDE a cue at its first word. transcriptStart is 0. Key `srt`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s
//   when the same person goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 2.1 s; a merged reply
//   starts 0.3 s before the sentence it is said over ends; the B words of a stretch spread over the time its A words
//   took). The pauses are drawn from a hash of the slug and the position: no randomness.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, J } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'low-alarm-019';
const WPS = 2.6, T0 = 2.1;
const two = (n) => String(n).padStart(2, '0');
const hmsc = (s) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(Math.floor(s % 60))},${String(Math.floor((s % 1) * 1000)).padStart(3, '0')}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- the words of each variant on the A clock ----------------------------------------------------------------------
// Every spoken word: { w, item, k, speaker, part, begin, end, seg }; a `§` word and the first word of a paragraph after
// a seg item carry their segment. An empty variant of a paragraph (possible only in B) gives no words.
function wordsOf(variant) {
  const out = [];
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) {
      if (item.cmerge) t -= 0.3;
      else t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    }
    const aParts = pick(item.text, 0).split(/\s*¶\s*/), vParts = pick(item.text, variant).split(/\s*¶\s*/);
    if (aParts.length !== vParts.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    aParts.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      part.split(/\s+/).filter(Boolean).filter((w) => w !== '§').forEach((w, j) => {
        t += 1 / WPS;
        if (/[.?!—]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      const list = vParts[pi].split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${vParts[pi].slice(0, 40)}`);
        const x = { w, item, k, speaker: item.speaker, part: `${k}/${pi}`, begin: begin + (j / list.length) * (t - begin) };
        if (raw.startsWith('§')) { x.seg = mids[midN++]; if (!x.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        out.push(x);
      });
    });
    prev = item;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
  out.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (out[i + 1]?.begin ?? Infinity) - 0.03); });
  return out;
}

// --- interview.cha -----------------------------------------------------------------------------------------------
const CODE = { [H]: 'HOL', [J]: 'JUN' };
// names and other words that keep their capital at the start of an utterance
const KEEP = new Set(['I', "I'm", "I've", "I'd", "I'll", 'Junie', 'Hollis', 'Humalog', 'Medtronic', 'Dexcom', 'Nightscout', 'Tidepool', 'Loop', 'Dana',
  'Pete', 'Nate', 'Omnipod', 'OpenAPS', 'AndroidAPS', 'Fiasp', 'Eversense', 'Vertex', 'Tandem', 'Tallypod', 'Low', 'NPH', 'Abbott']);
const aw = wordsOf(0);
for (const x of aw) if (/[{}|¦⟨⟩¶:;"]/.test(x.w)) throw new Error(`a stray mark or a character CHAT reserves in: ${x.w}`);
// utterances: the A words of one paragraph, cut after every sentence end
const utts = [];
{
  let cur = null;
  aw.forEach((x, i) => {
    if (!cur) { cur = { item: x.item, k: x.k, ws: [] }; utts.push(cur); }
    cur.ws.push(x);
    const next = aw[i + 1];
    if (!next || next.item !== x.item || /[.?!—]$/.test(x.w)) {
      if (!/[.?!—]$/.test(x.w)) throw new Error(`an utterance without a terminator: ${cur.ws.map((y) => y.w).join(' ')}`);
      cur.last = !next || next.item !== x.item;
      cur.nextOther = !!next && next.speaker !== x.speaker;
      cur = null;
    }
  });
}
const CSRC = [];
const wrap = (words, width) => {
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join('\n\t');
};
const startCase = new Map();
utts.forEach((u) => {
  const words = u.ws.map((x) => x.w);
  const lastW = words.at(-1);
  const term = lastW.endsWith('—') ? (u.last && u.nextOther ? '+/.' : '+//.') : lastW.at(-1);
  words[words.length - 1] = lastW.slice(0, -1);
  if (!words.at(-1)) words.pop();
  // the first word that is a word (not a filler, a pause or a sound) loses its capital unless it is a name
  const fi = words.findIndex((w) => !/^[&(]/.test(w));
  const core = words[fi].replace(/[,.]$/, '');
  if (/^[A-Z]/.test(words[fi])) {
    const keep = KEEP.has(core.replace(/'s$/, '')) || /^[A-Z]+$/.test(core) && core.length > 1;
    startCase.set(core, keep ? 'kept' : 'lowered');
    if (!keep) words[fi] = words[fi][0].toLowerCase() + words[fi].slice(1);
  }
  const seg = u.ws[0].seg;
  if (u.ws.slice(1).some((x) => x.seg)) throw new Error('a segment starts inside an utterance');
  if (seg) CSRC.push({ ...seg, mid: false });
  const code = u.item.chat ?? CODE[u.item.speaker];
  const body = wrap([...words.slice(0, -1), `${words.at(-1)} ${term}`], 72);   // the terminator never starts a line
  const after = ` \u0015${Math.round(u.ws[0].begin * 1000)}_${Math.round(u.ws.at(-1).end * 1000)}\u0015${u.last && u.item.com ? `\n%com:\t${u.item.com}` : ''}`;
  CSRC.push({ speaker: u.item.speaker, text: body, code, after });
});
const header = [
  '@UTF8',
  '@PID:\t11312/a-00019031-1',
  '@Begin',
  '@Languages:\teng',
  '@Participants:\tHOL Hollis_Ferreira Host, JUN Junie_Castellanos Guest',
  '@ID:\teng|LowAlarm|HOL|||||Host|||',
  '@ID:\teng|LowAlarm|JUN|||||Guest|||',
  '@Media:\tlow-alarm-019, audio',
  '@Date:\t11-MAR-2025',
  '@Location:\tProvidence, RI and Sacramento, CA (recorded remotely)',
  '@Situation:\tpodcast interview; the guest takes old devices out of a kitchen drawer one at a time',
  '@Transcriber:\tMarisol Etxeberria',
  '@Comment:\ttranscribed for a corpus of talk about medical technology, with both speakers\' consent; numbers written as words; the sponsor message is transcribed',
  '',
].join('\n');
// the bullet and a comment tier close an utterance: they go into the separator before the next one (or the footer); a
// segment starts at the `*` of its first utterance (the shared `segmentTracker` keeps the list)
const chat = { text: header, paragraphs: [], segments: null, transcriptStart: null };
{
  const track = segmentTracker();
  let prevAfter = null;
  for (const x of CSRC) {
    if (x.seg) { track.seg(x); continue; }
    if (prevAfter != null) chat.text += prevAfter + '\n';
    track.block(chat.text.length);
    chat.transcriptStart ??= chat.text.length;
    chat.text += `*${x.code}:\t`;
    const start = chat.text.length;
    chat.text += x.text;
    chat.paragraphs.push({ start, end: chat.text.length, speaker: x.speaker });
    prevAfter = x.after;
  }
  chat.text += prevAfter + '\n@End\n';
  track.close(chat.text.length);
  chat.segments = track.segments;
}
if (chat.segments.length !== SEGS) throw new Error('chat segment count');
if (/[§¶⟨⟩{}|]/.test(chat.text.slice(chat.transcriptStart))) throw new Error('a mark in interview.cha');

// --- captions.srt ------------------------------------------------------------------------------------------------
const MAXL = 32;
const bw = wordsOf(1);
for (const x of bw) if (/[{}|¦⟨⟩¶]/.test(x.w)) throw new Error(`a stray mark in: ${x.w}`);
const cues = [];
{
  let cur = null;
  // lines of a cue so far, if `w` were added
  const layoutOf = (tokens) => {
    const lines = [];
    let line = '';
    for (const w of tokens) {
      if (line && (line + ' ' + w).length > MAXL) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    return lines;
  };
  const tokensOf = (c) => c.ws.flatMap((x, j) => (x.item.cmerge && j && !c.ws[j - 1].item.cmerge ? ['>>', x.w] : [x.w]));
  const flush = () => { if (cur?.ws.length) cues.push(cur); cur = null; };
  let prevItem = null;
  bw.forEach((x, i) => {
    const merged = x.item.cmerge;
    if (merged && x.seg) throw new Error('a merged reply cannot start a segment');
    if (!merged && cur && cur.part === x.part && layoutOf(tokensOf({ ws: [...cur.ws, x] })).length > 2) flush();
    if (!merged && (!cur || cur.part !== x.part)) {
      flush();
      cur = { part: x.part, item: x.item, ws: [], turn: !!prevItem && prevItem.speaker !== x.speaker && x.item !== prevItem };
    }
    cur.ws.push(x);
    if (!merged) prevItem = x.item;
    const next = bw[i + 1];
    if (merged) { if (!next || next.item !== x.item) flush(); return; }
    if (next?.item.cmerge) return;   // the reply joins this cue
    if (/[.?!—]$/.test(x.w) && cur.ws.length >= 6) flush();
  });
  flush();
}
const SSRC = [];
cues.forEach((c) => {
  const counts = new Map();
  for (const x of c.ws) counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error('a cue holds two voices equally');
  if (c.ws[0].seg) SSRC.push({ ...c.ws[0].seg, mid: false });
  const tokens = [];
  let midSeg = null;
  c.ws.forEach((x, j) => {
    if (x.item.cmerge && j && !c.ws[j - 1].item.cmerge) tokens.push('>>');
    if (j && x.seg) { if (!x.seg.mid) throw new Error(`segment ${x.seg.title} starts inside a cue`); midSeg = x.seg; tokens.push('§' + x.w); return; }
    tokens.push(x.w);
  });
  const lines = [];
  let line = '';
  for (const w of tokens) {
    const len = w.replace('§', '').length;
    if (line && (line.replace('§', '') + ' ').length + len > MAXL) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  if (lines.length > 2) throw new Error(`a cue of ${lines.length} lines`);
  SSRC.push({ speaker: sorted[0][0], amb: sorted.length > 1 || undefined, text: lines.join('\n'), turn: c.turn, begin: c.ws[0].begin, end: c.ws.at(-1).end });
  if (midSeg) SSRC.push(midSeg);
});
const srt = render(SSRC, {
  header: '', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${i + 1}\n${hmsc(p.begin)} --> ${hmsc(p.end)}\n${p.turn ? '>> ' : ''}`,
  words: (i, p) => p.text,
});
srt.transcriptStart = 0;
if (srt.segments.length !== SEGS) throw new Error('srt segment count');
if (/[§¶⟨⟩{}|]/.test(srt.text)) throw new Error('a mark in captions.srt');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'type 1 diabetes': ['type one', 'type 1'],
    'blood glucose meter': ['meter'],
    'insulin pump': ['pump', 'pumps'],
    CGM: ['CGM', 'continuous glucose monitor'],
    'closed loop': ['closed loop'],
    'OneTouch II': ['One Touch Two', 'OneTouch II'],
    LifeScan: ['LifeScan'],
    logbook: ['logbook'],
    'test strip': ['strip'],
    HbA1c: ['A one C', 'A1C'],
    insulin: ['insulin'],
    NPH: ['NPH'],
    'Regular insulin': ['Regular'],
    syringe: ['syringe'],
    DCCT: ['DCCT', 'Diabetes Control and Complications Trial'],
    Humalog: ['Humalog'],
    'rapid-acting insulin analogue': ['fast-acting analogue'],
    'MiniMed 508': ['MiniMed five oh eight', 'MiniMed 508'],
    Medtronic: ['Medtronic'],
    'basal rate': ['basal rate', 'basal rates'],
    bolus: ['bolus'],
    cannula: ['cannula'],
    ketones: ['ketones'],
    'insulin pen': ['pen'],
    'Paradigm 722': ['Paradigm seven twenty-two', 'Paradigm 722'],
    'bolus wizard': ['bolus wizard'],
    'carb ratio': ['carb ratio'],
    'correction factor': ['correction factor'],
    'insulin on board': ['insulin you still had on board', "insulin you've already got on board"],
    'Black Hat': ['Black Hat'],
    encryption: ['encryption'],
    FDA: ['FDA'],
    firmware: ['firmware'],
    eBay: ['eBay'],
    Dexcom: ['Dexcom'],
    'Dexcom G4': ['G four', 'G4'],
    sensor: ['sensor', 'sensors'],
    Nightscout: ['Nightscout', 'Night Scout'],
    'CGM in the Cloud': ['CGM in the Cloud'],
    Facebook: ['Facebook'],
    '#WeAreNotWaiting': ['we are not waiting', '#WeAreNotWaiting'],
    'cloud account': ['cloud account'],
    Pebble: ['Pebble'],
    Android: ['Android'],
    xDrip: ['xDrip', 'X Drip'],
    'Dexcom Share': ['Share app'],
    Tallypod: ['Tallypod', 'Tally Pod'],
    'prior authorization': ['prior authorization'],
    'Intel Edison': ['Intel Edison'],
    'Explorer board': ['Explorer board'],
    OpenAPS: ['OpenAPS', 'Open APS'],
    oref0: ['oref zero', 'O-ref 0'],
    'artificial pancreas': ['artificial pancreas'],
    RileyLink: ['RileyLink', 'Riley Link'],
    Bluetooth: ['Bluetooth'],
    iPhone: ['iPhone'],
    Loop: ['Loop'],
    'App Store': ['App Store'],
    Xcode: ['Xcode'],
    Mac: ['Mac'],
    iOS: ['iOS'],
    LoopDocs: ['LoopDocs', 'Loop Docs'],
    AndroidAPS: ['AndroidAPS', 'Android APS'],
    'time in range': ['time in range'],
    Omnipod: ['Omnipod'],
    Insulet: ['Insulet'],
    'Omnipod Eros': ['Eros'],
    'MiniMed 670G': ['six seventy G', '670G'],
    'hybrid closed loop': ['hybrid closed loop'],
    'Tandem t:slim X2': ['T slim X two', 't:slim X2'],
    'Control-IQ': ['Control-IQ', 'Control IQ'],
    'Omnipod 5': ['Omnipod five', 'Omnipod 5'],
    DIY: ['DIY'],
    Tidepool: ['Tidepool', 'Tide Pool'],
    'Tidepool Loop': ['Tidepool Loop', 'Tide Pool Loop'],
    iCGM: ['iCGM', 'ICGM'],
    'ACE pump': ['ACE pump'],
    'interoperable controller': ['interoperable controller'],
    'Omnipod DASH': ['DASH'],
    iLet: ['iLet'],
    'Beta Bionics': ['Beta Bionics'],
    'FreeStyle Libre': ['FreeStyle Libre', 'Libre'],
    Abbott: ['Abbott'],
    NFC: ['NFC'],
    'FreeStyle Libre 3': ['Libre three', 'Libre 3'],
    'Dexcom G7': ['G seven', 'G7'],
    'over-the-counter CGM': ['over-the-counter'],
    'Dexcom Stelo': ['Stelo'],
    'Abbott Lingo': ['Lingo'],
    'AGP report': ['AGP report', 'ambulatory glucose profile'],
    MARD: ['MARD', 'M A R D', 'mean absolute relative difference'],
    'compression low': ['compression lows'],
    'fully closed loop': ['fully closed loops'],
    Fiasp: ['Fiasp'],
    Lyumjev: ['Lyumjev', 'Lumjev'],
    Eversense: ['Eversense'],
    Senseonics: ['Senseonics'],
    Vertex: ['Vertex'],
    'islet cells': ['islet cells'],
    'stem cells': ['stem cells'],
  },
  tolerated: [
    'Low Alarm', 'lowalarm.show', 'lowalarm.show/19', 'low alarm dot show slash nineteen', 'tallypod.com', 'tallypod.com/lowalarm', 'tallypod dot com slash low alarm',
    'Hollis', 'Ferreira', 'Junie', 'Castellanos', 'Jay Radcliffe', 'John Costik', 'John Kostik', 'Dana Lewis', 'Scott Leibrand', 'Scott Liebrand', 'Pete Schwamb', 'Pete Schwam', 'Nate Racklyeft', 'Nate Rackleft', 'Providence',
    'Rhode Island', 'Sacramento', 'Europe', 'January', 'CHAT', 'CLAN', 'TalkBank', 'HOL', 'JUN', 'diabetes', 'diabetes educator', 'clinic', 'devices', 'device',
    'documentation', 'phone', 'blood sugar', 'doorbell', 'drawer', 'kitchen', 'paperback', 'drop of blood', 'finger', 'pencil', 'dose', 'doctor', 'blood test',
    'average', 'memory', 'cable', 'computer', 'software', 'shots', 'snack', 'trial', 'complications', 'gadget', 'batteries', 'clip', 'tube', 'reservoir', 'needle',
    'skin', 'buttons', 'door handles', 'backup', 'radio', 'remote control', 'security researcher', 'commands', 'warning', 'recall', 'vulnerability', 'feature',
    'receiver', 'screen', 'glucose', 'wire', 'curve', 'parking lot', 'parent', 'code', 'internet', 'website', 'slogan', 'data', 'watch', 'wrist', 'followers',
    'alarm', 'gummy bears', 'supplies', 'pods', 'strips', 'pharmacy', 'insurance', 'refill', 'expiry dates', 'photo', 'battery', 'rig', 'algorithm', 'carbs',
    'basal', 'radio bridge', 'app', 'build instructions', 'studies', 'lows', 'unapproved systems', 'pod', 'tubeless pump', 'nonprofit', 'categories', 'controller',
    'Lego', 'LEGO', 'weight', 'meal', 'warranty', 'reader', 'readings', 'report', 'bands', 'percentage', 'international consensus', 'lab measurement', 'fluid',
    'finger check', 'research groups', 'implant', 'trials', 'cure', 'apps', 'Apple Health', 'corpus', 'medical technology', 'consent', 'sponsor message',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Low Alarm', number: 19, recorded: '2025-03-11', title: 'The drawer' };
const files = { chat: { file: 'interview.cha', r: chat }, srt: { file: 'captions.srt', r: srt } };
const gold = {
  _source: `Synthetic held-out episode written for heldout32 (/work/heldout32/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const said = r.paragraphs.map((p) => r.text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
  writeFileSync(join(here, file), r.text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (r, sg) => r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter((w) => /\w/.test(w)).length).reduce((a, b) => a + b, 0);
console.log(`utterance starts: ${[...startCase.entries()].map(([w, d]) => `${w} ${d}`).join(', ')}`);
console.log(`${bw.length} spoken words in captions.srt, about ${Math.round(bw.at(-1).end / 60)} minutes; interview.cha: ${utts.length} utterances; captions.srt: ${cues.length} cues (${srt.paragraphs.filter((p) => p.ambiguous).length} with two voices)\nsegments (srt words): ${srt.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(srt, sg)}`).join('; ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
