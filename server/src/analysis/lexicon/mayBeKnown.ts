// A fast necessary condition for `isKnownWord`, for the spelling suggester, which asks the lexicon about a few
// thousand generated strings per unknown word and finds almost none of them: a licensed form is a listed stem with
// at most one prefix before it and at most two suffixes after it (morphology.ts), so a string that no split into
// head + stem + tail spells, with the stem in the stem trie and the tail a suffix chain, cannot be licensed. One
// backward walk through the tails and one forward walk through the stem trie decide it, without building a
// string. Keep it in step with morphology.ts: a test checks that every corpus word the lexicon knows passes.

import { stemTrie, type StemTrie } from '../spelling/stemTrie';
import { stripZwnj } from './normalize';
import { lexiconTable } from './table';

/** A trie of the tails read from their last letter, so that a word's possible tails are found in one walk. */
export interface TailNode {
  next: Map<number, TailNode>;
  /** A whole tail ends here. */
  end: boolean;
}

/**
 * The shape of what the lexicon licenses, for a suggester that prunes its search: the stem keys as a trie, every
 * tail (suffix chains, with ''), the longest of them, and every head (prefix), all without ZWNJs.
 */
export interface LexiconShape {
  trie: StemTrie;
  tails: readonly string[];
  /** The tails read from their last letter. */
  tailTrie: TailNode;
  longestTail: number;
  heads: readonly string[];
}

type Filter = LexiconShape;

function addReversed(root: TailNode, tail: string): void {
  let node = root;
  for (let i = tail.length - 1; i >= 0; i--) {
    const code = tail.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = { next: new Map(), end: false }));
    node = child;
  }
  node.end = true;
}

let filter: Filter | undefined;

function build(): Filter {
  const t = lexiconTable();
  const suffixesByFlag = new Map<string, string[]>();
  for (const [key, rules] of t.suffixesByKey) {
    for (const rule of rules) {
      const list = suffixesByFlag.get(rule.flag);
      if (list) list.push(key);
      else suffixesByFlag.set(rule.flag, [key]);
    }
  }
  const tails = new Set<string>(['']);
  for (const [key, rules] of t.suffixesByKey) {
    tails.add(key);
    for (const rule of rules) for (const flag of rule.cont) for (const next of suffixesByFlag.get(flag) ?? []) tails.add(key + next);
  }
  const tailTrie: TailNode = { next: new Map(), end: false };
  let longestTail = 0;
  for (const tail of tails) {
    addReversed(tailTrie, tail);
    longestTail = Math.max(longestTail, tail.length);
  }
  return { trie: stemTrie(), tails: [...tails], longestTail, heads: [...t.prefixesByKey.keys()], tailTrie };
}

/** tailAt[j] = 1 when key[j…] is a tail; reused between calls (the suggester makes thousands of them). */
let tailAt = new Uint8Array(64);

function markTails(f: Filter, key: string): void {
  if (tailAt.length <= key.length) tailAt = new Uint8Array(2 * key.length + 1);
  tailAt.fill(0, 0, key.length + 1);
  let node: TailNode | undefined = f.tailTrie;
  for (let j = key.length; node; j--) {
    if (node.end) tailAt[j] = 1;
    if (j === 0) break;
    node = node.next.get(key.charCodeAt(j - 1));
  }
}

/** Whether key[from, j) is a stem for some j where key[j…] is a tail (markTails first). */
function stemBeforeTail(trie: StemTrie, key: string, from: number): boolean {
  let node = 0;
  for (let i = from; i < key.length; ) {
    node = trie.child(node, key.charCodeAt(i));
    if (node < 0) return false;
    i++;
    if (tailAt[i] === 1 && trie.isStem(node)) return true;
  }
  return false;
}

/**
 * For each position j of `key` (no ZWNJs), 1 when key[j…] is a tail: a suffix chain, or '' at the end. For a
 * suggester that walks the stem trie itself and must know where a stem may stop.
 */
export function tailStarts(key: string): Uint8Array {
  markTails(filter ?? (filter = build()), key);
  return tailAt.slice(0, key.length + 1);
}

/** False when `word` (normalised) certainly is not a licensed form; true when it may be. */
export function mayBeKnown(word: string): boolean {
  const f = filter ?? (filter = build());
  const key = word.indexOf('\u200C') < 0 ? word : stripZwnj(word);
  markTails(f, key);
  if (stemBeforeTail(f.trie, key, 0)) return true;
  for (const head of f.heads) if (key.startsWith(head) && stemBeforeTail(f.trie, key, head.length)) return true;
  return false;
}

export function lexiconShape(): LexiconShape {
  return filter ?? (filter = build());
}
