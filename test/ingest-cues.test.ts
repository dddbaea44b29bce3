import { describe, expect, test } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import type { Ingested, SourceFormat } from '../pipeline/document/document.js';
import { detectFormat, readerFor } from '../pipeline/ingest/formats.js';
import { violations } from './ingest-check.js';
import { silencesBefore, type CuePart } from '../pipeline/ingest/cues.js';

const parse = (format: SourceFormat, source: string) => readerFor(format).parse(source);
const texts = (r: Ingested) => r.paragraphs.map((p) => p.pieces.map((x) => x.text).join(' '));
const labels = (r: Ingested) => r.paragraphs.map((p) => p.label?.raw ?? null);
const codes = (r: Ingested) => r.diagnostics.map((d) => d.code);

function thrown(fn: () => unknown): { code: string; message: string; exitCode: number } {
  try {
    fn();
  } catch (err) {
    if (err instanceof PodtopicsError) return { code: err.code, message: err.message, exitCode: err.exitCode };
    throw err;
  }
  throw new Error('expected a PodtopicsError');
}

describe('malformed input that leaves nothing usable is a one-line error (exit 2)', () => {
  const cases: [string, SourceFormat, string, string, string][] = [
    ['VTT without header or cues', 'vtt', 'Hello there.\nNo cues at all.\n', 'VTT_NO_CUES', 'is not WebVTT: line 1 is not "WEBVTT" and no line has a cue timing like "00:00:01.000 --> 00:00:04.000"'],
    ['VTT header with no cues', 'vtt', 'WEBVTT\n\nNOTE nothing here\n', 'VTT_NO_CUES', 'has the WEBVTT header but no cues: no line has a timing like "00:00:01.000 --> 00:00:04.000"'],
    ['VTT whose timing lines are all broken', 'vtt', 'WEBVTT\n\n00:00:01 -> 00:00:04\nHello.\n\n00:00:05 -> 00:00:08\nBye.\n', 'VTT_BAD_TIMING', 'no readable cue timing: line 3 "00:00:01 -> 00:00:04" should look like "00:00:01.000 --> 00:00:04.000"'],
    ['VTT timing with a bad digit', 'vtt', 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:0x.000\nHello.\n', 'VTT_BAD_TIMING', 'no readable cue timing: line 4 "00:00:01.000 --> 00:00:0x.000" should look like "00:00:01.000 --> 00:00:04.000"'],
    ['SRT that is prose', 'srt', 'Just some text.\n', 'SRT_NO_CUES', 'is not SRT: no line has a cue timing like "00:00:01,000 --> 00:00:04,000"'],
    ['SRT with unreadable timings', 'srt', '1\r\n00:00:01,000 --> soon\r\nHello.\r\n\r\n2\r\n00:00:05,000 --> later\r\nBye.\r\n', 'SRT_BAD_TIMING', 'no readable cue timing: line 2 "00:00:01,000 --> soon" should look like "00:00:01,000 --> 00:00:04,000"'],
    ['JSON missing a comma', 'podcast-json', '{"version": "1.0.0", "segments": [\n  {"speaker": "A", "body": "hi"}\n  {"speaker": "B"}\n]}', 'JSON_SYNTAX', 'is not valid JSON: expected "," or "]" after an array item, found "{" (line 3, column 3)'],
    ['JSON cut off', 'podcast-json', '{"version": "1.0.0", "segments": [{"body": "hi"}', 'JSON_SYNTAX', 'is not valid JSON: expected "," or "]" after an array item, found the end of the file (line 1, column 49)'],
    ['JSON trailing comma', 'podcast-json', '{"segments": [{"body": "hi",}]}', 'JSON_SYNTAX', 'is not valid JSON: expected a property name in double quotes, found "}" (line 1, column 29)'],
    ['JSON raw line break in a string', 'podcast-json', '{"segments": [{"body": "hi\nthere"}]}', 'JSON_SYNTAX', 'is not valid JSON: line break or control character inside a string (line 1, column 27)'],
    ['JSON array at the top', 'podcast-json', '[{"body": "hi"}]', 'JSON_SHAPE', 'is JSON but not a Podcasting 2.0 transcript: the top level is an array, not an object with a "segments" array'],
    ['JSON without segments', 'podcast-json', '{"version": "1.0.0"}', 'JSON_SHAPE', 'is JSON but not a Podcasting 2.0 transcript: no "segments" array at the top level (nor the keys of a speech-to-text service\'s result: AssemblyAI, Deepgram, Amazon Transcribe, Rev.ai, Speechmatics, Azure AI Speech, Google Cloud, IBM Watson, Fireflies.ai)'],
    ['JSON segments not an array', 'podcast-json', '{"version": "1.0.0",\n "segments": {"body": "hi"}}', 'JSON_SHAPE', 'is JSON but not a Podcasting 2.0 transcript: "segments" (line 2) is an object, not an array'],
    ['JSON empty segments', 'podcast-json', '{"version": "1.0.0",\n "segments": []}', 'JSON_EMPTY', 'has an empty "segments" array (line 2); there is no speech'],
    ['JSON segments without bodies', 'podcast-json', '{"version": "1.0.0",\n "segments": [\n {"speaker": "A"}, {"body": ""}]}', 'JSON_SHAPE', 'is JSON but not a Podcasting 2.0 transcript: none of the 2 segments has a non-empty "body" string (segments[0] at line 3)'],
    ['HTML with only page furniture', 'html', '<!DOCTYPE html><html><head><title>T</title><script>var x = "speech?";</script></head><body><header><p>Menu</p></header><footer><p>© 2026</p></footer></body></html>', 'HTML_NO_SPEECH', 'has no speech: no text in <p>, <li> or <div> outside <head>, <script>, <style>, <nav>, <header> and <footer>'],
    ['HTML with an empty body', 'html', '<html><body>\n</body></html>', 'HTML_NO_SPEECH', 'has no speech: no text in <p>, <li> or <div> outside <head>, <script>, <style>, <nav>, <header> and <footer>'],
  ];
  test.each(cases)('%s', (_name, format, source, code, message) => {
    expect(thrown(() => parse(format, source))).toEqual({ code, message, exitCode: 2 });
  });
});

describe('damaged but readable input gives a result and diagnostics', () => {
  test('VTT without the header line', () => {
    const r = parse('vtt', '00:00:01.000 --> 00:00:03.000\nHello there.\n\n00:00:03.500 --> 00:00:05.000\nGeneral Kenobi.\n');
    expect(codes(r)).toEqual(['VTT_NO_HEADER']);
    expect(texts(r)).toEqual(['Hello there.', 'General Kenobi.']);
  });
  test('VTT with a cue right under the header', () => {
    const r = parse('vtt', 'WEBVTT\n00:00:01.000 --> 00:00:02.000\nHello.\n');
    expect(texts(r)).toEqual(['Hello.']);
    expect(r.diagnostics).toEqual([]);
  });
  test('VTT with one broken timing line keeps its text untimed', () => {
    const src = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHello there,\n\n00:00:03 --> 00:00:05.000x\nmy friend.\n';
    const r = parse('vtt', src);
    expect(codes(r)).toEqual(['VTT_BAD_TIMING']);
    expect(r.diagnostics[0].message).toBe('line 6: cannot read the timing line "00:00:03 --> 00:00:05.000x"; expected "00:00:01.000 --> 00:00:04.000" (its text is kept without a time)');
    expect(src.slice(r.diagnostics[0].span!.start, r.diagnostics[0].span!.end)).toBe('00:00:03 --> 00:00:05.000x');
    expect(texts(r)).toEqual(['Hello there, my friend.']);
    expect(r.paragraphs[0].time).toEqual({ start: 1, end: 3 });
  });
  test('SRT with broken numbering and a stray text block', () => {
    const r = parse('srt', '1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n5\n00:00:02,500 --> 00:00:03,000\nTwo\n\nand a half.\n\n3\n00:00:03,500 --> 00:00:04,000\nThree.\n');
    expect(codes(r)).toEqual(['SRT_NUMBERING', 'CUE_NO_TIMING', 'SRT_NUMBERING']);
    expect(r.diagnostics[0].message).toBe('line 5: cue number 5 follows 1; cues are read in file order');
    expect(r.diagnostics[1].message).toBe('line 9: text with no timing line of its own; read as part of the cue above (a cue starts with a line like "00:00:01,000 --> 00:00:04,000")');
    expect(texts(r).join(' ')).toBe('One. Two and a half. Three.');
    expect(r.paragraphs.every((p) => p.pieces.every((x) => x.time))).toBe(true);
  });
  test('SRT cues out of order and reversed', () => {
    const r = parse('srt', '1\n00:00:05,000 --> 00:00:04,000\nLate.\n\n2\n00:00:01,000 --> 00:00:02,000\nEarly.\n');
    expect(codes(r)).toEqual(['CUE_TIME_REVERSED', 'CUE_OUT_OF_ORDER']);
  });
  test('JSON segments without body or times', () => {
    const r = parse('podcast-json', '{"version":"1.0.0","segments":[\n{"speaker":"A","startTime":0,"endTime":1,"body":"Hi."},\n{"speaker":"A","startTime":1},\n{"speaker":"B","body":"Hello."}]}');
    expect(codes(r)).toEqual(['JSON_SEGMENT_SKIPPED', 'JSON_TIME_MISSING']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'segments[1] (line 3) has no "body" string; skipped',
      'segments[2] (line 4) has no usable "startTime" (seconds); its text is kept without a time',
    ]);
    expect(labels(r)).toEqual(['A', 'B']);
  });
  test('Whisper JSON: segments without speakers read as captions, a paragraph per sentence end', () => {
    const seg = (id: number, start: number, text: string) => `{"id":${id},"seek":0,"start":${start},"end":${start + 2},"text":"${text}","tokens":[1,2],"avg_logprob":-0.2,"no_speech_prob":0.01}`;
    const src = `{"task":"transcribe","language":"english","text":" Welcome back. How are you? Fine, thanks.","segments":[${seg(0, 0, ' Welcome back. How are')},${seg(1, 2, ' you?')},${seg(2, 4, ' Fine, thanks.')}]}`;
    expect(detectFormat(src)).toBe('podcast-json');
    const r = parse('podcast-json', src);
    expect(r.format).toBe('whisper-json');
    expect(texts(r)).toEqual(['Welcome back. How are you?', 'Fine, thanks.']);
    // the whole text beside the segments is not speech read twice
    expect(r.nonSpeech.some((s) => src.slice(s.start, s.end).includes('Fine, thanks.'))).toBe(true);
    expect(parse('whisper-json', src).format).toBe('whisper-json');
  });
  test('Podcasting 2.0 JSON with Whisper-like keys but speakers stays Podcasting 2.0', () => {
    const r = parse('podcast-json', '{"segments":[{"speaker":"A","start":0,"end":1,"text":"Hi.","seek":0},{"speaker":"B","start":1,"end":2,"text":"Yo.","seek":0}]}');
    expect(r.format).toBe('podcast-json');
    expect(labels(r)).toEqual(['A', 'B']);
  });
  test('JSON with all times zero is untimed', () => {
    const r = parse('podcast-json', '{"segments":[{"speaker":"A","startTime":0,"endTime":0,"body":"Hi."},{"speaker":"B","startTime":0,"endTime":0,"body":"Yo."}]}');
    expect(r.timed).toBe(false);
    expect(r.paragraphs.every((p) => p.time === null)).toBe(true);
  });
});

describe('WebVTT cue text', () => {
  test('inline tags split pieces, which stay verbatim; glued tags make one decoded piece', () => {
    const src = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nA <b>bold</b> move, <i>really</i>.\n';
    const r = parse('vtt', src);
    const pieces = r.paragraphs[0].pieces;
    expect(pieces.map((p) => [p.text, p.verbatim])).toEqual([
      ['A', true],
      ['bold', true],
      ['move,', true],
      ['really.', false],
    ]);
    expect(src.slice(pieces[3].span.start, pieces[3].span.end)).toBe('really</i>.');
  });
  test('karaoke timestamps and class tags are not speech', () => {
    const r = parse('vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nwe <00:00:01.500><c> ship</c><00:00:02.000><c> today</c>\n');
    expect(texts(r)).toEqual(['we ship today']);
    expect(r.paragraphs[0].pieces.every((p) => p.verbatim)).toBe(true);
  });
  test('entities are decoded in small pieces; the words around them stay verbatim', () => {
    const r = parse('vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nwe R&amp;D &lt;3 &#8220;fast&#8221; code\n');
    expect(r.paragraphs[0].pieces.map((p) => [p.text, p.verbatim])).toEqual([
      ['we', true],
      ['R&D', false],
      ['<3', false],
      ['“fast”', false],
      ['code', true],
    ]);
  });
  test('a voice on every cue: one paragraph per stretch of one voice', () => {
    const src = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.host Ann Lee>So the release\n\n00:00:02.000 --> 00:00:03.000\n<v Ann Lee>is out.</v>\n\n00:00:03.500 --> 00:00:04.000\n<v Bo>Great.\n';
    const r = parse('vtt', src);
    expect(texts(r)).toEqual(['So the release is out.', 'Great.']);
    expect(labels(r)).toEqual(['Ann Lee', 'Bo']);
    const span = r.paragraphs[0].label!.span;
    expect(src.slice(span.start, span.end)).toBe('Ann Lee');
    expect(r.declared.people).toEqual(['Ann Lee', 'Bo']);
  });
  test('two voices in one cue', () => {
    const r = parse('vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>Ready?</v> <v Bo>Yes.</v>\n');
    expect(texts(r)).toEqual(['Ready?', 'Yes.']);
    expect(labels(r)).toEqual(['Ann', 'Bo']);
    expect(r.paragraphs[0].span.end).toBeLessThanOrEqual(r.paragraphs[1].span.start);
  });
  test('without voices: a cue that ends a sentence ends a paragraph (a turn may change there), a pause mid-sentence does not', () => {
    const r = parse('vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWe tried it\n\n00:00:05.000 --> 00:00:06.000\nand it worked.\n\n00:00:09.000 --> 00:00:10.000\nNext topic.\n\n00:00:10.500 --> 00:00:11.000\nIt is big.\n');
    expect(texts(r)).toEqual(['We tried it and it worked.', 'Next topic.', 'It is big.']);
    expect(r.paragraphs.map((p) => p.time)).toEqual([{ start: 1, end: 6 }, { start: 9, end: 10 }, { start: 10.5, end: 11 }]);
  });
  test('with voices: only a new voice starts a paragraph', () => {
    const r = parse('vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>We tried it.\n\n00:00:02.100 --> 00:00:03.000\n<v Ana>It worked.\n\n00:00:06.000 --> 00:00:07.000\n<v Ana>Next topic.\n\n00:00:07.100 --> 00:00:08.000\n<v Ben>Go on.\n');
    expect(texts(r)).toEqual(['We tried it. It worked. Next topic.', 'Go on.']);
  });
});

describe('rolling captions', () => {
  // The shape YouTube's automatic captions have: a cue line of one space, word timestamps,
  // 10 ms cues that repeat the line, and each cue starting with the previous cue's last line.
  const youtube = [
    'WEBVTT',
    'Kind: captions',
    'Language: en',
    '',
    '00:00:00.000 --> 00:00:02.000 align:start position:0%',
    ' ',
    'so<00:00:00.500><c> the</c><00:00:01.000><c> new</c><00:00:01.500><c> release</c>',
    '',
    '00:00:02.000 --> 00:00:02.010 align:start position:0%',
    'so the new release',
    ' ',
    '',
    '00:00:02.010 --> 00:00:04.000 align:start position:0%',
    'so the new release',
    'is<00:00:02.500><c> finally</c><00:00:03.000><c> out.</c>',
    '',
    '00:00:04.000 --> 00:00:04.010 align:start position:0%',
    'is finally out.',
    ' ',
    '',
    '00:00:04.010 --> 00:00:06.000 align:start position:0%',
    'is finally out.',
    'And<00:00:04.500><c> it</c><00:00:05.000><c> is</c><00:00:05.500><c> fast.</c>',
    '',
  ].join('\n');
  test('each line is read once', () => {
    const r = parse('vtt', youtube);
    expect(texts(r)).toEqual(['so the new release is finally out.', 'And it is fast.']);
    expect(codes(r)).toEqual(['ROLLING_CAPTIONS']);
    expect(r.paragraphs[0].time).toEqual({ start: 0, end: 4 });
  });
  test('a repeated line in ordinary captions is kept', () => {
    const r = parse('srt', '1\n00:00:01,000 --> 00:00:02,000\nYeah.\n\n2\n00:00:02,000 --> 00:00:03,000\nYeah.\n\n3\n00:00:03,000 --> 00:00:04,000\nSo anyway.\n\n4\n00:00:04,000 --> 00:00:05,000\nRight.\n\n5\n00:00:05,000 --> 00:00:06,000\nOk.\n');
    expect(texts(r)).toEqual(['Yeah.', 'Yeah.', 'So anyway.', 'Right.', 'Ok.']);
  });
});

describe('automatic captions: paragraphs at pauses', () => {
  // yt-dlp's rolling shape: each new line carries its words' onsets (words 0.4 s apart), then a
  // 10 ms cue repeats it, and the next cue opens with it again; `pauseAfter`: the speaker paused
  // 0.9 s after that word, which may fall inside a line
  const rolling = (pauseAfter: number | null) => {
    const words = 'we merged the branch on friday and so what did you break in the end'.split(' ');
    const onsets: number[] = [];
    let t = 2.4;
    for (let i = 0; i < words.length; i++) {
      onsets.push(Math.round(t * 1000) / 1000);
      t += i === pauseAfter ? 1.3 : 0.4;
    }
    const clock = (x: number) => `00:00:${x.toFixed(3).padStart(6, '0')}`;
    const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
    let above = ' ';
    for (let from = 0; from < words.length; from += 4) {
      const to = Math.min(words.length, from + 4);
      const end = to < words.length ? onsets[to] : t;
      const tagged = words[from] + words.slice(from + 1, to).map((w, i) => `<${clock(onsets[from + 1 + i])}><c> ${w}</c>`).join('');
      const plainLine = words.slice(from, to).join(' ');
      out.push(`${clock(onsets[from])} --> ${clock(end - 0.01)} align:start position:0%`, above, tagged, '');
      out.push(`${clock(end - 0.01)} --> ${clock(end)} align:start position:0%`, plainLine, ' ', '');
      above = plainLine;
    }
    return out.join('\n');
  };
  test('a silence between two words closes a paragraph, inside a caption line too', () => {
    // after the last word of a line (`friday`: `and so what did` opens the next one)
    expect(texts(parse('vtt', rolling(5)))).toEqual(['we merged the branch on friday', 'and so what did you break in the end']);
    // inside a line
    expect(texts(parse('vtt', rolling(1)))).toEqual(['we merged', 'the branch on friday and so what did you break in the end']);
  });
  test('words at an even pace stay one paragraph, timed from the first cue to the last', () => {
    const r = parse('vtt', rolling(null));
    expect(texts(r)).toEqual(['we merged the branch on friday and so what did you break in the end']);
    expect(r.paragraphs[0].time).toEqual({ start: 2.4, end: 8.39 });
  });
  test('cues without word times: a gap between cues closes a paragraph, a cue ending where the next starts does not', () => {
    const cues = (gap: number) => `WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nwe merged the branch\n\n00:00:03.000 --> 00:00:05.000\non friday evening\n\n00:00:${(5 + gap).toFixed(3).padStart(6, '0')} --> 00:00:08.000\nso what did you break\n`;
    expect(texts(parse('vtt', cues(0.5)))).toEqual(['we merged the branch on friday evening', 'so what did you break']);
    expect(texts(parse('vtt', cues(0.1)))).toEqual(['we merged the branch on friday evening so what did you break']);
  });
  test('punctuated captions keep to their sentence ends: a short gap after a comma closes nothing', () => {
    const r = parse('vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nWe merged the branch,\n\n00:00:03.500 --> 00:00:05.000\nand nothing broke.\n');
    expect(texts(r)).toEqual(['We merged the branch, and nothing broke.']);
  });
});

describe('silencesBefore', () => {
  const part = (words: string, start: number, end: number, onset = false): CuePart => ({ span: { start: 0, end: 1 }, pieces: [{ span: { start: 0, end: 1 }, text: words, verbatim: true }], label: null, dash: false, time: { start, end }, ...(onset ? { onset: true } : {}) });
  test.each([
    // cues with ends: the time from one's end to the next one's start
    [[part('a b', 0, 1), part('c', 1, 2), part('d', 2.5, 3)], [0, 0, 0.5]],
    // words known by their onsets: each lasts the median time per word (0.4 s here), the rest is silence
    [[part('a', 0, 0.4, true), part('b', 0.4, 0.8, true), part('c', 0.8, 2, true), part('d', 2, 2.4, true), part('e', 2.4, 3, true)], [0, 0, 0, 0.8, 0]],
    // a part of two words lasts two words
    [[part('a b', 0, 1, true), part('c', 0.8, 1.2, true), part('d', 1.2, 2, true), part('e', 2.4, 3, true)], [0, 0, 0, 0.8]],
  ])('%#', (parts, want) => {
    expect([...silencesBefore(parts)].map((x) => Math.round(x * 1000) / 1000)).toEqual(want);
  });
});

describe('SRT cue text', () => {
  test('dash lines in one cue are two speakers', () => {
    const r = parse('srt', '1\n00:00:01,000 --> 00:00:03,000\n- Are you coming?\n- Yes, in a minute.\n');
    expect(texts(r)).toEqual(['Are you coming?', 'Yes, in a minute.']);
    expect(labels(r)).toEqual([null, null]);
  });
  test('`Name:` prefixes count only when the file uses them as labels', () => {
    const r = parse('srt', '1\n00:00:01,000 --> 00:00:02,000\nAnn: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\nNote: this is fine.\n\n3\n00:00:03,000 --> 00:00:04,000\nBo: Hello.\n\n4\n00:00:04,000 --> 00:00:05,000\nAnn: Bye.\n\n5\n00:00:05,000 --> 00:00:06,000\n<i>Bo:</i> Ciao.\n');
    expect(labels(r)).toEqual(['Ann', 'Bo', 'Ann', 'Bo']);
    expect(texts(r)).toEqual(['Hi. Note: this is fine.', 'Hello.', 'Bye.', 'Ciao.']);
  });
  test('CRLF, a BOM, and {\\an8} positioning tags', () => {
    const src = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\n{\\an8}Top line.\r\n';
    const r = parse('srt', src);
    expect(detectFormat(src)).toBe('srt');
    expect(r.paragraphs[0].pieces).toMatchObject([{ text: 'Top line.', verbatim: true }]);
  });
});

describe('Podcasting 2.0 JSON', () => {
  test('pieces point between the quotes; escapes make them decoded', () => {
    const src = '{"segments":[{"speaker":"Ann","startTime":0.5,"endTime":2,"body":" Say \\"hi\\" "},{"speaker":"Ann","startTime":2,"endTime":3,"body":"now."}]}';
    const r = parse('podcast-json', src);
    const [a, b] = r.paragraphs[0].pieces;
    expect(a).toMatchObject({ text: 'Say "hi"', verbatim: false });
    expect(src.slice(a.span.start, a.span.end)).toBe('Say \\"hi\\"');
    expect(b).toMatchObject({ text: 'now.', verbatim: true });
    expect(src.slice(r.paragraphs[0].label!.span.start, r.paragraphs[0].label!.span.end)).toBe('Ann');
    expect(r.paragraphs[0].time).toEqual({ start: 0.5, end: 3 });
  });
  test('Whisper-style segments (text, start, end) are read as Whisper\'s captions: a sentence end may change the voice', () => {
    const r = parse('podcast-json', '{"text":" Hi. Bye.","segments":[{"id":0,"start":0.0,"end":1.2,"text":" Hi."},{"id":1,"start":1.4,"end":2.0,"text":" Bye."}],"language":"en"}');
    expect(r.format).toBe('whisper-json');
    expect(texts(r)).toEqual(['Hi.', 'Bye.']);
    expect(r.paragraphs.map((p) => p.time)).toEqual([{ start: 0, end: 1.2 }, { start: 1.4, end: 2 }]);
  });
  test('word segments: a long pause after a sentence end splits the speaker\'s paragraph', () => {
    const seg = (s: string, t: number) => `{"speaker":"Ann","startTime":${t},"endTime":${t + 0.3},"body":"${s}"}`;
    const r = parse('podcast-json', `{"segments":[${[seg('One', 0), seg('thing.', 0.4), seg('Another', 4), seg('one.', 4.4)].join(',')}]}`);
    expect(texts(r)).toEqual(['One thing.', 'Another one.']);
    expect(labels(r)).toEqual(['Ann', 'Ann']);
  });
});

describe('HTML', () => {
  test('`Name:` paragraphs without <cite>, CRLF text stays verbatim, entities decode', () => {
    const src = '<html><body>\r\n<p>Ann Lee: We shipped\r\nit.</p>\r\n<p><b>Bo:</b> R&amp;D loved it.</p>\r\n<p>Ann Lee: Good.</p>\r\n<p>Bo: Yes.</p></body></html>';
    const r = parse('html', src);
    expect(labels(r)).toEqual(['Ann Lee', 'Bo', 'Ann Lee', 'Bo']);
    expect(r.paragraphs[0].pieces).toMatchObject([{ text: 'We shipped\r\nit.', verbatim: true }]);
    expect(r.paragraphs[1].pieces).toMatchObject([
      { text: 'R&D', verbatim: false },
      { text: 'loved it.', verbatim: true },
    ]);
    expect(r.timed).toBe(false);
  });
  test('show notes as a list of links are no speech, and their `Name:`-like titles no labels', () => {
    const src = '<main><ul><li><a href="/a">AWS: summary of the outage</a></li>\n<li> <a href="/b">Release notes</a> </li>\n<li>We read <a href="/c">this</a> too.</li></ul>\n<p><strong>Calum Reid:</strong> Hello and welcome.</p>\n<p>So. Cloudflare.</p>\n<p><strong>Ilse Brouwer:</strong> Hi.</p>\n<p><strong>Calum Reid:</strong> Welcome.</p>\n<p><strong>Ilse Brouwer:</strong> Thanks.</p></main>';
    const r = parse('html', src);
    expect(texts(r)).toEqual(['We read this too.', 'Hello and welcome.', 'So. Cloudflare.', 'Hi.', 'Welcome.', 'Thanks.']);
    expect(labels(r)).toEqual([null, 'Calum Reid', null, 'Ilse Brouwer', 'Calum Reid', 'Ilse Brouwer']);
    expect(r.nonSpeech.some((x) => src.slice(x.start, x.end).includes('AWS: summary'))).toBe(true);
  });
  test('a link glued to punctuation makes one short decoded piece', () => {
    const src = '<p>The guide is at <a href="/d">example.dev/docs</a>, and it has a table.</p>';
    const r = parse('html', src);
    expect(r.paragraphs[0].pieces.map((p) => [p.text, p.verbatim, src.slice(p.span.start, p.span.end)])).toEqual([
      ['The guide is at', true, 'The guide is at'],
      ['example.dev/docs,', false, 'example.dev/docs</a>,'],
      ['and it has a table.', true, 'and it has a table.'],
    ]);
  });
  test('`<br>` lines with timestamps and names are paragraphs', () => {
    const src = '<div class="t"><p>00:05 Ann: Hi there.<br>\n00:09 Bo: Hello.<br>\nAnd welcome.<br>\n00:15 Ann: Thanks.<br>\n00:18 Bo: Bye.</p></div>';
    const r = parse('html', src);
    expect(texts(r)).toEqual(['Hi there.', 'Hello.', 'And welcome.', 'Thanks.', 'Bye.']);
    expect(labels(r)).toEqual(['Ann', 'Bo', null, 'Ann', 'Bo']);
    expect(r.paragraphs.map((p) => p.time?.start ?? null)).toEqual([5, 9, null, 15, 18]);
    expect(r.timed).toBe(true);
  });
  test('timestamp and name in their own elements', () => {
    const src = '<p><span class="ts">00:00</span> <strong>KENNEDY:</strong> Hello and welcome.</p>\n<p><span class="ts">00:07</span> <strong>OKKEN:</strong> Hi.</p>';
    const r = parse('html', src);
    expect(labels(r)).toEqual(['KENNEDY', 'OKKEN']);
    expect(texts(r)).toEqual(['Hello and welcome.', 'Hi.']);
    expect(r.paragraphs.map((p) => p.time)).toEqual([{ start: 0, end: 7 }, { start: 7, end: null }]);
  });
  test('a <time> mid-sentence is speech; a <cite> mid-block starts a paragraph', () => {
    const src = '<p>We met at <time>10:00</time> sharp.</p><p><cite>Ann:</cite> Hi. <cite>Bo:</cite> Hello.</p><cite>Ann:</cite><p>Bye.</p>';
    const r = parse('html', src);
    expect(texts(r)).toEqual(['We met at 10:00 sharp.', 'Hi.', 'Hello.', 'Bye.']);
    expect(labels(r)).toEqual([null, 'Ann', 'Bo', 'Ann']);
    expect(violations(src, r)).toEqual([]);
  });
  test('a number at the start of one paragraph is speech, not a timestamp', () => {
    const r = parse('html', '<p>3:15 is when we met.</p><p>Right.</p>');
    expect(texts(r)).toEqual(['3:15 is when we met.', 'Right.']);
  });
  test('<title> is the fallback title; <time datetime> durations count', () => {
    const r = parse('html', '<html><head><title>Ep 3</title></head><body><cite>A:</cite><time datetime="PT1M5S">later</time><p>Hi.</p><cite>B:</cite><time>1:30</time><p>Yo.</p></body></html>');
    expect(r.declared.title).toBe('Ep 3');
    expect(r.paragraphs.map((p) => p.time)).toEqual([{ start: 65, end: 90 }, { start: 90, end: null }]);
  });
});

describe('format detection does not confuse formats', () => {
  const cases: [string, string, SourceFormat][] = [
    ['labeled text mentioning WEBVTT', 'Dana: we talked about WEBVTT files.\nTom: and SRT files.\nDana: yes.\nTom: right.\n', 'labeled-text'],
    ['labeled text whose first word is WEBVTT', 'WEBVTT is great.\nDana: yes.\nTom: sure.\nDana: ok.\n', 'labeled-text'],
    ['plain text starting with a bracket', '[inaudible] hello there and welcome', 'plain-text'],
    ['plain text mentioning <p> tags', 'We use <p> tags everywhere.', 'plain-text'],
    ['numbered cues with dots', '1\n00:00:01.000 --> 00:00:02.000\nhi\n\n2\n00:00:03.000 --> 00:00:04.000\nyo\n', 'srt'],
    ['unnumbered cues with dots (VTT without header)', '00:00:01.000 --> 00:00:02.000\nhi\n\n00:00:03.000 --> 00:00:04.000\nyo\n', 'vtt'],
    ['numbered cues with unreadable times (a damaged SRT)', '1\n00:00:01,000 --> soon\nhi\n', 'srt'],
    ['a WEBVTT header with broken cues', 'WEBVTT\n\n00:00:01 -> 00:00:02\nhi\n', 'vtt'],
    ['JSON of another shape', '{"foo": 1}', 'podcast-json'],
    ['broken podcast JSON', '{"segments": [{"body": "hi"', 'podcast-json'],
    ['an HTML fragment', '<cite>A:</cite><p>hi</p>', 'html'],
    ['a copied video transcript (clock lines, the caption below)', 'My Show 12\n0:00\nhello and welcome back.\n0:03\nToday we talk about caches.\n0:07\nand why they lie.\n1:02:03\nThanks for listening.\n', 'timestamp-lines'],
    ['a web page whose paragraphs start with a stamp', '00:00 hello and welcome back.\n\n00:03 Today we talk about caches.\n\n00:07 and why they lie.\n\n00:09 Thanks.\n', 'web-transcript'],
    ['a list of times', 'Schedule\n10:00\n10:30\n11:00\n11:30\nLunch is at noon.\n', 'plain-text'],
  ];
  test.each(cases)('%s', (_name, source, format) => {
    expect(detectFormat(source)).toBe(format);
  });
});
