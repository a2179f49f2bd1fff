// The tagger's view of a paragraph. The core's tokens are Persian words only; dates (۲۰ آبان ۱۴۰۳), money
// (۵۰ میلیون تومان) and percentages (۳٫۵ درصد، ۱۲٪) also need their numbers, and every tagger feature that looks
// at a neighbour needs the punctuation the corpora keep as tokens (، « » .). So: Persian words, numbers (digits
// with the separators that sit between digits) and every other visible character on its own, within the prose
// segments only (Latin runs, code and URLs are not prose). Tweets write names as hashtags (#محمدجواد_ظریف): the
// hashtag's # is no token and its underscores separate words, as spaces do, so the tagger reads the words it knows;
// nor is a mention's @.

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

/**
 * A hashtag's # before a Persian word, an underscore between two Persian words of one, or a mention's @ (whose
 * Latin handle is not prose, so that the @ alone was left, and read as a word before the next one).
 */
function isHashtagMark(text: string, i: number, end: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x40) return true;
  if (code === 0x23) return i + 1 < end && isPersianWordChar(text.charCodeAt(i + 1));
  return code === 0x5f && i > 0 && i + 1 < end && isPersianWordChar(text.charCodeAt(i - 1)) && isPersianWordChar(text.charCodeAt(i + 1));
}

/**
 * The word the tagger reads for a token. The corpora have no emoji; a writer who ends a sentence or a tweet with
 * one would otherwise have the tagger read an unknown word there («خسته نباشید 🌹» made «نباشید» a person), so it
 * reads a full stop, which is what the emoji stands for. A line break inside a paragraph ends a tweet, a list item
 * or a line of verse far more often than it wraps a sentence in Persian text, and is read as a full stop too
 * (the tweet before «سلام آقای ظریف» on the next line made «سلام» a person).
 */
export function taggerWordOf(token: NerToken): string {
  const code = token.text.charCodeAt(0);
  const pictograph = (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
  return pictograph || code === 0x0a ? '.' : token.text;
}

export function nerTokens(text: string, segments: readonly Span[] = [{ start: 0, end: text.length }]): NerToken[] {
  const tokens: NerToken[] = [];
  for (const segment of segments) {
    let i = segment.start;
    const end = segment.end;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        // One token for a line break, which the tagger reads as the end of a sentence (taggerWordOf).
        if (tokens.length > 0 && tokens[tokens.length - 1].text !== '\n') tokens.push({ start: i, end: i + 1, text: '\n' });
        i++;
        continue;
      }
      if (isNerSpace(code) || code === 0x200c || code === 0x200d || code === 0xfe0f || isHashtagMark(text, i, end)) {
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
