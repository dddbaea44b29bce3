// Builds Batch Window #71 (SYNTHETIC held-out episode, heldout22) from source.mjs: a one-host one-guest INTERVIEW about
// MAINFRAMES and COBOL (host Dervla Mulcahy, guest Thandiwe Nkosi, who runs mainframe engineering at a pensions
// administrator). Intro (Dervla); what runs on the machine (Thandiwe, opened by the host's question); COBOL (Thandiwe,
// who raises it herself at a change of speaker); the nightly batch (Thandiwe, opened MID-PARAGRAPH by the host at the end
// of her reaction); [sponsor "Marlspike", read by the host at a change of speaker]; the tools (Thandiwe, opened
// MID-PARAGRAPH at the end of the host's read); data leaving the mainframe (Thandiwe, a back-reference by the host);
// leaving the mainframe, or not (Thandiwe, who raises it herself MID-PARAGRAPH); who will look after it (Thandiwe, a
// question answered by a question); cost and the future (Thandiwe, opened by a NEW paragraph of the host's right after
// her own: no speaker change); outro (Dervla).
//
// Renders
//   recording.vtt   the transcript Zoom's cloud recording produced for the interview (recorded over Zoom), in heldout10's
//                   Zoom-style layout: `WEBVTT`, a blank line, then numbered cues `N` / `hh:mm:ss.mmm --> hh:mm:ss.mmm` /
//                   `Display Name: text` (ONE line), blank lines between cues, a final newline. The display names are the
//                   participants' own: `Dervla Mulcahy` and `Thandi Nkosi` (the guest's short name, a gold alias); her
//                   goodbye comes from her phone, `Thandi's iPhone` (also an alias), after her laptop dropped out. Zoom
//                   starts a cue at every paragraph and every pause (`¶`), and inside a turn at a comma once the cue holds 16
//                   words and in any case at 22 words (Zoom cuts by time, not by sentence), so cues often end
//                   mid-sentence. Zoom's spellings (the A of each {A|B}), straight apostrophes, the URL written out. Times
//                   from the clock below; a cue runs from its first word's start to its last word's end. Gold paragraphs
//                   are ONE PER CUE, the text after `Display Name: `. A segment starts at the number line of the cue its
//                   first word opens, or INSIDE a cue at its first word. transcriptStart is the first cue. Gold key `vtt`.
//   timedtext.xml   YouTube's automatic captions for the episode's video as the timedtext endpoint returns them (the
//                   "srv1" XML that caption downloaders fetch), NEW in the held-out sets: ONE line, no final newline,
//                   `<?xml version="1.0" encoding="utf-8" ?><transcript>`, then `<text start="S" dur="D">…</text>` per
//                   caption (seconds, up to three decimals), then `</transcript>`. The recogniser's text is lower case
//                   with NO punctuation (hyphens inside words kept) and NO speakers; its spellings are the B of each
//                   {A|B} (acronyms said as words, misheard names, the URL as words); the text is HTML-escaped twice, as
//                   the endpoint does it, so an apostrophe is `&amp;#39;`. A caption ends at a pause (a change of speaker,
//                   a new paragraph, a `¶`) once it holds 3 words, or when it reaches its length (7 to 11 words, in a
//                   fixed cycle), so short replies share a caption with the other voice (gold: the speaker of most of its
//                   words, `ambiguous`). `start` is the first word's time; `dur` runs to the end of the NEXT caption's last
//                   word, so captions overlap, as automatic captions do. GOLD PARAGRAPHS are ONE PER CAPTION, the raw
//                   (escaped) text between `>` and `</text>`. A segment starts at the `<text` of the caption its first
//                   word opens, or INSIDE a caption at its first word. transcriptStart is the first `<text`. Gold key
//                   `xml`.
//   Both files take their times from one clock per file (their own words, ~2.6 a second, 0.6 s between speakers, 0.4 s
//   before a same-speaker paragraph, 0.5 s at a `¶`, from 1.4 s; a word lasts 120 ms + 25 ms a letter, ending at least
//   30 ms before the next word).
//   gold.json       offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                   unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'batch-window-071';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const url = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const DISPLAY = { [H]: 'Dervla Mulcahy', [G]: 'Thandi Nkosi' };

// --- the words of one recogniser, with the episode's pauses -------------------------------------------------------
function stream(variant, spell = (w) => w) {
  const out = [];
  let t = 1.4, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const gap = prev ? (prev.speaker === item.speaker ? 0.4 : 0.6) : 0;
    t += gap;
    let pause = gap, first = true;
    for (const tok of url(pick(item.text, variant)).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = 0.5; continue; }
      const w = spell(tok.replace('§', ''));
      if (!w) { if (tok.startsWith('§')) throw new Error('a § on a word the recogniser drops'); continue; }
      if (/[§¶{}|⟨⟩’‘“”]/.test(w)) throw new Error(`a stray mark or curly quote in ${tok}`);
      out.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), paraStart: first, pauseBefore: pause });
      first = false; pause = 0;
      t += 1 / WPS;
    }
    prev = item;
  });
  out.forEach((x, i) => {
    x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, (out[i + 1]?.begin ?? Infinity) - 0.03);
    x.pauseAfter = out[i + 1]?.pauseBefore ?? 0;
  });
  let pending = null;
  const midQueue = out.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { out.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
  return out;
}
const majority = (ws, owner) => {
  const count = {};
  for (const x of ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
  const ranked = Object.entries(count).sort((p, q) => q[1] - p[1] || (p[0] === owner ? -1 : 1));
  return { speaker: ranked[0][0], mixed: ranked.length > 1 };
};
const place = (track, x, at) => {
  if (!x.seg) return;
  if (x.seg.mid) { track.mark(at); track.seg(x.seg); } else { track.seg(x.seg); track.block(at); }
};

// --- recording.vtt --------------------------------------------------------------------------------
const ZW = stream(0);
const cues = [];
{
  let cur = [];
  ZW.forEach((x, i) => {
    if (cur.length && (x.paraStart || x.pauseBefore >= 0.5)) { cues.push(cur); cur = []; }
    cur.push(x);
    const n = cur.length;
    if ((/,$/.test(x.w) && n >= 16) || n >= 22) { cues.push(cur); cur = []; }
  });
  if (cur.length) cues.push(cur);
}
const vttTime = (s) => { const ms = Math.round(s * 1000); return `${two(Math.floor(ms / 3600000))}:${two(Math.floor(ms / 60000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`; };
const VHEAD = 'WEBVTT\n\n';
let vtt = VHEAD;
const vttParas = [];
const vttTrack = segmentTracker();
const names = {};
cues.forEach((c, ci) => {
  if (ci) vtt += '\n';
  const cueAt = vtt.length;
  const owner = c[0].item;
  if (c.some((x) => x.item !== owner)) throw new Error('a Zoom cue across two paragraphs');
  const name = owner.zoom ?? DISPLAY[owner.speaker];
  names[name] = (names[name] ?? 0) + 1;
  vtt += `${ci + 1}\n${vttTime(c[0].begin)} --> ${vttTime(c.at(-1).end)}\n${name}: `;
  const start = vtt.length;
  c.forEach((x, j) => { if (j) vtt += ' '; place(vttTrack, x, j ? vtt.length : cueAt); vtt += x.w; });
  vttParas.push({ start, end: vtt.length, speaker: owner.speaker });
  vtt += '\n';
  if (c.at(-1).end - c[0].begin > 10) throw new Error('a Zoom cue longer than 10 s');
});
vttTrack.close(vtt.length);
if (/[§¶{}|⟨⟩’‘]/.test(vtt)) throw new Error('a mark or curly apostrophe in recording.vtt');

// --- timedtext.xml --------------------------------------------------------------------------------
// the recogniser's words: lower case, no punctuation but hyphens and apostrophes inside words
const asr = (w) => w.toLowerCase().replace(/[^\p{L}\p{N}'\-/]+/gu, '').replace(/^['\-/]+|['\-/]+$/g, '').replace(/\//g, ' ');
const YW = stream(1, asr).flatMap((x) => x.w.split(' ').map((w, i) => ({ ...x, w, seg: i ? null : x.seg, mark: i ? false : x.mark, pauseBefore: i ? 0 : x.pauseBefore, pauseAfter: 0 })));
YW.forEach((x, i) => { x.pauseAfter = YW[i + 1]?.pauseBefore ?? 0; });
const caps = [];
{
  let cur = [];
  YW.forEach((x, i) => {
    cur.push(x);
    const n = cur.length;
    if ((x.pauseAfter >= 0.4 && n >= 3) || n >= 7 + ((caps.length * 3) % 5) || i === YW.length - 1) { caps.push(cur); cur = []; }
  });
}
const esc = (w) => w.replace(/&/g, '&amp;amp;').replace(/'/g, '&amp;#39;').replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;');
const secs = (s) => String(+s.toFixed(3));
const XHEAD = '<?xml version="1.0" encoding="utf-8" ?><transcript>';
let xml = XHEAD;
const xmlParas = [];
const xmlTrack = segmentTracker();
caps.forEach((c, ci) => {
  const capAt = xml.length;
  const start = c[0].begin;
  const until = (caps[ci + 1] ?? c).at(-1).end;
  xml += `<text start="${secs(start)}" dur="${secs(until - start)}">`;
  const textAt = xml.length;
  c.forEach((x, j) => { if (j) xml += ' '; place(xmlTrack, x, j ? xml.length : capAt); xml += esc(x.w); });
  const m = majority(c, c[0].speaker);
  const para = { start: textAt, end: xml.length, speaker: m.speaker };
  if (m.mixed) para.ambiguous = true;
  xmlParas.push(para);
  xml += '</text>';
});
xml += '</transcript>';
xmlTrack.close(xml.length);
if (/[§¶{}|⟨⟩’‘\n]/.test(xml)) throw new Error('a mark, curly apostrophe or newline in timedtext.xml');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'Thandiwe Nkosi: fourteen million lines of COBOL and a payment run at six in the morning';
const EPISODE = { show: 'Batch Window', number: 71, recorded: '2025-05-13', title: TITLE };
const ENTITIES = {
  required: {
    mainframe: ['mainframe', 'mainframes'],
    IBM: ['IBM'],
    'IBM Z': ['IBM Z'],
    'z/OS': ['z/OS', 'zed os'],
    'Parallel Sysplex': ['Parallel Sysplex', 'parallel sisplex'],
    CICS: ['CICS', 'kicks'],
    'transaction server': ['transaction server', 'transactions'],
    Db2: ['Db2'],
    VSAM: ['VSAM', 'v sam'],
    batch: ['batch'],
    COBOL: ['COBOL'],
    'picture clause': ['picture clause'],
    'decimal arithmetic': ['decimal', 'floating point'],
    'packed decimal': ['packed decimal'],
    'COMP-3': ['COMP-3', 'comp 3'],
    copybook: ['copybook', 'copybooks'],
    assembler: ['assembler'],
    JCL: ['JCL', 'job control language', 'job control'],
    'data sets': ['data sets', 'data set'],
    'job scheduler': ['scheduler'],
    'Control-M': ['Control-M', 'Control M'],
    abend: ['abend', 'abnormal end'],
    S0C7: ['S0C7', 's 0 c 7'],
    'data exception': ['data exception'],
    Marlspike: ['Marlspike'],
    'PL/I': ['PL/I', 'pl i'],
    Java: ['Java'],
    '3270 terminal': ['3270', 'green screen', 'green screens'],
    ISPF: ['ISPF'],
    Endevor: ['Endevor', 'Endeavor'],
    Git: ['Git'],
    'VS Code': ['VS Code'],
    Zowe: ['Zowe', 'zoe'],
    'Zowe Explorer': ['Zowe Explorer', 'zoe explorer'],
    'Open Mainframe Project': ['Open Mainframe Project'],
    'Linux Foundation': ['Linux Foundation'],
    'pull request': ['pull request', 'pull requests'],
    GitLab: ['GitLab'],
    'Dependency Based Build': ['Dependency Based Build'],
    'COBOL Check': ['COBOL Check'],
    'unit tests': ['unit tests'],
    RACF: ['RACF', 'rack F'],
    EBCDIC: ['EBCDIC', 'ebsidic'],
    ASCII: ['ASCII'],
    'code page': ['code page', 'code pages'],
    Unicode: ['Unicode'],
    'UTF-8': ['UTF-8'],
    'change data capture': ['change data capture'],
    Kafka: ['Kafka'],
    JSON: ['JSON'],
    'REST API': ['REST APIs', 'REST'],
    'z/OS Connect': ['z/OS Connect', 'zed os connect'],
    'COBOL-to-Java translation': ['translate COBOL to Java', 'COBOL written in Java'],
    'watsonx Code Assistant for Z': ['watsonx Code Assistant for Z', 'Watson X Code Assistant for Z'],
    'AI assistants': ['AI assistants', 'assistant'],
    'COBOL Programming Course': ['COBOL Programming Course'],
    GitHub: ['GitHub'],
    'IBM Z Xplore': ['IBM Z Xplore', 'IBM Z explore'],
    'Master the Mainframe': ['Master the Mainframe'],
    MSU: ['MSU'],
    zIIP: ['zIIP', 'zips'],
    z17: ['z17', 'z 17'],
    'Telum II': ['Telum II', 'Telum 2', 'tellum 2'],
    'AI accelerator': ['AI accelerator', 'accelerator'],
    Spyre: ['Spyre', 'Spire'],
    Linux: ['Linux'],
  },
  tolerated: [
    'Batch Window', 'marlspike.dev', 'marlspike.dev/batchwindow', 'Sligo', 'Pretoria', 'New Jersey', 'Dervla', 'Thandiwe', 'Thandi', 'Tandiwe', 'Afrikaans', 'May', 'Tuesday', '1987', '1991', '1996', '1999', '2003', '2009', '2011', '2020', '2040',
    'pensions', 'pension', 'pensions administrator', 'retirement savings', 'tapes', 'night shift', 'data centres', 'machine', 'fridge', 'call centre', 'member portal', 'mobile app', 'member records', 'members', 'staff', 'employers',
    'contribution files', 'interest', 'letters', 'statements', 'payment run', 'pensioners', 'banks', 'bank statements', 'radio', 'web', 'analytics', 'systems programmers', 'application developers', 'operators', 'capacity',
    'security', 'servers', 'records', 'money', 'fields', 'field', 'digits', 'decimal point', 'sign', 'half-byte', 'hardware', 'instructions', 'record layouts', 'member record', 'lines of code', 'business rules', 'rules',
    'amendment', 'widow’s pension', "widow's pension", 'comments', 'millennium', 'jobs', 'job', 'dependencies', 'window', 'balance', 'phone', 'on call', 'step', 'restart', 'record', 'map', 'code estate', 'estate', 'auditor',
    'thirty days', 'tools', 'editor', 'menu system', 'spool viewer', 'source control', 'promotion', 'development', 'test', 'production', 'branch', 'pipeline', 'pipelines', 'builds', 'tests', 'paragraph', 'mock',
    'engineers', 'user', 'rights', 'encoding', 'surnames', 'names', 'question mark', 'edge', 'analytics side', 'source of truth', 'conferences', 'rewrite', 'project', 'new system', 'service', 'services', 'screens', 'letter templates',
    'method', 'object', 'dialect', 'experts', 'documentation', 'general models', 'models', 'university', 'computer science', 'accounting', 'graduates', 'training material', 'students', 'account', 'challenges', 'unemployment system',
    'claims', 'pandemic', 'front end', 'web front end', 'governor', 'television', 'headline', 'software', 'processor', 'peak', 'rolling four-hour average', 'bill', 'engines', 'modernisation', 'chip', 'fraud', 'lease',
    'syntax', 'basement', 'episode page', 'course', 'AI', 'Telum', 'Z', 'IBM z17', 'LinuxONE', 'Master the Mainframe contest', 'REST API', 'ISPF editor',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout22 (/work/heldout22/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    vtt: { input: 'recording.vtt', length: vtt.length, transcriptStart: VHEAD.length, segments: vttTrack.segments, paragraphs: vttParas },
    xml: { input: 'timedtext.xml', length: xml.length, transcriptStart: XHEAD.length, segments: xmlTrack.segments, paragraphs: xmlParas },
  },
};
writeFileSync(join(here, 'recording.vtt'), vtt);
writeFileSync(join(here, 'timedtext.xml'), xml);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + url(pick(x.text, 0)).replace(/[§¶]/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) { const tot = Object.values(s.w).reduce((a, b) => a + b, 0); console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${Math.round((100 * (s.w[s.p] ?? 0)) / tot)}% ${s.t}`); }
const hms = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${ZW.length} spoken words (recording.vtt), ${YW.length} (timedtext.xml), ${hms(ZW.at(-1).end)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`recording.vtt: ${cues.length} cues of ${Math.min(...cues.map((c) => c.length))} to ${Math.max(...cues.map((c) => c.length))} words, display names ${JSON.stringify(names)}, ${cues.filter((c) => !/[.?!]$/.test(c.at(-1).w)).length} ending mid-sentence`);
console.log(`timedtext.xml: ${caps.length} captions of ${Math.min(...caps.map((c) => c.length))} to ${Math.max(...caps.map((c) => c.length))} words, ${xmlParas.filter((p) => p.ambiguous).length} with both voices`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
