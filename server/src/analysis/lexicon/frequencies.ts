// Corpus counts of words, to rank spellings that the lexicon licenses equally (نام‌های or نامه‌ای). The table is
// derived from ARMAN (parts 1–3, without the sentences eval:spell holds back) and PEYMA train by
// server/tools/derive-frequencies.ts (`npm run data:frequencies`) and committed as server/data/word-frequencies.txt:
// «word<TAB>count» per line, words seen at least twice; a line whose word contains a space counts how often that
// pair was written apart although the corpus also writes it with a ZWNJ or Lilak lists it so (kept even when seen
// once), and one with two spaces the same for three words (به عمل آمده beside به‌عمل‌آمده); a line «left+right»
// names two words PEYMA keeps as one token and ARMAN writes with a ZWNJ, too seldom for a line of its own, and never
// apart (چه+بسا).

import { loadText } from '../data';

export const FREQUENCY_FILE = 'word-frequencies.txt';

let counts: Map<string, number> | undefined;
let zwnjForms: Map<string, string[]> | undefined;

/** A ZWNJ spelling the corpus uses this often counts as attested, beside the lexicon's (رئیس‌جمهور). */
export const ATTESTED = 2;

function table(): Map<string, number> {
  if (counts) return counts;
  const map = new Map<string, number>();
  const text = loadText(FREQUENCY_FILE);
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) map.set(text.slice(at, tab), Number(text.slice(tab + 1, end)));
    at = end + 1;
  }
  counts = map;
  return map;
}

/** How often the corpus wrote `word` exactly so (with its ZWNJs); 0 when unseen. */
export function corpusCount(word: string): number {
  return table().get(word) ?? 0;
}

/** How often the corpus wrote `left` and `right` apart, as two words, where it also writes them with a ZWNJ. */
export function spacedPairCount(left: string, right: string): number {
  return table().get(left + ' ' + right) ?? 0;
}

/** How often the corpus wrote three words apart (به عمل آمده) where it also writes them as one word with ZWNJs. */
export function spacedTripleCount(first: string, second: string, third: string): number {
  return table().get(first + ' ' + second + ' ' + third) ?? 0;
}

let articleTails: Map<string, number> | undefined;

/**
 * How often the corpus writes `word`, an Arabic word with its article (الدین، المسلمین), as the second part of a
 * ZWNJ word (جلال‌الدین، اخوان‌المسلمین), over all the words before it.
 */
export function articleTailCount(word: string): number {
  if (!articleTails) {
    const tails = new Map<string, number>();
    for (const [form, count] of table()) {
      if (form.indexOf('\u200C') < 0 || form.indexOf(' ') >= 0) continue;
      const parts = form.split('\u200C');
      for (let j = 1; j < parts.length; j++) if (parts[j].startsWith('ال')) tails.set(parts[j], (tails.get(parts[j]) ?? 0) + count);
    }
    articleTails = tails;
  }
  return articleTails.get(word) ?? 0;
}

/** Whether PEYMA keeps `left right` as one token and ARMAN writes it with a ZWNJ, never apart (چه بسا). */
export function keptWhole(left: string, right: string): boolean {
  return table().has(left + '+' + right);
}

/** The ZWNJ spellings the corpus attests (seen ATTESTED times or more) whose letters without ZWNJs are `key`. */
export function attestedZwnjForms(key: string): readonly string[] {
  if (!zwnjForms) {
    const index = new Map<string, string[]>();
    for (const [word, count] of table()) {
      if (count < ATTESTED || word.indexOf('\u200C') < 0 || word.indexOf(' ') >= 0) continue;
      const letters = word.split('\u200C').join('');
      const list = index.get(letters);
      if (list) list.push(word);
      else index.set(letters, [word]);
    }
    zwnjForms = index;
  }
  return zwnjForms.get(key) ?? [];
}

/** The parts before the first ZWNJ of every attested ZWNJ spelling (رئیس of رئیس‌جمهور), and the left words of
 * the pairs kept whole (چه of چه+بسا). */
export function attestedZwnjHeads(): string[] {
  const heads: string[] = [];
  for (const [word, count] of table()) {
    const at = word.indexOf('\u200C');
    if (count >= ATTESTED && at > 0 && word.indexOf(' ') < 0) heads.push(word.slice(0, at));
    const plus = word.indexOf('+');
    if (plus > 0) heads.push(word.slice(0, plus));
  }
  return heads;
}
