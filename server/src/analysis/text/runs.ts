// Maximal runs of one character inside the prose segments (…, spaces, kashidas): several rules look for a
// character repeated, and each then decides whether the run is a mistake. One scan, linear in the text.

import type { Span } from './prose';

/**
 * The runs of `code` at least `minLength` long (a rule that only cares about doubled spaces asks for 2, so the
 * single spaces between words, a sixth of a text, yield nothing). The next occurrence is found with `indexOf`, a
 * native scan, rather than by testing every character here.
 */
export function* runsOf(text: string, segments: readonly Span[], code: number, minLength = 1): Generator<Span> {
  const char = String.fromCharCode(code);
  let at = -1;
  for (const segment of segments) {
    if (at < segment.start) at = text.indexOf(char, segment.start);
    if (at < 0) return;
    while (at < segment.end) {
      let end = at + 1;
      while (end < segment.end && text.charCodeAt(end) === code) end++;
      if (end - at >= minLength) yield { start: at, end };
      at = text.indexOf(char, end);
      if (at < 0) return;
    }
  }
}
