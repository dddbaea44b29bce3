import { buildSpeechText } from '../document/speech-text.js';
import { need, type Stage } from './stage.js';

export const speechStage: Stage = {
  name: 'speech',
  requires: ['ingest'],
  provides: ['speech'],
  run: (doc) => ({ speech: buildSpeechText(need(doc, 'ingest').paragraphs) }),
};
