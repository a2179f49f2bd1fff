// The words a misspelling may have meant: every string one weighted edit away, and the strings two cheap edits
// away (two confusions of sound, dots or vowel letters, which is how Persian words are most often misspelt),
// kept when the lexicon knows them. Generating and looking up (rather than keeping a second index of every
// inflected form) means every inflection the lexicon accepts is a candidate; the lexicon's shape (sorted stems,
// suffix chains) prunes the edits that cannot lead to a word, so an unknown word costs a few hundred lookups,
// and only unknown words pay it.

import { tailStarts, type LexiconShape, type TailNode } from '../lexicon/mayBeKnown';
import { COST, confusableLetters, deletionCost, insertionCost, singleEditCost, substitutionCost } from './editCosts';

export interface Candidate {
  /** The suggested text; a space inside it splits the word in two. */
  text: string;
  cost: number;
}

/** The letters a writer types; insertions and substitutions try each. */
const ALPHABET = [...'اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئءأؤ'];

/** Beyond this, a candidate is not the word the writer meant but a different word. */
export const MAX_COST = 1.5;
/**
 * Only edits this cheap (same sound, dots, a hamza variant, a doubled letter) are combined into a second edit, and
 * the second is as cheap or a dropped vowel or doubled letter: two-slip misspellings are mostly two such confusions (مسیله، اسطحکاک),
 * and wider pairs would multiply the strings to look up by ten for little gain.
 */
const SECOND_EDIT_FROM = 0.6;

/** A generated string and its cost; `mayBeWord` false when the trie already showed it is none. */
type Visit = (text: string, cost: number, mayBeWord?: boolean) => void;

// Persian words are made of BMP letters, so code-unit slicing is letter slicing here (and much cheaper).

/**
 * Where in `word` an edit may still lead to a licensed form, from the lexicon's shape: a licensed form is a stem
 * key (after a prefix such as «بی», maybe) and then a tail, letters without ZWNJs (mayBeKnown.ts). So an edit at
 * position i either keeps a stem going past i (word[s, i) starts some stem, where s is 0 or the end of a prefix,
 * and only the letters that follow it in some stem are worth typing there), or falls in the tail after a stem that
 * ended at some j ≤ i. The suffix chains themselves are few, and edits of the written tail into each are
 * enumerated directly.
 */
interface EditSpace {
  /** Positions below this keep a prefix that some stem starts with. */
  liveUntil: number;
  /** For each live position, the letters worth substituting or inserting there. */
  letters: (i: number) => readonly string[];
  /** Candidates that keep a whole stem and change its suffix. */
  suffixEdits: (visit: Visit) => void;
  /**
   * Whether word[0, i) + `inserted` + word[from…] may be licensed: a necessary test, walked in the trie without
   * building the string, which nearly every generated string fails.
   */
  mayBeWord: (i: number, inserted: string, from: number) => boolean;
}

/** One walk down the stem trie from position `start`: nodes[k] is where word[start, start + k) leads. */
interface Walk {
  start: number;
  nodes: number[];
}

const ZWNJ = 0x200c;
const withoutZwnj = (text: string) => (text.indexOf('\u200C') < 0 ? text : text.replace(/\u200C/g, ''));

const UNPRUNED: EditSpace = { liveUntil: Infinity, letters: () => ALPHABET, suffixEdits: () => {}, mayBeWord: () => true };

function editSpace(word: string, shape: LexiconShape | undefined): EditSpace {
  if (!shape) return UNPRUNED;
  const n = word.length;
  const { trie } = shape;
  // The walks step over ZWNJs, as the lexicon's test does.
  const hasZwnj = word.includes('\u200C');
  const key = withoutZwnj(word);
  /** Where in `word` the key's letter `k` sits. */
  const wordIndex = (k: number) => {
    let i = 0;
    for (let seen = 0; i < n && (seen < k || word.charCodeAt(i) === ZWNJ); i++) if (word.charCodeAt(i) !== ZWNJ) seen++;
    return i;
  };
  const walks: Walk[] = [];
  for (const start of [0, ...shape.heads.filter((head) => key.startsWith(head)).map((head) => wordIndex(head.length))]) {
    const nodes = [0];
    for (let i = start, node = 0; i < n; i++) {
      if (word.charCodeAt(i) !== ZWNJ) node = trie.child(node, word.charCodeAt(i));
      if (node < 0) break;
      nodes.push(node);
    }
    walks.push({ start, nodes });
  }
  /** The node word[w.start, i) leads to, or -1. */
  const nodeAt = (w: Walk, i: number) => (i >= w.start && i - w.start < w.nodes.length ? w.nodes[i - w.start] : -1);
  let liveUntil = 0;
  for (const w of walks) liveUntil = Math.max(liveUntil, w.start + w.nodes.length);
  // Stems that end early enough for a tail to reach the word's end (an edit adds at most one letter).
  const stemEnds: number[] = [];
  for (let j = Math.max(1, n - shape.longestTail - 1); j <= n; j++) {
    if (walks.some((w) => j > w.start && nodeAt(w, j) >= 0 && trie.isStem(nodeAt(w, j)))) stemEnds.push(j);
  }
  const longestHead = shape.heads.reduce((longest, head) => Math.max(longest, head.length), 0);
  /** tails[p] = 1 when word[p…], without ZWNJs, is a tail. */
  let tailMarks: Uint8Array | undefined;
  const tails = () => {
    if (tailMarks) return tailMarks;
    const byKey = tailStarts(key);
    if (!hasZwnj) return (tailMarks = byKey);
    tailMarks = new Uint8Array(n + 1);
    for (let p = n, k = key.length; p >= 0; p--) {
      if (p < n && word.charCodeAt(p) !== ZWNJ) k--;
      tailMarks[p] = byKey[k];
    }
    return tailMarks;
  };
  // suffixNode[p]: where word[p…], read backwards (without ZWNJs), leads in the reversed tail trie.
  let suffixNode: (TailNode | undefined)[] | undefined;
  const suffixNodes = () => {
    if (suffixNode) return suffixNode;
    suffixNode = new Array(n + 1);
    suffixNode[n] = shape.tailTrie;
    for (let p = n - 1; p >= 0; p--) {
      const code = word.charCodeAt(p);
      suffixNode[p] = code === ZWNJ ? suffixNode[p + 1] : suffixNode[p + 1]?.next.get(code);
    }
    return suffixNode;
  };
  /** Whether word[j, i) + inserted + word[from…] is a tail, read backwards from the word's end. */
  const isTailBetween = (j: number, i: number, inserted: string, from: number) => {
    let node = suffixNodes()[from];
    for (let k = inserted.length - 1; node && k >= 0; k--) if (inserted.charCodeAt(k) !== ZWNJ) node = node.next.get(inserted.charCodeAt(k));
    for (let p = i - 1; node && p >= j; p--) if (word.charCodeAt(p) !== ZWNJ) node = node.next.get(word.charCodeAt(p));
    return node !== undefined && node.end;
  };
  /** Whether the edited word would start with a prefix (compared letter by letter, ZWNJs skipped). */
  const makesHead = (i: number, inserted: string, from: number) => {
    for (const head of shape.heads) {
      let k = 0;
      let p = 0;
      const at = (q: number) => (q < i ? word.charCodeAt(q) : q - i < inserted.length ? inserted.charCodeAt(q - i) : word.charCodeAt(from + q - i - inserted.length));
      const length = i + inserted.length + (n - from);
      for (; k < head.length && p < length; p++) {
        const code = at(p);
        if (code === ZWNJ) continue;
        if (code !== head.charCodeAt(k)) break;
        k++;
      }
      if (k === head.length) return true;
    }
    return false;
  };

  /** From `node` (where word[…, i) led), through `inserted` and word[from…], to a stem end followed by a tail. */
  const walkOn = (node: number, inserted: string, from: number) => {
    for (let k = 0; k < inserted.length; k++) {
      const code = inserted.charCodeAt(k);
      if (code !== ZWNJ) node = trie.child(node, code);
      if (node < 0) return false;
      if (trie.isStem(node) && (k + 1 === inserted.length ? tails()[from] === 1 : isTailBetween(0, 0, inserted.slice(k + 1), from))) return true;
    }
    const marks = tails();
    for (let p = from; p < n; p++) {
      const code = word.charCodeAt(p);
      if (code === ZWNJ) continue;
      node = trie.child(node, code);
      if (node < 0) return false;
      if (marks[p + 1] === 1 && trie.isStem(node)) return true;
    }
    return false;
  };
  const mayBeWord = (i: number, inserted: string, from: number) => {
    // An edit at the start may make a prefix the word did not have: the walks cannot tell then.
    if (i <= longestHead && makesHead(i, inserted, from)) return true;
    for (const j of stemEnds) if (j <= i && isTailBetween(j, i, inserted, from)) return true;
    for (const w of walks) {
      const node = nodeAt(w, i);
      if (node >= 0 && walkOn(node, inserted, from)) return true;
    }
    return false;
  };

  if (hasZwnj) {
    // A word with a ZWNJ is edited everywhere with every letter, keeping the ZWNJ where the writer put it (the
    // lexicon licenses only its own placements, which the suffix chains, without ZWNJs, would not give back).
    return { ...UNPRUNED, mayBeWord };
  }
  return {
    liveUntil,
    letters: (i) => {
      if (walks.length === 1) return nodeAt(walks[0], i) >= 0 ? trie.letters(nodeAt(walks[0], i)) : [];
      const letters = new Set<string>();
      for (const w of walks) if (nodeAt(w, i) >= 0) for (const letter of trie.letters(nodeAt(w, i))) letters.add(letter);
      return [...letters];
    },
    mayBeWord,
    suffixEdits: (visit) => {
      for (const j of stemEnds) {
        const written = word.slice(j);
        for (const tail of shape.tails) {
          if (Math.abs(tail.length - written.length) > 1) continue;
          const cost = singleEditCost(written, tail);
          if (cost > 0 && cost < Infinity) visit(word.slice(0, j) + tail, cost);
        }
      }
    },
  };
}

/**
 * Every single edit of `word` that may lead to a licensed form, each with its cost, handed to `visit`. The cheap
 * ones go to `visit` even when they spell no word, as the first of two slips.
 */
function singleEdits(word: string, visit: Visit, shape?: LexiconShape): void {
  const n = word.length;
  const space = editSpace(word, shape);
  const offer = (i: number, inserted: string, from: number, cost: number) => {
    const mayBeWord = space.mayBeWord(i, inserted, from);
    if (mayBeWord || cost <= SECOND_EDIT_FROM) visit(word.slice(0, i) + inserted + word.slice(from), cost, mayBeWord);
  };
  const live = Math.min(n, space.liveUntil);
  for (let i = 0; i < live; i++) {
    const letter = word[i];
    // The writer typed a letter that does not belong.
    offer(i, '', i + 1, insertionCost(letter, word[i - 1], word[i + 1]));
    // The writer typed this letter instead of another.
    for (const other of space.letters(i)) if (other !== letter) offer(i, other, i + 1, substitutionCost(letter, other));
    if (i + 1 < n && letter !== word[i + 1]) offer(i, word[i + 1] + letter, i + 2, COST.transposition);
  }
  for (let i = 0; i <= Math.min(n, space.liveUntil - 1); i++) {
    // The writer left out a letter.
    for (const letter of space.letters(i)) offer(i, letter, i, deletionCost(letter, word[i - 1], word[i]));
  }
  space.suffixEdits(visit);
}

/**
 * The cheap second edits: a confusable letter, or a doubled or vowel letter dropped; only those that may still
 * spell a word.
 */
function cheapEdits(word: string, visit: Visit, shape?: LexiconShape): void {
  const n = word.length;
  const space = editSpace(word, shape);
  for (let i = 0; i < n; i++) {
    for (const [letter, cost] of confusableLetters(word[i])) {
      if (cost <= SECOND_EDIT_FROM && space.mayBeWord(i, letter, i + 1)) visit(word.slice(0, i) + letter + word.slice(i + 1), cost);
    }
    const dropped = insertionCost(word[i], word[i - 1], word[i + 1]);
    if (dropped < COST.insertion && space.mayBeWord(i, '', i + 1)) visit(word.slice(0, i) + word.slice(i + 1), dropped);
  }
}

/**
 * The known words within MAX_COST of `word`, cheapest first. `isKnown` is the lexicon's lookup, called once or
 * twice for each generated string, so it should reject non-words fast; with the lexicon's `shape`, single edits
 * that cannot lead to a word are not generated at all. Splits into two known words are offered too
 * («بهخانه» → «به خانه»).
 */
export function candidates(
  word: string,
  isKnown: (text: string) => boolean,
  shape?: LexiconShape,
  maxCost = MAX_COST,
): Candidate[] {
  const best = new Map<string, number>();
  const lookup = (text: string) => text.length > 0 && isKnown(text);
  const keep = (text: string, cost: number, mayBeWord = true) => {
    if (!mayBeWord || cost > maxCost || text === word) return;
    const previous = best.get(text);
    if (previous !== undefined ? previous > cost : lookup(text)) best.set(text, cost);
  };

  const cheap: [string, number][] = [];
  const seen = new Set<string>();
  singleEdits(
    word,
    (text, cost, mayBeWord) => {
      keep(text, cost, mayBeWord);
      if (cost <= SECOND_EDIT_FROM && !seen.has(text)) {
        seen.add(text);
        cheap.push([text, cost]);
      }
    },
    shape,
  );
  // Two slips only when one found nothing as cheap: a one-slip confusion outranks any two-slip reading, and the
  // second round is two thirds of the lookups.
  let bestSingle = Infinity;
  for (const cost of best.values()) bestSingle = Math.min(bestSingle, cost);
  if (bestSingle > SECOND_EDIT_FROM && maxCost > SECOND_EDIT_FROM) for (const [first, cost] of cheap) cheapEdits(first, (text, second) => keep(text, cost + second), shape);

  // A missing space: two known words run together.
  for (let i = 1; COST.space <= maxCost && i < word.length; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (lookup(left) && lookup(right)) {
      const text = left + ' ' + right;
      if (!best.has(text)) best.set(text, right === 'و' ? COST.conjunctionJoined : COST.space);
    }
  }

  return [...best].map(([text, cost]) => ({ text, cost })).sort((a, b) => a.cost - b.cost || (a.text < b.text ? -1 : 1));
}
