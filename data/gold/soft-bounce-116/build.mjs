// Builds Soft Bounce #116 (SYNTHETIC held-out episode, heldout21) from source.mjs: a two-host weekly EMAIL news show in
// the style of the seed (hosts Ottilie Marchbank, who opens and closes it, and Esben Kjeldsen). Intro (Ottilie, with a
// nameless rundown); Gmail's enforcement from November (Ottilie, who starts it MID-PARAGRAPH at the end of her rundown);
// Gmail dropping POP fetching and Gmailify (Esben, raised by Ottilie in a NEW paragraph of hers: no speaker change);
// Microsoft's two changes (Esben, who raises it himself MID-PARAGRAPH); [sponsor "Quillpost", read by Ottilie at a change
// of speaker]; DKIM replay and DKIM2 (Ottilie, MID-PARAGRAPH at the end of her read); DMARCbis and mailing lists (Esben,
// handed over nameless by Ottilie at a change of speaker); Gmail's Manage subscriptions page (Ottilie, a back-reference
// to the rundown); Thunderbird Pro (Esben, handed over MID-PARAGRAPH and nameless by Ottilie); extras (Ottilie at a
// change of speaker, then Esben, handed over MID-PARAGRAPH by Ottilie); outro (Ottilie, MID-PARAGRAPH after her reaction
// to Esben's extras).
//
// Renders
//   web.txt       a page like the seed's, built the way heldout20's frame-rate-071/web.txt was: the page header in the
//                 seed's words ("Brought to you by…", "« Return to show page", "Transcript for Episode #116:", the
//                 title, "Recorded on…") and the footer "Back to show page"; `mm:ss` stamps from the episode's clock (~2.6
//                 spoken words a second, 0.6 s between speakers, 0.4 s before a same-speaker paragraph, from 0.8 s);
//                 FIRST NAMES in capitals as labels on the first TWO paragraphs ONLY (the self-introductions); page
//                 breaks inside long turns at sentence ends, where the continuation loses its first word (`¦~`; `¦` keeps
//                 it); the paragraphs marked `cut` lose their first word; spoken URLs dropped with the following
//                 punctuation; curly apostrophes. Gold paragraphs are the text after the stamp (and label). Gold key
//                 `web`.
//   captions.sbv  YouTube SubViewer captions as a captioning service delivers them for the show's video (the format
//                 YouTube Studio takes and gives back): cues of a timing line `H:MM:SS.mmm,H:MM:SS.mmm` and one or two
//                 text lines of at most 32 characters (the old broadcast caption width), blank lines between cues, a
//                 final newline, no header, no numbers, no names. The captioner marks a change of speaker with `>>` at
//                 the start of a line: a new turn starts a new line (the second line of the cue when the cue has one
//                 line, else a new cue); she MISSED the change at the turns marked `nomark` (no `>>`, the words run on
//                 in the line) and put a `>>` where the same speaker went on after a long pause (`‡`). A cue ends when
//                 the next word would make a third line, or at a sentence end once it holds 6 words. Straight
//                 apostrophes, URLs written out. Times from the episode's clock (a word lasts 120 ms + 25 ms a letter,
//                 ending at least 30 ms before the next word); a cue runs from its first word's start to its last
//                 word's end plus 0.3 s, at least 0.6 s, ending 40 ms before the next cue at the latest. GOLD PARAGRAPHS
//                 are TURNS: one per run of one speaker, from the first character of its first word to the last
//                 character of its last word (the timing lines, line breaks and any `>>` inside a turn fall within
//                 the span, the `>> ` that opens a turn does not). A segment starts at the timing line of the cue its
//                 first word opens, at the start of the line its first word opens (the `>>` included), or INSIDE a
//                 line at its first word. transcriptStart 0. Gold key `sbv`.
//   gold.json     offsets into both files, all computed here (shared renderer: /work/main/data/gold/build-episode.mjs,
//                 unmodified). Rerun with `node build.mjs` in this folder. Deterministic: no clock, no randomness.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, O, E } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'soft-bounce-116';
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
const LABEL = { [O]: 'OTTILIE', [E]: 'ESBEN' };
const TITLE = 'Gmail runs out of patience, DKIM gets replayed, and Thunderbird wants to host your mail';
const web = render(WEB_SOURCE, {
  header: [
    'Brought to you by Quillpost - your DMARC reports, finally read', '',
    '« Return to show page', '',
    'Transcript for Episode #116:', TITLE, '',
    'Recorded on Tuesday, Oct 28, 2025.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `${mmss(stamps[i])} ${i < 2 ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (WEB_SOURCE.filter((x) => !x.seg).slice(0, 2).map((p) => p.speaker).join() !== [O, E].join()) throw new Error('the two labeled web paragraphs must be the self-introductions');
if (/[¦⟨⟩§‡]/.test(web.text)) throw new Error('a mark in web.txt');

// --- captions.sbv -------------------------------------------------------------------------------
const all = [];
{
  let prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    const turnStart = !prev || prev.speaker !== item.speaker;
    if (item.nomark && !turnStart) throw new Error('nomark on a paragraph that opens no turn');
    tokens(item.text).forEach((tok, j) => {
      const w = tok.replace(/[§‡]/g, '');
      if (!w) throw new Error('a lone mark');
      all.push({ w, k, j, speaker: item.speaker, mark: tok.includes('§'), begin: wordTimes[k][j],
        turn: j === 0 && turnStart, arrows: j === 0 ? turnStart && !item.nomark : tok.includes('‡') });
    });
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
// cues: lines of at most 32 characters, at most two lines a cue; `>>` opens a line
const MAXLINE = 32, SENTENCE_WORDS = 6;
const cues = [];
{
  let cue = null;
  const newCue = () => { cue = { lines: [], words: [] }; cues.push(cue); };
  newCue();
  for (const x of all) {
    const text = x.arrows ? `>> ${x.w}` : x.w;
    const line = cue.lines.at(-1);
    if (!x.arrows && line && (line.text + ' ' + x.w).length <= MAXLINE) {
      line.text += ' ' + x.w;
      line.words.push(x);
    } else {
      if (cue.lines.length === 2) newCue();
      cue.lines.push({ text, words: [x] });
    }
    if (text.length > MAXLINE) throw new Error(`a word too long for a caption line: ${x.w}`);
    cue.words.push(x);
    if (/[.?!]["”’)]*$/.test(x.w) && cue.words.length >= SENTENCE_WORDS && x !== all.at(-1)) newCue();
  }
  if (!cue.words.length) cues.pop();
}
const sbvTime = (s) => {
  const ms = Math.round(s * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, sec = Math.floor(ms / 1000) % 60, f = ms % 1000;
  return `${h}:${two(m)}:${two(sec)}.${String(f).padStart(3, '0')}`;
};
let sbv = '';
const sbvSegs = [];
const openSeg = (item, at) => {
  if (sbvSegs.length) sbvSegs.at(-1).end = at;
  sbvSegs.push({ kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: sbvSegs.length ? at : 0, end: null });
};
cues.forEach((c, ci) => {
  if (ci) sbv += '\n';
  const cueAt = sbv.length;
  const begin = c.words[0].begin;
  const nextBegin = cues[ci + 1]?.words[0].begin ?? Infinity;
  const end = Math.min(Math.max(c.words.at(-1).end + 0.3, begin + 0.6), nextBegin - 0.04);
  sbv += `${sbvTime(begin)},${sbvTime(end)}\n`;
  c.lines.forEach((line, li) => {
    if (li) sbv += '\n';
    const lineAt = sbv.length;
    let pos = line.words[0].arrows ? 3 : 0;
    for (const x of line.words) {
      x.pos = lineAt + pos;
      x.posEnd = x.pos + x.w.length;
      x.at = x === c.words[0] ? cueAt : x === line.words[0] ? lineAt : x.pos;
      pos += x.w.length + 1;
    }
    sbv += line.text;
  });
  sbv += '\n';
  for (const x of c.words) if (sbv.slice(x.pos, x.posEnd) !== x.w) throw new Error('cue layout');
});
for (const x of all) if (x.seg) openSeg(x.seg, x.at);
sbvSegs.at(-1).end = sbv.length;
// turns: consecutive paragraphs of one speaker
const sbvParas = [];
for (const x of all) {
  const cur = sbvParas.at(-1);
  if (!cur || cur.speaker !== x.speaker) sbvParas.push({ start: x.pos, end: x.posEnd, speaker: x.speaker });
  else cur.end = x.posEnd;
}
if (/[§‡¦⟨⟩’‘]/.test(sbv)) throw new Error('a mark or curly apostrophe in captions.sbv');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Soft Bounce', number: 116, recorded: '2025-10-28', title: TITLE };
const ENTITIES = {
  required: {
    Gmail: ['Gmail'],
    Yahoo: ['Yahoo'],
    SPF: ['SPF'],
    DKIM: ['DKIM', 'DKIM key', 'DKIM signature'],
    DMARC: ['DMARC', 'DMARC record'],
    'bulk sender': ['bulk senders', 'five thousand messages a day'],
    'one-click unsubscribe': ['one-click unsubscribe', 'one-click requirement'],
    'spam complaint rate': ['spam complaint rate', 'complaints'],
    bounce: ['bounce', 'bouncing'],
    'Postmaster Tools': ['Postmaster Tools'],
    XML: ['XML'],
    Google: ['Google'],
    Gmailify: ['Gmailify'],
    POP: ['POP'],
    IMAP: ['IMAP'],
    forwarding: ['forwarding', 'forwarder', 'forwarded mail'],
    'envelope sender': ['envelope sender', 'envelope'],
    Microsoft: ['Microsoft'],
    'Outlook.com': ['Outlook.com'],
    Hotmail: ['Hotmail'],
    'Exchange Online': ['Exchange Online'],
    'basic authentication': ['basic authentication'],
    'SMTP AUTH': ['SMTP AUTH'],
    'Microsoft 365': ['Microsoft 365'],
    OAuth: ['OAuth'],
    'Direct Send': ['Direct Send'],
    'High Volume Email': ['High Volume Email'],
    phishing: ['phishing'],
    Postfix: ['Postfix'],
    Quillpost: ['Quillpost'],
    rua: ['rua address', 'rua'],
    'DMARC policy': ['p equals none', 'p equals reject', 'quarantine', 'policy'],
    'DKIM replay': ['DKIM replay'],
    DNS: ['DNS'],
    DKIM2: ['DKIM2'],
    IETF: ['IETF'],
    DMARCbis: ['DMARCbis'],
    'RFC 7489': ['7489'],
    'pct tag': ['pct tag', 'pct'],
    'np tag': ['np tag'],
    'organisational domain': ['organisational domain'],
    'Public Suffix List': ['Public Suffix List'],
    'mailing lists': ['mailing lists'],
    Mailman: ['Mailman'],
    'From header': ['From header', 'From address'],
    ARC: ['ARC'],
    'Manage subscriptions': ['Manage subscriptions'],
    'List-Unsubscribe': ['List-Unsubscribe'],
    'open rates': ['open rates'],
    Apple: ['Apple'],
    'Mail Privacy Protection': ['Mail Privacy Protection'],
    'Apple Mail': ['Apple Mail'],
    Thunderbird: ['Thunderbird'],
    'Thunderbird Pro': ['Thunderbird Pro'],
    Thundermail: ['Thundermail'],
    Mozilla: ['Mozilla'],
    Firefox: ['Firefox'],
    Stalwart: ['Stalwart'],
    Rust: ['Rust'],
    SMTP: ['SMTP'],
    JMAP: ['JMAP'],
    JSON: ['JSON'],
    HTTP: ['HTTP'],
    Fastmail: ['Fastmail'],
    'K-9 Mail': ['K-9 Mail', 'K-9'],
    'Thunderbird for Android': ['Thunderbird for Android'],
    Android: ['Android'],
    swaks: ['swaks', 'Swiss Army Knife for SMTP'],
    Perl: ['Perl'],
    TLS: ['TLS'],
    Mailpit: ['Mailpit'],
    Go: ['Go'],
    MailHog: ['MailHog'],
    HTML: ['HTML'],
  },
  tolerated: [
    'Soft Bounce', 'softbounce.fm', 'softbounce.fm/116', 'quillpost.email', 'quillpost.email/softbounce', 'Leeds', 'Aarhus', 'Samsø', 'Mountain View', 'North Sea', 'Ottilie', 'Esben', 'October', 'November', 'January', 'March', 'April', 'May', 'February', 'September', 'Saturday', 'Tuesday', 'Christmas',
    'deliverability', 'newsletter platform', 'newsletter', 'newsletters', 'mail server', 'server', 'servers', 'veterinary clinics', 'clinic', 'scanner', 'scanners', 'mailbox providers', 'mailbox', 'mailboxes', 'inbox', 'inboxes', 'spam', 'junk folder',
    'sending server', 'reputation', 'marketing platforms', 'invoicing system', 'booking tool', 'order confirmations', 'domain', 'domains', 'subdomains', 'subdomain', 'receiver', 'receivers', 'homework', 'group chat', 'internet provider',
    'settings', 'setting', 'spam filtering', 'labels', 'phone', 'Christmas cards', 'consumer', 'business', 'device', 'username', 'password', 'multifunction printer', 'printers', 'connector', 'security', 'preview', 'local network',
    'cupboard', 'sticker', 'microphones', 'signature', 'signatures', 'key', 'headers', 'header', 'To', 'Subject', 'expiry', 'protocol', 'working group', 'hop', 'recipients', 'recipient', 'standard', 'standards', 'draft', 'ferry',
    'informational RFC', 'RFC', 'testing flag', 'subject line', 'footer', 'attachments', 'subscriber', 'subscribers', 'via the list', 'page', 'unsubscribe', 'unsubscribe button', 'login page', 'numbers', 'clicks', 'replies', 'images',
    'data centre', 'headline number', 'waiting list', 'paid services', 'hosted mail service', 'Appointment', 'Send', 'scheduling tool', 'file-sending service', 'open-source', 'mail server', 'apps', 'app', 'desktop client', 'tiers',
    'free tier', 'advertising company', 'provider', 'providers', 'mail domain', 'tool', 'script', 'authentication', 'gloves', 'heating', 'application', 'web page', 'plain text', 'mail clients', 'binary', 'appointment reminders',
    'test server', 'email', 'mail', 'reports', 'DMARC reports', 'compliance page', 'IP addresses', 'POST request', 'error codes', 'relay', 'rowing machine', 'exercise bike', 'links', 'scans', 'OAuth 2', 'Live', 'Yahoo Mail', 'five-five-oh', '550', 'p=reject', 'p=none', 't equals y', 'Mail', 'Swaks', 'mail service',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout21 (/work/heldout21/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    web: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
    sbv: { input: 'captions.sbv', length: sbv.length, transcriptStart: 0, segments: sbvSegs, paragraphs: sbvParas },
  },
};
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'captions.sbv'), sbv);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

// --- summary ------------------------------------------------------------------------------------
const paras = SOURCE.filter((x) => !x.seg);
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 50), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const who = x.speaker.split(' ')[0]; cur.w[who] = (cur.w[who] ?? 0) + words(x.text).length; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(28)} ${s.t}`);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = all.filter((x) => x.turn);
const twoTurnCues = cues.filter((c) => new Set(c.words.map((x) => sbvParas.findIndex((p) => x.pos >= p.start && x.posEnd <= p.end))).size > 1).length;
console.log(`${all.length} spoken words, ${mmss(lastTime)} long, ${paras.length} source paragraphs, ${count(/¦/g)} page breaks in web.txt (${count(/¦~/g)} losing a word), ${paras.filter((x) => x.cut).length} web paragraphs losing their first word`);
console.log(`captions.sbv: ${cues.length} cues (${cues.filter((c) => c.lines.length === 2).length} with two lines), ${turns.length} turns, ${turns.filter((x) => !x.arrows).length} without a >> mark, ${all.filter((x) => x.arrows && !x.turn).length} >> marks inside a turn, ${twoTurnCues} cues holding two turns`);
console.log(Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
