// Derives the real-word confusions that spelling-context checks (`npm run train:spell`), from the train half of
// PerSpellData's real-word subset (spell-corpus.ts; the dev half is only ever measured). Each single-word
// correction wrong → correct is kept when the correction is a word the lexicon knows (the subset's correct side has
// some corrupted words, «سیأسی»), and is written to server/data/spelling-confusions.json as:
//   - "prefer": wrong → correct when the subset only ever corrects it one way and the news corpora also write the
//     correct form at least as often (so «اطاق» → «اتاق», but not «تصاویر» → «تصویرها», which news writes daily);
//   - "pairs": both directions seen («جذر»/«جزر»، «صواب»/«ثواب»): only the neighbouring words can tell.

import { writeFileSync } from 'node:fs';
import { isKnownWord, wordFrequency } from '../src/analysis/lexicon/index';
import { installNodeDataLoader } from '../src/host/nodeData';
import { alignErrors } from './spell-align';
import { normalizeLetters, realWordPairs } from './spell-corpus';

const OUT = 'server/data/spelling-confusions.json';

export interface ConfusionData {
  prefer: Record<string, string>;
  pairs: [string, string][];
}

function main(): void {
  installNodeDataLoader();
  const counts = new Map<string, Map<string, number>>();
  for (const pair of realWordPairs().train) {
    for (const error of alignErrors(pair)) {
      const wrong = normalizeLetters(error.wrong);
      const correct = normalizeLetters(error.correct);
      if (wrong.includes(' ') || correct.includes(' ') || !correct || !isKnownWord(correct)) continue;
      if (wrong.replace(/\u200C/g, '') === correct.replace(/\u200C/g, '')) continue; // the ZWNJ rules' business
      let row = counts.get(wrong);
      if (!row) counts.set(wrong, (row = new Map()));
      row.set(correct, (row.get(correct) ?? 0) + 1);
    }
  }
  const prefer: Record<string, string> = {};
  const pairs: [string, string][] = [];
  for (const [wrong, row] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const [correct] of row) {
      const twoWay = counts.get(correct)?.has(wrong) ?? false;
      if (twoWay) {
        if (wrong < correct) pairs.push([wrong, correct]);
      } else if (row.size === 1 && wordFrequency(correct) >= wordFrequency(wrong)) {
        prefer[wrong] = correct;
      }
    }
  }
  const data: ConfusionData = { prefer, pairs };
  writeFileSync(OUT, JSON.stringify(data, null, 1) + '\n');
  console.log(`${OUT}: ${Object.keys(prefer).length} preferred spellings, ${pairs.length} two-way pairs`);
}

main();
