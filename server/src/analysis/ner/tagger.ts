// The trained tagger in the editor: the model file read once, lazily, and used as it lies (modelFile.ts). Tagging a
// sentence = for each token, add the weight sums of the one-word feature groups of itself and its neighbours
// (computed once per distinct word and kept with the word's cached features: running text repeats its words), look
// up the few context features that combine words, then Viterbi.

import { loadData } from '../data';
import {
  ABSENT_FEATURE, BOUNDARY_WORD, CONTEXT_FEATURES, createFeatureExtractor, FEATURE_COUNT, lexiconFrom,
  rarityOf, TOKEN_WORD_GROUPS, WORD_GROUP_COUNT, WORD_GROUP_OFFSETS, wordHashOf, type DescribedSentence, type Gazetteer,
  type WordInfo,
} from './features';
import { applyNameMemory, emptyNameMemory, rememberNames, type NameMemory } from './consistency';
import { ALL_LABELS, LABEL_COUNT } from './labels';
import { decodeClusters, type ClusterTable } from './clusterFile';
import { classesFingerprint, decodeModel, type NerModelData } from './modelFile';
import { viterbi } from './viterbi';

export const NER_MODEL_FILE = 'ner-model.bin';
/** The word classes the model's features read (see server/tools/train-ner-clusters.ts). */
export const NER_CLUSTERS_FILE = 'ner-clusters.bin';

export interface Tagger {
  model: NerModelData;
  gazetteer: Gazetteer;
  /**
   * Labels (see labels.ts) for a token sequence, its names made consistent within it (consistency.ts); `mask`
   * limits decoding to the labels a corpus annotates.
   */
  tag(words: readonly string[], mask?: Uint8Array): Uint8Array;
  /** Labels for several sequences of one text (sentences of a document), names made consistent across them. */
  tagDocument(sequences: readonly (readonly string[])[], mask?: Uint8Array): Uint8Array[];
  /**
   * `tag`, and what the sequence tells the rest of its document: its words' folded hashes and the names its labels
   * mark (documentNames.ts makes a document's paragraphs agree, as `tagDocument` makes sentences agree).
   */
  tagNamed(words: readonly string[], mask?: Uint8Array): NamedSequence;
  /** Labels decoded again with names found elsewhere in the document (the second pass, with their memory). */
  retag(words: readonly string[], names: NameMemory, mask?: Uint8Array): Uint8Array;
  /** The emission scores (n × labels, in the model's integer units) that `tag` decodes. */
  emissions(words: readonly string[]): Float64Array;
}

export interface NamedSequence {
  labels: Uint8Array;
  hashes: Uint32Array;
  names: NameMemory;
}

export interface TaggerOptions {
  /** The consistency bonus in weight units (one perceptron update); 0 turns the second pass off. */
  nameBonus?: number;
  /** Subtracted from every token's O score (weight units): the perceptron's models miss more names than they invent. */
  outsidePenalty?: number;
  /** The highest rarity (features.ts rarityOf) at which a person's last word is remembered alone. */
  rareSurname?: number;
}

/** Chosen on PEYMA dev (`npm run eval:ner -- --name-bonus=N`). */
export const NAME_BONUS = 100;
export const RARE_SURNAME = 3;
export const OUTSIDE_PENALTY = 0;

export function createTagger(model: NerModelData, options: TaggerOptions = {}, classes?: ClusterTable): Tagger {
  if (model.labelCount !== LABEL_COUNT || model.featureCount !== FEATURE_COUNT) {
    throw new Error('Dabir: ner-model.bin does not match this version of the tagger; run "npm run train:ner"');
  }
  if (model.classes !== classesFingerprint(classes)) {
    throw new Error('Dabir: ner-model.bin was trained with other word classes than ner-clusters.bin; run "npm run train:ner"');
  }
  const L = model.labelCount;
  const { table, entries } = model;
  const mask = (table.length >>> 1) - 1;
  const transitions = Float64Array.from(model.transitions);
  const bonus = (options.nameBonus ?? NAME_BONUS) * model.scale;
  const rareSurname = options.rareSurname ?? RARE_SURNAME;
  const outsidePenalty = (options.outsidePenalty ?? OUTSIDE_PENALTY) * model.scale;
  const { gazetteer } = model;
  const extractor = createFeatureExtractor(gazetteer, lexiconFrom(model.vocabularyKeys, model.vocabularyBuckets, model.vocabularyClusters), classes);
  const context = new Uint32Array(CONTEXT_FEATURES);

  /** Adds feature `key`'s weights to scores[at …]. */
  function addWeights(key: number, scores: Int32Array | Float64Array, at: number): void {
    let slot = key & mask;
    for (;;) {
      const row = table[slot * 2 + 1];
      if (row === 0) return;
      if (table[slot * 2] === key) {
        for (let e = row & 0xffffff, stop = e + (row >>> 24); e < stop; e++) {
          const entry = entries[e];
          scores[at + (entry & 0xff)] += entry >> 8;
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  function groupScores(info: WordInfo): Int32Array {
    if (info.scores) return info.scores;
    const scores = new Int32Array(WORD_GROUP_COUNT * L);
    for (let g = 0; g < WORD_GROUP_COUNT; g++) {
      for (let h = WORD_GROUP_OFFSETS[g]; h < WORD_GROUP_OFFSETS[g + 1]; h++) addWeights(info.groups[h], scores, g * L);
    }
    info.scores = scores;
    return scores;
  }
  const boundary = groupScores({ ...BOUNDARY_WORD, scores: undefined });
  const groupStarts = Int32Array.from(TOKEN_WORD_GROUPS, ([group]) => group * L);
  const groupOffsets = Int32Array.from(TOKEN_WORD_GROUPS, ([, offset]) => offset);
  const G = groupStarts.length;
  let buffer = new Float64Array(256 * L);

  /** Scores into out[0 … n × L), which the caller has zeroed. */
  function score(words: readonly string[], out: Float64Array): DescribedSentence {
    const n = words.length;
    const sentence = extractor.describe(words);
    const { infos } = sentence;
    const perWord: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) perWord[i] = groupScores(infos[i]);
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let g = 0; g < G; g++) {
        const j = i + groupOffsets[g];
        const scores = j >= 0 && j < n ? perWord[j] : boundary;
        for (let y = 0, from = groupStarts[g]; y < L; y++) out[row + y] += scores[from + y];
      }
      extractor.context(sentence, i, context, 0);
      for (let f = 0; f < CONTEXT_FEATURES; f++) if (context[f] !== ABSENT_FEATURE) addWeights(context[f], out, row);
      out[row] -= outsidePenalty;
    }
    return sentence;
  }

  /** First pass: decode, and remember the names found. */
  function firstPass(words: readonly string[], out: Float64Array, labelMask: Uint8Array, memory: NameMemory) {
    const { infos } = score(words, out);
    const labels = viterbi(out, words.length, L, transitions, labelMask);
    const hashes = new Uint32Array(infos.length);
    for (let i = 0; i < infos.length; i++) hashes[i] = wordHashOf(infos[i]);
    const rare = (k: number) => rarityOf(infos[k]) <= rareSurname;
    if (bonus > 0) rememberNames(memory, hashes, labels, rare);
    return { hashes, labels, rare };
  }

  function secondPass(pass: { hashes: Uint32Array; labels: Uint8Array }, out: Float64Array, labelMask: Uint8Array, memory: NameMemory): Uint8Array {
    if (bonus <= 0 || !applyNameMemory(memory, pass.hashes, pass.labels, out, L, labelMask, bonus)) return pass.labels;
    return viterbi(out, pass.hashes.length, L, transitions, labelMask);
  }

  function emissions(words: readonly string[]): Float64Array {
    const out = new Float64Array(words.length * L);
    score(words, out);
    return out;
  }

  /** The shared emission buffer, zeroed for n words. */
  function zeroedBuffer(n: number): Float64Array {
    const size = n * L;
    if (buffer.length < size) buffer = new Float64Array(size * 2);
    buffer.fill(0, 0, size);
    return buffer;
  }

  function tag(words: readonly string[], labelMask: Uint8Array = ALL_LABELS): Uint8Array {
    const out = zeroedBuffer(words.length);
    const memory = emptyNameMemory();
    return secondPass(firstPass(words, out, labelMask, memory), out, labelMask, memory);
  }

  function tagNamed(words: readonly string[], labelMask: Uint8Array = ALL_LABELS): NamedSequence {
    const out = zeroedBuffer(words.length);
    const memory = emptyNameMemory();
    const pass = firstPass(words, out, labelMask, memory);
    const labels = secondPass(pass, out, labelMask, memory);
    // What the rest of the document learns is what this paragraph finally says, after its own second pass.
    const names = emptyNameMemory();
    if (bonus > 0) rememberNames(names, pass.hashes, labels, pass.rare);
    return { labels, hashes: pass.hashes, names };
  }

  function retag(words: readonly string[], names: NameMemory, labelMask: Uint8Array = ALL_LABELS): Uint8Array {
    const out = zeroedBuffer(words.length);
    return secondPass(firstPass(words, out, labelMask, emptyNameMemory()), out, labelMask, names);
  }

  function tagDocument(sequences: readonly (readonly string[])[], labelMask: Uint8Array = ALL_LABELS): Uint8Array[] {
    const memory = emptyNameMemory();
    const passes = sequences.map((words) => {
      const out = new Float64Array(words.length * L);
      return { out, ...firstPass(words, out, labelMask, memory) };
    });
    return passes.map((pass) => secondPass(pass, pass.out, labelMask, memory));
  }

  return { model, gazetteer, tag, tagDocument, tagNamed, retag, emissions };
}

let shared: Tagger | undefined;

/** The shipped model, loaded on first use. */
export function sharedTagger(): Tagger {
  shared ??= createTagger(decodeModel(loadData(NER_MODEL_FILE)), {}, decodeClusters(loadData(NER_CLUSTERS_FILE)));
  return shared;
}
