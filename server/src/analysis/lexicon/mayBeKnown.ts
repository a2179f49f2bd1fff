// A fast necessary condition for `isKnownWord`, for the spelling suggester, which asks the lexicon about a few
// thousand generated strings per unknown word and finds almost none of them: a licensed form is a listed stem with
// at most one prefix before it and at most two suffixes after it (morphology.ts), so a string whose every
// split into head + stem + tail misses the stem set or the tail set cannot be licensed. That costs a dozen Set
// lookups of short strings instead of the full affix analysis. Keep it in step with morphology.ts: a test checks
// that every corpus word the lexicon knows passes.

import { stripZwnj } from './normalize';
import { lexiconTable } from './table';

interface Filter {
  stemKeys: Set<string>;
  /** '' and every suffix, and suffix + continuation, with ZWNJs removed. */
  tails: Set<string>;
  longestTail: number;
  /** '' and every prefix, with ZWNJs removed. */
  heads: string[];
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
  let longestTail = 0;
  for (const tail of tails) longestTail = Math.max(longestTail, tail.length);
  return { stemKeys, tails, longestTail, heads: ['', ...t.prefixesByKey.keys()] };
}

/** False when `word` (normalised) certainly is not a licensed form; true when it may be. */
export function mayBeKnown(word: string): boolean {
  const f = filter ?? (filter = build());
  const key = word.indexOf('\u200C') < 0 ? word : stripZwnj(word);
  for (const head of f.heads) {
    if (head && !key.startsWith(head)) continue;
    const from = Math.max(head.length + 1, key.length - f.longestTail);
    for (let j = key.length; j >= from; j--) {
      if (f.tails.has(key.slice(j)) && f.stemKeys.has(key.slice(head.length, j))) return true;
    }
  }
  return false;
}
