import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyOf } from '../pipeline/entities/keys.js';
import { indexLexicon, loadLexicon, type LexiconFile } from '../pipeline/entities/lexicon.js';
import { editDistance, oneEditApart } from '../pipeline/nlp/string-distance.js';
import { MODELS_DIR } from '../pipeline/models.js';

const TYPES = ['library', 'framework', 'language', 'tool', 'service', 'company', 'os', 'event', 'concept', 'standard', 'database', 'person', 'other'];
const file = JSON.parse(readFileSync(join(MODELS_DIR, 'lexicon', 'lexicon.json'), 'utf8')) as LexiconFile;

describe('lexicon.json', () => {
  it('is versioned, says where it comes from, and is large', () => {
    expect(file.version).toBe(1);
    expect(file._source).toMatch(/pypi/i);
    expect(file.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.entries.length).toBeGreaterThan(5000);
    expect(file.counts.curated).toBeGreaterThan(500);
  });

  it('names a numbered proposal by its number, apart from what it brought (PEP 750 / t-strings)', () => {
    const proposal = /^(?:PEP|KIP|JEP|JSR|KEP|RFC)[ -]?\d+$/;
    const byName = (name: string) => file.entries.find((e) => e.name === name);
    expect(byName('PEP 750')?.type).toBe('standard');
    expect(byName('t-strings')?.aliases).not.toContain('PEP 750');
    expect(byName('KIP-848')?.type).toBe('standard');
    const mixed = file.entries.filter((e) => e.source.startsWith('curated:') && !proposal.test(e.name) && e.aliases.some((a) => proposal.test(a)));
    expect(mixed.map((e) => e.name)).toEqual([]);
  });

  it('gives every entry a name, a known type and a source', () => {
    const bad = file.entries.filter((e) => !e.name || !TYPES.includes(e.type) || !e.source);
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('has unique ids and no alias key shared by two entities', () => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of file.entries) {
      expect(ids.has(e.id)).toBe(false);
      ids.add(e.id);
      for (const alias of [e.name, ...e.aliases]) {
        const k = keyOf(alias);
        const other = owner.get(k);
        if (other !== undefined && other !== e.id) clashes.push(`${alias}: ${other} / ${e.id}`);
        owner.set(k, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('marks common-word names as ambiguous and leaves CamelCase names alone', () => {
    const byName = new Map(file.entries.map((e) => [e.name, e]));
    for (const name of ['Flask', 'React', 'Go', 'Rust', 'Spark', 'Click', 'Black', 'Requests', 'Sonnet']) {
      expect(byName.get(name)?.ambiguous, name).toContain(name);
    }
    for (const name of ['SQLAlchemy', 'DigitalOcean', 'PyGotham', 'TensorFlow']) expect(byName.get(name)?.ambiguous, name).toBeUndefined();
  });

  it('leaves a curated idea alone that WordNet knows only as computing (mainframe), not a product named by one (Pixel)', () => {
    const byName = new Map(file.entries.map((e) => [e.name, e]));
    for (const name of ['mainframe', 'firmware', 'malware']) expect(byName.get(name)?.ambiguous ?? [], name).not.toContain(name);
    expect(byName.get('mainframe')?.ambiguous ?? []).not.toContain('mainframes');
    expect(byName.get('Pixel')?.ambiguous).toContain('Pixels');
    // a word with other senses stays a word (`copybook`: a book of handwriting models)
    for (const name of ['firewall', 'passkey']) {
      const e = file.entries.find((x) => x.name === name || x.aliases.includes(name));
      if (e) expect([e.name, ...e.aliases].filter((a) => a === name).every((a) => e.ambiguous?.includes(a)), name).toBe(true);
    }
  });

  it('reads a name WordNet has only as the technology itself as no English word', () => {
    const byName = new Map(file.entries.map((e) => [e.name, e]));
    // every WordNet sense capitalised and about computing: the OS, the protocol
    for (const name of ['Linux', 'Unix', 'TCP']) expect(byName.get(name)?.ambiguous, name).toBeUndefined();
    // a snake, coffee, a prophetess, a plural of `window`: still words
    for (const name of ['Python', 'Java', 'Cassandra', 'Windows']) expect(byName.get(name)?.ambiguous, name).toContain(name);
    // an insult, but the curated file's `word` flag says no show means it so
    expect(byName.get('Git')?.ambiguous).toBeUndefined();
  });

  it('allows typo matching only towards names with no close neighbour', () => {
    const fuzzyKeys = file.entries.flatMap((e) => (e.fuzzy ?? []).map(keyOf));
    expect(fuzzyKeys.length).toBeGreaterThan(100);
    // every typo target is at least 6 letters and not ambiguous
    for (const e of file.entries) for (const a of e.fuzzy ?? []) {
      expect(keyOf(a).length).toBeGreaterThanOrEqual(6);
      expect(e.ambiguous ?? []).not.toContain(a);
    }
  });

  it('a `generic` entry (a general idea, software-concepts.tsv) is built notag and generic', () => {
    const generic = file.entries.filter((e) => e.generic);
    expect(generic.length).toBeGreaterThan(300);
    expect(generic.every((e) => e.notag)).toBe(true);
    expect(generic.map((e) => e.name)).toEqual(expect.arrayContaining(['pull requests', 'on-call', 'code review']));
    // product names stay what a card may be about
    const product = file.entries.find((e) => e.name === 'Graphite');
    expect(product).toBeDefined();
    expect(product!.generic).toBeUndefined();
  });

  it('loads once per process into hash maps, quickly', () => {
    const t0 = performance.now();
    const ix = loadLexicon();
    const ms = performance.now() - t0;
    expect(ix.byKey.size).toBeGreaterThan(file.entries.length);
    expect(loadLexicon()).toBe(ix);
    // 50 ms on an idle machine; generous here because tests share the cores
    expect(ms).toBeLessThan(1000);
  });

  it('ships keys and prefixes that match what indexLexicon computes', () => {
    expect(file.prefixes?.length).toBeGreaterThan(100);
    const built = indexLexicon(file.entries, { prefixes: file.prefixes!, maxTokens: file.maxTokens! });
    const computed = indexLexicon(file.entries);
    expect([...built.byKey.keys()].sort()).toEqual([...computed.byKey.keys()].sort());
    expect([...built.starts.keys()].sort()).toEqual([...computed.starts.keys()].sort());
    const prefixOnly = (ix: typeof built) => [...ix.starts.keys()].filter((k) => ix.hasPrefix(k)).sort();
    expect(prefixOnly(built)).toEqual(prefixOnly(computed));
    expect(built.maxTokens).toBe(computed.maxTokens);
  });
});

describe('oneEditApart', () => {
  it.each([
    ['unitest', 'unittest'], ['digitialocean', 'digitalocean'], ['pytennesee', 'pytennessee'], ['tensorflwo', 'tensorflow'],
    ['flask', 'flask'], ['django', 'djanog'], ['abc', 'xyz'], ['pandas', 'pandas2x'], ['numpy', 'nmupy'], ['', 'a'],
  ])('%s / %s agrees with the edit distance', (a, b) => {
    expect(oneEditApart(a, b)).toBe(editDistance(a, b) === 1);
  });
});
