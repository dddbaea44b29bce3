// Builds Frame Rate #71 (SYNTHETIC held-out episode, heldout20) from source.mjs: a two-host weekly VIDEO STREAMING and
// CODECS news show in the style of the seed (hosts Saoirse Brannigan, who opens and closes it, and Emil Fairbairn). Intro
// (Saoirse, with a nameless rundown); FFmpeg 8.0 (Emil, who takes it himself at a change of speaker); AV2 gets a date
// (Saoirse, who raises it herself MID-PARAGRAPH in her reaction); Netflix's film grain synthesis (Saoirse again, OPENED by
// Emil's question at a change of speaker); [sponsor "Tallbird", read by Emil, who raises it himself]; latency, LL-HLS and
// Media over QUIC (Saoirse, a back-reference to the rundown); WHIP as RFC 9725 (Emil, who raises it himself
// MID-PARAGRAPH); Brazil's TV 3.0 and VVC (Saoirse, a weak cue); what a television can decode (Emil, handed over
// MID-PARAGRAPH and nameless by Saoirse, with a back-reference); extras (Emil, then Saoirse); outro (Saoirse, MID-PARAGRAPH
// at the end of her own extras).
//
// Renders
//   web.txt       a page like the seed's, built the way heldout19's address-bar-063/web.txt was: the page header in the
//                 seed's words ("Brought to you by…", "« Return to show page", "Transcript for Episode #71:", the title,
//                 "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6
//                 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.8 s);
//                 FIRST NAMES in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page
//                 breaks inside long turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps
//                 it); the paragraphs marked `cut` lose their first word; spoken URLs dropped with the following
//                 punctuation; curly apostrophes. Built with the shared `splitWebParagraphs`, `webStamps` and `render`
//                 (speechOnly: gold paragraphs are the text after the stamp and label). Gold key `web`.
//   captions.vtt  edited WebVTT captions as a captioning editor exports them: `WEBVTT`, a NOTE block, then cues of a
//                 timing line `hh:mm:ss.mmm --> hh:mm:ss.mmm` and one or two lines of at most 42 characters, no cue
//                 numbers; straight apostrophes, URLs written out. Cues never cross a paragraph (so never hold two
//                 speakers); inside a paragraph a cue ends at a sentence end once it holds 8 words, or before the word
//                 that would overflow two lines or make 15 words. ONLY SOME cues carry a voice tag `<v First>…</v>` (the
//                 first name): the first cue of a turn unless the paragraph is marked `vt: 0` (the editor skipped it),
//                 and a cue the editor opened again inside a turn at a `‡`; every other cue is bare text. Gold paragraphs
//                 are ONE PER CUE, the text inside the tag (or the bare text), both lines and the newline between them.
//                 transcriptStart is the first timing line. A segment starts at the timing line of the cue its first
//                 word opens, or INSIDE a cue at its first word. Gold key `vtt`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, S, E } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'frame-rate-071';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));            // straight apostrophes, URLs written out
const tokens = (t) => plainText(t).split(/\s+/).filter(Boolean);
const words = (t) => tokens(t).map((w) => w.replace(/[§‡]/g, '')).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 0.8, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: x.text.replace(/‡/g, '') }));
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [S]: 'SAOIRSE', [E]: 'EMIL' };
const TITLE = 'FFmpeg learns to listen, AV2 gets a date, and Brazil picks VVC';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Tallbird - per-title encoding, billed by the minute', '',
    '« Return to show page', '',
    'Transcript for Episode #71:', TITLE, '',
    'Recorded on Tuesday, Sep 16, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [S, E].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§‡]/.test(web.text)) throw new Error('a mark in web.txt');

// --- captions.vtt -------------------------------------------------------------------------------
const VOICE = { [S]: 'Saoirse', [E]: 'Emil' };
const all = [];
{
  let prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const turnStart = !prev || prev.speaker !== item.speaker;
    tokens(item.text).forEach((tok, j) => {
      const w = tok.replace(/[§‡]/g, '');
      if (!w) throw new Error('a lone mark');
      all.push({ w, k, j, speaker: item.speaker, mark: tok.includes('§'), retag: tok.includes('‡'), begin: wordTimes[k][j],
        tag: j === 0 ? (turnStart ? item.vt !== 0 : item.vt === 1) : tok.includes('‡') });
    });
    if (!turnStart && item.vt === 0) throw new Error('vt: 0 on a paragraph that opens no turn');
    if (turnStart && item.vt === 1) throw new Error('vt: 1 on a paragraph that opens a turn');
    prev = item;
  });
}
all.forEach((x, i) => {
  const next = all[i + 1]?.begin ?? Infinity;
  x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, next - 0.03);
  if (/[’‘“”]/.test(x.w)) throw new Error('curly quote in a caption word');
});
// segments open at the first word of their first paragraph, or at the § word
{
  let pending = null;
  const midQueue = all.filter((x) => x.mark);
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (item.mid) { const x = midQueue.shift(); if (!x) throw new Error(`mid segment ${item.title} without a § mark`); x.seg = item; } else pending = item; return; }
    if (pending) { all.find((x) => x.k === k).seg = pending; pending = null; }
  });
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
const MAXLINE = 42, MAXWORDS = 14;
function twoLines(ws) {
  let best = null;
  for (let j = 1; j < ws.length; j++) {
    const a = ws.slice(0, j).map((x) => x.w).join(' '), b = ws.slice(j).map((x) => x.w).join(' ');
    if (a.length <= MAXLINE && b.length <= MAXLINE && (!best || Math.max(a.length, b.length) < best.m)) best = { a, b, m: Math.max(a.length, b.length) };
  }
  return best;
}
const SENTENCE_WORDS = 8;
const fits = (ws) => ws.map((x) => x.w).join(' ').length <= MAXLINE || twoLines(ws) != null;
const cues = [];
{
  let cur = [];
  all.forEach((x, i) => {
    if (cur.length && (x.k !== cur[0].k || x.retag || cur.length >= MAXWORDS || !fits([...cur, x]))) { cues.push(cur); cur = []; }
    cur.push(x);
    if (/[.?!]["”’)]*$/.test(x.w) && cur.length >= SENTENCE_WORDS) { cues.push(cur); cur = []; }
  });
  if (cur.length) cues.push(cur);
}
for (const c of cues) if (c.slice(1).some((x) => x.tag)) throw new Error('a voice tag inside a cue');
const vttTime = (s) => {
  const ms = Math.round(s * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, sec = Math.floor(ms / 1000) % 60, f = ms % 1000;
  return `${two(h)}:${two(m)}:${two(sec)}.${String(f).padStart(3, '0')}`;
};
const NOTE = 'NOTE\nFrame Rate, episode 71. Captions edited by hand.\n\n';
let vtt = 'WEBVTT\n\n' + NOTE;
const vttStart = vtt.length;
const vttParas = [], vttSegs = [];
const openSeg = (item, at) => {
  if (vttSegs.length) vttSegs.at(-1).end = at;
  vttSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: vttSegs.length ? at : 0, end: null });
};
cues.forEach((c, ci) => {
  if (ci) vtt += '\n';
  const cueAt = vtt.length;
  const begin = c[0].begin;
  const nextBegin = cues[ci + 1]?.[0].begin ?? Infinity;
  const end = Math.min(c.at(-1).end + 0.2, nextBegin - 0.04);
  vtt += `${vttTime(begin)} --> ${vttTime(end)}\n`;
  const text = c.map((x) => x.w).join(' ');
  const lines = text.length <= MAXLINE ? [text] : [twoLines(c).a, twoLines(c).b];
  if (c[0].tag) vtt += `<v ${VOICE[c[0].speaker]}>`;
  const paraAt = vtt.length;
  lines.forEach((line, li) => {
    if (li) vtt += '\n';
    let pos = 0;
    for (const w of line.split(' ')) {
      const x = c.find((y) => y.pos == null);
      if (x.w !== w) throw new Error('cue layout');
      x.pos = vtt.length + pos;
      pos += w.length + 1;
    }
    vtt += line;
  });
  vttParas.push({ start: paraAt, end: vtt.length, speaker: c[0].speaker });
  if (c[0].tag) vtt += '</v>';
  vtt += '\n';
  for (const x of c) if (x.seg) openSeg(x.seg, x === c[0] ? cueAt : x.pos);
});
vttSegs.at(-1).end = vtt.length;
if (/[§‡¦⟨⟩’‘]/.test(vtt)) throw new Error('a mark or curly apostrophe in captions.vtt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Frame Rate', number: 71, recorded: '2025-09-16', title: TITLE };
const ENTITIES = {
  required: {
    FFmpeg: ['FFmpeg'],
    'FFmpeg 8.0': ['FFmpeg 8.0', 'Huffman'],
    Whisper: ['Whisper', 'Whisper filter'],
    'whisper.cpp': ['whisper.cpp'],
    'speech recognition': ['speech recognition'],
    subtitles: ['subtitles', 'captions'],
    JSON: ['JSON'],
    Vulkan: ['Vulkan', 'Vulkan compute shaders'],
    CUDA: ['CUDA'],
    Linux: ['Linux'],
    Windows: ['Windows'],
    'hardware decoding': ['hardware decoding', 'hardware decoder', 'hardware decoders', 'decoded in hardware', 'decode it in hardware'],
    FFV1: ['FFV1'],
    'ProRes RAW': ['ProRes RAW'],
    ProRes: ['ProRes'],
    APV: ['APV'],
    Samsung: ['Samsung'],
    VVC: ['VVC', 'H.266'],
    libavcodec: ['libavcodec'],
    AV1: ['AV1'],
    AV2: ['AV2'],
    Sisvel: ['Sisvel'],
    'Alliance for Open Media': ['Alliance for Open Media'],
    AVM: ['AVM'],
    bitstream: ['bitstream'],
    Netflix: ['Netflix'],
    'film grain synthesis': ['film grain synthesis', 'grain parameters', 'film grain'],
    bitrate: ['bitrate', 'bitrates'],
    rebuffering: ['rebuffers'],
    Tallbird: ['Tallbird'],
    'encoding API': ['encoding API'],
    'bitrate ladder': ['bitrate ladder'],
    HLS: ['HLS'],
    DASH: ['DASH'],
    CMAF: ['CMAF', 'CMAF segments', 'CMAF chunks'],
    'H.264': ['H.264'],
    HEVC: ['HEVC'],
    Cloudflare: ['Cloudflare'],
    'Media over QUIC': ['Media over QUIC'],
    QUIC: ['QUIC'],
    'Low-Latency HLS': ['Low-Latency HLS'],
    'partial segments': ['partial segments'],
    'preload hint': ['preload hint'],
    CDN: ['CDN'],
    'LL-DASH': ['LL-DASH'],
    'chunked transfer encoding': ['chunked transfer encoding'],
    WebRTC: ['WebRTC'],
    IETF: ['IETF'],
    WebTransport: ['WebTransport'],
    WHIP: ['WHIP', 'WebRTC-HTTP Ingestion Protocol'],
    'RFC 9725': ['RFC 9725'],
    RTMP: ['RTMP'],
    Flash: ['Flash'],
    'HTTP POST': ['HTTP POST'],
    OBS: ['OBS'],
    Opus: ['Opus'],
    WHEP: ['WHEP'],
    'TV 3.0': ['TV 3.0'],
    LCEVC: ['LCEVC'],
    'patent pools': ['patent pools'],
    Intel: ['Intel'],
    canPlayType: ['canPlayType'],
    'Media Capabilities': ['Media Capabilities'],
    decodingInfo: ['decodingInfo'],
    WebCodecs: ['WebCodecs'],
    'VideoDecoder.isConfigSupported': ['VideoDecoder.isConfigSupported'],
    iPhone: ['iPhones', 'iPhone', '15 Pro'],
    M3: ['M3'],
    Mac: ['Macs'],
    Android: ['Android'],
    NVIDIA: ['NVIDIA'],
    AMD: ['AMD'],
    'Raspberry Pi 5': ['Raspberry Pi 5'],
    CPU: ['CPU'],
    GPU: ['GPU'],
    'deny list': ['deny list'],
    'ab-av1': ['ab-av1'],
    Rust: ['Rust'],
    'SVT-AV1': ['SVT-AV1'],
    VMAF: ['VMAF'],
    CRF: ['CRF'],
    Cascadia: ['Cascadia'],
    mpv: ['mpv'],
  },
  tolerated: [
    'Frame Rate', 'framerate.fm', 'framerate.fm/71', 'tallbird.video', 'tallbird.video/framerate', 'Dublin', 'Gothenburg', 'Amsterdam', 'Brazil', 'Saoirse', 'Emil', 'September', 'August', 'March', 'December', 'Tuesday',
    'codec', 'codecs', 'encoder', 'encoders', 'decoder', 'decoders', 'encoding', 'decoding', 'transcoding', 'video', 'video player', 'player', 'players', 'app', 'television', 'televisions', 'TV', 'streaming', 'live streaming',
    'sports streaming service', 'public broadcaster', 'broadcast', 'broadcasters', 'trade show', 'lanyards', 'changelog', 'release', 'codename', 'pipeline', 'audio filter', 'filter', 'graphics card', 'gaming card', 'archives',
    'national libraries', 'camera footage', 'intermediate codec', 'APIs', 'API', 'migration notes', 'scripts', 'spec', 'specification', 'survey', 'members', 'software decoders', 'browsers', 'browser', 'flag', 'silicon', 'chips',
    'chip', 'phones', 'lab', 'managers', 'grain', 'encode', 'cinematographers', 'titles', 'streams', 'stream', 'connection', 'bucket', 'file', 'cartoon', 'football', 'rungs', 'minutes', 'segments', 'chunks', 'playlist',
    'latency', 'live latency', 'relay', 'relays', 'relay network', 'preview', 'betting app', 'working group', 'drafts', 'publish and subscribe', 'tracks', 'open-source libraries', 'libraries', 'demos', 'cup final', 'office camera',
    'ingest server', 'ingest endpoint', 'signalling server', 'offer', 'answer', 'congestion control', 'stream settings', 'services', 'enhanced version', 'RFC', 'mast', 'internet', 'apps', 'channels', 'enhancement layer',
    'base picture', 'licensing', 'laptop chips', 'mass market', 'Flash era', 'stutter', 'stutter reports', 'processor', 'menus', 'frames', 'codec string', 'resolution', 'frame rate', 'power efficient', 'flagships',
    'graphics cards', 'cards', 'streaming sticks', 'models', 'duct tape', 'extras', 'command-line program', 'tool', 'samples', 'quality settings', 'setting', 'laptops', 'board game', 'tiles', 'landscape', 'animals', 'salmon',
    'keyboard shortcut', 'statistics overlay', 'dropped frames', 'cache', 'kettle', 'tea', 'links', 'cold', 'H.266', 'AV1 decoders', 'AV1 streams', 'VVC decoder', 'MoQ', 'LL-HLS', 'Pi', 'Raspberry Pi',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout20 (/work/heldout20/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    vtt: { input: 'captions.vtt', length: vtt.length, transcriptStart: vttStart, segments: vttSegs, paragraphs: vttParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.vtt'), vtt);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turnStarts = cues.filter((c, i) => c[0].j === 0 && (i === 0 || cues[i - 1][0].speaker !== c[0].speaker));
console.log(`${all.length} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`captions.vtt: ${cues.length} cues, ${cues.filter((c) => c[0].tag).length} with a voice tag; ${turnStarts.length} turns, ${turnStarts.filter((c) => !c[0].tag).length} opening without a tag; ${cues.filter((c) => c[0].tag && !turnStarts.includes(c)).length} tags inside a turn`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
