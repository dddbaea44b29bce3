import type { ParagraphSpeaker, Person } from '../document/document.js';
import { need, type Stage } from '../stages/stage.js';
import { buildTurns } from './turns.js';

// Interim: one person per label form; unlabeled paragraphs take the previous speaker.
// The speakers work (issue 3) replaces this with label normalisation and inference.
export const speakersStage: Stage = {
  name: 'speakers',
  requires: ['ingest', 'sentences'],
  provides: ['people', 'paragraphSpeakers', 'turns'],
  run(doc) {
    const ingest = need(doc, 'ingest');
    const people: Person[] = [];
    const byLabel = new Map<string, string>();
    const paragraphSpeakers: ParagraphSpeaker[] = [];
    let prev: string | null = null;
    ingest.paragraphs.forEach((p, i) => {
      if (p.label) {
        let id = byLabel.get(p.label.raw);
        if (!id) {
          id = p.label.raw.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `speaker-${people.length + 1}`;
          byLabel.set(p.label.raw, id);
          people.push({ id, name: p.label.raw, aliases: [p.label.raw], role: 'unknown', evidence: ['label'] });
        }
        prev = id;
        paragraphSpeakers.push({ paragraph: i, speaker: id, attribution: 'label', confidence: 0.97, why: ['label'] });
      } else {
        paragraphSpeakers.push({ paragraph: i, speaker: prev, attribution: prev ? 'inferred' : 'unknown', confidence: prev ? 0.5 : 0, why: ['continuation'] });
      }
    });
    return { people, paragraphSpeakers, turns: buildTurns(ingest, paragraphSpeakers) };
  },
};
