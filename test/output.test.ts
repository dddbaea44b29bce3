import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import { extractText } from '../pipeline/extract.js';
import { renderChapters } from '../pipeline/output/chapters.js';
import { clock, renderMarkdown } from '../pipeline/output/markdown.js';
import { readText, ROOT, SAMPLES } from './helpers.js';

/**
 * Golden files for the show notes (Markdown) and Podcasting 2.0 chapters of timed fixtures.
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/output` after a deliberate change and
 * review the diff.
 */
const GOLDEN = join(ROOT, 'test', 'output-golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (update || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const TIMED = ['two-hosts/episode.vtt', 'two-hosts/episode.srt', 'two-hosts/episode.transcript-panel.txt'];

describe('show notes and chapters of timed fixtures', () => {
  for (const rel of TIMED) {
    const file = join(ROOT, 'data', 'fixtures', rel);
    const result = extractText(readText(file), `data/fixtures/${rel}`);
    const name = rel.replace(/[\\/]/g, '__');
    it(`${rel} markdown`, () => {
      const md = renderMarkdown(result);
      expect(md.startsWith('# ')).toBe(true);
      golden(`${name}.md`, md);
    });
    it(`${rel} chapters`, () => {
      const json = renderChapters(result);
      const parsed = JSON.parse(json) as { version: string; chapters: Array<{ startTime: number; endTime?: number; title: string }> };
      expect(parsed.version).toBe('1.2.0');
      expect(parsed.chapters.length).toBe(result.segments.length);
      for (let i = 1; i < parsed.chapters.length; i++) expect(parsed.chapters[i].startTime).toBeGreaterThanOrEqual(parsed.chapters[i - 1].startTime);
      for (const c of parsed.chapters) {
        expect(c.title.length).toBeGreaterThan(0);
        if (c.endTime !== undefined) expect(c.endTime).toBeGreaterThan(c.startTime);
      }
      golden(`${name}.chapters.json`, json + '\n');
    });
  }

  it('an untimed source has no chapters, with a clear error', () => {
    const result = extractText(readText(join(SAMPLES, 'python-bytes-049.labeled.txt')), 'labeled.txt');
    expect(() => renderChapters(result)).toThrow(PodtopicsError);
    expect(() => renderChapters(result)).toThrow(/no usable times/);
  });

  it('show notes list every item with its presenter and technologies', () => {
    const result = extractText(readText(join(SAMPLES, 'python-bytes-049.labeled.txt')), 'labeled.txt');
    const md = renderMarkdown(result);
    const items = result.segments.filter((s) => s.kind === 'topic' || s.kind === 'extra');
    expect((md.match(/^## \d+\. /gm) ?? []).length).toBe(items.length);
    expect(md).toMatch(/Presented by /);
    expect(md).toMatch(/^Technologies: /m);
    expect(md).toContain('Sponsor: ');
  });

  it('clock formats seconds', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65.4)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
  });
});

describe('speakers in the JSON result', () => {
  it('list the words of their name as aliases, however the transcript spelled the whole name', () => {
    const text = [
      'Hello and welcome to Dew Point. I am Ragna Eiriksdottir, and with me as always is Benedek Halmi.',
      'Hello, Ragna. Good to be back.',
      'So, Benedek, the balloons are yours this week.',
      'They are. Launches were cut at four stations.',
    ].join('\n\n');
    const r = extractText(text, 'dew.txt');
    const ragna = r.speakers.find((s) => s.name === 'Ragna Eiriksdottir')!;
    expect(ragna.aliases).toEqual(expect.arrayContaining(['Ragna', 'Eiriksdottir']));
    expect(ragna.aliases).not.toContain('Ragna Eiriksdottir');
  });
});
