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
 * Calls `visit` for each place (longest match first) where one of the memory's phrases occurs without being
 * labelled as the remembered type already, with the phrase's first word, length and winning type.
 */
function forEachUnlabelledMention(
  memory: NameMemory, hashes: ArrayLike<number>, labels: ArrayLike<number>, mask: Uint8Array,
  visit: (start: number, length: number, type: NerType) => void,
): void {
  if (memory.phrases.size === 0) return;
  const n = hashes.length;
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
    if (mask[b]) {
      let already = labels[i] === b && (i + found === n || labels[i + found] !== inside);
      for (let k = 1; k < found && already; k++) already = labels[i + k] === inside;
      if (!already) visit(i, found, type);
    }
    i += found - 1;
  }
}

/**
 * Adds `bonus` to emissions (n × labelCount) wherever the memory's phrases occur without being labelled as the
 * remembered type already. Returns whether anything changed (then decode again).
 */
export function applyNameMemory(
  memory: NameMemory, hashes: ArrayLike<number>, labels: ArrayLike<number>, emissions: Float64Array, labelCount: number,
  mask: Uint8Array, bonus: number,
): boolean {
  let changed = false;
  forEachUnlabelledMention(memory, hashes, labels, mask, (start, length, type) => {
    emissions[start * labelCount + beginLabel(type)] += bonus;
    for (let k = 1; k < length; k++) emissions[(start + k) * labelCount + insideLabel(type)] += bonus;
    changed = true;
  });
  return changed;
}

/**
 * The unlabelled mentions of remembered names, as one string (`start:length:type;…`): a sequence whose string is
 * empty needs no second look, and one whose string has not changed would be decoded the same way again.
 */
export function unlabelledMentions(memory: NameMemory, hashes: ArrayLike<number>, labels: ArrayLike<number>, mask: Uint8Array): string {
  let mentions = '';
  forEachUnlabelledMention(memory, hashes, labels, mask, (start, length, type) => {
    mentions += `${start}:${length}:${type};`;
  });
  return mentions;
}

/**
 * One memory holding the votes of all of them (a document's, from its paragraphs'), keeping only the names whose
 * type (by the pooled votes) `keep` accepts.
 */
export function mergeNameMemories(memories: readonly NameMemory[], keep: (type: NerType) => boolean = () => true): NameMemory {
  const merged = emptyNameMemory();
  for (const memory of memories) {
    for (const [key, votes] of memory.phrases) {
      let into = merged.phrases.get(key);
      if (!into) merged.phrases.set(key, (into = new Map()));
      for (const [type, n] of votes) into.set(type, (into.get(type) ?? 0) + n);
    }
  }
  for (const [key, votes] of merged.phrases) {
    if (!keep(winner(votes))) merged.phrases.delete(key);
    else {
      const comma = key.indexOf(',');
      merged.firstWords.add(Number(comma < 0 ? key : key.slice(0, comma)));
    }
  }
  return merged;
}
