// Builds Kerning Pair #24 (SYNTHETIC held-out episode, heldout20) from source.mjs: a two-host CONVERSATIONAL co-host show
// with no rundown (Nerea Albarrán, who opens and closes it, and Jonah Pettigrew, friends who build design systems at
// different companies) about TYPOGRAPHY and FONTS for developers. Intro (Nerea); the bank's variable font (Nerea, raised by
// Jonah's question at a change of speaker); the checkout with invisible prices (Jonah, who raises it himself
// MID-PARAGRAPH); Jonah's subsetting tool (Jonah, raised by Nerea in a NEW paragraph of hers: no speaker change); font
// licences and self-hosting (Nerea, raised by Jonah MID-PARAGRAPH); OpenType features and the wood type (Nerea, who raises it
// herself at a change of speaker); system font stacks (Jonah, who raises it himself in a NEW paragraph of his: no speaker
// change); readability and the single-storey a (Nerea, raised by Jonah's question, answered by a question); outro (Nerea,
// MID-PARAGRAPH).
//
// Renders
//   web.txt       the show's page: a header (show, tagline, navigation, "24: …", date and length, "Transcript") and a
//                 footer; `mm:ss` stamps from the episode's clock (~2.6 spoken words a second, 0.6 s between speakers,
//                 0.4 s before a same-speaker paragraph, from 0.6 s); FIRST NAMES in capitals as labels on the first TWO
//                 paragraphs ONLY (`NEREA:` / `JONAH:`, the self-introductions), nothing after that; page breaks inside long
//                 turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps it); the
//                 paragraphs marked `cut` lose their first word; curly apostrophes; the edited spellings (the A of each
//                 {A|B}). Built with the shared `splitWebParagraphs`, `webStamps` and `render` (speechOnly: gold paragraphs
//                 are the text after the stamp and label). Gold key `web`.
//   diarized.txt  speech-to-text output with diarisation as a transcription API's text export writes it: NO header, NO
//                 stamps; one utterance a line, `Speaker N: text`, blank lines between utterances, a final newline;
//                 punctuated and cased, straight apostrophes, the recogniser's spellings (the B of each {A|B}). The
//                 diariser numbers the voices in order of appearance (Speaker 1 is Nerea, Speaker 2 Jonah) and starts a
//                 new utterance at every change of speaker and at every pause inside a turn (`¶`), so consecutive
//                 utterances often carry the same label; it SWAPS the label of a few short paragraphs (`swap`) and of
//                 one chunk of a long turn (`¶*`), and MERGES three short paragraphs said without a pause into the
//                 other speaker's utterance before them (`merge`: gold the majority speaker, `ambiguous`). Gold
//                 paragraphs are the utterances (the text after `Speaker N: `), each with its REAL speaker. A segment
//                 starts at the start of its first utterance's line, or INSIDE an utterance at a `§` or where its first
//                 source paragraph was merged into the utterance before. transcriptStart 0. Gold key `diarized`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledText, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, I, J } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'kerning-pair-024';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const mmss = (sec) => `${two(Math.floor(sec / 60))}:${two(Math.floor(sec % 60))}`;
const pick = (t, k) => t.replace(/\{([^|{}]*)\|([^|{}]*)\}/g, (_, a, b) => (k ? b : a));
const unsplit = (t) => t.replace(/\s*¦~?\s*/g, ' ');
const unpause = (t) => t.replace(/\s*¶\*?\s*/g, ' ');
const count = (t) => unsplit(labeledText(t)).replace('§', '').split(/\s+/).filter(Boolean).length;

// --- web.txt ------------------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: unpause(pick(x.text, 0)) }));
const wordTimes = wordClock(WSRC, 0.6, count, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
if (WEB_SOURCE.filter((x) => !x.seg).length !== stamps.length) throw new Error('stamp count');
const LABEL = { [I]: 'NEREA', [J]: 'JONAH' };
const TITLE = 'Variable fonts, invisible prices and the single-storey a';
const web = render(WEB_SOURCE, {
  header: [
    'Kerning Pair', 'Two design-systems people on the letters on your screen', '',
    'Episodes   About   Subscribe', '',
    `24: ${TITLE}`, `6 November 2025 · ${Math.round(lastTime / 60)} min`, '',
    'Transcript', '', '',
  ].join('\n'),
  footer: '\n\nThis transcript was made automatically and lightly edited, so it may contain mistakes.\n← All episodes',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [I, J].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[⟨⟩§¦¶{}|]/.test(web.text)) throw new Error('a mark in web.txt');

// --- diarized.txt -------------------------------------------------------------------------------
const NUM = { [I]: 1, [J]: 2 };
const OTHER = { [I]: J, [J]: I };
let dz = '';
const dzParas = [], dzSegs = [], utter = [];
{
  let cur = null, pending = null, pendingMid = null;
  const openSeg = (item, at) => {
    if (dzSegs.length) dzSegs.at(-1).end = at;
    dzSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: dzSegs.length ? at : 0, end: null });
  };
  const close = () => {
    const ranked = Object.entries(cur.count).sort((p, q) => q[1] - p[1] || (p[0] === cur.owner ? -1 : 1));
    const para = { start: cur.start, end: dz.length, speaker: ranked[0][0] };
    if (ranked.length > 1) para.ambiguous = true;
    dzParas.push(para);
    utter.push({ ...cur, para });
  };
  for (const item of SOURCE) {
    if (item.seg) {
      if (!item.mid) { pending = item; continue; }
      if (pendingMid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      openSeg(item, pendingMid);
      pendingMid = null;
      continue;
    }
    const text = unsplit(pick(item.text, 1));
    const pieces = text.split(/ ?(¶\*?) ?/);
    for (let pi = 0; pi < pieces.length; pi += 2) {
      const piece = pieces[pi].trim();
      if (!piece) throw new Error('an empty utterance');
      const swapped = !!item.swap !== (pieces[pi - 1] === '¶*');
      let at;
      if (pi === 0 && item.merge) {
        if (!cur || cur.owner === item.speaker) throw new Error(`merge without another speaker's utterance before: ${item.text.slice(0, 40)}`);
        dz += ' ';
        at = dz.length;
        if (pending) { openSeg(pending, at); pending = null; }
      } else {
        if (cur) { close(); dz += '\n\n'; }
        const lineAt = dz.length;
        const label = `Speaker ${NUM[swapped ? OTHER[item.speaker] : item.speaker]}`;
        dz += `${label}: `;
        cur = { start: dz.length, owner: item.speaker, label, swapped, count: {} };
        at = dz.length;
        if (pi === 0 && pending) { openSeg(pending, lineAt); pending = null; }
      }
      const mark = piece.indexOf('§');
      const clean = piece.replace('§', '');
      if (mark >= 0) pendingMid = at + mark;
      dz += clean;
      cur.count[item.speaker] = (cur.count[item.speaker] ?? 0) + clean.split(/\s+/).length;
    }
  }
  close();
  dz += '\n';
  dzSegs.at(-1).end = dz.length;
}
if (/[§¦¶⟨⟩{}|’‘]/.test(dz)) throw new Error('a mark or curly apostrophe in diarized.txt');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Kerning Pair', number: 24, recorded: '2025-11-06', title: TITLE };
const ENTITIES = {
  required: {
    'variable font': ['variable font', 'variable fonts', 'variable files', 'variable file'],
    'static fonts': ['static font files', 'static file', 'statics'],
    'weight axis': ['weight axis'],
    'optical size': ['optical size', 'optical size axis'],
    'font-optical-sizing': ['font-optical-sizing', 'font optical sizing'],
    'font-variation-settings': ['font-variation-settings', 'font variation settings', 'variation settings'],
    'font-weight': ['font-weight', 'font weight'],
    'font-stretch': ['font-stretch', 'font stretch'],
    cascade: ['cascade'],
    FOIT: ['FOIT', 'Foit', 'flash of invisible text'],
    FOUT: ['FOUT', 'foot', 'flash of unstyled text'],
    'web font': ['web font'],
    'font-display': ['font-display', 'font display'],
    fallback: ['fallback', 'fallback font'],
    Arial: ['Arial'],
    'layout shift': ['layout shift', 'layout shift score'],
    '@font-face': ['@font-face', 'at font face'],
    'size-adjust': ['size-adjust', 'size adjust'],
    'ascent-override': ['ascent-override', 'ascent override'],
    'descent-override': ['descent-override', 'descent override'],
    Capsize: ['Capsize', 'cap size'],
    Fontaine: ['Fontaine', 'fountain'],
    'Next.js': ['Next.js'],
    preload: ['preload', 'preload link'],
    crossorigin: ['crossorigin', 'cross origin'],
    waterfall: ['waterfall'],
    subsetting: ['subsetting', 'subset', 'subsets'],
    Trimtype: ['Trimtype'],
    fontTools: ['fontTools', 'font tools'],
    Python: ['Python'],
    pyftsubset: ['pyftsubset', 'pie FT subset'],
    glyphs: ['glyphs', 'glyph'],
    WOFF2: ['WOFF2', 'woff two'],
    Brotli: ['Brotli'],
    'unicode-range': ['unicode-range', 'Unicode range'],
    'Google Fonts': ['Google Fonts'],
    kerning: ['kerning'],
    ligatures: ['ligatures', 'standard ligatures'],
    'layout features': ['layout features'],
    instancing: ['instancing'],
    'design space': ['design space'],
    foundry: ['foundry'],
    'desktop licence': ['desktop licence'],
    'web licence': ['web licence'],
    pageviews: ['pageviews'],
    'SIL Open Font License': ['SIL Open Font License', 'sill open font licence'],
    'self-hosting': ['self-host', 'self-hosting'],
    'IP address': ['IP address'],
    Google: ['Google'],
    Fontsource: ['Fontsource'],
    npm: ['npm'],
    'cookie banner': ['cookie banner'],
    OpenType: ['OpenType', 'open type'],
    'contextual alternates': ['contextual alternates', 'calt', 'C alt'],
    'wood type': ['wood type', 'wood typefaces'],
    'tabular figures': ['tabular figures', 'tabular numbers'],
    'proportional numbers': ['proportional numbers'],
    'font-variant-numeric': ['font-variant-numeric', 'font variant numeric'],
    'tabular-nums': ['tabular-nums', 'tabular nums'],
    'font-feature-settings': ['font-feature-settings', 'font feature settings'],
    'stylistic sets': ['stylistic sets', 'stylistic set'],
    'font-variant': ['font-variant', 'font variant'],
    'system font stack': ['system font stack', 'system stacks', 'font stack'],
    'system-ui': ['system-ui', 'system UI'],
    'San Francisco': ['San Francisco'],
    'Segoe UI': ['Segoe UI', 'Sego UI'],
    Roboto: ['Roboto'],
    Windows: ['Windows'],
    Android: ['Androids'],
    Apple: ['Apple'],
    Bootstrap: ['Bootstrap'],
    GitHub: ['GitHub'],
    'ui-sans-serif': ['ui-sans-serif', 'UI sans serif'],
    'ui-monospace': ['ui-monospace', 'UI monospace'],
    Menlo: ['Menlo'],
    Consolas: ['Consolas'],
    monospace: ['monospace', 'monospaced'],
    'Modern Font Stacks': ['Modern Font Stacks'],
    Figma: ['Figma'],
    dyslexia: ['dyslexia'],
    'letter spacing': ['letter spacing'],
    'line length': ['line length'],
    'text-wrap': ['text-wrap', 'text wrap'],
    Chrome: ['Chrome'],
    hyphens: ['hyphens: auto', 'hyphens auto'],
    'lang attribute': ['lang attribute'],
    Inter: ['Inter'],
    'character variant': ['character variant'],
    'single-storey a': ['single-storey a'],
  },
  tolerated: [
    'Kerning Pair', 'Valencia', 'Bristol', 'Alcoy', 'Munich', 'Germany', 'Austria', 'Europe', 'Nerea', 'Jonah', 'Nera', 'Jona', 'Amparo', 'Łukasz', 'Trimtype', 'Spanish', 'Catalan', 'Polish', 'Vietnamese', 'Chinese', 'English', 'Latin', 'Greek',
    'design systems', 'design system', 'letters', 'letter', 'printer paper', 'cliffhanger', 'bank', 'apps', 'app', 'font', 'fonts', 'font file', 'font files', 'weights', 'weight', 'italics', 'italic', 'upright', 'product teams',
    'screens', 'caption sizes', 'display sizes', 'phone screen', 'browser', 'browsers', 'font size', 'performance', 'request', 'headings', 'heading', 'product manager', 'incident channel', 'production', 'checkout', 'brand font',
    'pay button', 'price', 'prices', 'connections', 'train Wi-Fi', 'session', 'text', 'font loader', 'bug', 'domain', 'abandoned baskets', 'cake', 'command-line tool', 'command-line wrapper', 'library', 'blog', 'site', 'pages',
    'compression', 'kilobytes', 'customer', 'login screen', 'marketing page', 'ransom note', 'features', 'bytes', 'axis', 'axes', 'weights four hundred to seven hundred', 'legal', 'email', 'licence', 'licences', 'licensing',
    'traffic', 'designer', 'graphics', 'spreadsheet', 'open fonts', 'name', 'court', 'website', 'visitor', 'consent', 'euros', 'warning letters', 'small businesses', 'files', 'build', 'privacy page', 'print shop', 'drawers',
    'wooden letters', 'typeface', 'typefaces', 'copies', 'stamp', 'feature', 'amounts', 'bank statement', 'decimal points', 'digits', 'digit', 'component', 'basket total', 'demo', 'promotional pages', 'promo pages', 'ad',
    'phone', 'mobile data', 'offer', 'interface font', 'devices', 'colours', 'photos', 'logo', 'language', 'language settings', 'generic names', 'project', 'rounded', 'humanist', 'geometric', 'designers', 'mock-up',
    'sister', 'primary school', 'children', 'worksheets', 'studies', 'reading speed', 'accuracy', 'research', 'lines', 'line', 'paragraphs', 'word', 'audit', 'sites', 'daughter', 'alphabet', 'reading app', 'book', 'books',
    'hook', 'lowercase g', 'notes', 'links', 'font bugs', 'readability', 'hyphenation', 'dyslexia font', 'special font', 'Python library', 'GDPR', 'Munich ruling', 'CSS', 'web', 'Wi-Fi', 'IBAN', 'account numbers', 'charting library', 'statement screens', 'round a', 'balance', 'pretty',
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
    diarized: { input: 'diarized.txt', length: dz.length, transcriptStart: 0, segments: dzSegs, paragraphs: dzParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'diarized.txt'), dz);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of WSRC) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + count(x.text); } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const speech = WSRC.filter((x) => !x.seg).reduce((n, p) => n + count(p.text), 0);
const cnt = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const sameLabel = utter.filter((u, i) => i > 0 && utter[i - 1].label === u.label).length;
const sameSpeaker = dzParas.filter((p, i) => i > 0 && dzParas[i - 1].speaker === p.speaker).length;
console.log(`${speech} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs; web.txt: ${cnt(/¦/g)} page breaks (${cnt(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} paragraphs losing their first word`);
console.log(`diarized.txt: ${utter.length} utterances, ${sameLabel} follow one with the same label, ${sameSpeaker} follow one of the same real speaker, ${utter.filter((u) => u.swapped).length} with the other speaker's label, ${dzParas.filter((p) => p.ambiguous).length} merged (both voices)`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
