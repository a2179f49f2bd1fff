// Which corpus text the ZWNJ tools learn from, tune on and hold back, defined once so that the frequency table
// and `eval:zwnj` can never disagree. ARMAN part 2 is the dev set the rules were tuned on (with frequencies from
// part 1 alone); ARMAN part 3 is held back and only ever measured. The committed frequency table counts all three
// parts (and PEYMA train), without the sentences eval:spell holds back: more counts for writers' texts (on part 1,
// counting parts 2–3 instead of part 2 alone raised joined F1 0.951 → 0.959 and spaced 0.945 → 0.948). eval:zwnj
// therefore never reads the committed table: it counts parts 1–2 in memory (or less, with --blind and --split
// cross), so that the held-back part stays unseen in every figure it reports.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** npm runs scripts from the repository root, beside which `shared/` lies. */
export const CORPORA = process.env.DABIR_CORPORA ?? resolve(process.cwd(), '..', 'shared', 'corpora');

/** The ARMAN parts the committed frequency table counts (without eval:spell's held-back sentences). */
export const FREQUENCY_PARTS = [1, 2, 3];
export const DEV_PART = 2;
export const HELD_BACK_PART = 3;

/** One sentence as a list of token strings; `|`-separated PEYMA and space-separated ARMAN both end in a tag. */
function readTokens(path: string, separator: RegExp): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const cut = line.search(separator);
    current.push(cut < 0 ? line : line.slice(0, cut));
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

export function armanPart(part: number): string[][] {
  return readTokens(join(CORPORA, 'ner', 'arman', `part${part}.txt`), / (?=\S+$)/);
}

/** PEYMA train. A token with a space inside is either a lost ZWNJ (همه جانبه) or a multi-word unit (از جمله). */
export function peymaTrain(): string[][] {
  return readTokens(join(CORPORA, 'ner', 'peyma', 'train.txt'), /\|(?=[^|]*$)/).map((sentence) => sentence.map((token) => token.trim()));
}

const NO_SPACE_BEFORE = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', ')', ']', '»', '}', '%', '٪']);
const NO_SPACE_AFTER = new Set(['(', '[', '«', '{']);

/** A sentence as a writer would type it: tokens joined by spaces, none before closing punctuation. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (k > 0 && !NO_SPACE_BEFORE.has(token) && !NO_SPACE_AFTER.has(tokens[k - 1])) out += ' ';
    out += token;
  }
  return out;
}

/**
 * PerSpellData's real-word subset, its correct side (847 sentences from other writers than ARMAN's, most with
 * ZWNJs): a text from another corpus, to check that the ZWNJ rules hold beyond ARMAN. Never its held-out test set.
 */
export function perspellCorrect(): string[] {
  return readFileSync(join(CORPORA, 'spell', 'perspelldata-realword-common', 'correct.txt'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
