import type { TokenLayer } from '../document/document.js';
import { speakerCues } from './cues.js';

/**
 * How each person talks: counts of function words and discourse markers (`yeah`, `right`,
 * `actually`, `?`) per paragraph. Who says `super` and `right?` is a weak but real signal of
 * who speaks a long paragraph; it breaks the ties turn-taking leaves in long unanchored
 * stretches. Only function words: content words follow the topic, not the speaker.
 */
export interface StyleBags {
  /** Per paragraph: word id → count. */
  bags: Array<Map<number, number>>;
  vocabulary: number;
}

export function styleBags(tokens: TokenLayer, paragraphs: number): StyleBags {
  const markers = speakerCues().styleMarkers;
  const ids = new Map<string, number>();
  const bags = Array.from({ length: paragraphs }, () => new Map<number, number>());
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.normal[i];
    if (!(tokens.isStop[i] || w === '?' || markers.has(w))) continue;
    const p = tokens.paragraph[i];
    if (p < 0 || p >= paragraphs) continue;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    bags[p].set(id, (bags[p].get(id) ?? 0) + 1);
  }
  return { bags, vocabulary: ids.size };
}

/**
 * Log-scores per paragraph and speaker from naive-Bayes profiles of the other paragraphs as
 * currently attributed (leave-one-out, so a paragraph does not vote for itself), scaled down
 * (naive Bayes is overconfident), more so when the profiles rest on few words, and capped. `assigned[i]` is a speaker index or -1.
 */
export function styleEmission(style: StyleBags, assigned: Int32Array, K: number, scale: number, cap: number, fullAtWords: number): Float64Array {
  const n = style.bags.length;
  const out = new Float64Array(n * K);
  if (K < 2) return out;
  const counts = Array.from({ length: K }, () => new Float64Array(style.vocabulary));
  const totals = new Float64Array(K);
  const paragraphsOf = new Int32Array(K);
  for (let i = 0; i < n; i++) {
    const s = assigned[i];
    if (s < 0) continue;
    paragraphsOf[s]++;
    for (const [w, c] of style.bags[i]) {
      counts[s][w] += c;
      totals[s] += c;
    }
  }
  const alpha = 0.5;
  const V = style.vocabulary;
  // profiles learned from few words are noise: trust grows with the smaller profile
  const trust = Math.min(1, Math.min(...totals) / fullAtWords);
  scale *= trust;
  for (let i = 0; i < n; i++) {
    const own = assigned[i];
    let mean = 0;
    const ll = new Float64Array(K);
    for (let s = 0; s < K; s++) {
      if (paragraphsOf[s] - (own === s ? 1 : 0) < 3) return new Float64Array(n * K); // too little to learn from
      let total = totals[s];
      if (own === s) for (const c of style.bags[i].values()) total -= c;
      let sum = 0;
      for (const [w, c] of style.bags[i]) {
        const cw = counts[s][w] - (own === s ? c : 0);
        sum += c * Math.log((cw + alpha) / (total + alpha * V));
      }
      ll[s] = sum;
      mean += sum / K;
    }
    for (let s = 0; s < K; s++) out[i * K + s] = Math.max(-cap, Math.min(cap, scale * (ll[s] - mean)));
  }
  return out;
}
