import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../pipeline/speakers/evidence.js';
import { evidenceMargins } from '../pipeline/speakers/speakers-stage.js';
import { findPeople } from '../pipeline/speakers/people.js';
import { speakerCues } from '../pipeline/speakers/cues.js';
import { namesOf, plain, speakersOf } from './speakers-helpers.js';

const ANA = 'Ana Lima';
const BEN = 'Ben Ortiz';
const CARA = 'Cara Diaz';
const intro = ['Welcome to Dev Chat, episode 9. I’m Ana Lima.', 'And I’m Ben Ortiz.'];

/** The cues read from each paragraph of a plain transcript, with Ana and Ben introduced first. */
function evidenceOf(...paragraphs: string[]) {
  const doc = speakersOf(plain(...intro, ...paragraphs));
  const { ingest, people, tokens, sentences } = doc.layers as never as Required<typeof doc.layers> & { tokens: never; sentences: never };
  const texts = ingest.paragraphs.map((p) => p.pieces.map((x) => x.text).join(' '));
  const ev = readEvidence(doc.source, texts, people, tokens, sentences);
  return { ev: ev.slice(intro.length), people };
}

describe('evidence read from one paragraph', () => {
  it.each([
    ['Wow.', true],
    ['Oh, nice.', true],
    ['That’s cool.', true],
    ['(Laughs) That’s right.', true],
    ['Yeah, totally ready.', true],
    ['That sounds like a really cool video and I want to watch it tonight.', false], // long: not a reaction
    ['So, this is people playing games?', false], // a question
    ['Python 3.12 is out.', false],
  ])('reaction: %s → %s', (text, reaction) => {
    expect(evidenceOf(text).ev[0].reaction).toBe(reaction);
  });

  it.each([
    ['What do you have first?', true],
    ['Isn’t that cool? So it works on every platform.', false], // the question is not at the end
    ['One of the questions I have is whether it scales.', true], // a question without a question mark
    ['It scales fine.', false],
  ])('asks: %s → %s', (text, asks) => {
    expect(evidenceOf(text).ev[0].asks).toBe(asks);
  });

  it.each([
    ['was excited to try it.', true],
    ['I was excited to try it.', false],
  ])('cut off: %s → %s', (text, cut) => {
    expect(evidenceOf(text).ev[0].cutOff).toBe(cut);
  });

  it.each([
    ['What do you have first, Ben?', 'handsTo', 1],
    ['Thanks, Ben. Now the next story.', 'handsTo', -1],
    ['Ben, you had a second item, right?', 'handsTo', 1],
    ['Good to know. Ana, you had one more. Take it away.', 'handsTo', 0],
    ['I talked to Ben about it yesterday.', 'handsTo', -1], // a mention, not an address
    ['Okay, Ben, let’s start with you, because you ran it first. What did you get wrong?', 'handsTo', 1],
    ['Ben, you said that earlier. I agree. Anyway, the next story.', 'handsTo', -1], // no question closes it
  ])('%s: %s = %s', (text, field, value) => {
    expect(evidenceOf(text).ev[0][field as 'handsTo']).toBe(value);
  });

  it.each([
    ['We had a saved query. It was called jobs panic.', 'Jobs panic.', true],
    ['The fix took us about an hour on a medium app.', 'Oh, an hour. That is nothing.', true], // a filler before the echo
    ['The fix took us about an hour on a medium app.', 'An hour is nothing.', false], // more than the previous one said
    ['We shipped it on Friday.', 'Yeah.', false], // nothing but a filler
    ['We shipped it on Friday.', 'We shipped it on Friday and then we slept for a week, honestly.', false], // too long a clause for an echo
    ['So that was the release.', 'The release notes are long.', false],
  ])('echo: %s / %s → %s', (prev, text, echoes) => {
    expect(evidenceOf(prev, text).ev[1].echoes).toBe(echoes);
  });

  it.each([
    ['Probably. Okay, Ben, you’re up.', 1], // a curly apostrophe, as web pages write it
    ["Probably. Okay, Ben, you're up.", 1],
  ])('hand-off: %s → handsTo %s', (text, to) => {
    expect(evidenceOf(text).ev[0].handsTo).toBe(to);
  });

  it('vocatives name people who are not the speaker', () => {
    expect(evidenceOf('Thanks, Ben. Now the next story.').ev[0].vocatives).toEqual([1]);
    expect(evidenceOf('I talked to Ben about it.').ev[0].vocatives).toEqual([]);
  });

  it('names anywhere in a paragraph are mentions; a dash at the end or start is an interruption or a resumption', () => {
    const { ev } = evidenceOf('Ben is the one with the stickers.', 'Can I ask about the plugin API? Because I keep seeing it and I—', '—I still do not get why they need it.', 'Ana and I both tried it.');
    expect(ev[0].mentions).toEqual([1]);
    expect(ev[0].vocatives).toEqual([]);
    expect(ev[1].interrupted).toBe(true);
    expect(ev[1].unfinished).toBe(true);
    expect(ev[2].resumes).toBe(true);
    expect(ev[3].mentions).toEqual([0]);
  });

  it.each([
    ['Okay, over to you.', true],
    ['I know you’ve been itching to talk about this one.', true],
    ['Tell us about the new release.', true],
    ['Over to you. The release notes are long.', false], // the floor is taken back: only the last sentence counts
    ['The release notes are long.', false],
  ])('hands over: %s → %s', (text, value) => {
    expect(evidenceOf(text).ev[0].handsOver).toBe(value);
  });

  it.each([
    ['That’s really cool. I feel like every team should try it at work next week.', true],
    ['Cool. I’ll read it on the plane, the release notes are long this time.', true],
    ['Wow.', false], // a reaction by itself, not a longer paragraph opening with one
    ['That’s the question I keep asking myself every time a new framework comes out.', false], // the first sentence is long: not a reaction
    ['Cool? I am not sure it is cool at all, honestly, it broke our build twice.', false], // a question, not a reaction
    ['The release is faster. That’s cool, and the docs are better too.', false], // the reaction is not first
  ])('reacts first: %s → %s', (text, value) => {
    expect(evidenceOf(text).ev[0].reactsFirst).toBe(value);
  });

  it('`you asked` and `my …`/`your …` of things someone owns', () => {
    const { ev } = evidenceOf('Ben’s book on testing came out last month.', 'So, you asked about caching. It works.', 'He links to my book at the end.', 'Did you update your book?');
    expect(ev[1].youAsked).toBe(true);
    expect(ev[2].mine).toEqual([{ person: 1, thing: 'book' }]);
    expect(ev[3].yours).toEqual([{ person: 1, thing: 'book' }]);
  });
});

describe('who speaks: each kind of evidence', () => {
  it('turn-taking: with no other cue, speakers alternate', () => {
    expect(namesOf(plain(...intro, 'Let us begin with the first story about compilers today.', 'I read that one too and liked the benchmarks a lot.'))).toEqual([ANA, BEN, ANA, BEN]);
  });

  it('a cut-off paragraph continues the previous speaker', () => {
    const web = ['00:00 ANA: Welcome to Dev Chat. I’m Ana Lima.', '00:00 BEN: And I’m Ben Ortiz.', '00:00 There is a new release of the build tool this week and it is much faster.', '00:00 was surprised how much faster it was on my laptop.', '00:00 That sounds great.'].join('\n\n');
    expect(namesOf(web)).toEqual([ANA, BEN, ANA, ANA, BEN]);
  });

  it('after a paragraph broken off at a comma, `I think…` goes on with the same voice (a page split mid-sentence)', () => {
    const web = [
      '00:00 ANA: Welcome to Dev Chat. I’m Ana Lima.',
      '00:00 BEN: And I’m Ben Ortiz.',
      '00:00 The advice until now was to replace the old locks, and a lot of libraries did that work,',
      '00:00 I think the database drivers did it first, and the web servers after them.',
      '00:00 Did yours?',
    ].join('\n\n');
    expect(namesOf(web)).toEqual([ANA, BEN, ANA, ANA, BEN]);
  });

  it('a paragraph that breaks off with a dash is cut into: the other voice, then the first resumes', () => {
    const names = namesOf(
      plain(...intro, 'The plugin API changed again in this release, and the migration guide is long.', 'Can I ask a dumb question about it? Because I keep seeing it and I—', 'It is not dumb.', '—I do not get why they need a new one.'),
    );
    expect(names.slice(3)).toEqual([BEN, ANA, BEN]);
  });

  it('a resumption after a timestamp keeps its dash and is not read as a cut-off (`00:00 —and the headline…`)', () => {
    const web = [
      '00:00 ANA: Welcome to Dev Chat. I’m Ana Lima.',
      '00:00 BEN: And I’m Ben Ortiz.',
      '00:00 The new release came out last week, on Tuesday I think—',
      '00:00 Tuesday, yeah.',
      '00:00 —and the headline for me is the new plugin API, which I tried on my side project.',
      '00:00 Did it break anything?',
    ].join('\n\n');
    expect(namesOf(web)).toEqual([ANA, BEN, ANA, BEN, ANA, BEN]);
  });

  it.each([
    // a two-letter first name is a name only in its own case
    ['Or use the cache, yes, Jo, we know you love the cache.', [0]],
    ['Thanks, Jo.', [0]],
    ['The JO flag and jo the tool are not names.', []],
  ])('a two-letter name form: %s → vocatives %j', (text, vocatives) => {
    const doc = speakersOf(plain('Welcome to Board Talk. I’m Jo Kowalski.', 'And I’m Hamid Rahimi.', text));
    const { ingest, people, tokens, sentences } = doc.layers as never as Required<typeof doc.layers> & { tokens: never; sentences: never };
    const texts = ingest.paragraphs.map((p) => p.pieces.map((x) => x.text).join(' '));
    expect(people.map((p) => p.name)).toEqual(['Jo Kowalski', 'Hamid Rahimi']);
    expect(readEvidence(doc.source, texts, people, tokens, sentences)[2].vocatives).toEqual(vocatives);
  });

  it('a person named in the third person is not the speaker (`Ben is the tall one`)', () => {
    const names = namesOf(plain(...intro, 'We will both be at the conference in June. Ben is the tall one.', 'I am the tall one. Ana is the one with the stickers.'));
    expect(names.slice(2)).toEqual([ANA, BEN]);
  });

  it('handing over without a name (`over to you`) gives the next paragraph to the other voice', () => {
    // the long pair alone would lean towards one voice going on; the hand-over outweighs it
    const long = 'The first story is about a new parser library for configuration files, which reads every format we use, keeps comments, and writes the file back unchanged, so a tool can edit settings without wrecking them. ';
    const names = namesOf(plain(...intro, long + 'That is mine. Over to you.', long.replace('first', 'second') + 'It shipped on Monday.'));
    expect(names.slice(2)).toEqual([ANA, BEN]);
  });

  it('captions that mark each new voice with `>>` keep the voice across an unmarked paragraph (a pause)', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '>> Welcome to Dev Chat, episode 9. I’m Ana Lima, and with me is Ben Ortiz. How are you, Ben?',
      '',
      '00:00:04.500 --> 00:00:07.000',
      '>> Good, thanks. I tried the new test runner this week.',
      '',
      '00:00:10.000 --> 00:00:13.000',
      'It caches results between runs, so the second run is instant.',
      '',
      '00:00:13.500 --> 00:00:15.000',
      '>> Oh, nice.',
    ].join('\n');
    const doc = speakersOf(vtt, {}, 'episode.vtt');
    expect(doc.layers.ingest.paragraphs.map((p) => p.speakerChange === true)).toEqual([true, true, false, true]);
    const byId = new Map(doc.layers.people.map((p) => [p.id, p.name]));
    expect(doc.layers.paragraphSpeakers.map((s) => byId.get(s.speaker ?? '') ?? '?')).toEqual([ANA, BEN, BEN, ANA]);
  });

  it('an unlabeled line in a labelled transcript continues the labelled speaker', () => {
    const text = ['ANA: Welcome to Dev Chat. I’m Ana Lima.', 'BEN: And I’m Ben Ortiz.', 'ANA: First story is about the new release of the build tool.', 'It is much faster than the last one.', 'BEN: Nice.'].join('\n');
    expect(namesOf(text)).toEqual([ANA, BEN, ANA, ANA, BEN]);
  });

  it('where labels mark only the changes of speaker (subtitle style), unlabeled lines go on with the last one', () => {
    const lines = ['ANA: Welcome to Dev Chat.', 'I’m Ana Lima.', 'Today we talk about build tools.', 'BEN: And I’m Ben Ortiz.', 'Good to be here.', 'ANA: First story.', 'A new release came out.', 'It is faster.', 'BEN: Nice.', 'ANA: Very.', 'It is twice as fast.', 'BEN: Wow.'];
    expect(namesOf(lines.join('\n'))).toEqual([ANA, ANA, ANA, BEN, BEN, ANA, ANA, ANA, BEN, ANA, ANA, BEN]);
  });

  it('a person addressed by name takes the next turn (three people)', () => {
    const three = plain('Welcome to Dev Chat. I’m Ana Lima, and with me are two friends.', 'I’m Ben Ortiz.', 'And I’m Cara Diaz.', 'The first story is a new parser library. What do you think of it, Cara?', 'I like it, the error messages are much better than before.');
    const names = namesOf(three);
    expect(names.slice(0, 3)).toEqual([ANA, BEN, CARA]);
    expect(names[4]).toBe(CARA);
  });

  it('`you asked about …` is not the person who asked, even without a label change', () => {
    const text = [
      'ANA: Welcome to Dev Chat. I’m Ana Lima.',
      'BEN: And I’m Ben Ortiz.',
      'ANA: One of the questions I have is whether the cache survives a restart. I do not expect you to know.',
      'Let me look at the documentation here for a second.',
      'So, you asked about restarts. The cache is written to disk, so it survives.',
      'BEN: That is the short version anyway.',
    ].join('\n');
    expect(namesOf(text)).toEqual([ANA, BEN, ANA, BEN, BEN, BEN]);
  });

  it('a label outweighs a contradicting self-introduction, and says so', () => {
    const doc = speakersOf(['ANA LIMA: Welcome to Dev Chat.', 'BEN ORTIZ: Thanks. I’m Ana Lima, just kidding.', 'ANA LIMA: Very funny.'].join('\n'));
    const s = doc.layers.paragraphSpeakers[1];
    expect(s.speaker).toBe('ben-ortiz');
    expect(s.attribution).toBe('label');
    expect(s.why).toEqual(expect.arrayContaining(['label']));
  });

  // Between a long story (Ana) and a long question handed to Ana (Ben), one of the two
  // paragraph pairs keeps its voice, and each is a long pair (a page splits long turns): the
  // longer pair leans harder, so without other evidence the first pair keeps the voice; a short
  // reaction opening the second paragraph says it answers the first and tips the balance.
  const story =
    'The first story is about a new parser library for configuration files. It reads every format we use, TOML, YAML and the odd INI file, keeps the comments and the blank lines, and writes the file back byte for byte where nothing changed, so a tool can edit one setting without wrecking the rest. The author says the hard part was not parsing at all but remembering where every comment belonged.';
  const follow =
    'I feel like every team has a script somewhere that rewrites a config file and quietly drops the comments, and then somebody spends an afternoon working out why the staging settings lost their notes. A library that keeps them is worth a lot more than it sounds, and if it really writes the file back unchanged, I would put it in our release tooling next week and see what breaks first.';
  const asks =
    'The part I keep wondering about is performance, because a parser that remembers every comment has to keep a lot more around than one that throws them away, and our biggest config file is a few thousand lines of generated routes. If it takes a second to load that on every deploy, nobody will thank us for the comments. So would you use it, Ana?';
  it.each([
    ['a reaction opens the second: the other voice', 'That’s really cool. ' + follow, [ANA, BEN, BEN, ANA]],
    ['no reaction (evidence missing): the long pair keeps one voice', follow, [ANA, ANA, BEN, ANA]],
  ])('a long paragraph that opens with a short reaction answers the other voice: %s', (_, second, speakers) => {
    const names = namesOf(plain(...intro, story, second as string, asks, 'I would, once it has a second maintainer.'));
    expect(names.slice(2)).toEqual(speakers);
  });

  it('a reaction opener that contradicts stronger evidence loses, with less confidence than where nothing contradicts it', () => {
    // paragraph 2 opens a sponsor read and does not close it: the read goes on in the same voice
    const ad = 'This episode is brought to you by Tracewell, which ties every front-end error to the back-end request that caused it, with the logs and the trace side by side.';
    const contradicted = speakersOf(plain(...intro, ad, 'That’s really cool. ' + follow));
    const clean = speakersOf(plain(...intro, story, 'That’s really cool. ' + follow));
    const [c3, k3] = [contradicted.layers.paragraphSpeakers[3], clean.layers.paragraphSpeakers[3]];
    expect(c3.speaker).toBe(contradicted.layers.paragraphSpeakers[2].speaker);
    expect(c3.why).toEqual(expect.arrayContaining(['sponsor-read-goes-on', 'reacts-first', 'turn-taking:same']));
    expect(k3.why).toEqual(expect.arrayContaining(['reacts-first', 'turn-taking:change']));
    expect(c3.confidence).toBeLessThan(k3.confidence);
  });

  it('confidence is lower far from any name than right after one (margins are tempered, not raw odds)', () => {
    const filler = ['The build tool shipped a new release this week and it is a lot faster on big projects.', 'I saw the benchmarks, they look good on paper at least.', 'They do, and the cache finally works across branches, which was my biggest complaint.', 'Mine too, honestly.'];
    const doc = speakersOf(plain(...intro, 'What do you have first, Ben?', ...filler, ...filler, ...filler));
    const conf = doc.layers.paragraphSpeakers.map((s) => s.confidence);
    expect(conf[3]).toBeGreaterThan(conf[9]);
    for (const c of conf) expect(c).toBeLessThanOrEqual(0.99);
  });

  it('where the evidence does not decide, the speaker is unknown instead of a coin flip', () => {
    // alternation says paragraph 4 is Ana; the address says it is Ben handing to Ana. Someone
    // kept the floor for two paragraphs somewhere in 2–4, and nothing says where.
    const names = namesOf(plain(...intro, 'The first story is about a new parser library for configuration files.', 'The second one is about a faster test runner that caches results between runs.', 'Both look good to me, but I have not tried either. What do you think, Ana?', 'I would try the test runner first.'));
    expect(names[4]).toBe(BEN);
    expect(names[5]).toBe(ANA);
    expect(names.slice(2, 4)).toContain('?');
  });

  it('first-person claims tie to what was said of the speakers (`Ben’s book` … `my book`)', () => {
    // the undecided dialogue above, but paragraph 3 says `my book`, and Ben owns the book
    const text = plain(
      'Welcome to Dev Chat, episode 9. I’m Ana Lima, and Ben’s book on testing is out this week.',
      'And I’m Ben Ortiz.',
      'The first story is about a new parser library for configuration files.',
      'It also links to my book in the last chapter, which was a nice surprise.',
      'Both look good to me, but I have not tried either. What do you think, Ana?',
      'I would try the test runner first.',
    );
    expect(namesOf(text)).toEqual([ANA, BEN, ANA, BEN, BEN, ANA]);
  });

  it('one voice reading a whole transcript is one speaker', () => {
    const doc = speakersOf(plain('Good morning, this is Priya Nair with the Daily Stack briefing.', 'Our top story is a security release of a compression library.', 'In other news, serverless functions can now run for an hour.', 'That is the briefing for today. Thanks for listening.'));
    expect(doc.layers.people.map((p) => p.name)).toEqual(['Priya Nair']);
    expect(new Set(doc.layers.paragraphSpeakers.map((s) => s.speaker))).toEqual(new Set(['priya-nair']));
  });

  it('a dialogue nobody names: Speaker 1 and Speaker 2, or the names given with --speakers', () => {
    const text = plain('Welcome back to the show. Lots to cover today.', 'Good to be back. What is first?', 'A new release of the build tool. It is much faster.', 'Wow.', 'Yes, about twice as fast on large projects.', 'That is great.');
    expect(namesOf(text)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 2']);
    expect(namesOf(text, { speakers: [ANA, BEN] })).toEqual([ANA, BEN, ANA, BEN, ANA, BEN]);
  });

  it('why lists the rules that decided', () => {
    const doc = speakersOf(plain(...intro, 'What do you have first, Ben?', 'A new parser library.', 'Wow.'));
    const why = doc.layers.paragraphSpeakers.map((s) => s.why);
    expect(why[0]).toContain('self-introduction');
    expect(why[3]).toEqual(expect.arrayContaining(['addressed-by-name', 'after-question']));
    expect(why[4]).toEqual(expect.arrayContaining(['reaction', 'turn-taking:change']));
  });
});

// ---- properties --------------------------------------------------------------------------
const LINES = ['Wow.', 'That’s cool.', 'What do you think, Ana?', 'What do you have, Ben?', 'was cut off at the start.', 'So, you asked about caching.', 'I’m Ana Lima.', 'And I’m Ben Ortiz.', 'The new release is much faster on large projects.', 'It depends on the workload, honestly.', 'Right. And the docs are better too.', 'My book covers this.', 'Is it stable yet?'];
const paragraph = fc.record({ label: fc.constantFrom(null, 'ANA', 'BEN', 'OKKE', 'Speaker 1'), text: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }) });

describe('labels only where the voice changes', () => {
  it('a page that names the speaker only at each change: unlabelled paragraphs go on with the last voice, however long it reads', () => {
    const news = ['Elsewhere, a container runtime shipped three security fixes this week.', 'If you run containers, you run it, so patch it.', 'Next, the SSH client now warns about old key exchange.', 'That warning is fine to read once and then act on.', 'And a certificate authority shortened its lifetimes again.', 'Ninety days is already normal for most people.'];
    const text = plain(
      'Hello and welcome to Hotpatch, the weekly brief. I’m Calum Reid.',
      ...news,
      'Calum Reid: My guest this week runs a platform team. Ilse, welcome.',
      'Ilse Brouwer: Thanks, Calum. Happy to be here.',
      'Calum Reid: How long did the migration take?',
      'Ilse Brouwer: About four months, for three hundred services.',
      'Calum Reid: Ilse, thank you. Back to the news.',
      ...news,
    );
    const names = namesOf(text);
    expect(names.slice(0, 7)).toEqual(Array(7).fill('Calum Reid'));
    expect(names.slice(-6)).toEqual(Array(6).fill('Calum Reid'));
  });
});

describe('captions that mark no voice (no labels, no voice tags, no `>>`)', () => {
  /** One cue per line, two seconds each, no gaps: the way automatic captions come. */
  const vtt = (...cues: string[]) => 'WEBVTT\n\n' + cues.map((c, i) => `00:00:${String(2 * i).padStart(2, '0')}.000 --> 00:00:${String(2 * i + 2).padStart(2, '0')}.000\n${c}\n`).join('\n');
  const speakersBy = (text: string) => {
    const { layers } = speakersOf(text, {}, 'episode.vtt');
    const byId = new Map(layers.people.map((p) => [p.id, p.name]));
    // each paragraph's first words and speaker
    return layers.ingest.paragraphs.map((p, i) => [p.pieces[0].text.split(' ').slice(0, 2).join(' '), byId.get(layers.paragraphSpeakers[i].speaker ?? '') ?? '?']);
  };

  it('an introduction read across two cues names the next voice (`…with me as always` / `is Teo.` / `Hi, Hana.`)', () => {
    const rows = speakersBy(vtt('Hello and welcome to Late Data. I’m Hana Kovač,', 'coming to you from Zagreb, and with me as always', 'is Teo Brandt.', 'Hi, Hana. Hi, everyone. It is hot in', 'Utrecht today.', 'Thanks, Teo. So, what have you got for us?', 'A migration story. We moved everything.'));
    expect(rows.map((r) => r[1])).toEqual(['Hana Kovač', 'Teo Brandt', 'Hana Kovač', 'Teo Brandt']);
  });

  it('a question hands the next caption paragraph to the other voice (in unmarked captions, three answers in four)', () => {
    const opening = ['Hello and welcome to Late Data. I’m Hana Kovač, and with me as always', 'is Teo Brandt.', 'Hi, Hana. Hi, everyone.'];
    const exchange = [
      'So did the migration finally finish?',
      'It did, on Sunday night. We moved the last table at two in the morning.',
      'The copy itself took four hours.',
      'Was anything lost on the way?',
      'Nothing we could find. We compared row counts on every table.',
      'And the checksums matched as well.',
      'How long was the site down?',
      'Eleven minutes, most of it waiting for the caches to warm up.',
    ];
    const all = speakersBy(vtt(...opening, ...exchange));
    const rows = all.slice(all.findIndex((r) => r[0] === 'So did'));
    expect(rows).toHaveLength(exchange.length);
    const names = rows.map((r) => r[1]);
    // each question's answer is the other voice's, and the answer's second paragraph goes on with it
    for (const q of [0, 3, 6]) {
      expect(names[q + 1]).not.toBe(names[q]);
      expect(names[q + 1]).not.toBe('?');
    }
    expect(names[2]).toBe(names[1]);
  });

  it('a guest who introduces themselves late never speaks before their name is first said', () => {
    const opening = ['Hello and welcome to Late Data. I’m Hana Kovač, and with me as always', 'is Teo Brandt.', 'Hi, Hana. Hi, everyone.', 'Our guest joins us after the first story.'];
    const talk = Array.from({ length: 12 }, (_, i) => (i % 2 ? 'And that was the part that broke for us.' : 'So how did the upgrade go in the end?'));
    const text = vtt(...opening, ...talk, 'I think we have our guest now. Yusuf, are you there?', 'I’m here! Sorry, the meeting ran over.', 'Welcome! Do you want to introduce yourself?', 'Sure. I’m Yusuf Adeyemi, a data engineer in Lisbon.');
    const rows = speakersBy(text);
    const yusuf = rows.findIndex((r) => r[1] === 'Yusuf Adeyemi');
    expect(rows.slice(0, 16).every((r) => r[1] !== 'Yusuf Adeyemi')).toBe(true);
    expect(rows[yusuf][0]).toBe('I’m here!');
    expect(rows.at(-1)![1]).toBe('Yusuf Adeyemi');
    // where the decision comes from: the people found say when the guest arrives
    const { layers } = speakersOf(text, {}, 'episode.vtt');
    const texts = layers.ingest.paragraphs.map((p) => p.pieces.map((x) => x.text).join(' '));
    const found = findPeople(layers.ingest, texts);
    const k = found.drafts.findIndex((d) => d.names.some((n) => n.name === 'Yusuf Adeyemi'));
    expect(texts[found.arrivesAt[k]]).toBe('I think we have our guest now. Yusuf, are you there?');
    expect(found.arrivesAt.filter((a) => a >= 0)).toHaveLength(1); // the hosts were there from the start
  });
});

describe('automatic captions: no voice marks, no case, no punctuation', () => {
  const vtt = (...cues: string[]) => 'WEBVTT\n\n' + cues.map((c, i) => `00:${String(Math.floor((2 * i) / 60)).padStart(2, '0')}:${String((2 * i) % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor((2 * i + 2) / 60)).padStart(2, '0')}:${String((2 * i + 2) % 60).padStart(2, '0')}.000\n${c}\n`).join('\n');
  const opening = ["welcome to the show i'm hanna lindqvist", 'and my guest today is rohan pillai who', 'builds small language models for a bank', 'rohan welcome'];
  const answer = ['so the thing about fine tuning is that', 'you need a golden set before anything', 'else because otherwise you cannot tell', 'whether the model got better or worse', 'and we learned that the hard way when', 'the first run looked great on vibes'];
  const cues = [...opening, ...Array.from({ length: 8 }, () => answer).flat()];

  it('cuts the text into paragraphs of about fifty words at cue ends (one paragraph gave everything to the first voice)', () => {
    const { layers } = speakersOf(vtt(...cues), {}, 'episode.vtt');
    const words = layers.ingest.paragraphs.map((p) => p.pieces.map((x) => x.text).join(' ').split(/\s+/).length);
    expect(words.length).toBeGreaterThan(4);
    for (const w of words.slice(0, -1)) expect(w).toBeGreaterThanOrEqual(50);
    for (const w of words) expect(w).toBeLessThan(60);
    expect(layers.ingest.paragraphs.slice(1).every((p) => p.lengthCut === true)).toBe(true);
  });

  it('gives the long stretches of an interview to the guest, the introduction to the host', () => {
    const { layers } = speakersOf(vtt(...cues), {}, 'episode.vtt');
    const name = new Map(layers.people.map((p) => [p.id, p.name]));
    const said = layers.paragraphSpeakers.map((s) => name.get(s.speaker ?? '') ?? '?');
    expect(said.length).toBeGreaterThan(4);
    expect(said[0]).toMatch(/^Hanna/);
    expect(said.slice(2).every((n) => n === 'Rohan Pillai')).toBe(true);
  });

  it('reads no cut-off or unfinished sentence in them, and a paragraph opening like a question asks', () => {
    // one paragraph a cue: half a second of silence between cues
    const paused = (...texts: string[]) => 'WEBVTT\n\n' + texts.map((c, i) => `00:00:${String(3 * i).padStart(2, '0')}.000 --> 00:00:${String(3 * i + 2).padStart(2, '0')}.500\n${c}\n`).join('\n');
    const { layers } = speakersOf(paused("welcome to the show i'm hanna lindqvist and with me is rohan pillai", 'thanks hanna glad to be here', 'so did you ever ship the fine tuned model', 'we did in march after two failed runs', 'what did the second run get wrong', 'the golden set was too small to notice'), {}, 'episode.vtt');
    expect(layers.ingest.paragraphs).toHaveLength(6);
    const why = layers.paragraphSpeakers.map((s) => s.why);
    expect(why.some((w) => w.includes('cut-off'))).toBe(false);
    // the answers follow a question
    expect(why[3]).toContain('after-question');
    expect(why[5]).toContain('after-question');
    expect(why[4]).not.toContain('after-question');
  });

  it.each([
    ['did you ever ship it', true],
    ['so how long did that take', true],
    ['okay and what happened next', true],
    ['is it really that slow', true],
    ['what if the model drifts', true],
    ['could you walk us through it', true],
    ['what we did was retrain it', false],
    ['how we got here is a long story', false],
    ['is the part nobody likes', false],
    ['we did ship it in march', false],
    ['the question is whether it scales', false],
  ])('opens like a question in automatic captions: %s → %s', (text, asks) => {
    expect(speakerCues().unpunctuatedQuestion.test(text)).toBe(asks);
  });

  it('leaves punctuated captions to their sentence ends', () => {
    const { layers } = speakersOf(vtt('Welcome to the show. I am Hanna.', 'And my guest is Rohan.', 'Thanks, Hanna.'), {}, 'episode.vtt');
    expect(layers.ingest.paragraphs.some((p) => p.lengthCut)).toBe(false);
    expect(layers.ingest.paragraphs.length).toBe(3);
  });
});

describe('confidence where a style profile decides', () => {
  const decoded = (path: number[], margin: number[]) => ({ path: Int32Array.from(path), margin: Float64Array.from(margin) });
  it.each([
    // both readings agree: the smaller margin
    [[0], [3], [0], [6], 3],
    [[0], [6], [0], [3], 3],
    // the profile alone decides (the evidence alone reads it the other way): near a tie, still decided
    [[1], [4], [0], [9], 0.1],
    // the evidence alone ties and the profile tips it: near a tie too
    [[0], [0], [0], [5], 0.1],
    // a real tie with the profile stays a tie (unknown)
    [[0], [2], [0], [0.01], 0.01],
  ])('evidence %j/%j, with style %j/%j → %d nats', (ep, em, sp, sm, want) => {
    expect(evidenceMargins(Int32Array.from(sp), decoded(ep, em), decoded(sp, sm), 0.1)[0]).toBeCloseTo(want);
  });
});

describe('properties', () => {
  it('every paragraph gets exactly one decision; turns tile the body', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 14 }), fc.boolean(), (paras, web) => {
        const text = paras.map((p, i) => `${web ? `00:0${i % 10} ` : ''}${p.label ? `${p.label}: ` : ''}${p.text.join(' ')}`).join(web ? '\n\n' : '\n');
        const doc = speakersOf(text);
        const { ingest, people, paragraphSpeakers, turns } = doc.layers;
        const ids = new Set(people.map((p) => p.id));
        expect(ids.size).toBe(people.length);
        expect(paragraphSpeakers.map((s) => s.paragraph)).toEqual(ingest.paragraphs.map((_, i) => i));
        for (const s of paragraphSpeakers) {
          expect(s.speaker === null || ids.has(s.speaker)).toBe(true);
          expect(s.attribution === 'unknown').toBe(s.speaker === null);
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
          expect(s.why.length).toBeGreaterThan(0);
        }
        if (!ingest.paragraphs.length) return expect(turns).toEqual([]);
        expect(turns[0].span.start).toBe(ingest.paragraphs[0].span.start);
        expect(turns.at(-1)!.span.end).toBe(ingest.paragraphs.at(-1)!.span.end);
        expect(turns[0].paragraphStart).toBe(0);
        expect(turns.at(-1)!.paragraphEnd).toBe(ingest.paragraphs.length);
        turns.forEach((t, k) => {
          if (k > 0) {
            expect(t.span.start).toBe(turns[k - 1].span.end);
            expect(t.paragraphStart).toBe(turns[k - 1].paragraphEnd);
          }
          for (let i = t.paragraphStart; i < t.paragraphEnd; i++) expect(paragraphSpeakers[i].speaker).toBe(t.speaker);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('is linear: 40 times the paragraphs take well under 40² times as long', () => {
    const block = plain(...intro, 'The new release is much faster on large projects.', 'Wow.', 'What do you have, Ben?', 'It depends on the workload, honestly.', 'was cut off at the start.');
    const time = (text: string) => {
      const t = performance.now();
      speakersOf(text);
      return performance.now() - t;
    };
    time(block);
    const one = time(block);
    const many = time(block.repeat(40));
    expect(many).toBeLessThan(Math.max(one, 5) * 40 * 8);
  });
});

describe('a caller on a page labelled at the top only', () => {
  const text = [
    '00:00 HUGO: Ciao everyone and welcome to Safepoint, the weekly show about Java. I’m Hugo Marchetti, and today it is me, three JEPs and one listener call.',
    '00:20 HUGO: Some of you are still on Java 8, I know. I see your stack traces.',
    '00:30 First, compact source files. You can write a main method without a class now, which makes teaching much easier.',
    '00:50 Then module imports. One import line pulls in a whole module, which is lovely for scripts.',
    '01:00 Then flexible constructor bodies, so you can validate arguments before calling the superclass constructor, instead of hiding the checks in a static helper that nobody can read, which is what we all did for twenty years.',
    '01:20 Scoped values are final too. They replace a lot of thread local use with something that is immutable and bounded, and they work with virtual threads without the memory cost of copying a map into every thread.',
    '01:40 Compact object headers save eight bytes per object, which adds up quickly on a heap full of small objects, and the flag is one line in your container image.',
    '02:00 And the AOT cache from Project Leyden cuts startup time for the big frameworks, because the classes are loaded and linked once in a training run and then mapped from the cache on every start after that.',
    '01:10 And now our first listener call. Wendell, you’re on Safepoint.',
    '01:15 Hi Hugo! I’m Wendell Pryce, I work at a housing association, and we are stuck on Java 11 with Spring Boot 2.7.',
    '01:30 Go to 21 first, then 25. Move from javax to jakarta with the migration tool.',
    '01:45 Okay. And the native queries, will they survive?',
    '01:50 Mostly. Test them all. Thanks, Wendell.',
    '01:55 Thank you, bye!',
    '02:00 Right. Kotlin. Kotlin 2.2 came out in June with guard conditions.',
    '02:20 And Gradle 9 embeds Kotlin 2.2 for the build scripts.',
    '02:40 That’s it for episode 41. Thanks for listening.',
  ].join('\n\n');
  const names = namesOf(text);
  it('the caller is a person, who speaks only between being called and being thanked', () => {
    expect(names.slice(9, 10)).toEqual(['Wendell Pryce']);
    expect(names.slice(0, 9)).not.toContain('Wendell Pryce');
    expect(names.slice(14)).not.toContain('Wendell Pryce');
  });
});

/** The opening and first question of the Dev Chat interviews below: Ana hosts, Cara is her guest. */
const DEV_CHAT_OPENING = ['Welcome to Dev Chat, episode 9. I’m Ana Lima, and my guest today is Cara Diaz.', 'Thanks for having me, Ana.'];
const SCHEDULER_QUESTION = 'You moved the whole fleet to the new scheduler last year. How did that start?';

describe('an interview: the guest answers at length', () => {
  // Ana hosts, Cara is her guest. Cara's answer runs over two long paragraphs (a page breaks
  // long turns); nothing says the second is hers but that it asks nothing: turn-taking alone
  // would give it to Ana. In an interview a long paragraph that asks nothing is rarely the
  // interviewer's.
  const opening = DEV_CHAT_OPENING;
  const question = SCHEDULER_QUESTION;
  const answer =
    'It started with a bad week. Two outages in five days, both traced back to the old scheduler losing jobs when a node went away, and after the second one our director asked for a plan by Friday. So we wrote one, and the plan was mostly about people.';
  const goesOn =
    'The scheduler itself took a week to learn, but getting forty teams to trust it took the better part of a year, and we only got there by letting every team run both side by side and compare the numbers themselves, week after week, until the old one looked silly.';
  const next = 'How did you get the first team to try it?';
  const reply = 'We bribed them with faster builds, honestly. It worked better than any slide deck.';

  it('a long paragraph that asks nothing, after the guest’s answer, is the guest’s', () => {
    expect(namesOf(plain(...opening, question, answer, goesOn, next, reply)).slice(2)).toEqual([ANA, CARA, CARA, ANA, CARA]);
  });

  it('says why', () => {
    const doc = speakersOf(plain(...opening, question, answer, goesOn, next, reply));
    expect(doc.layers.people.find((p) => p.name === CARA)?.role).toBe('guest');
    expect(doc.layers.paragraphSpeakers[4].why).toContain('guest-answers');
  });
});

describe('an interview: the host reads the sponsor', () => {
  // After the guest's long answer, a long paragraph that asks nothing opens a sponsor read:
  // it is the host's, not more of the guest's answer (guestAnswers would say so).
  const opening = DEV_CHAT_OPENING;
  const question = SCHEDULER_QUESTION;
  const answer =
    'It started with a bad week. Two outages in five days, both traced back to the old scheduler losing jobs when a node went away, and after the second one our director asked for a plan by Friday.';
  const ad =
    'This episode of Dev Chat is supported by Lumenlog. Lumenlog collects crash reports from every build you ship, groups them by cause, and tells you which release made them worse, so you fix the crash that matters first.';
  const adEnd = 'Lumenlog has a free tier, and listeners get three months of the team plan. Thanks to Lumenlog for supporting the show.';
  const next = 'So, after that bad week, how did you get the first team to try it?';
  const reply = 'We bribed them with faster builds, honestly. It worked better than any slide deck.';

  it('a paragraph that opens a read is the host’s, and the read goes on with her', () => {
    const paragraphs = [...opening, question, answer, ad, adEnd, next, reply];
    expect(namesOf(plain(...paragraphs)).slice(2, 6)).toEqual([ANA, CARA, ANA, ANA]);
    expect(speakersOf(plain(...paragraphs)).layers.paragraphSpeakers[4].why).toContain('host-reads-ad');
  });
});

describe('an interview: the host asks, then remarks', () => {
  // A short paragraph with a question before its last sentence (`…doesn't that take hours?
  // That always scared me.`) is the interviewer's, though it ends as a statement; the long
  // answers around it ask nothing.
  const opening = DEV_CHAT_OPENING;
  const question = SCHEDULER_QUESTION;
  const answer =
    'It started with a bad week. Two outages in five days, both traced back to the old scheduler losing jobs when a node went away, and after the second one our director asked for a plan by Friday.';
  const goesOn =
    'So we wrote one, and it was mostly about people. The scheduler took a week to learn, but getting forty teams to trust it took the better part of a year, and we got there by running both side by side.';
  const remark =
    'If every team ran both schedulers side by side for months, didn’t you end up paying for all of that compute twice over? Because that is exactly the part of the plan that would have scared me off.';
  const reply =
    'We did, for about four months, and finance noticed. But the numbers from running both were what convinced the last teams, so I would pay that bill again, honestly, and I told finance the same thing at the time.';

  it('is the host’s, and the long paragraphs around it the guest’s', () => {
    expect(namesOf(plain(...opening, question, answer, goesOn, remark, reply)).slice(2)).toEqual([ANA, CARA, CARA, ANA, CARA]);
    expect(speakersOf(plain(...opening, question, answer, goesOn, remark, reply)).layers.paragraphSpeakers[5].why).toContain('interviewer-asks');
  });
});

describe('people a story names are not on the show', () => {
  it.each([
    ['I made it mostly alone, with my friend Ilinca doing the art.', false],
    ['I’m here with my friend, Ilinca Pop.', true],
    ['And my friend is Ilinca Pop, who draws everything.', true],
  ])('%s', (line, present) => {
    const doc = speakersOf(plain('Welcome to Dev Chat, episode 9. I’m Ana Lima.', line, 'It took four years, and the boat was the hardest part to get right.'));
    expect(doc.layers.people.some((p) => p.name.startsWith('Ilinca'))).toBe(present);
  });
});

describe('a page that labels its first two turns `Host:` and a first name, under a header', () => {
  const page = [
    'Dev Chat',
    'Conversations about shipping software',
    'Home  |  Episodes  |  Subscribe',
    'Host: Hi, and welcome to Dev Chat, episode 9. I’m Ana Lima, and today I’m talking to someone who moved a whole fleet to a new scheduler. Cara Diaz is a platform engineer at Rowline. Cara, welcome.',
    'Cara: Thanks, Ana. Happy to be here, and happy to admit it did not all go smoothly.',
    'So tell people what the old setup was.',
    'It was a pile of cron jobs on three machines that nobody wanted to touch, and every team had their own copy of the same scripts, with their own small changes that nobody had written down anywhere. When one of the machines died, we found out which jobs it had been running by waiting to see what broke the next morning.',
    'And every one of those copies failed in its own way, usually at night, usually when the one person who understood it was on holiday, and we could never tell which version had actually run. So the first thing we did was not the scheduler at all. It was a spreadsheet of every job, who owned it, and what it touched.',
  ].join('\n\n');

  it('the role label is the host named under it, the other label the guest she welcomes', () => {
    const doc = speakersOf(page);
    const people = doc.layers.people.map((p) => [p.name, p.role]);
    expect(people).toContainEqual([ANA, 'host']);
    expect(people.find(([name]) => String(name).startsWith('Cara'))?.[1]).toBe('guest');
  });

  it('the guest’s long answers are hers (the opener is found past the header lines)', () => {
    const doc = speakersOf(page);
    const name = (i: number) => doc.layers.people.find((p) => p.id === doc.layers.paragraphSpeakers[i].speaker)?.name ?? null;
    expect(name(5)).toBe(ANA);
    expect(name(6)?.startsWith('Cara')).toBe(true);
    expect(name(7)?.startsWith('Cara')).toBe(true);
    expect(doc.layers.paragraphSpeakers[7].why).toContain('guest-answers');
  });
});
