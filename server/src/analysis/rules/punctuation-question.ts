// punctuation-question: an ASCII question mark (?) in a Persian sentence.
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) writes the Persian question mark «؟»
// (U+061F), mirrored for right-to-left text. Question marks in URLs and code are protected spans and never seen.

import { persianMarkFindings } from './persianPunctuationMark';
import type { ParagraphContext, ParagraphRule } from './rule';

export const punctuationQuestion: ParagraphRule = {
  id: 'punctuation-question',
  family: 'punctuation',
  scope: 'paragraph',
  title: { fa: 'علامت سؤال لاتین (?) در جملهٔ فارسی', en: 'Latin question mark (?) in a Persian sentence' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان در نشانه‌های نگارشی علامت سؤال فارسی «؟» را به کار می‌برد که برای خط راست‌به‌چپ قرینه شده است.',
    en: "The Academy of Persian Language's دستور خط فارسی uses the Persian question mark «؟», mirrored for right-to-left text.",
  },
  examples: [{ before: 'کجا می‌روی?', after: 'کجا می‌روی؟' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    return persianMarkFindings(punctuationQuestion, ctx, {
      ascii: '?',
      persian: '؟',
      message: { fa: 'علامت سؤال لاتین؛ «؟» بنویسید', en: 'Latin question mark; use «؟»' },
      fix: { fa: 'علامت سؤال فارسی «؟»', en: 'Use the Persian question mark «؟»' },
    });
  },
};
