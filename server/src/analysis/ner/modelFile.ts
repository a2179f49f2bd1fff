// The trained tagger as bytes: a small JSON header (label and feature counts, weight scale, gazetteer) and then
// typed arrays that are used as they lie, without parsing or rebuilding: the open-addressing table from feature
// hash to its weight row, the rows' entries, the transitions, and the vocabulary (word hash → frequency bucket and
// cluster). Loading is a read and a few typed-array views. Writer and reader live together so that the format is
// defined once.
//
// The table has a power-of-two number of slots, two uint32 each: the feature hash, and its row as
// (entry count << 24 | first entry); 0 marks an empty slot (a stored row has at least one entry). A row's entries
// are int32, (weight << 8 | label) with the weight quantised to int16: a feature usually speaks for one or two
// labels, and tagging is bound by memory latency, so a lookup should touch as few cache lines as possible.

const MAGIC = 0x52454e44; // "DNER" little-endian
const VERSION = 3;

export interface NerModelHeader {
  labelCount: number;
  featureCount: number;
  /** Real weight = stored int16 / scale. */
  scale: number;
  gazetteer: [phrase: string, kind: string][];
  /** Free-form training facts, printed by the eval and kept for provenance. */
  trainedOn: string;
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
}

export interface NerModelData extends NerModelHeader, NerModelArrays {}

/** Sparse weight rows as training produces them: keys ascending, row k = entries offsets[k] .. offsets[k+1]. */
export interface WeightRows {
  keys: Uint32Array;
  offsets: Uint32Array;
  labels: Uint8Array;
  weights: Int16Array;
}

/** The lookup table over the rows, at most 3/4 full. */
export function tableOf(rows: WeightRows): Pick<NerModelArrays, 'table' | 'entries'> {
  const F = rows.keys.length;
  let slots = 1;
  while (slots * 3 < F * 4) slots <<= 1;
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
  const header = new TextEncoder().encode(JSON.stringify({
    labelCount: model.labelCount, featureCount: model.featureCount, scale: model.scale,
    gazetteer: model.gazetteer, trainedOn: model.trainedOn,
  } satisfies NerModelHeader));
  const arrays = [model.table, model.entries, model.transitions, model.vocabularyKeys, model.vocabularyBuckets, model.vocabularyClusters];
  const sizes = [24 + align4(header.length), ...arrays.map((a) => align4(a.byteLength))];
  const bytes = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, header.length, true);
  view.setUint32(12, model.table.length, true);
  view.setUint32(16, model.entries.length, true);
  view.setUint32(20, model.vocabularyKeys.length, true);
  bytes.set(header, 24);
  // Everything is little-endian, as every machine Node runs on.
  let at = sizes[0];
  arrays.forEach((array, k) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += sizes[k + 1];
  });
  return bytes;
}

export function decodeModel(input: Uint8Array): NerModelData {
  // Typed-array views need 4-byte alignment; a pooled Node Buffer may start anywhere, so copy only then.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 24 || view.getUint32(0, true) !== MAGIC) throw new Error('Dabir: ner-model.bin is not a Dabir NER model');
  if (view.getUint32(4, true) !== VERSION) throw new Error('Dabir: ner-model.bin has an unknown version; run "npm run train:ner"');
  const headerLength = view.getUint32(8, true);
  const tableLength = view.getUint32(12, true);
  const entryCount = view.getUint32(16, true);
  const V = view.getUint32(20, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(24, 24 + headerLength))) as NerModelHeader;
  let at = bytes.byteOffset + 24 + align4(headerLength);
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
  return { ...header, table, entries, transitions, vocabularyKeys, vocabularyBuckets, vocabularyClusters };
}
