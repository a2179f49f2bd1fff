// Where a wrong sentence and its correction differ, word by word (a longest-common-subsequence alignment), as
// gold errors in the wrong sentence: shared by `eval:spell` and the confusion deriver, so both read PerSpellData
// the same way.

import type { SentencePair } from './spell-corpus';
import { render } from './spell-typos';

export interface GoldError {
  /** Offsets in the wrong sentence as rendered (words joined by single spaces). */
  start: number;
  end: number;
  /** The whole sentence with this one error corrected. */
  corrected: string;
  /** The wrong words and their correction. */
  wrong: string;
  correct: string;
}

/** The differing regions of two word sequences (an LCS alignment), as gold errors in `wrong`. */
export function alignErrors(pair: SentencePair): GoldError[] {
  const a = render(pair.wrong.split(/\s+/).filter(Boolean));
  const b = render(pair.correct.split(/\s+/).filter(Boolean));
  const wa = pair.wrong.split(/\s+/).filter(Boolean);
  const wb = pair.correct.split(/\s+/).filter(Boolean);
  const n = wa.length;
  const m = wb.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = wa[i] === wb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const errors: GoldError[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && wa[i] === wb[j]) {
      i++;
      j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while ((i < n || j < m) && !(i < n && j < m && wa[i] === wb[j])) {
      if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) i++;
      else j++;
    }
    if (i0 === i) continue; // an insertion with no wrong text to flag
    const start = a.spans[i0].start;
    const end = a.spans[i - 1].end;
    const replacement = j0 < j ? b.text.slice(b.spans[j0].start, b.spans[j - 1].end) : '';
    errors.push({ start, end, corrected: a.text.slice(0, start) + replacement + a.text.slice(end), wrong: a.text.slice(start, end), correct: replacement });
  }
  return errors;
}

