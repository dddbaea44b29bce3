import type { Diagnostic } from './diagnostics.js';
import type { Span, TimeRange } from './span.js';

export type SourceFormat =
  | 'labeled-text'
  | 'web-transcript'
  | 'vtt'
  | 'srt'
  | 'sbv'
  | 'tsv'
  | 'csv'
  | 'lrc'
  | 'audacity'
  | 'avid'
  | 'sami'
  | 'ass'
  | 'timedtext'
  | 'youtube-json'
  | 'premiere'
  | 'podcast-json'
  | 'whisper-json'
  | 'vosk-json'
  | 'stt-json'
  | 'html'
  | 'otr'
  | 'trs'
  | 'chat'
  | 'stm'
  | 'ctm'
  | 'ttml'
  | 'markdown'
  | 'timestamp-lines'
  | 'plain-text';

export const SOURCE_FORMATS: readonly SourceFormat[] = [
  'labeled-text',
  'web-transcript',
  'vtt',
  'srt',
  'sbv',
  'tsv',
  'csv',
  'lrc',
  'audacity',
  'avid',
  'sami',
  'ass',
  'timedtext',
  'youtube-json',
  'premiere',
  'podcast-json',
  'whisper-json',
  'vosk-json',
  'stt-json',
  'html',
  'otr',
  'trs',
  'chat',
  'stm',
  'ctm',
  'ttml',
  'markdown',
  'timestamp-lines',
  'plain-text',
];

/**
 * Formats read as captions: short timed cues cut wherever a line fills up or a recogniser
 * paused, not paragraphs (WebVTT, SubRip, SubViewer, a copied YouTube transcript, a
 * recogniser's segments as a table, as Whisper's JSON or as Vosk's results).
 */
export const isCaptionFormat = (format: SourceFormat): boolean =>
  format === 'vtt' || format === 'srt' || format === 'sbv' || format === 'timestamp-lines' || format === 'tsv' || format === 'csv' || format === 'lrc' || format === 'audacity' || format === 'avid' || format === 'sami' || format === 'ass' || format === 'timedtext' || format === 'youtube-json' || format === 'whisper-json' || format === 'vosk-json';

/**
 * A run of speech text copied from the source. `text` is what it says; it equals
 * `source.slice(span.start, span.end)` when `verbatim`, and is the decoded form otherwise
 * (HTML entities, JSON string escapes), in which case offsets inside it map to the source
 * only approximately (clamped to `span`).
 */
export interface Piece {
  span: Span;
  text: string;
  verbatim: boolean;
  time?: TimeRange | null;
  /** Said right after the piece before, with no space: punctuation a recogniser gives as an item of its own (`Hello` `,`). */
  glued?: boolean;
}

/** A speaker label as written in the source (`KENNEDY`, `<v Brian Okken>`, a `<cite>`). */
export interface SpeakerLabel {
  raw: string;
  /**
   * Where the source says it: inside its paragraph, except where a file lists the speakers
   * apart from the words (Amazon Transcribe's `speaker_labels`), which is non-speech.
   */
  span: Span;
  /** The name the label stands for where the file declares it apart from the label (a TTML `ttm:agent` id and its `<ttm:name>`). */
  name?: string;
}

/**
 * One block of speech as the source lays it out (a line, a cue group, a `<p>`).
 * `span` covers everything the paragraph owns in the source (timestamp prefix, label, text);
 * `pieces` are its speech text, in order.
 */
export interface Paragraph {
  span: Span;
  pieces: Piece[];
  label: SpeakerLabel | null;
  time: TimeRange | null;
  /** Captions marked a new, unnamed voice where this paragraph starts (a `>>` or `- ` dash). */
  speakerChange?: boolean;
  /** Cut for length where unpunctuated captions give no better place: not a break the speech makes. */
  lengthCut?: boolean;
}

/** A section marker: where it is and what it says (`SPONSOR MESSAGE`). */
export interface Section {
  span: Span;
  title: string;
}

/** What ingest found in the source. */
export interface Ingested {
  format: SourceFormat;
  paragraphs: Paragraph[];
  /** Source ranges that are not speech (page header and footer, cue numbers, markup). */
  nonSpeech: Span[];
  /** True when the source carries usable times (not all zero, not all equal). */
  timed: boolean;
  /**
   * Section markers the transcript writes on lines of their own (`[SPONSOR MESSAGE]`,
   * `[INTERVIEW]`): not speech (they are in nonSpeech too), but where a part of the show starts.
   */
  sections?: Section[];
  /** Things the format itself declares: an HTML <title>, a JSON episode field. */
  declared: { title?: string | null; show?: string | null; people?: string[] };
  diagnostics: Diagnostic[];
}

/** Tokens of the speech text, struct-of-arrays for speed. Offsets are into the SOURCE. */
export interface TokenLayer {
  count: number;
  /** Where each token starts and ends in the source. */
  start: Int32Array;
  end: Int32Array;
  /**
   * Where it starts and ends in the speech text (the `speech` layer's text, which the NLP
   * pass read). What lies between two tokens there is what was said between them: in a
   * word-level JSON result, two words touch in the speech text (`company` `,`) while the
   * source has a JSON object between them.
   */
  textStart: Int32Array;
  textEnd: Int32Array;
  /** Token as written. */
  value: string[];
  /** Lower-cased normal form. */
  normal: string[];
  /** Lemma (lower case). */
  lemma: string[];
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string[];
  /** wink-nlp token type: word, number, punctuation, url, email, emoji, ... */
  type: string[];
  isStop: Uint8Array;
  /** Index of the paragraph the token belongs to. */
  paragraph: Int32Array;
  /**
   * Dense id of the token's form: tokens of one form have the same value, normal, type and
   * stop flag (the lemma may differ with the part of speech). A transcript repeats a few
   * thousand forms, so facts of a form are computed once per id, not once per token.
   */
  form: Int32Array;
  /** Number of distinct forms (ids run from 0 to forms - 1). */
  forms: number;
  /** The first token of each form. */
  formToken: Int32Array;
}

export interface Sentence {
  span: Span;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
  time: TimeRange | null;
  /** Why the sentence ends where it does: the splitter, a paragraph end, a repair rule. */
  rule: string;
  /** The sentence starts mid-thought (the source cut off its first words). */
  cutOff?: boolean;
}

export type Attribution = 'label' | 'inferred' | 'unknown';

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  role: 'host' | 'guest' | 'unknown';
  /** Why we think this person exists: label, self-introduction, option, address. */
  evidence: string[];
}

/** The speaker decision for one paragraph. */
export interface ParagraphSpeaker {
  paragraph: number;
  speaker: string | null;
  attribution: Attribution;
  confidence: number;
  /** The rules/cues that decided it, e.g. ['label'], ['turn-taking', 'addressed-by-name']. */
  why: string[];
}

export interface Turn {
  span: Span;
  speaker: string | null;
  attribution: Attribution;
  confidence: number;
  paragraphStart: number;
  paragraphEnd: number;
  time: TimeRange | null;
}

export type EntityType =
  | 'library'
  | 'framework'
  | 'language'
  | 'tool'
  | 'service'
  | 'company'
  | 'os'
  | 'event'
  | 'concept'
  | 'standard'
  | 'database'
  | 'person'
  | 'other';

export interface EntityMention {
  span: Span;
  /** Rule that produced the mention: lexicon, lexicon-fuzzy, context:a-thing-called, code-token, ... */
  rule: string;
  confidence: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  ecosystem?: string;
  mentions: EntityMention[];
  /** Overall confidence that this is a technology a listener would tag. */
  confidence: number;
  why: string[];
  /** Never an episode tag (people, code tokens, lexicon entries marked notag). */
  notag?: boolean;
  /** A general idea the lexicon marks `generic` (`pull requests`, `on-call`): never what a card is about either. */
  generic?: boolean;
  /** Where the name came from: a lexicon source (`curated:frameworks`, `pypi-top6000`) or `context`. */
  source?: string;
}

export interface Tag {
  name: string;
  entity: string;
  score: number;
}

export type SegmentKind = 'intro' | 'sponsor' | 'topic' | 'extra' | 'outro';

export interface Boundary {
  offset: number;
  sentence: number;
  score: number;
  why: string[];
}

export interface Segment {
  id: string;
  kind: SegmentKind;
  span: Span;
  time: TimeRange | null;
  /** Sentence range [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
  title: string;
  summary: string;
  presenter: string | null;
  speakerShare: Record<string, number>;
  entities: string[];
  keyphrases: string[];
  confidence: number;
  why: string[];
}

export interface EpisodeMeta {
  show: string | null;
  number: number | null;
  title: string | null;
  recorded: string | null;
}

/**
 * Every layer a stage can provide. A stage declares which it needs and which it provides;
 * the pipeline checks the order before it runs (see pipeline/stages.ts).
 */
export interface Layers {
  ingest: Ingested;
  speech: import('./speech-text.js').SpeechText;
  tokens: TokenLayer;
  sentences: Sentence[];
  episode: EpisodeMeta;
  people: Person[];
  paragraphSpeakers: ParagraphSpeaker[];
  turns: Turn[];
  entities: Entity[];
  tags: Tag[];
  boundaries: Boundary[];
  segments: Segment[];
}

export type LayerName = keyof Layers;

export interface PipelineOptions {
  inputFormat?: SourceFormat;
  /** Names given by the user (`--speakers "A,B"`). */
  speakers?: string[];
  explain?: boolean;
  /** The text was read out of a container (a Word document): reported in the result's source. */
  container?: 'docx';
}

/** The document: the source text exactly as read, and layers of spans into it. */
export interface Doc {
  readonly source: string;
  readonly path: string;
  readonly options: PipelineOptions;
  layers: Partial<Layers>;
  diagnostics: import('./diagnostics.js').Diagnostic[];
}

/** A document once the whole pipeline has run. */
export interface CompleteDoc extends Doc {
  layers: Layers;
}
