// The trained tagger in the editor: the model file read once, lazily, with an open-addressing table from feature
// hash to its sparse weight row, and tagging = sum the rows of each token's features, then Viterbi.

import { loadData } from '../data';
import { buildGazetteer, createFeatureExtractor, FEATURE_COUNT, frequenciesFrom, type Gazetteer } from './features';
import { ALL_LABELS, LABEL_COUNT } from './labels';
import { decodeModel, type NerModelData } from './modelFile';
import { viterbi } from './viterbi';

export const NER_MODEL_FILE = 'ner-model.bin';

export interface Tagger {
  model: NerModelData;
  gazetteer: Gazetteer;
  /** Labels (see labels.ts) for a token sequence; `mask` limits decoding to the labels a corpus annotates. */
  tag(words: readonly string[], mask?: Uint8Array): Uint8Array;
}

export function createTagger(model: NerModelData): Tagger {
  if (model.labelCount !== LABEL_COUNT || model.featureCount !== FEATURE_COUNT) {
    throw new Error('Dabir: ner-model.bin does not match this version of the tagger; run "npm run train:ner"');
  }
  const L = model.labelCount;
  const F = model.keys.length;
  let size = 1;
  while (size < F * 2) size <<= 1;
  const mask = size - 1;
  // Tagging is bound by memory latency (32 random lookups per token), so each lookup should touch as few cache
  // lines as possible: a slot holds the key and its row side by side, and a row's entries pack label and weight
  // into one int32 (weight << 8 | label).
  const table = new Uint32Array(size * 2); // [key, row + 1]; row + 1 = 0 marks an empty slot
  for (let k = 0; k < F; k++) {
    let slot = model.keys[k] & mask;
    while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = model.keys[k];
    table[slot * 2 + 1] = k + 1;
  }
  const { offsets } = model;
  const entries = new Int32Array(model.entryLabels.length);
  for (let e = 0; e < entries.length; e++) entries[e] = (model.entryWeights[e] << 8) | model.entryLabels[e];
  const transitions = Float64Array.from(model.transitions);
  const gazetteer = buildGazetteer(model.gazetteer);
  const extractFeatures = createFeatureExtractor(gazetteer, frequenciesFrom(model.vocabularyKeys, model.vocabularyBuckets));

  function tag(words: readonly string[], labelMask: Uint8Array = ALL_LABELS): Uint8Array {
    const n = words.length;
    const features = extractFeatures(words);
    const emissions = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
        const key = features[f];
        let slot = key & mask;
        let found = table[slot * 2 + 1];
        while (found !== 0 && table[slot * 2] !== key) {
          slot = (slot + 1) & mask;
          found = table[slot * 2 + 1];
        }
        if (found === 0) continue;
        for (let e = offsets[found - 1], stop = offsets[found]; e < stop; e++) {
          const entry = entries[e];
          emissions[row + (entry & 0xff)] += entry >> 8;
        }
      }
    }
    return viterbi(emissions, n, L, transitions, labelMask);
  }

  return { model, gazetteer, tag };
}

let shared: Tagger | undefined;

/** The shipped model, loaded on first use. */
export function sharedTagger(): Tagger {
  shared ??= createTagger(decodeModel(loadData(NER_MODEL_FILE)));
  return shared;
}
