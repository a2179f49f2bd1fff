// A fast necessary condition for `isKnownWord`, for the spelling suggester, which asks the lexicon about a few
// thousand generated strings per unknown word and finds almost none of them: a licensed form is a listed stem with
// at most one prefix before it and at most two suffixes after it (morphology.ts), so a string whose every
// split into head + stem + tail misses the stem set or the tail set cannot be licensed. That costs a dozen Set
// lookups of short strings instead of the full affix analysis. Keep it in step with morphology.ts: a test checks
// that every corpus word the lexicon knows passes.

import { stripZwnj } from './normalize';
import { lexiconTable } from './table';

/** A trie of the tails read from their last letter, so that a word's possible tails are found in one walk. */
interface TailNode {
  next: Map<number, TailNode>;
  /** A whole tail ends here. */
  end: boolean;
}

interface Filter {
  stemKeys: Set<string>;
  /** The same keys sorted by code units, for prefix searches. */
  sortedStemKeys: string[];
  tailList: string[];
  /** '' and every suffix, and suffix + continuation, with ZWNJs removed, reversed. */
  tails: TailNode;
  /** Every prefix, with ZWNJs removed. */
  heads: string[];
}

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
  const stemKeys = new Set<string>();
  for (let i = 0; i < t.count; i++) stemKeys.add(stripZwnj(t.wordAt(i)));
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
  const root: TailNode = { next: new Map(), end: false };
  for (const tail of tails) addReversed(root, tail);
  const sortedStemKeys = [...stemKeys].sort(); // the default order is by UTF-16 code units, as lowerBound compares
  return { stemKeys, sortedStemKeys, tailList: [...tails], tails: root, heads: [...t.prefixesByKey.keys()] };
}

/** Whether key[from, j) is a stem for some j where key[j…] is a tail: one backward walk through the tail trie. */
function stemBeforeTail(f: Filter, key: string, from: number): boolean {
  let node: TailNode | undefined = f.tails;
  for (let j = key.length; node && j > from; j--) {
    if (node.end && f.stemKeys.has(key.slice(from, j))) return true;
    node = node.next.get(key.charCodeAt(j - 1));
  }
  return false;
}

/** False when `word` (normalised) certainly is not a licensed form; true when it may be. */
export function mayBeKnown(word: string): boolean {
  const f = filter ?? (filter = build());
  const key = word.indexOf('\u200C') < 0 ? word : stripZwnj(word);
  if (stemBeforeTail(f, key, 0)) return true;
  for (const head of f.heads) if (key.startsWith(head) && stemBeforeTail(f, key, head.length)) return true;
  return false;
}

/**
 * The shape of what the lexicon licenses, for a suggester that prunes its search: every stem key (sorted), every
 * tail (suffix chains, with '' ) and every head (prefix), all without ZWNJs.
 */
export interface LexiconShape {
  stemKeys: ReadonlySet<string>;
  sortedStemKeys: readonly string[];
  tails: readonly string[];
  heads: readonly string[];
}

export function lexiconShape(): LexiconShape {
  const f = filter ?? (filter = build());
  return { stemKeys: f.stemKeys, sortedStemKeys: f.sortedStemKeys, tails: f.tailList, heads: f.heads };
}
