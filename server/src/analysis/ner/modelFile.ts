// The trained tagger as bytes: a small JSON header (label and feature counts, weight scale, gazetteer kinds) and
// then typed arrays that are used as they lie, without parsing or rebuilding: the open-addressing table from feature
// hash to its weight row, the rows' entries, the transitions, the vocabulary (word hash → frequency bucket and
// cluster) and the gazetteer (phrase hashes, see features.ts). Loading is a read and a few typed-array views. Writer and reader live together so that the format is
// defined once.
//
// The table has a power-of-two number of slots, two uint32 each: the feature hash, and its row as
// (entry count << 24 | first entry); 0 marks an empty slot (a stored row has at least one entry). A row's entries
// are int32, (weight << 8 | label) with the weight quantised to int16: a feature usually speaks for one or two
// labels, and tagging is bound by memory latency, so a lookup should touch as few cache lines as possible.

import { openBinary } from '../data';
import type { ClusterTable } from './clusterFile';
import type { Gazetteer } from './features';

const MAGIC = 0x52454e44; // "DNER" little-endian
const VERSION = 4;

export interface NerModelHeader {
  labelCount: number;
  featureCount: number;
  /** Real weight = stored int16 / scale. */
  scale: number;
  /** Free-form training facts, printed by the eval and kept for provenance. */
  trainedOn: string;
  /** classesFingerprint of the word-class table the model was trained with (0: none); the tagger needs the same. */
  classes: number;
}

interface StoredHeader extends NerModelHeader {
  gazetteerKinds: string[];
  gazetteerMaxWords: number;
}

export interface NerModelArrays {
  /** 2 × slots: [hash, count << 24 | first entry]. */
  table: Uint32Array;
  /** weight << 8 | label. */
  entries: Int32Array;
  /** (labelCount + 1) × labelCount: row 0 is the start of a sequence, row p+1 follows label p. */
  transitions: Int16Array;
  /** Hashes (features.ts wordHash) of the training text's words, ascending, with frequency buckets and clusters. */
  vocabularyKeys: Uint32Array;
  vocabularyBuckets: Uint8Array;
  vocabularyClusters: Uint16Array;
  gazetteer: Gazetteer;
}

export interface NerModelData extends NerModelHeader, NerModelArrays {}

/** Sparse weight rows as training produces them: keys ascending, row k = entries offsets[k] .. offsets[k+1]. */
export interface WeightRows {
  keys: Uint32Array;
  offsets: Uint32Array;
  labels: Uint8Array;
  weights: Int16Array;
}

/** The lookup table over the rows, at most 4/5 full (linear probing stays within a cache line or two). */
export function tableOf(rows: WeightRows): Pick<NerModelArrays, 'table' | 'entries'> {
  const F = rows.keys.length;
  let slots = 1;
  while (slots * 4 < F * 5) slots <<= 1;
  const mask = slots - 1;
  const table = new Uint32Array(slots * 2);
  const entries = new Int32Array(rows.labels.length);
  for (let e = 0; e < entries.length; e++) entries[e] = (rows.weights[e] << 8) | rows.labels[e];
  for (let k = 0; k < F; k++) {
    const count = rows.offsets[k + 1] - rows.offsets[k];
    if (count === 0 || count > 255 || rows.offsets[k] >= 1 << 24) throw new Error('NER model row does not fit the table');
    let slot = rows.keys[k] & mask;
    while (table[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = rows.keys[k];
    table[slot * 2 + 1] = ((count << 24) | rows.offsets[k]) >>> 0;
  }
  return { table, entries };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

export function encodeModel(model: NerModelData): Uint8Array {
  const { gazetteer } = model;
  const header = new TextEncoder().encode(JSON.stringify({
    labelCount: model.labelCount, featureCount: model.featureCount, scale: model.scale, trainedOn: model.trainedOn,
    classes: model.classes, gazetteerKinds: gazetteer.kinds, gazetteerMaxWords: gazetteer.maxWords,
  } satisfies StoredHeader));
  const arrays = [
    model.table, model.entries, model.transitions, model.vocabularyKeys, model.vocabularyBuckets, model.vocabularyClusters,
    gazetteer.phrases, gazetteer.kindOf, gazetteer.firstWords,
  ];
  const counts = [model.table.length, model.entries.length, model.vocabularyKeys.length, gazetteer.phrases.length, gazetteer.firstWords.length];
  const start = 12 + 4 * counts.length;
  const sizes = [start + align4(header.length), ...arrays.map((a) => align4(a.byteLength))];
  const bytes = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, header.length, true);
  counts.forEach((count, k) => view.setUint32(12 + 4 * k, count, true));
  bytes.set(header, start);
  // Everything is little-endian, as every machine Node runs on.
  let at = sizes[0];
  arrays.forEach((array, k) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += sizes[k + 1];
  });
  return bytes;
}

export function decodeModel(input: Uint8Array): NerModelData {
  const { bytes, view } = openBinary(input, { file: 'ner-model.bin', what: 'a Dabir NER model', magic: MAGIC, version: VERSION, rebuild: 'npm run train:ner' });
  if (bytes.byteLength < 32) throw new Error('Dabir: ner-model.bin is truncated; run "npm run train:ner"');
  const headerLength = view.getUint32(8, true);
  const [tableLength, entryCount, V, phraseCount, firstWordCount] = [0, 1, 2, 3, 4].map((k) => view.getUint32(12 + 4 * k, true));
  const start = 32;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + headerLength))) as StoredHeader;
  let at = bytes.byteOffset + start + align4(headerLength);
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T => {
    const array = make(bytes.buffer, at, length);
    at += align4(length * width);
    return array;
  };
  const table = take((b, o, n) => new Uint32Array(b, o, n), tableLength, 4);
  const entries = take((b, o, n) => new Int32Array(b, o, n), entryCount, 4);
  const transitions = take((b, o, n) => new Int16Array(b, o, n), (header.labelCount + 1) * header.labelCount, 2);
  const vocabularyKeys = take((b, o, n) => new Uint32Array(b, o, n), V, 4);
  const vocabularyBuckets = take((b, o, n) => new Uint8Array(b, o, n), V, 1);
  const vocabularyClusters = take((b, o, n) => new Uint16Array(b, o, n), V, 2);
  const phrases = take((b, o, n) => new Uint32Array(b, o, n), phraseCount, 4);
  const kindOf = take((b, o, n) => new Uint8Array(b, o, n), phraseCount, 1);
  const firstWords = take((b, o, n) => new Uint32Array(b, o, n), firstWordCount, 4);
  return {
    labelCount: header.labelCount, featureCount: header.featureCount, scale: header.scale, trainedOn: header.trainedOn,
    classes: header.classes ?? 0, table, entries, transitions, vocabularyKeys, vocabularyBuckets, vocabularyClusters,
    gazetteer: { phrases, kindOf, kinds: header.gazetteerKinds, firstWords, maxWords: header.gazetteerMaxWords },
  };
}

/** A checksum of a word-class table (0 for none), kept in the model so that a model and its table stay a pair. */
export function classesFingerprint(table: ClusterTable | undefined): number {
  if (!table) return 0;
  let h = 0x811c9dc5 ^ table.bits;
  for (let k = 0; k < table.keys.length; k++) {
    h = Math.imul(h ^ table.keys[k], 0x01000193);
    h = Math.imul(h ^ table.paths[k], 0x01000193);
  }
  return (h >>> 0) || 1;
}
