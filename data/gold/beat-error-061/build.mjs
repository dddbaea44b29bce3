// Builds Beat Error #61 (SYNTHETIC held-out episode, heldout34) from source.mjs: a two-host weekly HOROLOGY TECHNOLOGY news
// show (hosts Inês Carvalho, who opens and closes it, and Tobias Lindqvist). See README.md for the segments and boundaries.
//
// Renders
//   web.txt      the show's own transcript page, seed-like (the shared `splitWebParagraphs` and `render(…, { speechOnly:
//                true })`): a page header and footer, every paragraph prefixed `00:00 `, labels (`INÊS: `, `TOBIAS: `) on the
//                first two paragraphs only, page breaks inside long turns (`¦~` losing the continuation's first word, `¦`
//                keeping it), paragraphs losing their first word (`cut`), the spoken URLs dropped with the following
//                punctuation, curly apostrophes. The A of each {A|B}. Gold paragraphs are the text after the stamp (and label).
//                transcriptStart is the first stamp. Key `web`.
//   vosk.json    the final results of the Vosk recogniser (KaldiRecognizer with SetWords(True)), as the producer's script
//                wrote them: one pretty-printed JSON object per utterance, one after another (the file as a whole is not one
//                JSON value), in Vosk's own layout: `{`, `  "result" : [{` then per word `"conf"`, `"end"`, `"start"`,
//                `"word"` (floats with six decimals, times on the recogniser's 30 ms frames), `"text"` with the utterance's
//                words. NO speakers, NO punctuation, NO capitals; numbers as words; names it does not know replaced by words
//                it knows. An utterance ends at every pause (`¶`), at the end of a turn, before a `§`, and at a sentence end
//                followed by a long enough stop once it holds 20 words (or at 55 words); a `join` paragraph stays in the
//                utterance before it. The B of each {A|B}. Gold paragraphs are the utterances, from `{` to `}`, spoken by the
//                one who says most of it. A segment starts at the `{` of the utterance whose first word is its first word.
//                transcriptStart is 0. Key `vosk`.
//   Times: one clock (~2.6 spoken words a second; before a paragraph 0.55-1.55 s at a change of speaker and 0.5-0.95 s when
//   the same host goes on, 0.9-1.4 s at a `¶` pause, 0.15-0.7 s after a sentence end, from 7.3 s after the theme music; the
//   B words of a stretch spread over the time its A words took). Pauses come from a hash of the slug and the position.
//   gold.json    offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, I, T } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'beat-error-061';
const WPS = 2.6, T0 = 7.3;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a)).replace(/ {2,}/g, ' ').trim();
const hash = (s) => createHash('sha1').update(s).digest('hex');
const unit = (seed) => parseInt(hash(seed).slice(0, 8), 16) / 0xffffffff;
const SEGS = SOURCE.filter((x) => x.seg).length;

// --- the words of the B variant on the A clock ----------------------------------------------------------------------
const words = [];
{
  let t = T0, prev = null, pending = null;
  const mids = SOURCE.filter((x) => x.seg && x.mid);
  let midN = 0;
  const clean = (s) => s.replace(/[⟨⟩]/g, '').replace(/ ?¦~?/g, ' ');
  SOURCE.forEach((item, k) => {
    if (item.seg) { if (!item.mid) pending = item; return; }
    if (prev) t += item.join ? 0.2 : prev.speaker === item.speaker ? 0.5 + 0.45 * unit(`${SLUG}/same/${k}`) : 0.55 + 1.0 * unit(`${SLUG}/turn/${k}`);
    const aParts = clean(pick(item.text, 0)).split(/\s*¶\s*/), bParts = clean(pick(item.text, 1)).split(/\s*¶\s*/);
    if (aParts.length !== bParts.length) throw new Error(`pauses differ between A and B in: ${item.text.slice(0, 40)}`);
    aParts.forEach((part, pi) => {
      if (pi) t += 0.9 + 0.5 * unit(`${SLUG}/pause/${k}/${pi}`);
      const begin = t;
      const stops = [];
      part.split(/\s+/).filter(Boolean).forEach((w, j) => {
        t += 1 / WPS;
        if (/[.?!]$/.test(w)) { const s = 0.15 + 0.55 * unit(`${SLUG}/stop/${k}/${pi}/${j}`); t += s; }
      });
      const list = bParts[pi].split(/\s+/).filter(Boolean);
      list.forEach((raw, j) => {
        const w = raw.replace('§', '');
        if (!w) throw new Error(`a lone § in: ${bParts[pi].slice(0, 40)}`);
        const x = { w, item, k, speaker: item.speaker, part: `${k}/${pi}`, begin: begin + (j / list.length) * (t - begin) };
        if (raw.startsWith('§')) { x.seg = mids[midN++]; x.mark = true; if (!x.seg) throw new Error('a § mark without its mid segment'); }
        if (pi === 0 && j === 0 && pending) { x.seg = pending; pending = null; }
        if (/[.?!]$/.test(w)) x.stop = unit(`${SLUG}/vstop/${k}/${pi}/${j}`);
        words.push(x);
      });
    });
    prev = item;
  });
  if (midN !== mids.length) throw new Error('a mid segment without its § mark');
  words.forEach((x, i) => { x.end = Math.min(x.begin + 0.12 + 0.03 * x.w.length, (words[i + 1]?.begin ?? Infinity) - 0.03); });
}

// --- vosk.json ------------------------------------------------------------------------------------------------------
// Vosk's spelling of one B word: lowercase, no punctuation but an inner apostrophe; hyphenated words come out as words.
const voskWords = (raw) => raw.toLowerCase().replace(/[’‘]/g, "'").replace(/-/g, ' ').split(' ')
  .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
const utterances = [];
{
  let cur = null;
  const flush = () => { if (cur?.ws.length) utterances.push(cur); cur = null; };
  words.forEach((x, i) => {
    const prevW = words[i - 1];
    const newPart = !prevW || prevW.part !== x.part;
    if (cur && (x.seg || (newPart && !(x.item.join && x.item !== prevW.item)))) flush();
    if (!cur) cur = { ws: [] };
    const pieces = voskWords(x.w);
    if (!pieces.length) { if (x.seg) throw new Error(`a segment starts at a word Vosk drops: ${x.w}`); return; }
    pieces.forEach((s, j) => {
      const span = (x.end - x.begin) / pieces.length;
      cur.ws.push({ ...x, seg: j === 0 ? x.seg : undefined, s, begin: x.begin + j * span, end: x.begin + (j + 1) * span - (j < pieces.length - 1 ? 0.03 : 0) });
    });
    const n = cur.ws.length;
    const next = words[i + 1];
    if (!next || next.part !== x.part) return;
    if (x.item.join || next.item.join) return;   // a joined reply stays whole in the utterance before it
    if ((x.stop != null && x.stop > 0.45 && n >= 20) || n >= 55) flush();
  });
  flush();
}
const frame = (s) => (Math.round(s / 0.03) * 0.03).toFixed(6);
const conf = (x, j) => {
  const garbled = /\{[^|{}]*\|[^|{}]*\}/.test(x.item.text) && pick(x.item.text, 0).toLowerCase().indexOf(x.s) < 0;
  const u = unit(`${SLUG}/conf/${x.k}/${x.part}/${j}/${x.s}`);
  if (garbled) return (0.38 + 0.4 * u).toFixed(6);
  return u < 0.78 ? '1.000000' : (0.62 + 0.38 * unit(`${SLUG}/conf2/${x.k}/${j}`)).toFixed(6);
};
const vosk = { text: '', paragraphs: [], segments: [], transcriptStart: 0 };
{
  let out = '';
  utterances.forEach((u, ui) => {
    if (ui) out += '\n';
    const at = out.length;
    const first = u.ws[0];
    if (u.ws.some((x, j) => j > 0 && x.seg)) throw new Error('a segment starts inside a Vosk utterance');
    if (first.seg) {
      if (vosk.segments.length) vosk.segments.at(-1).end = at;
      const sg = first.seg;
      vosk.segments.push({ kind: sg.seg, presenter: sg.presenter, title: sg.title, titleKeys: sg.titleKeys, start: vosk.segments.length ? at : 0, end: null });
    }
    const entries = u.ws.map((x, j) => `{\n      "conf" : ${conf(x, j)},\n      "end" : ${frame(x.end)},\n      "start" : ${frame(x.begin)},\n      "word" : "${x.s}"\n    }`);
    out += `{\n  "result" : [${entries.join(', ')}],\n  "text" : "${u.ws.map((x) => x.s).join(' ')}"\n}`;
    const count = {};
    for (const x of u.ws) count[x.speaker] = (count[x.speaker] ?? 0) + 1;
    const speaker = Object.entries(count).sort((a, b) => b[1] - a[1])[0][0];
    vosk.paragraphs.push({ start: at, end: out.length, speaker });
  });
  out += '\n';
  vosk.segments.at(-1).end = out.length;
  vosk.text = out;
}
if (vosk.segments.length !== SEGS) throw new Error(`vosk: ${vosk.segments.length} segments, the source has ${SEGS}`);
for (const u of utterances) for (const x of u.ws) if (!/^[a-z0-9']+$/.test(x.s) || /\d/.test(x.s)) throw new Error(`not a Vosk word: ${x.s}`);
const voskSaid = (r) => r.paragraphs.map((p) => JSON.parse(r.text.slice(p.start, p.end)).text);

// --- web.txt ----------------------------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: pick(x.text, 0).replace(/\s*¶\s*/g, ' ') }));
for (const x of WSRC) if (!x.seg && /[{}|]/.test(x.text)) throw new Error(`a stray mark in: ${x.text.slice(0, 40)}`);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const LABEL = { [I]: 'INÊS', [T]: 'TOBIAS' };
const web = render(WEB_SOURCE, {
  header: [
    'BEAT ERROR',
    'The technology inside watches and clocks, every week',
    '',
    'Episodes  |  Transcripts  |  About  |  Newsletter',
    '',
    '‹ Episode 61',
    '',
    'Transcript for Episode 61:',
    'Magnets, glide wheels and a watch no hand has touched',
    '',
    'Recorded on Thursday, 14 November 2024.',
    '', '',
  ].join('\n'),
  footer: '\n\nBeat Error is recorded at a bench in Porto and a desk in Gothenburg. Spotted a mistake? corrections@beaterror.fm\n\n‹ Episode 61',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `00:00 ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [I, T].join()) throw new Error('the two labelled web paragraphs must be the self-introductions');
if (/[¦¶⟨⟩§{}|~]/.test(web.text.slice(web.transcriptStart))) throw new Error('a mark in web.txt');

// --- entities ---------------------------------------------------------------------------------------------------------
const ENTITIES = {
  required: {
    'mechanical watch': ['mechanical watch'],
    hairspring: ['hairspring', 'hairsprings'],
    smartwatch: ['smartwatch', 'smartwatches'],
    timegrapher: ['timegrapher'],
    magnetism: ['magnetism', 'magnetised'],
    Omega: ['Omega'],
    'Master Chronometer': ['Master Chronometer'],
    COSC: ['COSC', 'cosy'],
    METAS: ['METAS', 'met us'],
    'Swiss Federal Institute of Metrology': ['Swiss Federal Institute of Metrology'],
    gauss: ['gauss'],
    MRI: ['MRI', 'm r i'],
    'Faraday cage': ['Faraday cage'],
    'soft iron cage': ['soft iron cage', 'soft iron'],
    'balance spring': ['balance spring'],
    silicon: ['silicon'],
    Si14: ['Si14', 's i fourteen'],
    'Co-Axial escapement': ['Co-Axial', 'co axial'],
    escapement: ['escapement'],
    'Swatch Group': ['Swatch Group'],
    Nivachron: ['Nivachron', 'neva chrome'],
    'Audemars Piguet': ['Audemars Piguet', 'old mars pig a'],
    Weishi: ['Weishi', 'way she'],
    'Watch Accuracy Meter': ['Watch Accuracy Meter'],
    iPhone: ['iPhone'],
    amplitude: ['amplitude'],
    'beat error': ['beat error'],
    'beat rate': ['beat rate', 'beats an hour'],
    'lift angle': ['lift angle'],
    Vostok: ['Vostok', 'vast stock'],
    Seiko: ['Seiko', 'say co'],
    'Spring Drive': ['Spring Drive'],
    'Grand Seiko': ['Grand Seiko', 'grand say co'],
    '9RA5': ['9RA5', 'nine r a five'],
    mainspring: ['mainspring'],
    'gear train': ['gear train'],
    'balance wheel': ['balance wheel'],
    'glide wheel': ['glide wheel'],
    'quartz crystal': ['quartz crystal'],
    'integrated circuit': ['integrated circuit'],
    'Tri-synchro regulator': ['Tri-synchro regulator', 'tri synchro regulator'],
    Benchbook: ['Benchbook', 'bench book'],
    Swatch: ['Swatch'],
    Sistem51: ['Sistem51', 'system fifty one'],
    'power reserve': ['power reserve'],
    'quartz crisis': ['quartz crisis'],
    ETA: ['ETA', 'eta'],
    'ETA 2824': ['2824', 'twenty eight twenty four'],
    Sellita: ['Sellita', 'a lita'],
    'design for manufacture': ['design for manufacture'],
    Zenith: ['Zenith'],
    LVMH: ['LVMH', 'l v m h'],
    'Defy Lab': ['Defy Lab'],
    'deep reactive ion etching': ['deep reactive ion etching'],
    'monolithic oscillator': ['monolithic oscillator'],
    'Frederique Constant': ['Frederique Constant'],
    Flexous: ['Flexous', 'flexes'],
    'Ulysse Nardin': ['Ulysse Nardin', 'ulysses nard in'],
    'Ulysse Nardin Freak': ['Freak'],
    CSEM: ['CSEM', 'c sam'],
    'Patek Philippe': ['Patek Philippe', 'pat a philip'],
    Spiromax: ['Spiromax', 'spiro max'],
    flexure: ['flexures'],
    'Strategy Analytics': ['Strategy Analytics'],
    'Apple Watch': ['Apple Watch', 'Apple Watches'],
    Apple: ['Apple'],
    'Federation of the Swiss Watch Industry': ['Federation of the Swiss Watch Industry'],
    Garmin: ['Garmin'],
    'Seiko Astron': ['Astron'],
    'quartz wristwatch': ['quartz wristwatch'],
    Bulova: ['Bulova'],
    Accutron: ['Accutron', 'accu tron'],
    'tuning fork': ['tuning fork'],
    Casio: ['Casio'],
    'F-91W': ['F-91W', 'f ninety one w'],
    CR2016: ['CR2016', 'c r twenty sixteen'],
    'Clock of the Long Now': ['Clock of the Long Now', 'Long Now'],
    demagnetiser: ['demagnetiser'],
  },
  tolerated: [
    'Beat Error', 'beaterror.fm', 'beaterror.fm/61', 'beat error dot f m slash sixty one', 'benchbook.app', 'benchbook.app/beaterror', 'bench book dot app slash beat error',
    'corrections@beaterror.fm', 'Vosk', 'Kaldi', 'JSON', 'Inês', 'Ines', 'Carvalho', 'car value', 'in ash', 'Tobias', 'Lindqvist', 'lind quest', 'George Daniels', 'Daniels',
    'Yoshikazu Akahane', 'Akahane', 'a car honey', 'Danny Hillis', 'Hillis', 'Jeff Bezos', 'Bezos', 'Brian Eno', 'Eno', 'e no', 'Porto', 'Gothenburg', 'Switzerland', 'Swiss',
    'Soviet', 'Japanese', 'Chinese', 'Texas', 'west Texas', 'Neuchâtel', 'new shuttle', 'Friday', 'Thursday', 'Christmas Day', 'watch', 'watches', 'clock', 'clocks', 'bench',
    'loupe', 'movement holder', 'movement', 'movements', 'watchmaker', 'watchmakers', 'embedded software', 'software', 'speakers', 'speaker', 'handbag clasp', 'tablet cover',
    'coils', 'spring', 'certificate', 'certification', 'positions', 'temperatures', 'case', 'magnetic field', 'fridge magnet', 'magnet', 'magnets', 'alloy', 'titanium',
    'parts', 'brand', 'independents', 'screwdriver', 'microphone', 'clamp', 'ticks', 'trace', 'phone apps', 'apps', 'app', 'forum', 'rate', 'seconds a day', 'dial up',
    'crown down', 'kitchen knife', 'knife', 'sandwich bag', 'quartz', 'calibre', 'electricity', 'battery', 'chip', 'chips', 'nanowatts', 'prototypes', 'seconds hand',
    'regulator', 'photos', 'customer', 'robot', 'robots', 'machines', 'laser', 'screw', 'plastic', 'francs', 'pivots', 'oil', 'hertz', 'microtechnology', 'research centre',
    'museum', 'museums', 'statistic', 'exports', 'phone', 'workshops', 'pharma', 'jobs', 'module', 'mountain', 'century hand', 'chimes', 'algorithm', 'lens', 'solar noon',
    'sun', 'network', 'blue box', 'wall', 'show notes', 'Omegas', 'vintage Omegas', 'pocket', 'industry', 'Swiss watch industry', 'gear', 'crystal',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);

// --- gold -------------------------------------------------------------------------------------------------------------
const EPISODE = { show: 'Beat Error', number: 61, recorded: '2024-11-14', title: 'Magnets, glide wheels and a watch no hand has touched' };
const files = { web: { file: 'web.txt', r: web }, vosk: { file: 'vosk.json', r: vosk } };
const gold = {
  _source: `Synthetic held-out episode written for heldout34 (/work/heldout34/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
const spokenOf = (key, r) => (key === 'vosk' ? voskSaid(r) : r.paragraphs.map((p) => r.text.slice(p.start, p.end)));
for (const [key, { file, r }] of Object.entries(files)) {
  gold.files[key] = { input: file, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  const said = spokenOf(key, r).join(' ').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => said.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
  writeFileSync(join(here, file), r.text);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const wordsIn = (key, r, sg) => {
  if (key === 'vosk') return r.paragraphs.filter((p) => p.start >= sg.start && p.end <= sg.end).map((p) => JSON.parse(r.text.slice(p.start, p.end)).result.length).reduce((a, b) => a + b, 0);
  return r.paragraphs.filter((p) => p.end > sg.start && p.start < sg.end).map((p) => r.text.slice(Math.max(p.start, sg.start), Math.min(p.end, sg.end)).split(/\s+/).filter((w) => /\w/.test(w)).length).reduce((a, b) => a + b, 0);
};
console.log(`${words.length} spoken words (B), about ${Math.round(words.at(-1).end / 60)} minutes; vosk.json: ${utterances.length} utterances; web.txt: ${web.paragraphs.length} paragraphs\n` +
  `segments (web words): ${web.segments.map((sg) => `${sg.title.split(/[:,]/)[0]} ${wordsIn('web', web, sg)}`).join('; ')}\n` +
  `segments (vosk words): ${vosk.segments.map((sg) => wordsIn('vosk', vosk, sg)).join(', ')}\n` +
  Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
