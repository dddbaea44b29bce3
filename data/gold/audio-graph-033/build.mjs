// Builds Audio Graph #33 (SYNTHETIC held-out episode, heldout14) from source.mjs: a two-host DISCUSSION show about
// audio programming and music technology (Imogen Reyes, who opens and closes it, and Bastian Kohl). Intro; the
// Web Audio API (Bastian, handed over by Imogen without a name); MIDI 2.0 (Bastian, announced by himself at the
// end of the Web Audio item, in a paragraph of his own); CLAP and JUCE 8 (Imogen, INTRODUCED by Bastian's "I
// think this is your cue"); [sponsor "Knurl", read by Imogen, starting MID-PARAGRAPH in her own CLAP turn];
// Faust and SuperCollider (Imogen, after her own read: no speaker change); Ableton Link and a latency story
// (Bastian, handed over BY NAME by Imogen MID-PARAGRAPH); a listener question about crackles (Imogen reads it
// and leads the answer); picks (Bastian; then Imogen, handed over by Bastian MID-PARAGRAPH; kind extra); outro
// (starting MID-PARAGRAPH in Imogen's own pick turn).
//
// Renders
//   labeled.txt  `Name: text` on EVERY paragraph, one paragraph a line: each host's FULL name on the first
//                paragraph they speak (`Imogen Reyes: `, `Bastian Kohl: `), the FIRST name on every later one
//                (`Imogen: `, `Bastian: `), including paragraphs where the same host goes on. Curly apostrophes,
//                spoken URLs as words, no recogniser breaks. Built with the shared `render` and
//                `labeledPrefix` (speechOnly). Gold paragraphs = the text after the label. A segment starts at
//                the start of its first paragraph's line, or at the `§`.
//   stt.txt      plain speech-to-text paragraphs, as a recogniser without diarisation writes them: NO labels, NO
//                timestamps, NO header or footer; cased and punctuated, straight apostrophes, spoken URLs as
//                words; paragraphs separated by blank lines and a final newline. A paragraph break is where the
//                recogniser heard a pause: at most changes of speaker, and inside long turns at the `¦` marks
//                (same speaker); at the paragraphs marked `join` it MISSED the change of speaker, so that
//                paragraph runs on in the previous one, which then holds words of BOTH hosts: it gets the
//                speaker of most of its words and is marked `ambiguous`. Gold paragraphs = the stt paragraphs.
//                A segment starts at the start of its first paragraph, or INSIDE a paragraph at a `§` or where
//                a joined paragraph opens it. Built with the shared `render` (no prefix). Gold key `plain`
//                (check.mjs's plain-transcript check).
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, I, B } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'audio-graph-033';
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
const words = (t) => t.replace('§', '').split(/\s+/).filter(Boolean);

// --- labeled.txt ----------------------------------------------------------------------------------
const LABELS = { first: { [I]: 'Imogen Reyes', [B]: 'Bastian Kohl' }, later: { [I]: 'Imogen', [B]: 'Bastian' } };
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n', speechOnly: true,
  prefix: labeledPrefix(LABELS),
  words: (i, p) => unsplit(labeledText(p.text)),
});

// --- stt.txt --------------------------------------------------------------------------------------
// split at `¦`, merge `join` paragraphs into the one before (a seg between them becomes a mid seg at a `§`)
const STT = [];
{
  let last = null;       // the last stt paragraph item
  let pendingSegs = [];
  for (const item of SOURCE) {
    if (item.seg) { pendingSegs.push(item); continue; }
    const parts = unURL(item.text).split(/ ?¦ ?/).map((x) => x.trim());
    parts.forEach((part, j) => {
      const n = words(part).length;
      if (j === 0 && item.join) {
        if (!last) throw new Error('join on the first paragraph');
        if (pendingSegs.some((s) => s.mid)) throw new Error('a mid seg before a joined paragraph');
        if (pendingSegs.length && /§/.test(last.text)) throw new Error('two § in one stt paragraph');
        last.text += ' ' + (pendingSegs.length ? '§' : '') + part;
        for (const s of pendingSegs) STT.push({ ...s, mid: true });
        pendingSegs = [];
        last.w[item.speaker] = (last.w[item.speaker] ?? 0) + n;
        return;
      }
      for (const s of pendingSegs) STT.push(s);
      pendingSegs = [];
      last = { speaker: item.speaker, text: part, w: { [item.speaker]: n } };
      STT.push(last);
    });
  }
  for (const s of pendingSegs) STT.push(s);
  for (const p of STT) {
    if (p.seg) continue;
    const e = Object.entries(p.w).sort((a, b) => b[1] - a[1]);
    p.speaker = e[0][0];
    if (e.length > 1) p.amb = true;
  }
}
const stt = render(STT, {
  header: '', footer: '', sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: () => '',
  words: (i, p) => p.text,
});
if (/[¦⟨⟩’]/.test(stt.text)) throw new Error('a mark in stt.txt');
for (const p of stt.paragraphs) if (/^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}: /u.test(stt.text.slice(p.start, p.end))) throw new Error('an stt paragraph that opens like a label');

// --- gold -----------------------------------------------------------------------------------------
const EPISODE = { show: 'Audio Graph', number: 33, recorded: '2025-06-04', title: 'Worklets, MIDI 2.0, CLAP, and why your plugin crackles' };
const ENTITIES = {
  required: {
    'Web Audio API': ['Web Audio API', 'Web Audio'],
    MIDI: ['MIDI'],
    'MIDI 2.0': ['MIDI 2.0'],
    CLAP: ['CLAP'],
    Faust: ['Faust'],
    SuperCollider: ['SuperCollider'],
    'Ableton Link': ['Ableton Link', 'Link'],
    ScriptProcessorNode: ['ScriptProcessorNode'],
    'main thread': ['main thread'],
    JavaScript: ['JavaScript'],
    AudioWorklet: ['AudioWorklet', 'worklet'],
    'audio rendering thread': ['audio rendering thread', 'audio thread'],
    'C++': ['C++'],
    Rust: ['Rust'],
    WebAssembly: ['WebAssembly'],
    DSP: ['DSP'],
    latency: ['latency'],
    Chrome: ['Chrome'],
    AudioContext: ['AudioContext'],
    'latency hint': ['latency hint'],
    Windows: ['Windows'],
    Android: ['Android'],
    getUserMedia: ['getUserMedia'],
    'echo cancellation': ['echo cancellation'],
    'noise suppression': ['noise suppression'],
    'garbage collector': ['garbage collector'],
    SharedArrayBuffer: ['SharedArrayBuffer'],
    'cross-origin isolation': ['cross-origin isolated'],
    'MIDI 1.0': ['MIDI 1.0'],
    'Universal MIDI Packet': ['Universal MIDI Packet', 'UMP'],
    'per-note controllers': ['per-note controllers'],
    'MIDI-CI': ['MIDI-CI', 'capability inquiry'],
    Apple: ['Apple'],
    'Core MIDI': ['Core MIDI'],
    Linux: ['Linux'],
    ALSA: ['ALSA'],
    'Linux 6.5': ['6.5'],
    'Android 13': ['Android 13'],
    'Windows MIDI Services': ['Windows MIDI Services'],
    Microsoft: ['Microsoft'],
    GitHub: ['GitHub'],
    'Windows Insider': ['Insider builds'],
    USB: ['USB'],
    Bitwig: ['Bitwig'],
    'u-he': ['u-he'],
    'MIT licence': ['MIT licence'],
    Steinberg: ['Steinberg'],
    VST: ['VST'],
    'VST 3': ['VST 3'],
    AU: ['AU'],
    'polyphonic modulation': ['polyphonic modulation'],
    'note expressions': ['note expressions'],
    JUCE: ['JUCE'],
    'JUCE 8': ['JUCE 8'],
    WebView: ['WebView'],
    HTML: ['HTML'],
    Direct2D: ['Direct2D'],
    'clap-juce-extensions': ['clap-juce-extensions'],
    LFO: ['LFO'],
    Knurl: ['Knurl'],
    DAW: ['DAW'],
    GRAME: ['GRAME'],
    'block diagram': ['block diagram'],
    'Faust IDE': ['online IDE'],
    scsynth: ['scsynth'],
    sclang: ['sclang'],
    OSC: ['OSC'],
    'unit generators': ['unit generators'],
    'live coding': ['live coders', 'live coding', 'live coded'],
    TidalCycles: ['TidalCycles'],
    'Sonic Pi': ['Sonic Pi'],
    Ableton: ['Ableton'],
    'Ableton Live': ['Ableton Live'],
    iPad: ['iPad'],
    'Link SDK': ['SDK'],
    'audio interface': ['audio interface'],
    'output latency': ['output latency'],
    'plugin delay compensation': ['plugin delay compensation'],
    'look-ahead': ['look-ahead'],
    limiter: ['limiter'],
    'buffer size': ['buffer size'],
    CPU: ['CPU'],
    'memory allocator': ['memory allocator', 'allocates memory', 'allocation'],
    mutex: ['mutex'],
    atomics: ['atomics'],
    'lock-free queue': ['lock-free queue', 'FIFO'],
    AbstractFifo: ['AbstractFifo'],
    'Time waits for nothing': ['Time waits for nothing'],
    denormals: ['denormals'],
    prepareToPlay: ['prepare to play'],
    "The Scientist and Engineer's Guide to Digital Signal Processing": ["Scientist and Engineer's Guide to Digital Signal Processing", 'Scientist and Engineer’s Guide to Digital Signal Processing'],
    'Fourier transform': ['Fourier transform'],
    FFT: ['FFT'],
    convolution: ['convolution'],
    Strudel: ['Strudel'],
  },
  tolerated: [
    'Audio Graph', 'audiograph.fm', 'audiograph dot fm', 'audiograph dot fm slash 33', 'knurl.audio', 'knurl dot audio', 'knurl dot audio slash graph',
    'Glasgow', 'Leipzig', 'Dresden', 'Lyon', 'Tobias', 'Ross Bencina', 'Steven Smith', 'Imogen', 'Bastian',
    'audio plugins', 'plugin', 'plugins', 'instruments', 'instrument', 'browser', 'browsers', 'web page', 'laptop', 'drum machine', 'synth', 'synths', 'samples', 'sample',
    'blocks', 'block', 'layout', 'page', 'game', 'beep', 'platform', 'Mac', 'audio driver', 'driver', 'microphone', 'guitar', 'phone call', 'conference call', 'headers',
    'real-time thread', 'real-time', 'threading', 'threads', 'thread', 'no allocation', 'locks', 'lock', 'host', 'hosts', 'browser tab', 'stage', 'processing',
    'velocity', 'controllers', 'knob', 'filter sweep', 'filter', 'filter cutoff', 'cable', 'packet format', 'profiles', 'property exchange', 'properties', 'patch names',
    'kernel', 'MIDI stack', 'MIDI device', 'MIDI port', 'loopback driver', 'open source', 'preview', 'trade show', 'controllers and synths', 'plugin formats',
    'CLever Audio Plugin', 'open standard', 'C interface', 'bindings', 'threading model', 'spec', 'UI', 'plugin interface', 'graphics', 'text rendering', 'wrapper',
    'modulation matrix', 'voice', 'voices', 'compressor', 'licence keys', 'activations', 'installers', 'crash reports', 'stack trace', 'Windows build', 'DSP code',
    'functional programming language', 'signal processing', 'compiler', 'operators', 'delay', 'delays', 'feedback', 'buffer index', 'prototyping', 'IDE', 'maths paper',
    'server', 'language', 'synth definitions', 'sound engine', 'protocol', 'tempo', 'beat', 'phase', 'local network', 'timeline', 'master clock', 'clock', 'speakers',
    'offset', 'set', 'gig', 'drums', 'hobbyist', 'process function', 'CPU meter', 'kilohertz', 'milliseconds', 'vector', 'buffer', 'logging', 'operating system',
    'UI thread', 'queue', 'textbook', 'filters', 'equations', 'signals course', 'patterns', 'drum pattern', 'samples and synths', 'gear', 'MIDI out', 'JUCE helper',
    'VST3', 'Audio Units', 'Core Audio', 'Live', 'Web MIDI', 'WASM', 'worklets', 'Link protocol', 'audio', 'DSP book',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout14 (/work/heldout14/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
    plain: { input: 'stt.txt', length: stt.text.length, transcriptStart: stt.transcriptStart, segments: stt.segments, paragraphs: stt.paragraphs },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'stt.txt'), stt.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(unsplit(unURL(p.text))).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 30), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(unsplit(unURL(x.text))).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(7)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
const sttParas = STT.filter((x) => !x.seg);
console.log(`${speech} spoken words, ${paras.length} source paragraphs in ${turns} turns; stt.txt: ${sttParas.length} paragraphs, ${count(/¦/g)} breaks inside turns, ${paras.filter((p) => p.join).length} missed changes of speaker (${sttParas.filter((p) => p.amb).length} paragraphs with both hosts, ambiguous)\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
