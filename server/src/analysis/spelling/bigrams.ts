// Word-bigram counts from the news corpora (server/tools/derive-bigrams.ts → server/data/spelling-bigrams.txt),
// which let the neighbouring words choose between suggestions: after «مجلس», «شورای» beats «شوری».
// The file is indexed by its left words when first needed, and a row is parsed only when a left word is asked for.

import { loadText } from '../data';

export const BIGRAMS_FILE = 'spelling-bigrams.txt';

let rows: Map<string, string> | undefined;
const parsed = new Map<string, Map<string, number>>();

function rowText(left: string): string | undefined {
  if (!rows) {
    rows = new Map();
    const text = loadText(BIGRAMS_FILE);
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < end) rows.set(text.slice(at, tab), text.slice(tab + 1, end));
      at = end + 1;
    }
  }
  return rows.get(left);
}

function row(left: string): Map<string, number> | undefined {
  let counts = parsed.get(left);
  if (counts) return counts;
  const text = rowText(left);
  if (text === undefined) return undefined;
  counts = new Map();
  for (const cell of text.split('\t')) {
    const space = cell.lastIndexOf(' ');
    counts.set(cell.slice(0, space), Number(cell.slice(space + 1)));
  }
  parsed.set(left, counts);
  return counts;
}

/** How often `right` directly followed `left` in the corpora (pairs seen once are not kept, so 0 or ≥ 2). */
export function bigramCount(left: string, right: string): number {
  return row(left)?.get(right) ?? 0;
}
