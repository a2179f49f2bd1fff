// The tagger's view of a paragraph. The core's tokens are Persian words only; dates (۲۰ آبان ۱۴۰۳), money
// (۵۰ میلیون تومان) and percentages (۳٫۵ درصد، ۱۲٪) also need their numbers, and every tagger feature that looks
// at a neighbour needs the punctuation the corpora keep as tokens (، « » .). So: Persian words, numbers (digits
// with the separators that sit between digits) and every other visible character on its own, within the prose
// segments only (Latin runs, code and URLs are not prose).

import type { Span } from '../text/prose';
import { isAnyDigit, isInlineSpace, isPersianWordChar } from '../text/script';

export interface NerToken {
  start: number;
  end: number;
  text: string;
}

const NUMBER_JOINERS = new Set([0x2e, 0x2c, 0x2f, 0x3a, 0x066b, 0x066c]); // . , / : ٫ ٬

/** Spaces and line breaks, which separate the tagger's tokens. */
export function isNerSpace(code: number): boolean {
  return isInlineSpace(code) || code === 0x0a || code === 0x0d || code === 0x200b || code === 0xfeff;
}

export function nerTokens(text: string, segments: readonly Span[] = [{ start: 0, end: text.length }]): NerToken[] {
  const tokens: NerToken[] = [];
  for (const segment of segments) {
    let i = segment.start;
    const end = segment.end;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (isNerSpace(code) || code === 0x200c || code === 0x200d) {
        i++;
        continue;
      }
      const start = i;
      if (isPersianWordChar(code)) {
        while (i < end && isPersianWordChar(text.charCodeAt(i))) i++;
        // A ZWNJ at a word's edge is a typing slip, not part of the name.
        let last = i;
        while (last > start && text.charCodeAt(last - 1) === 0x200c) last--;
        if (last > start) tokens.push({ start, end: last, text: text.slice(start, last) });
        continue;
      }
      if (isAnyDigit(code)) {
        i++;
        while (i < end) {
          const next = text.charCodeAt(i);
          if (isAnyDigit(next)) i++;
          else if (NUMBER_JOINERS.has(next) && i + 1 < end && isAnyDigit(text.charCodeAt(i + 1))) i++;
          else break;
        }
        tokens.push({ start, end: i, text: text.slice(start, i) });
        continue;
      }
      // A surrogate pair (an emoji) is one token, so that offsets never split a character.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
      tokens.push({ start, end: i, text: text.slice(start, i) });
    }
  }
  return tokens;
}
