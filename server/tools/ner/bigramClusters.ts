// Word clusters by Brown et al.'s (1992) objective, the likelihood of a class bigram model: words that are preceded
// and followed by the same classes of words fall into one class (surnames with surnames, months with months). Brown
// clustering merges bottom-up, which costs O(V·C²) with a log in each step; here the same objective is climbed
// top-down by exchange (Kneser & Ney 1993, Martin et al. 1998): the vocabulary is split into 2^bits classes, each
// class again into 2^bits, and so on, each split moving one word at a time to whichever sibling class raises the
// likelihood most, until few words move. A word's cluster is its path of choices, so the tagger's features can read it
// at several granularities (bit prefixes), as they read Brown clusters.
//
// The objective, with N(a,b) the class bigram counts and Nl/Nr their row and column sums:
//   F = Σ N(a,b) log N(a,b) − Σ Nl(a) log Nl(a) − Σ Nr(b) log Nr(b)
// (the word emission terms do not depend on the classes). Moving one word changes only the rows and columns of the
// classes it leaves and joins, in the cells of the classes its neighbours belong to: O(its distinct neighbours).
// Deterministic: no randomness, the first split deals the words out by frequency rank.
//
// Measured (PEYMA dev F1 under seeds 20161 / 7 / 3, ARMAN 3-fold): without the classes and the knowledge base's
// names 77.15 / 76.54 / 76.17, 73.85; with the classes 77.13 / 77.04, 74.32; with the knowledge base's names as well
// (shipped) 77.31 / 77.32 / 77.36, 74.27 (74.52 with per-fold classes that never saw the test part's text). Not kept:
// classes for words used twice (76.84); class pairs as context features (77.73 / 76.84: noise, and slower); class
// pairs in place of the PPMI cluster pairs (76.69 / 76.16); words and classes at ±3 (76.70); suffix × frequency
// features (77.49 / 77.34, ARMAN 74.55, but the retrained model no longer tagged «آمریکایی» in «هزاران ایرانی و
// آمریکایی …» as a nationality).

import { foldedHash } from '../../src/analysis/ner/features';
import { normalizeWord } from '../../src/analysis/ner/normalize';

export interface BigramClusterOptions {
  /** Words used fewer times than this share one token (their contexts still count). */
  minCount: number;
  /** Bits chosen at each level: [2, 2, 2, 2, 2] = five four-way splits, 10-bit paths. */
  levels: number[];
  /** Exchange passes per level at most (a level stops earlier when under 0.2 % of words move). */
  passes: number;
}

export const DEFAULT_BIGRAM_CLUSTERS: BigramClusterOptions = { minCount: 3, levels: [2, 2, 2, 2, 2], passes: 8 };

/** Folded word hash (features.ts foldedHash) → cluster path (first level in the high bits), for words used minCount times or more. */
export function bigramClusters(sentences: readonly (readonly string[])[], options: BigramClusterOptions = DEFAULT_BIGRAM_CLUSTERS, log?: (line: string) => void): Map<number, number> {
  const counts = new Map<string, number>();
  const texts = sentences.map((words) => words.map(normalizeWord));
  for (const words of texts) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const idOf = new Map(vocabulary.map((w, k) => [w, k]));
  const RARE = vocabulary.length;
  const BOUNDARY = RARE + 1;
  const V = RARE + 2;

  // Word bigrams (with the sentence boundary as a word), as CSR lists of right and of left neighbours.
  const pairCounts = new Map<number, number>();
  const frequency = new Float64Array(V);
  for (const words of texts) {
    let previous = BOUNDARY;
    frequency[BOUNDARY]++;
    for (let i = 0; i <= words.length; i++) {
      const current = i === words.length ? BOUNDARY : idOf.get(words[i]) ?? RARE;
      if (i < words.length) frequency[current]++;
      const key = previous * V + current;
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      previous = current;
    }
  }
  const right = adjacency(pairCounts, V, (key) => [Math.floor(key / V), key % V]);
  const left = adjacency(pairCounts, V, (key) => [key % V, Math.floor(key / V)]);
  let total = 0;
  for (const c of pairCounts.values()) total += c;
  const xlogx = new Float64Array(total + 1);
  for (let x = 1; x <= total; x++) xlogx[x] = x * Math.log(x);
  log?.(`bigram clusters: ${vocabulary.length.toLocaleString('en')} words used ${options.minCount}+ times, ${pairCounts.size.toLocaleString('en')} distinct bigrams`);

  // Each word's row and column sums (how often it stands left, and right, in a bigram).
  const asLeft = new Float64Array(V);
  const asRight = new Float64Array(V);
  for (let w = 0; w < V; w++) {
    for (let e = right.starts[w]; e < right.starts[w + 1]; e++) asLeft[w] += right.counts[e];
    for (let e = left.starts[w]; e < left.starts[w + 1]; e++) asRight[w] += left.counts[e];
  }

  const classOf = new Int32Array(V); // at the current level
  let K = 1;
  const order = Array.from({ length: V }, (_, w) => w).sort((a, b) => frequency[b] - frequency[a] || a - b);
  for (const bits of options.levels) {
    const B = 1 << bits;
    // Deal each class's words out to its B children by frequency rank.
    const dealt = new Int32Array(K);
    for (const w of order) classOf[w] = classOf[w] * B + (dealt[classOf[w]]++ % B);
    K *= B;
    const N = new Int32Array(K * K);
    const Nl = new Float64Array(K);
    const Nr = new Float64Array(K);
    for (let w = 0; w < V; w++) {
      for (let e = right.starts[w]; e < right.starts[w + 1]; e++) N[classOf[w] * K + classOf[right.words[e]]] += right.counts[e];
      Nl[classOf[w]] += asLeft[w];
      Nr[classOf[w]] += asRight[w];
    }
    // Scratch: the word's neighbour counts by class (self-bigrams apart), and which classes were touched.
    const toRight = new Float64Array(K);
    const toLeft = new Float64Array(K);
    const touchedRight: number[] = [];
    const touchedLeft: number[] = [];
    const fx = (x: number) => (x <= 0 ? 0 : x <= total ? xlogx[x] : x * Math.log(x));

    /** Adds (sign +1) or removes (−1) word w, counted in toRight/toLeft/self, to or from class c. */
    const place = (w: number, c: number, self: number, sign: number) => {
      for (const d of touchedRight) N[c * K + d] += sign * toRight[d];
      for (const d of touchedLeft) N[d * K + c] += sign * toLeft[d];
      N[c * K + c] += sign * self;
      Nl[c] += sign * asLeft[w];
      Nr[c] += sign * asRight[w];
    };
    /** The change in F if word w (not in any class now) joined class c. */
    const gain = (w: number, c: number, self: number) => {
      let delta = 0;
      for (const d of touchedRight) {
        if (d === c) continue;
        const n = N[c * K + d];
        delta += fx(n + toRight[d]) - fx(n);
      }
      for (const d of touchedLeft) {
        if (d === c) continue;
        const n = N[d * K + c];
        delta += fx(n + toLeft[d]) - fx(n);
      }
      const diagonal = N[c * K + c];
      delta += fx(diagonal + toRight[c] + toLeft[c] + self) - fx(diagonal);
      delta -= fx(Nl[c] + asLeft[w]) - fx(Nl[c]);
      delta -= fx(Nr[c] + asRight[w]) - fx(Nr[c]);
      return delta;
    };

    for (let pass = 1; pass <= options.passes; pass++) {
      let moved = 0;
      for (const w of order) {
        const from = classOf[w];
        const parent = Math.floor(from / B);
        touchedRight.length = 0;
        touchedLeft.length = 0;
        let self = 0;
        for (let e = right.starts[w]; e < right.starts[w + 1]; e++) {
          const v = right.words[e];
          if (v === w) {
            self += right.counts[e];
            continue;
          }
          const d = classOf[v];
          if (toRight[d] === 0) touchedRight.push(d);
          toRight[d] += right.counts[e];
        }
        for (let e = left.starts[w]; e < left.starts[w + 1]; e++) {
          const u = left.words[e];
          if (u === w) continue;
          const d = classOf[u];
          if (toLeft[d] === 0) touchedLeft.push(d);
          toLeft[d] += left.counts[e];
        }
        // toRight[c]/toLeft[c] for the candidate classes themselves are read by gain() even when untouched (0).
        place(w, from, self, -1);
        let best = from;
        let bestGain = gain(w, from, self);
        for (let c = parent * B; c < parent * B + B; c++) {
          if (c === from) continue;
          const g = gain(w, c, self);
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = c;
          }
        }
        place(w, best, self, 1);
        if (best !== from) {
          classOf[w] = best;
          moved++;
        }
        for (const d of touchedRight) toRight[d] = 0;
        for (const d of touchedLeft) toLeft[d] = 0;
      }
      log?.(`  level of ${K} classes, pass ${pass}: ${moved.toLocaleString('en')} words moved`);
      if (moved < V * 0.002) break;
    }
  }
  const out = new Map<number, number>();
  vocabulary.forEach((w, k) => out.set(foldedHash(w), classOf[k]));
  return out;
}

interface Adjacency {
  starts: Int32Array;
  words: Int32Array;
  counts: Float64Array;
}

/** CSR lists of each word's neighbours on one side, from pair keys split by `ends` into [word, neighbour]. */
function adjacency(pairs: Map<number, number>, V: number, ends: (key: number) => [number, number]): Adjacency {
  const starts = new Int32Array(V + 1);
  for (const key of pairs.keys()) starts[ends(key)[0] + 1]++;
  for (let w = 0; w < V; w++) starts[w + 1] += starts[w];
  const fill = starts.slice(0, V);
  const words = new Int32Array(pairs.size);
  const counts = new Float64Array(pairs.size);
  for (const [key, count] of pairs) {
    const [w, v] = ends(key);
    words[fill[w]] = v;
    counts[fill[w]++] = count;
  }
  return { starts, words, counts };
}
