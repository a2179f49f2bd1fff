// One stochastic step of a linear-chain CRF (conditional log-likelihood, Lafferty et al. 2001) over the same hashed
// features, labels, BIO constraints and corpus masks as the perceptron, with AdaGrad step sizes (Duchi et al.
// 2011): where the perceptron moves the weights only when the best path is wrong, and by a whole unit, the CRF moves
// every label's weights by how far the model's marginal probability is from the gold label, so rare features are not
// left at ±1 and frequent ones are not driven up without bound. The result is a linear model of the same form, so
// the editor's tagger (sum of weights + Viterbi) reads it unchanged.
//
// Status: an experiment (`npm run eval:ner -- --crf`), not what train:ner ships. Measured on PEYMA dev: PEYMA train
// alone 75.48 vs the perceptron's 73.73; with ARMAN 76.86 after 2 epochs vs 76.59, but its dense rows make a 43 MB
// model, and pruned to 8 MB it falls to 73.35 (the perceptron's sparse rows fit 8 MB at full accuracy).
//
// Forward-backward runs in probability space, normalised at every position (Rabiner's scaling), over exp(scores):
// no logs or exps inside the label loops.

import { transitionAllowed } from '../../src/analysis/ner/labels';

export interface CrfState {
  L: number;
  K: number;
  weights: Float64Array;
  /** AdaGrad's sums of squared gradients, per weight. */
  squares: Float32Array;
  transitions: Float64Array;
  transitionSquares: Float64Array;
  learningRate: number;
  /** Called for every change, so that the caller can keep its running average: (index, delta). */
  onWeight: (at: number, delta: number) => void;
  onTransition: (at: number, delta: number) => void;
}

const allowedCache = new Map<number, Uint8Array>();
function allowedTransitions(L: number): Uint8Array {
  let allowed = allowedCache.get(L);
  if (!allowed) {
    allowed = new Uint8Array((L + 1) * L);
    for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) allowed[(p + 1) * L + y] = transitionAllowed(p, y) ? 1 : 0;
    allowedCache.set(L, allowed);
  }
  return allowed;
}

let buffers = { alpha: new Float64Array(0), beta: new Float64Array(0), potentials: new Float64Array(0), marginals: new Float64Array(0) };

/**
 * Emissions (n × L) must already hold the sentence's scores with the hidden features left out. `use(f)` says whether
 * feature slot f (of n × K) takes part (word dropout). Returns the sentence's negative log-likelihood.
 */
export function crfStep(
  state: CrfState, ids: Int32Array, gold: Uint8Array, mask: Uint8Array, emissions: Float64Array, n: number, use: (f: number) => boolean,
): number {
  const { L, K, weights, squares, transitions, transitionSquares, learningRate } = state;
  const allowed = allowedTransitions(L);
  if (buffers.alpha.length < n * L) {
    const size = n * L * 2;
    buffers = { alpha: new Float64Array(size), beta: new Float64Array(size), potentials: new Float64Array(size), marginals: new Float64Array(size) };
  }
  const { alpha, beta, potentials, marginals } = buffers;
  const expTransitions = new Float64Array((L + 1) * L);
  for (let k = 0; k < expTransitions.length; k++) expTransitions[k] = allowed[k] ? Math.exp(transitions[k]) : 0;

  // Potentials exp(emission − row max), masked.
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let y = 0; y < L; y++) if (mask[y] && emissions[i * L + y] > max) max = emissions[i * L + y];
    for (let y = 0; y < L; y++) potentials[i * L + y] = mask[y] ? Math.exp(emissions[i * L + y] - max) : 0;
  }
  // Forward, normalised per position; log Z = Σ log(norm_i) + Σ max_i (the maxima cancel in the gradient).
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let y = 0; y < L; y++) {
      let s = 0;
      if (i === 0) s = expTransitions[y];
      else for (let p = 0; p < L; p++) s += alpha[(i - 1) * L + p] * expTransitions[(p + 1) * L + y];
      s *= potentials[i * L + y];
      alpha[i * L + y] = s;
      norm += s;
    }
    if (norm === 0) return 0; // the gold path is impossible under the mask (never in our corpora)
    for (let y = 0; y < L; y++) alpha[i * L + y] /= norm;
    logZ += Math.log(norm);
  }
  // Backward with the same per-position scaling.
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    let norm = 0;
    for (let p = 0; p < L; p++) {
      let s = 0;
      for (let y = 0; y < L; y++) s += expTransitions[(p + 1) * L + y] * potentials[(i + 1) * L + y] * beta[(i + 1) * L + y];
      beta[i * L + p] = s;
      norm += s;
    }
    for (let p = 0; p < L; p++) beta[i * L + p] /= norm;
  }
  // Token marginals.
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let y = 0; y < L; y++) total += (marginals[i * L + y] = alpha[i * L + y] * beta[i * L + y]);
    for (let y = 0; y < L; y++) marginals[i * L + y] /= total;
  }
  // Gold score for the likelihood (reported only).
  let goldScore = 0;
  for (let i = 0; i < n; i++) goldScore += Math.log(potentials[i * L + gold[i]] || 1e-300) + transitions[(i === 0 ? 0 : gold[i - 1] + 1) * L + gold[i]];

  // Emission gradient: gold − marginal, for every used feature of every token.
  const gradient = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < L; y++) gradient[y] = (gold[i] === y ? 1 : 0) - marginals[i * L + y];
    for (let f = i * K, end = f + K; f < end; f++) {
      if (!use(f)) continue;
      const base = ids[f] * L;
      for (let y = 0; y < L; y++) {
        const g = gradient[y];
        if (g > -1e-4 && g < 1e-4) continue;
        const at = base + y;
        const sq = (squares[at] += g * g);
        const delta = (learningRate * g) / Math.sqrt(sq);
        weights[at] += delta;
        state.onWeight(at, delta);
      }
    }
  }
  // Transition gradient: gold transitions − expected transitions.
  const tGradient = new Float64Array((L + 1) * L);
  for (let y = 0; y < L; y++) tGradient[y] -= marginals[y];
  tGradient[gold[0]] += 1;
  for (let i = 1; i < n; i++) {
    // pairwise marginal ∝ alpha[i−1][p] · T[p][y] · potential[i][y] · beta[i][y]
    let total = 0;
    for (let p = 0; p < L; p++) {
      const a = alpha[(i - 1) * L + p];
      if (a === 0) continue;
      for (let y = 0; y < L; y++) total += a * expTransitions[(p + 1) * L + y] * potentials[i * L + y] * beta[i * L + y];
    }
    for (let p = 0; p < L; p++) {
      const a = alpha[(i - 1) * L + p];
      if (a === 0) continue;
      for (let y = 0; y < L; y++) {
        const v = a * expTransitions[(p + 1) * L + y] * potentials[i * L + y] * beta[i * L + y];
        if (v !== 0) tGradient[(p + 1) * L + y] -= v / total;
      }
    }
    tGradient[(gold[i - 1] + 1) * L + gold[i]] += 1;
  }
  for (let k = 0; k < tGradient.length; k++) {
    const g = tGradient[k];
    if (g === 0 || !allowed[k]) continue;
    transitionSquares[k] += g * g;
    const delta = (learningRate * g) / Math.sqrt(transitionSquares[k]);
    transitions[k] += delta;
    state.onTransition(k, delta);
  }
  return logZ - goldScore;
}
