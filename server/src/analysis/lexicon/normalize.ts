// The one spelling normalisation the lexicon and its callers share, so that a word typed with an Arabic keyboard
// (ي، ك، ى) or stretched with a kashida finds the same entry as the Persian spelling.

const REPLACEMENTS: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u0640': '' };
const ALL = /[\u064A\u0649\u0643\u0640]/g;

/** Called for every word the rules look up: a scan of code units decides, and almost no word needs a copy. */
export function normalizeWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x0640 && code <= 0x064a && (code === 0x064a || code === 0x0649 || code === 0x0643 || code === 0x0640)) {
      return word.replace(ALL, (ch) => REPLACEMENTS[ch]);
    }
  }
  return word;
}

export const ZWNJ = '\u200C';

/** The letters of a word with every ZWNJ removed: the key under which all its ZWNJ spellings meet. */
export function stripZwnj(word: string): string {
  return word.indexOf(ZWNJ) < 0 ? word : word.split(ZWNJ).join('');
}

const ARABIC_LAYOUT_LETTERS = /[\u0643\u064A]/;

/**
 * Whether a word was typed on an Arabic keyboard layout: it has the Arabic kaf or yeh (ك ي). That layout has no ZWNJ
 * key, so a space between such words is the writer's, not a lost ZWNJ (ARMAN never writes a ZWNJ in such a word).
 */
export function typedOnArabicLayout(word: string): boolean {
  return ARABIC_LAYOUT_LETTERS.test(word);
}
