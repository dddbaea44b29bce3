import { describe, expect, test } from 'vitest';
import { paragraphText } from '../pipeline/document/speech-text.js';
import { detectFormat } from '../pipeline/ingest/formats.js';
import { parseSttJson, sniffSttJson } from '../pipeline/ingest/stt-json.js';
import { fails, violations } from './ingest-check.js';

/** Each shape in a few lines, as the services write it (keys in their order). */
const j = (o: unknown) => JSON.stringify(o, null, 1);
const SHAPES: Record<string, string> = {
  assemblyai: j({
    id: 'x',
    language_model: 'assemblyai_default',
    text: 'Hi there. Hello.',
    utterances: [
      { confidence: 0.9, end: 1500, speaker: 'A', start: 200, text: 'Hi there.' },
      { confidence: 0.9, end: 3000, speaker: 'B', start: 1800, text: 'Hello.' },
    ],
  }),
  deepgramUtterances: j({
    metadata: { request_id: 'r', sha256: 's', model_info: {} },
    results: {
      channels: [{ alternatives: [{ transcript: 'Hi there. Hello.' }] }],
      utterances: [
        { start: 0.2, end: 1.5, transcript: 'Hi there.', speaker: 0 },
        { start: 1.8, end: 3.0, transcript: 'Hello.', speaker: 1 },
      ],
    },
  }),
  deepgramWords: j({
    metadata: { request_id: 'r', sha256: 's', model_info: {} },
    results: {
      channels: [
        {
          alternatives: [
            {
              transcript: 'hi there hello',
              words: [
                { word: 'hi', start: 0.2, end: 0.5, speaker: 0, punctuated_word: 'Hi' },
                { word: 'there', start: 0.6, end: 1.5, speaker: 0, punctuated_word: 'there.' },
                { word: 'hello', start: 1.8, end: 3.0, speaker: 1, punctuated_word: 'Hello.' },
              ],
            },
          ],
        },
      ],
    },
  }),
  // Transcribe's older layout: the speaker of a word from `speaker_labels.segments`
  transcribeSegments: j({
    jobName: 'j',
    results: {
      transcripts: [{ transcript: 'Hi there. Hello.' }],
      speaker_labels: {
        speakers: 2,
        segments: [
          { start_time: '0.2', end_time: '1.5', speaker_label: 'spk_0', items: [] },
          { start_time: '1.8', end_time: '3.0', speaker_label: 'spk_1', items: [] },
        ],
      },
      items: [
        { start_time: '0.2', end_time: '0.5', alternatives: [{ confidence: '0.9', content: 'Hi' }], type: 'pronunciation' },
        { start_time: '0.6', end_time: '1.5', alternatives: [{ confidence: '0.9', content: 'there' }], type: 'pronunciation' },
        { alternatives: [{ confidence: '0.0', content: '.' }], type: 'punctuation' },
        { start_time: '1.8', end_time: '3.0', alternatives: [{ confidence: '0.9', content: 'Hello' }], type: 'pronunciation' },
        { alternatives: [{ confidence: '0.0', content: '.' }], type: 'punctuation' },
      ],
    },
  }),
  transcribeAudioSegments: j({
    jobName: 'j',
    results: {
      transcripts: [{ transcript: 'Hi there. Hello.' }],
      items: [],
      audio_segments: [
        { id: 0, transcript: 'Hi there.', start_time: '0.2', end_time: '1.5', speaker_label: 'spk_0', items: [0, 1, 2] },
        { id: 1, transcript: 'Hello.', start_time: '1.8', end_time: '3.0', speaker_label: 'spk_1', items: [3, 4] },
      ],
    },
  }),
  rev: j({
    monologues: [
      { speaker: 0, speaker_name: null, elements: [{ type: 'text', value: 'Hi', ts: 0.2, end_ts: 0.5 }, { type: 'punct', value: ' ' }, { type: 'text', value: 'there', ts: 0.6, end_ts: 1.5 }, { type: 'punct', value: '.' }] },
      { speaker: 1, elements: [{ type: 'text', value: 'Hello', ts: 1.8, end_ts: 3.0 }, { type: 'punct', value: '.' }] },
    ],
  }),
  speechmatics: j({
    format: '2.9',
    job: { id: 'x' },
    results: [
      { type: 'word', start_time: 0.2, end_time: 0.5, alternatives: [{ content: 'Hi', speaker: 'S1' }] },
      { type: 'word', start_time: 0.6, end_time: 1.5, alternatives: [{ content: 'there', speaker: 'S1' }] },
      { type: 'punctuation', start_time: 1.5, end_time: 1.5, attaches_to: 'previous', alternatives: [{ content: '.', speaker: 'S1' }] },
      { type: 'word', start_time: 1.8, end_time: 3.0, alternatives: [{ content: 'Hello', speaker: 'S2' }] },
      { type: 'punctuation', start_time: 3.0, end_time: 3.0, attaches_to: 'previous', alternatives: [{ content: '.', speaker: 'S2' }] },
    ],
  }),
  azure: j({
    source: 'https://x.blob.core.windows.net/a.wav',
    durationInTicks: 30000000,
    combinedRecognizedPhrases: [{ channel: 0, lexical: 'hi there hello', itn: 'hi there hello', maskedITN: 'hi there hello', display: 'Hi there. Hello.' }],
    recognizedPhrases: [
      { recognitionStatus: 'Success', channel: 0, speaker: 1, offset: 'PT0.2S', duration: 'PT1.3S', offsetInTicks: 2000000, durationInTicks: 13000000, nBest: [{ confidence: 0.9, lexical: 'hi there', itn: 'hi there', display: 'Hi there.' }] },
      { recognitionStatus: 'Success', channel: 0, speaker: 2, offset: 'PT1.8S', duration: 'PT1.2S', nBest: [{ confidence: 0.9, lexical: 'hello', display: 'Hello.' }] },
    ],
  }),
  // Google: a finished long-running operation; the speakers in a last result that repeats the words
  google: j({
    name: '1',
    metadata: { '@type': 'type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeMetadata', progressPercent: 100 },
    done: true,
    response: {
      '@type': 'type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse',
      results: [
        { alternatives: [{ transcript: 'Hi there.', confidence: 0.9, words: [{ startTime: '0.200s', endTime: '0.500s', word: 'Hi' }, { startTime: '0.600s', endTime: '1.500s', word: 'there.' }] }], resultEndTime: '1.500s', languageCode: 'en-us' },
        { alternatives: [{ transcript: 'Hello.', confidence: 0.9, words: [{ startTime: '1.800s', endTime: '3s', word: 'Hello.' }] }], resultEndTime: '3s', languageCode: 'en-us' },
        { alternatives: [{ words: [{ startTime: '0.200s', endTime: '0.500s', word: 'Hi', speakerTag: 1 }, { startTime: '0.600s', endTime: '1.500s', word: 'there.', speakerTag: 1 }, { startTime: '1.800s', endTime: '3s', word: 'Hello.', speakerTag: 2 }] }], languageCode: 'en-us' },
      ],
    },
  }),
  // Watson: [word, start, end] timestamps, a transcript ending in a space, speaker_labels after
  watson: j({
    result_index: 0,
    results: [
      { alternatives: [{ timestamps: [['Hi', 0.2, 0.5], ['there.', 0.6, 1.5]], confidence: 0.9, transcript: 'Hi there. ' }], final: true },
      { alternatives: [{ timestamps: [['Hello.', 1.8, 3.0]], confidence: 0.9, transcript: 'Hello. ' }], final: true },
    ],
    speaker_labels: [
      { from: 0.2, to: 0.5, speaker: 0, confidence: 0.8, final: false },
      { from: 0.6, to: 1.5, speaker: 0, confidence: 0.8, final: false },
      { from: 1.8, to: 3.0, speaker: 1, confidence: 0.8, final: false },
    ],
  }),
};

describe('speech-to-text services’ JSON', () => {
  for (const [shape, source] of Object.entries(SHAPES)) {
    test(`${shape}: detected, two speakers, punctuation glued, timed, layers intact`, () => {
      expect(sniffSttJson(source)).toBeGreaterThanOrEqual(0.95);
      expect(detectFormat(source)).toBe('stt-json');
      const r = parseSttJson(source);
      expect(r.paragraphs.map(paragraphText)).toEqual(['Hi there.', 'Hello.']);
      expect(new Set(r.paragraphs.map((p) => p.label?.name ?? p.label?.raw)).size).toBe(2);
      expect(r.timed).toBe(true);
      expect(r.paragraphs.map((p) => p.time?.start)).toEqual([0.2, 1.8]);
      expect(violations(source, r)).toEqual([]);
      // the service's whole-transcript string and its envelope are kept, as non-speech
      expect(r.nonSpeech.length).toBeGreaterThan(0);
    });
  }

  test('a diarisation number is named `Speaker N`; a letter and `spk_N` stay as written', () => {
    expect(parseSttJson(SHAPES.deepgramUtterances).paragraphs.map((p) => [p.label?.raw, p.label?.name])).toEqual([
      ['0', 'Speaker 0'],
      ['1', 'Speaker 1'],
    ]);
    expect(parseSttJson(SHAPES.assemblyai).paragraphs.map((p) => p.label?.name ?? p.label?.raw)).toEqual(['A', 'B']);
    expect(parseSttJson(SHAPES.transcribeSegments).paragraphs.map((p) => p.label?.raw)).toEqual(['spk_0', 'spk_1']);
    expect(parseSttJson(SHAPES.azure).paragraphs.map((p) => p.label?.name)).toEqual(['Speaker 1', 'Speaker 2']);
  });

  test('Google and Watson: a result is said by the speaker of most of its words, matched by time', () => {
    expect(parseSttJson(SHAPES.google).paragraphs.map((p) => p.label?.name)).toEqual(['Speaker 1', 'Speaker 2']);
    expect(parseSttJson(SHAPES.watson).paragraphs.map((p) => p.label?.name)).toEqual(['Speaker 0', 'Speaker 1']);
    // a result of two voices: the one with more of its words
    const two = j({ results: [{ alternatives: [{ transcript: 'Hi there you.', words: [{ startTime: '0.2s', word: 'Hi', speakerTag: 2 }, { startTime: '0.6s', word: 'there', speakerTag: 1 }, { startTime: '0.9s', word: 'you.', speakerTag: 1 }] }], resultEndTime: '1s' }] });
    expect(parseSttJson(two).paragraphs.map((p) => p.label?.name)).toEqual(['Speaker 1']);
    // Google's v2 offsets and labels; without diarisation no speaker at all
    const v2 = j({ results: [{ alternatives: [{ transcript: 'Hi there.', words: [{ startOffset: '0.200s', endOffset: '0.500s', word: 'Hi', speakerLabel: '1' }, { startOffset: '0.600s', endOffset: '1.500s', word: 'there.', speakerLabel: '1' }] }], resultEndOffset: '1.500s' }] });
    expect(parseSttJson(v2).paragraphs.map((p) => [p.label?.raw, p.time?.start])).toEqual([['1', 0.2]]);
    const plain = j({ results: [{ alternatives: [{ transcript: 'Hi there.', words: [{ startTime: '0.200s', endTime: '0.500s', word: 'Hi' }] }], resultEndTime: '1.500s' }] });
    expect(detectFormat(plain)).toBe('stt-json');
    expect(parseSttJson(plain).paragraphs.map((p) => p.label)).toEqual([null]);
  });

  test('Azure: times from ticks, else from the ISO 8601 offset; a phrase that was not recognised is skipped', () => {
    const r = parseSttJson(SHAPES.azure);
    expect(r.paragraphs.map((p) => [p.time?.start, p.time?.end])).toEqual([
      [0.2, 1.5],
      [1.8, 3],
    ]);
    const long = SHAPES.azure.replace('"offset": "PT1.8S"', '"offset": "PT1H2M3.5S"');
    expect(parseSttJson(long).paragraphs[1].time?.start).toBe(3723.5);
    const failed = SHAPES.azure.replace(/"Success"(?![\s\S]*"Success")/, '"NoMatch"');
    expect(parseSttJson(failed).paragraphs.map(paragraphText)).toEqual(['Hi there.']);
  });

  test("Rev.ai's speaker_name is the label where the user named the speakers", () => {
    const named = SHAPES.rev.replace('"speaker_name": null', '"speaker_name": "Ada Quist"');
    expect(parseSttJson(named).paragraphs[0].label?.raw).toBe('Ada Quist');
  });

  test('a pause after a sentence end splits one speaker’s words into paragraphs', () => {
    const words = [
      { word: 'hi', start: 0.2, end: 0.5, speaker: 0, punctuated_word: 'Hi.' },
      { word: 'so', start: 4.0, end: 4.3, speaker: 0, punctuated_word: 'So' },
      { word: 'anyway', start: 4.4, end: 4.9, speaker: 0, punctuated_word: 'anyway.' },
    ];
    const source = j({ metadata: { request_id: 'r', sha256: 's' }, results: { channels: [{ alternatives: [{ transcript: '', words }] }] } });
    expect(parseSttJson(source).paragraphs.map(paragraphText)).toEqual(['Hi.', 'So anyway.']);
  });

  test('escaped strings are decoded and not verbatim; their spans stay inside the string', () => {
    const source = SHAPES.assemblyai.replace('"text": "Hi there."', '"text": "Hi \\"there\\"."');
    const r = parseSttJson(source);
    expect(paragraphText(r.paragraphs[0])).toBe('Hi "there".');
    expect(r.paragraphs[0].pieces[0].verbatim).toBe(false);
    expect(violations(source, r)).toEqual([]);
  });

  test('times out of order are read in file order, with a warning', () => {
    const source = SHAPES.assemblyai.replace('"start": 1800', '"start": 100');
    expect(parseSttJson(source).diagnostics.map((d) => d.code)).toContain('STT_TIME_OUT_OF_ORDER');
  });

  test('fails in one line: broken JSON, an unknown shape, no words', () => {
    expect(fails(() => parseSttJson(SHAPES.rev.slice(0, 80)), 'JSON_SYNTAX')).toMatch(/line \d+, column \d+/);
    expect(fails(() => parseSttJson('{"jobName": "j", "status": "FAILED"}'), 'JSON_SHAPE')).toMatch(/Amazon Transcribe/);
    expect(fails(() => parseSttJson('[1, 2]'), 'JSON_SHAPE')).toMatch(/not an object/);
    expect(fails(() => parseSttJson(j({ monologues: [{ speaker: 0, elements: [] }] })), 'JSON_EMPTY')).toMatch(/is a Rev\.ai result with no words/);
    expect(fails(() => parseSttJson(j({ jobName: 'j', results: { items: [] } })), 'JSON_EMPTY')).toMatch(/is an Amazon Transcribe result with no words/);
  });

  test('other JSON is not taken for a service result', () => {
    expect(sniffSttJson(j({ version: '1.0.0', segments: [{ speaker: 'A', startTime: 0, endTime: 1, body: 'Hi.' }] }))).toBe(0);
    expect(sniffSttJson(j({ name: 'my-package', results: [] }))).toBe(0);
    expect(sniffSttJson('Speaker 1: "utterances": hello')).toBe(0);
  });
});
