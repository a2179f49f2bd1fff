// `npm run train:ner-clusters`: the tagger's word classes (server/data/ner-clusters.bin) from the raw text of ARMAN
// parts 1–3 and PEYMA train, each in both spellings (ARMAN's ZWNJ-joined words also split, PEYMA's space-split words
// also rejoined), so that a word has its class however it is written. PEYMA dev is left out so that its figures stay
// honest (its words get classes only when the other text uses them); ARMAN's 3-fold evaluation sees classes learnt
// from all three parts' text, unlabelled. Deterministic (bigramClusters.ts has no randomness); a few seconds.

import { mkdirSync, writeFileSync } from 'node:fs';
import { clusterTableOf, encodeClusters } from '../src/analysis/ner/clusterFile';
import { CLASS_BITS } from '../src/analysis/ner/features';
import { bigramClusters, DEFAULT_BIGRAM_CLUSTERS } from './ner/bigramClusters';
import { readArman, readPeyma, readPeymaJoined, splitAtZwnj } from './ner/corpora';
import { armanPart, peymaSplit } from './ner/trainingSet';

export const NER_CLUSTERS_PATH = 'server/data/ner-clusters.bin';

/** The raw text the classes are learnt from: the given ARMAN parts and PEYMA train, each in both spellings. */
export function clusterText(armanParts: number[]): string[][] {
  const arman = armanParts.flatMap((k) => readArman(armanPart(k), 'original'));
  const armanSplit = arman.map(splitAtZwnj).flatMap((s) => (s ? [s.words] : []));
  const peyma = readPeyma(peymaSplit('train')).map((s) => s.words);
  const peymaJoined = readPeymaJoined(peymaSplit('train')).map((s) => s.words);
  return [...arman.map((s) => s.words), ...armanSplit, ...peyma, ...peymaJoined];
}

export default async function trainNerClusters(): Promise<void> {
  const started = Date.now();
  const log = (line: string) => console.log(`[train:ner-clusters ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
  const texts = clusterText([1, 2, 3]);
  log(`${texts.length.toLocaleString('en')} sentences, ${texts.reduce((a, s) => a + s.length, 0).toLocaleString('en')} tokens (ARMAN 1-3 + PEYMA train, both spellings)`);
  // --min-count=N, --passes=N, --out=PATH: other tables for comparison (eval:ner --classes=PATH).
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const options = { ...DEFAULT_BIGRAM_CLUSTERS, minCount: Number(option('min-count') ?? DEFAULT_BIGRAM_CLUSTERS.minCount), passes: Number(option('passes') ?? DEFAULT_BIGRAM_CLUSTERS.passes) };
  const out = option('out') ?? NER_CLUSTERS_PATH;
  const paths = bigramClusters(texts, options, log);
  if (DEFAULT_BIGRAM_CLUSTERS.levels.reduce((a, b) => a + b, 0) !== CLASS_BITS) throw new Error(`the tagger reads ${CLASS_BITS}-bit classes`);
  const bytes = encodeClusters(clusterTableOf(paths, CLASS_BITS));
  mkdirSync('server/data', { recursive: true });
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${paths.size.toLocaleString('en')} words, ${(bytes.length / 1e3).toFixed(0)} kB`);
}

if (process.argv[1]?.includes('train-ner-clusters')) await trainNerClusters();
