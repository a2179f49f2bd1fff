// characters-kashida: kashida (tatweel, U+0640) stretching a Persian word, as in «ایـــران».
// Why: the kashida is a typesetting device for justification, not a letter; ISIRI 6219 and the Academy's
// دستور خط فارسی spell words without it, and a stretched word no longer matches in search or spell-checking.
// Left alone: a kashida that starts a word or stands alone, as in «پسوند ـها» or a kashida used as a dash, because
// there it is a deliberate sign, not a stretched word. Code and Latin text are protected spans and never scanned.

import type { Finding, Localized } from '../types';
import { isPersianWordChar, KASHIDA } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';
import { runsOf } from '../text/runs';

const MESSAGE: Localized = { fa: 'کشیده؛ حذفش کنید', en: 'Kashida (tatweel); remove it' };
const FIX: Localized = { fa: 'حذف کشیده', en: 'Remove the kashida' };

export const charactersKashida: ParagraphRule = {
  id: 'characters-kashida',
  family: 'characters',
  scope: 'paragraph',
  title: { fa: 'کشیده (ـ) درون واژه', en: 'Kashida (tatweel) inside a word' },
  why: {
    fa: 'کشیده ابزار حروف‌چینی برای تراز کردن سطر است، نه حرف؛ دستور خط فارسی و استاندارد ملی ۶۲۱۹ واژه را بی کشیده می‌نویسند و واژهٔ کشیده در جست‌وجو و غلط‌یابی پیدا نمی‌شود.',
    en: "The kashida is a typesetting device for justifying lines, not a letter; the Academy's دستور خط فارسی and ISIRI 6219 spell words without it, and a stretched word no longer matches in search or spell-checking.",
  },
  examples: [{ before: 'ایـــران', after: 'ایران' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const { start, end: i } of runsOf(text, ctx.segments, KASHIDA)) {
      // Only a kashida that follows a letter (or its mark) stretches a word.
      if (start === 0 || !isPersianWordChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x200c) continue;
      findings.push(
        finding(charactersKashida, start, i, MESSAGE, options, [replaceFix(FIX, options, { start, end: i, newText: '' }, true)]),
      );
    }
    return findings;
  },
};
