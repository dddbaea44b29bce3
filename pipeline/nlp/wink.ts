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
  /** Dense id of each token's form (value, normal, type and stop flag): see TokenLayer.form. */
  form: Int32Array;
  /** Number of distinct forms. */
  forms: number;
  /** One token of each form (its first). */
  formToken: Int32Array;
  /** Sentences as token ranges [start, end). */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * pos is all we use from wink-nlp's pipe: ner, sentiment and negation cost ~30% more and give
 * nothing here, and its sentence splitter (sbd, ~12% of a readDoc) is replaced by
 * `sentenceRanges` below, which the sentences stage repairs anyway. The part-of-speech tags
 * do not depend on sbd (checked on every sample: identical).
 */
function instance(): Nlp {
  if (!nlp) {
    // the model's core() is read once per instance: keep a hold of its lexeme table (see forgetPunctuated)
    const tapped = Object.assign(Object.create(model) as typeof model, {
      core() {
        const core = (model as unknown as { core(): { features: { lexeme: Lexemes } } }).core();
        lexemes = core.features.lexeme;
        return core;
      },
    });
    nlp = winkNLP(tapped, ['pos']);
  }
  return nlp;
}

interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}
let lexemes: Lexemes | null = null;

/**
 * wink-nlp tokenizes a piece of text whole when its cache knows it, and its cache learns
 * every token it makes. But a possessive before punctuation (`Google's,`, `kernel's.`) comes
 * out as one token `Google's`, where `Google's advice` is split (`Google`, `'s`): once the
 * first is cached, the second is no longer split, in this document and every later one a
 * process reads. A result must not depend on what the process read before (an index worker
 * reads hundreds of episodes; eval reads the golds in a pool), so after each document the
 * entries it taught the cache that hold an apostrophe are taken out of its lookup again
 * (their rows stay; the next document that needs one adds it anew): a document is tokenized
 * as a fresh process would. Across the golds, every cached entry that cut a later text
 * differently (60) held one; others (`10GB`, `co-host`, `00:20`, web addresses) are cut alike
 * cached or not, and are kept: forgetting them too made an index worker re-learn hundreds of
 * entries per episode (+36 MB peak over a 560-episode catalogue).
 */
function forgetPunctuated(from: number): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = from; i < list.length; i++) {
    const v = list[i];
    if (PUNCTUATED.test(v) && hash[v] === i) delete hash[v];
  }
}
const PUNCTUATED = /['’]/;

/** What wink-nlp says of one token: looked up once per distinct token (or per token, for contractions). */
interface TokenItem {
  out(f: unknown): unknown;
}

/**
 * What wink-nlp's vocabulary says of each entry, kept for the life of the process. A token's
 * value, normal, type and stop-word flag are properties of its vocabulary entry
 * (`its.uniqueId`), its lemma of the entry and its part of speech; wink-nlp's vocabulary is
 * one per process and only grows (a word it has not seen gets the next id), so an id means
 * the same word in every document. An index worker reads hundreds of episodes that share
 * most of their words: it asks wink-nlp about each word once, not once per episode.
 */
interface Vocabulary {
  /** Per wink id, its entry here (-1: not yet asked); grown as wink's ids grow. */
  entryOf: Int32Array;
  /** Per entry, the document that last used it and its form there (see analyse). */
  seenIn: Int32Array;
  formIn: Int32Array;
  documents: number;
  value: string[];
  normal: string[];
  type: string[];
  isStop: number[];
  /** The lemma of an entry with the first part of speech seen with it (most entries have one). */
  firstSlot: number[];
  firstLemma: string[];
  /** Lemmas with any other part of speech, by entry × tags + slot. */
  lemmaOf: Map<number, string>;
}
const vocabulary: Vocabulary = { entryOf: new Int32Array(0), seenIn: new Int32Array(0), formIn: new Int32Array(0), documents: 0, value: [], normal: [], type: [], isStop: [], firstSlot: [], firstLemma: [], lemmaOf: new Map() };

/** Room for wink ids up to maxId and for `entries` more entries. */
function grow(V: Vocabulary, maxId: number, entries: number): void {
  if (V.entryOf.length <= maxId) {
    const next = new Int32Array(Math.max(maxId + 1, V.entryOf.length * 2)).fill(-1);
    next.set(V.entryOf);
    V.entryOf = next;
  }
  const need = V.value.length + entries;
  if (V.seenIn.length < need) {
    const size = Math.max(need, V.seenIn.length * 2);
    const seen = new Int32Array(size);
    seen.set(V.seenIn);
    const form = new Int32Array(size);
    form.set(V.formIn);
    V.seenIn = seen;
    V.formIn = form;
  }
}

/**
 * One readDoc, then the token properties. Most properties are properties of the token's
 * vocabulary entry (`its.uniqueId`), and a transcript repeats a few thousand words over and
 * over: value, normal, type and stop-word flag are read once per entry, the lemma once per
 * (entry, part of speech), and kept across documents (see Vocabulary). Contractions (`ca`
 * `n't`) carry their own normal and lemma, so they are read per token and their forms keyed by
 * value and normal. The result is the same as `tokens.out(its.x)` for every x (the normal form
 * in lower case: see lowerNormal), at three whole-document passes instead of seven (tested
 * against the plain passes).
 */
export function analyse(text: string): WinkAnalysis {
  const n = instance();
  const its = n.its;
  const learnedFrom = lexemes?.list.length ?? 0;
  const doc = n.readDoc(text);
  const tokens = doc.tokens();
  const item = (i: number) => tokens.itemAt(i) as unknown as TokenItem;
  const ids = tokens.out(its.uniqueId as unknown as typeof its.value) as unknown as number[];
  const contraction = tokens.out(its.contractionFlag) as unknown as boolean[];
  const pos = tokens.out(its.pos) as string[];
  const lemmaIts = its.lemma as unknown as typeof its.value;
  const count = ids.length;
  const value = new Array<string>(count);
  const normal = new Array<string>(count);
  const lemma = new Array<string>(count);
  const type = new Array<string>(count);
  const isStop = new Uint8Array(count);
  const form = new Int32Array(count);
  const firsts: number[] = [];
  const V = vocabulary;
  // entries by wink id in typed arrays (ids run to ~10^5: a plain array indexed so would be
  // a dictionary), this document's forms by entry (marked with the document's number, so
  // nothing is cleared between documents), contractions' forms by their (value, normal)
  let maxId = 0;
  for (let i = 0; i < count; i++) if (ids[i] > maxId) maxId = ids[i];
  grow(V, maxId, count);
  const docNo = ++V.documents;
  const formOfContraction = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (contraction[i]) {
      const t = item(i);
      const v = t.out(its.value) as string;
      const nm = lowerNormal(t.out(its.normal) as string);
      lemma[i] = t.out(lemmaIts) as string;
      const key = v + '\u0000' + nm;
      let f = formOfContraction.get(key);
      if (f === undefined) {
        formOfContraction.set(key, (f = firsts.length));
        firsts.push(i);
        value[i] = v;
        normal[i] = nm;
        type[i] = t.out(its.type) as string;
        isStop[i] = t.out(its.stopWordFlag) ? 1 : 0;
      } else {
        const j = firsts[f];
        value[i] = value[j];
        normal[i] = normal[j];
        type[i] = type[j];
        isStop[i] = isStop[j];
      }
      form[i] = f;
      continue;
    }
    const id = ids[i];
    // an item object costs wink-nlp a dozen closures: one per new entry, reused for its lemma
    let t: TokenItem | null = null;
    let e = V.entryOf[id];
    if (e < 0) {
      t = item(i);
      V.entryOf[id] = e = V.value.length;
      V.value.push(t.out(its.value) as string);
      V.normal.push(lowerNormal(t.out(its.normal) as string));
      V.type.push(t.out(its.type) as string);
      V.isStop.push(t.out(its.stopWordFlag) ? 1 : 0);
      V.firstSlot.push(-1);
      V.firstLemma.push('');
    }
    value[i] = V.value[e];
    normal[i] = V.normal[e];
    type[i] = V.type[e];
    isStop[i] = V.isStop[e];
    let f: number;
    if (V.seenIn[e] === docNo) f = V.formIn[e];
    else {
      V.seenIn[e] = docNo;
      V.formIn[e] = f = firsts.length;
      firsts.push(i);
    }
    form[i] = f;
    // the lemma by (entry, part of speech); most entries are seen with one or two tags
    const slot = POS_SLOT.get(pos[i]);
    if (slot === undefined) {
      lemma[i] = (t ?? item(i)).out(lemmaIts) as string;
      continue;
    }
    if (V.firstSlot[e] === slot) {
      lemma[i] = V.firstLemma[e];
      continue;
    }
    const key = e * POS_TAGS.length + slot;
    let l = V.firstSlot[e] < 0 ? undefined : V.lemmaOf.get(key);
    if (l === undefined) {
      l = (t ?? item(i)).out(lemmaIts) as string;
      if (V.firstSlot[e] < 0) {
        V.firstSlot[e] = slot;
        V.firstLemma[e] = l;
      } else V.lemmaOf.set(key, l);
    }
    lemma[i] = l;
  }
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  // wink keeps every character and only white space between tokens: a token starts at the
  // first non-space after the previous one. Where that ever disagrees with the text,
  // resynchronise by searching forward.
  let at = 0;
  for (let i = 0; i < count; i++) {
    let s = at;
    while (s < text.length && isSpace(text.charCodeAt(s))) s++;
    if (text.startsWith(value[i], s) === false) {
      const found = text.indexOf(value[i], at);
      if (found >= 0) s = found;
    }
    start[i] = s;
    end[i] = s + value[i].length;
    at = end[i];
  }
  const sentences = sentenceRanges(value, type, start, end);
  forgetPunctuated(learnedFrom);
  return { count, start, end, value, normal, lemma, pos, type, isStop, form, forms: firsts.length, formToken: Int32Array.from(firsts), sentences };
}

// an ellipsis (`…`, `...`) is a hesitation in talk, not an end
const END_MARKS = /^(?:[!?]+|\.|[!?]*\.[!?]+|[!?]+\.)$/;
const CLOSERS = /^[.!?…"”’')\]]+$/;

/**
 * Sentences as token ranges [start, end): a sentence ends after `.` `!` `?` (not an ellipsis,
 * not glued to the next word)
 * (with the closing quotes or brackets glued to it), after a word that carries its own
 * period (`no.`, `Inc.`) when a capitalised word follows, and at a line break (wink-nlp
 * keeps line breaks as tokens). On the samples
 * and gold episodes this agrees with wink-nlp's sbd at 99% of its boundaries; where it
 * differs it mostly splits `oh no. Relaymark …` that sbd keeps whole. Abbreviations, names
 * with dots and fragments are the sentences stage's repairs.
 */
export function sentenceRanges(value: readonly string[], type: readonly string[], start: Int32Array, end: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = value.length;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const v = value[i];
    let last = -1;
    if (type[i] === 'punctuation' && END_MARKS.test(v)) {
      last = i;
      while (last + 1 < n && start[last + 1] === end[last] && type[last + 1] === 'punctuation' && CLOSERS.test(value[last + 1])) last++;
      // a mark glued to the next word is inside a name (`os.path`, `do.co/python`, `3.6.3`)
      if (last + 1 < n && start[last + 1] === end[last]) last = -1;
    } else if (type[i] === 'tabCRLF') {
      // wink-nlp keeps line breaks as tokens: one ends the sentence it closes
      if (v.includes('\n')) last = i;
    } else if (i + 1 < n && v.length >= 3 && v.charCodeAt(v.length - 1) === 46 && start[i + 1] > end[i] && /^\p{Lu}/u.test(value[i + 1])) {
      last = i;
    }
    if (last < 0) continue;
    out.push([from, last + 1]);
    from = last + 1;
    i = last;
  }
  if (from < n) out.push([from, n]);
  return out;
}

/** Part-of-speech tags as small numbers, for (form, tag) keys; a tag not listed is never cached. */
const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_SLOT = new Map(POS_TAGS.map((p, i) => [p, i]));

/** White space as wink-nlp's tokenizer skips it (JavaScript `\s`). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * wink-nlp's normal form, always in lower case: its model keeps the case of a few entries
 * (`Meta`, `Tim`, `Steve`), so `Meta` was keyed `Meta`, matched no lexicon key and was never
 * found, and rules that compare normals with lower-case words missed those three.
 */
function lowerNormal(nm: string): string {
  for (let k = 0; k < nm.length; k++) {
    const c = nm.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return nm.toLowerCase();
  }
  return nm;
}

/** The seven plain `tokens.out` passes `analyse` stands for: kept to test it against. */
export function analysePlain(text: string): Omit<WinkAnalysis, 'start' | 'end' | 'sentences' | 'form' | 'forms' | 'formToken'> {
  const n = instance();
  const its = n.its;
  const tokens = n.readDoc(text).tokens();
  const value = tokens.out(its.value) as string[];
  return {
    count: value.length,
    value,
    normal: (tokens.out(its.normal) as string[]).map(lowerNormal),
    lemma: tokens.out(its.lemma as unknown as typeof its.value) as string[],
    pos: tokens.out(its.pos) as string[],
    type: tokens.out(its.type) as string[],
    isStop: Uint8Array.from(tokens.out(its.stopWordFlag) as unknown as boolean[], (b) => (b ? 1 : 0)),
  };
}

let probe: { isOOV(word: string): boolean } | null = null;

/**
 * Whether wink-nlp's English vocabulary lacks a word (lower case). Its vocabulary is small:
 * rare names are missing (`priya`), so are many technical words (`python`); a caller
 * combines this with other evidence.
 */
export function outOfVocabulary(word: string): boolean {
  probe ??= instance().readDoc('') as unknown as { isOOV(word: string): boolean };
  return probe.isOOV(word);
}

/** A bare wink-nlp pass with the default pipe, the yardstick for the benchmark. */
export function bareReadDoc(text: string): number {
  const bare = winkNLP(model);
  return bare.readDoc(text).tokens().length();
}
