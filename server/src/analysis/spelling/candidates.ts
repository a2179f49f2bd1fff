// The words a misspelling may have meant: every string one weighted edit away, and the strings two cheap edits
// away (two confusions of sound, dots or vowel letters, which is how Persian words are most often misspelt),
// kept when the lexicon knows them. Generating and looking up (rather than keeping a second index of every
// inflected form) means every inflection the lexicon accepts is a candidate; the lexicon's shape (sorted stems,
// suffix chains) prunes the edits that cannot lead to a word, so an unknown word costs a few hundred lookups,
// and only unknown words pay it.

import type { LexiconShape } from '../lexicon/mayBeKnown';
import { COST, confusableLetters, deletionCost, insertionCost, singleEditCost, substitutionCost } from './editCosts';
import { hasStemPrefix, lettersAfter } from './stemPrefixes';

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
}

function editSpace(word: string, shape: LexiconShape | undefined): EditSpace {
  const n = word.length;
  if (!shape || word.includes('\u200C') || shape.heads.some((head) => word.startsWith(head))) {
    return { liveUntil: n + 1, letters: () => ALPHABET, suffixEdits: () => {} };
  }
  let liveUntil = 1;
  while (liveUntil <= n && hasStemPrefix(shape.sortedStemKeys, word.slice(0, liveUntil))) liveUntil++;
  const stemEnds: number[] = [];
  let longestTail = 0;
  for (const tail of shape.tails) longestTail = Math.max(longestTail, tail.length);
  for (let j = Math.max(1, n - longestTail - 1); j <= n; j++) if (shape.stemKeys.has(word.slice(0, j))) stemEnds.push(j);
  const letters: (readonly string[])[] = [];
  return {
    liveUntil,
    letters: (i) => letters[i] ?? (letters[i] = lettersAfter(shape.sortedStemKeys, word.slice(0, i))),
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
  for (let i = 0; i < live; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    const letter = word[i];
    // The writer typed a letter that does not belong.
    visit(head + tail, insertionCost(letter, word[i - 1], word[i + 1]));
    // The writer typed this letter instead of another.
    for (const other of space.letters(i)) if (other !== letter) visit(head + other + tail, substitutionCost(letter, other));
    if (i + 1 < n && letter !== word[i + 1]) visit(head + word[i + 1] + letter + word.slice(i + 2), COST.transposition);
  }
  for (let i = 0; i <= Math.min(n, space.liveUntil - 1); i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    // The writer left out a letter.
    for (const letter of space.letters(i)) visit(head + letter + tail, deletionCost(letter, word[i - 1], word[i]));
  }
  space.suffixEdits(visit);
}

/** The cheap second edits: a confusable letter, or a doubled or vowel letter dropped. */
function cheapEdits(word: string, visit: Visit): void {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    for (const [letter, cost] of confusableLetters(word[i])) if (cost <= SECOND_EDIT_FROM) visit(head + letter + tail, cost);
    const dropped = insertionCost(word[i], word[i - 1], word[i + 1]);
    if (dropped < COST.insertion) visit(head + tail, dropped);
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
  if (bestSingle > SECOND_EDIT_FROM && maxCost > SECOND_EDIT_FROM) for (const [first, cost] of cheap) cheapEdits(first, (text, second) => keep(text, cost + second));

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
