// spacing-before-punctuation: a space before ، ؛ ؟ . ! : (and the ASCII , ; ?) in a Persian sentence, as in
// «گفت : بله ، می‌آیم .».
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) attaches these marks to the word before
// them and puts the space after; a space before lets the mark wrap alone to the next line. The closing ) » ] are
// spacing-inside-brackets' business. Left alone: indentation (a mark at the start of a line), the dots of an
// ellipsis and of a decimal (.5), Markdown's image marker (![), emoticons (:) ;-)), and a space after Markdown
// syntax such as | or -.

import { fill } from '../messages';
import type { Finding, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { isAnyDigit, isInlineSpace, isLatinLetter, isPersianWordChar } from '../text/script';
import { startsEmoticon } from './persianPunctuationMark';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

/** Marks that attach to the word before them. */
export const ATTACHING_MARKS = new Set(['،', '؛', '؟', '.', '!', ':', ',', ';', '?']);
/** The same marks as code units, for the scan over every character. */
export const ATTACHING_MARK_CODES = new Set([...ATTACHING_MARKS].map((mark) => mark.charCodeAt(0)));

/** What a mark may attach to: a word, a number, a closing bracket or quote, another mark. */
function canCarryMark(char: string): boolean {
  const code = char.charCodeAt(0);
  return isPersianWordChar(code) || isAnyDigit(code) || isLatinLetter(code) || ATTACHING_MARKS.has(char) || ')»]"\'…%٪'.includes(char);
}

/** Whether the mark at `index` is punctuation here and not part of a number, an ellipsis or Markdown. */
function isPunctuationMark(text: string, index: number): boolean {
  const mark = text[index];
  if (!ATTACHING_MARKS.has(mark)) return false;
  const next = text[index + 1];
  if (mark === '.' && (next === '.' || text[index - 1] === '.' || (next !== undefined && isAnyDigit(next.charCodeAt(0))))) return false;
  if (mark === '!' && next === '[') return false;
  if (startsEmoticon(text, index)) return false;
  return true;
}

const MESSAGE: Localized = { fa: 'فاصلهٔ پیش از «{mark}»؛ نشانه را به واژهٔ قبل بچسبانید', en: 'Space before «{mark}»; attach it to the word before' };
const FIX: Localized = { fa: 'حذف فاصله', en: 'Remove the space' };

export const spacingBeforePunctuation: ParagraphRule = {
  id: 'spacing-before-punctuation',
  family: 'spacing',
  scope: 'paragraph',
  title: { fa: 'فاصله پیش از نشانه‌های نگارشی', en: 'Space before a punctuation mark' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان نشانه‌های نگارشی (، ؛ ؟ . ! :) را به واژهٔ پیش از خود می‌چسباند و فاصله را پس از آن‌ها می‌گذارد؛ با فاصلهٔ پیشین، نشانه ممکن است تنها به سطر بعد برود.',
    en: "The Academy of Persian Language's دستور خط فارسی attaches punctuation marks (، ؛ ؟ . ! :) to the word before them and puts the space after; with a space before, a mark can wrap alone to the next line.",
  },
  examples: [{ before: 'گفت : بله ، می‌آیم .', after: 'گفت: بله، می‌آیم.' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      for (let i = segment.start + 1; i < segment.end; i++) {
        if (!ATTACHING_MARK_CODES.has(text.charCodeAt(i)) || !isInlineSpace(text.charCodeAt(i - 1)) || !isPunctuationMark(text, i)) continue;
        let start = i - 1;
        while (start > segment.start && isInlineSpace(text.charCodeAt(start - 1))) start--;
        if (start === 0 || !canCarryMark(text[start - 1])) continue;
        if (!inPersianContext(text, i)) continue;
        const message = { fa: fill(MESSAGE, { mark: text[i] }, 'fa'), en: fill(MESSAGE, { mark: text[i] }, 'en') };
        findings.push(finding(spacingBeforePunctuation, start, i, message, options, [replaceFix(FIX, options, { start, end: i, newText: '' }, true)]));
      }
    }
    return findings;
  },
};
