// Renders one synthetic gold episode, the way every data/gold/<slug>/build.mjs that imports it
// needs: from a SOURCE list of segments (`seg`) and paragraphs (`say`) it writes labeled.txt,
// web.txt and gold.json (offsets computed, never typed) into the episode's folder.
//
//   buildEpisode({ here, slug, SOURCE, LABELS, WEB, EPISODE, SPEAKERS, ENTITIES })
//
// Scripts whose pages look different (their own web stamps and labels) import `render` alone.
//
// LABELS.first / LABELS.later: each speaker's label in labeled.txt (first line, later lines).
// WEB: { header, footer, stamps: 'zero' | 'real', labels: N, label: { speaker: LABEL } }.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with mid: true, at the `§` mark inside the paragraph before it. */
export const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
/** say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs), amb = undecidable by reading. ⟨...⟩ marks a URL. */
export const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });
/** Curly apostrophes; ⟨...⟩ marks a URL, kept in labeled text and dropped from the web page (as the seed page drops them). */
export const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s|^)'(\w)/g, '$1‘$2');
export const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
export const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));

/** labeled.txt's label before each paragraph: LABELS.first / LABELS.later give a speaker's default label; `lab` overrides it, null drops it. */
/**
 * A web page's paragraphs from SOURCE: each paragraph is split at its `¦` marks (a
 * transcription service's own paragraphing, mid-sentence); `¦~` drops the continuation's
 * first word; `firstCut(item)` words are dropped from a paragraph's first part (a page that
 * loses the first word of unlabeled paragraphs).
 */
export function splitWebParagraphs(SOURCE, firstCut = () => 0) {
  const dropWords = (text, n) => text.split(' ').slice(n).join(' ');
  const out = [];
  for (const item of SOURCE) {
    if (item.seg) { out.push(item); continue; }
    webText(item.text).split(/ ?¦/).forEach((part, k) => {
      let text = part.trim();
      if (k === 0) {
        const cut = firstCut(item);
        if (cut) text = dropWords(text, cut);
      } else if (text.startsWith('~')) text = dropWords(text.slice(1).trim(), 1);
      if (!text) throw new Error(`empty web paragraph from: ${item.text.slice(0, 40)}`);
      out.push({ ...item, text });
    });
  }
  return out;
}

export function labeledPrefix(LABELS) {
  const seen = new Set();
  return (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LABELS.later[p.speaker] : LABELS.first[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  };
}
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/**
 * The segments of a file a build lays out in its own format (timestamped lines, HTML, SubRip,
 * WebVTT): `seg(item)` for each `seg` item of SOURCE, `block(at)` where each block (paragraph,
 * cue) starts (a pending segment opens there, the first at 0), `mark(at)` where a `§` puts
 * the start of the next `mid` segment, `close(end)` at the end of the file; `segments` is the
 * gold list.
 */
export function segmentTracker() {
  const segments = [];
  let open = null;
  let pending = null;
  let mid = null;
  const start = (s, at) => {
    s.start = at;
    if (open) open.end = at;
    open = s;
    segments.push(s);
  };
  return {
    segments,
    seg(item) {
      const s = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: null, end: null };
      if (!item.mid) {
        pending = s;
        return;
      }
      if (mid == null) throw new Error(`mid segment ${item.title} without a § mark`);
      start(s, mid);
      mid = null;
    },
    block(at) {
      if (!pending) return;
      start(pending, segments.length ? at : 0);
      pending = null;
    },
    mark(at) {
      mid = at;
    },
    close(end) {
      open.end = end;
    },
  };
}

/**
 * One turn as caption cues: at most two lines of at most `max` characters each; a cue ends at
 * a sentence end once it holds `sentenceWords` words, or at `maxWords` words; a `§` word starts
 * a cue (`segStart`, where a mid segment opens); `label` (or '') opens the first line.
 */
export function captionCues(text, { max, sentenceWords, maxWords = Infinity, label = '' }) {
  const cues = [];
  let lines = [], line = label, nWords = 0, segHere = false;
  const flushLine = () => { if (line) lines.push(line); line = ''; };
  const flushCue = () => { flushLine(); if (nWords) cues.push({ lines, words: nWords, segStart: segHere }); lines = []; nWords = 0; segHere = false; };
  for (const raw of text.split(/\s+/)) {
    let w = raw;
    if (w.startsWith('§')) { flushCue(); segHere = true; w = w.slice(1); if (!w) continue; }
    if (line && (line + ' ' + w).length > max) { flushLine(); if (lines.length === 2) flushCue(); }
    line = line ? `${line} ${w}` : w;
    nWords++;
    if ((/[.?!]$/.test(w) && nWords >= sentenceWords) || nWords >= maxWords) flushCue();
  }
  flushCue();
  return cues;
}

/**
 * Lays the paragraphs of SOURCE out; the first segment starts at 0 (header included), the last
 * ends at the end of the file. A paragraph's span covers its prefix (label, stamp), or with
 * `speechOnly` starts after it.
 */
export function render(SOURCE, { header, footer, sep, prefix, words, trailer = '', speechOnly = false }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : 0);
      if (start == null) throw new Error(`mid segment ${item.title} without a § mark`);
      if (open) open.end = start;
      open = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start, end: null };
      segments.push(open);
      pendingMid = null;
      continue;
    }
    if (i > 0) out += sep;
    const start = out.length;
    const pre = prefix(i, item);
    let body = words(i, item);
    const mark = body.indexOf('§');
    body = body.replace('§', '');
    out += pre + body;
    if (mark >= 0) pendingMid = start + pre.length + mark + (body[mark] === ' ' ? 1 : 0);
    const para = { start: speechOnly ? start + pre.length : start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: header.length, paragraphs, segments };
}

/**
 * The episode's clock: per source index, the start time of each spoken word of the paragraph,
 * from `start` seconds at `wps` words a second, with a pause of 0.4 s where the same speaker goes
 * on and 0.6 s at a change of speaker; `count(text)` counts a paragraph's spoken words and
 * section markers (`seg`) take no time.
 */
export function wordClock(SOURCE, start, count, wps) {
  const wordTimes = [];
  let t = start, prev = null;
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    if (prev) t += prev.speaker === item.speaker ? 0.4 : 0.6;
    const n = count(item.text);
    wordTimes[k] = Array.from({ length: n }, (_, j) => t + j / wps);
    t += n / wps;
    prev = item;
  });
  return wordTimes;
}

/**
 * The clock time of each web paragraph (splitWebParagraphs' pieces, `¦` in a source paragraph's
 * text): the start time of its first word. `wordTimes[k]` holds the start time of every word of
 * source paragraph k; `pieces` splits a paragraph's text into the parts the page shows and
 * `count` counts a part's words.
 */
export function webStamps(SOURCE, wordTimes, pieces = (text) => labeledText(text).split(/ ?¦~?/), count = (part) => part.replace('§', '').split(/\s+/).filter(Boolean).length) {
  const stamps = [];
  SOURCE.forEach((item, k) => {
    if (item.seg) return;
    let w = 0;
    for (const part of pieces(item.text)) {
      stamps.push(wordTimes[k][w]);
      w += count(part);
    }
    if (w !== wordTimes[k].length) throw new Error(`word count mismatch in: ${item.text.slice(0, 40)}`);
  });
  return stamps;
}

/** Writes labeled.txt, web.txt and gold.json of one episode into `here`; prints its size. */
export function buildEpisode({ here, slug, SOURCE, LABELS, WEB, EPISODE, SPEAKERS, ENTITIES }) {
  const labeled = render(SOURCE, { header: '', footer: '', sep: '\n', trailer: '\n', prefix: labeledPrefix(LABELS), words: (i, p) => labeledText(p.text) });

  // web.txt: WEB.stamps 'zero' stamps every paragraph 00:00 like the seed page; 'real' derives mm:ss
  // from ~155 spoken words a minute plus a pause per turn. Labels on the first WEB.labels paragraphs only.
  const times = [];
  {
    let t = 0;
    for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.7; }
  }
  const web = render(SOURCE, {
    header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
    prefix: (i, p) => `${WEB.stamps === 'zero' ? '00:00' : mmss(times[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
    words: (i, p) => {
      const t = webText(p.text);
      const cut = i < WEB.labels ? 0 : cutOf(p);
      const w = t.split(' ');
      if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
      return cut ? w.slice(cut).join(' ') : t;
    },
  });

  const gold = {
    _source: `Synthetic held-out episode written on 2026-11-22 (data/gold/${slug}/build.mjs); offsets computed by the script.`,
    episode: EPISODE,
    speakers: SPEAKERS,
    entities: ENTITIES,
    files: {},
  };
  for (const [key, r] of Object.entries({ labeled, web })) {
    writeFileSync(join(here, `${key}.txt`), r.text);
    gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
  }
  writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
  const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
  console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
}
