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
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
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

  it('finds the guest an interviewer introduces', () => {
    const ps = people(plain('Welcome to Build Notes. I’m Kim Park, and my guest today is Leo Grant. Welcome to the show, Leo.', 'Thanks for having me, Kim.', 'So how did you get started?'));
    expect(ps.map((p) => [p.name, p.role])).toEqual([
      ['Kim Park', 'host'],
      ['Leo Grant', 'guest'],
    ]);
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

  it('makes stable kebab-case ids', () => {
    expect(kebab('Tomás Ruiz-Díaz')).toBe('tomas-ruiz-diaz');
    expect(kebab("Dana O'Neil")).toBe('dana-o-neil');
  });
});
