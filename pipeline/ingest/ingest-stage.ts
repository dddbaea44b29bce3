import { PodtopicsError } from '../document/diagnostics.js';
import type { Stage } from '../stages/stage.js';
import { detectFormat, readerFor } from './formats.js';

export const ingestStage: Stage = {
  name: 'ingest',
  requires: [],
  provides: ['ingest'],
  run(doc) {
    const format = doc.options.inputFormat ?? detectFormat(doc.source);
    const ingest = readerFor(format).parse(doc.source);
    if (ingest.paragraphs.length === 0) {
      throw new PodtopicsError('NO_SPEECH', `no speech found (read as ${format}); check the file or force a format with --input-format`);
    }
    return { ingest, diagnostics: ingest.diagnostics };
  },
};
