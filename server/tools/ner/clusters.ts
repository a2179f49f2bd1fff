// Word clusters learnt from the training corpora's raw text, for the tagger's cluster features (features.ts). Words
// that appear in the same contexts (the same words one and two either side) land in one cluster: surnames with
// surnames, city names with city names, months with months. A name the labels never saw but the text did still
// fires its cluster's features.
//
// How: count each word's neighbours among the most frequent words (position-aware, ±1 and ±2), weight the counts by
// positive pointwise mutual information (with the context distribution smoothed, Levy et al. 2015), and cluster the
// sparse unit PPMI rows by spherical k-means (cosine; exact, where a random projection's noise drowned the small
// cosines between such sparse rows) three times over: 16 clusters, 8 within each, 8 within each of
// those. A word's cluster is the 10-bit path (4 + 3 + 3 bits), so the features can read it at 16, 128 and 1024
// granularities, like Brown-cluster prefixes. Seeded: the same text gives the same clusters.

import { foldedHash } from '../../src/analysis/ner/features';
import { normalizeWord } from '../../src/analysis/ner/normalize';
import { seededRandom } from './corpora';

const MIN_COUNT = 3;
const CONTEXT_WORDS = 2000;
const BRANCHING = [16, 8, 8];
const ITERATIONS = 12;

/** Folded word hash → 10-bit cluster path, for every word used MIN_COUNT times or more in the distinct sentences. */
export function wordClusters(sentences: readonly (readonly string[])[], seed: number): Map<number, number> {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const texts: string[][] = [];
  for (const words of sentences) {
    const folded = words.map(normalizeWord);
    const key = folded.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(folded);
  }
  const counts = new Map<string, number>();
  for (const words of texts) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const targets = byFrequency.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
  const targetIndex = new Map(targets.map((w, k) => [w, k]));
  // Context k (0 = the sentence boundary) at offset slot s (−2, −1, +1, +2) is dimension s * (C + 1) + k.
  const contextIndex = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], k) => [w, k + 1]));
  const C = CONTEXT_WORDS + 1;
  const OFFSETS = [-2, -1, 1, 2];
  const pairs = new Map<number, number>(); // target * 4C + dimension → count
  for (const words of texts) {
    for (let i = 0; i < words.length; i++) {
      const t = targetIndex.get(words[i]);
      if (t === undefined) continue;
      OFFSETS.forEach((offset, slot) => {
        const j = i + offset;
        const k = j < 0 || j >= words.length ? 0 : contextIndex.get(words[j]);
        if (k === undefined) return;
        const key = t * 4 * C + slot * C + k;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      });
    }
  }
  const V = targets.length;
  const D = 4 * C;
  const rowSums = new Float64Array(V);
  const columnSums = new Float64Array(D);
  for (const [key, count] of pairs) {
    rowSums[Math.floor(key / D)] += count;
    columnSums[key % D] += count;
  }
  let smoothedTotal = 0;
  const smoothed = Float64Array.from(columnSums, (c) => c ** 0.75);
  for (const x of smoothed) smoothedTotal += x;
  // Each word's PPMI row, sparse (CSR) and of unit length.
  const rowEntries: [number, number][][] = Array.from({ length: V }, () => []);
  for (const [key, count] of pairs) {
    const t = Math.floor(key / D);
    const d = key % D;
    const pmi = Math.log((count / rowSums[t]) / (smoothed[d] / smoothedTotal));
    if (pmi > 0) rowEntries[t].push([d, pmi]);
  }
  const starts = new Int32Array(V + 1);
  for (let t = 0; t < V; t++) starts[t + 1] = starts[t] + rowEntries[t].length;
  const dims = new Int32Array(starts[V]);
  const values = new Float32Array(starts[V]);
  for (let t = 0; t < V; t++) {
    const row = rowEntries[t].sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(row.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
    row.forEach(([d, v], k) => {
      dims[starts[t] + k] = d;
      values[starts[t] + k] = v / norm;
    });
  }
  const rows: SparseRows = { starts, dims, values, width: D };

  const paths = new Uint16Array(V);
  let groups: number[][] = [Array.from({ length: V }, (_, t) => t)];
  let bits = 0;
  for (const k of BRANCHING) {
    const width = Math.log2(k);
    bits += width;
    const next: number[][] = [];
    for (const members of groups) {
      const assignment = sphericalKMeans(rows, members, k, random);
      const split: number[][] = Array.from({ length: k }, () => []);
      members.forEach((t, m) => {
        split[assignment[m]].push(t);
        paths[t] = (paths[t] << width) | assignment[m];
      });
      next.push(...split);
    }
    groups = next;
  }
  if (bits !== 10) throw new Error('cluster paths must be 10 bits');
  const out = new Map<number, number>();
  targets.forEach((w, t) => out.set(foldedHash(w), paths[t]));
  return out;
}

interface SparseRows {
  starts: Int32Array;
  dims: Int32Array;
  values: Float32Array;
  width: number;
}

function dot(rows: SparseRows, t: number, centres: Float64Array, at: number): number {
  let s = 0;
  for (let e = rows.starts[t], end = rows.starts[t + 1]; e < end; e++) s += rows.values[e] * centres[at + rows.dims[e]];
  return s;
}

/**
 * Spherical k-means over sparse unit rows (dense centres: a dot product costs only the row's entries). The cluster
 * of each member, by its position in `members`; with no more members than clusters, each its own.
 */
function sphericalKMeans(rows: SparseRows, members: readonly number[], k: number, random: () => number): Uint8Array {
  const n = members.length;
  const assignment = new Uint8Array(n);
  if (n <= k) {
    for (let m = 0; m < n; m++) assignment[m] = m;
    return assignment;
  }
  const X = rows.width;
  const centres = new Float64Array(k * X);
  const place = (c: number, t: number) => {
    for (let e = rows.starts[t], end = rows.starts[t + 1]; e < end; e++) centres[c * X + rows.dims[e]] += rows.values[e];
  };
  // k-means++ seeding over cosine distance.
  const nearest = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    place(c, members[chosen]);
    let sum = 0;
    for (let m = 0; m < n; m++) {
      const d = 1 - dot(rows, members[m], centres, c * X);
      if (d < nearest[m]) nearest[m] = d;
      sum += Math.max(0, nearest[m]);
    }
    let target = random() * sum;
    chosen = n - 1;
    for (let m = 0; m < n; m++) {
      target -= Math.max(0, nearest[m]);
      if (target <= 0) {
        chosen = m;
        break;
      }
    }
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let m = 0; m < n; m++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(rows, members[m], centres, c * X);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assignment[m] !== arg || iteration === 0) moved++;
      assignment[m] = arg;
    }
    if (moved === 0) break;
    centres.fill(0);
    for (let m = 0; m < n; m++) place(assignment[m], members[m]);
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let x = c * X; x < c * X + X; x++) norm += centres[x] * centres[x];
      norm = Math.sqrt(norm) || 1;
      for (let x = c * X; x < c * X + X; x++) centres[x] /= norm;
    }
  }
  return assignment;
}
