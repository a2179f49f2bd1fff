// The corpus sentences the spelling tools learn from and the ones they hold back for evaluation, defined once so
// that the bigram table, the proper-name list and `eval:spell` can never disagree about which is which: the tables
// learn from ARMAN parts 1–2 and PEYMA train; `eval:spell` injects typos into every fourth sentence of ARMAN part 3.
// ARMAN keeps its ZWNJs; PEYMA replaced them by spaces inside tokens, so its multi-word tokens are re-joined only
// where the lexicon knows the ZWNJ form (see `joinPeymaToken`).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** npm runs scripts from the repository root, beside which `shared/` lies. */
export const CORPORA = process.env.DABIR_CORPORA ?? resolve(process.cwd(), '..', 'shared', 'corpora');

export interface TaggedToken {
  text: string;
  /** Entity type in lower case without IOB prefix ('pers', 'per', 'loc' …), or '' for outside. */
  type: string;
}

export type Sentence = TaggedToken[];

/** Arabic yeh and kaf, as older corpora type them, become the Persian letters the lexicon uses. */
export function normalizeLetters(text: string): string {
  return text.replace(/\u064A/g, '\u06CC').replace(/\u0643/g, '\u06A9').replace(/\u0649/g, '\u06CC');
}

function readSentences(path: string, separator: RegExp): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const cut = line.search(separator);
    const text = cut < 0 ? line : line.slice(0, cut);
    const tag = cut < 0 ? 'O' : line.slice(cut + 1).trim();
    const type = tag === 'O' ? '' : tag.replace(/^[BI][-_]/, '').toLowerCase();
    current.push({ text: normalizeLetters(text), type });
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** ARMAN part 3, every fourth sentence: held back from every spelling table and used only by `eval:spell`. */
export function isHeldBackArman(part: number, index: number): boolean {
  return part === 3 && index % 4 === 0;
}

export function armanSentences(): { part: number; index: number; sentence: Sentence }[] {
  const out: { part: number; index: number; sentence: Sentence }[] = [];
  for (const part of [1, 2, 3]) {
    readSentences(join(CORPORA, 'ner', 'arman', `part${part}.txt`), / (?=\S+$)/).forEach((sentence, index) =>
      out.push({ part, index, sentence }),
    );
  }
  return out;
}

/** ARMAN parts 1 and 2: the spelling tables learn from these (the word-frequency table also counts part 3, without the sentences held back here). */
export function armanTrainingSentences(): Sentence[] {
  return armanSentences().filter((s) => s.part !== 3).map((s) => s.sentence);
}

export function armanHeldBackSentences(): Sentence[] {
  return armanSentences().filter((s) => isHeldBackArman(s.part, s.index)).map((s) => s.sentence);
}

/** PEYMA train only: its dev split is the NER engineers', its test split is held out from everyone. */
export function peymaTrainSentences(): Sentence[] {
  return readSentences(join(CORPORA, 'ner', 'peyma', 'train.txt'), /\|(?=[^|]*$)/);
}

/** A PEYMA token such as «همه جانبه» lost its ZWNJ: restore it where the lexicon knows that form. */
export function joinPeymaToken(text: string, isKnown: (word: string) => boolean): string[] {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts;
  const joined = parts.join('\u200C');
  return isKnown(joined) ? [joined] : parts;
}

/** A small seeded generator (mulberry32), so that every split and every injected typo is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SentencePair {
  wrong: string;
  correct: string;
}

const REAL_WORD_SEED = 20211;

/**
 * PerSpellData's real-word subset, shuffled with a fixed seed and cut in two: `train` teaches spelling-context its
 * confusions, `dev` is the only half any figure is reported on.
 */
export function realWordPairs(): { train: SentencePair[]; dev: SentencePair[] } {
  const dir = join(CORPORA, 'spell', 'perspelldata-realword-common');
  const wrong = readFileSync(join(dir, 'wrong.txt'), 'utf8').split(/\r?\n/);
  const correct = readFileSync(join(dir, 'correct.txt'), 'utf8').split(/\r?\n/);
  const pairs: SentencePair[] = [];
  for (let k = 0; k < Math.min(wrong.length, correct.length); k++) {
    if (wrong[k].trim() || correct[k].trim()) pairs.push({ wrong: wrong[k].trim(), correct: correct[k].trim() });
  }
  const random = seededRandom(REAL_WORD_SEED);
  for (let k = pairs.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [pairs[k], pairs[j]] = [pairs[j], pairs[k]];
  }
  const half = Math.floor(pairs.length / 2);
  return { train: pairs.slice(0, half), dev: pairs.slice(half) };
}
