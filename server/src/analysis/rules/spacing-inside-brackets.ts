// spacing-inside-brackets: a space just inside brackets and guillemets, as in «( مثلاً )» or «« صلح »».
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) writes the opening ( « [ against the
// word after it and the closing ) » ] against the word before it. Left alone: empty brackets such as Markdown's
// task box «[ ]», and a bracket at the start or end of a line, where the spaces are indentation or a line break.

import { fill } from '../messages';
import type { Finding, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { isInlineSpace } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

/** ( « [ and ) » ] as code units. */
export const OPENERS = new Set([0x28, 0xab, 0x5b]);
export const CLOSERS = new Set([0x29, 0xbb, 0x5d]);

function isLineBreakOrEdge(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return Number.isNaN(code) || code === 0x0a || code === 0x0d;
}

const AFTER_OPENER: Localized = { fa: 'فاصله پس از «{mark}»؛ حذفش کنید', en: 'Space after «{mark}»; remove it' };
const BEFORE_CLOSER: Localized = { fa: 'فاصله پیش از «{mark}»؛ حذفش کنید', en: 'Space before «{mark}»; remove it' };
const FIX: Localized = { fa: 'حذف فاصله', en: 'Remove the space' };

function withMark(message: Localized, mark: string): Localized {
  return { fa: fill(message, { mark }, 'fa'), en: fill(message, { mark }, 'en') };
}

export const spacingInsideBrackets: ParagraphRule = {
  id: 'spacing-inside-brackets',
  family: 'spacing',
  scope: 'paragraph',
  title: { fa: 'فاصله درون کمانک، قلاب یا گیومه', en: 'Space just inside brackets or guillemets' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان کمانک، قلاب و گیومهٔ باز را به واژهٔ بعد و بسته را به واژهٔ قبل می‌چسباند.',
    en: "The Academy of Persian Language's دستور خط فارسی writes an opening bracket or guillemet against the word after it and a closing one against the word before it.",
  },
  examples: [{ before: 'قزاقستان ( مانند تاجیکستان ) و « صلح »', after: 'قزاقستان (مانند تاجیکستان) و «صلح»' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    const report = (start: number, end: number, bracket: number, message: Localized) => {
      if (!inPersianContext(text, bracket)) return;
      findings.push(
        finding(spacingInsideBrackets, start, end, withMark(message, text[bracket]), options, [
          replaceFix(FIX, options, { start, end, newText: '' }, true),
        ]),
      );
    };
    for (const segment of ctx.segments) {
      let i = segment.start;
      while (i < segment.end) {
        if (!isInlineSpace(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        while (i < segment.end && isInlineSpace(text.charCodeAt(i))) i++;
        const before = text.charCodeAt(start - 1);
        const after = text.charCodeAt(i);
        if (isLineBreakOrEdge(text, start - 1) || isLineBreakOrEdge(text, i)) continue;
        // «[ ]», «( )»: an empty pair is markup (a task box) or deliberate.
        if (OPENERS.has(before) && CLOSERS.has(after)) continue;
        if (OPENERS.has(before)) report(start, i, start - 1, AFTER_OPENER);
        else if (CLOSERS.has(after)) report(start, i, i, BEFORE_CLOSER);
      }
    }
    return findings;
  },
};
