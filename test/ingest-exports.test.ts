import { describe, expect, test } from 'vitest';
import { detectFormat } from '../pipeline/ingest/formats.js';
import { parseAss, sniffAss } from '../pipeline/ingest/ass.js';
import { parseAudacity, sniffAudacity } from '../pipeline/ingest/audacity.js';
import { parseSami, sniffSami } from '../pipeline/ingest/sami.js';
import { parseOtr, sniffOtr } from '../pipeline/ingest/otr.js';
import { parseTrs, sniffTrs } from '../pipeline/ingest/trs.js';
import { parseAvid, sniffAvid } from '../pipeline/ingest/avid.js';
import { parseHtml } from '../pipeline/ingest/html.js';
import { parseLrc, sniffLrc } from '../pipeline/ingest/lrc.js';
import { parsePremiere, sniffPremiere } from '../pipeline/ingest/premiere.js';
import { parseTimedText, sniffTimedText } from '../pipeline/ingest/timedtext.js';
import { parseYoutubeJson, sniffYoutubeJson } from '../pipeline/ingest/youtube-json.js';
import { parseChat, sniffChat } from '../pipeline/ingest/chat.js';
import { parseCtm, parseStm, sniffCtm, sniffStm } from '../pipeline/ingest/nist.js';
import { parseSttJson, sniffSttJson } from '../pipeline/ingest/stt-json.js';
import { fails, summary, violations } from './ingest-check.js';


describe('a video editor’s transcript export (Premiere Pro)', () => {
  const premiere = [
    '00:00:01:02 - 00:00:04:20',
    'Ann Lee',
    'Welcome to the show. I am Ann Lee.',
    '',
    '00:00:05:13 - 00:00:07:12',
    'Bo Chen',
    'And I am Bo Chen.',
    '',
    '00:00:08:05 - 00:00:09:16',
    'Unknown',
    'Right.',
    '',
    '00:01:00:29 - 00:01:03:00',
    'Speaker 3',
    'This part is paid for by Acme,',
    'who make rope.',
    '',
  ].join('\n');

  test.each([
    [premiere, 0.9],
    ['00:00:01:02 - 00:00:04:20\nHi.\n\n00:00:05:13 - 00:00:07:12\nBye.\n\n00:00:08:05 - 00:00:09:16\nOk.\n', 0.9],
    ['1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:02,000 --> 00:00:03,000\nBye.\n\n3\n00:00:03,000 --> 00:00:04,000\nOk.\n', 0],
    ['We met at 00:00:01:02 - 00:00:04:20 on the tape.\nThen more.\nAnd more.\nAnd more.\nAnd more.\nAnd more.\n', 0],
  ])('sniff %#', (text, score) => expect(sniffPremiere(text)).toBe(score));

  test('blocks of a timecode range, a speaker line and the text; frames at the rate the file implies; `Unknown` is no label', () => {
    const r = parsePremiere(premiere);
    expect(r.format).toBe('premiere');
    expect(detectFormat(premiere)).toBe('premiere');
    expect(violations(premiere, r)).toEqual([]);
    // the highest frame number is 29: thirty frames a second
    expect(summary(r)).toEqual(['Ann Lee|Welcome to the show. I am Ann Lee.|' + (1 + 2 / 30), 'Bo Chen|And I am Bo Chen.|' + (5 + 13 / 30), '-|Right.|' + (8 + 5 / 30), 'Speaker 3|This part is paid for by Acme, who make rope.|' + (60 + 29 / 30)]);
    expect(r.paragraphs[0].label!.span).toEqual({ start: premiere.indexOf('Ann Lee'), end: premiere.indexOf('Ann Lee') + 7 });
  });

  test('a block with one line has no speaker line; a damaged timecode is reported and its text kept', () => {
    const text = '00:00:01:00 - 00:00:02:00\nHello there.\n\n00:00:03:00 - 00:00:04:00\nAnn Lee\nHi.\n\n00:00:05.00 - 00:00:06:00\nAnn Lee\nStill here.\n';
    const r = parsePremiere(text);
    expect(summary(r)).toEqual(['-|Hello there.|1', 'Ann Lee|Hi. Ann Lee Still here.|3']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['PREMIERE_BAD_TIMING']);
    expect(violations(text, r)).toEqual([]);
  });

  test('no block at all is a one-line error', () => {
    expect(fails(() => parsePremiere('Just some text.\nAnd more.\n'), 'PREMIERE_NO_BLOCKS')).toMatch(/timecode range/);
  });
});

describe('LRC (whisper.cpp --output-lrc)', () => {
  const lrc = [
    '[by:whisper.cpp]',
    '[00:00.90](speaker 0) Hi, this is Save Point. I am Ann Lee.',
    '[00:05.36](speaker 1) And I am Bo Chen.',
    '[00:08.10](speaker 1) Good to be here.',
    '[00:10.02](speaker ?) Is it, though?',
    '[00:12.14](speaker 0) It is.',
    '[01:02.50](speaker 0) An hour later, more or less.',
  ].join('\n');

  test.each([
    [lrc, 0.9],
    ['[ar:Someone]\n[ti:A song]\n[00:01.00]La la\n[00:02.00]La la\n[00:03.00]La', 0.9],
    ['[00:01.00] one\nplain text\nplain text\nplain text\nplain text\n', 0],
    ['WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n', 0],
    // a page's bracketed stamps are not LRC
    ['[00:00:03] Ann: Hi.\n[00:00:09] Bo: Hello.\n[00:00:15] Ann: Well.\n[00:00:20] Bo: Yes.\n', 0],
    ['[00:03] Ann: Hi.\n[00:09] Bo: Hello.\n[00:15] Ann: Well.\n[00:20] Bo: Yes.\n', 0],
  ])('sniff %#', (text, score) => expect(sniffLrc(text)).toBe(score));

  test('a line a cue; a speaker mark is a label and one speaker’s lines join; `(speaker ?)` is a paragraph of no known voice', () => {
    const r = parseLrc(lrc);
    expect(r.format).toBe('lrc');
    expect(detectFormat(lrc)).toBe('lrc');
    expect(violations(lrc, r)).toEqual([]);
    expect(summary(r)).toEqual(['speaker 0|Hi, this is Save Point. I am Ann Lee.|0.9', 'speaker 1|And I am Bo Chen. Good to be here.|5.36', '-|Is it, though?|10.02', 'speaker 0|It is. An hour later, more or less.|12.14']);
    expect(r.paragraphs[1].time).toEqual({ start: 5.36, end: 10.02 });
  });

  test('without marks, paragraphs close at sentence ends; [offset:] shifts the times (ms, subtracted)', () => {
    const text = '[offset:+500]\n[00:01.00]We shipped it on Friday.\n[00:03.00]Nothing broke, amazingly\n[00:05.00]enough.\n';
    const r = parseLrc(text);
    expect(summary(r)).toEqual(['-|We shipped it on Friday.|0.5', '-|Nothing broke, amazingly enough.|2.5']);
  });

  test('a line without a time tag goes with the line above, or is no speech before the first', () => {
    const text = 'A stray title\n[00:01.00]We shipped it on Friday,\nand it held.\n[00:04.00]Nothing broke.\n';
    const r = parseLrc(text);
    expect(summary(r)).toEqual(['-|We shipped it on Friday, and it held.|1', '-|Nothing broke.|4']);
    expect(r.diagnostics.map((d) => d.message.replace(/^line \d+: /, ''))).toEqual(['text without a time tag; not read as speech', 'text without a time tag; read with the line above']);
    expect(violations(text, r)).toEqual([]);
  });

  test('no timed line is a one-line error', () => {
    expect(fails(() => parseLrc('[ar:Someone]\n[ti:Nothing]\n'), 'LRC_NO_LINES')).toMatch(/time tag/);
  });
});

describe('YouTube caption XML (timedtext)', () => {
  // automatic captions: each caption stays up while the next starts; apostrophes escaped twice
  const srv1 = [
    '<?xml version="1.0" encoding="utf-8" ?><transcript>',
    '<text start="1.4" dur="4.2">welcome to the show it&amp;#39;s</text>',
    '<text start="3.4" dur="4.1">good to be back</text>',
    '<text start="5.4" dur="3.9">and today</text>',
    '<text start="7.9" dur="4.0">we talk about tapes</text>',
    '</transcript>',
  ].join('');
  const srv3 = '<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body><p t="1000" d="2000"><s ac="0">Hello</s><s t="500" ac="0"> there.</s></p><p t="3000" d="1500">It&#39;s me.</p></body></timedtext>';

  test.each([
    [srv1, 0.97],
    [srv3, 0.97],
    ['<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="00:00:01.000" end="00:00:02.000">Hi.</p></div></body></tt>', 0],
    ['<html><body><p>Hi.</p></body></html>', 0],
  ])('sniff %#', (text, score) => expect(sniffTimedText(text)).toBe(score));

  test('captions decoded however often they were escaped; starts are onsets, so a long gap between onsets is a pause', () => {
    const r = parseTimedText(srv1);
    expect(r.format).toBe('timedtext');
    expect(detectFormat(srv1)).toBe('timedtext');
    expect(violations(srv1, r)).toEqual([]);
    // 0.5 s a word from "welcome" to "and"; "tapes" starts 2.5 s after "and today" began: a pause
    expect(summary(r)).toEqual(["-|welcome to the show it's good to be back and today|1.4", '-|we talk about tapes|7.9']);
  });

  test('the format 3 variant: milliseconds, words in <s> elements', () => {
    const r = parseTimedText(srv3);
    expect(violations(srv3, r)).toEqual([]);
    expect(summary(r)).toEqual(['-|Hello there.|1', "-|It's me.|3"]);
  });

  test('a root with no captions, or no root at all, is a one-line error', () => {
    expect(fails(() => parseTimedText('<transcript></transcript>'), 'TIMEDTEXT_NO_CAPTIONS')).toMatch(/no <text>/);
    expect(fails(() => parseTimedText('<html></html>'), 'TIMEDTEXT_NO_ROOT')).toMatch(/<transcript>/);
  });
});

describe('YouTube json3 captions (yt-dlp)', () => {
  // a window set-up event without segs, words as segs with offsets, a line-break event in between
  const json3 = JSON.stringify(
    {
      wireMagic: 'pb3',
      events: [
        { tStartMs: 0, dDurationMs: 90000, id: 1, wpWinPosId: 1 },
        { tStartMs: 40, dDurationMs: 1200, wWinId: 1, segs: [{ utf8: '[Music]' }] },
        { tStartMs: 1400, dDurationMs: 4200, wWinId: 1, segs: [{ utf8: 'welcome', acAsrConf: 0 }, { utf8: ' to', tOffsetMs: 400 }, { utf8: ' the', tOffsetMs: 600 }, { utf8: ' show', tOffsetMs: 800 }] },
        { tStartMs: 2600, dDurationMs: 3000, wWinId: 1, aAppend: 1, segs: [{ utf8: '\n' }] },
        { tStartMs: 2800, dDurationMs: 3000, wWinId: 1, segs: [{ utf8: "it's" }, { utf8: ' good', tOffsetMs: 300 }] },
        { tStartMs: 8800, dDurationMs: 2000, wWinId: 1, segs: [{ utf8: 'we talk about tapes' }] },
      ],
    },
    null,
    2,
  );

  test.each([
    [json3, 0.97],
    ['{"segments": [{"speaker": "A", "startTime": 1, "body": "Hi."}]}', 0],
    ['{"events": [1, 2]}', 0],
  ])('sniff %#', (text, score) => expect(sniffYoutubeJson(text)).toBe(score));

  test('every seg a piece of its own string; set-up and line-break events are no speech; a long gap between onsets is a pause', () => {
    const r = parseYoutubeJson(json3);
    expect(r.format).toBe('youtube-json');
    expect(detectFormat(json3)).toBe('youtube-json');
    expect(violations(json3, r)).toEqual([]);
    expect(r.paragraphs.flatMap((p) => p.pieces.map((x) => x.text))).toEqual(['[Music]', 'welcome', 'to', 'the', 'show', "it's", 'good', 'we talk about tapes']);
    // each piece is exactly its string's contents, the space before a word left out
    for (const p of r.paragraphs) for (const x of p.pieces) expect(json3.slice(x.span.start, x.span.end)).toBe(x.text);
    expect(r.paragraphs.at(-1)!.time!.start).toBe(8.8);
  });

  test('no events, or events with no words, is a one-line error', () => {
    expect(fails(() => parseYoutubeJson('{"wireMagic": "pb3"}'), 'JSON_SHAPE')).toMatch(/events/);
    expect(fails(() => parseYoutubeJson('{"events": [{"tStartMs": 0, "segs": [{"utf8": "\\n"}]}]}'), 'JSON_EMPTY')).toMatch(/no words/);
  });
});

describe('a TalkBank CHAT transcript (.cha)', () => {
  const cha = [
    '@UTF8',
    '@Begin',
    '@Languages:\teng',
    '@Participants:\tHOL Hollis_Ferreira Host, JUN Junie_Castellanos Guest',
    '@ID:\teng|LowAlarm|HOL|||||Host|||',
    '*HOL:\tmy guest today is Junie Castellanos . \u00152100_4000\u0015',
    '*HOL:\twelcome, Junie . \u00154100_5000\u0015',
    '*JUN:\t&-um (.) thanks, Hollis, I brought the drawer and it has every',
    '\tdevice I own &=laughs . \u00155200_9000\u0015',
    '%com:\tphone alarm chimes twice',
    '*JUN:\tthis meter came out in nineteen ninety-four +/. \u00159100_10000\u0015',
    '*HOL:\tand the <logbook> [/] logbook ? \u001510100_11000\u0015',
    '@End',
    '',
  ].join('\n');

  test.each([
    [cha, 0.97],
    ['*HOL:\thello .\n', 0],
    ['@Begin\nHOL: hello .\n', 0],
  ])('sniff %#', (text, score) => expect(sniffChat(text)).toBe(score));

  test('utterances of one speaker make a turn, named from @Participants; codes are no speech, fillers are said, terminators end sentences', () => {
    const r = parseChat(cha);
    expect(r.format).toBe('chat');
    expect(detectFormat(cha)).toBe('chat');
    expect(violations(cha, r)).toEqual([]);
    expect(r.declared.people).toEqual(['Hollis Ferreira', 'Junie Castellanos']);
    expect(r.paragraphs.map((p) => [p.label?.name, p.pieces.map((x) => x.text).join(' ')])).toEqual([
      ['Hollis Ferreira', 'my guest today is Junie Castellanos . welcome, Junie .'],
      ['Junie Castellanos', 'um thanks, Hollis, I brought the drawer and it has every device I own . this meter came out in nineteen ninety-four —'],
      ['Hollis Ferreira', 'and the logbook logbook ?'],
    ]);
    // the terminator is said right after the word before it
    expect(r.paragraphs[0].pieces[1]).toMatchObject({ text: '.', glued: true });
    expect(r.paragraphs[0].time).toEqual({ start: 2.1, end: 5 });
  });

  test('no utterance is a one-line error', () => {
    expect(fails(() => parseChat('@UTF8\n@Begin\n@End\n'), 'CHAT_EMPTY')).toMatch(/no utterances/);
  });
});

describe('SubStation Alpha subtitles (Aegisub’s .ass)', () => {
  const events = (...lines: string[]) =>
    [
      '\uFEFF[Script Info]',
      '; Script generated by Aegisub 3.2.2',
      'Title: Test',
      'ScriptType: v4.00+',
      '',
      '[V4+ Styles]',
      'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
      'Style: Default,Arial,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,3,1,2,60,60,50,1',
      '',
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      ...lines,
      '',
    ].join('\n');
  const ass = events(
    'Dialogue: 0,0:00:01.20,0:00:04.37,Default,Ann,0,0,0,,Welcome to the show,\\NI am Ann Lee.',
    'Comment: 0,0:00:04.40,0:00:04.50,Default,,0,0,0,,sponsor starts here',
    'Dialogue: 0,0:00:05.00,0:00:07.10,Default,Bo,0,0,0,,And I am Bo Chen, with {\\i1}commas{\\i0}, in the text.',
    'Dialogue: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,Right.',
  );

  test.each([
    [ass, 0.95],
    // a section header and no Dialogue line; an INI file; prose that mentions the format
    ['[Script Info]\nTitle: x\n', 0],
    ['[core]\nname = x\n[Events]\nlog = on\n', 0],
    ['We talked about [Script Info] sections. Dialogue: is a word.\n', 0],
  ])('sniff %#', (text, score) => expect(sniffAss(text)).toBe(score));

  test('Dialogue lines are captions, the Name field their label; commas in the text, override blocks and line breaks; comments are no speech', () => {
    const r = parseAss(ass);
    expect(r.format).toBe('ass');
    expect(detectFormat(ass)).toBe('ass');
    expect(summary(r)).toEqual(['Ann|Welcome to the show, I am Ann Lee.|1.2', 'Bo|And I am Bo Chen, with commas, in the text.|5', '-|Right.|9']);
    const bo = r.paragraphs[1];
    expect(ass.slice(bo.label!.span.start, bo.label!.span.end)).toBe('Bo');
    // (a word glued across an override block, `commas{\\i0},`, is read without the block)
    for (const p of r.paragraphs) for (const x of p.pieces) expect(ass.slice(x.span.start, x.span.end).replace(/\{\\[^{}]*\}/g, '')).toBe(x.text);
    expect(r.paragraphs.flatMap((p) => p.pieces.map((x) => x.text)).join(' ')).not.toMatch(/sponsor starts|\\N|\{/);
    expect(violations(ass, r)).toEqual([]);
  });

  test('a Dialogue line missing its fields is reported and skipped; no Dialogue line at all fails with one line', () => {
    const r = parseAss(events('Dialogue: 0,0:00:01.20', 'Dialogue: 0,0:00:02.00,0:00:03.00,Default,Ann,0,0,0,,Hello there.'));
    expect(summary(r)).toEqual(['Ann|Hello there.|2']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ASS_BAD_EVENT']);
    fails(() => parseAss(events('Comment: 0,0:00:01.20,0:00:02.00,Default,,0,0,0,,only a note')), 'ASS_NO_EVENTS');
  });
});

describe('an Audacity label track (Export Labels)', () => {
  const track = [
    '0.500000\t0.500000\tMUSIC IN',
    '1.000000\t4.000000\tWelcome to the show. I am Ana,',
    '\\\t120.000000\t3500.000000',
    '4.000000\t6.500000\tand this is episode nine.',
    '6.500000\t6.500000\tcat - cut?',
    '7.000000\t9.000000\tToday, a database story.',
    '',
  ].join('\n');
  test('is detected by its lines of two times and a text, with no header', () => {
    expect(sniffAudacity(track)).toBeGreaterThanOrEqual(0.9);
    expect(detectFormat(track)).toBe('audacity');
    // Whisper's TSV names its columns in a header row, in milliseconds: not a label track
    expect(detectFormat('start\tend\ttext\n0\t1500\tHello there.\n1500\t3000\tHi.\n3000\t4000\tSo.\n')).toBe('tsv');
  });
  test('reads the labels as timed captions; point labels and frequency lines are not speech', () => {
    const r = parseAudacity(track);
    expect(r.format).toBe('audacity');
    expect(summary(r)).toEqual(['-|Welcome to the show. I am Ana, and this is episode nine.|1', '-|Today, a database story.|7']);
    const outside = r.nonSpeech.map((s) => track.slice(s.start, s.end)).join(' | ');
    expect(outside).toContain('MUSIC IN');
    expect(violations(track, r)).toEqual([]);
    // a point label between two labels of one paragraph lies inside its span, as markup does
    expect(track.slice(r.paragraphs[1].span.start - 30, r.paragraphs[1].span.start)).toContain('cat - cut?');
  });
  test('warns about an unreadable line, and fails in one line with no speech', () => {
    expect(parseAudacity(track.replace('4.000000\t6.500000', '4.0 to 6.5')).diagnostics.map((d) => d.code)).toContain('LABEL_UNREADABLE');
    expect(fails(() => parseAudacity('1.000000\t1.000000\tMUSIC IN\n2.000000\t2.000000\tMUSIC OUT\n'), 'LABEL_NO_SPEECH')).toMatch(/only point labels \(2\)/);
  });
});

describe('SAMI captions (.smi)', () => {
  const sami = (body: string) => `<SAMI>\n<HEAD>\n<SAMIParam>\n  Metrics {time:ms;}\n</SAMIParam>\n<STYLE TYPE="text/css">\n<!--\n.ENUSCC { Name: English; lang: en-US; SAMIType: CC; }\n-->\n</STYLE>\n</HEAD>\n<BODY>\n${body}\n</BODY>\n</SAMI>\n`;
  const file = sami(
    [
      '<SYNC Start=1000>\n  <P Class=ENUSCC ID=Source>ANA\n  <P Class=ENUSCC>Welcome to the show,<br>episode nine.',
      '<SYNC Start=3000>\n  <P Class=ENUSCC>Today: caf&eacute; databases.\n  <P Class=FRFRCC>Aujourd&apos;hui : les bases.',
      '<SYNC Start=5000>\n  <P Class=ENUSCC>&nbsp;',
      '<SYNC Start=5500>\n  <P Class=ENUSCC ID=Source>BEN\n  <P Class=ENUSCC>Thanks, Ana.</P>',
    ].join('\n'),
  );
  test('is detected by its <SAMI> root and <SYNC> blocks', () => {
    expect(sniffSami(file)).toBeGreaterThanOrEqual(0.95);
    expect(detectFormat(file)).toBe('sami');
  });
  test('a Source paragraph names the voice of the captions after it; clears and other languages are not speech; <br> is a space', () => {
    const r = parseSami(file);
    expect(summary(r)).toEqual(['ANA|Welcome to the show, episode nine. Today: café databases.|1', 'BEN|Thanks, Ana.|5.5']);
    expect(r.declared.people).toEqual(['ANA', 'BEN']);
    expect(r.diagnostics.map((d) => d.code)).toContain('SAMI_OTHER_LANGUAGE');
    expect(violations(file, r)).toEqual([]);
    // the first caption runs to the next <SYNC>
    expect(r.paragraphs[0].time).toEqual({ start: 1, end: 5 });
  });
  test('without Source names, a sentence end closes a paragraph for the speakers stage to decide', () => {
    const r = parseSami(sami('<SYNC Start=0>\n<P Class=CC>Is it one?\n<SYNC Start=2000>\n<P Class=CC>It is a comet.'));
    expect(summary(r)).toEqual(['-|Is it one?|0', '-|It is a comet.|2']);
  });
  test('fails in one line without the root or without captions', () => {
    expect(fails(() => parseSami('<html><body><p>Hi</p></body></html>'), 'SAMI_NO_ROOT')).toMatch(/does not open with <SAMI>/);
    expect(fails(() => parseSami(sami('')), 'SAMI_NO_CAPTIONS')).toMatch(/no <SYNC> captions/);
    expect(fails(() => parseSami(sami('<SYNC Start=0>\n<P Class=CC>&nbsp;')), 'SAMI_NO_CAPTIONS')).toMatch(/no caption text/);
  });
});

describe('an oTranscribe file (.otr)', () => {
  const html =
    '<p><b>Episode 9: Ana and Bea</b></p><p><br></p>' +
    '<p><span class="timestamp" contenteditable="false" data-timestamp="0.70">0:00</span>&nbsp;<b>Ana:</b> Welcome to \u201cthe show\u201d, Bea.</p>' +
    '<p>It is good to have you.</p>' +
    '<p><span class="timestamp" data-timestamp="12.40">0:12</span>&nbsp;<b>Bea:</b> Thanks, Ana. Caf\u00e9 first?</p>' +
    '<p><b>Ana:</b> Caf\u00e9 first.</p><p><b>Bea:</b> Good.</p>';
  // as oTranscribe writes it: attribute quotes and non-ASCII escaped
  const file = `{"text":"${html.replace(/"/g, '\\"').replace(/\u201c|\u201d|\u00e9/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}","media":"ep9.mp3","media-source":"","media-time":12.5}`;
  test('is detected by its "text" and "media" keys', () => {
    expect(sniffOtr(file)).toBeGreaterThanOrEqual(0.95);
    expect(detectFormat(file)).toBe('otr');
  });
  test('reads the HTML inside: labels, stamps as times, the typed title as no speech; spans point through the escapes', () => {
    const r = parseOtr(file);
    expect(r.format).toBe('otr');
    expect(summary(r)).toEqual(['Ana|Welcome to \u201cthe show\u201d, Bea.|0.7', '-|It is good to have you.|-', 'Bea|Thanks, Ana. Caf\u00e9 first?|12.4', 'Ana|Caf\u00e9 first.|-', 'Bea|Good.|-']);
    expect(r.timed).toBe(true);
    expect(violations(file, r)).toEqual([]);
    // a piece with an escape in it is decoded, one without is verbatim
    expect(r.paragraphs[1].pieces.every((x) => x.verbatim)).toBe(true);
    expect(r.paragraphs[0].pieces.some((x) => !x.verbatim && x.text.includes('\u201c'))).toBe(true);
    expect(file.slice(r.paragraphs[2].span.start, r.paragraphs[2].span.end)).toMatch(/^<p><span class=\\"timestamp\\"[\s\S]*first\?<\/p>$/);
    expect(r.nonSpeech.map((s) => file.slice(s.start, s.end)).join(' ')).toContain('"media":"ep9.mp3"');
  });
  test('fails in one line without a "text" string, or with an empty one', () => {
    expect(fails(() => parseOtr('{"media": "x.mp3"}'), 'OTR_NO_TEXT')).toMatch(/no "text" string/);
    expect(fails(() => parseOtr('{"text": " ", "media": "x.mp3"}'), 'OTR_EMPTY')).toMatch(/empty transcript/);
    expect(fails(() => parseOtr('{"text": "<p>hi'), 'JSON_SYNTAX')).toMatch(/line 1, column/);
  });
  test('a web page stamped the same way (`<span class="timestamp">`) gets its times and loses the clocks from its speech', () => {
    const page = '<html><body><p><span class="timestamp">0:05</span> <b>Ana:</b> Hello there.</p><p><span class="timestamp">1:10</span> <b>Bea:</b> Hi, Ana.</p><p><b>Ana:</b> So.</p><p><b>Bea:</b> Yes.</p></body></html>';
    expect(summary(parseHtml(page))).toEqual(['Ana|Hello there.|5', 'Bea|Hi, Ana.|70', 'Ana|So.|-', 'Bea|Yes.|-']);
  });
});

describe('a Transcriber file (.trs)', () => {
  const file = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE Trans SYSTEM "trans-14.dtd">',
    '<Trans scribe="x" version="1">',
    '<Speakers>',
    '<Speaker id="spk1" name="Ana Ruiz" check="no"/>',
    '<Speaker id="spk2" name="Ben Cole" check="no"/>',
    '</Speakers>',
    '<Episode>',
    '<Section type="report" startTime="0" endTime="20">',
    '<Turn speaker="spk1" startTime="0" endTime="8">',
    '<Sync time="0"/>',
    'Welcome to the show &amp; hello.',
    '<Sync time="4.5"/>',
    'Ben is here too.',
    '<Event desc="laugh" type="noise" extent="instantaneous"/>',
    '<Comment desc="check the spelling"/>',
    '</Turn>',
    '<Turn speaker="spk1 spk2" startTime="8" endTime="12">',
    '<Sync time="8"/>',
    '<Who nb="1"/>',
    'Right?',
    '<Who nb="2"/>',
    'Right.',
    '</Turn>',
    '</Section>',
    '</Episode>',
    '</Trans>',
    '',
  ].join('\n');
  test('is detected by its <Trans> root', () => {
    expect(sniffTrs(file)).toBeGreaterThanOrEqual(0.95);
    expect(detectFormat(file)).toBe('trs');
  });
  test('a turn is a paragraph of its speaker, named from <Speakers>; each voice of a shared turn has its own; events and comments are no speech', () => {
    const r = parseTrs(file);
    expect(r.paragraphs.map((p) => [p.label?.raw, p.label?.name, p.pieces.map((x) => x.text).join(' '), p.time?.start])).toEqual([
      ['spk1', 'Ana Ruiz', 'Welcome to the show & hello. Ben is here too.', 0],
      ['spk1', 'Ana Ruiz', 'Right?', 8],
      ['2', 'Ben Cole', 'Right.', 8],
    ]);
    expect(r.declared.people).toEqual(['Ana Ruiz', 'Ben Cole']);
    expect(violations(file, r)).toEqual([]);
  });
  test('fails in one line with another root or no speech', () => {
    expect(fails(() => parseTrs('<?xml version="1.0"?>\n<tt><body/></tt>'), 'TRS_SHAPE')).toMatch(/not <Trans>/);
    expect(fails(() => parseTrs('<Trans><Episode><Section><Turn><Sync time="0"/></Turn></Section></Episode></Trans>'), 'TRS_NO_SPEECH')).toMatch(/none of its 1 <Turn>/);
  });
});

describe('Avid SubCap caption text', () => {
  const file = [
    '@ This file written with the Avid Caption plugin, version 1',
    '',
    '<begin subtitles>',
    '00:00:01:02 00:00:05:07',
    'Good evening, and welcome to',
    'the show, episode nine.',
    '',
    '00:00:05:08 00:00:09:13',
    'Today, a database story.',
    '',
    '00:00:09:14 00:00:12:00',
    '- Is it a long one?',
    '- Long enough. It starts',
    '',
    '00:00:12:01 00:00:15:00',
    'with a backup that never ran.',
    '',
    '00:00:15:01 00:00:18:00',
    'Ouch. Go on.',
    '',
    '<end subtitles>',
    '',
  ].join('\n');
  test('is detected by `<begin subtitles>` and its frame timecodes', () => {
    expect(sniffAvid(file)).toBeGreaterThanOrEqual(0.95);
    expect(detectFormat(file)).toBe('avid');
  });
  test('reads the captions, timed to the frame; a dash opens a voice in a two-voice caption', () => {
    const r = parseAvid(file);
    expect(summary(r)).toEqual([
      '-|Good evening, and welcome to the show, episode nine.|1.08',
      '-|Today, a database story.|5.32',
      '-|Is it a long one?|9.56',
      '-|Long enough. It starts with a backup that never ran.|9.56',
      '-|Ouch. Go on.|15.04',
    ]);
    expect(violations(file, r)).toEqual([]);
  });
  test('a dash in a caption or two does not make every other change of voice unmarked (paragraphs still end at sentence ends)', () => {
    const r = parseAvid(file);
    expect(r.paragraphs.some((p) => p.speakerChange)).toBe(false);
    expect(r.paragraphs.length).toBeGreaterThan(3);
  });
  test('fails in one line without the subtitles block or without captions', () => {
    expect(fails(() => parseAvid('00:00:01:00 00:00:02:00\nHello.\n'), 'AVID_NO_SUBTITLES')).toMatch(/no "<begin subtitles>" line/);
    expect(fails(() => parseAvid('<begin subtitles>\n<end subtitles>\n'), 'AVID_NO_CAPTIONS')).toMatch(/no captions/);
  });
});

describe('a NIST STM reference transcript', () => {
  const stm = [
    ';; CATEGORY "0" "" ""',
    ';; LABEL "F1" "Spontaneous" "Conversational speech"',
    'Show_12 1 excluded_region 0.000 4.100 <o,,unknown> ignore_time_segment_in_scoring',
    'Show_12 1 Ada_Quint 4.500 9.200 <o,f1,female> welcome to the show (%hesitation) i\'m ada quint',
    'Show_12 1 Ada_Quint 9.400 12.000 <o,f1,female> and this week we talk about (ta-) tapes',
    'Show_12 1 Bo_Lund 12.300 14.000 <o,f1,male> hi ada',
    'Show_12 1 inter_segment_gap 14.000 15.000 <o,,unknown>',
    'Show_12 1 Ada_Quint 15.100 17.000 <o,f0,female> our sponsor is acme',
  ].join('\n') + '\n';

  test.each([
    [stm, 0.96],
    ['Show_12 1 4.50 0.20 welcome 0.93\nShow_12 1 4.80 0.10 to 0.90\nShow_12 1 5.00 0.20 the 0.90\n', 0],
    ['Hello there 1 2 3\nnothing here\n', 0],
  ])('sniff %#', (text, score) => expect(sniffStm(text)).toBe(score));

  test('speaker ids are labels; excluded regions, gaps and (%codes) are no speech; a segment ends a sentence', () => {
    const r = parseStm(stm);
    expect(r.format).toBe('stm');
    expect(detectFormat(stm)).toBe('stm');
    expect(violations(stm, r)).toEqual([]);
    expect(summary(r)).toEqual([
      "Ada_Quint|welcome to the show i'm ada quint. and this week we talk about ta- tapes.|4.5",
      'Bo_Lund|hi ada.|12.3',
      'Ada_Quint|our sponsor is acme.|15.1',
    ]);
    expect(r.paragraphs.map((p) => p.label?.name)).toEqual(['Ada Quint', 'Bo Lund', 'Ada Quint']);
    // (the last word said with its full stop, a piece of its own; `(ta-)` read as `ta-`)
    expect(r.paragraphs[0].pieces.map((x) => x.text)).toEqual(['welcome to the show', "i'm ada", 'quint.', 'and this week we talk about ta- tapes.']);
    expect(r.declared.people).toEqual(['Ada Quint', 'Bo Lund']);
  });

  test('a byte-order mark, an indented line and a line of no segment: spans stay true, the odd line is reported', () => {
    const odd = '\uFEFFShow_12 1 Ada_Quint 1.0 2.0 <o,f1,female> hello there\n   Show_12 1 Bo_Lund 2.5 3.0 <o,f1,male> hi ada\nnot a segment at all\n';
    const r = parseStm(odd);
    expect(violations(odd, r)).toEqual([]);
    expect(r.paragraphs.map((p) => p.label?.raw)).toEqual(['Ada_Quint', 'Bo_Lund']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['STM_LINE']);
  });

  test('no scored segment is a one-line error', () => {
    expect(fails(() => parseStm('S 1 excluded_region 0.0 4.0 <o,,unknown> ignore_time_segment_in_scoring\n'), 'STM_EMPTY')).toMatch(/no scored segments/);
  });
});

describe('a CTM word file', () => {
  const ctm = [
    ';; per-track recognition, merged',
    'pod-7-ada 1 1.00 0.30 welcome 0.93',
    'pod-7-ada 1 1.40 0.20 to 0.90',
    'pod-7-ada 1 1.70 0.30 tapes 0.88',
    'pod-7-ada 1 3.00 0.30 <unk> 0.40',
    'pod-7-ada 1 3.40 0.30 right 0.91',
    'pod-7-bo 1 4.00 0.30 [laughter] 0.50',
    'pod-7-bo 1 4.40 0.30 hi 0.95',
    'pod-7-bo 1 4.80 0.30 ada 0.80',
    'pod-7-ada 1 5.50 0.30 so 0.90',
  ].join('\n') + '\n';

  test.each([
    [ctm, 0.96],
    ['pod 1 1.0 0.3 a\npod 1 1.5 0.3 b\npod 1 2.0 0.3 c\n', 0], // too few lines to tell
    ['Show_12 1 Ada_Quint 4.500 9.200 <o,f1,female> welcome to the show\n'.repeat(12), 0],
  ])('sniff %#', (text, score) => expect(sniffCtm(text)).toBe(score));

  test('a run of one track is a turn named by what tells the tracks apart; <unk> and [events] are no speech; a pause ends a sentence', () => {
    const r = parseCtm(ctm);
    expect(r.format).toBe('ctm');
    expect(detectFormat(ctm)).toBe('ctm');
    expect(violations(ctm, r)).toEqual([]);
    expect(r.paragraphs.map((p) => `${p.label?.name}|${p.pieces.map((x) => x.text).join(' ')}`)).toEqual(['Ada|welcome to tapes. right.', 'Bo|hi ada.', 'Ada|so.']);
    expect(r.paragraphs[1].time).toEqual({ start: 4.4, end: 5.1 });
  });

  test('one recording with two channels: the channels are the voices; one of each: no labels', () => {
    const two = 'call 1 1.0 0.3 hello 0.9\ncall 2 1.5 0.3 hi 0.9\ncall 1 2.0 0.3 so 0.9\n';
    expect(parseCtm(two).paragraphs.map((p) => p.label?.name)).toEqual(['Channel 1', 'Channel 2', 'Channel 1']);
    expect(parseCtm('call 1 1.0 0.3 hello 0.9\ncall 1 1.5 0.3 there 0.9\n').paragraphs.map((p) => p.label)).toEqual([null]);
  });

  test('no words is a one-line error', () => {
    expect(fails(() => parseCtm('rec 1 1.0 0.3 <unk> 0.4\n'), 'CTM_EMPTY')).toMatch(/no words/);
  });
});

describe('a Fireflies.ai transcript (its API answer)', () => {
  const ff = JSON.stringify(
    {
      data: {
        transcript: {
          id: 'X1',
          title: 'Show 7 (recording)',
          transcript_url: 'https://app.fireflies.ai/view/X1',
          speakers: [{ id: 0, name: 'Ada Quint' }, { id: 1, name: "Bo's iPhone" }],
          sentences: [
            { index: 0, speaker_name: 'Ada Quint', speaker_id: 0, text: 'Welcome to the show.', raw_text: 'Welcome to the show', start_time: 1.2, end_time: 2.5 },
            { index: 1, speaker_name: "Bo's iPhone", speaker_id: 1, text: 'Hi, Ada.', raw_text: 'Hi Ada', start_time: 3.1, end_time: 3.9 },
            { index: 2, speaker_name: '', speaker_id: 1, text: 'Good to be here.', start_time: 4.0, end_time: 5.0 },
          ],
        },
      },
    },
    null,
    2,
  );

  test.each([
    [ff, 0.97],
    ['{"sentences": [{"speaker_name": "A", "text": "Hi."}]}', 0.97],
    ['{"sentences": [{"text": "Hi."}]}', 0],
  ])('sniff %#', (text, score) => expect(sniffSttJson(text)).toBe(score));

  test('one part per sentence, under the display name (the id where none is given)', () => {
    const r = parseSttJson(ff);
    expect(detectFormat(ff)).toBe('stt-json');
    expect(violations(ff, r)).toEqual([]);
    expect(r.paragraphs.map((p) => `${p.label?.name ?? p.label?.raw}|${p.pieces.map((x) => x.text).join(' ')}`)).toEqual(['Ada Quint|Welcome to the show.', "Bo's iPhone|Hi, Ada.", 'Speaker 1|Good to be here.']);
  });
});
