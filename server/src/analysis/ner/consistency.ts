// One name, one reading throughout a text. News names a person in full once («بهروز کمالوندی») and then by surname
// («کمالوندی تاکید کرد»), and repeats an unfamiliar company or team name sentence after sentence; the tagger,
// which sees one token window at a time, finds the full form and misses the repeats. So decoding is done twice:
// the first pass's names (and, for persons, their last word) are remembered, and the second pass adds a bonus to the
// emission scores of every other occurrence of the same folded words for the same type, then decodes again. The
// bonus is soft: where the context speaks clearly against a name, the tagger still says no.

import { beginLabel, insideLabel, isInside, typeOfLabel, type NerType } from './labels';

/** Types whose mentions recur in the same written form; dates, amounts and percentages do not. */
const NAME_TYPES: ReadonlySet<NerType> = new Set(['person', 'organization', 'location', 'facility', 'event', 'product', 'nationality']);
const MAX_WORDS = 6;

/** The names a text's first pass found: folded-word-hash sequences with their votes per type. */
export interface NameMemory {
  /** key: word hashes joined by ',' → type → votes. */
  phrases: Map<string, Map<NerType, number>>;
  firstWords: Set<number>;
}

export function emptyNameMemory(): NameMemory {
  return { phrases: new Map(), firstWords: new Set() };
}

function vote(memory: NameMemory, hashes: ArrayLike<number>, start: number, end: number, type: NerType): void {
  let key = '';
  for (let k = start; k < end; k++) key += (k > start ? ',' : '') + hashes[k];
  let votes = memory.phrases.get(key);
  if (!votes) memory.phrases.set(key, (votes = new Map()));
  votes.set(type, (votes.get(type) ?? 0) + 1);
  memory.firstWords.add(hashes[start]);
}

/**
 * Adds a decoded sequence's names to the memory. `rare(k)` says whether word k is rare enough to stand for a
 * person on its own (a surname, not «علی» or «آقای»). (Remembering other names without their first word,
 * «شرکت ایچیکو» → «ایچیکو», gained nothing on PEYMA dev.)
 */
export function rememberNames(memory: NameMemory, hashes: ArrayLike<number>, labels: ArrayLike<number>, rare: (k: number) => boolean): void {
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 0 || isInside(labels[i])) continue;
    const type = typeOfLabel(labels[i])!;
    let end = i + 1;
    while (end < n && isInside(labels[end])) end++;
    if (NAME_TYPES.has(type) && end - i <= MAX_WORDS) {
      vote(memory, hashes, i, end, type);
      if (type === 'person' && end - i >= 2 && rare(end - 1)) vote(memory, hashes, end - 1, end, type);
    }
    i = end - 1;
  }
}

function winner(votes: Map<NerType, number>): NerType {
  let best: NerType | undefined;
  let count = -1;
  for (const [type, n] of votes) if (n > count || (n === count && type < best!)) [best, count] = [type, n];
  return best!;
}

/**
 * Adds `bonus` to emissions (n × labelCount) wherever the memory's phrases occur (longest match first) without
 * being labelled as the remembered type already. Returns whether anything changed (then decode again).
 */
export function applyNameMemory(
  memory: NameMemory, hashes: ArrayLike<number>, labels: ArrayLike<number>, emissions: Float64Array, labelCount: number,
  mask: Uint8Array, bonus: number,
): boolean {
  if (memory.phrases.size === 0) return false;
  const n = hashes.length;
  let changed = false;
  for (let i = 0; i < n; i++) {
    if (!memory.firstWords.has(hashes[i])) continue;
    let key = '';
    let found = 0;
    let type: NerType | undefined;
    for (let length = 1; length <= MAX_WORDS && i + length <= n; length++) {
      key += (length > 1 ? ',' : '') + hashes[i + length - 1];
      const votes = memory.phrases.get(key);
      if (votes) {
        found = length;
        type = winner(votes);
      }
    }
    if (!found || !type) continue;
    const b = beginLabel(type);
    const inside = insideLabel(type);
    if (!mask[b]) continue;
    let already = labels[i] === b && (i + found === n || labels[i + found] !== inside);
    for (let k = 1; k < found && already; k++) already = labels[i + k] === inside;
    if (!already) {
      emissions[i * labelCount + b] += bonus;
      for (let k = 1; k < found; k++) emissions[(i + k) * labelCount + inside] += bonus;
      changed = true;
    }
    i += found - 1;
  }
  return changed;
}
