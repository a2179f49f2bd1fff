// The trie of the knowledge base's Persian name keys (persianKey), compiled at build time into typed arrays that are
// used as they lie: loading is a read and a few views, with no object per node. The linker starts a walk at every
// word of every paragraph and most walks end after a letter or two, so a step reads the text's code unit and looks
// the child up in the node's sorted edge codes; built as nested Maps at start-up, the trie cost ~12 MB of short-lived
// objects and their collection before the first diagnostics. Writer and reader live together, as in ner/modelFile.ts.
//
// Layout (little-endian): magic, version, node count, edge count, target count; then
//   firstEdge   uint32 × (nodes + 1)   node n's edges are firstEdge[n] … firstEdge[n+1], sorted by code
//   edgeChild   uint32 × edges
//   firstTarget uint32 × (nodes + 1)   the indices into MatcherData.targets of the name ending at node n, best first
//   targets     uint32 × targets
//   edgeCode    uint16 × edges
// Node 0 is the root.

import { openBinary } from '../data';

const MAGIC = 0x4e544b44; // "DKTN" little-endian
const VERSION = 1;
const HEADER_WORDS = 5;

export interface NameTrie {
  /** The child of `node` along UTF-16 code unit `code`, or -1. */
  child(node: number, code: number): number;
  /** Whether a name ends at `node`. */
  endsName(node: number): boolean;
  /** The targets of the name ending at `node`, best first (empty when none does). */
  targetsAt(node: number): number[];
  /** The targets of the name with key `key`, or undefined. */
  targetsOf(key: string): number[] | undefined;
}

export const ROOT = 0;

/** The trie of `names` (key → target indices, best first), as bytes. */
export function encodeNameTrie(names: ReadonlyMap<string, readonly number[]>): Uint8Array {
  interface Node {
    children: Map<number, Node>;
    targets: readonly number[];
  }
  const root: Node = { children: new Map(), targets: [] };
  for (const [key, targets] of names) {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      let next = node.children.get(code);
      if (!next) node.children.set(code, (next = { children: new Map(), targets: [] }));
      node = next;
    }
    node.targets = targets;
  }
  // Numbered breadth first, so that a node's number is known before its edges are written.
  const order: Node[] = [root];
  for (let n = 0; n < order.length; n++) for (const code of [...order[n].children.keys()].sort((a, b) => a - b)) order.push(order[n].children.get(code)!);
  const number = new Map(order.map((node, n) => [node, n]));
  const firstEdge: number[] = [0];
  const edgeChild: number[] = [];
  const edgeCode: number[] = [];
  const firstTarget: number[] = [0];
  const targets: number[] = [];
  for (const node of order) {
    for (const code of [...node.children.keys()].sort((a, b) => a - b)) {
      edgeCode.push(code);
      edgeChild.push(number.get(node.children.get(code)!)!);
    }
    firstEdge.push(edgeCode.length);
    targets.push(...node.targets);
    firstTarget.push(targets.length);
  }
  const words = [MAGIC, VERSION, order.length, edgeCode.length, targets.length, ...firstEdge, ...edgeChild, ...firstTarget, ...targets];
  const bytes = new Uint8Array(4 * words.length + 2 * edgeCode.length);
  const view = new DataView(bytes.buffer);
  words.forEach((word, k) => view.setUint32(4 * k, word, true));
  edgeCode.forEach((code, k) => view.setUint16(4 * words.length + 2 * k, code, true));
  return bytes;
}

export function decodeNameTrie(input: Uint8Array): NameTrie {
  const { bytes, view } = openBinary(input, { file: 'kb.names.bin', what: 'a name trie', magic: MAGIC, version: VERSION, rebuild: 'npm run build' });
  if (bytes.byteLength < 4 * HEADER_WORDS) throw new Error('Dabir: kb.names.bin is truncated; run "npm run build"');
  const [nodes, edges, targetCount] = [2, 3, 4].map((k) => view.getUint32(4 * k, true));
  let at = bytes.byteOffset + 4 * HEADER_WORDS;
  const u32 = (length: number) => {
    const array = new Uint32Array(bytes.buffer, at, length);
    at += 4 * length;
    return array;
  };
  const firstEdge = u32(nodes + 1);
  const edgeChild = u32(edges);
  const firstTarget = u32(nodes + 1);
  const targets = u32(targetCount);
  const edgeCode = new Uint16Array(bytes.buffer, at, edges);

  function child(node: number, code: number): number {
    let lo = firstEdge[node];
    let hi = firstEdge[node + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = edgeCode[mid];
      if (c === code) return edgeChild[mid];
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  const endsName = (node: number) => firstTarget[node + 1] > firstTarget[node];
  const targetsAt = (node: number) => Array.from(targets.subarray(firstTarget[node], firstTarget[node + 1]));
  return {
    child,
    endsName,
    targetsAt,
    targetsOf(key) {
      let node = ROOT;
      for (let k = 0; k < key.length && node >= 0; k++) node = child(node, key.charCodeAt(k));
      return node >= 0 && endsName(node) ? targetsAt(node) : undefined;
    },
  };
}
