import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, analysePlain, sentenceRanges } from '../pipeline/nlp/wink.js';
import { sampleAndFixtureInputs } from './helpers.js';

/**
 * `analyse` reads token properties once per distinct word instead of seven whole-document
 * `tokens.out` passes, and finds offsets by skipping white space. It must give exactly what
 * the plain passes give, on every sample and on odd text (contractions, mixed spaces).
 */
function expectSameAsPlain(text: string) {
  const a = analyse(text);
  const p = analysePlain(text);
  expect(a.count).toBe(p.count);
  expect(a.value).toEqual(p.value);
  expect(a.normal).toEqual(p.normal);
  expect(a.lemma).toEqual(p.lemma);
  expect(a.pos).toEqual(p.pos);
  expect(a.type).toEqual(p.type);
  expect(Array.from(a.isStop)).toEqual(Array.from(p.isStop));
  for (let i = 0; i < a.count; i++) expect(text.slice(a.start[i], a.end[i])).toBe(a.value[i]);
  // forms: tokens of one form agree on value, normal, type and stop flag; each form's
  // first token is named; ids are dense
  const keyOfForm = new Map<number, string>();
  for (let i = 0; i < a.count; i++) {
    const key = [a.value[i], a.normal[i], a.type[i], a.isStop[i]].join('\u0001');
    const f = a.form[i];
    expect(f).toBeLessThan(a.forms);
    if (!keyOfForm.has(f)) expect(a.formToken[f]).toBe(i);
    else expect(keyOfForm.get(f)).toBe(key);
    keyOfForm.set(f, key);
  }
  expect(keyOfForm.size).toBe(a.forms);
  for (let i = 1; i < a.count; i++) expect(a.start[i]).toBeGreaterThanOrEqual(a.end[i - 1]);
}

describe('wink adapter', () => {
  it.each(sampleAndFixtureInputs().map((f) => [f.replace(/^.*\/data\//, 'data/'), f]))('%s: same tokens as the plain passes', (_name, file) => {
    expectSameAsPlain(readFileSync(file, 'utf8'));
  });

  it.each([
    ["I can't, we won't, they'd've gone. It's Bob's, isn't it? Gonna wanna."],
    ['Tabs\tand\u00a0no-break\u2003em spaces;\r\nCRLF lines\u3000and 3.6.3 os.path.join do.co/python'],
    ['The leaves left; he leaves. Running runs ran. better best good. Meeting meetings met the meeting.'],
    ['   leading spaces and trailing   '],
  ])('same tokens as the plain passes: %s', (text) => expectSameAsPlain(text));

  it('normal forms are in lower case, also where the model keeps a case of its own (Meta, Tim, Steve)', () => {
    const a = analyse('Meta hired Tim and Steve. META, meta.');
    expect(a.normal.filter((w) => /[a-z]/i.test(w))).toEqual(['meta', 'hired', 'tim', 'and', 'steve', 'meta', 'meta']);
  });

  it('a word read in an earlier document is remembered by its vocabulary entry, its lemma by entry and part of speech', () => {
    // wink ids are one vocabulary per process: what analyse remembers of a word in one
    // document holds in the next; the lemma does not (`leaves` as a noun, then as a verb)
    const texts = ['The leaves fell on Zorblax and Quindle.', 'She leaves early; Zorblax leaves too.', 'The leaves fell on Zorblax and Quindle.', 'Quindle meetings: the meeting met.'];
    for (const text of texts) expectSameAsPlain(text);
    const first = analyse(texts[0]);
    const again = analyse(texts[2]);
    expect(again.lemma).toEqual(first.lemma);
    expect(Array.from(again.form)).toEqual(Array.from(first.form));
    expect(analyse(texts[1]).lemma.filter((_, i, all) => i > 0 && all[i] === 'leave').length).toBe(2);
  });

  it('same tokens as the plain passes on arbitrary text', () => {
    const word = fc.constantFrom('run', 'Runs', "can't", 'the', 'Flask', 'leaves', '3.6', 'e.g.', 'x', 'éclair', '—', "'s", 'n\'t', 'I');
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '. ', ', ', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { maxLength: 40 }), (parts) => {
        expectSameAsPlain(parts.map(([w, s]) => w + s).join(''));
      }),
      { numRuns: 150 },
    );
  });

  // sentence ends, one rule per row: [text, expected sentences]
  it.each([
    ['Do you use it? I do.', ['Do you use it?', 'I do.']],
    ['Really?! Yes.', ['Really?!', 'Yes.']],
    ['He said "stop." Then he left.', ['He said "stop."', 'Then he left.']],
    ['Well… I am not sure. Maybe.', ['Well… I am not sure.', 'Maybe.']],
    ['Wait... what? Oh.', ['Wait... what?', 'Oh.']],
    ['Oh no. Relaymark called.', ['Oh no.', 'Relaymark called.']],
    ['Use os.path.join here. It works.', ['Use os.path.join here.', 'It works.']],
    ['First line\nsecond line', ['First line\n', 'second line']],
    ['No end mark at all', ['No end mark at all']],
  ])('sentence ends: %s', (text, expected) => {
    const a = analyse(text);
    const got = sentenceRanges(a.value, a.type, a.start, a.end).map(([s, e]) => text.slice(a.start[s], a.end[e - 1]));
    expect(got).toEqual(expected);
  });
});

describe('a document is read as a fresh process would read it', () => {
  // wink-nlp keeps `Qworble's,` as one token and caches it; without forgetting it after the
  // document, `Qworble's advice` in any later document would no longer be split (each case
  // has a word of its own: the cache lives as long as the process)
  it.each([
    ["It is Qworble's, not ours.", "Qworble's advice is good."],
    ["Read Vendrix's.", "Vendrix's advice is good."],
    ["Plomtar's\\Nnext line", "Plomtar's advice is good."],
    ['Try Zintaro’s—if you dare.', 'Zintaro’s advice is good.'],
  ])('after %j', (before, later) => {
    const fresh = analyse(later).value;
    analyse(before);
    expect(analyse(later).value).toEqual(fresh);
  });
});
