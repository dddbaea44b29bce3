// Builds Address Bar #63 (SYNTHETIC held-out episode, heldout19) from source.mjs: a two-host weekly BROWSER NEWS show in
// the style of the seed (hosts Marta Quintana, who opens and closes it, and Felix Amankwah). Intro (Marta, with a
// nameless rundown); ChatGPT Atlas (Felix, who takes it himself at a change of speaker); the Privacy Sandbox's
// retirement (Marta, who raises it herself MID-PARAGRAPH in her reaction); Judge Mehta's remedies (Marta again, a NEW
// paragraph of hers: no speaker change); [sponsor "Brackenbox", read by Felix, handed to him MID-PARAGRAPH and nameless
// by Marta]; Manifest V2's end in Chrome (Marta, OPENED by Felix in a NEW paragraph of his right after his read);
// HTTPS by default in Chrome (Felix); Atlassian buying The Browser Company (Marta, raised by Felix's question, answered
// by a question); engines beyond Chromium (Felix, handed over MID-PARAGRAPH and nameless by Marta); extras (Felix, then
// Marta, handed over MID-PARAGRAPH by Felix); outro (Marta).
//
// Renders
//   web.txt          a page like the seed's, built the way heldout18's blast-radius-096/web.txt was: the page header in
//                    the seed's words ("Brought to you by…", "« Return to show page", "Transcript for Episode #63:", the
//                    title, "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from one clock (~2.6
//                    spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.8 s);
//                    FIRST NAMES in capitals (`MARTA:`, `FELIX:`) on the first TWO paragraphs only (the
//                    self-introductions); page breaks inside long turns at sentence ends, where the continuation loses
//                    its first word (`¦~`; `¦` keeps it); the paragraphs marked `cut` lose their first word; spoken
//                    URLs dropped with the punctuation after them; curly apostrophes. Built with the shared
//                    `splitWebParagraphs`, `webStamps` and `render` (speechOnly: gold paragraphs are the text after the
//                    stamp and label). Gold key `web`.
//   transcript.json  a Podcasting 2.0 JSON transcript as a hosting service exports it: `{"version": "1.0.0",
//                    "segments": [...]}` pretty-printed with two-space indentation (exactly `JSON.stringify(doc, null,
//                    2)` and a final newline); one segment per sentence, long sentences cut at a comma into
//                    caption-sized phrases (at most 18 words where a comma allows); each segment `{"speaker", "startTime",
//                    "endTime", "body"}` with the speaker's FULL NAME on every segment, times in seconds (two decimals)
//                    from the same clock (a word lasts 120 ms + 25 ms a letter, ending at least 30 ms before the next);
//                    straight apostrophes, the URLs written out, the quoted "Not secure" escaped. GOLD PARAGRAPHS are the
//                    RUNS of consecutive segments with the same speaker: one paragraph per run, from the first
//                    character of the first body's string contents (after its opening quote) to the last character of
//                    the last body's contents (before its closing quote), so the JSON between the bodies of a run lies
//                    INSIDE the span. transcriptStart is the `{` of the first segment object; a segment (of the
//                    episode) starts at the `{` of the JSON segment object holding its first sentence: at the start of
//                    a run, or INSIDE a run (a `§`, or a same-speaker paragraph run into the turn before). Gold key
//                    `json`.
//   gold.json        offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                    unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, F } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'address-bar-063';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const plainText = (t) => unsplit(t.replace(/⟨([^⟩]*)⟩/g, '$1'));            // straight apostrophes, URLs written out
const tokens = (t) => plainText(t).split(/\s+/).filter(Boolean);
const words = (t) => tokens(t).map((w) => w.replace('§', '')).filter(Boolean);

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 0.8, (t) => words(t).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- web.txt ------------------------------------------------------------------------------------
const WEB_SOURCE = splitWebParagraphs(SOURCE, (item) => item.cut ?? 0);
const stamps = webStamps(SOURCE, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [M]: 'MARTA', [F]: 'FELIX' };
const TITLE = 'A chatbot ships a browser, the cookie plan dies, and Chrome keeps Chrome';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Brackenbox - real browsers, real devices, every test run', '',
    '« Return to show page', '',
    'Transcript for Episode #63:', TITLE, '',
    'Recorded on Tuesday, Nov 4, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [M, F].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§]/.test(web.text)) throw new Error('a mark in web.txt');

// --- transcript.json ----------------------------------------------------------------------------
// every spoken word with its time; sentences; caption-sized phrases
const all = [];
SOURCE.forEach((item, k) => {
  if (item.seg) return;
  tokens(item.text).forEach((tok, j) => {
    const w = tok.replace('§', '');
    if (!w) throw new Error('a lone § mark');
    all.push({ w, k, speaker: item.speaker, mark: tok.startsWith('§'), begin: wordTimes[k][j] });
  });
});
all.forEach((x, i) => {
  const next = all[i + 1]?.begin ?? Infinity;
  x.end = Math.min(x.begin + 0.12 + 0.025 * x.w.replace(/[^\p{L}\p{N}]/gu, '').length, next - 0.03);
});
const MAXW = 18;
const phrases = (s) => {
  if (s.length <= MAXW) return [s];
  const mid = s.length / 2;
  let best = -1;
  s.forEach((x, i) => { if (/,$/.test(x.w) && i + 1 >= 5 && s.length - i - 1 >= 5 && (best < 0 || Math.abs(i + 1 - mid) < Math.abs(best + 1 - mid))) best = i; });
  if (best < 0) return [s];
  return [...phrases(s.slice(0, best + 1)), ...phrases(s.slice(best + 1))];
};
const jsonSegs = [];   // {speaker, words, k, mark, seg}
{
  let pendingSeg = null;
  const midQueue = [];
  for (const [k, item] of SOURCE.entries()) {
    if (item.seg) {
      if (item.mid) { const at = midQueue.shift(); if (!at) throw new Error(`mid segment ${item.title} without a § mark`); at.seg = item; }
      else pendingSeg = item;
      continue;
    }
    const ws = all.filter((x) => x.k === k);
    const sentences = [];
    let cur = [];
    for (const x of ws) { cur.push(x); if (/[.?!]["”’)]*$/.test(x.w)) { sentences.push(cur); cur = []; } }
    if (cur.length) sentences.push(cur);
    for (const s of sentences) if (s.slice(1).some((x) => x.mark)) throw new Error(`a § not at a sentence start: ${item.text.slice(0, 40)}`);
    for (const s of sentences) for (const ph of phrases(s)) {
      const js = { speaker: item.speaker, words: ph, seg: null };
      if (pendingSeg) { js.seg = pendingSeg; pendingSeg = null; }
      if (ph[0].mark) midQueue.push(js);
      jsonSegs.push(js);
    }
  }
  if (midQueue.length) throw new Error('a § mark without its mid segment');
}
const r2 = (x) => Math.round(x * 100) / 100;
const doc = { version: '1.0.0', segments: jsonSegs.map((s) => ({ speaker: s.speaker, startTime: r2(s.words[0].begin), endTime: r2(s.words.at(-1).end), body: s.words.map((x) => x.w).join(' ') })) };
let json = '{\n  "version": "1.0.0",\n  "segments": [\n';
const jsonParas = [], jsonGoldSegs = [];
let jsonStart = null, run = null;
doc.segments.forEach((s, i) => {
  if (i) json += ',\n';
  const objAt = json.length + 4;
  if (jsonStart == null) jsonStart = objAt;
  json += `    {\n      "speaker": ${JSON.stringify(s.speaker)},\n      "startTime": ${JSON.stringify(s.startTime)},\n      "endTime": ${JSON.stringify(s.endTime)},\n      "body": "`;
  const bodyAt = json.length;
  json += JSON.stringify(s.body).slice(1, -1);
  const bodyEnd = json.length;
  json += '"\n    }';
  const seg = jsonSegs[i].seg;
  if (seg) {
    if (jsonGoldSegs.length) jsonGoldSegs.at(-1).end = objAt;
    jsonGoldSegs.push({ kind: seg.seg, presenter: seg.presenter, title: seg.title, titleKeys: seg.titleKeys, start: jsonGoldSegs.length ? objAt : 0, end: null });
  }
  if (run && run.speaker === s.speaker) run.end = bodyEnd;
  else { run = { start: bodyAt, end: bodyEnd, speaker: s.speaker }; jsonParas.push(run); }
});
json += '\n  ]\n}\n';
jsonGoldSegs.at(-1).end = json.length;
if (json !== JSON.stringify(doc, null, 2) + '\n') throw new Error('transcript.json is not JSON.stringify(doc, null, 2)');
if (/[¦⟨⟩§]/.test(json)) throw new Error('a mark in transcript.json');
for (let i = 1; i < doc.segments.length; i++) if (!(doc.segments[i].startTime >= doc.segments[i - 1].endTime)) throw new Error('overlapping JSON segments');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Address Bar', number: 63, recorded: '2025-11-04', title: TITLE };
const ENTITIES = {
  required: {
    'ChatGPT Atlas': ['ChatGPT Atlas', 'Atlas'],
    OpenAI: ['OpenAI'],
    ChatGPT: ['ChatGPT'],
    Chromium: ['Chromium'],
    Chrome: ['Chrome'],
    macOS: ['macOS', 'Mac'],
    Windows: ['Windows'],
    extensions: ['extensions', 'extension'],
    'browser memories': ['browser memories'],
    'agent mode': ['agent mode', 'agent'],
    'prompt injection': ['prompt injection'],
    Brave: ['Brave'],
    Perplexity: ['Perplexity'],
    Comet: ['Comet'],
    Google: ['Google'],
    'Privacy Sandbox': ['Privacy Sandbox', 'Sandbox APIs', 'Sandbox'],
    Topics: ['Topics'],
    'Protected Audience': ['Protected Audience'],
    'Attribution Reporting API': ['Attribution Reporting API'],
    'IP Protection': ['IP Protection'],
    'Related Website Sets': ['Related Website Sets'],
    Android: ['Android'],
    CHIPS: ['CHIPS'],
    FedCM: ['FedCM'],
    'Private State Tokens': ['Private State Tokens'],
    'third-party cookies': ['third-party cookies', 'cookies', 'cookie'],
    Safari: ['Safari'],
    Firefox: ['Firefox'],
    Partitioned: ['Partitioned', 'Partitioned attribute'],
    'competition regulator': ['competition regulator'],
    'Amit Mehta': ['Amit Mehta', 'Judge Amit Mehta'],
    monopoly: ['monopoly'],
    'Google Search': ['Search', 'search index'],
    'Google Assistant': ['Assistant'],
    Gemini: ['Gemini', 'Gemini app'],
    'generative AI': ['generative AI'],
    Mozilla: ['Mozilla'],
    Apple: ['Apple'],
    Alphabet: ['Alphabet'],
    'default search engine': ['default search engine'],
    Brackenbox: ['Brackenbox'],
    Playwright: ['Playwright'],
    Selenium: ['Selenium'],
    iPhone: ['iPhone', 'iPhones'],
    'Firefox ESR': ['Firefox ESR', 'extended support release'],
    'screenshot diff': ['screenshot diff'],
    'Manifest V3': ['Manifest V3', 'V3'],
    'Manifest V2': ['Manifest V2', 'V2'],
    'Chrome 138': ['Chrome 138'],
    'Chrome 139': ['139'],
    'enterprise policy': ['enterprise policy'],
    'uBlock Origin': ['uBlock Origin'],
    'Raymond Hill': ['Raymond Hill'],
    'uBlock Origin Lite': ['uBlock Origin Lite', 'Lite'],
    declarativeNetRequest: ['declarativeNetRequest', 'declarativeNetRequest API'],
    'filter lists': ['filter lists', 'custom filters'],
    'ad blocker': ['ad blocker', 'blockers', 'blocker'],
    Edge: ['Edge'],
    'service worker': ['service worker'],
    'background page': ['background page'],
    'Always Use Secure Connections': ['Always Use Secure Connections'],
    HTTPS: ['HTTPS'],
    HTTP: ['HTTP', 'plain HTTP'],
    'Chrome 154': ['Chrome 154'],
    'Chrome 147': ['Chrome 147'],
    'Enhanced Safe Browsing': ['Enhanced Safe Browsing'],
    'Not secure': ['Not secure'],
    certificate: ['certificate'],
    intranet: ['intranet'],
    Atlassian: ['Atlassian'],
    Jira: ['Jira'],
    Confluence: ['Confluence'],
    'The Browser Company': ['The Browser Company'],
    Arc: ['Arc'],
    'Josh Miller': ['Josh Miller'],
    Dia: ['Dia'],
    'Firefox 144': ['Firefox 144'],
    '32-bit Linux': ['32-bit Linux', '32-bit builds'],
    Linux: ['Linux'],
    x86: ['x86'],
    Gecko: ['Gecko'],
    Blink: ['Blink'],
    WebKit: ['WebKit'],
    Ladybird: ['Ladybird'],
    SerenityOS: ['SerenityOS'],
    'Web Platform Tests': ['Web Platform Tests'],
    'Andreas Kling': ['Andreas Kling'],
    Servo: ['Servo'],
    Rust: ['Rust'],
    'Linux Foundation Europe': ['Linux Foundation Europe'],
    'Zen Browser': ['Zen Browser'],
    'vertical tabs': ['vertical tabs'],
    workspaces: ['workspaces'],
    'split view': ['split view'],
    Temporal: ['Temporal'],
    JavaScript: ['JavaScript'],
    'Date object': ['Date object'],
    'time zones': ['time zones'],
    polyfill: ['polyfill'],
  },
  tolerated: [
    'Address Bar', 'addressbar.fm', 'addressbar.fm/63', 'brackenbox.dev', 'brackenbox.dev/addressbar', 'Bilbao', 'Leeds', 'Marta', 'Felix', 'November', 'October', 'September', 'August', 'July', 'June', 'April', 'Sunday', 'Tuesday',
    'browser', 'browsers', 'rendering engines', 'engines', 'engine', 'browser engine', 'browser maker', 'chatbot', 'sidebar', 'chat window', 'tabs', 'tab', 'pages', 'page', 'web page', 'sites', 'site', 'model',
    'instructions', 'content', 'calendar', 'sessions', 'logged out', 'security chief', 'researchers', 'image', 'standards', 'standards meetings', 'advertising', 'ad auction', 'advertisers', 'tracker', 'tracking', 'widget',
    'embedded widget', 'chat box', 'map', 'developer', 'courtroom', 'judge', 'trial', 'ruling', 'government', 'contracts', 'exclusive contracts', 'technical committee', 'data', 'market', 'shares', 'payments', 'budget', 'income',
    'ad read', 'tests', 'test runner', 'suite', 'devices', 'device', 'tablet', 'video', 'voice note', 'format', 'request', 'requests', 'rules', 'privacy', 'traffic', 'history', 'news', 'printer', 'settings page',
    'setting', 'warning', 'address bar', 'address', 'café network', 'router', 'private addresses', 'public web', 'marketing team', 'microsite', 'saga', 'security updates', 'AI browser', 'assistant', 'knowledge worker',
    'documents', 'chat', 'software', 'platform', 'distributions', 'security fixes', 'market share', 'nonprofit', 'donations', 'sponsors', 'alpha', 'progress videos', 'releases', 'app', 'laptop', 'web', 'code base',
    'extras', 'newborn', 'compact mode', 'lamp', 'red lamp', 'dimmer', 'night feeds', 'night vision', 'bottle', 'umbrella', 'canopy', 'product manager', 'calendar date', 'wall-clock time', 'instant', 'show', 'links',
    'nap', 'AI', 'web developer', 'end-to-end tests', 'ESR', 'Firefox-based browser', 'Gecko browser', 'Arc refugees', '192.168', 'certificates', 'HTTP sites', 'news show', 'catch-up',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout19 (/work/heldout19/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    json: { input: 'transcript.json', length: json.length, transcriptStart: jsonStart, segments: jsonGoldSegs, paragraphs: jsonParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'transcript.json'), json);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const lens = doc.segments.map((s) => s.body.split(' ').length);
console.log(`${all.length} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`transcript.json: ${doc.segments.length} JSON segments of ${Math.min(...lens)} to ${Math.max(...lens)} words, ${jsonParas.length} runs (gold paragraphs)`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
