import { describe, expect, test } from 'vitest';
import { PodtopicsError } from '../pipeline/document/diagnostics.js';
import { detectFormat } from '../pipeline/ingest/formats.js';
import { parseTtml, sniffTtml, timeExpression } from '../pipeline/ingest/ttml.js';
import { extractText } from '../pipeline/extract.js';
import { violations } from './ingest-check.js';

const TT = '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal">';
const doc = (body: string, head = '') => `<?xml version="1.0" encoding="UTF-8"?>\n${TT}<head><metadata>${head}</metadata></head><body>\n${body}\n</body></tt>\n`;
const words = (text: string, from: number) =>
  text
    .split(' ')
    .map((w, i) => `<span podcasts:unit="word" begin="${(from + i * 0.3).toFixed(3)}" end="${(from + i * 0.3 + 0.25).toFixed(3)}">${w}</span>`)
    .join(' ');
const texts = (source: string) => parseTtml(source).paragraphs.map((p) => p.pieces.map((x) => x.text).join(' '));

describe('TTML time expressions', () => {
  test.each([
    ['12.340', 12.34],
    ['00:01:02.500', 62.5],
    ['01:00:00', 3600],
    ['00:00:01:15', 1.5],
    ['62.5s', 62.5],
    ['1500ms', 1.5],
    ['1.5m', 90],
    ['0.5h', 1800],
    ['90f', 3],
    ['20000000t', 2],
  ])('%s → %s s', (text, seconds) => {
    expect(timeExpression(text)).toBeCloseTo(seconds, 6);
  });
  test.each(['', 'soon', '1:2', '-3s'])('%j is no time', (text) => {
    expect(timeExpression(text)).toBeNull();
  });
});

describe('TTML detection', () => {
  test.each([
    ['an XML declaration, then <tt>', doc('<p>Hi.</p>'), 'ttml'],
    ['a comment before the root', `<!-- exported -->\n${TT}<body><p>Hi there.</p></body></tt>`, 'ttml'],
    ["EBU-TT's tt: prefix", '<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body><tt:p>Hi.</tt:p></tt:body></tt:tt>', 'ttml'],
    ['HTML with paragraphs', '<html><body><p>Hi.</p></body></html>', 'html'],
    ['a page that mentions <tt> in its text', 'Dana: we used <tt> tags for code.\nTom: right.\nDana: yes.\n', 'labeled-text'],
  ])('%s', (_, source, format) => {
    expect(detectFormat(source)).toBe(format);
  });
  test('an XML file with another root is not TTML', () => {
    expect(sniffTtml('<?xml version="1.0"?>\n<rss><channel/></rss>')).toBe(0);
  });
});

describe('TTML paragraphs', () => {
  test("Apple's paragraphs stay paragraphs, timed by the <p>, with the agent as the label", () => {
    const source = doc(
      [
        `<div begin="0.000" end="40.000"><p begin="0.200" end="9.000" ttm:agent="SPEAKER_1"><span podcasts:unit="sentence">${words('Welcome to Deploy Friday. Today I am talking to Owen Achebe about Caddy and automatic certificates for small teams.', 0.2)}</span></p>`,
        `<p begin="9.600" end="20.000" ttm:agent="SPEAKER_1"><span podcasts:unit="sentence">${words('He has run it in production for four years, across about forty services, and has opinions on all of them.', 9.6)}</span></p>`,
        `<p begin="20.600" end="30.000" ttm:agent="SPEAKER_2"><span podcasts:unit="sentence">${words('Thanks for having me, Marta. Mostly good opinions, I promise, with one or two about renewals at weekends.', 20.6)}</span></p></div>`,
      ].join('\n'),
    );
    const r = parseTtml(source);
    expect(violations(source, r)).toEqual([]);
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs.map((p) => p.label?.raw)).toEqual(['SPEAKER_1', 'SPEAKER_1', 'SPEAKER_2']);
    expect(r.paragraphs.map((p) => p.time)).toEqual([
      { start: 0.2, end: 9 },
      { start: 9.6, end: 20 },
      { start: 20.6, end: 30 },
    ]);
    expect(texts(source)[2]).toBe('Thanks for having me, Marta. Mostly good opinions, I promise, with one or two about renewals at weekends.');
  });

  test('timed word spans written without spaces between them are still separate words', () => {
    const glued = '<span begin="1.0" end="1.2">Hello</span><span begin="1.2" end="1.5">there,</span><span begin="1.5" end="1.9">friends.</span>';
    expect(texts(doc(`<p begin="1.0" end="1.9">${glued}</p>`))).toEqual(['Hello there, friends.']);
  });

  test('an untimed styling span inside a word keeps the word whole', () => {
    expect(texts(doc('<p begin="1.0" end="3.0">It is <span tts:fontStyle="italic">real</span>ly fast.</p>'))).toEqual(['It is really fast.']);
  });

  test('entities are decoded and a line break separates words', () => {
    const source = doc('<p begin="1.0" end="3.0">Rock &amp; roll,<br/>don&apos;t stop.</p>');
    const r = parseTtml(source);
    expect(violations(source, r)).toEqual([]);
    expect(texts(source)).toEqual(["Rock & roll, don't stop."]);
  });

  test('declared agents name their paragraphs; the label still spans the id as written', () => {
    const head = '<ttm:agent xml:id="a1" type="person"><ttm:name>Dana Reyes</ttm:name></ttm:agent><ttm:agent xml:id="a2"><ttm:name>Tom Lindqvist</ttm:name></ttm:agent>';
    const source = doc('<p begin="0" end="2" ttm:agent="a1">Welcome back, everyone, to another long episode with plenty of news in it.</p><p begin="2.5" end="4" ttm:agent="a2">Thanks, Dana, good to be back again after a long and very busy week off.</p>', head);
    const r = parseTtml(source);
    expect(violations(source, r)).toEqual([]);
    expect(r.paragraphs.map((p) => [p.label?.raw, p.label?.name])).toEqual([
      ['a1', 'Dana Reyes'],
      ['a2', 'Tom Lindqvist'],
    ]);
    expect(r.declared.people).toEqual(['Dana Reyes', 'Tom Lindqvist']);
  });

  test('times nested under a later <div> begin count from it', () => {
    const r = parseTtml(doc('<div begin="60s"><p begin="1.5s" end="3s">A short cue that is still speech.</p><p begin="4s" end="6s">And another one right after it.</p></div>'));
    expect(r.paragraphs[0].time?.start).toBeCloseTo(61.5, 6);
  });

  test('caption cues (few words each) join into paragraphs at sentence ends', () => {
    const cues = ['So this week we', 'have three things.', 'The first is', 'a new release', 'of the build tool.'];
    const body = cues.map((c, i) => `<p begin="${i * 2}s" end="${i * 2 + 1.9}s">${c}</p>`).join('');
    expect(texts(doc(body))).toEqual(['So this week we have three things.', 'The first is a new release of the build tool.']);
  });
});

describe('TTML errors', () => {
  const reads = (source: string) => {
    try {
      parseTtml(source);
      return 'ok';
    } catch (e) {
      return e instanceof PodtopicsError ? e.code : 'crash';
    }
  };
  test.each([
    ['no <p> with text', doc('<div></div>'), 'TTML_NO_SPEECH'],
    ['empty paragraphs only', doc('<p begin="1s"></p><p>  </p>'), 'TTML_NO_SPEECH'],
    ['another root element', '<rss><p>Hi.</p></rss>', 'TTML_SHAPE'],
    ['no element at all', 'just words', 'TTML_SHAPE'],
  ])('%s → %s', (_, source, code) => {
    expect(reads(source)).toBe(code);
  });
});

describe('TTML through the pipeline', () => {
  test('diarisation ids are named from what is said (an introduction, and the other voice)', () => {
    const source = doc(
      [
        `<p begin="0.2" end="9" ttm:agent="SPEAKER_1">${words("Welcome to Deploy Friday, I'm Marta Lindgren, and today I'm talking to Owen Achebe about Caddy and automatic HTTPS.", 0.2)}</p>`,
        `<p begin="9.6" end="16" ttm:agent="SPEAKER_2">${words("Thanks for having me, Marta. I've been running Caddy in production for about four years now.", 9.6)}</p>`,
        `<p begin="16.6" end="20" ttm:agent="SPEAKER_1">${words("So what made you move off nginx? That's the question everybody asks.", 16.6)}</p>`,
      ].join('\n'),
    );
    const r = extractText(source, 'episode.ttml');
    expect(r.source.format).toBe('ttml');
    const name = (id: string | null) => r.speakers.find((s) => s.id === id)?.name;
    expect(r.turns.map((t) => name(t.speaker))).toEqual(['Marta Lindgren', 'Owen Achebe', 'Marta Lindgren']);
    expect(r.entities.map((e) => e.name)).toContain('Caddy');
  });
});
