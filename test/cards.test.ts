import { describe, expect, it } from 'vitest';
import type { Phrase } from '../pipeline/cards/keyphrases.js';
import { announcement, defersFloor, openingSubject, sectionLabel, type OpeningSentence, type SegmentEntity } from '../pipeline/cards/subject.js';
import { extractText } from '../pipeline/extract.js';
import { withNamedThing } from '../pipeline/cards/cards.js';

/** Opening sentences laid end to end in one source string, and entities found by their names in it. */
function opening(sentences: string[], names: Array<[string, string, SegmentEntity['type']?]> = [], total?: Record<string, number>) {
  let source = '';
  const open: OpeningSentence[] = [];
  for (const s of sentences) {
    open.push({ text: s, start: source.length });
    source += s + ' ';
  }
  const entities: SegmentEntity[] = names.map(([id, name, type]) => {
    const mentions = [...source.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + name.length }));
    return { id, name, type: type ?? 'tool', mentions, total: total?.[id] ?? mentions.length };
  });
  return { source, opening: open, entities };
}

const phrase = (text: string, count: number, proper = false): Phrase => ({ key: text.toLowerCase(), text, score: count, count, first: 0, proper, early: true });

describe('openingSubject: what the opening names (models/cards/cues.json)', () => {
  it.each([
    // [sentences, entities, expected subject, expected rule]
    [['Okay, mine is a quick one.', 'Quillpad 3.2 is out, and the big thing is plugins.'], [['quillpad', 'Quillpad']], 'Quillpad 3.2', 'subject:release-statement'],
    [['So Ferrox 2.0 came out last week.'], [['ferrox-2.0', 'Ferrox 2.0']], 'Ferrox 2.0', 'subject:release-statement'],
    [['Next is my happy story. Tarnweb 1.30 is now GA.'], [['tarnweb', 'Tarnweb']], 'Tarnweb 1.30', 'subject:release-statement'],
    [['Mine is a book.', "I've been reading The Quiet Machine, by Ada Brennick, this week."], [['person-ada', 'Ada Brennick', 'person']], 'The Quiet Machine', 'subject:named-work'],
    [['You know what I am going to say.', 'Hexdrop.', 'Still.'], [['hexdrop', 'Hexdrop', 'other']], 'Hexdrop', 'subject:bare-name'],
    [['Mine is a book.', 'Database Internals, by Alex Petrov.'], [['person-alex', 'Alex Petrov', 'person']], 'Database Internals', 'subject:named-work'],
    [['Mine is Wokwi.', 'It runs in the browser.'], [], 'Wokwi', 'subject:pick-named'],
    [['Mine is Hexplay, which isn’t new, but I finally used it properly.'], [], 'Hexplay', 'subject:pick-named'],
    [['Okay, a new toy.', 'It’s called Mago, and it’s a linter and a formatter.'], [], 'Mago', 'subject:pick-named'],
    [['I do. It’s a small one.', 'Harlequin.', 'It’s a SQL IDE that runs in the terminal.'], [], 'Harlequin', 'subject:defined-name'],
    // what an interviewer asks about
    [['Okay, so tell me about the model.', 'What state was it in?'], [], 'Model', 'subject:prompted'],
    [['You mentioned opinions about careers.', 'Let’s hear them.'], [], 'Opinions about careers', 'subject:prompted'],
    [['Walk me through the compaction path, because it is subtle.'], [], 'Compaction path', 'subject:prompted'],
    [['Which brings us to testing.', 'How do you test a compiler?'], [], 'Testing', 'subject:prompted'],
    [['I want to go back to the error messages, because they matter.'], [], 'Error messages', 'subject:prompted'],
  ] as const)('%j → %s', (sentences, names, subject, why) => {
    const x = opening([...sentences], names.map((n) => [...n] as [string, string, SegmentEntity['type']?]));
    const d = openingSubject({ ...x, phrases: [] });
    expect(d?.text).toBe(subject);
    expect(d?.why).toBe(why);
    expect(d!.confidence).toBeGreaterThan(0);
  });

  it('a question that opens the item names its subject, only where the segment opens with one put to others', () => {
    const x = opening(['Question four, from Lars in Oslo.', 'He writes: we run a big service.', 'Should we move from Zapline to Logkit now?', 'Oskar, go.'], [['zapline', 'Zapline'], ['logkit', 'Logkit']], { zapline: 2, logkit: 5 });
    // Logkit is said more in the segment: it is what the question is about
    x.entities[1] = { ...x.entities[1], mentions: [...x.entities[1].mentions, { start: 500, end: 506 }] };
    const d = openingSubject({ ...x, phrases: [], asked: true });
    expect(d?.text).toBe('Logkit');
    expect(d?.why).toBe('subject:question');
    expect(openingSubject({ ...x, phrases: [], asked: false })).toBeNull();
    // no technology in the question: the segment's phrase it holds
    const y = opening(['First question comes from Ana.', 'Are goroutine leaks a thing we should measure?']);
    expect(openingSubject({ ...y, phrases: [phrase('goroutine leaks', 4)], asked: true })?.text).toBe('goroutine leaks');
  });

  it('in an interview, the technology the opening question names beats the phrase the host prompts with', () => {
    const x = opening(['You mentioned finding real things.', 'You gave a talk saying Ferrox bugs are your favourite, why is that?'], [['ferrox', 'Ferrox']]);
    expect(openingSubject({ ...x, phrases: [], asked: true })).toMatchObject({ text: 'Ferrox', why: 'subject:question' });
    expect(openingSubject({ ...x, phrases: [], asked: false })).toMatchObject({ text: 'Finding real things', why: 'subject:prompted' });
  });

  it('a technology that opens a sentence as its subject, named again, before the most-named thing is said', () => {
    const x = opening(['Go on, start us off.', 'So the Quillpad API has been around for ten years, and people hated it.', 'Then people wrote JavaScript for it.', 'The Quillpad API got workers.'], [['quillpad', 'Quillpad API'], ['js', 'JavaScript']]);
    expect(openingSubject({ ...x, phrases: [], counted: 'JavaScript' })).toMatchObject({ text: 'Quillpad API', why: 'subject:sentence-subject' });
    // the most-named thing said first: it stays the subject
    const y = opening(['So the survey is out, and Hexdrop is right at the top.', 'And Ferrox’s up there too.', 'Ferrox people are happy.'], [['hexdrop', 'Hexdrop'], ['ferrox', 'Ferrox']]);
    expect(openingSubject({ ...y, phrases: [], counted: 'Hexdrop' })).toBeNull();
    // named once, or not as the subject: nothing
    const z = opening(['So the Quillpad API has been around for ten years.'], [['quillpad', 'Quillpad API']]);
    expect(openingSubject({ ...z, phrases: [] })).toBeNull();
    const w = opening(['I think we all used Quillpad.', 'Quillpad, yes.', 'People love Quillpad.'], [['quillpad', 'Quillpad']]);
    expect(openingSubject({ ...w, phrases: [] })?.why).not.toBe('subject:sentence-subject');
  });

  it('a phrase said on its own counts when the segment repeats it', () => {
    const x = opening(['Okay, back to CSS.', 'Anchor positioning.', 'This one is big.']);
    expect(openingSubject({ ...x, phrases: [phrase('anchor positioning', 3)] })?.text).toBe('Anchor positioning');
    // said once, not a keyphrase: no evidence it is what the item is about
    expect(openingSubject({ ...x, phrases: [phrase('anchor positioning', 1)] })).toBeNull();
    // said twice is an echo in banter (`Rain twins.` `Rain twins, yeah.`), not a subject
    expect(openingSubject({ ...x, phrases: [phrase('anchor positioning', 2)] })).toBeNull();
    // one word too, the topic a host announces (`Okay, so evaluation.`), but not a word that names nothing
    const y = opening(['Okay, so evaluation.', 'Let’s start big.']);
    expect(openingSubject({ ...y, phrases: [phrase('evaluation', 5)] })).toMatchObject({ text: 'Evaluation', why: 'subject:bare-name' });
    const z = opening(['Okay. Anyway.', 'Where were we?']);
    expect(openingSubject({ ...z, phrases: [phrase('anyway', 5)] })).toBeNull();
  });

  it.each([
    // missing or contradicting evidence: no subject
    [['We talked about this last week and it was fun.'], [['quillpad', 'Quillpad']]],
    // the name is far from the start of the announcing sentence
    [['I was on a train yesterday and my phone told me that Quillpad is out.'], [['quillpad', 'Quillpad']]],
    // a person is who is talked to, not what the item is
    [['Ada Brennick is out of office this week.'], [['person-ada', 'Ada Brennick', 'person']]],
    // `reading it`: no title after the work word
    [["I've been reading it on the train."], []],
    // a bare word that is no entity nor a repeated phrase
    [['Right.', 'Anyway, where were we?'], []],
    // a pick that is no name, an interjection a definition follows
    [['Mine is sideways.', 'It comes at you horizontally.'], []],
    // a name after a comma's aside only when the pick is the name; `called` only in the first sentences
    [['Mine is, honestly, Hexplay.'], []],
    [['So.', 'Right.', 'Okay.', 'It’s called Mago.'], []],
    [['Exactly.', 'It’s a mess, honestly.'], []],
    // a prompt about a person or a pronoun names no topic
    [['Tell me about it.'], []],
    [['Tell us about yourself.'], []],
    // `let's talk about X` opens named news items too (`…visualizing things. A thing called …`)
    [["So, let's talk about visualizing things."], []],
  ] as const)('no subject in %j', (sentences, names) => {
    const x = opening([...sentences], names.map((n) => [...n] as [string, string, SegmentEntity['type']?]));
    expect(openingSubject({ ...x, phrases: [] })).toBeNull();
  });
});

describe('announcement: an announcing clause with an object is a headline', () => {
  it.each([
    ['Vexa 126 shipped cross-document page transitions, which is huge.', 'Vexa 126 shipped', 'Vexa 126 shipped cross-document page transitions'],
    ['Vexa 126 shipped last month, finally.', 'Vexa 126 shipped', null],
    ['Quillpad 3.2 is out, and the big thing is plugins.', 'Quillpad 3.2 is out', null],
    ['Vexa shipped it.', 'Vexa shipped', null],
    ['Vexa 126 shipped a rewritten layout engine for tables and grids and lists.', 'Vexa 126 shipped', 'Vexa 126 shipped a rewritten layout engine for tables'],
  ])('%s', (sentence, upToVerb, expected) => {
    expect(announcement(sentence, upToVerb.length)).toBe(expected);
  });
});

describe('sectionLabel: a recurring section named in the opening', () => {
  it.each([
    [["Okay, that's the news. Let's do the listener question."], 'Listener question'],
    [['Time for some listener mail.'], 'Listener mail'],
    [['Should we do what we’re playing, before we go?'], 'What we’re playing'],
    [['This question came up at work.'], null],
    [['So how did you end up here? Were you a programmer first?'], 'Background'],
    [['Tell us a bit about your background.'], 'Background'],
    [['How did you get into Rust?'], 'Background'],
    [['But first, the usual question. How did you end up writing compilers?'], 'Background'],
    [['A listener wrote in about the last episode.'], null],
    [['So how did you get here? What’s the, um, the origin story?'], 'Background'],
    [['The origin of the bug was a race.'], null],
    [['What’s your background, before all this?'], 'Background'],
    [['Your background images, your box shadows, gone.'], null],
    [['Quick hits, one sentence each, I promise.'], 'Quick hits'],
  ])('%j → %s', (sentences, label) => {
    expect(sectionLabel(sentences.map((text) => ({ text, start: 0 })))?.label ?? null).toBe(label);
  });
});

describe('defersFloor: a reply that hands the floor back', () => {
  it.each([
    ['You first, because I know what you are going to say.', true],
    ['Yes. You go first.', true],
    ['Sure, after you.', true],
    ['I have two this week. First one is about you first-time users.', false],
    ['Mine is about a new compiler.', false],
    // the answer to `Can I go first?`
    ['Go. Over the holidays I wrote a parser.', true],
    ['Sure, go ahead.', true],
    ['Be my guest.', true],
    ['Going to the store was the hard part.', false],
    ['Go to the docs and read it.', false],
  ])('%s → %s', (reply, expected) => {
    expect(defersFloor(reply)).toBe(expected);
  });
});

describe('presenters of the show parts and deferred hand-offs', () => {
  const interview = [
    'HOST: Hello and welcome to Queue Depth, the show about message brokers. I am Rui Tanaka, and my guest today is Lena Marsh, who maintains the Brookline broker. Lena, welcome to the show.',
    'GUEST: Thanks for having me, Rui. It is great to be here.',
    'HOST: So let us start at the start. Where did Brookline come from?',
    'GUEST: It came from a job where we lost messages every week. We had a broker that kept everything in memory, and every restart dropped whatever was queued. So I wrote a small log-structured store on the side, just to keep messages on disk, and after a year the store had become the broker. Brookline writes every message to an append-only log first, then acknowledges it, so a restart replays the log and nothing is lost. The log is split into segments and old segments are compacted in the background.',
    'HOST: And the compaction runs while producers keep writing?',
    'GUEST: Yes, compaction works on closed segments only, so writers never wait for it. That was the hardest part to get right, honestly, because the index has to point at the new segment before the old one is deleted, and a crash in between must leave a readable log.',
    'HOST: Lena, this has been great. Where can people find you?',
    'GUEST: Brookline is on GitHub, and I am on Mastodon as lenamarsh.',
    'HOST: Thanks for listening to Queue Depth. See you next time.',
  ].join('\n\n');
  it('the host presents the outro even when the guest answers in it', () => {
    const r = extractText(interview, 'queue-depth.txt');
    const outro = r.segments.at(-1)!;
    expect(outro.kind).toBe('outro');
    const host = r.speakers.find((s) => s.aliases.includes('HOST') || /Rui/.test(s.name))!;
    expect(outro.presenter).toBe(host.id);
  });
});

describe('keyphrases never span two sentences', () => {
  it('an abbreviation-like `no.` that ends a sentence starts no phrase with the next one', () => {
    const text = [
      'Ana Lima: Does import defer work in Node yet?',
      'Ben Ortiz: Not natively, no. TypeScript just leaves it in the output for now, and the bundler has to handle the TypeScript output.',
      'Ana Lima: So the TypeScript compiler does nothing with it?',
      'Ben Ortiz: Nothing. The TypeScript compiler passes it through.',
    ].join('\n');
    const r = extractText(text, 'x.txt');
    const all = r.segments.flatMap((s) => [s.title, ...s.keyphrases]);
    expect(all.some((k) => /\bno\.\s/i.test(k))).toBe(false);
    expect(all.some((k) => /TypeScript/.test(k))).toBe(true);
  });
});

describe('a one-voice read: its opening sentence is the title unless it opens like talk', () => {
  const read = (first: string) =>
    [
      `Good morning, this is Daily Stack. ${first} The release adds a permission model for the file system, and the test runner gained snapshots. The permission model is opt in, so nothing breaks when you upgrade, and the snapshots write to a folder next to each test file.`,
      'Thanks for listening to Daily Stack. See you tomorrow.',
    ].join('\n\n');
  const title = (first: string) => extractText(read(first), 'daily.txt').segments.find((s) => s.kind === 'topic')?.title ?? '';
  it.each([
    ['Node.js 24 has been released with a new permission model.', /^Node\.js 24 has been released/],
    ['If you have ever upgraded Node.js in a hurry, this one is for you.', /^(?!If you)/],
  ])('%s', (first, re) => expect(title(first)).toMatch(re));
});

describe('makeTitle: a sponsor read that says no `sponsored by`', async () => {
  const { makeTitle } = await import('../pipeline/cards/titles.js');
  const episode = { show: null, number: null, title: null, date: null } as never;
  const read = (text: string, phrases = [phrase('Slack', 1, true)]) => makeTitle({ kind: 'sponsor', text, headline: null, subject: 'Slack', episode, lead: null, phrases, related: [] });
  it.each([
    ['Tallyhook watches every table and tells you in Slack. Try it free at tallyhook dot io slash show.', 'Sponsor: Tallyhook'], // the site, as the read writes the name
    ['It tells you in Slack. Try it free at sitemarker.io/diff.', 'Sponsor: Sitemarker'], // the site only: title case
    ['It tells you in Slack. See quaystack.dev and also example.com for more.', 'Sponsor: Slack'], // two sites say nothing
  ])('%s → %s', (text, want) => expect(read(text)).toBe(want));
  it('a subject that holds the repeated name says more', () =>
    expect(makeTitle({ kind: 'sponsor', text: 'Spaces is storage. Spaces is cheap.', headline: null, subject: 'DigitalOcean Spaces', episode, lead: null, phrases: [phrase('Spaces', 3, true)], related: [] })).toBe('Sponsor: DigitalOcean Spaces'));
  it('without an address, the proper name the read repeats', () =>
    expect(read('Benchwright runs your benchmarks. Benchwright tells you in Slack.', [phrase('Benchwright', 2, true), phrase('Slack', 1, true)])).toBe('Sponsor: Benchwright'));
});

describe('makeTitle: a second thing the segment is about', async () => {
  const { makeTitle } = await import('../pipeline/cards/titles.js');
  const episode = { show: null, number: null, title: null, date: null } as never;
  const base = { kind: 'topic' as const, text: 'Kamal 2 ships with its own proxy.', headline: null, subject: 'Kamal 2', episode, lead: null };
  it('names it after the subject', () => expect(makeTitle({ ...base, phrases: [phrase('internal tools', 3)], related: ['kamal-proxy'] })).toBe('Kamal 2: kamal-proxy'));
  it('without one, the phrase the segment repeats', () => expect(makeTitle({ ...base, phrases: [phrase('internal tools', 3)], related: [] })).toBe('Kamal 2: internal tools'));
});

describe('makeTitle: the other things an item covers are listed', async () => {
  const { makeTitle } = await import('../pipeline/cards/titles.js');
  const episode = { show: null, number: null, title: null, date: null } as never;
  const base = { kind: 'topic' as const, text: 'Kamal 2 ships with its own proxy.', headline: null, subject: 'Kamal 2', episode, lead: null, phrases: [phrase('internal tools', 3)] };
  it.each([
    ['after the second thing', ['kamal-proxy'], ['Traefik', 'Docker'], 'Kamal 2: kamal-proxy, Traefik, Docker'],
    ['up to three after the colon', ['kamal-proxy', 'Traefik'], ['Docker', 'Caddy'], 'Kamal 2: kamal-proxy, Traefik, Docker'],
    ['after the phrase, without a second thing', [], ['Traefik'], 'Kamal 2: internal tools, Traefik'],
    ['not what the title already says, however spaced', ['kamal-proxy'], ['Kamal Proxy', 'kamal 2', 'Docker'], 'Kamal 2: kamal-proxy, Docker'],
    ['not past ~80 characters', ['kamal-proxy'], ['a very long name of a product that nobody would list in a title'], 'Kamal 2: kamal-proxy'],
    ['nothing more to list', [], [], 'Kamal 2: internal tools'],
  ])('%s', (_, related, also, title) => expect(makeTitle({ ...base, related, also })).toBe(title));
  it('not after a title the hosts named (a quoted or called name)', () =>
    expect(makeTitle({ ...base, text: 'He wrote a post called "Visualizing Garbage Collection Algorithms" last week.', subject: 'garbage collection', related: [], also: ['Python'] })).toBe('Visualizing Garbage Collection Algorithms'));
  it('not after an opening sentence (a news read)', () =>
    expect(makeTitle({ ...base, lead: 'Kamal 2 ships with its own proxy', related: [], also: ['Docker'] })).toBe('Kamal 2 ships with its own proxy'));
  it('not for a sponsor read', () =>
    expect(makeTitle({ ...base, kind: 'sponsor', text: 'This episode is brought to you by Kamal Cloud.', related: [], also: ['Docker'] })).toBe('Sponsor: Kamal Cloud'));
});

describe('noun-phrase candidates (keyphrases.ts phraseCandidates)', async () => {
  const { phraseCandidates } = await import('../pipeline/cards/keyphrases.js');
  const { runPipeline } = await import('../pipeline/pipeline.js');
  const phrasesOf = (text: string) => {
    const doc = runPipeline(`Dana: ${text}\n`, 'p.txt');
    const t = doc.layers.tokens;
    return [...phraseCandidates(t, 0, t.count).values()].map((c) => c.form);
  };
  it.each([
    // a common noun in lower case, then a name: two things (a `that` dropped, an apposition)
    ['They added some ALTER TABLE abilities SQLite does not have.', 'TABLE abilities SQLite'],
    ['The password manager Vaultly disclosed a breach.', 'manager Vaultly'],
  ])('%s has no %s', (text, phrase) => expect(phrasesOf(text)).not.toContain(phrase));
  it('a name after a name goes on (`SQLite Cloud`), as does a lower-case run (`schema changes`)', () => {
    const got = phrasesOf('We moved to SQLite Cloud after the schema changes.');
    expect(got).toContain('schema changes');
    expect(got.some((p) => /SQLite Cloud/.test(p))).toBe(true);
  });
});

describe('a title that names nothing takes the named thing the segment is most about', () => {
  it.each([
    ['spot instances', 'Karpenter', 'Karpenter: spot instances'],
    ['mix igniter', 'Ash Framework', 'Ash Framework: mix igniter'],
    // a title with a name in it keeps it
    ['TypeScript 7', 'JavaScript', 'TypeScript 7'],
    ['Kubernetes costs', 'OpenCost', 'Kubernetes costs'],
    // the name already in the title, whole or in part
    ['uv build backend', 'uv', 'uv build backend'],
    ['gitops shop', 'Git', 'gitops shop'],
    ['nat gateway fees', 'NAT Gateway', 'nat gateway fees'],
  ])('%s + %s → %s', (title, name, want) => {
    expect(withNamedThing(title, name)).toBe(want);
  });
});

describe('a general idea the lexicon marks generic is recognised, but is no tag and no card’s subject', () => {
  const text = [
    'ANA: Welcome to Merge Window, episode 12. I am Ana Ruiz, and with me as always is Ben Cole.',
    'BEN: Hello everyone.',
    'ANA: Ben, you brought the first item.',
    'BEN: I did. Pull requests are getting bigger on every team I talk to, and reviews are slower because of it. Stacked pull requests are the fix people keep recommending, and Graphite is the tool that made them popular. Graphite lets you split one change into a stack of small pull requests, each reviewed on its own, and it rebases the whole stack when the bottom one changes.',
    'ANA: So the pull requests stay small and the reviewer sees one idea at a time?',
    'BEN: Exactly. Graphite also has a merge queue, so the stack lands in order once every pull request in it is approved.',
    'ANA: That is all for today. Thanks for listening, see you next week.',
  ].join('\n\n');
  const r = extractText(text, 'merge-window.txt');
  it('`pull requests`, said most and first, is an entity but not a tag', () => {
    expect(r.entities.map((e) => e.name)).toContain('pull requests');
    expect(r.tags.map((t) => t.name)).not.toContain('pull requests');
  });
  it('the item is titled by the named thing it is about', () => {
    const topic = r.segments.find((s) => s.kind === 'topic')!;
    expect(topic.title).toMatch(/^Graphite\b/);
  });
});
