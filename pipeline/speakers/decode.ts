/**
 * One decision procedure for who speaks each paragraph: a hidden Markov model whose state is
 * (speaker of this paragraph, speaker of the last question before it). The question-asker
 * part lets `you asked about…` say "not the one who asked" even when the turn did not
 * change at the paragraph right after the question. Scores are natural logs.
 *
 * - transition into paragraph i: P(change) = sigmoid(switchLogit[i]), shared among the others;
 * - emission at i: `emission[i*K + s]` for speaker s, plus `youAsked[i]` (a negative score)
 *   when s is the last asker.
 *
 * Viterbi gives the best sequence, and max-marginals (a backward max pass) how decisively
 * each paragraph's speaker is chosen. Posteriors would not do: in a two-person chain they
 * fade to 0.5 far from any anchor even when every turn is clear, so the margin, not the
 * posterior, says whether the evidence decides. Linear in paragraphs: O(n · K² · (K+1)).
 */
export interface DecodeInput {
  n: number;
  K: number;
  switchLogit: Float64Array;
  emission: Float64Array;
  /** 1 where the paragraph asks something: its speaker becomes the last asker. */
  asks: Uint8Array;
  youAsked: Float64Array;
  /** Skip the max-marginals (`margin` stays Infinity): for passes whose confidence nobody reads. */
  pathOnly?: boolean;
}

export interface Decoded {
  path: Int32Array;
  /**
   * How much worse (in nats) the best sequence that gives this paragraph to someone else
   * is than the best sequence: 0 is a tie, a coin flip; large means the evidence decides.
   */
  margin: Float64Array;
}

const logSigmoid = (z: number) => (z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z)));

export function decode(input: DecodeInput): Decoded {
  const { n, K, switchLogit, emission, asks, youAsked } = input;
  const A = K + 1; // asker: a person, or K for "nobody asked yet"
  const S = K * A;
  const path = new Int32Array(n);
  const margin = new Float64Array(n).fill(Infinity);
  if (n === 0 || K === 0) return { path, margin };

  const emit = (i: number, s: number, a: number) => emission[i * K + s] + (a === s ? youAsked[i] : 0);
  // log-probabilities of keeping and of changing the speaker, once per paragraph (not per state pair)
  const stay = new Float64Array(n);
  const move = new Float64Array(n);
  const share = K > 1 ? Math.log(K - 1) : 0;
  for (let i = 1; i < n && K > 1; i++) {
    stay[i] = logSigmoid(-switchLogit[i]);
    move[i] = logSigmoid(switchLogit[i]) - share;
  }
  const trans = (i: number, from: number, to: number) => (from === to ? stay[i] : move[i]);

  const viterbi = new Float64Array(n * S).fill(-Infinity);
  const back = new Int32Array(n * S).fill(-1);
  const prior = -Math.log(K);
  for (let s = 0; s < K; s++) viterbi[s * A + K] = prior + emit(0, s, K);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * S;
    const cur = i * S;
    for (let sp = 0; sp < K; sp++) {
      for (let ap = 0; ap < A; ap++) {
        const from = prev + sp * A + ap;
        const v = viterbi[from];
        if (v === -Infinity) continue;
        const a = asks[i - 1] ? sp : ap;
        for (let s = 0; s < K; s++) {
          const step = trans(i, sp, s) + emit(i, s, a);
          const to = cur + s * A + a;
          if (v + step > viterbi[to]) {
            viterbi[to] = v + step;
            back[to] = sp * A + ap;
          }
        }
      }
    }
  }
  // best end state, then follow the back pointers
  let best = 0;
  for (let st = 1; st < S; st++) if (viterbi[(n - 1) * S + st] > viterbi[(n - 1) * S + best]) best = st;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = Math.floor(best / A);
    if (i > 0) best = back[i * S + best];
  }

  if (input.pathOnly) return { path, margin };
  // best score of the rest of the sequence from each state
  const betaMax = new Float64Array(n * S).fill(-Infinity);
  for (let st = 0; st < S; st++) betaMax[(n - 1) * S + st] = 0;
  for (let i = n - 1; i >= 1; i--) {
    const prev = (i - 1) * S;
    const cur = i * S;
    for (let sp = 0; sp < K; sp++) {
      for (let ap = 0; ap < A; ap++) {
        const a = asks[i - 1] ? sp : ap;
        let top = -Infinity;
        for (let s = 0; s < K; s++) top = Math.max(top, trans(i, sp, s) + emit(i, s, a) + betaMax[cur + s * A + a]);
        betaMax[prev + sp * A + ap] = top;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    // max-marginals: the best whole sequence through each speaker at i
    let mine = -Infinity;
    let other = -Infinity;
    for (let st = 0; st < S; st++) {
      const v = viterbi[i * S + st] + betaMax[i * S + st];
      if (Math.floor(st / A) === path[i]) mine = Math.max(mine, v);
      else other = Math.max(other, v);
    }
    margin[i] = mine - other;
  }
  return { path, margin };
}
