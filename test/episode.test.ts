import { describe, expect, it } from 'vitest';
import { isoDate, spelledNumber } from '../pipeline/stages/episode-stage.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { loadModel } from '../pipeline/models.js';

const months = loadModel<{ months: string[] }>('episode/metadata-cues.json').months;
const episodeOf = (text: string) => runPipeline(text, 'e.txt').layers.episode;

describe('episode metadata', () => {
  it.each([
    ['October 24th, 2017', '2017-10-24'],
    ['Tuesday, Oct 24, 2017', '2017-10-24'],
    ['24 October 2017', '2017-10-24'],
    ['3rd of March, 2021', '2021-03-03'],
    ['2022-01-05', '2022-01-05'],
    ['Sept. 9, 2019', '2019-09-09'],
    ['sometime last week', null],
    ['October 2017', null],
  ])('date %s', (text, iso) => {
    expect(isoDate(text, months)).toBe(iso);
  });

  it.each([
    ['two hundred and one', 201],
    ['fifty-two', 52],
    ['one thousand and twelve', 1012],
    ['twelve', 12],
    ['ninety nine', 99],
    ['fifty apples', null],
  ])('number in words %s', (text, n) => expect(spelledNumber(text)).toBe(n));

  it.each([
    ['ALICE: Hello and welcome to Data Talk, the show about data. This is episode 12, recorded on March 3rd, 2021.\nBOB: Hi.', { show: 'Data Talk', number: 12, title: null, recorded: '2021-03-03' }],
    ["ALICE: Welcome to The Cloud Hour. I'm Alice.\nBOB: And I'm Bob.", { show: 'The Cloud Hour', number: null, title: null, recorded: null }],
    ["ALICE: You're listening to Rust Radio episode #301.\nBOB: Hey.", { show: 'Rust Radio', number: 301, title: null, recorded: null }],
    ['ALICE: This is Queue Depth, where we talk about message brokers. I am Alice.\nBOB: Hi.', { show: 'Queue Depth', number: null, title: null, recorded: null }],
    ['ALICE: This is Alice, where were we?\nBOB: Queues.', { show: null, number: null, title: null, recorded: null }],
    ['ALICE: So today we talk about queues.\nBOB: Yes.', { show: null, number: null, title: null, recorded: null }],
    ['Transcript for Episode #7:\nQueues all the way down\n\nRecorded on Friday, Jan 5, 2024.\n\n00:00 ALICE: Hi there.\n\n00:10 BOB: Hello.\n', { show: null, number: 7, title: 'Queues all the way down', recorded: '2024-01-05' }],
    ['Episode 88: Faster builds with Bazel\n\nALICE: Hi there.\nBOB: Hello.\n', { show: null, number: 88, title: 'Faster builds with Bazel', recorded: null }],
    // the number said in words
    ['ALICE: Welcome to Fork and Relicense, episode fifty-two, the show about licences.\nBOB: Hi.', { show: 'Fork and Relicense', number: 52, title: null, recorded: null }],
    ['ALICE: This is Free Threaded, episode two hundred and one, recorded in July.\nBOB: Hi.', { show: 'Free Threaded', number: 201, title: null, recorded: null }],
    ['ALICE: This is the episode everyone asked for.\nBOB: Hi.', { show: null, number: null, title: null, recorded: null }],
    // the show named by its number in a page title
    ['Transcript for Ayesha Farouk: Zig and Comptime | Second Order #77\n\nALICE: Hi there.\nBOB: Hello.\nALICE: So.\n', { show: 'Second Order', number: 77, title: null, recorded: null }],
  ])('%s', (text, expected) => {
    expect(episodeOf(text)).toEqual(expected);
  });

  it('reads past six short caption-sized lines to the show name (`This is Free Threaded, episode…` on the eighth)', () => {
    const lines = [
      'For thirty years, Python has run one thread of bytecode at a time.',
      'That is changing, and the whole ecosystem is racing to catch up.',
      'My guest maintains a library for crunching satellite images.',
      'We talk about what the lock actually protected,',
      'how you port a C extension without corrupting memory,',
      'and the new tooling around all of it.',
      'If you have ever reached for multiprocessing, this one is for you.',
      'This is Free Threaded, episode 201.',
      "I'm Elliot Brandvold. Ilka, welcome to the show.",
    ];
    const text = lines.map((l, i) => `00:${String(i * 6).padStart(2, '0')} ${l}`).join('\n') + '\n';
    expect(episodeOf(text)).toMatchObject({ show: 'Free Threaded', number: 201 });
    // and a show name is no person
    expect(runPipeline(text, 'e.txt').layers.people.map((p) => p.name)).not.toContain('Free Threaded');
  });
});
