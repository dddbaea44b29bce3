// Builds Pipes and Hats #83 (SYNTHETIC held-out episode, heldout23) from source.mjs: a one-host one-guest INTERVIEW about
// HEALTHCARE INTEGRATION in a hospital trust (host Hollis Brandreth, guest Folasade "Sade" Adebayo, who leads the
// integration team of an NHS trust). Intro (Hollis, who introduces the guest: the guest never says her own name);
// HL7 version 2 and ADT (Sade, opened by the host's question at a change of speaker); Mirth Connect going commercial
// (Sade, who raises it herself MID-PARAGRAPH at the end of her answer); patient identity (Sade, opened by a
// BACK-REFERENCE of the host at a change of speaker); [sponsor "Carrick", read by the host at a change of speaker, tied
// to the guest's last words]; FHIR (Sade, opened MID-PARAGRAPH at the end of the host's read); clinical codes (Sade, who
// raises it herself MID-PARAGRAPH after a one-line reaction); imaging (Sade, who raises it herself at a change of
// speaker, a weak cue on the host's words); downtime and Synnovis (Sade, a question answered by a question); what comes
// next (Sade, opened by a NEW paragraph of the host's right after her own one-liner: no speaker change); outro (Hollis).
//
// Renders
//   labeled.txt   the show's own edited transcript in the seed's labelled layout (heldout's and the seed's labeled.txt):
//                 one paragraph a line, `Full NAME: ` on each speaker's first paragraph (`Hollis BRANDRETH`,
//                 `Folasade ADEBAYO`), `SURNAME: ` after that, NO label on the editor's continuation paragraphs (`¦`) and
//                 on one paragraph after a change of speaker (`lab: null`), two misspelt labels (`BRANDETH`, `ADEBAY`,
//                 gold aliases, as the seed's `OKKE`); curly apostrophes; the URL written out; the words as the editor
//                 left them (the A of each {A|B}); no header. Gold paragraphs are the text after the label. Gold key
//                 `labeled`.
//   teams.vtt     the transcript Microsoft Teams made of the call, downloaded as WebVTT, NEW in the held-out sets:
//                 `WEBVTT`, a blank line, then cues of an identifier line `GUID/N-M` (a GUID per participant, N the
//                 utterance's number, M the cue's index inside the utterance), a timing line `hh:mm:ss.mmm -->
//                 hh:mm:ss.mmm` and ONE text line `<v Display Name>text</v>`, blank lines between cues, a final newline.
//                 The display names are the participants' own: `Hollis Brandreth` and the guest's NHS directory name
//                 `ADEBAYO, Folasade (FENWICK MOOR HOSPITALS NHS TRUST)` (a gold alias); every cue names its speaker
//                 (each speaker had her own microphone). Teams starts an utterance at every paragraph and every pause
//                 (`¶`), and cuts an utterance into cues at a sentence end once the cue holds 10 words and in any case at
//                 28 words, so long answers run over several cues `N-0`, `N-1`…, some ending mid-sentence. Replies said
//                 while the other person was talking (`over`) get their own cue, timed inside her paragraph: Teams sorts
//                 the cues by start time, so such a cue sits between two cues of the other speaker and overlaps the one
//                 before. Teams' recogniser's spellings (the B of each {A|B}: "fire" for FHIR, "Snowmed", "Loink",
//                 "Dicom", "packs"…), straight apostrophes, the URL as words. GOLD PARAGRAPHS are ONE PER CUE, the text
//                 between `<v Name>` and `</v>`. A segment starts at the identifier line of the cue its first word opens,
//                 or INSIDE a cue at its first word. transcriptStart is the first cue. Gold key `teams`.
//   Times: ONE clock (Teams' words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s
//   at a `¶`, from 2.3 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next word; an `over`
//   reply starts at the word of the interrupted paragraph 60% of the way through it and takes no time of its own).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'pipes-and-hats-083';
const WPS = 2.6, T0 = 2.3;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const DISPLAY = { [H]: 'Hollis Brandreth', [G]: 'ADEBAYO, Folasade (FENWICK MOOR HOSPITALS NHS TRUST)' };

// --- labeled.txt --------------------------------------------------------------------------------
const LABEL_FIRST = { [H]: 'Hollis BRANDRETH', [G]: 'Folasade ADEBAYO' };
const LABEL_LATER = { [H]: 'BRANDRETH', [G]: 'ADEBAYO' };
const LSRC = [];
for (const item of SOURCE) {
  if (item.seg) { LSRC.push(item); continue; }
  const text = pick(item.text, 0).replace(/\s*¶\s*/g, ' ');
  text.split(/ ?¦ ?/).forEach((part, k) => LSRC.push({ ...item, text: part.trim(), cont: k > 0 }));
}
const seen = new Set();
const labeled = render(LSRC, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => {
    if (p.cont) return '';
    const def = seen.has(p.speaker) ? LABEL_LATER[p.speaker] : LABEL_FIRST[p.speaker];
    seen.add(p.speaker);
    const lab = 'lab' in p ? p.lab : def;
    return lab === null ? '' : `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});
if (/[¦⟨⟩§¶{}|]/.test(labeled.text)) throw new Error('a mark in labeled.txt');

// --- teams.vtt ----------------------------------------------------------------------------------
// Teams' words with the clock; `over` replies are timed inside the paragraph they interrupt
const words = [];
{
  let t = T0, prev = null, prevWords = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const toks = pick(item.text, 1).replace(/⟨([^⟩]*)⟩/g, '$1').replace(/\s*¦\s*/g, ' ').split(/\s+/).filter(Boolean);
    let tt;
    if (item.over) {
      if (!prev || prev.speaker === item.speaker) throw new Error('an over reply must interrupt the other speaker');
      if (/§/.test(item.text)) throw new Error('an over reply cannot hold a §');
      tt = prevWords[Math.floor(prevWords.length * 0.6)].begin;
    } else {
      if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
      tt = t;
    }
    const mine = [];
    let pause = true, first = true;
    for (const tok of toks) {
      if (tok === '¶') { tt += 0.5; pause = true; continue; }
      const w = tok.replace('§', '');
      if (!w || /[§¶{}|⟨⟩’‘“”<>]/.test(w)) throw new Error(`a stray mark or curly quote in ${tok}`);
      mine.push({ w, k, item, speaker: item.speaker, begin: tt, mark: tok.startsWith('§'), paraStart: first, utterStart: pause, over: !!item.over });
      first = false; pause = false;
      tt += 1 / WPS;
    }
    words.push(...mine);
    if (!item.over) { t = tt; prev = item; prevWords = mine; }
  });
  // a word lasts 120 ms + 25 ms a letter, ending before the speaker's own next word
  const bySpeaker = {};
  for (const x of words) (bySpeaker[x.speaker] ??= []).push(x);
  for (const ws of Object.values(bySpeaker)) ws.sort((a, b) => a.begin - b.begin).forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (ws[i + 1]?.begin ?? Infinity) - 0.03); });
  let pending = null;
  const midQueue = words.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { if (item.over) throw new Error('a segment cannot open on an over reply'); words.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
// utterances (a paragraph, cut at its pauses), numbered in order of their start; cues inside an utterance
const utterances = [];
for (const x of words) { if (x.utterStart) utterances.push({ speaker: x.speaker, words: [] }); utterances.at(-1).words.push(x); }
utterances.sort((a, b) => a.words[0].begin - b.words[0].begin);
const N0 = 7;
const cues = [];
utterances.forEach((u, ui) => {
  u.n = N0 + ui;
  let cur = [];
  const out = [];
  u.words.forEach((x, i) => {
    cur.push(x);
    if ((/[.?!]$/.test(x.w) && cur.length >= 10) || cur.length >= 28 || i === u.words.length - 1) { out.push(cur); cur = []; }
  });
  out.forEach((ws, m) => cues.push({ speaker: u.speaker, n: u.n, m, words: ws }));
});
cues.sort((a, b) => a.words[0].begin - b.words[0].begin || a.n - b.n || a.m - b.m);
// GUIDs per participant, from a fixed string (FNV-1a, deterministic)
const guid = (seed) => {
  let hex = '';
  for (let r = 0; hex.length < 32; r++) { let h = 0x811c9dc5; for (const c of `${seed}#${r}`) { h ^= c.charCodeAt(0); h = Math.imul(h, 0x01000193) >>> 0; } hex += h.toString(16).padStart(8, '0'); }
  hex = hex.slice(0, 12) + '4' + hex.slice(13, 16) + '89ab'[parseInt(hex[16], 16) % 4] + hex.slice(17, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};
const GUID = { [H]: guid('pipes-and-hats-083 Hollis Brandreth'), [G]: guid('pipes-and-hats-083 Folasade Adebayo') };
const vttTime = (s) => { const ms = Math.round(s * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
const VHEAD = 'WEBVTT\n\n';
let vtt = VHEAD;
const vttParas = [];
const vttTrack = segmentTracker();
let overlaps = 0, lastEnd = -1;
cues.forEach((c, ci) => {
  if (ci) vtt += '\n';
  const cueAt = vtt.length;
  const a = c.words[0].begin, b = c.words.at(-1).end;
  if (a < lastEnd) overlaps++;
  lastEnd = Math.max(lastEnd, b);
  vtt += `${GUID[c.speaker]}/${c.n}-${c.m}\n${vttTime(a)} --> ${vttTime(b)}\n<v ${DISPLAY[c.speaker]}>`;
  const start = vtt.length;
  c.words.forEach((x, j) => {
    if (j) vtt += ' ';
    if (x.seg) { if (x.seg.mid) { vttTrack.mark(j ? vtt.length : cueAt); vttTrack.seg(x.seg); } else { vttTrack.seg(x.seg); vttTrack.block(j ? vtt.length : cueAt); } }
    vtt += x.w;
  });
  vttParas.push({ start, end: vtt.length, speaker: c.speaker });
  vtt += '</v>\n';
});
vttTrack.close(vtt.length);
vttTrack.segments.forEach((s, i) => { if (s.start == null || (i && s.start <= vttTrack.segments[i - 1].start)) throw new Error(`segment ${s.title} out of order in teams.vtt`); });
if (/[§¶¦{}|⟨⟩’‘]/.test(vtt)) throw new Error('a mark or curly apostrophe in teams.vtt');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'Folasade Adebayo: forty-one systems, one admission message, and the kitchen that needs to know who to feed';
const EPISODE = { show: 'Pipes and Hats', number: 83, recorded: '2025-07-16', title: TITLE };
const ENTITIES = {
  required: {
    'healthcare integration': ['integration'],
    NHS: ['NHS'],
    'NHS trust': ['NHS Trust', 'trust'],
    'emergency department': ['emergency department'],
    'patient administration system': ['patient administration system'],
    HL7: ['HL7'],
    'HL7 version 2': ['HL7 version 2', 'version 2'],
    ADT: ['ADT'],
    A01: ['A01'],
    A04: ['A04'],
    A03: ['A03'],
    A40: ['A40'],
    MSH: ['MSH'],
    PID: ['PID'],
    PV1: ['PV1'],
    MLLP: ['MLLP', 'M L L P'],
    'interface engine': ['interface engine', 'engine'],
    'Z segments': ['Z segments'],
    ACK: ['ACK', 'acknowledgement'],
    Rhapsody: ['Rhapsody', 'Rap City'],
    'Mirth Connect': ['Mirth Connect', 'Merth Connect'],
    NextGen: ['NextGen'],
    'open source': ['open source'],
    'Open Integration Engine': ['Open Integration Engine'],
    fork: ['forked', 'the fork'],
    'NHS number': ['NHS number'],
    'check digit': ['check digit'],
    PDS: ['PDS', 'P D S', 'Personal Demographics Service'],
    Spine: ['Spine'],
    'patient merge': ['merge', 'merged', 'merges'],
    Carrick: ['Carrick'],
    FHIR: ['FHIR', 'fire'],
    JSON: ['JSON'],
    REST: ['REST'],
    R4: ['R4'],
    R5: ['R5'],
    R6: ['R6'],
    'UK Core': ['UK Core'],
    'FHIR API': ['FHIR API', 'fire API'],
    'GP Connect': ['GP Connect'],
    'electronic patient record': ['electronic patient record'],
    'SMART on FHIR': ['SMART on FHIR', 'SMART on fire'],
    'SNOMED CT': ['SNOMED CT', 'SNOMED', 'Snowmed'],
    'dm+d': ['dm+d', 'dictionary of medicines and devices'],
    'clinical coding': ['clinical coders', 'coders'],
    'ICD-10': ['ICD-10'],
    'OPCS-4': ['OPCS-4'],
    LOINC: ['LOINC', 'Loink'],
    pathology: ['pathology'],
    radiology: ['radiology'],
    DICOM: ['DICOM', 'Dicom'],
    'modality worklist': ['worklist'],
    PACS: ['PACS', 'packs', 'picture archiving and communication system'],
    'CT scan': ['CT scan'],
    DICOMweb: ['DICOMweb', 'Dicom web'],
    Synnovis: ['Synnovis', 'Synovis'],
    ransomware: ['ransomware'],
    'downtime procedures': ['downtime'],
    '10 Year Health Plan': ['ten-year plan'],
    'single patient record': ['single patient record'],
    'NHS App': ['NHS App'],
    'artificial intelligence': ['artificial intelligence', 'AI'],
    'ambient voice technology': ['ambient voice', 'AI scribes'],
    'NHS England': ['NHS England'],
  },
  tolerated: [
    'Pipes and Hats', 'carrick.health', 'carrick.health/pipes', 'Fenwick Moor Hospitals NHS Trust', 'Fenwick Moor', 'England', 'north of England', 'south-east London', 'London', 'America', 'Hollis', 'Sade', 'Folasade',
    '2006', '2009', '2019', '1998', 'June', 'spring', 'summer', 'messages', 'message', 'hospitals', 'hospital', 'people', 'ward sister', 'ward', 'blood results', 'screen', 'community clinics', 'software supplier', 'supplier',
    'cruet', 'broken wrist', 'wires', 'registration', 'receptionist', 'admission', 'discharge', 'transfer', 'wards', 'keyboard', 'plain text', 'segment', 'segments', 'header', 'patient', 'visit', 'fields', 'field', 'pipes',
    'caret', 'hats', 'bytes', 'network connection', 'framing', 'lab', 'pharmacy', 'bed board', 'electronic bed board', 'maternity system', 'kitchen', 'systems', 'dialect', 'phone call', 'engines', 'clinical feeds', 'labs',
    'licence', 'paid licence', 'source code', 'community', 'volunteers', 'clinical traffic', 'release', 'security fixes', 'tender', 'exit plan', 'feeds', 'leverage', 'master copy', 'duplicates', 'records', 'record', 'histories',
    'blood results', 'medication history', 'clerk', 'pharmacist', 'downstream system', 'consultant', 'traffic', 'network', 'smoke alarm', 'resources', 'appointment', 'observation', 'web address', 'web service', 'national profiles',
    'national services', 'GP practices', 'apps', 'clinician', 'web API', 'law', 'certified systems', 'APIs', 'ecosystem', 'marketing', 'format', 'diagnosis', 'free text', 'local code', 'concept', 'clinical vocabulary',
    'concepts', 'fracture', 'distal radius', 'wrist injury', 'medicines', 'prescription', 'product', 'general practice', 'diagnoses', 'procedures', 'maps', 'map', 'lab tests', 'research study', 'X-ray', 'order', 'scanner',
    'radiographer', 'viewer', 'storage system', 'megabytes', 'slices', 'images', 'study', 'region', 'data centre', 'bandwidth', 'cloud archive', 'stroke call', 'couriers', 'discs', 'motorbikes', 'neurosurgeon', 'attack',
    'ransomware group', 'lab systems', 'blood test results', 'blood tests', 'operations', 'O-negative', 'blood donors', 'paper', 'alerts', 'doctors', 'documentary', 'request forms', 'downtime computer', 'medication lists',
    'rehearsal', 'canteen', 'menu', 'disaster recovery', 'government', 'health service', 'front door', 'database', 'agreements', 'identity', 'standard', 'letter', 'codes', 'developer', 'developers', 'tea towel', 'Microsoft Teams',
    'Teams', 'queue', 'queues', 'cloud', 'HL7 v2', 'ADT messages', 'NextGen Healthcare', 'Rhapsody Health', 'InterSystems', 'Epic', 'SNOMED CT concept', 'GP', 'GPs', 'Qilin', 'AI scribe', 'ambient voice technology', 'Personal Demographics Service FHIR API',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout23 (/work/heldout23/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: 0, segments: labeled.segments, paragraphs: labeled.paragraphs },
    teams: { input: 'teams.vtt', length: vtt.length, transcriptStart: VHEAD.length, segments: vttTrack.segments, paragraphs: vttParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'labeled' ? labeled.text : vtt;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'teams.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + pick(x.text, 0).replace(/[§¶¦]/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(9)} ${JSON.stringify(s.w).padEnd(32)} ${s.t}`);
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
const spoken = SOURCE.filter((x) => !x.seg).reduce((n, x) => n + pick(x.text, 0).replace(/⟨([^⟩]*)⟩/g, '$1').replace(/[§¶¦]/g, ' ').split(/\s+/).filter(Boolean).length, 0);
console.log(`${spoken} spoken words (labeled.txt), ${words.length} (teams.vtt), ${mm(Math.max(...words.map((x) => x.end)))} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`labeled.txt: ${labeled.paragraphs.length} paragraphs`);
console.log(`teams.vtt: ${cues.length} cues in ${utterances.length} utterances, ${cues.filter((c) => c.m > 0).length} continuing an utterance, ${overlaps} overlapping the cue before, ${cues.filter((c) => !/[.?!]$/.test(c.words.at(-1).w)).length} ending mid-sentence`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
