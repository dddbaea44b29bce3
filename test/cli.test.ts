import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultSchema } from '../pipeline/output/schema.js';
import { ROOT, SAMPLES } from './helpers.js';

// The CLI as a user runs it: the built bin, a real process, real exit codes.
const BIN = join(ROOT, 'bin', 'podtopics.js');
const run = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'podtopics-cli-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('podtopics extract', () => {
  it('prints a valid schema-1 result for the labelled seed', () => {
    const r = run(['extract', join(SAMPLES, 'python-bytes-049.labeled.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = ResultSchema.parse(JSON.parse(r.stdout));
    expect(result.source.format).toBe('labeled-text');
    expect(result.episode).toMatchObject({ show: 'Python Bytes', number: 49, recorded: '2017-10-24' });
  });

  it('reads standard input with -', () => {
    const r = run(['extract', '-'], 'ALICE: Hello and welcome.\nBOB: Thanks, glad to be here.\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('<stdin>');
  });

  it('explains standard input, read once', () => {
    const r = run(['extract', '-', '--explain'], 'ALICE: Hello and welcome.\nBOB: Thanks, glad to be here.\n');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      '# <stdin> (labeled-text)',
      '',
      '## Speakers by paragraph',
      '   0  alice              label    0.99  [label]  Hello and welcome.',
      '   1  bob                label    0.99  [label]  Thanks, glad to be here.',
    ]);
  });

  it('explains a paragraph by what is said in it, not by its markup (a JSON transcript)', () => {
    const r = run(['extract', '-', '--explain'], JSON.stringify({ version: '1.0.0', segments: [{ speaker: 'Ann', startTime: 0, endTime: 2, body: 'Hello and welcome.' }, { speaker: 'Bob', startTime: 2.5, endTime: 4, body: 'Thanks, glad to be here.' }] }));
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s+\d+\s/.test(l));
    expect(rows.map((l) => l.replace(/^.*\]\s+/, ''))).toEqual(['Hello and welcome.', 'Thanks, glad to be here.']);
  });

  it('writes to a file with -o', () => {
    const out = join(dir, 'out.json');
    const r = run(['extract', join(SAMPLES, 'python-bytes-049.web.txt'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).source.format).toBe('web-transcript');
  });

  const big = join(dir, 'big.txt');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'ALICE: words words words.\n'));

  it.each([
    ['empty file', () => file('empty.txt', ''), 'is empty'],
    ['whitespace only', () => file('blank.txt', '  \n\n \t'), 'has only white space; there is no transcript to read'],
    ['binary file', () => file('a.bin', new Uint8Array([0, 1, 2, 3, 0, 0, 7])), 'looks binary (it contains NUL bytes), not a text transcript'],
    ['UTF-16 with BOM', () => file('u16.txt', Buffer.from('\ufeffALICE: hello', 'utf16le')), 'is UTF-16 text; podtopics reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)'],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('ALICE: \xe9\xe8\xea\xeb '.repeat(40), 'latin1')), 'is not UTF-8 text (160 invalid byte sequences); convert it to UTF-8'],
    ['a 50 MB file', () => big, 'is 50.0 MB, over the 16.0 MB limit for one episode; split it into episodes or raise --max-bytes'],
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
  ])('%s: one line on stderr, exit 2', (_name, make, message) => {
    const path = make();
    expect(run(['extract', path])).toEqual({ code: 2, stdout: '', stderr: `podtopics: ${path}: ${message}\n` });
  });

  it('keeps CRLF line ends and offsets into the text as read', () => {
    const text = 'ALICE: Hello and welcome to the show.\r\nBOB: Thanks for having me.\r\nALICE: Let us talk about pytest.\r\n';
    const r = run(['extract', file('crlf.txt', text)]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const turnTexts = result.turns.map((t: { span: { start: number; end: number } }) => text.slice(t.span.start, t.span.end).trimEnd());
    expect(turnTexts).toEqual(['ALICE: Hello and welcome to the show.', 'BOB: Thanks for having me.', 'ALICE: Let us talk about pytest.']);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract "${join(SAMPLES, 'python-bytes-049.web.txt')}" --format json | head -c 20`], { encoding: 'utf8', cwd: ROOT });
    expect({ code: r.status, stdout: r.stdout.length, stderr: r.stderr }).toEqual({ code: 0, stdout: 20, stderr: '' });
  });

  it('loads compromise only when a caseless introduction needs it (it costs ~0.3 s to load)', () => {
    // the built library in a fresh process: which of the two transcripts pulls compromise in
    const probe = (text: string) => {
      const script = `
        import { createRequire } from 'node:module';
        import { extractText } from ${JSON.stringify(join(ROOT, 'dist', 'extract.js'))};
        extractText(${JSON.stringify(text)}, 'probe.txt');
        const cache = createRequire(${JSON.stringify(join(ROOT, 'dist', 'nlp', 'compromise.js'))}).cache;
        process.stdout.write(String(Object.keys(cache).some((k) => k.includes('compromise'))));`;
      return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT }).stdout;
    };
    // an ESM import would load it up front, unseen by the require cache: only type imports allowed
    const valueImports = readdirSync(join(ROOT, 'pipeline'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /^import (?!type\b)[^;]*from 'compromise'/m.test(readFileSync(join(ROOT, 'pipeline', f), 'utf8')));
    expect(valueImports).toEqual([]);
    expect(probe(readFileSync(join(SAMPLES, 'python-bytes-049.labeled.txt'), 'utf8'))).toBe('false');
    expect(probe("hello and welcome to the show i'm sam ortiz and today we talk about rust and its tooling so let us get going")).toBe('true');
  });

  it.each([
    [',,', /^podtopics: --speakers names no one/],
    ['Jane Doe, jane doe', /^podtopics: --speakers names someone twice \(Jane Doe, jane doe\)/],
  ])('refuses --speakers %j in one line with exit 2', (names, message) => {
    const r = run(['extract', join(SAMPLES, 'python-bytes-049.web.txt'), '--speakers', names]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('rejects an unknown option with exit 2 and no stack trace', () => {
    const r = run(['extract', join(SAMPLES, 'python-bytes-049.web.txt'), '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: option '-f, --format <format>' argument 'yaml' is invalid/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run bench', () => {
  const BENCH = join(ROOT, 'dist', 'bench', 'run-bench.js');
  const bench = (args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', cwd: ROOT });
  it.each([
    [['--bogus'], /^podtopics bench: Unknown option '--bogus'/],
    [['--reps', 'x'], /^podtopics bench: --reps must be a whole number of at least 1 \(got "x"\)/],
    [['--words', '0'], /^podtopics bench: --words must be a whole number/],
    [['--processes', '0'], /^podtopics bench: --processes must be a whole number of at least 1 \(got "0"\)/],
  ])('refuses %j in one line with exit 2, before measuring anything', (args, message) => {
    const r = bench(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
  it('prints its usage with --help', () => {
    const r = bench(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run bench -- \[--words 12500\]/);
  });
});
