// Derives the word-frequency table the lexicon ranks spellings with (`npm run data:frequencies`). Reads ARMAN's
// training part (see zwnj-corpus.ts; never the dev or held-back parts) and PEYMA train from ../shared/corpora and
// writes server/data/word-frequencies.txt: «word<TAB>count», words seen at least MIN_COUNT times. ARMAN keeps its
// ZWNJs; PEYMA's ZWNJs became spaces inside tokens, and are restored there, so both count ZWNJ forms faithfully.
// It also counts pairs written apart («پیش بینی») whose ZWNJ form (پیش‌بینی) the corpus uses, keyed «left right»,
// so that the ZWNJ rules can tell a compound typed with a space from two words that merely meet.

import { writeFileSync } from 'node:fs';
import { normalizeWord } from '../src/analysis/lexicon/normalize';
import { armanPart, peymaTrain, TRAINING_PART } from './zwnj-corpus';

const MIN_COUNT = 2;
const OUT = 'server/data/word-frequencies.txt';
const PERSIAN_WORD = /^[\u0621-\u064A\u0660-\u06D3\u06D5\u200C]+$/;

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function main(): void {
  const sentences = [...armanPart(TRAINING_PART), ...peymaTrain()].map((sentence) => sentence.map(normalizeWord));
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const token of sentence) if (PERSIAN_WORD.test(token)) bump(counts, token);
  const pairs = new Map<string, number>();
  for (const sentence of sentences) {
    for (let k = 0; k + 1 < sentence.length; k++) {
      const [left, right] = [sentence[k], sentence[k + 1]];
      if (PERSIAN_WORD.test(left) && PERSIAN_WORD.test(right) && counts.has(left + '\u200C' + right)) bump(pairs, left + ' ' + right);
    }
  }
  const rows = [...counts, ...pairs]
    .filter(([, count]) => count >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word, count]) => `${word}\t${count}`);
  writeFileSync(OUT, rows.join('\n') + '\n');
  console.log(`${OUT}: ${rows.length} entries (${counts.size} words, ${pairs.size} spaced pairs seen)`);
}

main();
