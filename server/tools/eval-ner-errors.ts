// Error listing for a saved PEYMA-dev model (`npm run eval:ner -- --only=peyma --save=/tmp/m.bin`):
//   node server/tools/run.mjs server/tools/eval-ner-errors.ts /tmp/m.bin [TYPE]
// prints each missed or wrong gold entity of PEYMA dev with its sentence, gold in [..], prediction in {..},
// and whether the gold phrase occurs labelled in PEYMA train. Reads PEYMA train/dev only (never test).

import { readFileSync } from 'node:fs';
import { decodeModel } from '../src/analysis/ner/modelFile';
import { createTagger } from '../src/analysis/ner/tagger';
import { normalizeWord } from '../src/analysis/ner/normalize';
import { PEYMA_MASK, readPeyma } from './ner/corpora';
import { spansOf } from './ner/conll';
import { peymaSplit } from './ner/trainingSet';
import { NER_CLUSTERS_PATH } from './train-ner-clusters';
import { decodeClusters } from '../src/analysis/ner/clusterFile';

const [modelPath, onlyType] = process.argv.slice(2);
const model = decodeModel(readFileSync(modelPath));
const tagger = createTagger(model, {}, model.classes ? decodeClusters(readFileSync(NER_CLUSTERS_PATH)) : undefined);
const seen = new Set<string>();
for (const s of readPeyma(peymaSplit('train'))) for (const g of spansOf(s.labels)) seen.add(s.words.slice(g.start, g.end).map(normalizeWord).join(' '));
let n = 0;
for (const s of readPeyma(peymaSplit('dev'))) {
  const gold = spansOf(s.labels);
  const predicted = spansOf(tagger.tag(s.words, PEYMA_MASK));
  const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
  const pk = new Set(predicted.map(key));
  const gk = new Set(gold.map(key));
  const bad = gold.filter((g) => !pk.has(key(g)) && (!onlyType || g.type === onlyType));
  const spurious = predicted.filter((p) => !gk.has(key(p)) && !gold.some((g) => g.start < p.end && p.start < g.end) && (!onlyType || p.type === onlyType));
  if (!bad.length && !spurious.length) continue;
  const marks = s.words.map((w) => w);
  for (const g of gold) { marks[g.start] = '[' + marks[g.start]; marks[g.end - 1] += `]${g.type.slice(0, 3)}`; }
  for (const p of predicted) { marks[p.start] = '{' + marks[p.start]; marks[p.end - 1] += `}${p.type.slice(0, 3)}`; }
  const status = bad.map((g) => `${g.type}${seen.has(s.words.slice(g.start, g.end).map(normalizeWord).join(' ')) ? '(seen)' : '(new)'}`).concat(spurious.map((p) => `+${p.type}`));
  console.log(`${++n}. ${status.join(' ')}: ${marks.join(' ')}`);
}
