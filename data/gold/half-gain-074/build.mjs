// Builds Half Gain #74 (SYNTHETIC held-out episode, heldout32) from source.mjs: a two-host weekly HEARING TECHNOLOGY news
// show (hosts Priscilla "Cilla" Amankwah, who opens and closes it, and Joaquín Sauer). Intro (the self-introductions, Opa
// Henning, and Cilla's rundown); AirPods Pro 2 as hearing aids (Cilla; at a change of speaker, the presenter first);
// neural networks in hearing aids (Joaquín; MID-PARAGRAPH in his own paragraph, after his reaction); over-the-counter
// hearing aids two years on (Cilla; handed to her BY NAME, MID-PARAGRAPH, by Joaquín); the sponsor Earlane (Joaquín; at a
// change of speaker, the reader first); Auracast and the hearing loop (Joaquín; a NEW paragraph of his own right after
// his read: no speaker change); real-ear measurement (Cilla; handed to her BY NAME, MID-PARAGRAPH, in Joaquín's
// paragraph); live captions and caption glasses (Joaquín; at a change of speaker, a WEAK cue); the bits and pieces:
// hearWHO (Cilla; at a change of speaker, with the section's name), the Sonotone 1010 (Joaquín; MID-PARAGRAPH in his own
// paragraph, after his reaction to hers); outro (Cilla; at a change of speaker).
//
// Renders
//   web.txt      the show's own transcript page, seed-like, built with the shared `splitWebParagraphs`, `webStamps` and
//                `render(…, { speechOnly: true })`, with the show's OWN header and footer: `mm:ss ` stamps on the episode's
//                clock, FULL NAMES as labels (`Priscilla Amankwah: `, `Joaquín Sauer: `) on the first two paragraphs only,
//                page breaks inside long turns (`¦~` losing the continuation's first word, `¦` keeping it), paragraphs
//                losing their first word (`cut`), the spoken URLs dropped with the following punctuation, curly
//                apostrophes. The A of each {A|B}. Gold paragraphs are the text after the stamp (and label).
//                transcriptStart is the first stamp. Key `web`.
//   Half Gain 74 - Earbuds on prescription [r7Qe2Lw9XkM].en.json3
//                the AUTOMATIC English captions of the episode's YouTube video as yt-dlp saves them with `--write-auto-subs
//                --sub-format json3` (the file name is yt-dlp's default: title, video id in brackets, language, format),
//                as I remember YouTube's "pb3" layout: `{"wireMagic": "pb3", "pens", "wsWinStyles", "wpWinPositions",
//                "events": [...]}`, pretty-printed the way the timedtext server writes it (`[ {` and `}, {` on one line,
//                two-space indents, empty objects as an empty line), UTF-8, a final newline. The first event defines the
//                caption window (`id`, `wpWinPosId`, `wsWinStyleId`) over the whole video; `[Music]` events before the
//                first and after the last word; then the roll-up caption LINES, each an event with `tStartMs`,
//                `dDurationMs` (until the line after it is complete: two rows on screen), `wWinId` and `segs`, ONE seg per
//                WORD (`utf8` with a leading space on all but the first, `tOffsetMs` from the line's start on all but the
//                first, `acAsrConf`), and between two lines an `aAppend` event whose one seg is a line break (`"\n"`).
//                YouTube's recogniser: NO SPEAKERS, NO PUNCTUATION, NO CAPITALS (build.mjs lowercases the B of each {A|B}
//                and strips the punctuation around each word), numbers as digits, names and products misheard. A line ends
//                at a pause of 1.2 s or more, or when the next word would take it past 36 characters: so a line may run
//                across a change of speaker when the pause is short (two voices: `ambiguous`, the speaker of most of its
//                words; a line never holds two voices equally). GOLD PARAGRAPHS are ONE PER LINE: from the first
//                character of its first word to the last character of its last word (the seg JSON between the words
//                included). A segment starts at the `{` of the line whose first word is its first word, or INSIDE a line
//                at its first word (after the leading space in its `utf8`). transcriptStart is the `{` of the first
//                line; the file's opening, the window and the first `[Music]` belong to the intro, the last `[Music]` to
//                the outro. Key `json3`.
//   Times: one clock for both files (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and
//   0.5-0.95 s when the same host goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 6.2 s after
//   the theme music; the B words of a stretch spread over the time its A words took; a word lasts 120 ms + 25 ms a
//   letter, ending at least 30 ms before the next). The pauses are drawn from a hash of the slug and the position: no
//   randomness.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, C, J } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'half-gain-074';
const JSON3 = 'Half Gain 74 - Earbuds on prescription [r7Qe2Lw9XkM].en.json3';
const WPS = 2.6, T0 = 6.2;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;
// A stretch's words: `¦` page breaks and `⟨⟩` URL marks are not words, `§` sticks to the word after it.
const tokens = (t) => t.replace(/[⟨⟩]/g, '').replace(/ ?¦~?/g, ' ').split(/\s+/).filter(Boolean).filter((w) => w !== '§');

// --- the clock: each A word's start, and the B words spread over their stretch ---------------------------------
const wordTimes = [];          // source index -> start of each A word (for the web page's stamps)
const capWords = [];           // the B words: { w, item, speaker, begin, end, seg, mid }
{
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) t += prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const aParts = pick(item.text, 0).split(/\s*¶\s*/), bParts = pick(item.text, 1).split(/\s*¶\s*/);
    if (aParts.length !== bParts.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    const times = [];
    aParts.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      tokens(part).forEach((w, j) => {
        times.push(t);
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) t += 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`);
      });
      const list = bParts[pi].replace(/[⟨⟩]/g, '').replace(/ ?¦~?/g, ' ').split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const core = raw.replace('§', '');
        if (!core) throw new Error(`a lone § in: ${bParts[pi].slice(0, 40)}`);
        const w = core.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (!w || /["\\]/.test(w)) throw new Error(`a caption word without letters, or with a quote: ${raw}`);
        const x = { w, item, speaker: item.speaker, begin: begin + (j / list.length) * (t - begin) };
        if (raw.startsWith('§')) { x.seg = mids[midN++]; if (!x.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        capWords.push(x);
      });
    });
    wordTimes[k] = times;
    prev = item;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
  capWords.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.length, (capWords[i + 1]?.begin ?? Infinity) - 0.03); });
}

// --- web.txt --------------------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0).replace(/\s*¶\s*/g, ' ') }));
for (const x of WSRC) if (!x.seg && /[{}|]/.test(x.text)) throw new Error(`a stray mark in: ${x.text.slice(0, 40)}`);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [C]: 'Priscilla Amankwah', [J]: 'Joaquín Sauer' };
const lastWord = wordTimes.filter(Boolean).at(-1).at(-1);
const web = render(WEB_SOURCE, {
  header: [
    'HALF GAIN',
    'The technology of hearing, from the chip to the clinic',
    '',
    'Episodes    Transcripts    Ask the clinic    Support the show',
    '',
    'Episode 74: Earbuds on prescription',
    `Thursday 31 October 2024 · ${Math.round(lastWord / 60)} minutes · Priscilla Amankwah and Joaquín Sauer`,
    '',
    'Transcript',
    'Transcribed automatically and checked by the hosts. Timestamps link to the audio.',
    '', '',
  ].join('\n'),
  footer: '\n\n‹ Episode 73    Episode 75 ›\nHalf Gain is made in Leicester and Copenhagen. Nothing on this show is medical advice; if you are worried about your hearing, see an audiologist. Questions for the clinic: ask@halfgain.fm',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [C, J].join()) throw new Error('the two labelled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- the json3 captions -----------------------------------------------------------------------------------------
const MAXC = 36, PAUSE = 1.2;
const lines = [];
{
  let cur = [];
  capWords.forEach((x, i) => {
    cur.push(x);
    const next = capWords[i + 1];
    if (!next) { lines.push(cur); return; }
    const len = cur.map((y) => y.w).join(' ').length;
    let brk = next.begin - x.end >= PAUSE || len + 1 + next.w.length > MAXC;
    // a line never holds two voices equally: break at the change of voice instead
    if (!brk && next.speaker !== x.speaker) {
      const counts = new Map();
      for (const y of cur) counts.set(y.speaker, (counts.get(y.speaker) ?? 0) + 1);
      if (counts.size > 1) brk = true;
      else {
        // look ahead: the words this line would take from the next voice
        let n = 0, len2 = len, k = i + 1;
        while (k < capWords.length && capWords[k].speaker === next.speaker && len2 + 1 + capWords[k].w.length <= MAXC && (k === i + 1 || capWords[k].begin - capWords[k - 1].end < PAUSE)) { len2 += 1 + capWords[k].w.length; n++; k++; }
        if (n >= cur.length) brk = true;
      }
    }
    if (brk) { lines.push(cur); cur = []; }
  });
}
const ms = (s) => Math.round(s * 1000);
let out = '';
const paragraphs = [];
const segments = [];
const openSeg = (x, at) => {
  if (segments.length) segments.at(-1).end = at;
  segments.push({ kind: x.seg.seg, presenter: x.seg.presenter, title: x.seg.title, titleKeys: x.seg.titleKeys, start: segments.length ? at : 0, end: null });
};
const videoEnd = capWords.at(-1).end + 9.4;
out += '{\n  "wireMagic": "pb3",\n  "pens": [ {\n  \n  } ],\n  "wsWinStyles": [ {\n  \n  }, {\n    "mhModeHint": 2,\n    "juJustifCode": 0,\n    "sdScrollDir": 3\n  } ],\n';
out += '  "wpWinPositions": [ {\n  \n  }, {\n    "apPoint": 6,\n    "ahHorPos": 20,\n    "avVerPos": 100,\n    "rcRows": 2,\n    "ccCols": 40\n  } ],\n';
out += `  "events": [ {\n    "tStartMs": 0,\n    "dDurationMs": ${ms(videoEnd)},\n    "id": 1,\n    "wpWinPosId": 1,\n    "wsWinStyleId": 1\n  }, {\n    "tStartMs": 40,\n    "dDurationMs": ${ms(capWords[0].begin - 0.3) - 40},\n    "wWinId": 1,\n    "segs": [ {\n      "utf8": "[Music]"\n    } ]\n  }, `;
let transcriptStart = null;
lines.forEach((ws, li) => {
  const start = ws[0].begin, end = ws.at(-1).end;
  const after = lines[li + 1];
  const until = after ? after.at(-1).end : end + 2.2;
  const eventAt = out.length;
  if (transcriptStart == null) transcriptStart = eventAt;
  out += `{\n    "tStartMs": ${ms(start)},\n    "dDurationMs": ${ms(until) - ms(start)},\n    "wWinId": 1,\n    "segs": [ `;
  let pStart = null, pEnd = null;
  const counts = new Map();
  ws.forEach((x, j) => {
    out += `{\n      "utf8": "${j ? ' ' : ''}`;
    const at = out.length;
    if (x.seg) openSeg(x, j === 0 ? eventAt : at);
    out += x.w;
    if (j === 0) pStart = at;
    pEnd = out.length;
    out += `",\n      ${j ? `"tOffsetMs": ${ms(x.begin) - ms(start)},\n      ` : ''}"acAsrConf": 0\n    }${j < ws.length - 1 ? ', ' : ''}`;
    counts.set(x.speaker, (counts.get(x.speaker) ?? 0) + 1);
  });
  out += ' ]\n  }, ';
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1 && sorted[0][1] === sorted[1][1]) throw new Error(`a line holds two voices equally: ${ws.map((x) => x.w).join(' ')}`);
  const para = { start: pStart, end: pEnd, speaker: sorted[0][0] };
  if (sorted.length > 1) para.ambiguous = true;
  paragraphs.push(para);
  if (after) out += `{\n    "tStartMs": ${ms(end)},\n    "dDurationMs": ${ms(after.at(-1).end) - ms(end)},\n    "wWinId": 1,\n    "aAppend": 1,\n    "segs": [ {\n      "utf8": "\\n"\n    } ]\n  }, `;
});
out += `{\n    "tStartMs": ${ms(capWords.at(-1).end + 0.6)},\n    "dDurationMs": ${ms(videoEnd) - ms(capWords.at(-1).end + 0.6)},\n    "wWinId": 1,\n    "segs": [ {\n      "utf8": "[Music]"\n    } ]\n  } ]\n}\n`;
segments.at(-1).end = out.length;
if (segments.length !== SEGS) throw new Error(`json3: ${segments.length} segments, the source has ${SEGS}`);
JSON.parse(out);
const json3 = { text: out, transcriptStart, paragraphs, segments };

// --- entities -------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'hearing aid': ['hearing aid', 'hearing aids'],
    audiogram: ['audiogram', 'audiograms'],
    'AirPods Pro 2': ['AirPods Pro 2', 'airpods pro 2'],
    AirPods: ['AirPods'],
    Apple: ['Apple'],
    'iOS 18.1': ['iOS 18.1'],
    FDA: ['FDA'],
    'over-the-counter hearing aid': ['over-the-counter hearing aid', 'over-the-counter hearing aids', 'OTC'],
    'hearing test': ['hearing test'],
    iPhone: ['iPhone'],
    'Health app': ['Health app'],
    'pure-tone test': ['pure-tone test'],
    H2: ['H2'],
    'adaptive transparency': ['adaptive transparency'],
    'noise cancellation': ['noise cancellation'],
    'hearing protection': ['hearing protection'],
    'Conversation Boost': ['Conversation Boost'],
    Nokia: ['Nokia'],
    AI: ['AI', 'Edge AI'],
    Phonak: ['Phonak', 'fonak'],
    Sonova: ['Sonova'],
    'Audéo Sphere Infinio': ['Audéo Sphere Infinio', 'audio sphere infinio', 'Sphere'],
    DEEPSONIC: ['DEEPSONIC', 'deep sonic'],
    'deep neural network': ['deep neural network', 'neural network'],
    Oticon: ['Oticon', 'otakon'],
    'Oticon Intent': ['Intent'],
    '4D sensor': ['4D sensor', '4d sensor'],
    Starkey: ['Starkey'],
    'Edge AI': ['Edge AI'],
    'signal-to-noise ratio': ['signal-to-noise'],
    'noise reduction': ['noise reduction'],
    'Jabra Enhance': ['Jabra Enhance'],
    Sony: ['Sony'],
    'CRE-E10': ['CRE-E10', 'cre e10'],
    Lexie: ['Lexie', 'lexi'],
    hearX: ['hearX', 'hear x'],
    Eargo: ['Eargo', 'ergo'],
    'self-fitting hearing aid': ['self-fitting'],
    NHS: ['NHS'],
    Costco: ['Costco'],
    Earlane: ['Earlane', 'ear lane'],
    Noah: ['Noah'],
    'hearing loop': ['hearing loop', 'induction loop'],
    telecoil: ['telecoil'],
    Auracast: ['Auracast', 'aura cast'],
    'Bluetooth LE Audio': ['Bluetooth LE Audio', 'LE Audio', 'bluetooth le audio', 'le audio'],
    Bluetooth: ['Bluetooth'],
    LC3: ['LC3'],
    'Wi-Fi': ['Wi-Fi'],
    ReSound: ['ReSound', 'resound'],
    'ReSound Nexia': ['Nexia'],
    Cochlear: ['Cochlear'],
    'Nucleus 8': ['Nucleus 8'],
    Samsung: ['Samsung'],
    Google: ['Google'],
    Android: ['Android'],
    'Made for iPhone': ['Made for iPhone'],
    ASHA: ['ASHA'],
    'Hearing Loss Association of America': ['Hearing Loss Association of America'],
    HIMSA: ['HIMSA', 'him sa'],
    'first fit': ['first fit'],
    'prescription formula': ['prescription formula'],
    'NAL-NL2': ['NAL-NL2', 'nal nl2'],
    'National Acoustic Laboratories': ['National Acoustic Laboratories'],
    'DSL v5': ['DSL v5', 'dsl v5'],
    'real-ear measurement': ['real-ear measurement'],
    'Audioscan Verifit': ['Audioscan Verifit', 'audio scan verify fit'],
    'Live Transcribe': ['Live Transcribe'],
    'Live Captions': ['Live Captions'],
    'speech recognition': ['speech recognition'],
    'XRAI Glass': ['XRAI Glass', 'x ray glass'],
    XREAL: ['XREAL', 'x real'],
    TranscribeGlass: ['TranscribeGlass', 'transcribe glass'],
    'World Health Organization': ['World Health Organization'],
    hearWHO: ['hearWHO', 'hear who'],
    'digits-in-noise test': ['digits-in-noise test'],
    'Sonotone 1010': ['Sonotone 1010'],
    transistor: ['transistor', 'transistors'],
    'vacuum tube': ['vacuum tubes'],
    'Bell Labs': ['Bell Labs'],
  },
  tolerated: [
    'Half Gain', 'halfgain.fm', 'halfgain.fm/74', 'half gain.fm/74', 'earlane.com', 'earlane.com/halfgain', 'ask@halfgain.fm', 'YouTube', 'yt-dlp', 'json3',
    'Priscilla', 'Cilla', 'Amankwah', 'Joaquín', 'Joaquin', 'Sauer', 'Opa Henning', 'Henning', 'Alexander Graham Bell', 'Leicester', 'Copenhagen', 'Hamburg', 'Britain',
    'Europe', 'America', 'Americans', 'Australia', 'Canada', 'Monday', 'Tuesday', 'Friday', 'Sunday', 'September', 'October', 'August', 'December',
    'technology of hearing', 'chip', 'chips', 'booth', 'clinic', 'software', 'firmware', 'hearing aid chips', 'signal processing', 'headsets', 'headphones', 'radio',
    'football', 'earbuds', 'medical devices', 'medical device', 'brain', 'shelf', 'broadcast', 'bits and pieces', 'inbox', 'sound booster', 'accessibility setting',
    'hearing aid software device', 'hearing loss', 'mild to moderate hearing loss', 'tones', 'pitches', 'decibels', 'eardrum', 'perforated eardrum', 'wax', 'doctor',
    'age-related loss', 'hardware', 'regulatory problem', 'battery', 'price', 'software update', 'concerts', 'cover', 'silicon', 'bean', 'milliwatt', 'instruction',
    'parties', 'rechargeable', 'denoising', 'motion sensors', 'sound scene', 'restaurants', 'restaurant', 'lab', 'frequency channels', 'channels', 'speech', 'babble',
    'cafés', 'charger', 'batteries', 'stickers', 'prescription', 'exam', 'app', 'apps', 'phone', 'return rates', 'pharmacy', 'devices', 'dollars', 'appointments',
    'hearing tests', 'waiting lists', 'prices', 'drawer', 'clinics', 'recall', 'reminders', 'domes', 'diary', 'ticket window', 'train station', 'sign', 'wire',
    'counter', 'magnetic', 'codec', 'transmitter', 'receivers', 'stream', 'airport gate', 'cinema', 'lecture hall', 'television', 'pub', 'protocol', 'standard',
    'venues', 'pairing', 'box', 'stereo', 'train announcements', 'fitting', 'setting', 'consonants', 'high frequency sound', 'tube', 'ear canal', 'speaker', 'target',
    'surveys', 'fittings', 'grandchildren', 'captions', 'caption glasses', 'glasses', 'screen', 'doorbell', 'smoke alarm', 'lip-read', 'lecture', 'accent', 'delay',
    'hearing check', 'digits', 'noise', 'pocket radio', 'consumer product', 'patents', 'deaf people', 'waiting room', 'gravy', 'medical advice',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -----------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Half Gain', number: 74, recorded: '2024-10-31', title: 'Earbuds on prescription' };
const files = { web: { file: 'web.txt', r: web }, json3: { file: JSON3, r: json3 } };
const gold = {
  _source: `Synthetic held-out episode written for heldout32 (/work/heldout32/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const spoken = key === 'json3'
    ? r.paragraphs.map((p) => [...r.text.slice(p.start, p.end).matchAll(/(?:^|"utf8": " )([^"]+)/g)].map((m) => m[1]).join(' '))
    : r.paragraphs.map((p) => r.text.slice(p.start, p.end));
  const said = spoken.join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
  writeFileSync(join(here, file), r.text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (r, sg) => r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter(Boolean).length).reduce((a, b) => a + b, 0);
console.log(`${capWords.length} spoken words in the captions, about ${Math.round(lastWord / 60)} minutes; json3: ${lines.length} lines (${paragraphs.filter((p) => p.ambiguous).length} with two voices); web.txt: ${web.paragraphs.length} paragraphs\nsegments (web words): ${web.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn(web, sg)}`).join('; ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
