// The one spelling normalisation the lexicon and its callers share, so that a word typed with an Arabic keyboard
// (ي، ك، ى) or stretched with a kashida finds the same entry as the Persian spelling.

const REPLACEMENTS: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u0640': '' };
const NEEDS_WORK = /[\u064A\u0649\u0643\u0640]/;
const ALL = /[\u064A\u0649\u0643\u0640]/g;

export function normalizeWord(word: string): string {
  return NEEDS_WORK.test(word) ? word.replace(ALL, (ch) => REPLACEMENTS[ch]) : word;
}

export const ZWNJ = '\u200C';

/** The letters of a word with every ZWNJ removed: the key under which all its ZWNJ spellings meet. */
export function stripZwnj(word: string): string {
  return word.indexOf(ZWNJ) < 0 ? word : word.split(ZWNJ).join('');
}
