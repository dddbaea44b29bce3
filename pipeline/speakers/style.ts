import type { TokenLayer } from '../document/document.js';
import { speakerCues } from './cues.js';

/**
 * How each person talks: counts of function words and discourse markers (`yeah`, `right`,
 * `actually`, `?`) per paragraph. Who says `super` and `right?` is a weak but real signal of
 * who speaks a long paragraph; it breaks the ties turn-taking leaves in long unanchored
 * stretches. Only function words: content words follow the topic, not the speaker.
 */
export interface StyleBags {
  /** Paragraph i's words are `word[start[i]..start[i+1])` with their `count`s (compressed rows: no per-paragraph maps). */
  start: Int32Array;
  word: Int32Array;
  count: Int32Array;
  /** Words counted in each paragraph. */
  size: Int32Array;
  vocabulary: number;
}

export function styleBags(tokens: TokenLayer, paragraphs: number): StyleBags {
  const markers = speakerCues().styleMarkers;
  const ids = new Map<string, number>();
  let vocabulary = 0;
  // (paragraph, word id) of every counted token, then bucketed by paragraph
  const pp = new Int32Array(tokens.count);
  const pw = new Int32Array(tokens.count);
  let m = 0;
  for (let i = 0; i < tokens.count; i++) {
    const p = tokens.paragraph[i];
    if (p < 0 || p >= paragraphs) continue;
    const w = tokens.normal[i];
    // one map lookup per token: words that are not style words are remembered as -1
    let id = ids.get(w);
    if (id === undefined) {
      id = tokens.isStop[i] || w === '?' || markers.has(w) ? vocabulary++ : -1;
      ids.set(w, id);
    }
    if (id < 0) continue;
    pp[m] = p;
    pw[m++] = id;
  }
  const size = new Int32Array(paragraphs);
  for (let j = 0; j < m; j++) size[pp[j]]++;
  const at = new Int32Array(paragraphs + 1);
  for (let i = 0; i < paragraphs; i++) at[i + 1] = at[i] + size[i];
  const sorted = new Int32Array(m);
  const fill = at.slice(0, paragraphs);
  for (let j = 0; j < m; j++) sorted[fill[pp[j]]++] = pw[j];
  // fold repeats within a paragraph into counts
  const start = new Int32Array(paragraphs + 1);
  const word = new Int32Array(m);
  const count = new Int32Array(m);
  const slot = new Int32Array(vocabulary).fill(-1);
  let k = 0;
  for (let i = 0; i < paragraphs; i++) {
    start[i] = k;
    for (let j = at[i]; j < at[i + 1]; j++) {
      const w = sorted[j];
      if (slot[w] >= start[i]) count[slot[w]]++;
      else {
        slot[w] = k;
        word[k] = w;
        count[k++] = 1;
      }
    }
  }
  start[paragraphs] = k;
  return { start, word: word.subarray(0, k), count: count.subarray(0, k), size, vocabulary };
}

/**
 * Log-scores per paragraph and speaker from naive-Bayes profiles of the other paragraphs as
 * currently attributed (leave-one-out, so a paragraph does not vote for itself), scaled down
 * (naive Bayes is overconfident), more so when the profiles rest on few words, and capped. `assigned[i]` is a speaker index or -1.
 */
export function styleEmission(style: StyleBags, assigned: Int32Array, K: number, scale: number, cap: number, fullAtWords: number): Float64Array {
  const n = style.size.length;
  const out = new Float64Array(n * K);
  if (K < 2) return out;
  const V = style.vocabulary;
  const { start, word, count, size } = style;
  const counts = new Float64Array(K * V);
  const totals = new Float64Array(K);
  const paragraphsOf = new Int32Array(K);
  for (let i = 0; i < n; i++) {
    const s = assigned[i];
    if (s < 0) continue;
    paragraphsOf[s]++;
    totals[s] += size[i];
    for (let j = start[i]; j < start[i + 1]; j++) counts[s * V + word[j]] += count[j];
  }
  // too little to learn from: every profile needs a few paragraphs besides the one scored
  for (let s = 0; s < K; s++) if (paragraphsOf[s] < 4) return out;
  const alpha = 0.5;
  // profiles learned from few words are noise: trust grows with the smaller profile
  let smallest = Infinity;
  for (let s = 0; s < K; s++) smallest = Math.min(smallest, totals[s]);
  scale *= Math.min(1, smallest / fullAtWords);
  const ll = new Float64Array(K);
  for (let i = 0; i < n; i++) {
    const own = assigned[i];
    let mean = 0;
    for (let s = 0; s < K; s++) {
      const mine = own === s;
      const total = totals[s] - (mine ? size[i] : 0);
      const denominator = Math.log(total + alpha * V);
      let sum = 0;
      for (let j = start[i]; j < start[i + 1]; j++) {
        const c = count[j];
        sum += c * (Math.log(counts[s * V + word[j]] - (mine ? c : 0) + alpha) - denominator);
      }
      ll[s] = sum;
      mean += sum / K;
    }
    for (let s = 0; s < K; s++) out[i * K + s] = Math.max(-cap, Math.min(cap, scale * (ll[s] - mean)));
  }
  return out;
}
