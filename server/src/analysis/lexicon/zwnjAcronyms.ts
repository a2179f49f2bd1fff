// Latin abbreviations spelt out in Persian letter names (بی‌بی‌سی BBC, سی‌ان‌ان CNN, ای‌بی‌ام IBM) are one word, its
// letters joined by ZWNJs, as the news corpora write them; typed with spaces (بی بی سی) they break at line ends and
// in search. Several letter names are also Persian words (بی "without", سی "thirty", دی the month, ای "O"), so only
// a run of three or more is read as an abbreviation, and «او» (he), far more common as the pronoun, is left out.

import { normalizeWord } from './normalize';

const LETTER_NAMES = new Set([
  'ای', 'بی', 'سی', 'دی', 'اف', 'جی', 'اچ', 'آی', 'جی', 'کی', 'ال', 'ام', 'ان', 'پی', 'کیو', 'آر', 'اس', 'تی', 'یو', 'وی',
  'دبلیو', 'ایکس', 'وای', 'زد', 'زی',
]);

/** The fewest letter names in a row that are read as an abbreviation. */
export const ACRONYM_MIN_LETTERS = 3;

/** Whether a word is the Persian name of a Latin letter (بی، سی، ان). */
export function isLetterName(word: string): boolean {
  return LETTER_NAMES.has(normalizeWord(word));
}

/** The abbreviation written as one word: its letter names joined by ZWNJs (بی‌بی‌سی). */
export function acronymForm(letters: readonly string[]): string {
  return letters.map(normalizeWord).join('\u200C');
}

/**
 * A joined abbreviation (بیبیسی، انیوسیتی): the letter names it splits into, when it splits into three or more in
 * exactly one way; undefined otherwise. The caller checks first that the string is no word.
 */
export function splitJoinedAcronym(word: string): string[] | undefined {
  const letters = normalizeWord(word);
  // ways[i]: the splits of letters[i..], at most two kept (two means ambiguous).
  const ways: string[][][] = Array.from({ length: letters.length + 1 }, () => []);
  ways[letters.length] = [[]];
  for (let i = letters.length - 1; i >= 0; i--) {
    for (let len = 2; len <= 5 && i + len <= letters.length; len++) {
      const name = letters.slice(i, i + len);
      if (!LETTER_NAMES.has(name)) continue;
      for (const rest of ways[i + len]) if (ways[i].length < 2) ways[i].push([name, ...rest]);
    }
  }
  const [only, other] = ways[0];
  return only && !other && only.length >= ACRONYM_MIN_LETTERS ? only : undefined;
}
