// Derives the proper-name words that spelling leaves alone until the NER and knowledge-base recognisers cover
// them (`npm run train:spell`). A name such as «پورعلی» is not in Lilak, and flagging it is the false alarm that
// makes writers turn a checker off. Reads the entity tokens (persons, places, organisations, facilities, events)
// of ARMAN (less the sentences `eval:spell` holds back) and PEYMA train, keeps the words the lexicon does not
// know, and writes server/data/spelling-proper-names.txt, one word a line.

import { writeFileSync } from 'node:fs';
import { isKnownWord } from '../src/analysis/lexicon/index';
import { installNodeDataLoader } from '../src/host/nodeData';
import { isArabicScriptLetter } from '../src/analysis/text/script';
import { armanTrainingSentences, peymaTrainSentences, type Sentence } from './spell-corpus';

const NAME_TYPES = new Set(['pers', 'per', 'loc', 'org', 'fac', 'event']);
const OUT = 'server/data/spelling-proper-names.txt';

function isWord(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) if (!isArabicScriptLetter(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x200c) return false;
  return true;
}

function nameWords(sentences: Sentence[], into: Set<string>): void {
  for (const sentence of sentences) {
    for (const token of sentence) {
      if (!NAME_TYPES.has(token.type)) continue;
      for (const word of token.text.split(/\s+/)) if (isWord(word) && !isKnownWord(word)) into.add(word);
    }
  }
}

function main(): void {
  installNodeDataLoader();
  const names = new Set<string>();
  nameWords(armanTrainingSentences(), names);
  nameWords(peymaTrainSentences(), names);
  const sorted = [...names].sort();
  writeFileSync(OUT, sorted.join('\n') + '\n');
  console.log(`${OUT}: ${sorted.length} words`);
}

main();
