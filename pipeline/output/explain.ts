import type { CompleteDoc } from '../document/document.js';
import { paragraphText, speechIn } from '../document/speech-text.js';

const clip = (s: string, n = 70) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

/** Why each paragraph got its speaker, each boundary its place, each entity its tag. */
export function renderExplain(doc: CompleteDoc, file: string): string {
  const { ingest, speech, paragraphSpeakers, boundaries, segments, entities } = doc.layers;
  const lines: string[] = [`# ${file} (${ingest.format}${ingest.timed ? ', timed' : ''})`, '', '## Speakers by paragraph'];
  ingest.paragraphs.forEach((p, i) => {
    const s = paragraphSpeakers[i];
    lines.push(`${String(i).padStart(4)}  ${(s.speaker ?? '?').padEnd(18)} ${s.attribution.padEnd(8)} ${s.confidence.toFixed(2)}  [${s.why.join(', ')}]  ${clip(paragraphText(p), 60)}`);
  });
  lines.push('', '## Boundaries');
  for (const b of boundaries) lines.push(`@${b.offset}  score ${b.score.toFixed(2)}  [${b.why.join(', ')}]  ${clip(speechIn(speech, b.offset, b.offset + 4000), 60)}`);
  lines.push('', '## Segments');
  for (const s of segments) lines.push(`${s.id} ${s.kind.padEnd(7)} ${s.span.start}-${s.span.end}  ${s.presenter ?? '?'}  "${s.title}"  [${s.why.join(', ')}]`);
  lines.push('', '## Entities');
  for (const e of entities) lines.push(`${e.name} (${e.type}) ×${e.mentions.length} ${e.confidence.toFixed(2)} [${[...new Set(e.mentions.map((m) => m.rule))].join(', ')}]`);
  return lines.join('\n') + '\n';
}
