// The word-cluster table (server/data/ner-clusters.bin, made by `npm run train:ner-clusters` from the corpora's raw
// text, see server/tools/ner/bigramClusters.ts) as bytes: a 16-byte header (magic, version, path bits, word count),
// the folded words' hashes ascending (features.ts foldedHash), and each word's cluster path. Loading is two
// typed-array views; a lookup is a binary search. Writer and reader live together so that the format is defined once.

import { openBinary } from '../data';

const MAGIC = 0x4c434e44; // "DNCL" little-endian
const VERSION = 1;

export interface ClusterTable {
  /** How many bits a path has (the first split in the high bits). */
  bits: number;
  /** Folded word hashes, ascending. */
  keys: Uint32Array;
  paths: Uint16Array;
}

export function encodeClusters(table: ClusterTable): Uint8Array {
  const n = table.keys.length;
  const bytes = new Uint8Array(16 + 4 * n + ((2 * n + 3) & ~3));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, table.bits, true);
  view.setUint32(12, n, true);
  bytes.set(new Uint8Array(table.keys.buffer, table.keys.byteOffset, 4 * n), 16);
  bytes.set(new Uint8Array(table.paths.buffer, table.paths.byteOffset, 2 * n), 16 + 4 * n);
  return bytes;
}

export function decodeClusters(input: Uint8Array): ClusterTable {
  const { bytes, view } = openBinary(input, { file: 'ner-clusters.bin', what: 'a Dabir cluster table', magic: MAGIC, version: VERSION, rebuild: 'npm run train:ner-clusters' });
  if (bytes.byteLength < 16) throw new Error('Dabir: ner-clusters.bin is truncated');
  const bits = view.getUint32(8, true);
  const n = view.getUint32(12, true);
  if (bytes.byteLength < 16 + 6 * n) throw new Error('Dabir: ner-clusters.bin is truncated');
  return {
    bits,
    keys: new Uint32Array(bytes.buffer, bytes.byteOffset + 16, n),
    paths: new Uint16Array(bytes.buffer, bytes.byteOffset + 16 + 4 * n, n),
  };
}

/** The table from a map of word hash → path (what the clusterer returns). */
export function clusterTableOf(paths: ReadonlyMap<number, number>, bits: number): ClusterTable {
  const keys = Uint32Array.from(paths.keys()).sort();
  return { bits, keys, paths: Uint16Array.from(keys, (k) => paths.get(k)!) };
}
