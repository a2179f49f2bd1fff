// The trained tagger as bytes: a small JSON header (label and feature counts, weight scale, gazetteer) and then
// typed arrays that load without parsing — hashed feature keys, and for each feature its non-zero label weights
// quantised to int16 (a sparse row: most features speak for one or two labels). Writer and reader live together
// so that the format is defined once.

const MAGIC = 0x52454e44; // "DNER" little-endian
const VERSION = 2;

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
  /** Feature hashes, ascending. */
  keys: Uint32Array;
  /** Row k spans entries offsets[k] .. offsets[k+1]. */
  offsets: Uint32Array;
  entryLabels: Uint8Array;
  entryWeights: Int16Array;
  /** (labelCount + 1) × labelCount: row 0 is the start of a sequence, row p+1 follows label p. */
  transitions: Int16Array;
  /** Hashes (features.ts wordHash) of the training text's words, ascending, and their frequency buckets. */
  vocabularyKeys: Uint32Array;
  vocabularyBuckets: Uint8Array;
}

export interface NerModelData extends NerModelHeader, NerModelArrays {}

function align4(n: number): number {
  return (n + 3) & ~3;
}

export function encodeModel(model: NerModelData): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({
    labelCount: model.labelCount, featureCount: model.featureCount, scale: model.scale,
    gazetteer: model.gazetteer, trainedOn: model.trainedOn,
  } satisfies NerModelHeader));
  const F = model.keys.length;
  const nnz = model.entryLabels.length;
  const V = model.vocabularyKeys.length;
  const sizes = [20 + align4(header.length), F * 4, (F + 1) * 4, align4(nnz), align4(nnz * 2), align4(model.transitions.length * 2), V * 4, align4(V)];
  const total = sizes.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, header.length, true);
  view.setUint32(12, F, true);
  view.setUint32(16, model.vocabularyKeys.length, true);
  bytes.set(header, 20);
  let at = sizes[0];
  const put = (array: ArrayBufferView, size: number) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += size;
  };
  // nnz is recoverable from offsets[F]; everything is little-endian, as every machine Node runs on.
  put(model.keys, sizes[1]);
  put(model.offsets, sizes[2]);
  put(model.entryLabels, sizes[3]);
  put(model.entryWeights, sizes[4]);
  put(model.transitions, sizes[5]);
  put(model.vocabularyKeys, sizes[6]);
  put(model.vocabularyBuckets, sizes[7]);
  return bytes;
}

export function decodeModel(input: Uint8Array): NerModelData {
  // Typed-array views need 4-byte alignment; a pooled Node Buffer may start anywhere, so copy only then.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('Dabir: ner-model.bin is not a Dabir NER model');
  if (view.getUint32(4, true) !== VERSION) throw new Error('Dabir: ner-model.bin has an unknown version; run "npm run train:ner"');
  const headerLength = view.getUint32(8, true);
  const F = view.getUint32(12, true);
  const V = view.getUint32(16, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + headerLength))) as NerModelHeader;
  let at = bytes.byteOffset + 20 + align4(headerLength);
  const keys = new Uint32Array(bytes.buffer, at, F);
  at += F * 4;
  const offsets = new Uint32Array(bytes.buffer, at, F + 1);
  at += (F + 1) * 4;
  const nnz = offsets[F];
  const entryLabels = new Uint8Array(bytes.buffer, at, nnz);
  at += align4(nnz);
  const entryWeights = new Int16Array(bytes.buffer, at, nnz);
  at += align4(nnz * 2);
  const transitions = new Int16Array(bytes.buffer, at, (header.labelCount + 1) * header.labelCount);
  at += align4(transitions.length * 2);
  const vocabularyKeys = new Uint32Array(bytes.buffer, at, V);
  at += V * 4;
  const vocabularyBuckets = new Uint8Array(bytes.buffer, at, V);
  return { ...header, keys, offsets, entryLabels, entryWeights, transitions, vocabularyKeys, vocabularyBuckets };
}
