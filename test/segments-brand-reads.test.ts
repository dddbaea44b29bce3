import { describe, expect, it } from 'vitest';
import { brandReads } from '../pipeline/segments/brand-reads.js';
import { cueSet } from '../pipeline/segments/cues.js';
import { buildUnits } from '../pipeline/segments/units.js';
import { loadModel } from '../pipeline/models.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { extractText } from '../pipeline/extract.js';

/**
 * A sponsor read in words no cue knows (pipeline/segments/brand-reads.ts): a sentence that
 * says the show is paid for, and a brand said again and again to a listener addressed as `you`.
 * Each case is a two-host news show whose middle paragraphs are swapped for a variant.
 */
const INTRO = [
  "NELL: Hello and welcome to Kernel Notes, episode 88. I'm Nell Varga.",
  "OSKAR: And I'm Oskar Lind. We have four stories and a few extras today, so let's get going.",
];
const ITEM_ONE = [
  "NELL: The first story is the new release of the Zig compiler. The team rewrote the incremental compilation so that a change in one file rebuilds only the functions that depend on it, and the numbers they published are impressive. A large project that took forty seconds to rebuild now takes under two. They also moved the package manager to a new hash format, which breaks old lock files, so expect a few angry issues this month.",
  "OSKAR: I tried it on a hobby project on Sunday and the rebuild really is fast. The one thing that bit me was the lock file, exactly as you say. The error message tells you what to do, at least, which is more than most tools manage.",
];
const READ = [
  "NELL: Nothing here is free, this show included. The bill for this week's show went to Quillbox, and they were happy to pay it.",
  "OSKAR: If you keep a team's notes in six different places, you know the pain. Quillbox puts your runbooks, your incident notes and your design documents in one searchable place, and it links each note to the service it talks about. You can import from the wiki you already have in a few minutes, and your on-call people get the right runbook pushed to their phone when an alert fires. Quillbox is free for teams of up to five, and anyone who mentions this show gets the larger plan free for three months. Quillbox pays for this episode, and we thank them.",
];
const ITEM_TWO = [
  "NELL: Our second story is about SQLite. The project added a new option for strict tables that checks the declared types of every column on insert, and the documentation now recommends it for new schemas. It sounds small, but loose typing has been the biggest surprise for people coming from Postgres for twenty years.",
  "OSKAR: I have been bitten by that more than once. A column declared as an integer happily stored a string for two years before anyone noticed, and the report that read it just skipped the rows. Strict tables would have caught it on the first insert.",
];
const OUTRO = ["NELL: That's it for this week. Thanks for listening, everyone.", 'OSKAR: See you next week.'];

const show = (read: string[], one = ITEM_ONE, two = ITEM_TWO) => [...INTRO, ...one, ...read, ...two, ...OUTRO].join('\n\n');

function reads(text: string) {
  const doc = runPipeline(text, 'show.txt');
  const { tokens, sentences, people } = doc.layers;
  const units = buildUnits(doc, tokens!, sentences!, loadModel<{ maxUnitTokens: number }>('segments/params.json').maxUnitTokens);
  return brandReads(tokens!, units, people ?? [], cueSet().brandRead, 0).map((r) => ({ brand: r.brand, opens: doc.source.slice(units[r.start].start, units[r.start].start + 30) }));
}

describe('a sponsor read found by its brand and a sentence about paying for the show', () => {
  it('opens at the sentence about paying, with the brand said in the read', () => {
    expect(reads(show(READ))).toEqual([{ brand: 'Quillbox', opens: "The bill for this week's show " }]);
  });

  it('opens at the brand’s first mention when that comes first', () => {
    const read = ['NELL: Quillbox is who we thank this week. The bill for this week’s show went to them, and they were happy to pay it.', READ[1]];
    expect(reads(show(read)).map((r) => r.opens)).toEqual(['Quillbox is who we thank this '.slice(0, 30)]);
  });

  it.each([
    // nothing says the show is paid for (`covered on this show` is talk about the show)
    ['no sentence about paying', ["NELL: We covered a tool like this on this show before, and Quillbox came up then.", READ[1]], ITEM_ONE, ITEM_TWO],
    // the brand is said once or twice only
    ['a brand said twice', [READ[0], 'OSKAR: If you keep notes in six places, you know the pain. It puts your runbooks and your incident notes in one place, and your on-call people get the right page when an alert fires. Quillbox pays for this episode, and we thank them.'], ITEM_ONE, ITEM_TWO],
    // the name was a topic earlier in the show: a story about it, not a read
    ['a brand said before the read', READ, [ITEM_ONE[0].replace('The first story', 'Quillbox told me about the first story. It'), ITEM_ONE[1]], ITEM_TWO],
    // a word written in lower case elsewhere is no brand (`Nothing`, `Strict`)
    ['a brand also written in lower case', READ, ITEM_ONE, [ITEM_TWO[0] + ' Think of it as a quillbox for your schema.', ITEM_TWO[1]]],
    // no listener is addressed: a story told about a company
    ['no listener addressed', [READ[0], 'OSKAR: Quillbox started as a side project of two operators at a bank. Quillbox grew from there into a company of forty people. Quillbox now pays for this episode, and the hosts thank them for it. The founders say the notes were the product all along, and the search came later.'], ITEM_ONE, ITEM_TWO],
  ])('no read: %s', (_why, read, one, two) => {
    expect(reads(show(read, one, two))).toEqual([]);
  });

  it('makes the read a sponsor segment of its own, end to end', () => {
    const text = show(READ);
    const result = extractText(text, 'show.txt');
    const sponsor = result.segments.find((s) => s.kind === 'sponsor');
    expect(sponsor && text.slice(sponsor.span.start, sponsor.span.start + 20)).toBe('The bill for this we');
  });
});
