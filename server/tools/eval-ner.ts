// `npm run eval:ner`: entity-level P/R/F1 (CoNLL: exact span and type), per type, with the commonest errors.
//  1. PEYMA dev with its seven labels, trained on PEYMA train + ARMAN 1–3 (decoded with PEYMA's labels);
//     also the same dev text with PEYMA's spaces rejoined as ZWNJs, to show the spelling does not matter.
//  2. ARMAN 3-fold, the published protocol: train on two parts (as published, original tags), test on the third.
//  3. Tagging speed (tokens/s) and load time of the shipped model, server/data/ner-model.bin.
// PEYMA test is never read. Options: --only=peyma|arman|speed, --epochs=N, --dropout=P, --peyma-weight=N, --curve
// (dev F1 every second epoch), --no-arman (PEYMA train alone: a quick look, not the reported figure).

import { readFileSync } from 'node:fs';
import { decodeModel, type NerModelData } from '../src/analysis/ner/modelFile';
import { createTagger } from '../src/analysis/ner/tagger';
import { ARMAN_MASK, PEYMA_MASK, readArman, readPeyma, readPeymaJoined, type Sentence } from './ner/corpora';
import { countryGazetteer } from './ner/countryNames';
import { emptyScores, overall, score, spansOf, table } from './ner/conll';
import { trainPerceptron } from './ner/perceptron';
import { armanPart, armanSentences, peymaSentences, peymaSplit } from './ner/trainingSet';
import { EPOCHS, PEYMA_WEIGHT, PRUNE, SEED, TRAINING_NAMES, WORD_DROPOUT } from './train-ner';

const started = Date.now();
const log = (line: string) => console.log(`[eval:ner ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const args = process.argv.slice(2);
const epochs = Number(args.find((a) => a.startsWith('--epochs='))?.slice(9) ?? EPOCHS);
const wordDropout = Number(args.find((a) => a.startsWith('--dropout='))?.slice(10) ?? WORD_DROPOUT);
const peymaWeight = Number(args.find((a) => a.startsWith('--peyma-weight='))?.slice(15) ?? PEYMA_WEIGHT);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
/** Quick iterations: PEYMA dev from a model trained on PEYMA train alone. */
const withoutArman = args.includes('--no-arman');
const gazetteerEntries = countryGazetteer();

function train(sentences: Sentence[], trainedOn: string, afterEpoch?: (epoch: number, model: () => NerModelData) => void) {
  return trainPerceptron(sentences, { epochs, seed: SEED, wordDropout, prune: PRUNE, trainingNames: TRAINING_NAMES, gazetteerEntries, trainedOn, log: (l) => log('  ' + l), afterEpoch });
}

function evaluate(model: NerModelData, test: Sentence[], mask: Uint8Array, rename?: (type: string) => string) {
  const tagger = createTagger(model);
  const scores = emptyScores();
  for (const sentence of test) score(scores, spansOf(sentence.labels, rename), spansOf(tagger.tag(sentence.words, mask), rename));
  return scores;
}

const PEYMA_NAMES: Record<string, string> = {
  person: 'PER', organization: 'ORG', location: 'LOC', date: 'DAT', time: 'TIM', money: 'MON', percent: 'PCT',
};
const ARMAN_NAMES: Record<string, string> = {
  person: 'pers', organization: 'org', location: 'loc', facility: 'fac', product: 'pro', event: 'event', nationality: 'org',
};

const report: string[] = [];

if (!only || only === 'peyma') {
  log(`PEYMA dev: training on PEYMA train (x${peymaWeight}) + ARMAN 1-3, ${epochs} epochs`);
  const dev = readPeyma(peymaSplit('dev'));
  const devJoined = readPeymaJoined(peymaSplit('dev'));
  const peyma = peymaSentences(['train'], SEED);
  const model = train([...(withoutArman ? [] : armanSentences([1, 2, 3], 'product', SEED)), ...Array.from({ length: peymaWeight }, () => peyma).flat()], 'eval', (epoch, averaged) => {
    if (args.includes('--curve') && epoch % 2 === 0) log(`  epoch ${epoch}: dev F1 ${(100 * overall(evaluate(averaged(), dev, PEYMA_MASK)).f).toFixed(2)}`);
  });
  report.push(table('PEYMA dev (7 labels; trained on PEYMA train + ARMAN)', evaluate(model, dev, PEYMA_MASK, (t) => PEYMA_NAMES[t] ?? t)));
  report.push(table('PEYMA dev, spaces rejoined as ZWNJ (same model)', evaluate(model, devJoined, PEYMA_MASK, (t) => PEYMA_NAMES[t] ?? t), 0));
}

if (!only || only === 'arman') {
  const folds: number[] = [];
  const all = emptyScores();
  for (const test of [1, 2, 3]) {
    const trainParts = [1, 2, 3].filter((k) => k !== test);
    log(`ARMAN fold ${test}: training on parts ${trainParts.join('+')}, ${epochs} epochs`);
    const model = train(armanSentences(trainParts, 'original', SEED), 'eval');
    const scores = evaluate(model, readArman(armanPart(test), 'original'), ARMAN_MASK, (t) => ARMAN_NAMES[t] ?? t);
    folds.push(overall(scores).f);
    report.push(table(`ARMAN fold ${test} (train ${trainParts.join('+')}, test ${test})`, scores, 5));
    const gold = readArman(armanPart(test), 'original');
    const tagger = createTagger(model);
    for (const s of gold) score(all, spansOf(s.labels, (t) => ARMAN_NAMES[t] ?? t), spansOf(tagger.tag(s.words, ARMAN_MASK), (t) => ARMAN_NAMES[t] ?? t));
  }
  report.push(table('ARMAN 3-fold, pooled over the three test parts', all));
  report.push(`ARMAN 3-fold average F1: ${(100 * folds.reduce((a, b) => a + b, 0) / folds.length).toFixed(2)} (folds ${folds.map((f) => (100 * f).toFixed(2)).join(', ')})`);
}

if (!only || only === 'speed') {
  // The shipped model, read as the editor reads it: bytes from disk, decoded, its lookup table built.
  // CPU time beside wall time: on a shared machine the wall clock measures the neighbours as much as the tagger.
  const cpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const loadCpu = cpuMs();
  const loadStart = performance.now();
  const bytes: Uint8Array = readFileSync('server/data/ner-model.bin'); // as the host loads it: no copy
  const tagger = createTagger(decodeModel(bytes));
  const loadMs = performance.now() - loadStart;
  const loadCpuMs = cpuMs() - loadCpu;
  const dev = readPeyma(peymaSplit('dev'));
  tagger.tag(dev[0].words); // warm the JIT once
  let tokens = 0;
  const tagCpu = cpuMs();
  const tagStart = performance.now();
  for (let round = 0; round < 3; round++) {
    for (const s of dev) {
      tagger.tag(s.words);
      tokens += s.words.length;
    }
  }
  const seconds = (performance.now() - tagStart) / 1000;
  const cpuSeconds = (cpuMs() - tagCpu) / 1000;
  report.push([
    `speed: ${Math.round(tokens / cpuSeconds).toLocaleString('en')} tokens/s of CPU time, ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s wall`,
    ` (tagging alone: features + Viterbi over all labels, PEYMA dev x3, ${tokens.toLocaleString('en')} tokens);`,
    ` model load ${loadCpuMs.toFixed(0)} ms CPU, ${loadMs.toFixed(0)} ms wall (read + decode) for ${(bytes.length / 1e6).toFixed(2)} MB`,
  ].join(''));
}

console.log('\n' + report.join('\n\n'));
