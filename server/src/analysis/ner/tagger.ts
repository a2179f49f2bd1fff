// The trained tagger in the editor: the model file read once, lazily, with an open-addressing table from feature
// hash to its sparse weight row, and tagging = sum the rows of each token's features, then Viterbi.

import { loadData } from '../data';
import { buildGazetteer, extractFeatures, FEATURE_COUNT, frequenciesFrom, type Gazetteer } from './features';
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
  // slot → feature index + 1 (0 = empty); the key itself is read back from model.keys.
  const table = new Int32Array(size);
  for (let k = 0; k < F; k++) {
    let slot = model.keys[k] & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  }
  const transitions = Float64Array.from(model.transitions);
  const gazetteer = buildGazetteer(model.gazetteer);
  const frequencies = frequenciesFrom(model.vocabularyKeys, model.vocabularyBuckets);
  const { keys, offsets, entryLabels, entryWeights } = model;

  function tag(words: readonly string[], labelMask: Uint8Array = ALL_LABELS): Uint8Array {
    const n = words.length;
    const features = extractFeatures(words, gazetteer, frequencies);
    const emissions = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
        const key = features[f];
        let slot = key & mask;
        let found = table[slot];
        while (found !== 0 && keys[found - 1] !== key) {
          slot = (slot + 1) & mask;
          found = table[slot];
        }
        if (found === 0) continue;
        for (let e = offsets[found - 1], stop = offsets[found]; e < stop; e++) emissions[row + entryLabels[e]] += entryWeights[e];
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
