import { describe, expect, it } from 'vitest';
import { detectFormat } from '../pipeline/ingest/formats.js';
import { acceptLabels, deviceOwner, labelCandidate, speakerHeaderLine } from '../pipeline/ingest/labels.js';
import { parseLineTranscript } from '../pipeline/ingest/line-transcript.js';

const paragraphsOf = (source: string, format: 'labeled-text' | 'web-transcript' | 'plain-text' = 'labeled-text') => {
  const ing = parseLineTranscript(source, format);
  return ing.paragraphs.map((p) => ({
    label: p.label?.raw ?? null,
    text: p.pieces.map((x) => x.text).join(' '),
    time: p.time?.start ?? null,
  }));
};

describe('speaker labels', () => {
  it.each([
    ['KENNEDY: Hello there.', 'KENNEDY'],
    ['Michael KENNEDY: Hello there.', 'Michael KENNEDY'],
    ['Speaker 1: Hello there.', 'Speaker 1'],
    ['SPEAKER_00: Hello there.', 'SPEAKER_00'],
    ['Dr. Jane Doe (00:01:02): Hello.', 'Dr. Jane Doe'],
    ['Guido van Rossum: Hi.', 'Guido van Rossum'],
    // a clock in parentheses or brackets does the colon's work
    ['Lex Fridman (00:00:00) The following is a conversation.', 'Lex Fridman'],
    ['Guido van Rossum (01:02:03.5) Thanks for having me.', 'Guido van Rossum'],
    ['Dana Reyes [00:12] So, the release.', 'Dana Reyes'],
    ['Python (the language) is great.', null],
    ['Version (3.12) is out.', null],
    ['So here is the thing: it works.', null],
    ['Note: this is not a label.', null],
    ['The answer is simple: no.', null],
    ['https://example.com: a site', null],
    ['we said: hello', null],
    // a name never ends in a preposition: a credit line in capitals
    ['CART CAPTIONING PROVIDED BY: PRAIRIE REALTIME REPORTING', null],
    ['SPONSORED BY: ACME', null],
    // a meeting app's display name that is the device's
    ['iPhone de Rosalía: Sorry, one second.', 'iPhone de Rosalía'],
    ['Dana’s iPad: Can you hear me?', 'Dana’s iPad'],
  ])('%s', (line, raw) => {
    expect(labelCandidate(line)?.raw ?? null).toBe(raw);
  });

  it.each([
    ['iPhone de Rosalía', 'Rosalía'],
    ['Galaxy S23 de Kofi Mensah', 'Kofi Mensah'],
    ['Dana’s iPad', 'Dana'],
    ['Tom Lindqvist', null],
    ['iPhone', null],
  ])('the person a device name stands for: %s → %s', (label, owner) => {
    expect(deviceOwner(label)).toBe(owner);
  });

  it('accepts recurring labels, shouting ones, and near spellings of accepted ones', () => {
    const accepted = acceptLabels(['Alice Smith', 'Alice Smith', 'Bob', 'Bob', 'OKKE', 'Bob Jones', 'Update', 'Robert', 'Robert', 'Robrt', 'Bobo']);
    expect([...accepted].sort()).toEqual(['Alice Smith', 'Bob', 'Bob Jones', 'OKKE', 'Robert', 'Robrt'].sort());
  });

  it('accepts a full name said once when a recurring one-word label is its short form', () => {
    expect([...acceptLabels(['Joanna Kowalczyk', 'Jo', 'Jo', 'Hamid', 'Hamid'])].sort()).toEqual(['Hamid', 'Jo', 'Joanna Kowalczyk']);
    expect(acceptLabels(['Jo', 'Jo', 'Joking Aside']).has('Joking Aside')).toBe(false); // `Jo` does not start the word `Joking` as a name
  });

  it('accepts a role said once as a label, and the label beside it when both open the talk', () => {
    expect([...acceptLabels(['Host', 'Rohan'], true)].sort()).toEqual(['Host', 'Rohan']);
    expect([...acceptLabels(['Host', 'Rohan'])]).toEqual(['Host']); // not on the first two lines of talk
    expect([...acceptLabels(['Rohan', 'Priya'], true)]).toEqual([]); // neither is a label by itself
  });

  it('rejects a one-off title-case prefix that resembles no label', () => {
    expect(acceptLabels(['Alice', 'Alice', 'Important Announcement']).has('Important Announcement')).toBe(false);
  });

  it.each([
    ['Michael Kennedy  0:03', { raw: 'Michael Kennedy', clock: '0:03' }],
    ['Speaker 2  1:02:03', { raw: 'Speaker 2', clock: '1:02:03' }],
    ['So  0:03', null],
    ['Michael Kennedy said 0:03', null],
    ['Dana Reyes [00:01:23]', { raw: 'Dana Reyes', clock: '00:01:23' }],
    ['Dana Reyes (00:01:23.5)', { raw: 'Dana Reyes', clock: '00:01:23.5' }],
    ['Dana Reyes [00:01:23)', null],
    ['Meeting notes [00:01:23] follow', null],
  ])('speaker header line %s', (line, expected) => {
    expect(speakerHeaderLine(line)).toEqual(expected);
  });
});

describe('line transcripts', () => {
  it('labelled lines, unlabelled continuation lines are their own paragraphs', () => {
    expect(paragraphsOf('ALICE: One.\nMore from Alice.\nBOB: Two.\n')).toEqual([
      { label: 'ALICE', text: 'One.', time: null },
      { label: null, text: 'More from Alice.', time: null },
      { label: 'BOB', text: 'Two.', time: null },
    ]);
  });

  it('hard-wrapped blocks separated by blank lines are one paragraph each', () => {
    expect(paragraphsOf('ALICE: One line\nwrapped here.\n\nBOB: Two.\n\nAnd more.\n')).toEqual([
      { label: 'ALICE', text: 'One line wrapped here.', time: null },
      { label: 'BOB', text: 'Two.', time: null },
      { label: null, text: 'And more.', time: null },
    ]);
  });

  it('web page: header and footer are not speech, timestamps are kept', () => {
    const src = 'My Show\n\n« Return to show page\n\nTranscript for Episode #3:\nA title\n\n00:05 ALICE: Hi.\n\n00:09 Hello.\n\n[01:02:03] Bye.\n\nBack to show page';
    const ing = parseLineTranscript(src, 'web-transcript');
    expect(ing.timed).toBe(true);
    expect(ing.paragraphs.map((p) => [p.label?.raw ?? null, p.time])).toEqual([
      ['ALICE', { start: 5, end: 9 }],
      [null, { start: 9, end: 3723 }],
      [null, { start: 3723, end: null }],
    ]);
    expect(ing.nonSpeech.map((s) => src.slice(s.start, s.end))).toEqual(['My Show', '« Return to show page', 'Transcript for Episode #3:', 'A title', 'Back to show page']);
  });

  it('timestamps that are all the same mean no timing at all', () => {
    const ing = parseLineTranscript('00:00 ALICE: Hi.\n\n00:00 BOB: Hello.\n\n00:00 Bye.\n', 'web-transcript');
    expect(ing.timed).toBe(false);
    expect(ing.paragraphs.every((p) => p.time === null)).toBe(true);
    expect(ing.diagnostics.map((d) => d.code)).toEqual(['TIMESTAMPS_CONSTANT']);
  });

  it('Otter-style name and time lines above the text', () => {
    const src = 'Alice Smith  0:00\nHello and welcome.\nThis is the show.\n\nBob Jones  0:12\nThanks.\n';
    expect(paragraphsOf(src, 'web-transcript')).toEqual([
      { label: 'Alice Smith', text: 'Hello and welcome. This is the show.', time: 0 },
      { label: 'Bob Jones', text: 'Thanks.', time: 12 },
    ]);
  });

  it('Happy Scribe-style time-then-name lines above the text', () => {
    const src = '[00:00:01.40] - Alice Smith\nHello and welcome.\n\n[00:00:12.05] - Speaker 2\nThanks for having me.\nGlad to be here.\n\n[00:00:20.00] - Alice Smith\nRight\n\n[00:00:21.50] - Speaker 2\nSo.\n';
    expect(paragraphsOf(src, 'web-transcript')).toEqual([
      { label: 'Alice Smith', text: 'Hello and welcome.', time: 1.4 },
      { label: 'Speaker 2', text: 'Thanks for having me. Glad to be here.', time: 12.05 },
      { label: 'Alice Smith', text: 'Right', time: 20 },
      { label: 'Speaker 2', text: 'So.', time: 21.5 },
    ]);
  });

  it.each([
    // a stamped page whose short replies are a word: most stamped lines are speech, so none is a header
    ['00:05 Hi, welcome to the show, everyone.\n\n00:09 Hello\n\n00:11 Tell us about the release.\n\n00:15 Sure\nIt shipped on Monday.\n\n00:30 Exactly\n', [null, null, null, null, null]],
    // a name alone after a time, with another timed line after it, is no header: nothing goes on below it
    ['[00:00:01] - Alice Smith\n[00:00:02] - Hello there.\n[00:00:03] - Bob Jones\n[00:00:04] - Hi.\n[00:00:05] - Alice Smith\n[00:00:06] - Bye.\n', [null, null, null, null, null, null]],
    // sentence words and punctuation are no names: the line below goes on with them
    ['[00:01] - So\nwe start.\n\n[00:02] - Right.\nYes.\n\n[00:03] - Okay\nGo.\n\n[00:04] - Well\nHm.\n', [null, null, null, null]],
  ])('time then a word is speech where the file does not write its turns so: %j', (src, labels) => {
    expect(paragraphsOf(src, 'web-transcript').map((p) => p.label)).toEqual(labels);
  });

  it('a time right after a label is the paragraph\'s time, not speech (Changelog, Syntax)', () => {
    const md = '# Title\n\n**Jerod Santo:** [00:00:04.28] Welcome to the show.\n\n**Natalie Pistunovich:** Hey.\n\n**Jerod Santo:** [00:00:10.11] So, Go 1.24.\n';
    expect(parseLineTranscript(md, 'markdown').paragraphs.map((p) => [p.label?.raw, p.pieces.map((x) => x.text).join(' '), p.time?.start ?? null])).toEqual([
      ['Jerod Santo', 'Welcome to the show.', 4.28],
      ['Natalie Pistunovich', 'Hey.', null],
      ['Jerod Santo', 'So, Go 1.24.', 10.11],
    ]);
    const plain = 'Scott Tolinski: [00:00:00] Welcome to Syntax.\nWes Bos: [00:00:05] Hey.\nScott Tolinski: [00:00:08] Vite 6.\n';
    expect(paragraphsOf(plain).map((p) => [p.text, p.time])).toEqual([['Welcome to Syntax.', 0], ['Hey.', 5], ['Vite 6.', 8]]);
  });

  it('a label that names a part of the show with no speech (`**Break:** [00:22:45.18]`) is a section marker, not a speaker', () => {
    const md = '**Jerod Santo:** Welcome.\n\n**Adam Stacoviak:** Hi.\n\n**Break:** [00:22:45.18]\n\n**Jerod Santo:** [00:23:01.20] And we are back.\n\n**Adam Stacoviak:** Yes.\n';
    const ing = parseLineTranscript(md, 'markdown');
    expect(ing.paragraphs.map((p) => p.label?.raw)).toEqual(['Jerod Santo', 'Adam Stacoviak', 'Jerod Santo', 'Adam Stacoviak']);
    expect(ing.sections?.map((x) => x.title)).toEqual(['BREAK']);
    // with speech after it, `Break` is somebody's label like any other
    expect(parseLineTranscript('**Break:** I am a DJ.\n\n**Jo:** Hi.\n\n**Break:** Yes.\n', 'markdown').sections).toBeUndefined();
  });

  it('a table of contents (`1:30 – Why Zig` lines) is page furniture, its times no paragraph times', () => {
    const src = 'Table of Contents\n\n0:00 – Introduction\n1:30 – Why Zig\n4:01 – Comptime\n\nLex Fridman (00:00:00) The following is a conversation.\n\nGuido van Rossum (00:00:12) Thanks for having me.\n\nLex Fridman (00:00:15) So, the GIL.\n';
    const ing = parseLineTranscript(src, 'labeled-text');
    // (its heading too: a short line before the first label is the file's header)
    expect(ing.nonSpeech.map((x) => src.slice(x.start, x.end))).toEqual(['Table of Contents', '0:00 – Introduction', '1:30 – Why Zig', '4:01 – Comptime']);
    expect(ing.paragraphs.filter((p) => p.time).map((p) => p.time!.start)).toEqual([0, 12, 15]);
  });

  it('a few short lines before the first label are the file\'s header, not speech; a long opening is speech', () => {
    const src = 'Finding Aid 72 - Nokuthula Dlamini (Quenby Trust, Leeds)\n\nRecorded 14.10.2025, both mics, transcribed by Odile.\n\nPiers: Good afternoon, this is Finding Aid.\n\nNoku: Thank you.\n\nPiers: So.\n';
    const ing = parseLineTranscript(src, 'labeled-text');
    expect(ing.nonSpeech.map((x) => src.slice(x.start, x.end))).toEqual(['Finding Aid 72 - Nokuthula Dlamini (Quenby Trust, Leeds)', 'Recorded 14.10.2025, both mics, transcribed by Odile.']);
    expect(ing.paragraphs.map((p) => p.label?.raw)).toEqual(['Piers', 'Noku', 'Piers']);
    const long = 'Welcome back, everyone. ' + 'This is a long cold open read before anybody is named, '.repeat(5) + 'and it goes on.\n\nPiers: Hello.\n\nNoku: Hi.\n\nPiers: So.\n';
    expect(parseLineTranscript(long, 'labeled-text').paragraphs[0].label).toBeNull();
  });

  it('a clock after the name in place of a colon: the clock is no speech, and times the paragraph', () => {
    const src = 'Lex Fridman (00:00:00) The following is a conversation.\nGuido van Rossum (00:00:12) Thanks for having me.\nLex Fridman (00:00:15) So, the GIL.\n';
    expect(paragraphsOf(src).map((p) => [p.label, p.text, p.time])).toEqual([
      ['Lex Fridman', 'The following is a conversation.', 0],
      ['Guido van Rossum', 'Thanks for having me.', 12],
      ['Lex Fridman', 'So, the GIL.', 15],
    ]);
    // the clock inside a colon label times its paragraph too
    expect(paragraphsOf('Dr. Jane Doe (00:01:02): Hello.\nBob (00:01:05): Hi.\nDr. Jane Doe (00:01:09): Bye.\n').map((p) => p.time)).toEqual([62, 65, 69]);
  });

  it.each([
    ['ALICE: Hi.\nBOB: Hello.\nALICE: Bye.\n', 'labeled-text'],
    ['00:00 ALICE: Hi.\n\n00:10 Hello.\n\n00:20 Bye.\n', 'web-transcript'],
    ['just some words spoken into a microphone without any labels at all', 'plain-text'],
    ['Lex Fridman (00:00:00) The following is a conversation.\nGuido van Rossum (00:00:12) Thanks.\nLex Fridman (00:00:15) So, the GIL.\nGuido van Rossum (00:00:20) Yes.\n', 'labeled-text'],
  ])('detects %j as %s', (src, format) => {
    expect(detectFormat(src)).toBe(format);
  });
});

describe('a live captioner\'s (CART) file', () => {
  const src = [
    'ROUGH EDITED COPY', '', 'SPRING CONFERENCE', 'GENERAL SESSION 3', '', 'TUESDAY, APRIL 22, 2025', '10:30 A.M. CT', '', 'CART CAPTIONING PROVIDED BY:', 'PRAIRIE REALTIME REPORTING', '', '* * * * *', '',
    'This text, document, or file is based on live transcription and may not be a totally verbatim record of the proceedings.', '', '* * * * *', '',
    '>> ODALYS: Good morning! I\'m Odalys Ferrer.', '', '>> RUTHANNE: Thank you, Odalys.', '', '[ Laughter ]', '', '>> Which is a great name.', '', '>> RUTHANNE: It is.', '',
    '(Session concluded at 11:27 a.m. CT)', '', '* * * * *', '',
  ].join('\n');
  const ing = parseLineTranscript(src, 'labeled-text');

  it('is labelled text', () => {
    const longer = src.replace('>> RUTHANNE: It is.', Array.from({ length: 4 }, (_, i) => `>> ODALYS: Card ${i + 2}.\n\n>> RUTHANNE: Myth ${i + 2}.`).join('\n\n'));
    expect(detectFormat(longer)).toBe('labeled-text');
  });

  it('reads `>> NAME:` as a label, a bare `>>` as a turn nobody named, a sound note as no speech', () => {
    expect(ing.paragraphs.map((p) => [p.label?.raw ?? null, p.pieces.map((x) => x.text).join(' ')])).toEqual([
      ['ODALYS', 'Good morning! I\'m Odalys Ferrer.'],
      ['RUTHANNE', 'Thank you, Odalys.'],
      [null, 'Which is a great name.'],
      ['RUTHANNE', 'It is.'],
    ]);
  });

  it('what rules of stars set off before the first label and after the last is the file\'s', () => {
    const kept = ing.nonSpeech.map((x) => src.slice(x.start, x.end));
    for (const line of ['ROUGH EDITED COPY', 'CART CAPTIONING PROVIDED BY:', '* * * * *', '[ Laughter ]', '(Session concluded at 11:27 a.m. CT)']) expect(kept).toContain(line);
    expect(kept.some((x) => x.startsWith('This text, document'))).toBe(true);
    // without the rules, a long unlabelled opening stays speech (see above)
    const bare = src.replace(/\* \* \* \* \*\n/g, '');
    expect(parseLineTranscript(bare, 'labeled-text').paragraphs.some((p) => p.pieces.some((x) => x.text.startsWith('This text, document')))).toBe(true);
  });
});

describe('f4transkript stamps at the end of a paragraph', () => {
  const text = [
    'Piers: Good afternoon, this is Finding Aid. #00:00:06-2#',
    '',
    'Noku: Thank you for having me. #00:00:09-8#',
    '',
    'Piers: Where do we start? #00:00:12-0#',
    '',
  ].join('\r\n');
  it('are no speech, and time the paragraph from the stamp before it', () => {
    const r = parseLineTranscript(text, detectFormat(text));
    expect(r.paragraphs.map((p) => [p.label?.raw, p.pieces.map((x) => x.text).join(' '), p.time?.start, p.time?.end])).toEqual([
      ['Piers', 'Good afternoon, this is Finding Aid.', 0, 6.2],
      ['Noku', 'Thank you for having me.', 6.2, 9.8],
      ['Piers', 'Where do we start?', 9.8, 12],
    ]);
    expect(r.timed).toBe(true);
  });
});
