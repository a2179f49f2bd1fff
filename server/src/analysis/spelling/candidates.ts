// The words a misspelling may have meant: every string one weighted edit away, and the strings two cheap edits
// away (two confusions of sound, dots or vowel letters, which is how Persian words are most often misspelt),
// kept when the lexicon knows them. Generating and looking up (rather than keeping a second index of every
// inflected form) means every inflection the lexicon accepts is a candidate; the lexicon's shape (sorted stems,
// suffix chains) prunes the edits that cannot lead to a word, so an unknown word costs a few hundred lookups,
// and only unknown words pay it.

import { tailStarts, type LexiconShape } from '../lexicon/mayBeKnown';
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

type Visit = (text: string, cost: number) => void;

// Persian words are made of BMP letters, so code-unit slicing is letter slicing here (and much cheaper).

/**
 * Where in `word` an edit may still lead to a licensed form, from the lexicon's shape: an edit at position i keeps
 * word[0, i), so either a stem continues past i (word[0, i) starts some stem, and only the letters that follow
 * it in some stem are worth typing there), or a stem ended at some j ≤ i and the rest is an edited suffix (those are
 * enumerated from the few suffix chains directly).
 */
interface EditSpace {
  /** Positions below this keep a prefix that some stem starts with. */
  liveUntil: number;
  /** For each live position, the letters worth substituting or inserting there. */
  letters: (i: number) => readonly string[];
  /** Candidates that keep a whole stem and change its suffix. */
  suffixEdits: (visit: Visit) => void;
  /** Whether word[0, i) followed by `letter` still starts some stem. */
  continues: (i: number, letter: string) => boolean;
  /** Whether word[0, i) is a whole stem. */
  endsStem: (i: number) => boolean;
  /**
   * From here on a whole stem lies before the position and what follows may be a suffix chain, so any edit there
   * may still spell a word (the first stem end near enough to the word's end for a tail to reach it).
   */
  tailZoneFrom: number;
  /**
   * Below `tailZoneFrom`, and past the letters a prefix (بی‌) could take: whether word[0, i) + `code` +
   * word[from…] may spell a stem that goes past position i, then a tail, walked in the trie without building the
   * string. (An edit there cannot sit in a tail: no stem of the word ends early enough.) Undefined when the word
   * is not pruned (it has a ZWNJ or a prefix).
   */
  mayRespell?: (i: number, code: number, from: number) => boolean;
}

function editSpace(word: string, shape: LexiconShape | undefined): EditSpace {
  const n = word.length;
  if (!shape || word.includes('\u200C') || shape.heads.some((head) => word.startsWith(head))) {
    return { liveUntil: n + 1, letters: () => ALPHABET, suffixEdits: () => {}, continues: () => true, endsStem: () => true, tailZoneFrom: 0 };
  }
  // One walk down the stem trie: nodes[i] is where word[0, i) leads, as far as some stem starts so.
  const { trie } = shape;
  const nodes = [0];
  for (let i = 0, node = 0; i < n; i++) {
    node = trie.child(node, word.charCodeAt(i));
    if (node < 0) break;
    nodes.push(node);
  }
  const liveUntil = nodes.length;
  let tailMarks: Uint8Array | undefined;
  const stemEnds: number[] = [];
  for (let j = Math.max(1, n - shape.longestTail - 1); j < nodes.length; j++) if (trie.isStem(nodes[j])) stemEnds.push(j);
  return {
    liveUntil,
    letters: (i) => trie.letters(nodes[i]),
    continues: (i, letter) => i < liveUntil && trie.child(nodes[i], letter.charCodeAt(0)) >= 0,
    endsStem: (i) => i < liveUntil && trie.isStem(nodes[i]),
    tailZoneFrom: stemEnds.length > 0 ? stemEnds[0] : n + 1,
    mayRespell: (i, code, from) => {
      if (i >= liveUntil) return false;
      let node = trie.child(nodes[i], code);
      if (node < 0) return false;
      const tails = tailMarks ?? (tailMarks = tailStarts(word));
      if (tails[from] === 1 && trie.isStem(node)) return true;
      for (let p = from; p < n; p++) {
        node = trie.child(node, word.charCodeAt(p));
        if (node < 0) return false;
        if (tails[p + 1] === 1 && trie.isStem(node)) return true;
      }
      return false;
    },
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

/** Every single edit of `word` that may lead to a licensed form, each with its cost, handed to `visit`. */
function singleEdits(word: string, visit: Visit, shape?: LexiconShape): void {
  const n = word.length;
  const space = editSpace(word, shape);
  const live = Math.min(n, space.liveUntil);
  const longestHead = shape ? longestHeadOf(shape) : 0;
  // Where the trie can tell (see EditSpace.mayRespell), an edit is walked before its string is built; not the
  // cheap ones, which are kept as the first of two slips even when they spell no word themselves.
  const walkAt = (i: number) => (i >= space.tailZoneFrom || i < longestHead ? undefined : space.mayRespell);
  for (let i = 0; i < live; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    const letter = word[i];
    const walk = walkAt(i);
    // The writer typed a letter that does not belong.
    const inserted = insertionCost(letter, word[i - 1], word[i + 1]);
    if (inserted <= SECOND_EDIT_FROM || !walk || (i + 1 === n ? i > 0 && space.endsStem(i) : walk(i, word.charCodeAt(i + 1), i + 2))) {
      visit(head + tail, inserted);
    }
    // The writer typed this letter instead of another.
    for (const other of space.letters(i)) {
      if (other === letter) continue;
      const cost = substitutionCost(letter, other);
      if (cost <= SECOND_EDIT_FROM || !walk || walk(i, other.charCodeAt(0), i + 1)) visit(head + other + tail, cost);
    }
    if (i + 1 < n && letter !== word[i + 1]) visit(head + word[i + 1] + letter + word.slice(i + 2), COST.transposition);
  }
  for (let i = 0; i <= Math.min(n, space.liveUntil - 1); i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const walk = walkAt(i);
    // The writer left out a letter.
    for (const letter of space.letters(i)) {
      const cost = deletionCost(letter, word[i - 1], word[i]);
      if (cost <= SECOND_EDIT_FROM || !walk || walk(i, letter.charCodeAt(0), i)) visit(head + letter + tail, cost);
    }
  }
  space.suffixEdits(visit);
}

function longestHeadOf(shape: LexiconShape): number {
  let longest = 0;
  for (const head of shape.heads) longest = Math.max(longest, head.length);
  return longest;
}

/**
 * The cheap second edits: a confusable letter, or a doubled or vowel letter dropped; like single edits, only those
 * that may still spell a word (a stem goes on with the new letter, or the edit falls in a suffix after a stem).
 */
function cheapEdits(word: string, visit: Visit, shape?: LexiconShape): void {
  const n = word.length;
  const space = editSpace(word, shape);
  // Nearly every string this makes is no word, so where the trie can tell, it is asked before the string is built.
  const longestHead = shape ? longestHeadOf(shape) : 0;
  for (let i = 0; i < n; i++) {
    const anyEdit = i >= space.tailZoneFrom;
    if (!anyEdit && i >= space.liveUntil) break;
    const walk = anyEdit || i < longestHead ? undefined : space.mayRespell;
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    for (const [letter, cost] of confusableLetters(word[i])) {
      if (cost > SECOND_EDIT_FROM) continue;
      if (walk ? walk(i, letter.charCodeAt(0), i + 1) : anyEdit || space.continues(i, letter)) visit(head + letter + tail, cost);
    }
    const dropped = insertionCost(word[i], word[i - 1], word[i + 1]);
    if (dropped >= COST.insertion) continue;
    const keep = walk ? (i + 1 === n ? i > 0 && space.endsStem(i) : walk(i, word.charCodeAt(i + 1), i + 2)) : anyEdit || i + 1 === n || space.continues(i, word[i + 1]);
    if (keep) visit(head + tail, dropped);
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
  const keep = (text: string, cost: number) => {
    if (cost > maxCost || text === word) return;
    const previous = best.get(text);
    if (previous !== undefined ? previous > cost : lookup(text)) best.set(text, cost);
  };

  const cheap: [string, number][] = [];
  const seen = new Set<string>();
  singleEdits(
    word,
    (text, cost) => {
      keep(text, cost);
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
      if (!best.has(text)) best.set(text, COST.space);
    }
  }

  return [...best].map(([text, cost]) => ({ text, cost })).sort((a, b) => a.cost - b.cost || (a.text < b.text ? -1 : 1));
}
