import { describe, expect, it } from 'vitest';
import { caselessIntroductions, caselessSelfIntroductions } from '../pipeline/speakers/people.js';
import { runPipeline } from '../pipeline/pipeline.js';

describe('self-introductions in caseless speech-to-text', () => {
  it.each([
    ["good morning and welcome to the daily stack i'm sam ortiz and we have seven stories", ['Sam Ortiz']],
    ['hello everyone this is michael kennedy', ['Michael Kennedy']],
    ["i'm not sure about that one", []],
    ["i'm going to talk about rust today", []],
    ['this is episode twelve of the show', []],
    // names compromise does not list: two words English and the lexicon both lack
    ["hi everyone this is priya natarajan and you're listening to week in code", ['Priya Natarajan']],
    ["i'm wojciech kowalczyk and this is the show", ['Wojciech Kowalczyk']],
    ["this is python bytes episode four hundred", []],
    ["i'm super excited about this one", []],
    ["this is kubernetes weekly", []],
    // speech-to-text that capitalises only the pronoun
    ["this is the morning diff the tech news you need I'm nell harrow nine stories today", ['Nell Harrow']],
    // a first name no list has, as the recogniser spelled it, then a word: the first name alone
    ["and i'm wakeen sour in copenhagen i spent eleven years writing firmware", ['Wakeen']],
    ["i'm kinda tired today", []],
    ["this is wakeen sour", []],
  ])('%s', (text, names) => {
    expect(caselessSelfIntroductions(text)).toEqual(names);
  });

  it('names the one voice of a caseless news read', () => {
    const text = "good morning and welcome to the daily stack i'm sam ortiz we have three stories for you today the first one is about rust and the linux kernel which merged a new driver this week the second story is about a database company that was acquired for two billion dollars";
    const doc = runPipeline(text, 'stt.txt');
    expect(doc.layers.people.map((p) => p.name)).toEqual(['Sam Ortiz']);
  });

  it('speech-to-text that capitalises only `I` is still caseless', () => {
    const text = "good morning this is the morning diff I'm sam ortiz we have three stories for you today the first one is about rust and the linux kernel which merged a new driver this week the second story is about a database company";
    expect(runPipeline(text, 'stt.txt').layers.people.map((p) => p.name)).toEqual(['Sam Ortiz']);
  });

  it('a recogniser\'s sound note in its own case (`[Music]`) leaves the captions caseless', () => {
    const text = "[Music] good morning and welcome to the daily stack i'm sam ortiz we have three stories for you today the first one is about rust and the linux kernel which merged a new driver this week the second story is about a database company";
    expect(runPipeline(text, 'stt.txt').layers.people.map((p) => p.name)).toEqual(['Sam Ortiz']);
  });

  it('leaves capitalised text to the cased patterns', () => {
    const doc = runPipeline("Good morning, I'm Sam Ortiz. Today we have three stories.", 'x.txt');
    expect(doc.layers.people.map((p) => p.name)).toEqual(['Sam Ortiz']);
  });
});

describe('someone introduced in caseless speech-to-text (auto-captions)', () => {
  it.each([
    ['in edinburgh rohan welcome', ['Rohan']],
    ['cara welcome to the show', ['Cara']],
    ['and my guest today is priya natarajan who runs', ['Priya Natarajan']],
    // not a name: a place, a thing, a bare `welcome`
    ['edinburgh welcome to the show', []],
    ['everyone welcome back', []],
    ['you are welcome', []],
    // a vocative before `you're (very) welcome`
    ["rohan you're very welcome", ['Rohan']],
    ["no you're very welcome", []],
  ])('%s → %j', (text, names) => {
    expect(caselessIntroductions(text)).toEqual(names);
  });

  // right after a guest was announced: a first and last name no vocabulary has, then what the person does
  it.each([
    ['machines tandiwe nkosi runs mainframe engineering at a bank', true, ['Tandiwe Nkosi']],
    ['ofelia marsk leads the platform team', true, ['Ofelia Marsk']],
    ['ofelia marsk leads the platform team', false, []],
    // English words, or a technology, before the verb: no name
    ['the scheduler runs every night', true, []],
    ['kubernetes operator runs the show', true, []],
    // a name with no role verb after it
    ['tandiwe nkosi and i go back years', true, []],
  ])('%s (guest announced: %s) → %j', (text, announced, names) => {
    expect(caselessIntroductions(text, announced)).toEqual(names);
  });

  it('a guest announced without a name is named by the caption after (a first and last name, then a job)', () => {
    const cues = ["welcome to core dump i'm mara lindqvist", 'my guest spends her days inside one of those machines', 'ofelia marsk runs mainframe engineering at a pension fund', "ofelia you're very welcome", "thank you it's a real pleasure to be here", 'so what does the machine do all day'];
    const vtt = 'WEBVTT\n\n' + cues.map((c, i) => `00:00:0${i}.000 --> 00:00:0${i + 1}.000\n${c}\n`).join('\n');
    const roles = runPipeline(vtt, 'captions.vtt').layers.people.map((p) => [p.name, p.role]);
    expect(roles).toContainEqual(['Ofelia Marsk', 'guest']);
    expect(roles.filter(([, role]) => role === 'host').map(([name]) => name.split(' ')[0])).toEqual(['Mara']);
  });

  it('an introduced guest makes a caseless caption file an interview (a host and a guest)', () => {
    const cues = ['hi and welcome to dev chat i\'m ana lima', 'and today i\'m talking to someone who', 'moved a fleet to a new scheduler cara welcome', 'thanks ana happy to be here', 'so tell people what the old setup was'];
    const vtt = 'WEBVTT\n\n' + cues.map((c, i) => `00:00:0${i}.000 --> 00:00:0${i + 1}.000\n${c}\n`).join('\n');
    const doc = runPipeline(vtt, 'captions.vtt');
    const roles = doc.layers.people.map((p) => [p.name.split(' ')[0], p.role]);
    expect(roles).toContainEqual(['Cara', 'guest']);
    expect(roles).toContainEqual(['Ana', 'host']);
  });
});
