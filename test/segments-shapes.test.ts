import { describe, expect, it } from 'vitest';
import type { ContentTokens } from '../pipeline/segments/cohesion.js';
import { chooseBoundaries, lexicalMinWords, talkAround, typicalItemWords, type GapEvidence, type SegmentParams } from '../pipeline/segments/boundaries.js';
import type { ParagraphSpeaker } from '../pipeline/document/document.js';
import { matchCues, type CueHit } from '../pipeline/segments/cues.js';
import type { Unit } from '../pipeline/segments/units.js';
import { loadModel } from '../pipeline/models.js';
import { extractText } from '../pipeline/extract.js';
import { runPipeline } from '../pipeline/pipeline.js';

/**
 * Rules that make the number of segments come from the show's shape (interview, loose chat,
 * news read): hand-written units and evidence, so each rule is seen alone.
 */
const params = loadModel<SegmentParams>('segments/params.json');

/** `n` sentences of `words` words each, one paragraph per sentence. */
function units(n: number, words = 20): Unit[] {
  return Array.from({ length: n }, (_, k) => ({
    tokenStart: k * words,
    tokenEnd: (k + 1) * words,
    start: k * words * 6,
    end: (k + 1) * words * 6 - 1,
    sentence: k,
    paragraph: k,
    firstOfParagraph: true,
    sentenceStart: true,
    cutOff: false,
    words,
    wordsBefore: k * words,
  }));
}

const hit = (id: string, kind: CueHit['kind'], weight: number, more: Partial<CueHit> = {}): CueHit => ({
  id,
  kind,
  weight,
  handoff: false,
  intro: false,
  introEnd: false,
  partial: false,
  conversationWeight: 1,
  paragraphStart: false,
  interviewOnly: false,
  brings: false,
  claims: false,
  ...more,
});
const intro = hit('intro:welcome', 'intro', 0, { intro: true });
const opener = hit('opener:lets-talk-about', 'topic', 3);
const extra = hit('extra:bonus', 'extra', 3, { handoff: true });
const signOff = hit('outro:sign-off', 'outro', 3);

/** Evidence with cues at some gaps and lexical dips (z-scores) at others; no content words. */
function evidence(n: number, cues: Record<number, CueHit[]>, dips: Record<number, number> = {}): GapEvidence {
  const depth = new Float64Array(n);
  const score = new Float64Array(n);
  for (const [k, z] of Object.entries(dips)) depth[Number(k)] = z;
  const all: CueHit[][] = Array.from({ length: n }, (_, k) => cues[k] ?? []);
  for (let k = 1; k < n; k++) score[k] = all[k].reduce((m, h) => Math.max(m, h.weight), 0) + depth[k];
  const content: ContentTokens = { lemma: [], id: new Int32Array(0), vocabulary: 0, weight: new Float64Array(0), token: new Int32Array(0), unitFirst: new Int32Array(n + 1) };
  return { cues: all, headline: Array(n).fill(false), depth, fine: Float64Array.from(depth), score, why: () => [], later: new Map(), content };
}

const startsOf = (u: Unit[], bs: ReturnType<typeof chooseBoundaries>) => bs.map((b) => u.findIndex((x) => x.start === b.offset));

describe('typical item length from the cues', () => {
  it.each([
    // [cued gaps, introK, outroK, expected]: 100 units of 20 words
    ['many hand-offs: short items', [10, 20, 30, 40, 50, 60, 70, 80, 90], 10, 90, 200],
    ['two cues in a long body: long items', [10, 50, 90], 10, 90, 800],
    ['no cue at all: the whole body is one item', [], -1, 100, 2000],
  ] as const)('%s', (_, cued, introK, outroK, expected) => {
    const u = units(100);
    expect(typicalItemWords(u, cued, evidence(100, {}), 2000, introK, outroK)).toBe(expected);
  });

  it.each([
    // [cued gaps, introK, outroK, expected] with a prior of 600 words up to three pieces
    ['no cue at all: the prior, not the whole body', [], -1, 100, 600],
    ['an intro and an outro, nothing between: the prior', [10, 90], 10, 90, 600],
    ['a body shorter than the prior: the body', [10, 35], 10, 35, 500],
    ['one cue inside the body: two pieces, still the prior', [10, 50, 90], 10, 90, 600],
    ['two cues inside a long body: three pieces, the prior', [5, 35, 65, 95], 5, 95, 600],
    ['three cues inside the body: the cues decide', [5, 25, 50, 75, 95], 5, 95, 450],
    ['four cues, items longer than the prior: the cues decide', [0, 19, 38, 57, 76, 95], 0, 95, 380],
  ] as const)('a prior where few cues cut the body: %s', (_, cued, introK, outroK, expected) => {
    const u = units(100);
    expect(typicalItemWords(u, cued, evidence(100, {}), 2000, introK, outroK, params.typicalItemPriorWords, params.typicalItemPriorPieces)).toBe(expected);
  });

  it('long items: three pieces take the prior, four pieces decide by themselves', () => {
    const u = units(240);
    // 240 units of 20 words: three pieces of 1,600 words, then four of 1,200
    expect(typicalItemWords(u, [0, 80, 160], evidence(240, {}), 4800, 0, 240, params.typicalItemPriorWords, params.typicalItemPriorPieces)).toBe(600);
    expect(typicalItemWords(u, [0, 60, 120, 180], evidence(240, {}), 4800, 0, 240, params.typicalItemPriorWords, params.typicalItemPriorPieces)).toBe(1200);
  });

  it('leaves sponsor reads out (they are short whatever the items are)', () => {
    const u = units(100);
    const ev = evidence(100, { 50: [hit('sponsor:brought-by', 'sponsor', 3)] });
    // pieces 10–50 and 55–90; the read 50–55 is not an item
    expect(typicalItemWords(u, [10, 50, 55, 90], ev, 2000, 10, 90)).toBe(750);
  });

  it.each([
    [200, 2000, 100],
    [800, 2000, 400],
    // no cue: bounded by a quarter of the episode
    [2000, 2000, 500],
    // never below the shortest segment
    [40, 2000, params.minSegmentWords],
  ])('typical %i words in %i → lexical segments of at least %i', (typical, total, expected) => {
    expect(lexicalMinWords(typical, params, total)).toBe(expected);
  });
});

describe('choosing boundaries by show shape', () => {
  // lexical dips every 10 units (200 words), as in a long conversation that wanders
  const dips = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [(i + 1) * 10 + 5, 3]));

  it('a conversation with few cues is not cut at every lexical dip', () => {
    const u = units(100);
    const ev = evidence(100, { 0: [intro], 30: [opener], 70: [opener] }, dips);
    const conv = startsOf(u, chooseBoundaries(u, ev, params, 2000, true));
    const mono = startsOf(u, chooseBoundaries(u, ev, params, 2000, false));
    expect(conv).toContain(30);
    expect(conv).toContain(70);
    // segments cut by dips alone are at least half the typical item (~650 words → 325)
    const lengths = conv.map((k, i) => ((conv[i + 1] ?? 100) - k) * 20);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(300);
    // a news read (one voice) keeps its short lexical items
    expect(mono.length).toBeGreaterThan(conv.length);
  });

  it('with no cue and no dip the episode stays one segment', () => {
    const u = units(60);
    expect(chooseBoundaries(u, evidence(60, {}), params, 1200, true)).toEqual([]);
  });

  it('banter between the welcome and a hand-off soon after belongs to the intro', () => {
    const u = units(100);
    const ev = evidence(100, { 0: [intro], 1: [intro], 8: [opener], 50: [opener] });
    const bs = chooseBoundaries(u, ev, params, 2000, true);
    expect(startsOf(u, bs)[0]).toBe(8);
    expect(bs[0].why).toEqual(expect.arrayContaining(['intro-end', 'intro-banter']));
  });

  it('a hand-off far after the welcome is an item of its own', () => {
    const u = units(100);
    const ev = evidence(100, { 0: [intro], 1: [intro], 40: [opener], 70: [opener] });
    expect(startsOf(u, chooseBoundaries(u, ev, params, 2000, true))).toEqual([2, 40, 70]);
  });

  it('a welcome-like phrase long after the intro does not extend it', () => {
    const u = units(100);
    // the gap between unit 1 and unit 12 is ~200 words: more than introGapWords
    const ev = evidence(100, { 0: [intro], 1: [intro], 12: [intro], 50: [opener] });
    expect(startsOf(u, chooseBoundaries(u, ev, params, 2000, false))[0]).toBe(2);
  });

  it('an agenda ends the opening however long the banter before it (`We’ve got four things…`)', () => {
    const u = units(100);
    const agenda = hit('intro:agenda', 'intro', 0, { intro: true, introEnd: true });
    // welcome at 0–1, banter to unit 14 (~260 words), the agenda at 14: the intro runs through it
    const ev = evidence(100, { 0: [intro], 1: [intro], 14: [agenda], 50: [opener] });
    expect(startsOf(u, chooseBoundaries(u, ev, params, 2000, false))[0]).toBe(15);
    // a welcome-like phrase after the same banter does not stretch the intro
    const late = evidence(100, { 0: [intro], 1: [intro], 14: [intro], 50: [opener] });
    expect(startsOf(u, chooseBoundaries(u, late, params, 2000, false))[0]).toBe(2);
  });

  it('after the agenda, a follow-up, then `All right, I’ll kick us off`: the intro runs to the last cue that ends it', () => {
    const u = units(100);
    const agenda = hit('intro:agenda', 'intro', 0, { intro: true, introEnd: true });
    const begin = hit('intro:lets-begin', 'intro', 0, { intro: true, introEnd: true });
    // the agenda at 5, a follow-up of ~80 words, `I'll kick us off` at 10
    expect(startsOf(u, chooseBoundaries(u, evidence(100, { 0: [intro], 5: [agenda], 10: [begin], 50: [opener] }), params, 2000, false))[0]).toBe(11);
    // past introGapWords (~300 words later) it is talk: the intro ends at the agenda
    expect(startsOf(u, chooseBoundaries(u, evidence(100, { 0: [intro], 5: [agenda], 20: [begin], 50: [opener] }), params, 2000, false))[0]).toBe(6);
    // a welcome-like phrase after the agenda does not move its end
    expect(startsOf(u, chooseBoundaries(u, evidence(100, { 0: [intro], 5: [agenda], 8: [intro], 50: [opener] }), params, 2000, false))[0]).toBe(6);
    // nor a later cue in a piece of one long unpunctuated run (speech-to-text), which goes on into the next story
    const run = u.map((x, k) => (k >= 9 && k <= 11 ? { ...x, sentence: 9 } : x));
    expect(startsOf(run, chooseBoundaries(run, evidence(100, { 0: [intro], 5: [agenda], 10: [begin], 50: [opener] }), params, 2000, false))[0]).toBe(6);
  });

  it('a sign-off before the extras closes the items, not the show', () => {
    const u = units(100);
    const ev = evidence(100, { 0: [intro], 30: [opener], 85: [signOff], 86: [extra], 96: [signOff] });
    const bs = chooseBoundaries(u, ev, params, 2000, true);
    const outro = bs.find((b) => b.why.includes('outro-start'))!;
    expect(u.findIndex((x) => x.start === outro.offset)).toBe(96);
  });

  it('without an extras cue the first sign-off in the closing share is the outro', () => {
    const u = units(100);
    const ev = evidence(100, { 0: [intro], 30: [opener], 90: [signOff], 96: [signOff] });
    const outro = chooseBoundaries(u, ev, params, 2000, true).find((b) => b.why.includes('outro-start'))!;
    expect(u.findIndex((x) => x.start === outro.offset)).toBe(90);
  });

  it.each([
    // [first sign-off, later sign-off, outro]: 200 units of 20 words, closing share from unit 160; outroMaxWords is 250
    [188, 196, 188], // 240 words after it: short enough
    [187, 196, 196], // 260 words after it and a sign-off later: a part closes (a gold outro runs at most 225)
    [170, 196, 196], // 600 words after it and a sign-off later: it closes a part (`that's the news`)
    [170, null, 170], // no later sign-off: the only one is the outro
  ])('an outro is short: sign-offs at %s and %s → outro at %s', (first, later, want) => {
    const u = units(200);
    const ev = evidence(200, { 0: [intro], 30: [opener], 100: [opener], [first]: [signOff], ...(later ? { [later]: [signOff] } : {}) });
    const outro = chooseBoundaries(u, ev, params, 4000, true).find((b) => b.why.includes('outro-start'))!;
    expect(u.findIndex((x) => x.start === outro.offset)).toBe(want);
  });
});

describe('conversation cues (models/segments/cues.json)', () => {
  it.each([
    ['Can I talk about my week?', 'opener:can-i'],
    ['Could we bring up the pricing thing?', 'opener:can-i'],
    ["And we're back.", 'opener:were-back'],
    ['Okay, so, my turn.', 'opener:my-item'],
    ["I've got the next one, and it's about licences.", 'opener:my-item'],
    ["I've got another security one.", 'opener:my-item'],
    ["Let's look ahead a bit.", 'opener:lets-talk-about'],
    ["So let's start with where it came from.", 'opener:lets-talk-about'],
    ['Okay, I want to get into the details.', 'opener:want-to'],
    ['Extras? You go first.', 'extra:our-picks'],
    ["Should we do what we're reading, before we go?", 'extra:our-picks'],
    ['Oh, wait, before we go, we got an email.', 'extra:before-we-go'],
    ['Sam, this has been great.', 'outro:guest-thanks'],
    ['Where can people find you?', 'outro:guest-thanks'],
    ["Okay, I think that's the show.", 'outro:sign-off'],
    ['Next up, the Rust survey.', 'opener:next'],
    ['Next, a new release of Django.', 'opener:next'],
    ['Next is my favourite one.', 'opener:next'],
    ["And I'm going to do the next one as well, because it's mine.", 'opener:my-item'],
    ["I'm going to stay on packaging, because there's a related change.", 'opener:my-item'],
  ])('%s', (sentence, id) => {
    expect(matchCues(sentence, false).map((h) => h.id)).toContain(id);
  });

  it.each([
    "We're back in the office next week.",
    'Can I get you a coffee?',
    'This was great for performance, though.',
    'My turnover numbers were bad.',
    'I think that was the worst bug.',
    'Next term, maybe.',
    'Next week we are off.',
    "I'm going to stay on top of it.",
    "I'll stay with that for a second.",
  ])('no boundary cue in %s', (sentence) => {
    expect(matchCues(sentence, false).filter((h) => h.weight > 0)).toEqual([]);
  });

  it('a sponsor read’s lead-in is no extras cue', () => {
    expect(matchCues('Before we go further, a quick word from our sponsor.', false).map((h) => h.kind)).toEqual(['sponsor']);
  });

  it('a news reader’s connective counts less in a conversation', () => {
    const [h] = matchCues('Meanwhile, the attacker kept pushing patches.', false).filter((x) => x.weight > 0);
    expect(h.id).toBe('opener:connective');
    expect(h.conversationWeight).toBeLessThan(1);
    expect(h.weight * h.conversationWeight).toBeLessThan(2.5);
    // the strong openers are the same in any show
    expect(matchCues('Next up, regulation.', false).find((x) => x.id === 'opener:next')!.conversationWeight).toBe(1);
  });
});

describe('a sign-off followed by the extras (end to end)', () => {
  const line = (who: string, s: string) => `${who}: ${s}`;
  const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `The ${topic} part ${i + 1} keeps going with more about ${topic} and its details.`).join(' ');
  const text = [
    line('ALEX', 'Hello and welcome to the show. I’m Alex.'),
    line('SAM', 'And I’m Sam.'),
    line('ALEX', `Let's talk about compilers. ${filler('compiler', 12)}`),
    line('SAM', `${filler('compiler', 8)}`),
    line('SAM', `Let's talk about databases. ${filler('database', 12)}`),
    line('ALEX', `${filler('database', 8)}`),
    line('ALEX', "Okay, that's the news. Extras? Sam, you go first."),
    line('SAM', `I've got one. ${filler('keyboard', 6)}`),
    line('ALEX', "That's the show. Thanks for listening."),
  ].join('\n');
  const r = extractText(text, 'shape.txt');
  it('the extras are extras and the outro is the last sign-off', () => {
    expect(r.segments.at(-1)!.kind).toBe('outro');
    expect(text.slice(r.segments.at(-1)!.span.start)).toMatch(/^ALEX: That's the show/);
    expect(r.segments.at(-2)!.kind).toBe('extra');
  });

  it('a sign-off that closes the news, with no extras cue, is followed by extras', () => {
    const news = [
      line('ALEX', 'Hello and welcome to the show. I’m Alex.'),
      line('SAM', 'And I’m Sam.'),
      line('ALEX', `Let's talk about compilers. ${filler('compiler', 34)}`),
      line('SAM', `${filler('compiler', 24)}`),
      line('SAM', `Let's talk about databases. ${filler('database', 34)}`),
      line('ALEX', `${filler('database', 24)}`),
      line('ALEX', "Okay, that's the news for this week."),
      line('SAM', `Mine is a keyboard. ${filler('keyboard', 13)}`),
      line('ALEX', `Mine is a lamp. ${filler('lamp', 13)}`),
      line('ALEX', "That's the show. Thanks for listening."),
    ].join('\n');
    const segments = extractText(news, 'shape.txt').segments;
    expect(segments.map((x) => x.kind).slice(-2)).toEqual(['extra', 'outro']);
    expect(news.slice(segments.at(-2)!.span.start)).toMatch(/^ALEX: Okay, that's the news/);
  });
});

describe('talk around a gap: a conversation or one voice reading', () => {
  /** One speaker id per 20-word unit. */
  const voices = (ids: string) => [...ids].map((c, i): ParagraphSpeaker => ({ paragraph: i, speaker: c === '-' ? null : c, attribution: 'label', confidence: 1, why: [] }));
  it.each([
    // [speaker per unit, gap, conversation within 300 words each side]
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 20, false], // one voice reads
    ['abababababababababababababababababababababab', 20, true], // co-hosts talk
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbb', 10, false], // the guest segment is far off
    ['aaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 20, true], // a guest answers right after the gap
    ['aaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaa', 20, false], // one short reaction from the other voice
  ] as const)('%s at %i: %s', (ids, k, want) => {
    const u = units(ids.length);
    expect(talkAround(u, voices(ids), k, 300)).toBe(want);
  });
});

describe('a show one voice leads', () => {
  it('`Elsewhere,` opens the next item of the read though a guest talks in another segment', () => {
    const read = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `${topic} sentence ${i}: the ${topic} maintainers explained the ${topic} change in a long post about ${topic} releases and ${topic} users.`).join(' ');
    const text = [
      'Calum Reid: Hello and welcome to Hotpatch, the weekly brief. I’m Calum Reid, and today I have a guest later on.',
      'Calum Reid: ' + read('kernel', 10),
      'Calum Reid: Elsewhere, ' + read('kernel', 10),
      'Calum Reid: My guest is Ilse Brouwer, who runs a platform team. Ilse, welcome to the show.',
      ...Array.from({ length: 6 }, (_, i) => (i % 2 ? 'Ilse Brouwer: ' + read('gateway', 3) : 'Calum Reid: And how did the gateway migration go for the teams?')),
      'Calum Reid: Ilse, thank you. ' + read('database', 10),
      'Calum Reid: Elsewhere, ' + read('database', 10),
      'Calum Reid: And that’s the brief. Thanks for listening.',
    ].join('\n');
    const starts = extractText(text, 'x.txt').segments.map((s) => text.slice(s.span.start, s.span.start + 22));
    expect(starts.filter((s) => s.includes('Elsewhere'))).toHaveLength(2);
  });
});

describe('an interviewer turning to a guest by name (opener:asks-guest)', async () => {
  const { guestAsker } = await import('../pipeline/segments/boundaries.js');
  const people = [
    { id: 'theo', name: 'Theo Marsh', aliases: [], role: 'host' as const, evidence: [] },
    { id: 'amara', name: 'Amara Chukwu', aliases: [], role: 'guest' as const, evidence: [] },
    { id: 'seb', name: 'Sebastián Ortega', aliases: [], role: 'guest' as const, evidence: [] },
  ];
  const asks = (text: string, speaker = 'theo', cast = people) => {
    const ingest = { format: 'labeled-text', paragraphs: [{ span: { start: 0, end: text.length }, pieces: [{ span: { start: 0, end: text.length }, text, verbatim: true }], label: null, time: null }], nonSpeech: [], timed: false, declared: {}, diagnostics: [] };
    const speakers = [{ paragraph: 0, speaker, attribution: 'label' as const, confidence: 1, why: [] }];
    return guestAsker(ingest as never, speakers, cast)?.(0) ?? null;
  };
  it.each([
    'Amara, you’ve been very patient through all the JavaScript. What’s the CSS side of this?',
    'So, Amara, let’s start with the thing in everyone’s inbox. What happened in June?',
    'Okay. Sebastián, before we hit record you told me your team deleted a lot of code.',
    'Last one before we let you go. Amara, what’s coming next?',
    'Okay. I promised, so, Amara. Overlays. Why do they keep selling?',
  ])('%s → opens', (text) => expect(asks(text)).toBe(true));
  it.each([
    ['Does that actually work in screen readers, Amara? Or is it only visual?', 'theo'], // a follow-up: the name ends the question
    ['Amara, you’re right. That is what we saw too.', 'theo'], // no question, no prompt
    ['Theo, what do you think about that?', 'amara'], // a guest asking
    ['Amaranth is a grain. What was the question?', 'theo'], // not the name
  ])('%s ↛', (text, speaker) => expect(asks(text, speaker)).toBe(false));
  it('needs guests', () => expect(asks('Amara, what is new?', 'theo', people.map((p) => ({ ...p, role: 'host' as const })))).toBeNull());
});

describe('a visitor (a caller, a guest heard in one stretch only)', async () => {
  const { visitorStretches } = await import('../pipeline/segments/boundaries.js');
  const said = (who: string[]) => who.map((speaker, paragraph) => ({ paragraph, speaker, attribution: 'label' as const, confidence: 1, why: [] }));
  it('marks the gaps from their first paragraph to the one after their last', () => {
    const who = Array.from({ length: 20 }, (_, k) => (k >= 8 && k <= 10 ? 'caller' : 'host'));
    const v = visitorStretches(units(20), said(who))!;
    expect([...v].flatMap((x, k) => (x ? [k] : []))).toEqual([9, 10, 11]);
  });
  it('a co-host heard throughout is no visitor', () => {
    const who = Array.from({ length: 20 }, (_, k) => (k % 3 === 0 ? 'cohost' : 'host'));
    expect(visitorStretches(units(20), said(who))).toBeUndefined();
  });
  it('presents the segment of their call', () => {
    const host = 'Hugo Marchetti';
    const lines = [
      `${host}: Welcome to Safepoint, the show about the JVM. I’m Hugo Marchetti, and today it is just me and one listener call.`,
      `${host}: Next up, garbage collection. Generational ZGC is the default now, and the pauses are tiny. The heap is split into young and old generations, and the young collections run often and finish fast. If you tuned G1 for years, you can drop most of those flags and measure again.`,
      `${host}: And one more thing on memory: compact object headers save eight bytes per object, which adds up on a big heap of small objects.`,
      `${host}: And now, our very first listener call. We opened the voice memo line a month ago, and the first memo came in on day two, which honestly made my week, so thank you all for that, and here it is.`,
      `${host}: A quick word on how this works: you record a memo of up to two minutes, we pick one a month, and I answer it on the show as well as I can, which is not always very well, but I promise to try, and I will read the docs before I answer.`,
      'Wendell Pryce: Hi Hugo, this is Wendell from Ohio. We run a Spring Boot 2.7 application on Java 11, and my boss asks whether we should jump straight to Java 25 or stop at 21 first. We have a lot of old Hibernate queries and some javax imports, and I am worried about the jump.',
      'Wendell Pryce: Also, our build is still on Maven 3 with a pile of plugins nobody understands. Thanks for the show.',
      `${host}: Thanks, Wendell. Jump to 21 first, move from javax to jakarta with the migration tool, and upgrade Spring Boot to 3.x on the way. Then 25 is a small step. Your Hibernate queries will mostly survive, but test the native ones.`,
      `${host}: And for the build, Maven 3 is fine for now, but pin your plugin versions and run the enforcer plugin, so that the next upgrade is a change of numbers and not an archaeology project. Good luck, and tell us how it goes.`,
      `${host}: Right. Kotlin. Kotlin 2.2 came out in June with guard conditions and non-local break and continue, and the compiler is faster again. If you write Gradle builds in the Kotlin DSL you get it for free.`,
      `${host}: That’s it for episode 41. Thanks for listening, see you next time.`,
    ];
    const doc = runPipeline(lines.join('\n'), 'safepoint.txt');
    const calls = doc.layers.segments.filter((s) => (s.speakerShare['wendell-pryce'] ?? 0) > 0);
    expect(calls).toHaveLength(1);
    expect(calls[0].presenter).toBe('wendell-pryce');
    expect(calls[0].why).toContain('presenter:visitor');
  });
});
