import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseVtt } from '../pipeline/ingest/vtt.js';
import { parseSrt } from '../pipeline/ingest/srt.js';

test('debug', () => {
  for (const [f, p] of [['episode.vtt', parseVtt], ['episode.novoice.vtt', parseVtt], ['episode.srt', parseSrt]] as const) {
    const s = readFileSync(`data/fixtures/two-hosts/${f}`, 'utf8');
    const r = p(s);
    console.log(f, r.paragraphs.length, r.timed, JSON.stringify(r.diagnostics), JSON.stringify(r.nonSpeech.map((x) => s.slice(x.start, x.end))).slice(0, 300));
    for (const para of r.paragraphs.slice(0, 4)) console.log(para.label?.raw, JSON.stringify(para.time), JSON.stringify(s.slice(para.span.start, para.span.end)).slice(0, 120), '|', para.pieces.map((x) => (x.verbatim ? '' : '~') + x.text).join(' / '));
  }
});
