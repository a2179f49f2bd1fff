// spacing-multiple-spaces: two or more spaces between words inside a line, as in «قزاقستان   و روسیه».
// Why: the Academy of Persian Language's دستور خط فارسی separates words by one space; extra spaces are typing
// accidents that show as uneven gaps. Left alone, because there spaces carry meaning: indentation and Markdown
// markers at the start of a line (list items, quotes, headings), trailing spaces at the end of a line (two of them
// are Markdown's hard line break), tabs and no-break spaces, and the padding of Markdown table cells (next to |).
// A run just inside a bracket or before a punctuation mark is removed whole by the spacing rules that own it.

import type { Finding, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';
import { ATTACHING_MARK_CODES } from './spacing-before-punctuation';
import { CLOSERS, OPENERS } from './spacing-inside-brackets';
import { runsOf } from '../text/runs';

const SPACE = 0x20;
const TABLE_PIPE = 0x7c;
/** Indentation and the Markdown markers that may follow it: what a line may start with before its text. */
const LINE_PREFIX = /^[ \t>]*(?:[-*+]|[0-9۰-۹]{1,9}[.)]|#{1,6})?[ \t]*$/;
const PREFIX_CHARS = /[ \t>*+\-#.)0-9۰-۹]/;

/** Whether only indentation and Markdown markers stand between the line's start and `index`. */
function followsLinePrefix(text: string, index: number): boolean {
  // Walk back over characters a prefix can hold; anything else (a word) ends the search at once, which keeps
  // the check cheap on long lines.
  let k = index;
  while (k > 0 && PREFIX_CHARS.test(text[k - 1])) k--;
  if (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') return false;
  return LINE_PREFIX.test(text.slice(k, index));
}

const MESSAGE: Localized = { fa: 'چند فاصلهٔ پشت سر هم؛ یک فاصله بگذارید', en: 'Several spaces in a row; use one' };
const FIX: Localized = { fa: 'یک فاصله', en: 'Use one space' };

export const spacingMultipleSpaces: ParagraphRule = {
  id: 'spacing-multiple-spaces',
  family: 'spacing',
  scope: 'paragraph',
  title: { fa: 'چند فاصلهٔ پشت سر هم میان واژه‌ها', en: 'Several spaces in a row between words' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان واژه‌ها را با یک فاصله از هم جدا می‌کند؛ فاصله‌های اضافه فاصله‌های ناهموار می‌سازند. تورفتگی آغاز سطر و دو فاصلهٔ پایان سطر (شکست سطر مارک‌داون) دست نمی‌خورند.',
    en: "The Academy of Persian Language's دستور خط فارسی separates words by one space; extra spaces show as uneven gaps. Indentation at the start of a line and Markdown's two-space line break at its end are left alone.",
  },
  examples: [{ before: 'قزاقستان   و  روسیه', after: 'قزاقستان و روسیه' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const { start, end: i } of runsOf(text, ctx.segments, SPACE, 2)) {
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(i);
      // The end of the line (trailing spaces, Markdown's hard break) and tabs or no-break spaces next to the run.
      if (Number.isNaN(after) || after === 0x0a || after === 0x0d || after === 0x09 || after === 0xa0) continue;
      if (before === 0x09 || before === 0xa0 || before === TABLE_PIPE || after === TABLE_PIPE) continue;
      if (OPENERS.has(before) || CLOSERS.has(after) || ATTACHING_MARK_CODES.has(after)) continue;
      if (followsLinePrefix(text, start)) continue;
      if (!inPersianContext(text, start)) continue;
      findings.push(
        finding(spacingMultipleSpaces, start, i, MESSAGE, options, [replaceFix(FIX, options, { start, end: i, newText: ' ' }, true)]),
      );
    }
    return findings;
  },
};
