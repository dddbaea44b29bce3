import { describe, expect, test } from 'vitest';
import { detectFormat, readerFor } from '../pipeline/ingest/formats.js';
import { parseSbv, sniffSbv } from '../pipeline/ingest/sbv.js';
import { parseTable, sniffCsv, sniffTsv } from '../pipeline/ingest/table.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { fails, summary, violations } from './ingest-check.js';


describe('SubViewer (SBV) captions', () => {
  const sbv = ['0:00:00.800,0:00:04.606', '>> Welcome to the show. I am', 'Ann Lee.', '', '0:00:04.646,0:00:08.837', '>> And I am Bo Chen.', '', '1:02:03.500,1:02:05.000', 'An hour in.', ''].join('\n');

  test.each([
    [sbv, 0.95],
    ['0:00:01.000,0:00:02.000\nHi.\n\n0:00:02.000,0:00:03.000\nBye.\n', 0.95],
    ['1\n00:00:01,000 --> 00:00:02,000\nHi.\n', 0], // SRT
    ['WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n', 0],
    ['At 0:00:01.000,0:00:02.000 we start.\n', 0], // a timing inside prose
  ])('sniff %#', (text, score) => expect(sniffSbv(text)).toBe(score));

  test('timing lines of two clocks and a comma; `>>` starts a speaker; an unpadded hour', () => {
    const r = parseSbv(sbv);
    expect(r.format).toBe('sbv');
    expect(violations(sbv, r)).toEqual([]);
    expect(summary(r)).toEqual(['-|Welcome to the show. I am Ann Lee.|0.8', '-|And I am Bo Chen.|4.646', '-|An hour in.|3723.5']);
    expect(r.paragraphs[1].speakerChange).toBe(true);
    expect(detectFormat(sbv)).toBe('sbv');
  });

  test('a damaged timing line is reported and its text kept; no timing at all is an error', () => {
    const text = '0:00:01.000,0:00:02.000\nOne.\n\n0:00:03.000,0:0x:04.000\nTwo.\n';
    const r = parseSbv(text);
    expect(r.paragraphs.flatMap((p) => p.pieces.map((x) => x.text))).toEqual(['One.', 'Two.']);
    expect(r.diagnostics.map((d) => d.code)).toContain('SBV_BAD_TIMING');
    expect(fails(() => parseSbv('Just words.\nMore words.\n'), 'SBV_NO_CUES')).toMatch(/is not SubViewer \(SBV\): no line has a cue timing like "0:00:01\.000,0:00:04\.000"/);
  });
});

describe('transcripts as tables (TSV, CSV)', () => {
  test.each([
    ['start\tend\ttext\n0\t1000\tHi.\n', 0.95, 0],
    ['start,end,speaker,text\n0,1000,A,Hi.\n', 0, 0.95],
    ['Speaker;Start Time;End Time;Text\nAnn;00:00:01;00:00:02;Hi.\n', 0, 0.95],
    ['\uFEFF"start","end","text"\n0,1,Hi.\n', 0, 0.95],
    ['id,name,price\n1,apple,2\n', 0, 0], // a table, but no transcript: no text column
    ['text\nHi.\n', 0, 0], // a text column alone says nothing of a table
    ['Ann: Hi, how are you?\nBo: Fine, thanks.\n', 0, 0],
  ])('sniff %#', (text, tsv, csv) => {
    expect(sniffTsv(text)).toBe(tsv);
    expect(sniffCsv(text)).toBe(csv);
  });

  test("Whisper's TSV: whole milliseconds, no speakers; a row that ends a sentence closes a paragraph", () => {
    const text = 'start\tend\ttext\n700\t9841\tHello and welcome to the show,\n9931\t15585\tnumber 35.\n16300\t26085\tI am Ann.\n';
    const r = parseTable(text);
    expect(r.format).toBe('tsv');
    expect(violations(text, r)).toEqual([]);
    expect(summary(r)).toEqual(['-|Hello and welcome to the show, number 35.|0.7', '-|I am Ann.|16.3']);
    expect(r.paragraphs[1].time).toEqual({ start: 16.3, end: 26.085 });
    // (a row's times belong to its paragraph, as a JSON segment's keys do: only the header is outside)
    expect(r.nonSpeech.map((s) => text.slice(s.start, s.end))).toEqual(['start\tend\ttext']);
  });

  test('CSV: RFC 4180 quotes (the delimiter, doubled quotes, a line break inside), speakers as labels', () => {
    const text = 'start,end,speaker,text\r\n1500,2800,A,"Welcome, everyone."\r\n3000,4000,B,"It\'s a ""preview"" mode,\nreally."\r\n4100,5000,B,Plain text here.\r\n';
    const r = parseTable(text);
    expect(r.format).toBe('csv');
    expect(violations(text, r)).toEqual([]);
    expect(summary(r)).toEqual(['A|Welcome, everyone.|1.5', 'B|It\'s a "preview" mode,\nreally. Plain text here.|3']);
    const quoted = r.paragraphs[1].pieces.find((x) => x.text.includes('"preview"'))!;
    expect(quoted.verbatim).toBe(false);
    expect(text.slice(quoted.span.start, quoted.span.end)).toBe('""preview""');
    expect(r.paragraphs[0].pieces[0].verbatim).toBe(true);
    expect(text.slice(r.paragraphs[1].label!.span.start, r.paragraphs[1].label!.span.end)).toBe('B');
  });

  test.each([
    ['clock times', 'Speaker,Start Time,End Time,Text\nAnn,00:01:02.500,00:01:04,Hi.\n', 62.5],
    ['clock times with a comma before the milliseconds', 'speaker\tstart\tend\ttext\nAnn\t00:01:02,500\t00:01:04,000\tHi.\n', 62.5],
    ['seconds with decimals', 'start,end,text\n62.5,64.0,Hi.\n', 62.5],
    ['whole seconds a few apart', 'start,end,text\n62,64,Hi.\n66,68,Ho.\n', 62],
    ['whole milliseconds (rows start hundreds apart)', 'start,end,text\n62500,64000,Hi.\n66000,68000,Ho.\n', 62.5],
    ['a unit in the header', 'Start (ms);End (ms);Text\n62500;64000;Hi.\n', 62.5],
    ['seconds said in the header', 'start_seconds,end_seconds,text\n6250,6400,Hi.\n6600,6800,Ho.\n', 6250],
  ])('times: %s', (_name, text, start) => {
    const r = parseTable(text);
    expect(r.paragraphs[0].time?.start).toBe(start);
    expect(violations(text, r)).toEqual([]);
  });

  test('damage is reported and no text is lost: short rows, unreadable times', () => {
    const text = 'start,end,speaker,text\n0,1000,A,One.\n2000,3000\nsoon,4000,B,Three.\n';
    const r = parseTable(text);
    expect(violations(text, r)).toEqual([]);
    expect(r.paragraphs.flatMap((p) => p.pieces.map((x) => x.text))).toEqual(['One.', '2000,3000', 'Three.']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['TABLE_ROW_WIDTH', 'TABLE_TIME_UNREADABLE']);
  });

  test('clear errors: an unclosed quote, a header and nothing else, an empty text column', () => {
    expect(fails(() => parseTable('start,end,text\n0,1,"never closed\n2,3,more\n'), 'TABLE_SYNTAX')).toMatch(/^line 2: a quoted field is never closed/);
    expect(fails(() => parseTable('start\tend\ttext\n'), 'TABLE_EMPTY')).toMatch(/has a header row \(line 1\) but no rows/);
    expect(fails(() => parseTable('start,end,text\n0,1,\n2,3, \n'), 'TABLE_EMPTY')).toMatch(/nothing in its "text" column/);
    expect(fails(() => readerFor('csv').parse('just some words\n'), 'TABLE_NO_HEADER')).toMatch(/names no text column/);
  });

  test('diarisation letters are people told apart and named by what is said under them', () => {
    const text = [
      'start,end,speaker,text',
      '0,9000,A,"Welcome to Read Deep, episode 4. I\'m Tove Lind, recording in Oslo."',
      '9500,15000,A,The person taking us through it today is Ruth Amadi.',
      '15500,17000,A,"Ruth, it\'s lovely to have you here."',
      '17500,22000,B,"Lovely to be asked, Tove."',
      '22500,26000,A,Where do we start?',
      '26500,33000,B,At the sequencer. It writes reads.',
    ].join('\n');
    const doc = runPipeline(text, 'interview.csv');
    const people = doc.layers.people!;
    expect(people.map((p) => p.name).sort()).toEqual(['Ruth Amadi', 'Tove Lind']);
    const bySpeaker = doc.layers.paragraphSpeakers!.map((s) => people.find((p) => p.id === s.speaker)?.name);
    // (A's first three rows follow each other with no pause: one paragraph)
    expect(bySpeaker).toEqual(['Tove Lind', 'Ruth Amadi', 'Tove Lind', 'Ruth Amadi']);
  });
});
