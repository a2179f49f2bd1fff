// Maximal runs of one character inside the prose segments (…, spaces, kashidas): several rules look for a
// character repeated, and each then decides whether the run is a mistake. One scan, linear in the text.

import type { Span } from './prose';

export function* runsOf(text: string, segments: readonly Span[], code: number): Generator<Span> {
  for (const segment of segments) {
    let i = segment.start;
    while (i < segment.end) {
      if (text.charCodeAt(i) !== code) {
        i++;
        continue;
      }
      const start = i;
      while (i < segment.end && text.charCodeAt(i) === code) i++;
      yield { start, end: i };
    }
  }
}
