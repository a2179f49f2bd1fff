// The lexicon's stems without their ZWNJs, as a trie compiled at build time (server/tools/compile-stem-trie.ts →
// dist/data/spelling-stems.bin), for the spelling suggester: it asks, for every unknown word, which letters may
// follow a prefix in some stem, and, for each of the few thousand strings it generates, whether a stem and then a
// suffix chain can spell it. A trie answers both by walking the string once, without building a string or a set,
// and loading it is a few typed-array views (building the same index from 100,000 stems at first use cost more
// than half a second and 24 MB of strings).
//
//   u32 magic "DST1", u32 nodeCount, u32 edgeCount
//   u32 edgeStart[nodeCount + 1]   the edges of node n are edgeStart[n] … edgeStart[n + 1] - 1, sorted by letter
//   u32 edgeTarget[edgeCount]
//   u16 edgeLetter[edgeCount]      a UTF-16 code unit; padded to 4 bytes
//   u8  stemEnd[nodeCount]         1 when the path to the node spells a whole stem key
// Node 0 is the root (the empty prefix).

import { loadData, openBinary } from '../data';

export const STEM_TRIE_FILE = 'spelling-stems.bin';
export const STEM_TRIE_MAGIC = 0x31545344; // "DST1" little-endian

export interface StemTrie {
  nodeCount: number;
  /** The node reached from `node` by the letter `code`, or -1. */
  child(node: number, code: number): number;
  /** Whether the path to `node` spells a whole stem key. */
  isStem(node: number): boolean;
  /** The letters on `node`'s edges, each once, as one-letter strings. */
  letters(node: number): readonly string[];
}

/** Writes `keys` (distinct, any order) as a trie in the layout above. */
export function compileStemTrie(keys: readonly string[]): Uint8Array {
  const sorted = [...keys].sort();
  // Breadth first, so that each node's edges are appended together, in node order: node n's range is [start, end).
  const edgeStart: number[] = [];
  const edgeTarget: number[] = [];
  const edgeLetter: number[] = [];
  const stemEnd: number[] = [];
  // Each node is the range of sorted keys that share its prefix, of length `depth`.
  const queue: { from: number; to: number; depth: number }[] = [{ from: 0, to: sorted.length, depth: 0 }];
  for (let head = 0; head < queue.length; head++) {
    const { from, to, depth } = queue[head];
    edgeStart.push(edgeTarget.length);
    let k = from;
    stemEnd.push(k < to && sorted[k].length === depth ? 1 : 0);
    if (stemEnd[head]) k++;
    while (k < to) {
      const code = sorted[k].charCodeAt(depth);
      let end = k + 1;
      while (end < to && sorted[end].charCodeAt(depth) === code) end++;
      edgeLetter.push(code);
      edgeTarget.push(queue.length);
      queue.push({ from: k, to: end, depth: depth + 1 });
      k = end;
    }
  }
  edgeStart.push(edgeTarget.length);
  const nodeCount = queue.length;
  const edgeCount = edgeTarget.length;
  const pad4 = (n: number) => (n + 3) & ~3;
  const out = new Uint8Array(12 + 4 * (nodeCount + 1) + 4 * edgeCount + pad4(2 * edgeCount) + nodeCount);
  const view = new DataView(out.buffer);
  let at = 0;
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  u32(STEM_TRIE_MAGIC);
  u32(nodeCount);
  u32(edgeCount);
  for (const value of edgeStart) u32(value);
  for (const value of edgeTarget) u32(value);
  for (const code of edgeLetter) {
    view.setUint16(at, code, true);
    at += 2;
  }
  at = pad4(at);
  out.set(stemEnd, at);
  return out;
}

export function readStemTrie(raw: Uint8Array): StemTrie {
  const { bytes, view } = openBinary(raw, { file: STEM_TRIE_FILE, what: 'a compiled stem trie', magic: STEM_TRIE_MAGIC, rebuild: 'npm run build' });
  const nodeCount = view.getUint32(4, true);
  const edgeCount = view.getUint32(8, true);
  let at = bytes.byteOffset + 12;
  const edgeStart = new Uint32Array(bytes.buffer, at, nodeCount + 1);
  at += 4 * (nodeCount + 1);
  const edgeTarget = new Uint32Array(bytes.buffer, at, edgeCount);
  at += 4 * edgeCount;
  const edgeLetter = new Uint16Array(bytes.buffer, at, edgeCount);
  at += (2 * edgeCount + 3) & ~3;
  const stemEnd = new Uint8Array(bytes.buffer, at, nodeCount);
  const letterCache = new Map<number, readonly string[]>();

  return {
    nodeCount,
    child(node, code) {
      // A node has at most a few dozen edges: a linear scan over sorted letters beats a binary search here.
      for (let e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
        const letter = edgeLetter[e];
        if (letter === code) return edgeTarget[e];
        if (letter > code) return -1;
      }
      return -1;
    },
    isStem(node) {
      return stemEnd[node] === 1;
    },
    letters(node) {
      let letters = letterCache.get(node);
      if (!letters) {
        const list: string[] = [];
        for (let e = edgeStart[node]; e < edgeStart[node + 1]; e++) list.push(String.fromCharCode(edgeLetter[e]));
        letters = list;
        // The nodes near the root are asked for again and again; deeper ones rarely twice.
        if (letterCache.size < 20_000) letterCache.set(node, letters);
      }
      return letters;
    },
  };
}

let trie: StemTrie | undefined;

export function stemTrie(): StemTrie {
  if (!trie) trie = readStemTrie(loadData(STEM_TRIE_FILE));
  return trie;
}
