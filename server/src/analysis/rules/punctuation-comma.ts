// punctuation-comma: an ASCII comma (,) in a Persian sentence.
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) writes the Persian comma «،» (U+060C);
// the Latin comma sits low and reads as a foreign mark in Persian text. Numbers (1,000) keep theirs.

import { persianMarkFindings } from './persianPunctuationMark';
import type { ParagraphContext, ParagraphRule } from './rule';

export const punctuationComma: ParagraphRule = {
  id: 'punctuation-comma',
  family: 'punctuation',
  scope: 'paragraph',
  title: { fa: 'ویرگول لاتین (,) در جملهٔ فارسی', en: 'Latin comma (,) in a Persian sentence' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان در نشانه‌های نگارشی ویرگول فارسی «،» را به کار می‌برد؛ ویرگول لاتین در متن فارسی بیگانه است. ویرگول میان رقم‌ها (1,000) دست نمی‌خورد.',
    en: "The Academy of Persian Language's دستور خط فارسی uses the Persian comma «،» in Persian text; the Latin comma is foreign there. A comma between digits (1,000) is left alone.",
  },
  examples: [{ before: 'تهران, اصفهان و شیراز', after: 'تهران، اصفهان و شیراز' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    return persianMarkFindings(punctuationComma, ctx, {
      ascii: ',',
      persian: '،',
      message: { fa: 'ویرگول لاتین؛ «،» بنویسید', en: 'Latin comma; use «،»' },
      fix: { fa: 'ویرگول فارسی «،»', en: 'Use the Persian comma «،»' },
    });
  },
};
