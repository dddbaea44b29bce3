import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Entity, Segment, SegmentKind } from '../pipeline/document/document.js';
import { MAX_TAGS, rankTags } from '../pipeline/entities/tags-stage.js';
import { runPipeline } from '../pipeline/pipeline.js';

const seg = (id: number, kind: SegmentKind, start: number, end: number, title = '', entities: string[] = []): Segment => ({
  id: `seg-${id}`, kind, span: { start, end }, time: null, sentenceStart: 0, sentenceEnd: 0, title, summary: '',
  presenter: null, speakerShare: {}, entities, keyphrases: [], confidence: 1, why: [],
});
const ent = (id: string, type: Entity['type'], at: number[], extra: Partial<Entity> = {}): Entity => ({
  id, name: id, type, confidence: 0.95, why: ['lexicon'],
  mentions: at.map((start) => ({ span: { start, end: start + 3 }, rule: 'lexicon', confidence: 0.95 })), ...extra,
});
const segments = [seg(0, 'intro', 0, 100), seg(1, 'topic', 100, 1000), seg(2, 'sponsor', 1000, 1500), seg(3, 'topic', 1500, 3000)];

describe('episode tags', () => {
  it('rank a technology discussed in topics above one only in the sponsor read', () => {
    const tags = rankTags([ent('sponsored', 'service', [1010, 1100, 1200, 1300]), ent('discussed', 'library', [200, 300, 1600, 1700])], segments);
    const names = tags.map((t) => t.name);
    expect(names[0]).toBe('discussed');
    const s = tags.find((t) => t.name === 'sponsored');
    if (s) expect(s.score).toBeLessThan(tags[0].score);
  });

  it('rank the subject of a topic above a name said in passing', () => {
    const subject = ent('subject', 'library', [1600, 1700, 1800]);
    const passing = ent('passing', 'library', [1900]);
    const tags = rankTags([passing, subject], [...segments.slice(0, 3), seg(3, 'topic', 1500, 3000, 'All about subject', ['subject'])]);
    expect(tags[0].name).toBe('subject');
  });

  it('never tag people, code tokens or notag entries', () => {
    const tags = rankTags([
      ent('Jason Fried', 'person', [200, 300, 400, 500]),
      ent('Path.home', 'other', [200, 300, 400, 500], { notag: true }),
      ent('Django', 'framework', [200, 300]),
    ], segments);
    expect(tags.map((t) => t.name)).toEqual(['Django']);
  });

  it('keep names only a shape rule found out unless they come back often', () => {
    const weak = (id: string, n: number) => ent(id, 'other', Array.from({ length: n }, (_, i) => 200 + i * 10), { why: ['shape:camel-case'] });
    const names = rankTags([weak('OnceOnly', 1), weak('ManyTimes', 6)], segments).map((t) => t.name);
    expect(names).not.toContain('OnceOnly');
    expect(names).toContain('ManyTimes');
  });

  it('are capped, best first, with scores in 0..1', () => {
    const many = Array.from({ length: 60 }, (_, i) => ent(`lib${i}`, 'library', [200 + i, 1600 + i, 1700 + i]));
    const tags = rankTags(many, segments);
    expect(tags.length).toBeLessThanOrEqual(MAX_TAGS);
    for (let i = 0; i < tags.length; i++) {
      expect(tags[i].score).toBeGreaterThan(0);
      expect(tags[i].score).toBeLessThanOrEqual(1);
      if (i > 0) expect(tags[i].score).toBeLessThanOrEqual(tags[i - 1].score);
    }
  });
});

describe('entities and tags on a whole transcript', () => {
  const path = 'data/samples/python-bytes-049.web.txt';
  const source = readFileSync(path, 'utf8');
  const doc = runPipeline(source, path);
  it('every mention spans its own text, inside the source', () => {
    for (const e of doc.layers.entities) {
      for (const m of e.mentions) {
        expect(m.span.start).toBeGreaterThanOrEqual(0);
        expect(m.span.end).toBeLessThanOrEqual(source.length);
        const s = source.slice(m.span.start, m.span.end);
        expect(s.trim()).toBe(s);
        expect(s.length).toBeGreaterThan(0);
      }
    }
  });
  it('no speaker name is a tag and tags point at entities', () => {
    const ids = new Set(doc.layers.entities.map((e) => e.id));
    const people = doc.layers.people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/\s+/)));
    for (const t of doc.layers.tags) {
      expect(ids.has(t.entity)).toBe(true);
      for (const w of t.name.toLowerCase().split(/\s+/)) expect(people).not.toContain(w);
    }
    expect(doc.layers.tags.length).toBeGreaterThan(0);
    expect(doc.layers.tags.length).toBeLessThanOrEqual(MAX_TAGS);
  });
});

describe('tags of an interview (made-up fixture, not the seed)', () => {
  const path = 'test/fixtures/entities/interview.txt';
  const source = readFileSync(path, 'utf8');
  const doc = runPipeline(source, path);
  const top = doc.layers.tags.slice(0, 10).map((t) => t.name.toLowerCase());
  it('has the technologies of the episode title among the top ten', () => {
    // title: "Building Quillpad with FastAPI and Pydantic"
    for (const name of ['quillpad', 'fastapi', 'pydantic']) expect(top, name).toContain(name);
  });
  it('has no people among the tags', () => {
    for (const t of doc.layers.tags) expect(t.name).not.toMatch(/sarah|lindqvist|michael/i);
  });
});

describe('tags of a three-topic news show (made-up fixture, not the seed)', () => {
  const path = 'test/fixtures/entities/news-show.txt';
  const source = readFileSync(path, 'utf8');
  const doc = runPipeline(source, path);
  const top = doc.layers.tags.slice(0, 10).map((t) => t.name.toLowerCase());
  it('has each topic technology among the top ten', () => {
    // title: "Svelte 5 runes, Bun 1.1 on Windows, and Deno KV"
    expect(top.some((t) => t.startsWith('svelte'))).toBe(true);
    expect(top.some((t) => t.startsWith('bun'))).toBe(true);
    expect(top).toContain('deno kv');
  });
  it('does not count the bread roll as the runtime', () => {
    const lunch = source.indexOf('a bun for lunch') + 2;
    const mentions = doc.layers.entities.flatMap((e) => e.mentions.map((m) => m.span.start));
    expect(mentions).not.toContain(lunch);
  });
});

describe('edge cases', () => {
  it('an empty transcript has no tags', () => {
    expect(rankTags([], [])).toEqual([]);
  });
  it('entities without segments still rank', () => {
    const tags = rankTags([ent('Django', 'framework', [10, 20, 30])], []);
    expect(tags.map((t) => t.name)).toEqual(['Django']);
  });
});

/**
 * The measure that matters: the technology a topic is about is among the episode's top ten
 * tags. Each gold episode lists, per topic, the names its title gives (`titleKeys`); a topic
 * passes when one of those that is a required entity is a top-10 tag in any accepted form.
 */
describe('each topic\'s subject is among the top ten tags', () => {
  interface GoldFile { input: string; segments: Array<{ kind: string; title: string; titleKeys: string[] }> }
  interface Gold { entities: { required: Record<string, string[]> }; files: Record<string, GoldFile> }
  /** Inputs are named relative to `inputDir`. */
  const topicsOf = (goldFile: string, inputDir: string) => {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
    return Object.values(gold.files).map((f) => {
      const source = readFileSync(`${inputDir}/${f.input}`, 'utf8');
      const top = runPipeline(source, f.input).layers.tags.slice(0, 10).map((t) => t.name.toLowerCase());
      return f.segments
        .filter((s) => s.kind === 'topic' && s.titleKeys.some((k) => gold.entities.required[k]))
        .map((s) => {
          const subjects = s.titleKeys.filter((k) => gold.entities.required[k]);
          const ok = subjects.some((k) => [k, ...gold.entities.required[k]].some((form) => top.includes(form.toLowerCase())));
          return { title: s.title, subjects, ok, top };
        });
    });
  };

  it.each(['data-chat-042', 'devtools-weekly-118', 'tech-brief-310'])('%s: every topic', (name) => {
    for (const topics of topicsOf(`data/gold/${name}/gold.json`, `data/gold/${name}`)) {
      expect(topics.length).toBeGreaterThan(2);
      for (const t of topics) expect(t.ok, `${t.title}: ${t.subjects.join(', ')} not in ${t.top.join(', ')}`).toBe(true);
    }
  });

  it('the seed episode: all topics but the conference-videos one, whose subjects are said only in passing', () => {
    // the project's copy of the seed gold (inputs in data/samples), so no checkout of ../shared is needed
    for (const topics of topicsOf('data/gold/python-bytes-049.json', '.')) {
      expect(topics.filter((t) => !t.ok).length).toBeLessThanOrEqual(1);
    }
  });
});
