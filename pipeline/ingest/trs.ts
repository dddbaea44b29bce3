import { PodtopicsError } from '../document/diagnostics.js';
import type { Ingested, Paragraph, SpeakerLabel } from '../document/document.js';
import { alignDecoded, declaredPeople, outsideParagraphs, runsToPieces, settleTiming, type TextRun } from './cues.js';
import { parserModule } from './ttml.js';


/**
 * Transcriber's `.trs` XML (the transcription tool of speech corpora, also TranscriberAG):
 * `<Speakers>` declares each `<Speaker id name>`; `<Episode>` holds `<Section>`s of
 * `<Turn speaker="spk1" startTime endTime>`, whose text runs between `<Sync time>` points. A
 * turn of two voices (`speaker="spk1 spk2"`) gives each its stretch after `<Who nb="1"/>`,
 * `<Who nb="2"/>`. `<Event>` (noise, laughter) and `<Comment>` are the transcriber's marks, not
 * speech. Each turn is a paragraph (each `<Who>` stretch of a shared turn too), labelled with
 * its speaker id and named from the declaration; its time is the turn's.
 */
export function sniffTrs(source: string): number {
  const head = source.slice(0, 4000).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE\s+Trans\b[^>]*>\s*)*<Trans[\s>]/.test(head) ? 0.97 : 0;
}

interface Draft {
  start: number;
  end: number;
  runs: TextRun[];
  label: SpeakerLabel | null;
  time: { start: number; end: number | null } | null;
}

export function parseTrs(source: string): Ingested {
  const { Parser } = parserModule();
  const names = new Map<string, string>();
  const drafts: Draft[] = [];
  let rootSeen = false;
  let turn: { start: number; ids: string[]; idsAt: number; time: { start: number; end: number | null } | null } | null = null;
  let current: Draft | null = null;
  let skip = 0;
  const num = (v: string | undefined) => (v !== undefined && /^\d+(?:\.\d+)?$/.test(v.trim()) ? Number(v) : null);
  const close = (end: number) => {
    if (current) {
      // (a file cut off mid-turn: the parser closes it at the end, past the last character)
      current.end = Math.max(current.start, Math.min(end, source.length));
      drafts.push(current);
    }
    current = null;
  };
  /** The label of the `k`-th voice of the turn: its id where the `speaker` attribute writes it. */
  const labelFor = (k: number): SpeakerLabel | null => {
    if (!turn || k < 0 || k >= turn.ids.length) return null;
    const id = turn.ids[k];
    let at = turn.idsAt;
    for (let j = 0; j < k; j++) at = source.indexOf(turn.ids[j], at) + turn.ids[j].length;
    const start = source.indexOf(id, at);
    if (start < 0) return null;
    const name = names.get(id);
    return { raw: id, span: { start, end: start + id.length }, ...(name ? { name } : {}) };
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!rootSeen) {
          rootSeen = true;
          if (name !== 'Trans') throw new PodtopicsError('TRS_SHAPE', `is not a Transcriber file: the root element is <${name}>, not <Trans>`);
        }
        if (name === 'Speaker' && attribs.id && attribs.name?.trim()) names.set(attribs.id, attribs.name.replace(/\s+/g, ' ').trim());
        if (name === 'Event' || name === 'Comment' || name === 'Background') skip++;
        if (name === 'Turn') {
          const tag = source.slice(parser.startIndex, parser.endIndex + 1);
          const value = attribs.speaker?.trim() ?? '';
          const valueAt = value ? parser.startIndex + tag.search(/\bspeaker\s*=\s*["']/) : -1;
          const start = num(attribs.startTime);
          turn = {
            start: parser.startIndex,
            ids: value ? value.split(/\s+/) : [],
            idsAt: valueAt >= parser.startIndex ? source.indexOf(value, valueAt) : parser.startIndex,
            time: start !== null ? { start, end: num(attribs.endTime) } : null,
          };
          current = { start: parser.startIndex, end: parser.endIndex + 1, runs: [], label: labelFor(0), time: turn.time ? { ...turn.time } : null };
        }
        if (name === 'Who' && turn && current) {
          const k = (num(attribs.nb) ?? 1) - 1;
          // the second voice of a shared turn: a paragraph of its own from its <Who>
          if (current.runs.some((r) => r.text.trim())) {
            close(parser.startIndex);
            // its label is the `nb` it is given, named as the voice it stands for
            const tag = source.slice(parser.startIndex, parser.endIndex + 1);
            const nb = /\bnb\s*=\s*["']([^"']*)["']/.exec(tag);
            const voice = labelFor(k);
            const at = nb ? parser.startIndex + nb.index + nb[0].indexOf(nb[1], nb[0].indexOf('=')) : -1;
            const label: SpeakerLabel | null = nb && voice && nb[1] ? { raw: nb[1], span: { start: at, end: at + nb[1].length }, name: voice.name ?? voice.raw } : null;
            current = { start: parser.startIndex, end: parser.endIndex + 1, runs: [], label, time: turn.time ? { ...turn.time } : null };
          } else current.label = labelFor(k);
        }
      },
      ontext(text) {
        if (current && skip === 0) current.runs.push(...alignDecoded(source, parser.startIndex, parser.endIndex + 1, text));
      },
      onclosetag(name) {
        if (name === 'Event' || name === 'Comment' || name === 'Background') skip = Math.max(0, skip - 1);
        if (name === 'Turn') {
          close(parser.endIndex + 1);
          turn = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  if (!rootSeen) throw new PodtopicsError('TRS_SHAPE', 'is not a Transcriber file: no <Trans> element');
  const paragraphs: Paragraph[] = [];
  for (const d of drafts) {
    const pieces = runsToPieces(source, d.runs, d.time);
    if (pieces.length) paragraphs.push({ span: { start: d.start, end: d.end }, pieces, label: d.label, time: d.time });
  }
  if (!paragraphs.length) throw new PodtopicsError('TRS_NO_SPEECH', `has no speech: none of its ${drafts.length} <Turn> elements holds text`);
  return {
    format: 'trs',
    paragraphs,
    nonSpeech: outsideParagraphs(source, paragraphs),
    timed: settleTiming(paragraphs),
    declared: { people: names.size ? [...names.values()] : declaredPeople(paragraphs) },
    diagnostics: [],
  };
}
