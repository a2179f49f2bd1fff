// Derives the word-bigram counts that rank spelling suggestions by their neighbours (`npm run train:spell`).
// Reads ARMAN (less the sentences `eval:spell` holds back) and PEYMA train from ../shared/corpora and writes the
// compact committed table server/data/spelling-bigrams.txt: one line per left word, «left<TAB>right count …»,
// pairs seen at least MIN_COUNT times. Two words are neighbours only when nothing but a space separates them in
// the corpus, which is how the spelling rules read neighbours in a paragraph (punctuation breaks the context).

import { writeFileSync } from 'node:fs';
import { isKnownWord } from '../src/analysis/lexicon/index';
import { installNodeDataLoader } from '../src/host/nodeData';
import { isArabicScriptLetter } from '../src/analysis/text/script';
import { armanTrainingSentences, joinPeymaToken, peymaTrainSentences, type Sentence } from './spell-corpus';

const MIN_COUNT = 2;
const OUT = 'server/data/spelling-bigrams.txt';

function isWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isArabicScriptLetter(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x200c) return false;
  return text.length > 0;
}

/** The sentence as runs of consecutive Persian words; a number or punctuation mark ends a run. */
function wordRuns(sentence: Sentence, splitToken: (text: string) => string[]): string[][] {
  const runs: string[][] = [[]];
  for (const token of sentence) {
    const words = splitToken(token.text);
    if (words.length > 0 && words.every(isWord)) runs[runs.length - 1].push(...words);
    else runs.push([]);
  }
  return runs.filter((run) => run.length > 1);
}

export function countBigrams(runs: Iterable<string[]>): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const run of runs) {
    for (let k = 0; k + 1 < run.length; k++) {
      let row = table.get(run[k]);
      if (!row) table.set(run[k], (row = new Map()));
      row.set(run[k + 1], (row.get(run[k + 1]) ?? 0) + 1);
    }
  }
  return table;
}

function main(): void {
  installNodeDataLoader();
  const runs: string[][] = [];
  for (const sentence of armanTrainingSentences()) runs.push(...wordRuns(sentence, (t) => [t]));
  for (const sentence of peymaTrainSentences()) runs.push(...wordRuns(sentence, (t) => joinPeymaToken(t, isKnownWord)));
  const table = countBigrams(runs);
  const lines: string[] = [];
  let pairs = 0;
  for (const left of [...table.keys()].sort()) {
    const kept = [...table.get(left)!].filter(([, count]) => count >= MIN_COUNT).sort((a, b) => b[1] - a[1]);
    if (kept.length === 0) continue;
    pairs += kept.length;
    lines.push(left + '\t' + kept.map(([right, count]) => `${right} ${count}`).join('\t'));
  }
  writeFileSync(OUT, lines.join('\n') + '\n');
  console.log(`${OUT}: ${pairs} pairs over ${lines.length} left words, from ${runs.length} runs`);
}

main();
