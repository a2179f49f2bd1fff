// `npm run train:ner`: derives the word classes (train-ner-clusters.ts → server/data/ner-clusters.bin), then trains
// the shipped NER model on everything we may use (ARMAN parts 1–3 in the product scheme, PEYMA train and dev; never
// PEYMA test) and writes server/data/ner-model.bin. The epoch count, word dropout and PEYMA's weight were chosen on
// PEYMA dev with `npm run eval:ner`. Fixed seed: the same corpora give the same bytes.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeClusters } from '../src/analysis/ner/clusterFile';
import { encodeModel } from '../src/analysis/ner/modelFile';
import { taggerGazetteer } from './ner/kbNames';
import { trainPerceptron } from './ner/perceptron';
import { armanSentences, peymaSentences } from './ner/trainingSet';
import trainNerClusters, { NER_CLUSTERS_PATH } from './train-ner-clusters';

export const EPOCHS = 8;
export const SEED = 20161;
export const WORD_DROPOUT = 0.3;
/**
 * Averaged weights below this are dropped (in perceptron updates): the features seen about once, most of the
 * hashed features; the table then fits 2^19 slots, which halves the file and the load time.
 */
export const PRUNE = 0.75;
/** Whether the gazetteer also holds the names the training labels mark (see ner/trainingNames.ts). */
export const TRAINING_NAMES = true;
/** How many times each PEYMA sentence is seen per epoch (its conventions are the ones PEYMA test judges). */
export const PEYMA_WEIGHT = 2;
/**
 * Perceptrons trained over different shuffle orders, averaged into one table (ner/perceptron.ts): PEYMA dev F1
 * 77.86 -> 78.38 with one seed (77.31 -> 77.62 before the head features), for three times the training time and a
 * smaller file (weights that the orders disagree on average out below PRUNE).
 */
export const RUNS = 3;
/** Whether the gazetteer holds the words that lead names (ner/phraseHeads.ts) for the head-to-the-left features. */
export const PHRASE_HEADS = true;

export default async function trainNer(): Promise<void> {
  const started = Date.now();
  const log = (line: string) => console.log(`[train:ner ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
  const peyma = peymaSentences(['train', 'dev'], SEED);
  const sentences = [...armanSentences([1, 2, 3], 'product', SEED), ...Array.from({ length: PEYMA_WEIGHT }, () => peyma).flat()];
  log(`${sentences.length.toLocaleString('en')} sentences (ARMAN 1–3 + PEYMA train+dev x${PEYMA_WEIGHT}, with spelling variants)`);
  const gazetteerEntries = taggerGazetteer();
  // The word classes first (also `npm run train:ner-clusters` alone): the model records which table it was trained with.
  await trainNerClusters();
  const classes = decodeClusters(readFileSync(NER_CLUSTERS_PATH));
  const model = trainPerceptron(sentences, {
    epochs: EPOCHS,
    runs: RUNS,
    phraseHeads: PHRASE_HEADS,
    seed: SEED,
    wordDropout: WORD_DROPOUT,
    prune: PRUNE,
    trainingNames: TRAINING_NAMES,
    gazetteerEntries,
    classes,
    trainedOn: `ARMAN 1-3 (product scheme) + PEYMA train+dev x${PEYMA_WEIGHT}, ${EPOCHS} epochs x ${RUNS} shuffle orders averaged, seed ${SEED}, pruned below ${PRUNE}${TRAINING_NAMES ? ", with training names" : ""}`,
    log,
  });
  const bytes = encodeModel(model);
  mkdirSync('server/data', { recursive: true });
  writeFileSync('server/data/ner-model.bin', bytes);
  log(`wrote server/data/ner-model.bin: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.entries.length.toLocaleString('en')} weights, table of ${(model.table.length / 2).toLocaleString('en')} slots`);
}

if (process.argv[1]?.includes('train-ner')) await trainNer();
