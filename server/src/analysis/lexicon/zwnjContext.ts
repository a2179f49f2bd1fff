// Which of a joined word's readings the sentence allows, for the splits the word alone cannot settle: «نامهای» is
// نام‌های (names of) or نامه‌ای (a letter), «حرفهای» حرف‌های or حرفه‌ای. The word-level decision ranks them by
// corpus counts (lexicon/zwnj.ts); here grammar gets a say. The plural ending ‌های carries the ezafe, so something
// must follow it (نام‌های کشورها، سال‌های ۱۳۷۰، نام‌های «الف»). Before a clause break (. ، ؛ : ! ؟ or the end of the
// text) or before که، را، و، است and their like, the ezafe reading is impossible and the reading with ه is the one
// left (نامه‌ای که نوشت، حرفه‌ای است). Spelling bigrams were tried as a second voice and changed nothing on dev: the
// pairs are too sparse.

import { normalizeWord } from './normalize';

/** Words that never complete an ezafe: the plural ‌های cannot stand before them. */
const NO_EZAFE_BEFORE = new Set([
  'که', 'را', 'و', 'است', 'بود', 'شد', 'باشد', 'نیست', 'هست', 'هم', 'نیز', 'تا', 'یا', 'اما', 'ولی',
  // A preposition opens a phrase of its own (نامه‌ای به، گوشه‌ای از): in ARMAN parts 1-2 «X‌ه‌ای» stands before
  // از، به، در، با، برای 121 times, a plural with its ezafe 13.
  'از', 'به', 'در', 'با', 'برای',
]);

/**
 * Words that complete a plural's ezafe and hardly ever follow «ه‌ای» (حرف‌های ما، حرف‌های دیگران، حرف‌های
 * زیادی): personal pronouns, یکدیگر، دیگران and the plural quantifiers. In ARMAN parts 1-2 they follow a plural
 * ‌های 56 times and ه‌ای 3. Not خود، این، آن or دیگر: a relational adjective in ‌ای takes the ezafe too
 * (طرح‌های توسعه‌ای خود، لیگ حرفه‌ای این کشور، کمیته‌ای دیگر).
 */
const EZAFE_COMPLEMENTS = new Set(['او', 'ما', 'شما', 'آنان', 'آنها', 'ایشان', 'خودشان', 'خودم', 'یکدیگر', 'دیگران', 'بسیاری', 'زیادی']);

/** The plural ending with the ezafe: نام‌های (not نام‌هایش, whose pronoun may end a clause). */
const PLURAL_EZAFE = /\u200Cهای$/;
/** The same letters read with ه: نامه‌ای. */
const AFTER_HEH = /ه\u200Cای$/;

/**
 * The readings `forms` (best first by the word alone) with an ه reading moved first where the plural's ezafe has
 * nothing to attach to: `next` is the following word when only spaces separate them, `clauseEnds` whether a clause
 * break (or the text's end) follows instead.
 */
export function rankByContext(forms: readonly string[], next: string | undefined, clauseEnds: boolean): string[] {
  if (forms.length >= 2 && AFTER_HEH.test(forms[0]) && next !== undefined && EZAFE_COMPLEMENTS.has(normalizeWord(next))) {
    const plural = forms.find((form) => PLURAL_EZAFE.test(form));
    if (plural) return [plural, ...forms.filter((form) => form !== plural)];
  }
  if (forms.length < 2 || !PLURAL_EZAFE.test(forms[0])) return [...forms];
  if (!clauseEnds && (next === undefined || !NO_EZAFE_BEFORE.has(normalizeWord(next)))) return [...forms];
  const heh = forms.find((form) => AFTER_HEH.test(form));
  return heh ? [heh, ...forms.filter((form) => form !== heh)] : [...forms];
}
