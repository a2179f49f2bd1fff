// punctuation-ellipsis: three full stops (...) for an ellipsis in a Persian sentence.
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) uses the suspension points «…» as one
// mark; as one character (U+2026) it never breaks across lines and spacing rules see it as one sign. Only runs of
// exactly three dots are changed: two or four dots may be deliberate, and their meaning is not certain.

import type { Finding, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';
import { runsOf } from '../text/runs';

const DOT = 0x2e;
const MESSAGE: Localized = { fa: 'سه نقطهٔ جدا؛ «…» بنویسید', en: 'Three full stops; use the ellipsis «…»' };
const FIX: Localized = { fa: 'سه‌نقطه «…»', en: 'Use «…»' };

export const punctuationEllipsis: ParagraphRule = {
  id: 'punctuation-ellipsis',
  family: 'punctuation',
  scope: 'paragraph',
  title: { fa: 'سه نقطهٔ جدا (...) به جای سه‌نقطه (…)', en: 'Three full stops (...) instead of an ellipsis (…)' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان در نشانه‌های نگارشی سه‌نقطه «…» را یک نشانه می‌داند؛ یک نویسهٔ U+2026 در پایان سطر نمی‌شکند.',
    en: "The Academy of Persian Language's دستور خط فارسی treats the suspension points «…» as one mark; as one character (U+2026) it never breaks across lines.",
  },
  examples: [{ before: 'گفت که شاید...', after: 'گفت که شاید…' }],
  defaultSeverity: 'hint',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    // Runs shorter than three dots (a sentence's full stop) are never an ellipsis: not even yielded.
    for (const { start, end: i } of runsOf(text, ctx.segments, DOT, 3)) {
      // Dots just outside the segment count too: four dots split by a protected span are not an ellipsis.
      const wholeRun = i - start === 3 && text.charCodeAt(start - 1) !== DOT && text.charCodeAt(i) !== DOT;
      if (!wholeRun || !inPersianContext(text, start)) continue;
      findings.push(
        finding(punctuationEllipsis, start, i, MESSAGE, options, [replaceFix(FIX, options, { start, end: i, newText: '…' }, true)]),
      );
    }
    return findings;
  },
};
