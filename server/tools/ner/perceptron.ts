// Averaged structured perceptron (Collins 2002) over the tagger's hashed features, first-order transitions and
// BIO-constrained, corpus-masked Viterbi. Features get dense ids while training; the result is pruned, quantised to
// int16 and laid out as modelFile.ts's lookup table. Word clusters (clusters.ts) and the training names'
// gazetteer (trainingNames.ts) are derived from the training sentences themselves.

import {
  ABSENT_FEATURE, buildGazetteer, createFeatureExtractor, FEATURE_COUNT, frequencyBucket, lexiconFrom, NO_CLUSTER, WORD_IDENTITY_FEATURES, wordHash,
} from '../../src/analysis/ner/features';
import { LABEL_COUNT } from '../../src/analysis/ner/labels';
import { classesFingerprint, tableOf, type NerModelData } from '../../src/analysis/ner/modelFile';
import type { ClusterTable } from '../../src/analysis/ner/clusterFile';
import { viterbi } from '../../src/analysis/ner/viterbi';
import { wordClusters } from './clusters';
import { seededRandom, type Sentence } from './corpora';
import { sentenceHalf, trainingNames } from './trainingNames';
import { crfStep, type CrfState } from './crf';
import { phraseHeads } from './phraseHeads';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** The fixed gazetteer (country names, demonyms). */
  gazetteerEntries: [string, string][];
  /** Whether to add the names the training labels mark (trainingNames.ts), jackknifed while training. */
  trainingNames: boolean;
  trainedOn: string;
  /** The bigram word classes (server/data/ner-clusters.bin) the features read; the tagger must be given the same. */
  classes?: ClusterTable;
  /**
   * Probability of hiding a token's word-identity features (the word itself and the pairs containing it) from an
   * update: forces the context, affix and gazetteer features to learn to recognise names never seen in training.
   */
  wordDropout: number;
  /**
   * Averaged weights smaller than this (in perceptron updates) are left out of the model: most of the hashed
   * features are rare and their weights tiny, and every feature kept costs file size and load time.
   */
  prune?: number;
  log: (line: string) => void;
  /** 'crf': conditional log-likelihood with AdaGrad steps (crf.ts) instead of perceptron updates. */
  objective?: 'perceptron' | 'crf';
  /** The CRF's AdaGrad base step. */
  learningRate?: number;
  /** Called after each epoch with the averaged model so far (for dev curves). */
  afterEpoch?: (epoch: number, model: () => NerModelData) => void;
  /**
   * How many perceptrons to train, each from zero with its own shuffle order and dropout (the seed + 7919 × run),
   * whose averaged weights are averaged into the one shipped table: a bagging of orders, at no cost in tagging.
   */
  runs?: number;
  /** Whether the gazetteer also holds the words that lead names (phraseHeads.ts), for the head-to-the-left features. */
  phraseHeads?: boolean;
}

export function trainPerceptron(sentences: readonly Sentence[], options: TrainOptions): NerModelData {
  const L = LABEL_COUNT;
  const K = FEATURE_COUNT;
  const started = Date.now();
  const clusters = wordClusters(sentences.map((s) => s.words), options.seed);
  const vocabulary = trainingVocabulary(sentences, clusters);
  options.log(`word clusters: ${clusters.size.toLocaleString('en')} words (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const lexicon = lexiconFrom(vocabulary.keys, vocabulary.buckets, vocabulary.clusters);
  const heads = options.phraseHeads ? phraseHeads(sentences) : [];
  if (options.phraseHeads) options.log(`phrase heads: ${heads.length} words that lead names`);
  const gazetteerEntries = [...(options.trainingNames ? [...options.gazetteerEntries, ...trainingNames(sentences)] : options.gazetteerEntries), ...heads];
  const halves = sentences.map(sentenceHalf);
  const extractors = [0, 1].map((half) => createFeatureExtractor(buildGazetteer(options.trainingNames
    ? [...options.gazetteerEntries, ...trainingNames(sentences.filter((_, k) => halves[k] !== half)), ...heads]
    : [...options.gazetteerEntries, ...heads]), lexicon, options.classes));
  if (options.trainingNames) options.log(`gazetteer: ${gazetteerEntries.length.toLocaleString('en')} phrases with the training names`);
  const ids = denseIds();
  const featureIds = sentences.map((sentence, k) => {
    const features = extractors[halves[k]].extract(sentence.words);
    const out = new Int32Array(features.length);
    for (let f = 0; f < features.length; f++) out[f] = ids.idOf(features[f]);
    return out;
  });
  // The context features that are not there (features.ts ABSENT_FEATURE) share one id whose weights stay 0.
  const absentId = ids.idOf(ABSENT_FEATURE);
  const hashes = ids.hashes();
  const D = hashes.length;
  options.log(`features: ${D.toLocaleString('en')} distinct over ${sentences.reduce((a, s) => a + s.words.length, 0).toLocaleString('en')} tokens (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const weights = new Float64Array(D * L);
  const accumulated = new Float64Array(D * L); // Σ step × update, for lazy averaging
  const T = (L + 1) * L;
  const transitions = new Float64Array(T);
  const transitionsAccumulated = new Float64Array(T);
  let step = 1;

  const dropped = new Uint8Array(K);
  for (const t of WORD_IDENTITY_FEATURES) dropped[t] = 1;
  let hidden = new Uint8Array(0); // per token of the current sentence: 1 = word identity hidden

  const update = (ids: Int32Array, i: number, label: number, delta: number) => {
    for (let f = i * K, end = f + K; f < end; f++) {
      if ((hidden[i] && dropped[f - i * K]) || ids[f] === absentId) continue;
      const at = ids[f] * L + label;
      weights[at] += delta;
      accumulated[at] += step * delta;
    }
  };
  const updateTransition = (previous: number, label: number, delta: number) => {
    const at = (previous + 1) * L + label;
    transitions[at] += delta;
    transitionsAccumulated[at] += step * delta;
  };

  // The finished runs' averaged weights, summed (runs > 1).
  const runs = options.runs ?? 1;
  const finished = runs > 1 ? { weights: new Float64Array(D * L), transitions: new Float64Array(T), count: 0 } : undefined;

  const averaged = (): NerModelData => {
    // w − Σ(step × update)/step: the average of the weights over every step so far (lazy averaging), then the
    // mean of that and the finished runs' averages.
    const count = (finished?.count ?? 0) + 1;
    const average = new Float64Array(weights.length);
    for (let k = 0; k < weights.length; k++) average[k] = (weights[k] - accumulated[k] / step + (finished ? finished.weights[k] : 0)) / count;
    const averageTransitions = new Float64Array(T);
    for (let k = 0; k < T; k++) averageTransitions[k] = (transitions[k] - transitionsAccumulated[k] / step + (finished ? finished.transitions[k] : 0)) / count;
    return {
      ...quantise(hashes, average, averageTransitions, gazetteerEntries, options),
      vocabularyKeys: vocabulary.keys,
      vocabularyBuckets: vocabulary.buckets,
      vocabularyClusters: vocabulary.clusters,
    };
  };

  const crf: CrfState | undefined = options.objective === 'crf' ? {
    L, K, weights, squares: new Float32Array(D * L), transitions, transitionSquares: new Float64Array(T),
    learningRate: options.learningRate ?? 0.1,
    onWeight: (at, delta) => { accumulated[at] += step * delta; },
    onTransition: (at, delta) => { transitionsAccumulated[at] += step * delta; },
  } : undefined;
  for (let run = 0; run < runs; run++) {
    if (run > 0) {
      weights.fill(0);
      accumulated.fill(0);
      transitions.fill(0);
      transitionsAccumulated.fill(0);
      step = 1;
    }
    const random = seededRandom(options.seed + 7919 * run);
    const order = sentences.map((_, k) => k);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [order[k], order[j]] = [order[j], order[k]];
      }
      let errors = 0;
      let tokens = 0;
      let loss = 0;
      for (const index of order) {
        const sentence = sentences[index];
        const fids = featureIds[index];
        const n = sentence.words.length;
        const emissions = new Float64Array(n * L);
        hidden = new Uint8Array(n);
        for (let i = 0; i < n; i++) hidden[i] = random() < options.wordDropout ? 1 : 0;
        for (let i = 0; i < n; i++) {
          for (let f = i * K, end = f + K; f < end; f++) {
            if ((hidden[i] && dropped[f - i * K]) || fids[f] === absentId) continue;
            const base = fids[f] * L;
            for (let y = 0; y < L; y++) emissions[i * L + y] += weights[base + y];
          }
        }
        if (crf) {
          const base = fids;
          loss += crfStep(crf, base, sentence.labels, sentence.mask, emissions, n, (f) => !(hidden[(f / K) | 0] && dropped[f % K]) && base[f] !== absentId);
          tokens += n;
          step++;
          continue;
        }
        const predicted = viterbi(emissions, n, L, transitions, sentence.mask);
        const gold = sentence.labels;
        tokens += n;
        let wrong = false;
        for (let i = 0; i < n; i++) {
          if (predicted[i] !== gold[i]) {
            errors++;
            wrong = true;
            update(fids, i, gold[i], 1);
            update(fids, i, predicted[i], -1);
          }
        }
        if (wrong) {
          for (let i = 0; i < n; i++) {
            const gp = i === 0 ? -1 : gold[i - 1];
            const pp = i === 0 ? -1 : predicted[i - 1];
            if (gp !== pp || gold[i] !== predicted[i]) {
              updateTransition(gp, gold[i], 1);
              updateTransition(pp, predicted[i], -1);
            }
          }
        }
        step++;
      }
      if (crf) options.log(`epoch ${epoch}: loss ${(loss / tokens).toFixed(4)} per token (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      else options.log(`epoch ${epoch}: ${errors.toLocaleString('en')} token errors / ${tokens.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      options.afterEpoch?.(epoch, averaged);
    }
    if (finished && run < runs - 1) {
      for (let k = 0; k < weights.length; k++) finished.weights[k] += weights[k] - accumulated[k] / step;
      for (let k = 0; k < T; k++) finished.transitions[k] += transitions[k] - transitionsAccumulated[k] / step;
      finished.count++;
      options.log(`run ${run + 1} of ${runs} done`);
    }
  }
  return averaged();
}

/**
 * Dense ids for feature hashes, in order of first sight: an open-addressing table over typed arrays (a Map keyed by
 * uint32 hashes boxes most of them, and training meets tens of millions of lookups).
 */
function denseIds() {
  let keys = new Uint32Array(1 << 22);
  let values = new Int32Array(1 << 22).fill(-1);
  let list = new Uint32Array(1 << 20);
  let count = 0;
  const insert = (key: number, id: number) => {
    const mask = values.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (values[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    values[slot] = id;
  };
  return {
    idOf(key: number): number {
      const mask = values.length - 1;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      for (;;) {
        const id = values[slot];
        if (id === -1) break;
        if (keys[slot] === key) return id;
        slot = (slot + 1) & mask;
      }
      if (count * 2 >= values.length) {
        keys = new Uint32Array(values.length * 2);
        values = new Int32Array(values.length * 2).fill(-1);
        for (let id = 0; id < count; id++) insert(list[id], id);
      }
      if (count === list.length) {
        const grown = new Uint32Array(list.length * 2);
        grown.set(list);
        list = grown;
      }
      list[count] = key;
      insert(key, count);
      return count++;
    },
    hashes: (): number[] => Array.from(list.subarray(0, count)),
  };
}

/** The folded words the training text uses twice or more or that have a cluster, with frequency buckets and clusters, hashes ascending. */
function trainingVocabulary(sentences: readonly Sentence[], clusters: ReadonlyMap<number, number>): { keys: Uint32Array; buckets: Uint8Array; clusters: Uint16Array } {
  const counts = new Map<number, number>();
  for (const sentence of sentences) for (const word of sentence.words) {
    const hash = wordHash(word);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  const kept = [...counts].filter(([hash, count]) => frequencyBucket(count) > 0 || clusters.has(hash)).sort((a, b) => a[0] - b[0]);
  return {
    keys: Uint32Array.from(kept, ([hash]) => hash),
    buckets: Uint8Array.from(kept, ([, count]) => frequencyBucket(count)),
    clusters: Uint16Array.from(kept, ([hash]) => clusters.get(hash) ?? NO_CLUSTER),
  };
}

/** Sparse int16 rows; weights that round to 0 are dropped. Keys ascending, so the file is deterministic. */
function quantise(hashes: readonly number[], weights: Float64Array, transitions: Float64Array, gazetteer: [string, string][], options: TrainOptions): Omit<NerModelData, 'vocabularyKeys' | 'vocabularyBuckets' | 'vocabularyClusters'> {
  const L = LABEL_COUNT;
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (const w of transitions) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs === 0 ? 1 : 32767 / maxAbs;
  const order = Uint32Array.from(hashes, (_, d) => d).sort((a, b) => hashes[a] - hashes[b]);
  const keys: number[] = [];
  const offsets: number[] = [0];
  const entryLabels: number[] = [];
  const entryWeights: number[] = [];
  const prune = options.prune ?? 0;
  for (const d of order) {
    const before = entryLabels.length;
    for (let y = 0; y < L; y++) {
      const w = weights[d * L + y];
      const q = Math.round(w * scale);
      if (q !== 0 && Math.abs(w) >= prune) {
        entryLabels.push(y);
        entryWeights.push(q);
      }
    }
    if (entryLabels.length > before) {
      keys.push(hashes[d]);
      offsets.push(entryLabels.length);
    }
  }
  return {
    labelCount: L,
    featureCount: FEATURE_COUNT,
    scale,
    gazetteer: buildGazetteer(gazetteer),
    trainedOn: options.trainedOn,
    classes: classesFingerprint(options.classes),
    ...tableOf({
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      labels: Uint8Array.from(entryLabels),
      weights: Int16Array.from(entryWeights),
    }),
    transitions: Int16Array.from(transitions, (w) => Math.round(w * scale)),
  };
}
