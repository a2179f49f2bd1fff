// digits-arabic-indic: Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩, U+0660–0669) in Persian text.
// Why: Persian writes its own digits (۰۱۲۳۴۵۶۷۸۹, U+06F0–06F9), as ISIRI 6219 and the Academy's دستور خط فارسی
// say; four of the Arabic-Indic shapes differ (٤ ٥ ٦ against ۴ ۵ ۶) and numbers in the two sets do not match in
// search. They are always replaced, whatever the digit setting says: by Persian digits, or by Latin digits when the
// writer chose `latin`, so that this rule and digits-latin never undo each other.

import type { Finding, Localized } from '../types';
import { isArabicIndicDigit } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

const ARABIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const LATIN_ZERO = 0x30;

const MESSAGE: Localized = { fa: 'رقم عربی؛ رقم فارسی بنویسید', en: 'Arabic-Indic digits; use Persian digits' };
const MESSAGE_LATIN: Localized = { fa: 'رقم عربی؛ طبق تنظیمات رقم لاتین بنویسید', en: 'Arabic-Indic digits; your settings ask for Latin digits' };
const FIX: Localized = { fa: 'رقم فارسی', en: 'Use Persian digits' };
const FIX_LATIN: Localized = { fa: 'رقم لاتین', en: 'Use Latin digits' };

export const digitsArabicIndic: ParagraphRule = {
  id: 'digits-arabic-indic',
  family: 'digits',
  scope: 'paragraph',
  title: { fa: 'رقم‌های عربی به جای رقم‌های فارسی', en: 'Arabic-Indic digits instead of Persian digits' },
  why: {
    fa: 'فارسی رقم‌های خود (۰ تا ۹، U+06F0–06F9) را دارد، چنان‌که استاندارد ملی ۶۲۱۹ و دستور خط فارسی فرهنگستان می‌گویند؛ شکل ٤ و ٥ و ٦ عربی با ۴ و ۵ و ۶ فارسی فرق دارد و عددها در جست‌وجو با هم جور نمی‌شوند.',
    en: "Persian has its own digits (U+06F0–06F9), as ISIRI 6219 and the Academy's دستور خط فارسی say; the Arabic-Indic ٤ ٥ ٦ differ in shape from Persian ۴ ۵ ۶, and numbers in the two sets do not match in search.",
  },
  examples: [{ before: 'سال ١٤٠٢', after: 'سال ۱۴۰۲' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const toLatin = options.digits === 'latin';
    const zero = toLatin ? LATIN_ZERO : PERSIAN_ZERO;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      let i = segment.start;
      while (i < segment.end) {
        if (!isArabicIndicDigit(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        let replacement = '';
        for (; i < segment.end && isArabicIndicDigit(text.charCodeAt(i)); i++) {
          replacement += String.fromCharCode(text.charCodeAt(i) - ARABIC_ZERO + zero);
        }
        findings.push(
          finding(digitsArabicIndic, start, i, toLatin ? MESSAGE_LATIN : MESSAGE, options, [
            replaceFix(toLatin ? FIX_LATIN : FIX, options, { start, end: i, newText: replacement }, true),
          ]),
        );
      }
    }
    return findings;
  },
};
