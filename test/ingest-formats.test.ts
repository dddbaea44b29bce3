import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Ingested, SourceFormat } from '../pipeline/document/document.js';
import { buildSpeechText, paragraphText, speechIn } from '../pipeline/document/speech-text.js';
import { detectFormat, readerFor } from '../pipeline/ingest/formats.js';
import { sniffVosk } from '../pipeline/ingest/vosk.js';
import { extractText } from '../pipeline/extract.js';
import { violations } from './ingest-check.js';

/** One exchange rendered in every format (data/fixtures/two-hosts/render.mjs). */
const DIR = join(import.meta.dirname, '..', 'data', 'fixtures', 'two-hosts');
const FIXTURES: { file: string; format: SourceFormat; labels: boolean; timed: boolean; caseless?: boolean; firstNames?: boolean }[] = [
  { file: 'episode.labeled.txt', format: 'labeled-text', labels: true, timed: false },
  { file: 'episode.web.txt', format: 'web-transcript', labels: true, timed: true },
  { file: 'episode.vtt', format: 'vtt', labels: true, timed: true },
  { file: 'episode.novoice.vtt', format: 'vtt', labels: false, timed: true },
  { file: 'episode.srt', format: 'srt', labels: true, timed: true },
  { file: 'episode.sbv', format: 'sbv', labels: false, timed: true },
  { file: 'episode.whisper.tsv', format: 'tsv', labels: false, timed: true },
  { file: 'episode.csv', format: 'csv', labels: true, timed: true },
  { file: 'episode.json', format: 'podcast-json', labels: true, timed: true },
  { file: 'episode.words.json', format: 'podcast-json', labels: true, timed: true },
  { file: 'episode.html', format: 'html', labels: true, timed: true },
  { file: 'episode.ttml', format: 'ttml', labels: true, timed: true },
  { file: 'episode.dfxp.ttml', format: 'ttml', labels: false, timed: true },
  { file: 'episode.plain.txt', format: 'plain-text', labels: false, timed: false },
  { file: 'episode.transcript-panel.txt', format: 'timestamp-lines', labels: false, timed: true },
  { file: 'episode.lrc', format: 'lrc', labels: false, timed: true },
  { file: 'episode.timedtext.xml', format: 'timedtext', labels: false, timed: true },
  { file: 'episode.json3', format: 'youtube-json', labels: false, timed: true },
  { file: 'episode.webex.vtt', format: 'vtt', labels: true, timed: true },
  { file: 'episode.cha', format: 'chat', labels: true, timed: true },
  // NIST's formats: lower case, no punctuation (a segment's or a pause's end reads as a sentence end)
  { file: 'episode.stm', format: 'stm', labels: true, timed: true, caseless: true },
  // (its tracks are named by first name: `stacknotes-212-dana`)
  { file: 'episode.ctm', format: 'ctm', labels: true, timed: true, caseless: true, firstNames: true },
  { file: 'episode.fireflies.json', format: 'stt-json', labels: true, timed: true },
  // the Vosk recogniser's results, objects one after another: no speakers, lower case, no punctuation
  { file: 'episode.vosk.json', format: 'vosk-json', labels: false, timed: true, caseless: true },
  { file: 'episode.premiere.txt', format: 'premiere', labels: true, timed: true },
  { file: 'episode.audacity.txt', format: 'audacity', labels: false, timed: true },
  { file: 'episode.smi', format: 'sami', labels: true, timed: true },
  { file: 'episode.otr', format: 'otr', labels: true, timed: true },
  { file: 'episode.trs', format: 'trs', labels: true, timed: true },
  { file: 'episode.avid.txt', format: 'avid', labels: false, timed: true },
  // speech-to-text services: diarisation ids, not names (see the test of their sequence below)
  { file: 'episode.assemblyai.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.deepgram.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.transcribe.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.revai.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.speechmatics.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.azure.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.google.json', format: 'stt-json', labels: false, timed: true },
  { file: 'episode.watson.json', format: 'stt-json', labels: false, timed: true },
];

const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const ingest = (source: string, format: SourceFormat) => readerFor(format).parse(source);

const speechWords = (r: Ingested) => r.paragraphs.flatMap((p) => paragraphText(p).split(/\s+/).filter(Boolean));
/** Speaker labels in order, a repeated label (a paragraph split at a pause) counted once. */
const labelSequence = (r: Ingested) =>
  r.paragraphs.flatMap((p) => (p.label ? [p.label.name ?? p.label.raw] : [])).filter((l, i, all) => i === 0 || all[i - 1] !== l);
/** A word without case or punctuation, as a caseless recogniser writes it (`Pathkit.join,` → `pathkitjoin`). */
const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const firstWords = (p: Ingested['paragraphs'][number], n = 6) =>
  p.pieces.flatMap((x) => x.text.split(/\s+/).filter(Boolean)).slice(0, n).join(' ');

describe('two-hosts fixture in every format', () => {
  const labeled = ingest(read('episode.labeled.txt'), 'labeled-text');
  const reference = { words: speechWords(labeled), labels: labelSequence(labeled) };
  const extracted = extractText(read('episode.labeled.txt'), 'episode.labeled.txt');

  test('the labeled reference has both hosts taking turns', () => {
    expect(reference.labels).toHaveLength(16);
    expect(new Set(reference.labels)).toEqual(new Set(['Dana Reyes', 'Tom Lindqvist']));
    expect(reference.words.length).toBeGreaterThan(380);
  });

  for (const fx of FIXTURES) {
    describe(fx.file, () => {
      const source = read(fx.file);
      const r = ingest(source, fx.format);

      test(`is detected as ${fx.format}`, () => {
        expect(detectFormat(source)).toBe(fx.format);
        expect(r.format).toBe(fx.format);
      });

      test('paragraphs and pieces are in bounds, ordered, non-overlapping and verbatim where marked', () => {
        expect(violations(source, r)).toEqual([]);
      });

      test('says the same words as the labeled version', () => {
        if (fx.caseless) expect(speechWords(r).map(bare)).toEqual(reference.words.map(bare));
        else expect(speechWords(r)).toEqual(reference.words);
      });

      // what lies between two words is read in the speech, not in the source: a word-level
      // JSON result has a JSON object between `Lumen` and `CI`, and between `company` and `,`
      test.skipIf(fx.caseless)('finds the same technologies and titles as the labeled version', () => {
        const result = extractText(source, fx.file);
        expect(result.entities.map((e) => e.name).sort()).toEqual(extracted.entities.map((e) => e.name).sort());
        // (titles where the speakers are known: without them a headline may title a card)
        if (fx.labels || fx.format === 'stt-json') expect(result.segments.map((s) => s.title)).toEqual(extracted.segments.map((s) => s.title));
      });

      if (fx.labels) {
        test('gives the same speaker sequence as the labeled version', () => {
          expect(labelSequence(r)).toEqual(fx.firstNames ? reference.labels.map((l) => l.split(' ')[0]) : reference.labels);
        });
      }

      if (fx.timed) {
        test('is timed, with times in order', () => {
          expect(r.timed).toBe(true);
          let prev = -1;
          for (const p of r.paragraphs) {
            expect(p.time).not.toBeNull();
            expect(p.time!.start).toBeGreaterThanOrEqual(prev);
            if (p.time!.end !== null) expect(p.time!.end).toBeGreaterThanOrEqual(p.time!.start);
            prev = p.time!.start;
          }
          expect(prev).toBeGreaterThan(120);
        });
      }
    });
  }

  test('without voice tags, every speaker change still starts a paragraph (">>" dashes)', () => {
    const novoice = ingest(read('episode.novoice.vtt'), 'vtt');
    const starts = novoice.paragraphs.map((p) => firstWords(p));
    for (const p of labeled.paragraphs) expect(starts).toContain(firstWords(p));
    // one more: the 2.6 s pause after a sentence end inside a turn
    expect(novoice.paragraphs).toHaveLength(labeled.paragraphs.length + 1);
  });

  test('cue paragraphs join sentences split across cues', () => {
    const vtt = ingest(read('episode.vtt'), 'vtt');
    const text = vtt.paragraphs[0].pieces.map((x) => x.text).join(' ');
    expect(text).toBe("Welcome back to Stack Notes, episode 212. I'm Dana Reyes, and with me as always is Tom Lindqvist. How are you doing, Tom?");
    expect(vtt.paragraphs[0].time).toEqual({ start: 1, end: 10.871 });
  });

  test("speech-to-text services' diarisation ids follow the speakers one to one", () => {
    const ids: Record<string, [string, string]> = {
      'episode.assemblyai.json': ['A', 'B'],
      'episode.deepgram.json': ['Speaker 0', 'Speaker 1'],
      'episode.transcribe.json': ['spk_0', 'spk_1'],
      'episode.revai.json': ['Speaker 0', 'Speaker 1'],
      'episode.speechmatics.json': ['Speaker 1', 'Speaker 2'],
      'episode.azure.json': ['Speaker 1', 'Speaker 2'],
    };
    for (const [file, [a, b]] of Object.entries(ids)) {
      const r = ingest(read(file), 'stt-json');
      expect([file, labelSequence(r)]).toEqual([file, reference.labels.map((l) => (l === 'Dana Reyes' ? a : b))]);
      expect(r.declared.people).toEqual([a, b]);
    }
  });

  test('declared things: voices, JSON speakers, HTML title', () => {
    expect(ingest(read('episode.vtt'), 'vtt').declared.people).toEqual(['Dana Reyes', 'Tom Lindqvist']);
    expect(ingest(read('episode.json'), 'podcast-json').declared.people).toEqual(['Dana Reyes', 'Tom Lindqvist']);
    expect(ingest(read('episode.html'), 'html').declared.title).toBe('Pathkit 4.0 and a formatter that asks first');
  });

  test('non-speech: VTT header and NOTE, JSON envelope, HTML head/header/footer', () => {
    const vttSource = read('episode.vtt');
    const vtt = ingest(vttSource, 'vtt');
    expect(vttSource.slice(vtt.nonSpeech[0].start, vtt.nonSpeech[0].end)).toMatch(/^WEBVTT - Stack Notes 212\n[\s\S]*NOTE\n[\s\S]*changes\.$/);
    const htmlSource = read('episode.html');
    const html = ingest(htmlSource, 'html');
    const outside = html.nonSpeech.map((s) => htmlSource.slice(s.start, s.end)).join('\n');
    expect(outside).toContain('<script>');
    expect(outside).toContain('<nav>');
    expect(outside).toContain('© 2026 Stack Notes');
    expect(speechWords(html)).not.toContain('Episodes');
  });
});

describe('Markdown transcripts', () => {
  const page = [
    '# 12: Forms that work',
    '',
    '*Published 1 May 2025 · Host: Theo Marsh · Guest: Amara Chukwu*',
    '',
    'Theo talks to Amara about forms, labels and errors.',
    '',
    '## Show notes',
    '',
    '- [WCAG 2.2](https://www.w3.org/TR/WCAG22/)',
    '- Sponsor: [Fieldnote](https://fieldnote.io/x)',
    '',
    '## Transcript',
    '',
    '**Theo Marsh:** Hello and welcome. I’m Theo Marsh.',
    '',
    'Today it is all about forms.',
    '',
    '**Amara Chukwu**: Hi! Thanks for having me.',
    '',
    '__Theo Marsh:__ Let us start with labels.',
    '',
    '**Amara Chukwu**: Labels first, always.',
    '',
    '---',
    '',
    '*This transcript was corrected by hand.*',
    '',
  ].join('\n');

  test('is detected by its emphasised labels', () => expect(detectFormat(page)).toBe('markdown'));
  test('reads `**Name:**`, `**Name**:` and `__Name:__` labels; an unlabelled paragraph goes on', () => {
    const r = ingest(page, 'markdown');
    expect(r.paragraphs.map((p) => [p.label?.raw ?? null, firstWords(p, 3)])).toEqual([
      ['Theo Marsh', 'Hello and welcome.'],
      [null, 'Today it is'],
      ['Amara Chukwu', 'Hi! Thanks for'],
      ['Theo Marsh', 'Let us start'],
      ['Amara Chukwu', 'Labels first, always.'],
    ]);
    expect(violations(page, r)).toEqual([]);
  });
  test('title, metadata, show notes and footer are the page’s, not speech', () => {
    const r = ingest(page, 'markdown');
    const words = speechWords(r).join(' ');
    for (const w of ['Published', 'Show', 'WCAG', 'Sponsor:', 'corrected']) expect(words).not.toContain(w);
  });
  test('emphasis that is no label stays speech', () => {
    const r = ingest(['**Theo Marsh:** Hello.', '', '**Really** good point: yes.', '', '**Theo Marsh:** Right.', ''].join('\n'), 'markdown');
    expect(r.paragraphs.map((p) => p.label?.raw ?? null)).toEqual(['Theo Marsh', null, 'Theo Marsh']);
  });
  test('a labelled text file without emphasis is not Markdown', () => expect(detectFormat(read('episode.labeled.txt'))).toBe('labeled-text'));
});

describe('a meeting app\'s display names (Zoom WebVTT)', () => {
  test('a name with pronouns or a role before the colon is a label', async () => {
    const { labelCandidate } = await import('../pipeline/ingest/labels.js');
    expect(labelCandidate('Hannah Lindqvist (she/her): Everything is fine.')?.raw).toBe('Hannah Lindqvist');
    expect(labelCandidate('Renata Okafor (Host): Welcome.')?.raw).toBe('Renata Okafor');
    expect(labelCandidate('Kofi Asante (they/them) (00:01:02): Yes.')?.raw).toBe('Kofi Asante');
    expect(labelCandidate('The plan (short version): ship it.')).toBeNull();
    // WhisperX's text output: the label in square brackets
    expect(labelCandidate('[SPEAKER_01]: Welcome in.')).toMatchObject({ raw: 'SPEAKER_01', labelStart: 1, labelEnd: 11, textStart: 14 });
    expect(labelCandidate('[Dana Reyes]: Hi.')?.raw).toBe('Dana Reyes');
    expect(labelCandidate('[Note]: this is not a label.')).toBeNull();
    expect(labelCandidate('[laughs] Okay then.')).toBeNull();
  });
});

describe('the speech within a source span (speechIn)', () => {
  const source = read('episode.revai.json');
  const sp = buildSpeechText(ingest(source, 'stt-json').paragraphs);

  test('a span over whole pieces reads as said, with no JSON between the words', () => {
    const k = sp.pieceSourceStart.findIndex((_, i) => i > 4 && /^\w{4,}$/.test(sp.text.slice(sp.pieceTextStart[i], sp.pieceTextStart[i] + sp.pieceTextLength[i])));
    const from = sp.pieceSourceStart[k];
    const to = sp.pieceSourceStart[k + 3] + sp.pieceSourceLength[k + 3];
    const said = speechIn(sp, from, to);
    expect(said).toBe(sp.text.slice(sp.pieceTextStart[k], sp.pieceTextStart[k + 3] + sp.pieceTextLength[k + 3]));
    expect(said).not.toMatch(/["{}:]/);
    expect(source.slice(from, to)).toMatch(/["{}:]/);
  });

  test('any span reads a stretch of the speech text, in order', () => {
    fc.assert(
      fc.property(fc.nat(source.length), fc.nat(source.length), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const said = speechIn(sp, from, to);
        expect(sp.text.includes(said)).toBe(true);
        // a longer span reads at least as much
        expect(speechIn(sp, from, Math.min(source.length, to + 50)).length).toBeGreaterThanOrEqual(said.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Vosk results', () => {
  const utterance = (text: string, t0: number) =>
    JSON.stringify({ result: text.split(' ').map((word, i) => ({ conf: 1, end: t0 + i * 0.3 + 0.25, start: t0 + i * 0.3, word })), text });
  const said = (r: Ingested) => r.paragraphs.map((p) => paragraphText(p));

  test.each([
    ['objects one after another, pretty-printed', `${JSON.stringify(JSON.parse(utterance('hello and welcome', 1)), null, 2)}\n${JSON.stringify(JSON.parse(utterance('thanks for having me', 4)), null, 2)}\n`],
    ['JSON Lines', `${utterance('hello and welcome', 1)}\n${utterance('thanks for having me', 4)}\n`],
    ['one array of results', `[${utterance('hello and welcome', 1)}, ${utterance('thanks for having me', 4)}]`],
    ['with partial results and an empty utterance between', `${utterance('hello and welcome', 1)}\n{"partial" : "thanks for"}\n{"text" : ""}\n${utterance('thanks for having me', 4)}\n`],
  ])('reads %s: one paragraph per utterance, timed', (_, source) => {
    expect(detectFormat(source)).toBe('vosk-json');
    const r = ingest(source, 'vosk-json');
    expect(said(r)).toEqual(['hello and welcome', 'thanks for having me']);
    expect(r.paragraphs[1].time?.start).toBe(4);
    expect(r.timed).toBe(true);
    expect(violations(source, r)).toEqual([]);
  });

  test('a result without its text is read from its words', () => {
    const source = JSON.stringify({ result: [{ conf: 1, end: 1.2, start: 1, word: 'pathkit' }, { conf: 0.9, end: 1.5, start: 1.2, word: 'ships' }] }) + '\n';
    expect(said(ingest(source, 'vosk-json'))).toEqual(['pathkit ships']);
  });

  test.each([
    ['no words at all', '{"text" : ""}\n{"partial" : ""}\n', /^is a Vosk result with no words in it; there is no speech$/],
    ['a broken object after a good one', `${utterance('hello there', 1)}\n{"result" : [\n`, /^is not valid JSON: .* \(line 3, column 1\)$/],
  ])('%s: one line', (_, source, message) => {
    expect(() => ingest(source, 'vosk-json')).toThrow(message);
  });

  test('other JSON is not taken for Vosk', () => {
    expect(sniffVosk('{"segments": [{"text": "hi", "start": 0, "end": 1}]}')).toBe(0);
    expect(sniffVosk('{"text" : "hello"}\n')).toBe(0);
  });
});
