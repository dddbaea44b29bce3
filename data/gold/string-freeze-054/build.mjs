// Builds String Freeze #54 (SYNTHETIC held-out episode, heldout24) from source.mjs: a one-host one-guest INTERVIEW about
// software LOCALISATION (host Ruairí Kavanagh, guest Zainab Al-Khatib, who leads localisation engineering at a travel
// app). Intro (Ruairí introduces himself and the guest, who greets him by name); what breaks (Zainab, opened by the host's
// question at a change of speaker); plurals and MessageFormat (Zainab, who raises it herself MID-PARAGRAPH at the end of
// her answer); the pipeline and pseudo-localisation (Zainab, opened by a BACK-REFERENCE of the host in a NEW paragraph
// right after his own one-liner: no speaker change); [sponsor "Loomtide", read by the host at a change of speaker, tied to
// the guest's last words]; right-to-left (Zainab, handed over BY NAME MID-PARAGRAPH at the end of the read); numbers and
// dates (Zainab, who raises it herself in a NEW paragraph of hers after a one-line reaction: no speaker change, the
// presenter first); Unicode text (Zainab, who raises it herself at a change of speaker, a weak cue on the host's
// summary); machine translation (Zainab, a question answered by a QUESTION); advice (Zainab, opened by a NEW paragraph of
// the host right after his own one-liner: no speaker change); outro (Ruairí, at a change of speaker).
//
// Renders
//   youtube.txt   the text a user copies from YouTube's "Show transcript" panel for the episode's video, in the layout of
//                 heldout15's hydration-087/youtube.txt and heldout22's save-state-044/youtube.txt (checked by check.mjs's
//                 `youtube.txt` check): lines alternating between a timestamp (`0:03`, `12:34`) and ONE line of caption
//                 text, a final newline, nothing else (no header, no blank lines). The automatic captions' own cuts: a
//                 line ends at a sentence end once it holds 4 words (except every third line, which runs on), at a pause
//                 (a new paragraph or a `¶`) once it holds 4, and in any case at 6 to 12 words (14 at most); the
//                 automatic punctuation's sentence case; straight apostrophes; no speakers at all; YouTube's spellings (the
//                 A of each {A|B}: "Rory", "I see you", "Jason", "intel", "Crowd in"…). GOLD PARAGRAPHS are ONE PER TEXT
//                 LINE. A segment starts at the timestamp line of the text line its first word opens, or INSIDE a text
//                 line at its first word. transcriptStart 0. Gold key `youtube`.
//   interview.otr the transcript the show's producer typed by hand in oTranscribe while listening to the recording, saved
//                 as oTranscribe's `.otr` file, NEW in the held-out sets: ONE line of JSON with no final newline,
//                 `{"text":…,"media":…,"media-source":…,"media-time":…}` as oTranscribe writes it, the text being the
//                 editor's HTML: `<p>` paragraphs only, three header paragraphs (the episode and the guest in bold, a
//                 note, an empty `<p><br></p>`), then one `<p>` per paragraph of speech: an optional timestamp inserted
//                 with oTranscribe's shortcut, `<span class="timestamp" contenteditable="false"
//                 data-timestamp="S.SS">m:ss</span>&nbsp;` (the producer inserts one at the first paragraph that starts
//                 50 s or more after the last), an optional bold name `<b>Name:</b> ` (the first name at a change of
//                 speaker, the full name where `lab` says so, none where `lab` is null and on the producer's own
//                 paragraph breaks `¦` inside a turn and on a same-speaker paragraph), then the text; the attribute
//                 quotes escaped as `\"` by JSON. The producer's spellings (the B of each {A|B}: names and products spelt
//                 properly, one `[laughs]`), straight apostrophes, the URL written out. GOLD PARAGRAPHS are ONE PER
//                 SPEECH `<p>`, the text after the timestamp and the name, up to `</p>`. Because the markup between two
//                 paragraphs has no space in it, a segment between paragraphs starts right where the text of the
//                 paragraph before it ENDS (the `</p><p>`, the timestamp and the name belong to the new segment); a
//                 segment can also start INSIDE a paragraph at its first word. transcriptStart is the first speech `<p>`.
//                 Gold key `otr`.
//   Times: ONE clock (the words, ~2.6 a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, 0.5 s at a
//   `¶`, from 0.7 s; a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next word).
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentTracker } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, H, G } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'string-freeze-054';
const WPS = 2.6, T0 = 0.7;
const two = (n) => String(n).padStart(2, '0');
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const FIRST = { [H]: 'Ruairí', [G]: 'Zainab' };

// --- the stream of words of one file, with the episode's pauses ---------------------------------
function stream(variant) {
  const out = [];
  let t = T0, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const gap = prev ? (prev.speaker === item.speaker ? 0.4 : 0.6) : 0;
    t += gap;
    let pause = gap, first = true, split = false;
    for (const tok of pick(item.text, variant).split(/\s+/).filter(Boolean)) {
      if (tok === '¶') { t += 0.5; pause = 0.5; continue; }
      if (tok === '¦') { split = true; continue; }
      const w = tok.replace('§', '');
      if (!w || /[§¶¦{}|⟨⟩’‘“”<>&"\\]/.test(w)) throw new Error(`a stray mark, markup or curly quote in ${tok}`);
      out.push({ w, k, item, speaker: item.speaker, begin: t, mark: tok.startsWith('§'), paraStart: first, pauseBefore: pause, split });
      first = false; pause = 0; split = false;
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

// --- youtube.txt --------------------------------------------------------------------------------
const YT = stream(0);
const ytLines = [];
{
  const MIN = 4, MAX = 14;
  let cur = [];
  const close = () => { ytLines.push(cur); cur = []; };
  YT.forEach((x, i) => {
    const li = ytLines.length;
    const left = YT.length - i;
    if (cur.length && x.paraStart && cur.length >= MIN && left >= MIN && li % 5 !== 2) close();
    cur.push(x);
    const n = cur.length, rest = left - 1;
    if (rest === 0) { close(); return; }
    if (rest < MIN) return;
    const next = YT[i + 1];
    if (n >= MAX) { close(); return; }
    if (next.paraStart) return;                      // decided at the next word
    if (x.pauseAfter >= 0.45 && n >= MIN) close();
    else if (/[.?!]$/.test(x.w) && n >= MIN && li % 3 !== 1) close();
    else if (n >= 6 + ((li * 5) % 7)) close();
  });
}
const ytTime = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
let yt = '';
const ytParas = [];
const ytTrack = segmentTracker();
{
  let last = -1;
  for (const line of ytLines) {
    const lineAt = yt.length;
    if (Math.floor(line[0].begin) < last) throw new Error('youtube: a timestamp goes back');
    last = Math.floor(line[0].begin);
    yt += `${ytTime(line[0].begin)}\n`;
    const start = yt.length;
    line.forEach((x, j) => {
      if (j) yt += ' ';
      if (x.seg) {
        const at = j ? yt.length : lineAt;
        if (x.seg.mid) { ytTrack.mark(at); ytTrack.seg(x.seg); } else { ytTrack.seg(x.seg); ytTrack.block(at); }
      }
      yt += x.w;
    });
    const m = majority(line, line[0].speaker);
    const para = { start, end: yt.length, speaker: m.speaker };
    if (m.mixed) para.ambiguous = true;
    ytParas.push(para);
    yt += '\n';
  }
  ytTrack.close(yt.length);
}
if (/[§¶¦{}|⟨⟩’‘[\]<>]/.test(yt)) throw new Error('a mark, markup or curly apostrophe in youtube.txt');

// --- interview.otr ------------------------------------------------------------------------------
const OT = stream(1);
// the producer's paragraphs: a source paragraph, split at `¦`
const oParas = [];
for (const x of OT) {
  if (x.paraStart || x.split) oParas.push({ ws: [], item: x.item, cont: x.split });
  oParas.at(-1).ws.push(x);
}
const q = '\\"';   // a double quote inside the JSON string
const HEADER = `<p><b>String Freeze 54: Zainab Al-Khatib (Marrowby, Amsterdam)</b></p><p>Rec. 29/09, both tracks. First pass, names checked, not proofread.</p><p><br></p>`;
let ot = `{"text":"${HEADER}`;
const otParas = [];
const otTrack = segmentTracker();
let OT_START = null, stampsN = 0, named = 0;
{
  let lastStamp = -Infinity, prevSpeaker = null, prevEnd = null;
  for (const p of oParas) {
    const pAt = ot.length;
    OT_START ??= pAt;
    ot += '<p>';
    const t0 = p.ws[0].begin;
    if (t0 - lastStamp >= 50) {
      lastStamp = t0;
      ot += `<span class=${q}timestamp${q} contenteditable=${q}false${q} data-timestamp=${q}${t0.toFixed(2)}${q}>${ytTime(t0)}</span>&nbsp;`;
      stampsN++;
    }
    const turn = p.item.speaker !== prevSpeaker;
    let lab = null;
    if (!p.cont) lab = 'lab' in p.item ? p.item.lab : (turn ? FIRST[p.item.speaker] : null);
    if (lab) { ot += `<b>${lab}:</b> `; named++; }
    const start = ot.length;
    p.ws.forEach((x, j) => {
      if (j) ot += ' ';
      if (x.seg) {
        const at = j ? ot.length : (prevEnd ?? 0);
        if (x.seg.mid) { if (!j) throw new Error('a § at the start of a paragraph'); otTrack.mark(at); otTrack.seg(x.seg); } else { if (j) throw new Error('a segment inside a paragraph without a §'); otTrack.seg(x.seg); otTrack.block(at); }
      }
      ot += x.w;
    });
    otParas.push({ start, end: ot.length, speaker: p.item.speaker });
    prevEnd = ot.length;
    ot += '</p>';
    prevSpeaker = p.item.speaker;
  }
  const last = OT.at(-1).end;
  ot += `","media":"sf054-interview-master.wav","media-source":"","media-time":"${(last + 2.37).toFixed(2)}"}`;
  otTrack.close(ot.length);
}
{
  const doc = JSON.parse(ot);
  if (JSON.stringify(doc) !== ot) throw new Error('interview.otr is not exactly JSON.stringify of its document');
  for (const p of otParas) { const x = ot.slice(p.start, p.end); if (JSON.stringify(x) !== `"${x}"`) throw new Error(`a paragraph that needs escaping: ${x.slice(0, 40)}`); }
}
if (/[§¶¦{}|⟨⟩’‘]/.test(ot.slice(1, -1).replace(/^"text":/, ''))) throw new Error('a mark or curly apostrophe in interview.otr');

// --- gold ---------------------------------------------------------------------------------------
const TITLE = 'Why your app cannot count, a number that jumps across an Arabic sentence, and a name field that refuses a fada';
const EPISODE = { show: 'String Freeze', number: 54, recorded: '2025-09-29', title: TITLE };
const ENTITIES = {
  required: {
    localisation: ['localisation', 'localization'],
    Marrowby: ['Marrowby'],
    Loomtide: ['Loomtide', 'loomtide'],
    'hard-coded strings': ['pulled out of the code', 'typed straight into a button', 'out of the code'],
    'string concatenation': ['glued together from pieces', 'plus sign'],
    'text expansion': ['a third longer', 'forty percent longer'],
    'resource files': ['resource file', 'resource files'],
    placeholders: ['placeholders'],
    plurals: ['plurals', 'plural'],
    CLDR: ['CLDR', 'Common Locale Data Repository'],
    Unicode: ['Unicode'],
    'plural categories': ['zero, one, two, few, many and other', 'categories'],
    'ICU MessageFormat': ['ICU MessageFormat', 'I see you MessageFormat', 'MessageFormat'],
    ICU: ['ICU', 'I see you'],
    'grammatical gender': ['grammatical gender'],
    'MessageFormat 2': ['MessageFormat 2'],
    Java: ['Java'],
    JavaScript: ['JavaScript'],
    'string freeze': ['string freeze'],
    'continuous localisation': ['continuous'],
    'translation management system': ['translation management system'],
    Crowdin: ['Crowdin', 'Crowd in'],
    Phrase: ['Phrase'],
    Lokalise: ['Lokalise', 'Localize'],
    Weblate: ['Weblate', 'web late'],
    'open source': ['open-source'],
    Android: ['Android'],
    XML: ['XML'],
    Apple: ['Apple'],
    'String Catalogs': ['String Catalogs'],
    JSON: ['JSON', 'Jason'],
    XLIFF: ['XLIFF', 'X-Liff'],
    'string keys': ['key', 'keys'],
    'code review': ['code review'],
    'pseudo-localisation': ['pseudo-localisation', 'pseudo localization', 'pseudo-locale', 'pseudo-locales'],
    screenshots: ['screenshot', 'screenshots'],
    iOS: ['iOS'],
    'test suite': ['test suite'],
    'right-to-left': ['right to left'],
    Arabic: ['Arabic'],
    'bidirectional algorithm': ['bidirectional algorithm'],
    'bidi isolation': ['isolation', 'bdi element'],
    HTML: ['HTML'],
    'dir attribute': ['dir to auto'],
    'CSS logical properties': ['logical properties', 'margin inline start'],
    'mirrored icons': ['icons', 'arrows'],
    'Noto fonts': ['Noto'],
    'line height': ['line height'],
    'number formatting': ['number format'],
    'date formatting': ['date format', 'the date'],
    'Intl API': ['Intl', 'intel'],
    'relative time format': ['relative times'],
    'week start': ['a week starts'],
    locale: ['locale'],
    'Japanese era': ['imperial era', 'era name'],
    ICU4X: ['ICU4X', 'ICU for X'],
    Rust: ['Rust'],
    'time zones': ['time zone', 'time zones'],
    'Unicode 17': ['Unicode 17'],
    emoji: ['emoji'],
    'zero-width joiner': ['invisible joiners'],
    'code point': ['code point'],
    'grapheme cluster': ['grapheme cluster'],
    'Intl.Segmenter': ['Intl.Segmenter', 'Intel Segmenter'],
    'Turkish dotless i': ['dotless i', 'Turkish'],
    uppercase: ['uppercase', 'uppercases'],
    collation: ['collation'],
    'machine translation': ['machine translation', 'machine suggestion', 'machine-translated'],
    DeepL: ['DeepL', 'Deep L'],
    'large language models': ['language models', 'language model'],
    'post-editing': ['post-editing'],
    glossary: ['glossary'],
    'translation memory': ['translation memory'],
  },
  tolerated: [
    'String Freeze', 'loomtide.io', 'loomtide.io/freeze', 'Amsterdam', 'Amman', 'Manchester', 'Dublin', 'Ireland', 'Germany', 'Japan', 'India', 'Kraków', 'Lisbon', 'Ruairí', 'Zainab', 'Rory', 'O\'Brien', '2019', '2023',
    'September', 'Tuesday', 'software', 'language', 'languages', 'video games', 'train ticket', 'websites', 'name field', 'accent', 'fada', 'travel app', 'app', 'apps', 'bug', 'bugs', 'screenshot', 'English', 'German',
    'Japanese', 'Polish', 'Irish', 'Hindi', 'Swedish', 'Swiss', 'code', 'button', 'error message', 'function', 'email template', 'sentence', 'sentences', 'developer', 'developers', 'translator', 'translators', 'verb',
    'counter word', 'fragments', 'length', 'labels', 'screen', 'icon', 'designers', 'engineering team', 'numbers', 'if statement', 'forms', 'library', 'libraries', 'football game', 'review', 'one-star review', 'traveller',
    'working group', 'syntax', 'translation tools', 'formatting functions', 'proposal', 'C', 'release', 'pipeline', 'agency', 'interchange format', 'tools', 'fake language', 'letters', 'brackets', 'layout', 'context', 'spreadsheet',
    'comment', 'translation', 'pictures', 'team', 'user', 'web', 'mirror image', 'back arrows', 'progress bar', 'hotel', 'price', 'Latin digits', 'currency', 'scripts', 'punctuation', 'user content', 'name', 'names',
    'invisible Unicode characters', 'styles', 'browser', 'layout systems', 'clock', 'play button', 'tape', 'checkmark', 'mother', 'testers', 'fonts', 'typefaces', 'dots', 'marks', 'Google', 'fallback', 'euros',
    'thousand', 'full stop', 'comma', 'apostrophe', 'lakhs', 'Sunday', 'Monday', 'country', 'lists', 'formatted strings', 'values', 'booking system', 'calendars', 'imperial era', 'Japanese dates', 'rewrite', 'mobile app',
    'web page', 'check-in', 'phone', 'characters', 'family emoji', 'flag', 'alphabet', 'accented letter', 'hotel reviews', 'syllable', 'case', 'identifier', 'words', 'sorting', 'machine', 'hotel descriptions', 'buttons',
    'users', 'original', 'interface', 'legal text', 'marketing', 'trade', 'tone', 'voice', 'informal you', 'formal', 'booking', 'database', 'asset', 'free cancellation', 'refund', 'terms', 'sample', 'manager',
    'international', 'audit', 'test case', 'ticket', 'tracker', 'keyboard', 'strings', 'string', 'orca', 'trombone', 'Unicode Consortium', 'Unicode Common Locale Data Repository', 'CLDR plural rules', 'Intl.PluralRules',
    'Intl.NumberFormat', 'Intl.DateTimeFormat', 'Intl.RelativeTimeFormat', 'Intl.ListFormat', 'Intl.Collator', 'UAX #9', 'Unicode Bidirectional Algorithm', 'bdi', 'dir="auto"', 'margin-inline-start', 'FSI', 'PDI',
    'en-XA', 'ar-XB', 'strings.xml', '.xcstrings', 'Xcode', 'gettext', 'ARB', 'Flutter', 'Reiwa', 'MF2', 'TMS', 'MTPE', 'TM', 'Google Translate', 'LLM', 'LLMs', 'ZWJ', 'UTF-16', 'Noto Sans Arabic', 'Smartling', 'Transifex',
    'i18n', 'l10n', 'internationalisation', 'internationalization', 'Hebrew', 'Right-to-left', 'RTL', 'bidi', 'Unicode 17.0', 'ICU4C', 'ICU4J',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout24 (/work/heldout24/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    youtube: { input: 'youtube.txt', length: yt.length, transcriptStart: 0, segments: ytTrack.segments, paragraphs: ytParas },
    otr: { input: 'interview.otr', length: ot.length, transcriptStart: OT_START, segments: otTrack.segments, paragraphs: otParas },
  },
};
for (const [key, f] of Object.entries(gold.files)) {
  const text = key === 'youtube' ? yt : ot;
  const lower = f.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ').toLowerCase().replace(/\s+/g, ' ');
  const unsaid = Object.entries(ENTITIES.required).filter(([, forms]) => !forms.some((x) => lower.includes(x.toLowerCase()))).map(([n]) => n);
  if (unsaid.length) throw new Error(`${key}: required but not said: ${unsaid.join(', ')}`);
}
writeFileSync(join(here, 'youtube.txt'), yt);
writeFileSync(join(here, 'interview.otr'), ot);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + pick(x.text, 0).replace(/[§¶¦]/g, ' ').split(/\s+/).filter(Boolean).length; } }
for (const s of perSeg) { const tot = Object.values(s.w).reduce((a, b) => a + b, 0); console.log(`  ${s.p.padEnd(9)} ${JSON.stringify(s.w).padEnd(34)} ${s.p === 'Zainab' ? Math.round(100 * (s.w.Zainab ?? 0) / tot) + '%' : '   '} ${s.t}`); }
const mm = (s) => `${Math.floor(s / 60)}:${two(Math.floor(s % 60))}`;
console.log(`${YT.length} spoken words (youtube.txt), ${OT.length} (interview.otr), ${mm(OT.at(-1).end)} long, ${SOURCE.filter((x) => !x.seg).length} source paragraphs`);
console.log(`youtube.txt: ${ytLines.length} lines of ${Math.min(...ytLines.map((l) => l.length))} to ${Math.max(...ytLines.map((l) => l.length))} words, ${ytParas.filter((p) => p.ambiguous).length} with both speakers`);
console.log(`interview.otr: ${otParas.length} speech paragraphs, ${named} with a name, ${stampsN} timestamps`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
