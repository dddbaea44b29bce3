import type { TokenLayer } from '../document/document.js';
import { loadModel } from '../models.js';
import type { Unit } from './units.js';

let light: Set<string> | null = null;
/** Filler and light words that carry no topic in talk (models/segments/light-words.json). */
export const lightWords = (): Set<string> => (light ??= new Set(loadModel<{ words: string[] }>('segments/light-words.json').words));

/** Peaks are looked for at most this many units away, which keeps depth scoring linear. */
const MAX_CLIMB = 80;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM', 'X']);

/** The topic-bearing tokens: content lemmas, proper nouns counting double. */
export interface ContentTokens {
  lemma: string[];
  /** The lemma as a small integer (same lemma, same id): array-indexed bags instead of maps. */
  id: Int32Array;
  /** Number of distinct lemmas (ids run from 0 to vocabulary - 1). */
  vocabulary: number;
  weight: Float64Array;
  /** Token index of each content token. */
  token: Int32Array;
  /** Per unit: index of its first content token (units.length + 1 entries). */
  unitFirst: Int32Array;
}

export function contentTokens(t: TokenLayer, units: readonly Unit[]): ContentTokens {
  const lw = lightWords();
  const lemma: string[] = [];
  const weight: number[] = [];
  const token: number[] = [];
  const ids: number[] = [];
  const vocab = new Map<string, number>();
  /** Lemma (or normal form) as the tokens have it → vocabulary id, or -1 for no content. */
  const byRaw = new Map<string, number>();
  const names: string[] = [];
  const unitFirst = new Int32Array(units.length + 1);
  // per form (TokenLayer.form): 1 = never content (a stop word, not a word or number),
  // 2 = a name-like spelling (`SQLAlchemy`, `os.path`) that counts double
  const F = t.forms;
  const formClass = new Uint8Array(F);
  for (let f = 0; f < F; f++) {
    const i = t.formToken[f];
    if (t.isStop[i] || (t.type[i] !== 'word' && t.type[i] !== 'number')) formClass[f] = 1;
    else if (/[A-Z].*[A-Z]|[a-z][A-Z]|[._]/.test(t.value[i])) formClass[f] = 2;
  }
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    unitFirst[k] = lemma.length;
    for (let i = u.tokenStart; i < u.tokenEnd; i++) {
      const fc = formClass[t.form[i]];
      if (fc === 1 || !CONTENT_POS.has(t.pos[i])) continue;
      // the lemma as written decides all of the rest: looked at once per distinct form
      const raw = t.lemma[i] || t.normal[i];
      let id = byRaw.get(raw);
      if (id === undefined) {
        const l = raw.toLowerCase();
        if (l.length < 2 || lw.has(l) || (l.length <= 2 && /^\d{1,2}$/.test(l))) id = -1;
        else {
          id = vocab.get(l);
          if (id === undefined) {
            vocab.set(l, (id = vocab.size));
            names.push(l);
          }
        }
        byRaw.set(raw, id);
      }
      if (id < 0) continue;
      lemma.push(names[id]);
      ids.push(id);
      weight.push(fc === 2 || t.pos[i] === 'PROPN' ? 2 : 1);
      token.push(i);
    }
  }
  unitFirst[units.length] = lemma.length;
  return { lemma, id: Int32Array.from(ids), vocabulary: vocab.size, weight: Float64Array.from(weight), token: Int32Array.from(token), unitFirst };
}

export function cosine<K>(x: ReadonlyMap<K, number>, y: ReadonlyMap<K, number>): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [k, v] of x) {
    nx += v * v;
    const w = y.get(k);
    if (w) dot += v * w;
  }
  for (const v of y.values()) ny += v * v;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

/**
 * TextTiling over a window of `window` content lemmas each side of every unit gap: block
 * similarity, moving-average smoothing, then depth (how far the similarity dips below the
 * peaks either side). Linear: each gap looks at 2 × window tokens. `depth[k]` is for the
 * gap before unit k (depth[0] = 0).
 */
export function lexicalDepth(c: ContentTokens, units: readonly Unit[], window: number, smoothing: number): { similarity: Float64Array; depth: Float64Array } {
  const n = units.length;
  const N = c.lemma.length;
  const w = Math.max(8, Math.min(window, Math.floor(N / 4)));
  const raw = new Float64Array(n);
  // sliding windows with running dot product and norms: O(1) per content token
  const L = new Float64Array(c.vocabulary);
  const R = new Float64Array(c.vocabulary);
  let dot = 0;
  let nl = 0;
  let nr = 0;
  const addL = (i: number, sign: 1 | -1) => {
    const x = c.id[i];
    const v = c.weight[i] * sign;
    const old = L[x];
    dot += v * R[x];
    nl += (old + v) ** 2 - old ** 2;
    L[x] = old + v;
  };
  const addR = (i: number, sign: 1 | -1) => {
    const x = c.id[i];
    const v = c.weight[i] * sign;
    const old = R[x];
    dot += v * L[x];
    nr += (old + v) ** 2 - old ** 2;
    R[x] = old + v;
  };
  // gap position `at`: L = [at - w, at), R = [at, at + w)
  let at = 0;
  for (let i = 0; i < Math.min(N, w); i++) addR(i, 1);
  for (let k = 1; k < n; k++) {
    const target = c.unitFirst[k];
    while (at < target) {
      addR(at, -1);
      addL(at, 1);
      if (at - w >= 0) addL(at - w, -1);
      if (at + w < N) addR(at + w, 1);
      at++;
    }
    raw[k] = nl > 1e-9 && nr > 1e-9 ? Math.max(0, dot) / Math.sqrt(nl * nr) : 0;
  }
  raw[0] = n > 1 ? raw[1] : 0;
  const sim = new Float64Array(n);
  for (let k = 1; k < n; k++) {
    let s = 0;
    let m = 0;
    for (let j = Math.max(1, k - smoothing); j <= Math.min(n - 1, k + smoothing); j++) {
      s += raw[j];
      m++;
    }
    sim[k] = m ? s / m : 0;
  }
  const depth = new Float64Array(n);
  for (let k = 1; k < n; k++) {
    let l = sim[k];
    for (let j = k - 1; j >= Math.max(1, k - MAX_CLIMB) && sim[j] >= l; j--) l = sim[j];
    let r = sim[k];
    for (let j = k + 1; j < Math.min(n, k + MAX_CLIMB) && sim[j] >= r; j++) r = sim[j];
    depth[k] = l - sim[k] + (r - sim[k]);
  }
  return { similarity: sim, depth };
}
