// Persian words of a prose segment with their UTF-16 offsets. A word is a run of Arabic-script letters, marks,
// kashida and ZWNJ; a ZWNJ at either edge stays in the token so that the ZWNJ rules can see it.

import { isPersianWordChar } from './script';
import type { Span } from './prose';

export interface Token {
  /** Offset into the text the tokens were taken from (a paragraph). */
  start: number;
  end: number;
  text: string;
}

export function tokenize(text: string, segments: readonly Span[] = [{ start: 0, end: text.length }]): Token[] {
  const tokens: Token[] = [];
  for (const segment of segments) {
    let i = segment.start;
    while (i < segment.end) {
      if (!isPersianWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < segment.end && isPersianWordChar(text.charCodeAt(i))) i++;
      tokens.push({ start, end: i, text: text.slice(start, i) });
    }
  }
  return tokens;
}
