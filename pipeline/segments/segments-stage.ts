import { need, type Stage } from '../stages/stage.js';

// Interim until topic segmentation (issue 5) lands: one segment for the whole file.
export const segmentsStage: Stage = {
  name: 'segments',
  requires: ['ingest', 'sentences', 'turns', 'people', 'entities', 'episode'],
  provides: ['boundaries', 'segments'],
  run(doc) {
    const sentences = need(doc, 'sentences');
    return {
      boundaries: [],
      segments: [
        {
          id: 'seg-1',
          kind: 'topic',
          span: { start: 0, end: doc.source.length },
          time: null,
          sentenceStart: 0,
          sentenceEnd: sentences.length,
          title: '',
          summary: '',
          presenter: null,
          speakerShare: {},
          entities: [],
          keyphrases: [],
          confidence: 0,
          why: ['interim-single-segment'],
        },
      ],
    };
  },
};
