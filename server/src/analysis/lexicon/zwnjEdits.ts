// The smallest edits that turn a span of text into a respelling that differs from it only in ZWNJs and spaces
// (مینامد → می‌نامد, کتاب ها → کتاب‌ها, می‌‌نامد → می‌نامد). Letters are never rewritten (ي stays ي: that is the
// characters rules' job), and an added ZWNJ is written as "the letter before it, then a ZWNJ" rather than as an
// empty-range insertion, so that two rules adding the same ZWNJ produce overlapping edits, of which the fixer
// keeps one, instead of two insertions at the same point.

import type { TextEdit } from '../types';
import { normalizeWord } from './normalize';

const SPACE = 0x20;
const ZWNJ_CODE = 0x200c;

function isGap(code: number): boolean {
  return code === SPACE || code === 0xa0 || code === ZWNJ_CODE;
}

/** Edits turning text[start, end) into `target` (same letters, other ZWNJs/spaces); undefined if letters differ. */
export function zwnjEdits(text: string, start: number, end: number, target: string): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  let i = start;
  let j = 0;
  while (i < end || j < target.length) {
    const have = i < end ? text.charCodeAt(i) : -1;
    const want = j < target.length ? target.charCodeAt(j) : -1;
    if (want === ZWNJ_CODE) {
      if (have === ZWNJ_CODE) {
        i++;
        j++;
        continue;
      }
      if (have !== -1 && isGap(have)) {
        // A run of spaces (and stray ZWNJs) becomes the one ZWNJ.
        let stop = i;
        while (stop < end && isGap(text.charCodeAt(stop))) stop++;
        edits.push({ start: i, end: stop, newText: '\u200C' });
        i = stop;
        j++;
        continue;
      }
      if (i === start) return undefined;
      edits.push({ start: i - 1, end: i, newText: text[i - 1] + '\u200C' });
      j++;
      continue;
    }
    if (have !== -1 && isGap(have)) {
      let stop = i;
      while (stop < end && isGap(text.charCodeAt(stop))) stop++;
      edits.push({ start: i, end: stop, newText: '' });
      i = stop;
      continue;
    }
    if (have === -1 || want === -1 || normalizeWord(text[i]) !== target[j]) return undefined;
    i++;
    j++;
  }
  return mergeTouching(edits);
}

/** An insertion written as «letter + ZWNJ» and a deletion right after it become one edit, so none is lost. */
function mergeTouching(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const last = out[out.length - 1];
    if (last && last.end === edit.start) {
      last.end = edit.end;
      last.newText += edit.newText;
    } else out.push({ ...edit });
  }
  return out;
}
