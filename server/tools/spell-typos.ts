// Realistic typos injected with a fixed seed into correct corpus sentences, for `eval:spell`: a letter swapped
// for one with the same sound, with other dots, or for a neighbouring key on the Persian keyboard; a letter left
// out, doubled or added; two letters swapped; two words run together; a word split by a space. Only typos that
// make a non-word (for Dabir's lexicon and for nspell's Lilak alike) and that are not a ZWNJ matter are kept,
// since a real-word slip is a different task and a ZWNJ slip is the ZWNJ rules' finding.

import { keyboardNeighbours, SAME_SKELETON, SAME_SOUND } from '../src/analysis/spelling/editCosts';
import type { TaggedToken } from './spell-corpus';

export type TypoKind = 'sound' | 'dots' | 'keyboard' | 'deletion' | 'insertion' | 'transposition' | 'merge' | 'split';
export const TYPO_KINDS: readonly TypoKind[] = ['sound', 'dots', 'keyboard', 'deletion', 'insertion', 'transposition', 'merge', 'split'];

export interface RenderedSentence {
  text: string;
  /** Offsets of each token in `text`. */
  spans: { start: number; end: number }[];
}

const NO_SPACE_BEFORE = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', ')', ']', '»', '}', '%', '٪']);
const NO_SPACE_AFTER = new Set(['(', '[', '«', '{']);

/** Tokens joined as a writer types them: a space between words, none before closing or after opening marks. */
export function render(tokens: readonly string[]): RenderedSentence {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  tokens.forEach((token, k) => {
    if (k > 0 && !NO_SPACE_BEFORE.has(token) && !NO_SPACE_AFTER.has(tokens[k - 1])) text += ' ';
    spans.push({ start: text.length, end: text.length + token.length });
    text += token;
  });
  return { text, spans };
}

const PERSIAN_LETTERS = /^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0622]+$/;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function groupOf(groups: readonly string[], letter: string): string | undefined {
  return groups.find((g) => g.includes(letter));
}

/** One typo of the given kind in `word`, or undefined when the word offers no place for it. */
export function typo(word: string, kind: Exclude<TypoKind, 'merge'>, random: () => number): string | undefined {
  const positions = Array.from({ length: word.length }, (_, i) => i);
  const at = (filter: (letter: string) => boolean) => positions.filter((i) => filter(word[i]));
  const replace = (i: number, text: string) => word.slice(0, i) + text + word.slice(i + 1);
  switch (kind) {
    case 'sound':
    case 'dots': {
      const groups = kind === 'sound' ? SAME_SOUND : SAME_SKELETON;
      const places = at((l) => (groupOf(groups, l)?.length ?? 0) > 1);
      if (places.length === 0) return undefined;
      const i = pick(places, random);
      return replace(i, pick([...groupOf(groups, word[i])!].filter((l) => l !== word[i]), random));
    }
    case 'keyboard': {
      const places = at((l) => keyboardNeighbours(l).length > 0);
      if (places.length === 0) return undefined;
      const i = pick(places, random);
      return replace(i, pick(keyboardNeighbours(word[i]), random));
    }
    case 'deletion': {
      const i = pick(positions, random);
      return word.slice(0, i) + word.slice(i + 1);
    }
    case 'insertion': {
      // A neighbouring key caught with the intended one, or a letter struck twice.
      const i = pick(positions, random);
      const neighbours = keyboardNeighbours(word[i]);
      const extra = neighbours.length > 0 && random() < 0.6 ? pick(neighbours, random) : word[i];
      return word.slice(0, i + 1) + extra + word.slice(i + 1);
    }
    case 'transposition': {
      const places = positions.filter((i) => i + 1 < word.length && word[i] !== word[i + 1]);
      if (places.length === 0) return undefined;
      const i = pick(places, random);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case 'split': {
      if (word.length < 4) return undefined;
      const i = 2 + Math.floor(random() * (word.length - 3));
      return word.slice(0, i) + ' ' + word.slice(i);
    }
  }
}

export interface InjectedTypo {
  kind: TypoKind;
  /** The sentence with the typo, and the sentence without it. */
  wrong: string;
  correct: string;
  /** Where the typo is in `wrong`. */
  start: number;
  end: number;
}

export interface TypoJudge {
  /** Whether `text` (one word, or words with spaces) is a fair non-word typo: no system knows it, no ZWNJ fixes it. */
  isNonWordTypo(text: string): boolean;
  isEligibleWord(word: string): boolean;
}

/** One typo in the sentence, of a kind drawn at random; undefined when no attempt made a fair non-word. */
export function injectTypo(sentence: readonly TaggedToken[], random: () => number, judge: TypoJudge): InjectedTypo | undefined {
  const tokens = sentence.map((t) => t.text);
  const eligible = (k: number) =>
    k >= 0 && k < tokens.length && sentence[k].type === '' && PERSIAN_LETTERS.test(tokens[k]) && judge.isEligibleWord(tokens[k]);
  const original = render(tokens);
  for (let attempt = 0; attempt < 12; attempt++) {
    const k = Math.floor(random() * tokens.length);
    if (!eligible(k) || tokens[k].length < 3) continue;
    const kind = pick(TYPO_KINDS, random);
    let replaced: string[];
    let changed: string;
    if (kind === 'merge') {
      if (!eligible(k + 1) || original.spans[k + 1].start !== original.spans[k].end + 1) continue;
      changed = tokens[k] + tokens[k + 1];
      replaced = [...tokens.slice(0, k), changed, ...tokens.slice(k + 2)];
    } else {
      const made = typo(tokens[k], kind, random);
      if (!made || made === tokens[k]) continue;
      changed = made;
      replaced = [...tokens.slice(0, k), changed, ...tokens.slice(k + 1)];
    }
    if (!judge.isNonWordTypo(changed)) continue;
    const wrong = render(replaced);
    const start = wrong.spans[k].start;
    return { kind, wrong: wrong.text, correct: original.text, start, end: start + changed.length };
  }
  return undefined;
}
