import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real-looking transcripts of any length, made by recombining the turns of the project's
 * real and fixture transcripts (data/samples, data/fixtures, test/fixtures/catalogue).
 * Blocks of consecutive turns are kept together, so topics, sponsor reads and banter read
 * like an interview; speakers are relabelled to one pair of hosts per show. Deterministic:
 * the same arguments give the same bytes (seeded PRNG, no clock).
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Turn {
  speaker: 0 | 1;
  text: string;
  words: number;
}

const SHOWS: Array<{ show: string; hosts: [string, string] }> = [
  { show: 'Python Bytes', hosts: ['Michael Kennedy', 'Brian Okken'] },
  { show: 'Stack Notes', hosts: ['Dana Reyes', 'Tom Lindqvist'] },
  { show: 'Code Chat', hosts: ['Maria Lopez', 'Sam Patel'] },
  { show: 'The Data Hour', hosts: ['Priya Shah', 'Tom Becker'] },
  { show: 'Rustacean Talk', hosts: ['Lena Vogel', 'Marco Rossi'] },
  { show: 'Frontend Weekly', hosts: ['Jen Park', 'Alex Kim'] },
  { show: 'Ops Hour', hosts: ['Sara Nilsen', 'David Okafor'] },
  { show: 'Test and Code', hosts: ['Ruth Adams', 'Kenji Mori'] },
];

let pool: Turn[][] | null = null;

/** The source transcripts as runs of turns (one run per file), speaker 0 = first voice. */
function sourceRuns(): Turn[][] {
  if (pool) return pool;
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(labeled\.)?txt$/.test(e.name) && !/\.(web|plain)\.txt$/.test(e.name)) files.push(p);
    }
  };
  walk(join(ROOT, 'data', 'samples'));
  walk(join(ROOT, 'data', 'fixtures'));
  walk(join(ROOT, 'test', 'fixtures', 'catalogue'));
  pool = [];
  for (const f of files) {
    const run: Turn[] = [];
    const voices: string[] = [];
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const m = /^([A-Z][\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}): (.+)$/u.exec(line);
      if (!m) {
        if (line.trim() && run.length) run[run.length - 1].text += ' ' + line.trim();
        continue;
      }
      // the last word of a label names the voice: "Michael KENNEDY" and "KENNEDY" are one
      const voice = m[1].split(' ').pop()!.toLowerCase();
      if (!voices.includes(voice)) voices.push(voice);
      const text = m[2].trim();
      run.push({ speaker: voices.indexOf(voice) === 0 ? 0 : 1, text, words: text.split(/\s+/).length });
    }
    if (run.length >= 4) pool.push(run);
  }
  if (pool.length === 0) throw new Error('no labeled transcripts found under data/ or test/fixtures/catalogue');
  return pool;
}

/** mulberry32: small, fast, good enough to shuffle text deterministically. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GeneratedFormat = 'labeled' | 'web' | 'vtt';

export interface GeneratedEpisode {
  name: string;
  text: string;
  words: number;
  format: GeneratedFormat;
}

/** One episode of about `targetWords` words. */
export function generateEpisode(seed: number, targetWords: number, format: GeneratedFormat = 'labeled'): GeneratedEpisode {
  const rand = rng(seed * 2654435761 + 17);
  const runs = sourceRuns();
  const { show, hosts } = SHOWS[seed % SHOWS.length];
  const number = 1 + (seed % 997);
  const month = 1 + (seed % 12);
  const day = 1 + (seed % 28);
  const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const turns: Array<{ speaker: 0 | 1; text: string }> = [
    { speaker: 0, text: `Hello and welcome to ${show}, episode #${number}, recorded ${date}. I'm ${hosts[0]}, and with me is ${hosts[1]}.` },
    { speaker: 1, text: `Hi, I'm ${hosts[1]}. Good to be here.` },
  ];
  let words = turns.reduce((n, t) => n + t.text.split(/\s+/).length, 0);
  while (words < targetWords) {
    const run = runs[Math.floor(rand() * runs.length)];
    const start = Math.floor(rand() * Math.max(1, run.length - 4));
    const len = 4 + Math.floor(rand() * 16);
    const flip = rand() < 0.5; // which host takes the source's first voice
    for (const t of run.slice(start, start + len)) {
      turns.push({ speaker: (flip ? 1 - t.speaker : t.speaker) as 0 | 1, text: t.text });
      words += t.words;
      if (words >= targetWords) break;
    }
  }
  turns.push({ speaker: 0, text: `That's all for this episode of ${show}. Thanks for listening.` });
  const surname = (name: string) => name.split(' ').pop()!.toUpperCase();
  let text: string;
  if (format === 'vtt') {
    let t = 0;
    const cue = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    text =
      'WEBVTT\n\n' +
      turns
        .map((x) => {
          const d = Math.max(2, Math.round(x.text.split(/\s+/).length / 2.6));
          const s = `${cue(t)} --> ${cue(t + d)}\n<v ${hosts[x.speaker]}>${x.text}\n`;
          t += d;
          return s;
        })
        .join('\n');
  } else if (format === 'web') {
    let t = 0;
    const clock = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    text =
      `Transcript for Episode #${number}:\n${show} ${number}\n\n` +
      turns
        .map((x) => {
          const s = `${clock(t)} ${surname(hosts[x.speaker])}: ${x.text}\n`;
          t += Math.max(2, Math.round(x.text.split(/\s+/).length / 2.6));
          return s;
        })
        .join('\n');
  } else {
    const seen = new Set<number>();
    text = turns
      .map((x) => {
        const label = seen.has(x.speaker) ? surname(hosts[x.speaker]) : hosts[x.speaker];
        seen.add(x.speaker);
        return `${label}: ${x.text}`;
      })
      .join('\n') + '\n';
  }
  const slug = show.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const ext = format === 'vtt' ? 'vtt' : format === 'web' ? 'web.txt' : 'txt';
  return { name: `${slug}-${String(seed).padStart(4, '0')}.${ext}`, text, words: text.split(/\s+/).filter(Boolean).length, format };
}

/** A catalogue folder of `episodes` transcripts (mostly labeled text, some web and VTT), one folder per show. */
export function writeCatalogue(dir: string, episodes: number, wordsPerEpisode: number): { files: number; words: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  let words = 0;
  let bytes = 0;
  for (let i = 0; i < episodes; i++) {
    const format: GeneratedFormat = i % 5 === 3 ? 'web' : i % 5 === 4 ? 'vtt' : 'labeled';
    // hour-long interviews vary: half to one and a half times the mean length
    const target = Math.round(wordsPerEpisode * (0.5 + ((i * 7919) % 101) / 100));
    const ep = generateEpisode(i, target, format);
    const sub = join(dir, ep.name.replace(/-\d{4}\..*$/, ''));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, ep.name), ep.text);
    words += ep.words;
    bytes += Buffer.byteLength(ep.text);
  }
  return { files: episodes, words, bytes };
}
