// Builds Swell Box #29 (SYNTHETIC held-out episode, heldout33) from source.mjs: a one-host one-guest INTERVIEW about PIPE
// ORGANS, MIDI and VIRTUAL ORGANS built as a BLIND LISTENING QUIZ (host Hester Vane, guest Dermot Quill): six clips, pipes
// or samples, each round a chapter. Intro (the host's welcome, her THIRD-PERSON introduction of the guest, the cipher,
// the rules); round one, virtual organs (Dermot; the host's cue MID-PARAGRAPH after her retort); round two, MIDI and
// consoles (Dermot; the host's cue MID-PARAGRAPH after her reaction); round three, digital organs (Dermot; the host's cue
// at a change of speaker); the sponsor Vestry (Hester; MID-PARAGRAPH in her own paragraph: "Interval"); round four, how a
// sample set is recorded (HESTER, who carries it; the GUEST asks for the round at a change of speaker); round five, the
// pipe organ's own electronics (Dermot; he asks for the clip himself, MID-PARAGRAPH in his own paragraph); round six,
// hybrids and preservation (Dermot; the host's cue in a NEW paragraph of her own); outro (Hester; at a change of speaker:
// the score and the payoff).
//
// Renders
//   swellbox029.ctm  a CTM word file, NEW in the held-out sets: the episode was recorded as a double-ender (each person's
//                    microphone on its own track), the producer ran a Kaldi-style recogniser on each track and merged the
//                    per-track CTM files with `sort -k3,3n`, so the lines are in time order. As I remember the format: `;;`
//                    comment lines, then ONE WORD PER LINE, `<recording> <channel> <start> <duration> <word> <confidence>`,
//                    LF line ends, a final newline; the recording is the TRACK (`swellbox-029-hester`,
//                    `swellbox-029-dermot`), channel `1`, times in seconds with two decimals, confidence with two decimals.
//                    The recogniser's words: LOWERCASE, NO PUNCTUATION, numbers as words, hesitations as `uh`, laughter as
//                    `[laughter]`, a bump as `[noise]`, names it doesn't know as `<unk>`, products misheard (the B of each
//                    {A|B}). The guest's local track has a gap in round five: that stretch comes from the call's backup
//                    recording, track `swellbox-029-backup` (`ctm`; gold: Dermot; `backup` is not an alias). Gold
//                    paragraphs are the RUNS OF LINES OF ONE TRACK: from the first character of the run's first word to
//                    the last character of its last word (the confidences and line starts between its words included).
//                    A segment starts at the first character of the line holding its first word. transcriptStart is the
//                    first word's line; the comment lines belong to the intro. Scored on this file, the segmentation
//                    metrics count all six fields of every line as words (about 16,700 "words"). Key `ctm`.
//   captions.vtt     the producer's captions for the episode's video, in a familiar layout (WebVTT with voice tags):
//                    `WEBVTT`, `Kind: captions`, `Language: en`, then cues separated by an empty line, each a time line
//                    and one or two lines of at most 42 characters; a cue never runs across a turn or a pause (`¶`) and
//                    ends at a sentence end once it holds 7 words, or at 18 words; a `<v Name>` VOICE TAG opens the first
//                    cue of every CHANGE OF SPEAKER only (the cues after it have none); each clip as an `[ORGAN MUSIC]`
//                    cue; the producer's slip: ONE cue tagged with the wrong voice (`vtt`: Hester's "What does that system
//                    actually do?" as `<v Dermot Quill>`; gold: Hester); LF line ends, a final newline. The A of each
//                    {A|B}. Gold paragraphs are the cue texts after the voice tag (the line break inside a cue included).
//                    A segment starts at the first digit of the time line of the cue whose first word is its first word
//                    (every boundary of this episode falls at a cue start). transcriptStart is the first time line; the
//                    three header lines belong to the intro. Key `vtt`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s
//   when the same person goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 4.2 s; a clip of S
//   seconds after its paragraph, with 0.8 s of silence each side; the B words of a stretch spread over the time its A
//   words took). Pauses and confidences are drawn from a hash of the slug and the position: no randomness.
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captionCues } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, Q } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'swell-box-029';
const WPS = 2.6, T0 = 4.2;
const two = (n) => String(n).padStart(2, '0');
const hmsm = (s) => `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(Math.floor(s % 60))}.${String(Math.floor((s % 1) * 1000)).padStart(3, '0')}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- one clock: the A words (captions) and the B words (CTM) of every part of every paragraph ---------------------
// parts[]: { item, k, pi, aWords: [{w, begin, end}], bWords: [{w, begin, end, seg}] }; clips[]: { begin, end }.
const parts = [], clips = [];
{
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const aParts = pick(item.text, 0).split(/\s*¶\s*/), bParts = pick(item.text, 1).split(/\s*¶\s*/);
    if (aParts.length !== bParts.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    aParts.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      const aWords = [];
      part.split(/\s+/).filter(Boolean).forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${part.slice(0, 40)}`);
        aWords.push({ w, raw, begin: t });
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      aWords.forEach((x, j) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (aWords[j + 1]?.begin ?? t) - 0.03); });
      const list = bParts[pi].split(/\s+/).filter(Boolean);
      const bWords = list.map((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${bParts[pi].slice(0, 40)}`);
        const x = { w, begin: begin + (j / list.length) * (t - begin) };
        if (raw.startsWith('§')) { x.seg = mids[midN++]; if (!x.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        return x;
      });
      bWords.forEach((x, j) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (bWords[j + 1]?.begin ?? t) - 0.03); });
      parts.push({ item, k, pi, aWords, bWords });
    });
    if (item.clip) { t += 0.8; clips.push({ after: parts.length - 1, begin: t, end: t + item.clip }); t += item.clip + 0.8; }
    prev = item;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
}

// --- swellbox029.ctm ------------------------------------------------------------------------------------------
const TRACK = { [H]: 'swellbox-029-hester', [Q]: 'swellbox-029-dermot' };
const ctmWord = (raw) => {
  const bare = raw.replace(/[,.?!;:]+$/, '');
  if (/^<unk>$|^\[[a-z]+\]$/.test(bare)) return bare;
  const w = raw.toLowerCase().replace(/[’‘]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (w && !/^[a-z']+$/.test(w)) throw new Error(`not a recogniser word: ${raw}`);
  return w;
};
const ctm = { text: '', paragraphs: [], segments: [], transcriptStart: null };
{
  const gapAt = parts.find((p) => p.item.ctm).bWords[0].begin;
  let out = [
    ';; swellbox-029 per-track recognition (Kaldi-style chain model, 16 kHz mono per track), merged with sort -k3,3n',
    `;; tracks: swellbox-029-hester swellbox-029-dermot swellbox-029-backup (call recording, patches the gap in the dermot track at ${hmsm(gapAt).slice(0, 8)})`,
    '',
  ].join('\n');
  const openSeg = (seg, at) => {
    if (ctm.segments.length) ctm.segments.at(-1).end = at;
    ctm.segments.push({ kind: seg.seg, presenter: seg.presenter, title: seg.title, titleKeys: seg.titleKeys, start: ctm.segments.length ? at : 0, end: null });
  };
  let run = null;
  let n = 0;
  for (const part of parts) {
    const track = part.item.ctm ? `swellbox-029-${part.item.ctm}` : TRACK[part.item.speaker];
    part.bWords.forEach((x, j) => {
      const w = ctmWord(x.w);
      if (!w) { if (x.seg) throw new Error(`a segment starts at a word the CTM drops: ${x.w}`); return; }
      if (n++) out += '\n';
      const lineAt = out.length;
      ctm.transcriptStart ??= lineAt;
      if (x.seg) openSeg(x.seg, lineAt);
      out += `${track} 1 ${x.begin.toFixed(2)} ${Math.max(0.05, x.end - x.begin).toFixed(2)} `;
      const at = out.length;
      out += w;
      if (!run || run.track !== track) {
        run = { track, start: at, end: null, speakers: new Map() };
        ctm.paragraphs.push(run);
      }
      run.end = out.length;
      run.speakers.set(part.item.speaker, (run.speakers.get(part.item.speaker) ?? 0) + 1);
      const u = unit(`${SLUG}/conf/${part.k}/${part.pi}/${j}`);
      const conf = w === '<unk>' ? 0.3 + 0.2 * u : track.endsWith('backup') ? 0.55 + 0.3 * u : /^\[/.test(w) ? 0.6 + 0.3 * u : 0.82 + 0.18 * u * u;
      out += ` ${conf.toFixed(2)}`;
    });
  }
  out += '\n';
  ctm.segments.at(-1).end = out.length;
  ctm.text = out;
  ctm.paragraphs = ctm.paragraphs.map((r) => {
    if (r.speakers.size !== 1) throw new Error('a CTM run with two voices');
    return { start: r.start, end: r.end, speaker: [...r.speakers.keys()][0] };
  });
}
if (ctm.segments.length !== SEGS) throw new Error(`ctm: ${ctm.segments.length} segments, the source has ${SEGS}`);

// --- captions.vtt ---------------------------------------------------------------------------------------------
const vtt = { text: '', paragraphs: [], segments: [], transcriptStart: null };
{
  let out = 'WEBVTT\nKind: captions\nLanguage: en\n\n';
  const openSeg = (seg, at) => {
    if (vtt.segments.length) vtt.segments.at(-1).end = at;
    vtt.segments.push({ kind: seg.seg, presenter: seg.presenter, title: seg.title, titleKeys: seg.titleKeys, start: vtt.segments.length ? at : 0, end: null });
  };
  let prevSpeaker = null, nCue = 0;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  parts.forEach((part, idx) => {
    // the segment of a part's first word (a non-mid segment), from the B words (same segments, same order)
    const firstSeg = part.bWords[0].seg && !part.bWords[0].seg.mid ? part.bWords[0].seg : null;
    const text = part.aWords.map((x) => x.raw).join(' ');
    const cues = captionCues(text, { max: 42, sentenceWords: 7, maxWords: 18 });
    let wi = 0;
    cues.forEach((c, ci) => {
      const ws = part.aWords.slice(wi, wi + c.words);
      wi += c.words;
      if (nCue++) out += '\n\n';
      const at = out.length;
      vtt.transcriptStart ??= at;
      if (ci === 0 && firstSeg) openSeg(firstSeg, at);
      if (c.segStart) { const s = mids[midN++]; if (!s) throw new Error('a § cue without its mid segment'); openSeg(s, at); }
      out += `${hmsm(ws[0].begin)} --> ${hmsm(ws.at(-1).end)}\n`;
      const who = part.item.vtt ?? part.item.speaker;
      if (ci === 0 && part.pi === 0 && part.item.speaker !== prevSpeaker) out += `<v ${who}>`;
      const start = out.length;
      out += c.lines.join('\n');
      vtt.paragraphs.push({ start, end: out.length, speaker: part.item.speaker });
    });
    if (wi !== part.aWords.length) throw new Error('cue word count');
    prevSpeaker = part.item.speaker;
    const clip = clips.find((x) => x.after === idx);
    if (clip) out += `\n\n${hmsm(clip.begin)} --> ${hmsm(clip.end)}\n[ORGAN MUSIC]`;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § cue');
  out += '\n';
  vtt.segments.at(-1).end = out.length;
  vtt.text = out;
}
if (vtt.segments.length !== SEGS) throw new Error(`vtt: ${vtt.segments.length} segments, the source has ${SEGS}`);
if (/[§¶{}|]/.test(vtt.text)) throw new Error('a mark in captions.vtt');

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'pipe organ': ['pipe organ', 'pipe organs'],
    'virtual organ': ['virtual organ', 'virtual organs'],
    'sample set': ['sample set', 'sample sets'],
    console: ['console', 'consoles'],
    cipher: ['cipher'],
    'Swell Oboe': ['Swell Oboe'],
    magnet: ['magnet'],
    Bach: ['Bach'],
    Hauptwerk: ['Hauptwerk', 'haupt werk'],
    'Milan Digital Audio': ['Milan Digital Audio'],
    'release sample': ['releases', 'release'],
    RAM: ['RAM'],
    'touch screen': ['touch screens'],
    GrandOrgue: ['GrandOrgue', 'grand orgue'],
    'open source': ['open source'],
    'Sonus Paradisi': ['Sonus Paradisi', 'sonus paradise'],
    'OrganArt Media': ['OrganArt Media', 'organ art media'],
    'wet and dry sample sets': ['wet set', 'dry set', 'wet and dry'],
    reverb: ['reverb'],
    'Toccata (Widor)': ['Toccata'],
    reeds: ['reeds', 'reed'],
    'Cavaillé-Coll': ['Cavaillé-Coll', 'cavaille coll'],
    MIDI: ['MIDI'],
    synthesiser: ['synthesisers'],
    'MIDI channel': ['MIDI channel', 'channels'],
    'note on': ['note on'],
    'note off': ['note off'],
    velocity: ['velocity'],
    'stop tab': ['stop tab'],
    pistons: ['pistons'],
    'program change': ['program change'],
    SysEx: ['SysEx', 'sys ex'],
    'Hall effect sensor': ['Hall effect sensor'],
    'reed switch': ['reed switches'],
    USB: ['USB', 'u s b'],
    'MIDI 2.0': ['MIDI 2.0', 'midi two point oh'],
    'MIDI 1.0': ['MIDI 1.0', 'midi one point oh'],
    'expression pedal': ['expression pedals', 'swell shoes'],
    Wurlitzer: ['Wurlitzer'],
    'theatre organ': ['theatre organ', 'theatre organs'],
    tremulant: ['tremulants'],
    glockenspiel: ['glockenspiel'],
    relay: ['relays'],
    'telephone exchange': ['telephone exchanges'],
    'digital organ': ['digital organ', 'digital organs'],
    'Allen Organ Company': ['Allen Organ Company'],
    Allen: ['Allen'],
    'North American Rockwell': ['North American Rockwell'],
    Rodgers: ['Rodgers'],
    Johannus: ['Johannus', 'johannes'],
    Viscount: ['Viscount'],
    Physis: ['Physis', 'phi sis'],
    'physical modelling': ['physical modelling'],
    Vestry: ['Vestry'],
    microphones: ['microphones'],
    'microphone perspectives': ['perspectives'],
    'loop point': ['loop point'],
    'sustain loop': ['sustain'],
    blower: ['blower'],
    'organ action': ['action', 'actions'],
    'tracker action': ['tracker organ', 'tracker'],
    'electro-pneumatic action': ['electro-pneumatic', 'electro pneumatic'],
    'leather pouch': ['leather pouch'],
    'solid-state combination system': ['solid-state system', 'solid state system', 'solid-state board', 'solid state board'],
    Peterson: ['Peterson'],
    'Solid State Organ Systems': ['Solid State Organ Systems'],
    Syndyne: ['Syndyne', 'syn dyne'],
    'combination action': ['combination action'],
    'memory levels': ['memory levels'],
    'record and playback': ['play it back', 'played it back'],
    registration: ['registration'],
    'digital stops': ['digital stops', 'digital one with speakers'],
    'pedal stop': ['pedal stop'],
    'Organ Historical Society': ['Organ Historical Society'],
    evensong: ['evensong'],
  },
  tolerated: [
    'Swell Box', 'swellbox.org.uk', 'swellbox.org.uk/29', 'swell box dot org dot u k slash twenty nine', 'vestry.app', 'vestry.app/swellbox', 'vestry dot app slash swell box',
    'CTM', 'Kaldi', 'WebVTT', 'swellbox-029-hester', 'swellbox-029-dermot', 'swellbox-029-backup', 'Hester', 'Vane', 'Dermot', 'Quill', 'Martin Dyde', 'Dyde', 'Widor', 'Howells',
    'Norwich', 'Dublin', 'Ireland', 'Rathmines', 'rath mines', 'Netherlands', 'Dutch', 'Prague', 'Germany', 'Europe', 'Kildare', 'Pennsylvania', 'America', 'Italy', 'Ely',
    'Bohemia', 'August', 'Friday', 'Saturday', 'organ', 'organs', 'pipes', 'pipe', 'wind', 'computers', 'computer', 'parish church', 'church', 'churches', 'recordings',
    'torch', 'organ builder', 'choir', 'contacts', 'stop', 'stops', 'key', 'keys', 'clips', 'clip', 'samples', 'sample', 'headphones', 'chords', 'chord', 'room', 'note',
    'notes', 'program', 'memory', 'gigabytes', 'cathedral', 'machines', 'producers', 'French organ', 'spare room', 'keyboard', 'manual', 'pedals', 'piano', 'message',
    'wood', 'wiring', 'board', 'cable', 'delay', 'milliseconds', 'barn', 'mice', 'Great division', 'division', 'cinema', 'stage', 'history', 'chips', 'spacecraft contractor',
    'numbers', 'instrument', 'instruments', 'recordings', 'rota', 'music list', 'hymns', 'anthem', 'voluntaries', 'vicar', 'service sheet', 'buses', 'bells', 'heating',
    'fans', 'nave', 'levels', 'editing', 'click', 'car', 'trumpet stop', 'attack', 'valve', 'strips of wood', 'politics', 'settings', 'tuning', 'output', 'oboe', 'loop',
    'speakers', 'lorry', 'restoration', 'electronics', 'database', 'skip', 'village church', 'roof', 'photograph', 'website', 'score', 'podcast', 'G sharp', 'Swell',
    'spring', 'gap', 'Oboe', 'voicer', 'apprentice', 'case', 'steps', 'devices',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Swell Box', number: 29, recorded: '2024-10-12', title: 'Pipes or samples?' };
const files = { ctm: { file: 'swellbox029.ctm', r: ctm }, vtt: { file: 'captions.vtt', r: vtt } };
const gold = {
  _source: `Synthetic held-out episode written for heldout33 (/work/heldout33/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
const spokenOf = (key, r) => r.paragraphs.map((p) => {
  const body = r.text.slice(p.start, p.end);
  return key === 'ctm' ? body.split('\n').map((line, i) => (i ? line.split(' ')[4] : line.split(' ')[0])).join(' ') : body;
});
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const said = spokenOf(key, r).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
  writeFileSync(join(here, file), r.text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (key, r, sg) => {
  if (key === 'ctm') return r.text.slice(sg.start, sg.end).split('\n').filter((l) => /^swellbox-029-/.test(l)).length;
  return r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter((w) => /\w/.test(w)).length).reduce((a, b) => a + b, 0);
};
const nWords = parts.reduce((a, p) => a + p.bWords.length, 0);
console.log(`${nWords} spoken words in the CTM, about ${Math.round(parts.at(-1).bWords.at(-1).end / 60)} minutes; swellbox029.ctm: ${ctm.paragraphs.length} runs; captions.vtt: ${vtt.paragraphs.length} cues, ${clips.length} clips\n` +
  `segments (vtt words): ${vtt.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn('vtt', vtt, sg)}`).join('; ')}\n` +
  `segments (ctm words): ${ctm.segments.map((sg) => wordsIn('ctm', ctm, sg)).join(', ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
