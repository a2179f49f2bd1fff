// The lexicon's public API: the compiled Lilak lexicon (server/tools/compile-lexicon.ts) with its affixes, corpus
// frequencies and the ZWNJ spellings it licenses. Everything loads lazily: the first call reads the table.
//
// For the spelling rules: `isKnownWord` accepts every spelling Lilak licenses, including its joined twins of ZWNJ
// affixes (کتابها beside کتاب‌ها), because which of those to use is the ZWNJ rules' business, not a misspelling.
// A joined string that is not a word but has licensed ZWNJ spellings (مینامد → می‌نامد) is not known here;
// `zwnjForms` returns its spellings, and the zwnj-missing rule reports it, so spelling can skip such words.

import type { ZwnjStyle } from '../types';
import { corpusCount } from './frequencies';
import { isLicensed, type Spelling } from './morphology';
import { spellingsOf } from './zwnj';
import { normalizeWord, stripZwnj } from './normalize';
import { rankSpellings } from './style';
import { lexiconTable } from './table';

export { normalizeWord, stripZwnj } from './normalize';
export type { Spelling } from './morphology';

/** A Lilak form, or a licensed inflection of a Lilak stem, written with the ZWNJs Lilak gives it. */
export function isKnownWord(word: string): boolean {
  return isLicensed(normalizeWord(word));
}

/** How often the frequency corpus (ARMAN parts 1–3 and PEYMA train; see server/tools/zwnj-corpus.ts) wrote `word` so; 0 when unseen. */
export function wordFrequency(word: string): number {
  return corpusCount(normalizeWord(word));
}

/** Every stem listed in the compiled table (not the affixed forms built from them), except NOSUGGEST entries. */
export function* lexiconWords(): Iterable<string> {
  const table = lexiconTable();
  for (let index = 0; index < table.count; index++) {
    if (!table.flagsOf(index).has(table.noSuggest)) yield table.wordAt(index);
  }
}

/**
 * The licensed ways to write a joined or spaced string (مینامد، می نامد) as one word with ZWNJs, best first for
 * `style`; [] when the lexicon licenses none. The joined form itself is among them when it is a word in that style.
 */
export function zwnjForms(text: string, style: ZwnjStyle = 'academy'): string[] {
  return rankSpellings(zwnjSpellings(text), style).map((s) => s.form);
}

/**
 * Every licensed spelling of the letters of `text` (spaces and ZWNJs ignored), unranked, with how each is built:
 * Lilak's, and the ZWNJ spellings the frequency corpus attests (رئیس‌جمهور).
 */
export function zwnjSpellings(text: string): Spelling[] {
  return spellingsOf(stripZwnj(normalizeWord(text)).replace(/ /g, ''));
}
