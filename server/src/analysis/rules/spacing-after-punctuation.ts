// spacing-after-punctuation: a punctuation mark glued to the Persian word after it, as in «گفت:بله،می‌آیم».
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) puts one space after ، ؛ ؟ . ! : and
// after the closing ) » ], so that the next word starts apart. Only a mark followed directly by a Persian letter is
// flagged, so numbers (۳.۵، ۱۲:۳۰) and a mark before another mark or a closing bracket are never touched. Left
// alone: the dots of Persian abbreviations (ه.ش، ق.م), where each dot follows a one-letter word.

import { fill } from '../messages';
import type { Finding, Localized } from '../types';
import { isArabicScriptLetter, isPersianWordChar } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

/** ، ؛ ؟ . ! : , ; ? ) » ] as code units: the scan runs over every character of a paragraph. */
const MARKS_WANTING_SPACE = new Set([0x060c, 0x061b, 0x061f, 0x2e, 0x21, 0x3a, 0x2c, 0x3b, 0x3f, 0x29, 0xbb, 0x5d]);

const ZWJ = 0x200d;

/** «ه.ش», «ه‍.ق»: a dot after a one-letter word (its joining form shown by a ZWJ or not) abbreviates. */
function isAbbreviationDot(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x2e) return false;
  const letter = text.charCodeAt(index - 1) === ZWJ ? index - 2 : index - 1;
  return letter >= 0 && isArabicScriptLetter(text.charCodeAt(letter)) && !isPersianWordChar(text.charCodeAt(letter - 1));
}

const MESSAGE: Localized = { fa: 'بدون فاصله پس از «{mark}»؛ یک فاصله بگذارید', en: 'No space after «{mark}»; add one' };
const FIX: Localized = { fa: 'افزودن فاصله', en: 'Add a space' };

export const spacingAfterPunctuation: ParagraphRule = {
  id: 'spacing-after-punctuation',
  family: 'spacing',
  scope: 'paragraph',
  title: { fa: 'نبودِ فاصله پس از نشانه‌های نگارشی', en: 'No space after a punctuation mark' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان پس از نشانه‌های نگارشی (، ؛ ؟ . ! : و کمانک و گیومهٔ بسته) یک فاصله می‌گذارد تا واژهٔ بعد جدا آغاز شود.',
    en: "The Academy of Persian Language's دستور خط فارسی puts one space after punctuation marks (، ؛ ؟ . ! : and a closing bracket or guillemet), so that the next word starts apart.",
  },
  examples: [{ before: 'گفت:بله،می‌آیم.', after: 'گفت: بله، می‌آیم.' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      for (let i = segment.start; i + 1 < segment.end; i++) {
        if (!MARKS_WANTING_SPACE.has(text.charCodeAt(i)) || !isArabicScriptLetter(text.charCodeAt(i + 1))) continue;
        if (isAbbreviationDot(text, i)) continue;
        const mark = text[i];
        const message = { fa: fill(MESSAGE, { mark }, 'fa'), en: fill(MESSAGE, { mark }, 'en') };
        // The finding marks the mark; its fix inserts the space right after it.
        findings.push(finding(spacingAfterPunctuation, i, i + 1, message, options, [replaceFix(FIX, options, { start: i + 1, end: i + 1, newText: ' ' }, true)]));
      }
    }
    return findings;
  },
};
