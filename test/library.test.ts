import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm test` builds dist/ before vitest runs: these check the package a user installs
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the library entry point', () => {
  it('main and types point at built files', () => {
    expect(existsSync(pkg.main)).toBe(true);
    expect(existsSync(pkg.types)).toBe(true);
  });

  it('`import … from "podtopics"` gives extract, renderers and the schema; the result validates', () => {
    const script = `
      const m = await import('podtopics');
      const r = m.extractFile('data/samples/python-bytes-049.labeled.txt');
      m.validateResult(r);
      console.log(JSON.stringify({ keys: Object.keys(m).sort(), version: r.schemaVersion, same: r.schemaVersion === m.SCHEMA_VERSION, segments: r.segments.length, md: m.renderMarkdown(r).startsWith('#') }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.keys).toEqual(expect.arrayContaining(['extractFile', 'extractText', 'renderChapters', 'renderMarkdown', 'ResultSchema', 'runPipeline', 'STAGES', 'SCHEMA_VERSION', 'validateResult']));
    expect(out.same).toBe(true);
    expect(out.segments).toBeGreaterThan(3);
    expect(out.md).toBe(true);
  });
});
