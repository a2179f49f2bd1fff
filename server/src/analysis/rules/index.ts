// The rule registry: adding a rule touches its own file and one line here.

import { charactersArabicLetters } from './characters-arabic-letters';
import { charactersPresentationForm } from './characters-presentation-form';
import { charactersDecomposedHamza } from './characters-decomposed-hamza';
import { charactersKashida } from './characters-kashida';
import { charactersInvisible } from './characters-invisible';
import { digitsArabicIndic } from './digits-arabic-indic';
import { digitsLatin } from './digits-latin';
import { punctuationComma } from './punctuation-comma';
import { punctuationSemicolon } from './punctuation-semicolon';
import { punctuationQuestion } from './punctuation-question';
import { punctuationEllipsis } from './punctuation-ellipsis';
import { punctuationQuotes } from './punctuation-quotes';
import { spacingBeforePunctuation } from './spacing-before-punctuation';
import { spacingAfterPunctuation } from './spacing-after-punctuation';
import { spacingInsideBrackets } from './spacing-inside-brackets';
import { spacingMultipleSpaces } from './spacing-multiple-spaces';
import { spellingContext } from './spelling-context';
import { spellingUnknown } from './spelling-unknown';
import { zwnjMissing } from './zwnj-missing';
import { zwnjMisplaced } from './zwnj-misplaced';
import { zwnjInconsistent } from './zwnj-inconsistent';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  charactersArabicLetters,
  charactersPresentationForm,
  charactersDecomposedHamza,
  charactersKashida,
  charactersInvisible,
  digitsArabicIndic,
  digitsLatin,
  punctuationComma,
  punctuationSemicolon,
  punctuationQuestion,
  punctuationEllipsis,
  punctuationQuotes,
  spacingBeforePunctuation,
  spacingAfterPunctuation,
  spacingInsideBrackets,
  spacingMultipleSpaces,
  spellingUnknown,
  spellingContext,
  zwnjMissing,
  zwnjMisplaced,
  zwnjInconsistent,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
