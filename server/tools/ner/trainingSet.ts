// Which sentences a model trains on, with the spelling variants that teach it ZWNJ-vs-space invariance: ARMAN
// sentences also with their ZWNJ-joined words split (as PEYMA and writers who lose ZWNJs spell them), PEYMA
// sentences also with their space-split words rejoined by ZWNJ. Half of each, chosen by the seed.

import { readArman, readPeyma, readPeymaJoined, seededRandom, splitAtZwnj, type ArmanScheme, type Sentence } from './corpora';

export const CORPORA = '../shared/corpora/ner';
export const armanPart = (k: number) => `${CORPORA}/arman/part${k}.txt`;
export const peymaSplit = (name: 'train' | 'dev') => `${CORPORA}/peyma/${name}.txt`;

export function withVariants(sentences: Sentence[], variants: (Sentence | undefined)[], seed: number): Sentence[] {
  const random = seededRandom(seed);
  const out = [...sentences];
  for (const variant of variants) if (variant && random() < 0.5) out.push(variant);
  return out;
}

export function armanSentences(parts: number[], scheme: ArmanScheme, seed: number): Sentence[] {
  const sentences = parts.flatMap((k) => readArman(armanPart(k), scheme));
  return withVariants(sentences, sentences.map(splitAtZwnj), seed);
}

export function peymaSentences(splits: ('train' | 'dev')[], seed: number): Sentence[] {
  const sentences = splits.flatMap((name) => readPeyma(peymaSplit(name)));
  const joined = splits.flatMap((name) => readPeymaJoined(peymaSplit(name)));
  const variants = joined.map((j, k) => (j.words.length !== sentences[k].words.length ? j : undefined));
  return withVariants(sentences, variants, seed + 1);
}
