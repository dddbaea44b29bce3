import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The wink-nlp adapter: the one pass over the whole speech text that everything else reuses.
 * Only this file imports wink-nlp. Offsets are into the analysed text.
 */
export interface WinkAnalysis {
  count: number;
  start: Int32Array;
  end: Int32Array;
  value: string[];
  normal: string[];
  lemma: string[];
  pos: string[];
  type: string[];
  isStop: Uint8Array;
  /** Sentences as token ranges [start, end). */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** sbd + pos is all we use; ner, sentiment and negation cost ~30% more and give nothing here. */
function instance(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function analyse(text: string): WinkAnalysis {
  const n = instance();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokens = doc.tokens();
  const value = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normal = tokens.out(its.normal) as string[];
  // the typings of its.lemma disagree with tokens.out; the call itself is documented usage
  const lemma = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const type = tokens.out(its.type) as string[];
  const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const count = value.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const isStop = new Uint8Array(count);
  // wink keeps every character: a token's offset is the previous end plus its preceding spaces.
  // Where that ever disagrees with the text, resynchronise by searching forward.
  let at = 0;
  for (let i = 0; i < count; i++) {
    let s = at + spaces[i].length;
    if (text.startsWith(value[i], s) === false) {
      const found = text.indexOf(value[i], at);
      if (found >= 0) s = found;
    }
    start[i] = s;
    end[i] = s + value[i].length;
    at = end[i];
    isStop[i] = stop[i] ? 1 : 0;
  }
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    sentences.push([a, b + 1]);
  });
  return { count, start, end, value, normal, lemma, pos, type, isStop, sentences };
}

/** A bare wink-nlp pass with the default pipe, the yardstick for the benchmark. */
export function bareReadDoc(text: string): number {
  const bare = winkNLP(model);
  return bare.readDoc(text).tokens().length();
}
