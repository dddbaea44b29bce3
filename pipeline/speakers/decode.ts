/**
 * One decision procedure for who speaks each paragraph: a hidden Markov model whose state is
 * (speaker of this paragraph, presenter of the current item, speaker of the last question
 * before it). The question-asker part lets `you asked about…` say "not the one who asked"
 * even when the turn did not change at the paragraph right after the question. The presenter
 * part ties the long paragraphs of one item to one voice (whoever brings a story does most of
 * the talking about it, the other reacts and asks), so one missed turn does not flip who
 * speaks for the rest of the item. Scores are natural logs.
 *
 * - transition into paragraph i: P(change) = sigmoid(switchLogit[i]), shared among the others;
 * - emission at i: `emission[i*K + s]` for speaker s, plus `youAsked[i]` (a negative score)
 *   when s is the last asker.
 *
 * Viterbi gives the best sequence, and max-marginals (a backward max pass) how decisively
 * each paragraph's speaker is chosen. Posteriors would not do: in a two-person chain they
 * fade to 0.5 far from any anchor even when every turn is clear, so the margin, not the
 * posterior, says whether the evidence decides. Linear in paragraphs: O(n · K³ · (K+1)).
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
  /**
   * The presenter of the item under discussion, a third part of the state: `presenterScore[i]`
   * is added when paragraph i's speaker is the presenter (long paragraphs: positive; short
   * replies: negative), and at paragraph i the presenter becomes its speaker with probability
   * sigmoid(`presenterLogit[i]`) (a new item). Without them the state has no presenter.
   */
  presenterScore?: Float64Array;
  presenterLogit?: Float64Array;
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
  const { n, K, switchLogit, emission, asks, youAsked, presenterScore, presenterLogit } = input;
  const A = K + 1; // asker: a person, or K for "nobody asked yet"
  const R = presenterScore && presenterLogit ? K : 1; // presenter: a person, or none modelled
  const S = K * R * A;
  const path = new Int32Array(n);
  const margin = new Float64Array(n).fill(Infinity);
  if (n === 0 || K === 0) return { path, margin };
  const state = (s: number, r: number, a: number) => (s * R + r) * A + a;
  const speakerOf = (st: number) => Math.floor(st / (R * A));

  const emit = (i: number, s: number, r: number, a: number) =>
    emission[i * K + s] + (a === s ? youAsked[i] : 0) + (R > 1 && r === s ? presenterScore![i] : 0);
  // log-probabilities of keeping and of changing the speaker (and of a new item), once per paragraph
  const stay = new Float64Array(n);
  const move = new Float64Array(n);
  const keepItem = new Float64Array(n);
  const newItem = new Float64Array(n).fill(-Infinity);
  const share = K > 1 ? Math.log(K - 1) : 0;
  for (let i = 1; i < n; i++) {
    if (K > 1) {
      stay[i] = logSigmoid(-switchLogit[i]);
      move[i] = logSigmoid(switchLogit[i]) - share;
    }
    if (R > 1) {
      keepItem[i] = logSigmoid(-presenterLogit![i]);
      newItem[i] = logSigmoid(presenterLogit![i]);
    }
  }
  /** Every step from state `from` at i-1 into paragraph i: `visit(to, log-weight)`. */
  const steps = (i: number, from: number, visit: (to: number, w: number) => void) => {
    const ap = from % A;
    const rp = Math.floor(from / A) % R;
    const sp = speakerOf(from);
    const a = asks[i - 1] ? sp : ap;
    for (let s = 0; s < K; s++) {
      const t = sp === s ? stay[i] : move[i];
      visit(state(s, rp, a), t + keepItem[i] + emit(i, s, rp, a));
      if (R > 1 && s !== rp) visit(state(s, s, a), t + newItem[i] + emit(i, s, s, a));
    }
  };

  const viterbi = new Float64Array(n * S).fill(-Infinity);
  const back = new Int32Array(n * S).fill(-1);
  const prior = -Math.log(K) - Math.log(R);
  for (let s = 0; s < K; s++) for (let r = 0; r < R; r++) viterbi[state(s, r, K)] = prior + emit(0, s, r, K);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * S;
    const cur = i * S;
    for (let from = 0; from < S; from++) {
      const v = viterbi[prev + from];
      if (v === -Infinity) continue;
      steps(i, from, (to, w) => {
        if (v + w > viterbi[cur + to]) {
          viterbi[cur + to] = v + w;
          back[cur + to] = from;
        }
      });
    }
  }
  // best end state, then follow the back pointers
  let best = 0;
  for (let st = 1; st < S; st++) if (viterbi[(n - 1) * S + st] > viterbi[(n - 1) * S + best]) best = st;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = speakerOf(best);
    if (i > 0) best = back[i * S + best];
  }

  if (input.pathOnly) return { path, margin };
  // best score of the rest of the sequence from each state
  const betaMax = new Float64Array(n * S).fill(-Infinity);
  for (let st = 0; st < S; st++) betaMax[(n - 1) * S + st] = 0;
  for (let i = n - 1; i >= 1; i--) {
    const cur = i * S;
    for (let from = 0; from < S; from++) {
      let top = -Infinity;
      steps(i, from, (to, w) => {
        top = Math.max(top, w + betaMax[cur + to]);
      });
      betaMax[(i - 1) * S + from] = top;
    }
  }
  for (let i = 0; i < n; i++) {
    // max-marginals: the best whole sequence through each speaker at i
    let mine = -Infinity;
    let other = -Infinity;
    for (let st = 0; st < S; st++) {
      const v = viterbi[i * S + st] + betaMax[i * S + st];
      if (speakerOf(st) === path[i]) mine = Math.max(mine, v);
      else other = Math.max(other, v);
    }
    margin[i] = mine - other;
  }
  return { path, margin };
}
