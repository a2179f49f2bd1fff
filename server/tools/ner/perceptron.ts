// Averaged structured perceptron (Collins 2002) over the tagger's hashed features, first-order transitions and
// BIO-constrained, corpus-masked Viterbi. Features get dense ids while training; the result is quantised into the
// sparse int16 rows of modelFile.ts.

import { createFeatureExtractor, FEATURE_COUNT, frequenciesFrom, frequencyBucket, wordHash, type Gazetteer } from '../../src/analysis/ner/features';
import { LABEL_COUNT } from '../../src/analysis/ner/labels';
import type { NerModelData } from '../../src/analysis/ner/modelFile';
import { viterbi } from '../../src/analysis/ner/viterbi';
import { seededRandom, type Sentence } from './corpora';

export interface TrainOptions {
  epochs: number;
  seed: number;
  gazetteer: Gazetteer;
  gazetteerEntries: [string, string][];
  trainedOn: string;
  /**
   * Probability of hiding a token's word-identity features (the word itself and the pairs containing it) from an
   * update: forces the context, affix and gazetteer features to learn to recognise names never seen in training.
   */
  wordDropout: number;
  log: (line: string) => void;
  /** Called after each epoch with the averaged model so far (for dev curves). */
  afterEpoch?: (epoch: number, model: () => NerModelData) => void;
}

/** Positions (in features.ts order) of the features that name the word itself: word, w-1|w, w|w+1, gazetteer|w. */
const WORD_IDENTITY_TEMPLATES = [1, 6, 7, 26];

export function trainPerceptron(sentences: readonly Sentence[], options: TrainOptions): NerModelData {
  const L = LABEL_COUNT;
  const K = FEATURE_COUNT;
  const started = Date.now();
  const vocabulary = trainingVocabulary(sentences);
  const extractFeatures = createFeatureExtractor(options.gazetteer, frequenciesFrom(vocabulary.keys, vocabulary.buckets));
  const ids = new Map<number, number>();
  const hashes: number[] = [];
  const featureIds = sentences.map((sentence) => {
    const features = extractFeatures(sentence.words);
    const out = new Int32Array(features.length);
    for (let f = 0; f < features.length; f++) {
      let id = ids.get(features[f]);
      if (id === undefined) {
        id = hashes.length;
        ids.set(features[f], id);
        hashes.push(features[f]);
      }
      out[f] = id;
    }
    return out;
  });
  const D = hashes.length;
  options.log(`features: ${D.toLocaleString('en')} distinct over ${sentences.reduce((a, s) => a + s.words.length, 0).toLocaleString('en')} tokens (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const weights = new Float64Array(D * L);
  const accumulated = new Float64Array(D * L); // Σ step × update, for lazy averaging
  const T = (L + 1) * L;
  const transitions = new Float64Array(T);
  const transitionsAccumulated = new Float64Array(T);
  let step = 1;

  const dropped = new Uint8Array(K);
  for (const t of WORD_IDENTITY_TEMPLATES) dropped[t] = 1;
  let hidden = new Uint8Array(0); // per token of the current sentence: 1 = word identity hidden

  const update = (ids: Int32Array, i: number, label: number, delta: number) => {
    for (let f = i * K, end = f + K; f < end; f++) {
      if (hidden[i] && dropped[f - i * K]) continue;
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

  const averaged = (): NerModelData => ({
    ...quantise(
      hashes, Float64Array.from(weights, (w, k) => w - accumulated[k] / step),
      Float64Array.from(transitions, (w, k) => w - transitionsAccumulated[k] / step), options,
    ),
    vocabularyKeys: vocabulary.keys,
    vocabularyBuckets: vocabulary.buckets,
  });

  const random = seededRandom(options.seed);
  const order = sentences.map((_, k) => k);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const sentence = sentences[index];
      const fids = featureIds[index];
      const n = sentence.words.length;
      const emissions = new Float64Array(n * L);
      hidden = new Uint8Array(n);
      for (let i = 0; i < n; i++) hidden[i] = random() < options.wordDropout ? 1 : 0;
      for (let i = 0; i < n; i++) {
        for (let f = i * K, end = f + K; f < end; f++) {
          if (hidden[i] && dropped[f - i * K]) continue;
          const base = fids[f] * L;
          for (let y = 0; y < L; y++) emissions[i * L + y] += weights[base + y];
        }
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
    options.log(`epoch ${epoch}: ${errors.toLocaleString('en')} token errors / ${tokens.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    options.afterEpoch?.(epoch, averaged);
  }
  return averaged();
}

/** The folded words the training text uses twice or more, with their frequency buckets, hashes ascending. */
function trainingVocabulary(sentences: readonly Sentence[]): { keys: Uint32Array; buckets: Uint8Array } {
  const counts = new Map<number, number>();
  for (const sentence of sentences) for (const word of sentence.words) {
    const hash = wordHash(word);
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  const kept = [...counts].filter(([, count]) => frequencyBucket(count) > 0).sort((a, b) => a[0] - b[0]);
  return { keys: Uint32Array.from(kept, ([hash]) => hash), buckets: Uint8Array.from(kept, ([, count]) => frequencyBucket(count)) };
}

/** Sparse int16 rows; weights that round to 0 are dropped. Keys ascending, so the file is deterministic. */
function quantise(hashes: readonly number[], weights: Float64Array, transitions: Float64Array, options: TrainOptions): Omit<NerModelData, 'vocabularyKeys' | 'vocabularyBuckets'> {
  const L = LABEL_COUNT;
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (const w of transitions) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs === 0 ? 1 : 32767 / maxAbs;
  const order = hashes.map((_, d) => d).sort((a, b) => hashes[a] - hashes[b]);
  const keys: number[] = [];
  const offsets: number[] = [0];
  const entryLabels: number[] = [];
  const entryWeights: number[] = [];
  for (const d of order) {
    const before = entryLabels.length;
    for (let y = 0; y < L; y++) {
      const q = Math.round(weights[d * L + y] * scale);
      if (q !== 0) {
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
    gazetteer: options.gazetteerEntries,
    trainedOn: options.trainedOn,
    keys: Uint32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    entryLabels: Uint8Array.from(entryLabels),
    entryWeights: Int16Array.from(entryWeights),
    transitions: Int16Array.from(transitions, (w) => Math.round(w * scale)),
  };
}
