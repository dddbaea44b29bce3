import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/pipeline.js';

const sentencesOf = (text: string) => {
  const doc = runPipeline(text, 'test.txt', { inputFormat: 'labeled-text' });
  return doc.layers.sentences.map((s) => text.slice(s.span.start, s.span.end));
};

const A = 'ALICE: ';

// One row per thing tech talk is full of; each row's text must split exactly as listed.
const CASES: Array<[string, string, string[]]> = [
  ['domain in a sentence', 'Check them out at do.co/python. It is great.', ['Check them out at do.co/python.', 'It is great.']],
  ['site name', 'Go to pythonbytes.fm today. Thanks.', ['Go to pythonbytes.fm today.', 'Thanks.']],
  ['dotted call', 'Use os.path.join for that. Or not.', ['Use os.path.join for that.', 'Or not.']],
  ['method call', 'Then call .glob() on it. Done.', ['Then call .glob() on it.', 'Done.']],
  ['class method', 'Path.home() gives your home. Nice.', ['Path.home() gives your home.', 'Nice.']],
  ['patch version', 'Python 3.6.3 is out. Upgrade now.', ['Python 3.6.3 is out.', 'Upgrade now.']],
  ['minor version', 'We moved to Python 3.6. It was easy.', ['We moved to Python 3.6.', 'It was easy.']],
  ['versus', 'The talk was called Django Vs. Flask and it was good. Really.', ['The talk was called Django Vs. Flask and it was good.', 'Really.']],
  ['e.g.', 'Use a tool, e.g. pytest, for that. Yes.', ['Use a tool, e.g. pytest, for that.', 'Yes.']],
  ['ellipsis', 'Well… I am not sure. Maybe.', ['Well… I am not sure.', 'Maybe.']],
  ['laughs', '(Laughs) That is funny. Indeed.', ['(Laughs) That is funny.', 'Indeed.']],
  ['question then answer', 'Do you use it? I do.', ['Do you use it?', 'I do.']],
  ['dash', 'It is fast — really fast. Try it.', ['It is fast — really fast.', 'Try it.']],
];

describe('sentence splitting', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      expect(sentencesOf(`${A}${text}\nBOB: Okay.\nALICE: Sure.`).slice(0, expected.length)).toEqual(expected);
    });
  }

  it('never crosses a paragraph', () => {
    const text = 'ALICE: This has no end\nBOB: and this continues\n';
    expect(sentencesOf(text)).toEqual(['This has no end', 'and this continues']);
  });

  it('flags a paragraph whose first words were cut off', () => {
    const text = 'ALICE: I read it.\n\nwas excited to look at it. It is good.\n\nBOB: Nice.\n';
    const doc = runPipeline(text, 't.txt');
    const cut = doc.layers.sentences.filter((s) => s.cutOff).map((s) => text.slice(s.span.start, s.span.end));
    expect(cut).toEqual(['was excited to look at it.']);
  });

  it('does not flag lower-case code names at a paragraph start', () => {
    const doc = runPipeline('ALICE: Hi.\nBOB: pytest is great.\nALICE: Yes.\n', 't.txt');
    expect(doc.layers.sentences.some((s) => s.cutOff)).toBe(false);
  });
});

describe('unpunctuated speech-to-text', () => {
  it('cuts an endless sentence into pieces of about 25 words, before a discourse word', () => {
    const words = 'so today we are talking about the new release of the framework and it has a lot of changes in the router and the data layer and we think you will like them because they make things faster and simpler to use and then there is the new cli which we will cover after the break';
    const text = `${words} ${words} ${words}`;
    const doc = runPipeline(text, 'stt.txt');
    const lengths = doc.layers.sentences.map((s) => text.slice(s.span.start, s.span.end).split(/\s+/).length);
    expect(doc.layers.sentences.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(40);
    expect(doc.layers.sentences.slice(0, -1).every((s) => s.rule === 'long-split')).toBe(true);
  });

  it('leaves ordinary long sentences alone', () => {
    const text = 'ALICE: ' + 'This is a long but normal sentence with many words in it, '.repeat(4) + 'and it ends here.';
    expect(runPipeline(text, 't.txt').layers.sentences.length).toBe(1);
  });
});
