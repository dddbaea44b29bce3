import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Ingested } from '../pipeline/document/document.js';
import { detectFormat, readerFor } from '../pipeline/ingest/formats.js';
import { violations } from './ingest-check.js';

/**
 * Any labeled transcript, rendered the way subtitle and transcript tools write it (cues of a
 * few words with the name where the speaker changes, JSON segments, HTML cites), reads back
 * with the same words and the same speaker sequence. Run on the seed sample and the fixture.
 */
const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['data/samples/python-bytes-049.labeled.txt', 'data/fixtures/two-hosts/episode.labeled.txt'];

const words = (r: Ingested) => r.paragraphs.flatMap((p) => p.pieces.flatMap((x) => x.text.split(/\s+/).filter(Boolean)));
const speakers = (r: Ingested) => r.paragraphs.flatMap((p) => (p.label ? [p.label.raw] : [])).filter((l, i, a) => i === 0 || a[i - 1] !== l);
const clock = (t: number, sep = '.') => new Date(Math.round(t * 1000)).toISOString().slice(11, 23).replace('.', sep);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function renderings(ref: Ingested): Record<string, string> {
  const turns = ref.paragraphs.map((p) => ({ label: p.label?.raw ?? null, words: p.pieces.map((x) => x.text).join(' ').split(/\s+/) }));
  const vtt = ['WEBVTT', ''];
  const srt: string[] = [];
  const segments: object[] = [];
  const html = ['<!DOCTYPE html>', '<html><head><title>Episode</title></head><body><main>'];
  let t = 0;
  let n = 0;
  for (const turn of turns) {
    html.push(`${turn.label ? `<cite>${turn.label}:</cite>\n` : ''}<time>${clock(t).slice(0, 8)}</time>\n<p>${escapeHtml(turn.words.join(' '))}</p>`);
    for (let i = 0; i < turn.words.length; i += 9) {
      const chunk = turn.words.slice(i, i + 9).join(' ');
      const named = i === 0 && turn.label;
      const dur = 0.4 * Math.min(9, turn.words.length - i);
      n++;
      vtt.push(`${clock(t)} --> ${clock(t + dur)}`, (named ? `<v ${turn.label}>` : '') + escapeHtml(chunk), '');
      srt.push(String(n), `${clock(t, ',')} --> ${clock(t + dur, ',')}`, (named ? `${turn.label}: ` : '') + chunk, '');
      segments.push({ ...(turn.label ? { speaker: turn.label } : {}), startTime: t, endTime: t + dur, body: chunk });
      t += dur + 0.2;
    }
    t += 0.5;
  }
  html.push('</main></body></html>');
  return { vtt: vtt.join('\n'), srt: srt.join('\r\n'), 'podcast-json': JSON.stringify({ version: '1.0.0', segments }, null, 1), html: html.join('\n') };
}

describe.each(SOURCES)('%s rendered in every timed format', (file) => {
  const ref = readerFor('labeled-text').parse(readFileSync(join(ROOT, file), 'utf8'));
  for (const [format, source] of Object.entries(renderings(ref))) {
    test(format, () => {
      expect(detectFormat(source)).toBe(format);
      const r = readerFor(detectFormat(source)).parse(source);
      expect(violations(source, r)).toEqual([]);
      expect(words(r)).toEqual(words(ref));
      expect(speakers(r)).toEqual(speakers(ref));
      expect(r.timed).toBe(true);
      expect(r.diagnostics).toEqual([]);
    });
  }
});
