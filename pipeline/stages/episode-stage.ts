import type { Doc, EpisodeMeta } from '../document/document.js';
import { loadModel } from '../models.js';
import { pageChrome } from '../ingest/page-chrome.js';
import { need, type Stage } from './stage.js';

interface MetadataCues {
  show: string[];
  number: string[];
  recorded: string;
  months: string[];
}

/** How much of the opening the cues look at: hosts say show, number and date up front. */
const OPENING_CHARS = 1500;

/**
 * What the transcript itself says about the episode: the page header (web pages, HTML
 * titles) first, then the hosts' opening words. Null where it says nothing.
 */
export const episodeStage: Stage = {
  name: 'episode',
  requires: ['ingest'],
  provides: ['episode'],
  run: (doc) => ({ episode: readEpisodeMeta(doc) }),
};

export function readEpisodeMeta(doc: Doc): EpisodeMeta {
  const ingest = need(doc, 'ingest');
  const cues = loadModel<MetadataCues>('episode/metadata-cues.json');
  const header = ingest.nonSpeech.filter((s) => s.start < (ingest.paragraphs[0]?.span.start ?? 0)).map((s) => doc.source.slice(s.start, s.end).trim());
  // the first six paragraphs, or more where they are short (caption lines): up to OPENING_CHARS
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < ingest.paragraphs.length && (i < 6 || chars < OPENING_CHARS); i++) {
    for (const x of ingest.paragraphs[i].pieces) {
      parts.push(x.text);
      chars += x.text.length + 1;
    }
  }
  const opening = parts.join(' ').slice(0, OPENING_CHARS);

  const meta: EpisodeMeta = { show: ingest.declared.show ?? null, number: null, title: ingest.declared.title ?? null, recorded: null };
  // header: `Transcript for Episode #49:` then the title on the same or the next line
  const heading = pageChrome().episodeHeading;
  header.forEach((line, i) => {
    const m = heading.exec(line);
    if (!m) return;
    meta.number ??= Number(m[1]);
    const rest = m[2]?.trim();
    const next = header[i + 1];
    if (!meta.title && rest) meta.title = rest;
    else if (!meta.title && next && !heading.test(next) && !/^recorded\b/i.test(next)) meta.title = next;
  });
  for (const text of [...header, opening]) {
    meta.show ??= firstMatch(cues.show.map((p) => new RegExp(p, 'u')), text, (s) => s.replace(/[,.;:]+$/, ''));
    meta.number ??= firstMatch(cues.number.map((p) => new RegExp(p, 'iu')), text, Number);
    // said in words: `episode fifty-two`, `episode two hundred and one`
    meta.number ??= firstMatch([SPELLED_EPISODE], text, spelledNumber);
    meta.recorded ??= firstMatch([new RegExp(cues.recorded, 'iu')], text, (s) => isoDate(s, cues.months));
  }
  if (meta.show) meta.show = trimShow(meta.show);
  return meta;
}

function firstMatch<T>(patterns: RegExp[], text: string, convert: (s: string) => T | null): T | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m?.[1]) {
      const v = convert(m[1]);
      if (v !== null && !(typeof v === 'number' && !Number.isFinite(v))) return v;
    }
  }
  return null;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = `(?:${[...UNITS, ...TENS.slice(2), 'hundred', 'thousand'].join('|')})`;
/** `episode fifty-two`, `episode number two hundred and one`: group 1 is the number in words. */
const SPELLED_EPISODE = new RegExp(`\\bepisode\\s+(?:number\\s+)?(${NUMBER_WORD}(?:(?:[\\s-]+|\\s+and\\s+)${NUMBER_WORD})*)\\b`, 'i');

/** `two hundred and one` → 201, `fifty-two` → 52, `one thousand and twelve` → 1012; null for anything else. */
export function spelledNumber(text: string): number | null {
  let total = 0;
  let part = 0;
  let any = false;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    const u = UNITS.indexOf(w);
    const t = TENS.indexOf(w);
    if (u >= 0) part += u;
    else if (t >= 2) part += t * 10;
    else if (w === 'hundred') part = (part || 1) * 100;
    else if (w === 'thousand') {
      total += (part || 1) * 1000;
      part = 0;
    } else return null;
    any = true;
  }
  return any ? total + part : null;
}

/** `Python Bytes where we` → `Python Bytes`: a show name is its capitalised words. */
function trimShow(show: string): string | null {
  const words = show.split(/\s+/);
  while (words.length && !/^[A-Z0-9]/.test(words[words.length - 1])) words.pop();
  const s = words.join(' ');
  return s.length >= 2 ? s : null;
}

/** `October 24th, 2017`, `Tuesday, Oct 24, 2017`, `24 October 2017`, `2017-10-24` → ISO. */
export function isoDate(text: string, months: string[]): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const words = text.toLowerCase().replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  let month = -1;
  let day = -1;
  let year = -1;
  for (const w of words) {
    const mi = months.findIndex((m) => w.startsWith(m));
    if (mi >= 0 && month < 0 && !/^\d/.test(w)) month = mi + 1;
    else if (/^\d{4}$/.test(w)) year = Number(w);
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(w) && day < 0) day = parseInt(w, 10);
  }
  if (month < 1 || day < 1 || day > 31 || year < 1900) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
