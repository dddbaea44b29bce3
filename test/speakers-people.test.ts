import { runPipeline } from '../pipeline/pipeline.js';
import { describe, expect, it } from 'vitest';
import { kebab, sameName } from '../pipeline/speakers/people.js';
import { plain, speakersOf } from './speakers-helpers.js';

const people = (text: string, speakers?: string[]) => speakersOf(text, speakers ? { speakers } : {}).layers.people;

describe('label normalisation', () => {
  it.each([
    ['KENNEDY', 'Michael KENNEDY', true],
    ['OKKE', 'OKKEN', true], // a dropped letter
    ['OKKE', 'Brian OKKEN', true],
    ['DEO', 'Jane DOE', true], // two letters swapped
    ['KENNEDY', 'OKKEN', false],
    ['Speaker 1', 'Speaker 2', false], // generic labels share only the generic word
    ['Dr. Ana Lima', 'Ana Lima', true],
    ['Host', 'Guest', false],
    ['Speaker 2', 'SPEAKER_02', true],
    ['Jo', 'Jo Kowalczyk', true], // a two-letter first name counts
    ['Jo', 'Joe Smith', false], // and is compared exactly, never as a near spelling
    ['Maria de la Cruz', 'Juan de Souza', false], // particles inside family names are not name words
    ['Ana van Dijk', 'VAN DIJK', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });

  it('a one-word label that starts one person’s first name is that person (`Jo` for `Joanna Kowalczyk`)', () => {
    const text = [
      'Joanna Kowalczyk: Hello and welcome to Board Talk. I’m Jo Kowalczyk.',
      'Hamid Rezaei: And I’m Hamid Rezaei.',
      'Jo: Let us start with the news.',
      'Hamid: Go on then.',
      'Jo: The new board is out.',
    ].join('\n');
    const ps = people(text);
    expect(ps.map((p) => p.name)).toEqual(['Jo Kowalczyk', 'Hamid Rezaei']);
    expect(ps[0].aliases).toEqual(['Joanna Kowalczyk', 'Jo']);
  });

  it.each([
    ['My guest today is Anneke de Vries.', 'Anneke de Vries'],
    ['With me is Ludwig van der Berg.', 'Ludwig van der Berg'],
    ['My guest today is Sara Lopez. Welcome.', 'Sara Lopez'],
  ])('a family name with particles is one name: %s → %s', (intro, name) => {
    expect(people(plain('Welcome to Deep Stack. I’m Daniel Osei.', intro, 'Thanks for having me.')).map((p) => p.name)).toEqual(['Daniel Osei', name]);
  });

  it('a paragraph closing on a first name (`Kofi, hi.`) names the surname-labelled speaker after it', () => {
    const web = [
      '00:00 DEMIR: Hello and welcome to Hop Count. I’m Elif Demir, and with me as always are two friends. Kofi, hi.',
      '00:14 MENSAH: Hi, Elif. Hello from Amsterdam.',
      '00:19 QUINTERO: And hello from Montevideo.',
      '00:23 So, three segments today.',
    ].join('\n\n');
    const ps = people(web);
    expect(ps.map((p) => p.name)).toEqual(['Elif Demir', 'Kofi Mensah', 'Quintero']);
    expect(ps[1].evidence).toContain('addressed-before-label');
  });

  it.each([
    // the opening says the whole name: the surname label takes its first name, and a later `Hana` is the same person
    [['00:00 MENDES: Welcome to Deep Water. I’m Gabriel Mendes. My guest is a research engineer in Hobart. Hana Kobayashi writes ocean models, and she joins us from there today.', '00:30 KOBAYASHI: Thanks, Gabriel.', '00:40 MENDES: So, Hana, where do we start?'], ['Gabriel Mendes', 'Hana Kobayashi'], 'full-name-in-text'],
    // a paragraph closing on `Hana, welcome to the show.` names the surname label after it
    [['00:00 MENDES: Welcome to Deep Water. I’m Gabriel Mendes. Today: ocean models. Hana, welcome to the show.', '00:30 KOBAYASHI: Thanks, Gabriel.'], ['Gabriel Mendes', 'Hana Kobayashi'], 'addressed-before-label'],
    // a title is not a first name
    [['00:00 MENDES: Welcome to Deep Water. I’m Gabriel Mendes. Today Professor Kobayashi joins us.', '00:30 KOBAYASHI: Thanks for having me.'], ['Gabriel Mendes', 'Kobayashi'], null],
    // a first-name label: the opening says the whole name after it (not the `Iowa,` that closes a paragraph before it)
    [['00:00 ODALYS: Good morning, Des Moines! I’m Odalys Ferrer. Ruthanne Kimura runs 911 systems in Colorado. This is Iowa.', '00:30 RUTHANNE: Thank you, Odalys.', '00:40 ODALYS: Card one.'], ['Odalys Ferrer', 'Ruthanne Kimura'], 'full-name-in-text'],
    // two first names with the surname (a sister is mentioned): neither
    [['00:00 MENDES: Welcome to Deep Water. I’m Gabriel Mendes. Hana Kobayashi is here, and her sister Yuki Kobayashi wrote the model.', '00:30 KOBAYASHI: Thanks.'], ['Gabriel Mendes', 'Kobayashi'], null],
  ])('a surname label’s first name from the opening: %j', (paras, names, evidence) => {
    const ps = people((paras as string[]).join('\n\n'));
    expect(ps.map((p) => p.name)).toEqual(names);
    if (evidence) expect(ps[1].evidence).toContain(evidence);
  });

  it('a short label that starts two people’s names is neither', () => {
    const text = ['Alice Moreau: Welcome to the show. I’m Alice Moreau.', 'Alan Price: And I’m Alan Price.', 'Al: Let us start.', 'Al: Still me.'].join('\n');
    expect(people(text).map((p) => p.name)).toEqual(['Alice Moreau', 'Alan Price', 'Al']);
  });

  it('folds label variants into two people named as they introduce themselves', () => {
    const text = [
      'Michael KENNEDY: Hello and welcome to the show. I’m Michael Kennedy.',
      'Brian OKKEN: And I’m Brian OKKEN.',
      'KENNEDY: Let us start with the news. What do you have?',
      'OKKE: I have a library for parsing dates.',
      'KENNEDY: Nice.',
      'OKKEN: It handles time zones too.',
    ].join('\n');
    const ps = people(text);
    expect(ps.map((p) => [p.id, p.name])).toEqual([
      ['michael-kennedy', 'Michael Kennedy'],
      ['brian-okken', 'Brian Okken'], // shouted in the introduction too: Title Case
    ]);
    expect(ps[0].aliases).toEqual(['Michael KENNEDY', 'KENNEDY']);
    expect(ps[1].aliases).toEqual(['Brian OKKEN', 'OKKE', 'OKKEN']);
    expect(ps.every((p) => p.role === 'host')).toBe(true);
  });

  it('takes the natural case of a shouted surname from the running text', () => {
    const text = ['MCALLISTER: Welcome back. Today we talk about caching.', 'RIVERA: Thanks. I read the McAllister paper on caching last week.', 'MCALLISTER: Ha, no relation.'].join('\n');
    expect(people(text).map((p) => p.name)).toEqual(['McAllister', 'Rivera']);
  });

  it('names people from self-introductions when there are no labels', () => {
    const ps = people(plain('Welcome to Data Hour, episode 12. I’m Ana Lima.', 'And I’m Tomás Ruiz. Good to be here.', 'So, what is first today?'));
    expect(ps.map((p) => [p.id, p.name])).toEqual([
      ['ana-lima', 'Ana Lima'],
      ['tomas-ruiz', 'Tomás Ruiz'],
    ]);
  });

  it('finds the guest a long-form interview opens with (`The following is a conversation with…`)', () => {
    const ps = people(
      ['00:00 NIKOLAI: The following is a conversation with Ayesha Farouk, a systems programmer who writes audio engines.', '00:46 NIKOLAI: This episode is brought to you by Bramble, a notes app.', '01:30 You spent ten years writing C. What made you leave?', '01:45 Mostly the build system, honestly.'].join('\n\n'),
    );
    expect(ps.map((p) => [p.name, p.role])).toEqual([
      ['Nikolai', 'host'],
      ['Ayesha Farouk', 'guest'],
    ]);
  });

  it.each(['Thank you for the invitation, Kim.', 'Thanks for inviting me.', 'It’s a pleasure to be here.', 'Delighted to be on.'])('the one who answers the welcome with `%s` is a guest', (reply) => {
    const ps = people(plain('Welcome to Build Notes. I’m Kim Park, and with me is Leo Grant.', reply, 'So how did you get started?'));
    expect(ps.find((p) => p.name === 'Leo Grant')?.role).toBe('guest');
  });

  it('finds the guest an interviewer introduces', () => {
    const ps = people(plain('Welcome to Build Notes. I’m Kim Park, and my guest today is Leo Grant. Welcome to the show, Leo.', 'Thanks for having me, Kim.', 'So how did you get started?'));
    expect(ps.map((p) => [p.name, p.role])).toEqual([
      ['Kim Park', 'host'],
      ['Leo Grant', 'guest'],
    ]);
  });

  it.each([
    ['With me this week is Leo Grant.', 'guest'],
    ['With me today is Leo Grant. He’s the CTO of a small analytics company in Porto.', 'guest'],
    ['With me is Leo Grant. She’s a staff engineer on the search team at Bookly.', 'guest'],
    ['With me as always is Leo Grant. He’s a developer at a bank.', 'host'], // a co-host hint wins
  ])('the one an opening introduces (%s) is a %s', (intro, role) => {
    const ps = people(plain(`Welcome to Build Notes. I’m Kim Park. ${intro}`, 'Hello, Kim.', 'So how did you get started?'));
    expect(ps.find((p) => p.name === 'Leo Grant')?.role).toBe(role);
  });

  it.each([
    ['Hello and welcome. I’m your host, Ana Lima, and I’m here with Ben Ortiz.', ['Ana Lima', 'Ben Ortiz']],
    ['Good morning, this is Ana Lima. Ben Ortiz, welcome back.', ['Ana Lima', 'Ben Ortiz']],
    ['Ana Lima here. My co-host, Ben Ortiz, is on the line.', ['Ana Lima', 'Ben Ortiz']],
    ['Welcome to Build Talk. This is your host Ana Lima. Ben Ortiz, welcome to the show.', ['Ana Lima', 'Ben Ortiz']],
    ['Welcome to Build Talk, I’m Ana Lima, and today I’m talking to Ben Ortiz about caching.', ['Ana Lima', 'Ben Ortiz']],
    ['This is Build Talk and I’m Ana Lima. This week we’re speaking with Ben Ortiz.', ['Ana Lima', 'Ben Ortiz']],
    ['I’m Ana Lima, and last month I sat down with Ben Ortiz in Lisbon.', ['Ana Lima', 'Ben Ortiz']],
    ['I’m Ana Lima. The person taking us through it today is Ben Ortiz, who runs a lab.', ['Ana Lima', 'Ben Ortiz']],
    ['I’m Ana Lima, here in Porto. Ben Ortiz, it’s lovely to have you here.', ['Ana Lima', 'Ben Ortiz']],
    ['I’m Ana Lima. Ben Ortiz, great to have you on the show.', ['Ana Lima', 'Ben Ortiz']],
    // a greeting that ends the opening: the one greeted speaks next
    ['I’m Ana Lima. Tonight Ben Ortiz, who builds flight computers. Hi, Ben Ortiz.', ['Ana Lima', 'Ben Ortiz']],
  ])('introductions: %s', (opening, names) => {
    expect(people(plain(opening, 'Thanks, it is good to be here.', 'So what is new this week?')).map((p) => p.name)).toEqual(names);
  });

  it.each([
    'I’m Ana Lima. The person who built it is Ben Ortiz.', // built, not taking us through it
    'I’m Ana Lima. Nice to have you back, everyone.', // no name before it
    'I’m Ana Lima. Hi, Ben Ortiz, and thanks for the rocket you sent.', // the greeting does not end the paragraph
  ])('no introduction: %s', (opening) => {
    expect(people(plain(opening, 'Thanks, it is good to be here.', 'So what is new this week?')).map((p) => p.name)).not.toContain('Ben Ortiz');
  });

  it('the show is not a person: `this is Stack Notes, episode 12`', () => {
    const ps = people(plain('Hello and welcome, this is Stack Notes, episode 12. I’m Dana Reyes.', 'And I’m Tom Berg.', 'Let us start.'));
    expect(ps.map((p) => p.name)).toEqual(['Dana Reyes', 'Tom Berg']);
  });

  it('a name introduced in the middle of the show is someone talked about, not a speaker', () => {
    const body = Array.from({ length: 8 }, (_, i) => (i % 2 ? 'That is interesting, tell me more.' : 'The new release is much faster on large projects this time.'));
    const ps = people(plain('Welcome to Dev Chat. I’m Ana Lima.', 'And I’m Ben Ortiz.', ...body, 'Last week I was talking with Guido. He is joined by Carl Meyer on the project.', 'Nice.'));
    expect(ps.map((p) => p.name)).toEqual(['Ana Lima', 'Ben Ortiz']);
  });

  it('does not take `This is Episode 12` or `I’m really glad` for a name', () => {
    const ps = people(plain('This is Episode 12, recorded in May. I’m really glad you are here.', 'Today is about compilers.'));
    expect(ps.map((p) => p.name)).toEqual(['Speaker 1']);
  });

  it('uses --speakers names, matching labels to them', () => {
    const ps = people(['KIM: Hello there.', 'GRANT: Hi.', 'KIM: Let us begin.'].join('\n'), ['Kim Park', 'Leo Grant']);
    expect(ps.map((p) => [p.id, p.name, p.aliases])).toEqual([
      ['kim-park', 'Kim Park', ['KIM']],
      ['leo-grant', 'Leo Grant', ['GRANT']],
    ]);
  });

  it('keeps generic labels as numbered people', () => {
    const ps = people(['Speaker 1: Hello.', 'Speaker 2: Hi there.', 'Speaker 1: Shall we start?', 'SPEAKER_02: Sure.'].join('\n'));
    expect(ps.map((p) => [p.id, p.name, p.aliases])).toEqual([
      ['speaker-1', 'Speaker 1', ['Speaker 1']],
      ['speaker-2', 'Speaker 2', ['Speaker 2', 'SPEAKER_02']],
    ]);
  });

  describe('labels that are initials (`DA:`, `AV:`)', () => {
    const lines = (...xs: string[]) => xs.join('\n\n') + '\n';
    it.each([
      [
        lines('DA: Stream processing is everywhere. My guest today is Anouk Verbeek. I am Dominic Ashworth.', 'DA: Anouk, welcome to the show.', 'AV: Thanks, it is great to be here.', 'DA: So, Kafka.', 'AV: Kafka, yes.'),
        [['Dominic Ashworth', ['DA']], ['Anouk Verbeek', ['AV']]],
      ],
      // another phrase with the same initials later: the opening's name wins
      [
        lines(
          'DA: My guest is Anouk Verbeek, and I am Dominic Ashworth.',
          'AV: Hello.',
          ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 'AV: We moved the parcel events to a queue, and the batch jobs went away one by one.' : 'DA: And how did the depots take it?')),
          'DA: Tell me about Data Analytics at your company.',
          'AV: Data Analytics is my team.',
          'DA: Nice.',
        ),
        [['Dominic Ashworth', ['DA']], ['Anouk Verbeek', ['AV']]],
      ],
      // the name inside a longer capitalised run (`Today Dominic Ashworth talks…`)
      [
        lines('DA: Today Dominic Ashworth talks to Anouk Verbeek about streams.', 'AV: Thanks, it is great to be here.', 'DA: So, queues.', 'AV: Queues, yes.'),
        [['Dominic Ashworth', ['DA']], ['Anouk Verbeek', ['AV']]],
      ],
      // no whole name with those initials: the label stays as it is
      [lines('JM: Hello there.', 'PN: Hi.', 'JM: So, streams.', 'PN: Yes.'), [['Jm', ['JM']], ['Pn', ['PN']]]],
    ])('%#', (text, want) => {
      expect(people(text).map((p) => [p.name, p.aliases])).toEqual(want);
    });
  });

  describe('generic labels named by what is said under them', () => {
    const otter = (...blocks: Array<[number, string]>) => blocks.map(([k, t], i) => `Speaker ${k}  0:${String(i * 7).padStart(2, '0')}\n${t}`).join('\n\n') + '\n';
    const named = (text: string) => people(text).map((p) => [p.name, p.aliases, p.evidence.includes('named-under-generic-label') ? 'named' : p.evidence.includes('only-unnamed-voice') ? 'paired' : '-']);

    it('each label is whoever introduces themselves under it', () => {
      expect(named(otter([1, 'Welcome to Dead Rows. I’m Ruth Kessler.'], [2, 'And I’m Dan Achterberg, hello.'], [1, 'So, the news.'], [2, 'Right.']))).toEqual([
        ['Ruth Kessler', ['Speaker 1'], 'named'],
        ['Dan Achterberg', ['Speaker 2'], 'named'],
      ]);
    });
    it('a JSON transcript declaring its diarisation ids (`SPEAKER_00`) names them the same way', () => {
      const seg = (speaker: string, start: number, body: string) => ({ speaker, startTime: start, endTime: start + 4, body });
      const json = JSON.stringify({ version: '1.0.0', segments: [seg('SPEAKER_00', 0, 'Welcome to Dead Rows. I’m Ruth Kessler, and with me is Dan Achterberg.'), seg('SPEAKER_01', 5, 'Hello hello.'), seg('SPEAKER_00', 10, 'So, the news.'), seg('SPEAKER_01', 15, 'Right.')] });
      const doc = runPipeline(json, 'episode.json');
      expect(doc.layers.people.map((p) => [p.name, p.aliases])).toEqual([
        ['Ruth Kessler', ['SPEAKER_00']],
        ['Dan Achterberg', ['SPEAKER_01']],
      ]);
    });
    it('the one voice left unnamed is the one person introduced by the other', () => {
      expect(named(otter([1, 'Welcome to Dead Rows. I’m Ruth Kessler, and with me is Dan Achterberg.'], [2, 'Hello hello.'], [1, 'So, the news.'], [2, 'Right.']))).toEqual([
        ['Ruth Kessler', ['Speaker 1'], 'named'],
        ['Dan Achterberg', ['Speaker 2'], 'paired'],
      ]);
    });
    it('two names introduced under one label name neither (diarisation merged two voices)', () => {
      expect(named(otter([1, 'I’m Ruth Kessler.'], [2, 'Hi.'], [1, 'And I’m Dan Achterberg.'], [2, 'Right.'])).map((x) => x[0])).toEqual(['Speaker 1', 'Speaker 2', 'Ruth Kessler', 'Dan Achterberg']);
    });
    // WhisperX's text output: each voice introduces the other in the third person
    const whisperx = (...lines: Array<[number, string]>) => lines.map(([k, t]) => `[SPEAKER_0${k}]: ${t}`).join('\n') + '\n';
    const mutual = (text: string) => people(text).map((p) => [p.name, p.aliases, p.evidence.includes('introduced-by-other-voice') ? 'other' : '-']);
    it('two voices that introduce each other are each the one the other introduced', () => {
      const text = whisperx([1, 'Welcome in to Gear Train, episode 9.'], [1, 'At the far end of a video link sits Oskar Brandt, who writes brake firmware.'], [0, 'Hello.'], [0, 'And the voice you heard first belongs to Ines Marlow, in Porto.'], [1, 'Guilty.'], [0, 'So, the news.'], [1, 'Right.'], [0, 'Go on.']);
      expect(mutual(text)).toEqual([
        ['Oskar Brandt', ['SPEAKER_00'], 'other'],
        ['Ines Marlow', ['SPEAKER_01'], 'other'],
      ]);
    });
    it('both voices introduce the same person: neither is named so', () => {
      const text = whisperx([1, 'At the far end of a video link sits Oskar Brandt, who writes brake firmware.'], [0, 'Hello.'], [0, 'Yes, the voice you heard first belongs to Oskar Brandt, sorry.'], [1, 'Guilty.'], [0, 'So, the news.'], [1, 'Right.']);
      expect(mutual(text).some((x) => x[2] === 'other')).toBe(false);
    });
    it('role labels take the name said in the unlabelled lines right after them (`Host:` / `Hello… I’m Priyanka Raman.`)', () => {
      const text = ['Host: A quick word from this month’s sponsor before we start.', 'Hello, and welcome to Long Branch. I’m Priyanka Raman.', 'My guest runs a sequencing lab. Eamon Kilbride, welcome to the show.', 'Guest: Thanks, Priyanka, good to be here.', 'Host: So, sequencers.', 'Guest: Right.'].join('\n');
      expect(named(text)).toEqual([
        ['Priyanka Raman', ['Host'], 'named'],
        ['Eamon Kilbride', ['Guest'], 'paired'],
      ]);
    });
    it('each self-introduction in an unlabelled line names the label above it', () => {
      const text = ['Host: Welcome to Long Branch.', 'I’m Priyanka Raman.', 'Guest: Hello.', 'And I’m Eamon Kilbride.', 'Host: So.', 'Guest: Right.'].join('\n');
      expect(named(text).map((x) => [x[0], x[1]])).toEqual([
        ['Priyanka Raman', ['Host']],
        ['Eamon Kilbride', ['Guest']],
      ]);
    });
    it('one name introduced under two labels names neither', () => {
      expect(named(otter([1, 'I’m Ruth Kessler.'], [2, 'Hi.'], [2, 'Wait, I’m Ruth Kessler, not you.'], [1, 'Right.'])).map((x) => x[0])).toEqual(['Speaker 1', 'Speaker 2', 'Ruth Kessler']);
    });

    // a panel whose host introduces the guests in passing: they are named by how the others call them
    const panel = (...calls: Array<[number, string]>) =>
      otter(
        [1, 'Welcome to Tide Line. I’m Ruth Kessler. With me are two people who build robots. Ana Quiroga flies gliders in Vigo, and Tomas Lindqvist runs an observatory.'],
        [2, 'Thanks, glad to be here.'],
        [3, 'Hello, everyone.'],
        ...calls,
      );
    const byAddress = (text: string) => people(text).map((p) => [p.name, p.evidence.includes('addressed-before-turns') ? 'addressed' : '-']);
    it('a voice whose turns follow calls to one first name is the person the opening names so', () => {
      const text = panel([1, 'It is. Ana, you have a glider out right now, so you go first.'], [2, 'She is south of the islands.'], [1, 'How deep does it go, Tomas?'], [3, 'Ours sits on the seafloor.'], [3, 'Ana, can I ask you about batteries?'], [2, 'They last months.'], [1, 'And the cable, Tomas?'], [3, 'It carries power.']);
      expect(byAddress(text).sort()).toEqual([
        ['Ana Quiroga', 'addressed'],
        ['Ruth Kessler', '-'],
        ['Tomas Lindqvist', 'addressed'],
      ]);
    });
    it('one call is not enough, and a name the voice itself calls is not its own', () => {
      const once = panel([1, 'Ana, you go first.'], [2, 'Sure.'], [1, 'Tomas?'], [3, 'Yes.']);
      expect(byAddress(once).map((x) => x[0]).sort()).toEqual(['Ruth Kessler', 'Speaker 2', 'Speaker 3']);
      const own = panel([1, 'Ana, you go first.'], [2, 'Ana, Tomas, both of you, listen.'], [1, 'So, Ana, what now?'], [2, 'Ana, Tomas, again, listen.'], [1, 'Ana, please.'], [2, 'Fine.']);
      expect(byAddress(own).map((x) => x[0])).not.toContain('Ana Quiroga');
    });
    it('a meeting app\'s dial-in (`Call-in User_2`) or shared account (`Caprock Rocketry Lab`) is named like `Speaker 2`', () => {
      const meeting = (...turns: Array<[string, string]>) => turns.map(([who, text]) => `${who}: ${text}`).join('\n\n');
      const text = meeting(
        ['Lorna Fitzgibbon', 'Welcome to Dual Deploy. I’m Lorna Fitzgibbon. Tonight Anand Vara Rajan, an engineer in Colorado, and Maddie from a student team. Hi, Anand.'],
        ['Call-in User_2', 'Hi, Lorna. I’m on a phone tonight.'],
        ['Lorna Fitzgibbon', 'Maddie, welcome.'],
        ['Caprock Rocketry Lab', 'Thanks for having me.'],
        ['Lorna Fitzgibbon', 'Anand, what flies in your rockets?'],
        ['Call-in User_2', 'Mostly my own boards.'],
        ['Lorna Fitzgibbon', 'Maddie, and yours?'],
        ['Caprock Rocketry Lab', 'A board we designed ourselves.'],
        ['Lorna Fitzgibbon', 'Anand, batteries?'],
        ['Call-in User_2', 'Lithium, always.'],
        ['Lorna Fitzgibbon', 'Maddie, same?'],
        ['Caprock Rocketry Lab', 'Same.'],
      );
      expect(byAddress(text).sort()).toEqual([
        ['Anand Vara', 'addressed'],
        ['Lorna Fitzgibbon', '-'],
        ['Maddie', 'addressed'],
      ]);
      // a display name with a given name in it is a person's
      const person = meeting(['Lorna Fitzgibbon', 'Welcome. Maddie, welcome.'], ['Sarah Lab', 'Thanks.'], ['Lorna Fitzgibbon', 'Maddie, go on.'], ['Sarah Lab', 'Sure.'], ['Lorna Fitzgibbon', 'Maddie, more?'], ['Sarah Lab', 'No.']);
      expect(people(person).map((p) => p.name)).toContain('Sarah Lab');
    });
    it('a meeting app\'s device name: an owner\'s device (`Tom\'s iPhone`) is its owner; a device of no given name is named like `Speaker 2`; mixed case stays', () => {
      const meeting = (...turns: Array<[string, string]>) => turns.map(([who, text]) => `${who}: ${text}`).join('\n\n');
      const text = meeting(
        ['Bronwen Tallis', 'Welcome to Cross Track. I’m Bronwen Tallis, and tonight Ikaika is here. Tom, Zoom says you’re an iPad.'],
        ['Kestrel iPad', 'Yes, the boat’s iPad.'],
        ['Ikaika', 'Aloha.'],
        ['Bronwen Tallis', 'Tom, what do you run?'],
        ['Kestrel iPad', 'A Raspberry Pi.'],
        ['Ikaika', 'Same here.'],
        ['Bronwen Tallis', 'Seagull?'],
        ["Tom's iPhone", 'Probably the seagull.'],
        ['Bronwen Tallis', 'You are back.'],
        ["Tom's iPhone", 'On the phone now.'],
      );
      const names = people(text).map((p) => p.name);
      expect(names).toContain('Tom');
      expect(names).not.toContain("Tom's iPhone");
      expect(names.some((n) => /Seagull/.test(n))).toBe(false);
      expect(names.filter((n) => /ipad/i.test(n)).every((n) => n.includes('iPad'))).toBe(true);
      // names the user gives (`--speakers`) are taken as they are, a device's too
      expect(people(text, ['Bronwen Tallis', 'Harbour Studio', 'Ikaika']).map((p) => p.name)).toContain('Harbour Studio');
    });
    it('a first name the opening never says in full names nobody', () => {
      const text = panel([1, 'Bea, you go first.'], [2, 'Sure.'], [1, 'And then, Bea?'], [2, 'Yes.'], [1, 'Bea, more?'], [2, 'Fine.']);
      expect(byAddress(text).map((x) => x[0])).toContain('Speaker 2');
    });
  });

  it.each([
    ['Amara, you’ve been on before, but remind people who you are.', 'guest'],
    ['And our other guest is new to the show.', 'guest'],
    ['Great to have you both.', 'host'], // no prompt: an early self-introduction is a host's
  ])('who introduces themselves after `%s` is a %s', (prompt, role) => {
    const text = ['Theo Marsh: Hello and welcome to Skip Link. I’m Theo Marsh.', `Theo Marsh: ${prompt}`, 'Amara Chukwu: Hi! I’m Amara Chukwu, a consultant in Dublin.', 'Theo Marsh: So, forms.', 'Amara Chukwu: Forms, yes.'].join('\n');
    const ps = people(text);
    expect(ps.find((p) => p.name === 'Amara Chukwu')?.role).toBe(role);
    expect(ps.find((p) => p.name === 'Theo Marsh')?.role).toBe('host');
  });

  it('a panel: the others the moderator then calls on by name and who say who they are are guests too', () => {
    const text = [
      'Renata Okafor: Hi everyone, welcome to Cardinality Club. I’m Renata Okafor, your moderator tonight.',
      'Renata Okafor: Let me get our panellists to introduce themselves. Kofi, you go first.',
      'Kofi Asante: Hi, I’m Kofi Asante, a platform engineer in Accra.',
      'Renata Okafor: Inês?',
      'Inês Albuquerque: Olá, I’m Inês Albuquerque, I lead observability at a telecom.',
      'Renata Okafor: And Hannah.',
      'Hannah Lindqvist: Hi everyone! I’m Hannah Lindqvist, I’m in Stockholm.',
      'Renata Okafor: Great. Kofi, let’s start with you.',
      'Kofi Asante: Sure.',
      'Inês Albuquerque: Can I add one thing?',
      'Hannah Lindqvist: Me too, after Inês.',
    ].join('\n');
    expect(people(text).map((p) => [p.name.split(' ')[0], p.role])).toEqual([['Renata', 'host'], ['Kofi', 'guest'], ['Inês', 'guest'], ['Hannah', 'guest']]);
  });

  it('makes stable kebab-case ids', () => {
    expect(kebab('Tomás Ruiz-Díaz')).toBe('tomas-ruiz-diaz');
    expect(kebab("Dana O'Neil")).toBe('dana-o-neil');
  });
});

describe('cue patterns', () => {
  it('caseless: cue letters match either case; escapes, classes and group syntax stay', async () => {
    const { caseless } = await import('../pipeline/speakers/cues.js');
    expect(caseless(String.raw`\bmy (?:co-?host|guest)\s+[A-Z]`)).toBe(String.raw`\b[mM][yY] (?:[cC][oO]-?[hH][oO][sS][tT]|[gG][uU][eE][sS][tT])\s+[A-Z]`);
    expect(new RegExp(caseless('(?<=x)this is')).test('X THIS IS')).toBe(false);
    expect(new RegExp(caseless('this is')).test('This Is')).toBe(true);
  });

  it('a name is capitalised words only: `Good to be here` is not `NAME here`', () => {
    const ps = speakersOf(plain('Welcome to Dev Chat. I’m Ana Lima, and Ben Ortiz is here too.', 'Good to be here.', 'So what is new?')).layers.people;
    expect(ps.map((p) => p.name)).not.toContain('Good');
  });
});

describe('two self-introductions in one paragraph', () => {
  // a copied video transcript runs both hosts' introductions into one caption paragraph
  const panel = ['0:00', 'Hi everyone, this is Stack Notes, the weekly show. I’m Dana', '0:04', 'Reyes, in Lisbon. And I’m Tom Lindqvist, in Leeds, and', '0:08', 'we have news.', '0:10', 'So the first thing is a new release.', '0:14', 'Yes, and it is a big one.'].join('\n');
  it('where nothing marks who speaks, each is a person', () => {
    expect(people(panel).map((p) => p.name)).toEqual(['Dana Reyes', 'Tom Lindqvist']);
  });
  it('in a labelled transcript the paragraph’s speaker is the first; a second name is not another speaker', () => {
    const labelled = 'DANA: Hi, I’m Dana Reyes. I’m sure you all know, and I’m Tom Lindqvist’s biggest fan.\nTOM: Hi.\nDANA: So, news.\nTOM: Yes.';
    expect(people(labelled).map((p) => p.name)).not.toContain('Tom Lindqvist’s');
  });
});

describe('roles: a host who speaks of a guest before the other voice first speaks', () => {
  const labelled = (...lines: string[]) => lines.join('\n\n') + '\n';
  const role = (text: string, name: string) => speakersOf(text).layers.people.find((p) => p.name === name)?.role;
  it('makes the other person a guest (no introduction pattern named them)', () => {
    const text = labelled(
      'Ana Ruiz: Welcome to Oven Talk, episode 12. I’m Ana Ruiz. My guest spends her days inside industrial ovens. Bea Kim runs the kilns at a tile works.',
      'Bea Kim: Glad you asked me. The kilns are older than I am.',
      'Ana Ruiz: How old?',
      'Bea Kim: Forty years, and they still run every night without a fault.',
    );
    expect(role(text, 'Bea Kim')).toBe('guest');
    expect(role(text, 'Ana Ruiz')).toBe('host');
  });
  it('leaves a co-host alone when the opening speaks of no guest', () => {
    const text = labelled(
      'Ana Ruiz: Welcome to Oven Talk, episode 12. I’m Ana Ruiz, and it is a busy week.',
      'Bea Kim: It is. The kilns are older than I am.',
      'Ana Ruiz: How old?',
      'Bea Kim: Forty years, and they still run every night without a fault.',
    );
    expect(role(text, 'Bea Kim')).not.toBe('guest');
  });
});
