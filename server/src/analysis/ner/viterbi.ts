// First-order Viterbi decoding with BIO constraints (an I- tag only continues its own type) and a label mask (the
// labels a corpus annotates). Shared by training and the editor, so both decode the same way.

import { transitionAllowed } from './labels';

let allowedCache: { labelCount: number; allowed: Uint8Array } | undefined;

/** allowed[(p+1)*L + y]: whether y may follow p (p = −1 is the sequence start). */
function allowedTransitions(labelCount: number): Uint8Array {
  if (allowedCache?.labelCount === labelCount) return allowedCache.allowed;
  const allowed = new Uint8Array((labelCount + 1) * labelCount);
  for (let p = -1; p < labelCount; p++) {
    for (let y = 0; y < labelCount; y++) allowed[(p + 1) * labelCount + y] = transitionAllowed(p, y) ? 1 : 0;
  }
  allowedCache = { labelCount, allowed };
  return allowed;
}

/**
 * The best label sequence. `emissions` is n×L, `transitions` (L+1)×L with row 0 the start; `mask[y]` = 0 forbids y.
 */
export function viterbi(
  emissions: ArrayLike<number>,
  n: number,
  labelCount: number,
  transitions: ArrayLike<number>,
  mask: Uint8Array,
): Uint8Array {
  const L = labelCount;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const allowed = allowedTransitions(L);
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = mask[y] && allowed[y] ? emissions[y] + transitions[y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    for (let y = 0; y < L; y++) {
      if (!mask[y]) {
        score[row + y] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const at = (p + 1) * L + y;
        if (!allowed[at]) continue;
        const s = score[prevRow + p] + transitions[at];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + y] = best + emissions[row + y];
      back[row + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[last + y] > best) {
      best = score[last + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg];
  }
  return labels;
}
