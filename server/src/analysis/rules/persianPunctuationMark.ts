// What punctuation-comma, punctuation-semicolon and punctuation-question share: an ASCII mark standing in a
// Persian sentence, to be replaced by its Persian form (، ؛ ؟). Never between two digits (1,000 and ۱,۰۰۰ are
// numbers), never in protected spans, and only when the mark belongs to a Persian sentence: a mark belongs to the
// text before it, so after a Persian word it is Persian; after an English phrase of several words («Is it true?»)
// it is the phrase's own; after a lone Latin word inside a Persian sentence («از Google, Apple») it is Persian.

import type { Finding, Localized } from '../types';
import { isAnyDigit, isArabicScriptLetter, isAsciiDigit, isInlineSpace, isLatinLetter } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type RuleMeta } from './rule';

export interface PersianMark {
  ascii: string;
  persian: string;
  message: Localized;
  fix: Localized;
  /** An extra reason to leave a mark alone (an HTML entity's semicolon, say). */
  isSyntax?: (text: string, index: number) => boolean;
}

const REACH = 40;

const EMOTICON_MOUTHS = ')(-DPp|';

/** «:)» «;-)» «:D»: a colon or semicolon that starts an emoticon is a picture, not punctuation. */
export function startsEmoticon(text: string, index: number): boolean {
  const mark = text.charCodeAt(index);
  return (mark === 0x3a || mark === 0x3b) && index + 1 < text.length && EMOTICON_MOUTHS.includes(text[index + 1]);
}

function isLatinWordChar(code: number): boolean {
  return isLatinLetter(code) || isAsciiDigit(code) || code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x5f || code === 0x2e;
}

/** The script of the nearest letter in [from, to) walking from `from` by `step`, within REACH characters. */
function nearestLetter(text: string, from: number, step: 1 | -1): 'persian' | 'latin' | undefined {
  for (let k = from, steps = 0; k >= 0 && k < text.length && steps < REACH; k += step, steps++) {
    const code = text.charCodeAt(k);
    if (isArabicScriptLetter(code)) return 'persian';
    if (isLatinLetter(code)) return 'latin';
  }
  return undefined;
}

/** Whether the ASCII mark at `index` ends or separates part of a Persian sentence. */
export function belongsToPersianSentence(text: string, index: number): boolean {
  const before = nearestLetter(text, index - 1, -1);
  if (before === 'persian') return true;
  if (before === undefined) return nearestLetter(text, index + 1, 1) === 'persian';
  // A Latin word: find where it starts, then look at what stands before it.
  let k = index - 1;
  while (k >= 0 && !isLatinLetter(text.charCodeAt(k))) k--;
  while (k > 0 && isLatinWordChar(text.charCodeAt(k - 1))) k--;
  let j = k - 1;
  while (j >= 0 && isInlineSpace(text.charCodeAt(j))) j--;
  const previous = j >= 0 ? text.charCodeAt(j) : -1;
  if (isLatinWordChar(previous) || previous === 0x2c || previous === 0x3b || previous === 0x3a) return false; // a phrase
  return nearestLetter(text, j, -1) === 'persian' || nearestLetter(text, index + 1, 1) === 'persian';
}

export function persianMarkFindings(rule: RuleMeta, ctx: ParagraphContext, mark: PersianMark): Finding[] {
  const { text, options } = ctx;
  const findings: Finding[] = [];
  const ascii = mark.ascii.charCodeAt(0);
  for (const segment of ctx.segments) {
    for (let i = segment.start; i < segment.end; i++) {
      if (text.charCodeAt(i) !== ascii) continue;
      if (isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) continue;
      if (mark.isSyntax?.(text, i)) continue;
      if (!belongsToPersianSentence(text, i)) continue;
      findings.push(
        finding(rule, i, i + 1, mark.message, options, [
          replaceFix(mark.fix, options, { start: i, end: i + 1, newText: mark.persian }, true),
        ]),
      );
    }
  }
  return findings;
}
