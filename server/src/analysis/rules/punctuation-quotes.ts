// punctuation-quotes: straight double quotes ("…") around a quotation in a Persian paragraph.
// Why: the Academy of Persian Language's دستور خط فارسی (نشانه‌های نگارشی) quotes with guillemets «…»; the straight
// quote is a typewriter mark, and it cannot say which end it is. Quotes are paired in order within a paragraph;
// when their number is odd, or a pair opens like a closing quote (or the reverse), which quote pairs with which is a
// guess, so the paragraph is left alone. Quotes in code, HTML attributes and Latin text are protected spans.

import type { Finding, Fix, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { isInlineSpace } from '../text/script';
import { finding, type ParagraphContext, type ParagraphRule } from './rule';

const STRAIGHT_QUOTE = 0x22;

function isSpaceOrEdge(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return isInlineSpace(code) || code === 0x0a || code === 0x0d;
}

/** A quote with a word before it and a space after it closes; the reverse opens. */
function looksClosing(text: string, index: number): boolean {
  return !isSpaceOrEdge(text, index - 1) && isSpaceOrEdge(text, index + 1);
}

function looksOpening(text: string, index: number): boolean {
  return isSpaceOrEdge(text, index - 1) && !isSpaceOrEdge(text, index + 1);
}

const MESSAGE: Localized = { fa: 'گیومهٔ لاتین؛ «» بنویسید', en: 'Straight quotes; use Persian guillemets «»' };
const FIX: Localized = { fa: 'گیومهٔ فارسی «»', en: 'Use «»' };

export const punctuationQuotes: ParagraphRule = {
  id: 'punctuation-quotes',
  family: 'punctuation',
  scope: 'paragraph',
  title: { fa: 'گیومهٔ لاتین ("") به جای گیومهٔ فارسی («»)', en: 'Straight double quotes ("") instead of guillemets («»)' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان در نشانه‌های نگارشی نقل قول را میان گیومهٔ «» می‌گذارد؛ گیومهٔ راست لاتین ابتدا و انتها ندارد.',
    en: "The Academy of Persian Language's دستور خط فارسی quotes with guillemets «»; the straight quote cannot tell its opening end from its closing end.",
  },
  examples: [{ before: 'او گفت "فردا می‌آیم" و رفت.', after: 'او گفت «فردا می‌آیم» و رفت.' }],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const quotes: number[] = [];
    for (const segment of ctx.segments) {
      for (let i = segment.start; i < segment.end; i++) if (text.charCodeAt(i) === STRAIGHT_QUOTE) quotes.push(i);
    }
    if (quotes.length === 0 || quotes.length % 2 === 1) return [];
    for (let k = 0; k < quotes.length; k += 2) {
      if (looksClosing(text, quotes[k]) || looksOpening(text, quotes[k + 1])) return [];
    }
    const findings: Finding[] = [];
    for (let k = 0; k < quotes.length; k += 2) {
      const open = quotes[k];
      const close = quotes[k + 1];
      if (!inPersianContext(text, open) && !inPersianContext(text, close)) continue;
      const fix: Fix = {
        title: FIX[options.locale],
        edits: [
          { start: open, end: open + 1, newText: '«' },
          { start: close, end: close + 1, newText: '»' },
        ],
        safe: true,
      };
      findings.push(finding(punctuationQuotes, open, close + 1, MESSAGE, options, [fix]));
    }
    return findings;
  },
};
