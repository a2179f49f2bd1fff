// punctuation-semicolon: an ASCII semicolon (;) in a Persian sentence.
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) writes the Persian semicolon «؛»
// (U+061B). The semicolon that ends an HTML character reference (&nbsp; &#1234;) is syntax, and the one of a
// winking emoticon ;) is a picture: both stay.

import { persianMarkFindings, startsEmoticon } from './persianPunctuationMark';
import type { ParagraphContext, ParagraphRule } from './rule';

const ENTITY_BEFORE = /&#?[A-Za-z0-9]{1,31}$/;

/** The semicolon of an HTML character reference (&nbsp;) or of a winking emoticon (;) ;-)) is not punctuation. */
function isNotPunctuation(text: string, index: number): boolean {
  return startsEmoticon(text, index) || ENTITY_BEFORE.test(text.slice(Math.max(0, index - 33), index));
}

export const punctuationSemicolon: ParagraphRule = {
  id: 'punctuation-semicolon',
  family: 'punctuation',
  scope: 'paragraph',
  title: { fa: 'نقطه‌ویرگول لاتین (;) در جملهٔ فارسی', en: 'Latin semicolon (;) in a Persian sentence' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان در نشانه‌های نگارشی نقطه‌ویرگول فارسی «؛» را به کار می‌برد.',
    en: "The Academy of Persian Language's دستور خط فارسی uses the Persian semicolon «؛» in Persian text.",
  },
  examples: [{ before: 'هوا سرد بود; باران هم می‌بارید', after: 'هوا سرد بود؛ باران هم می‌بارید' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    return persianMarkFindings(punctuationSemicolon, ctx, {
      ascii: ';',
      persian: '؛',
      message: { fa: 'نقطه‌ویرگول لاتین؛ «؛» بنویسید', en: 'Latin semicolon; use «؛»' },
      fix: { fa: 'نقطه‌ویرگول فارسی «؛»', en: 'Use the Persian semicolon «؛»' },
      isSyntax: isNotPunctuation,
    });
  },
};
