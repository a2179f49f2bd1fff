// Reads the two training corpora into token/label sequences over our label set (see analysis/ner/labels.ts).
//
// ARMAN: `token TAG` (B-pers, I-org …), digits written as 0, tokens keep their ZWNJ. Its `org` covers governments
// named by their country («ایران» 141 times) and nationalities («ایرانی»); in the product scheme a one-word org
// that is a country name becomes a location (as PEYMA tags it, and as the knowledge base refines it to a country)
// and a demonym becomes a nationality. The original scheme keeps ARMAN as published, for its 3-fold evaluation.
// PEYMA: `token|B_LOC`, ZWNJs written as spaces inside tokens («روش های»); such tokens are split into the words a
// reader's text would give.

import { readFileSync } from 'node:fs';
import { normalizeWord } from '../../src/analysis/ner/normalize';
import {
  ARMAN_TYPES, PEYMA_TYPES, beginLabel, insideLabel, isInside, labelMask, typeOfLabel, type NerType,
} from '../../src/analysis/ner/labels';
import { countryNames, demonyms, isDemonymForm } from './countryNames';

export interface Sentence {
  words: string[];
  labels: Uint8Array;
  /** The labels this sentence's corpus annotates. */
  mask: Uint8Array;
}

const ARMAN_TAGS: Record<string, NerType> = {
  pers: 'person', org: 'organization', loc: 'location', fac: 'facility', pro: 'product', event: 'event',
};
const PEYMA_TAGS: Record<string, NerType> = {
  PER: 'person', ORG: 'organization', LOC: 'location', DAT: 'date', TIM: 'time', MON: 'money', PCT: 'percent',
};

export const ARMAN_MASK = labelMask(ARMAN_TYPES);
export const PEYMA_MASK = labelMask(PEYMA_TYPES);

function blocks(path: string): string[][] {
  return readFileSync(path, 'utf8').split(/\r?\n[ \t]*\r?\n/).map((b) => b.split(/\r?\n/).filter((l) => l.trim() !== '')).filter((b) => b.length > 0);
}

/** B-/I- tag → label; an I- that follows another type starts an entity (as conlleval reads it). */
function toLabel(prefix: string, type: NerType | undefined, previous: number): number {
  if (!type) return 0;
  if (prefix === 'I' && previous !== 0 && typeOfLabel(previous) === type) return insideLabel(type);
  return beginLabel(type);
}

export type ArmanScheme = 'original' | 'product';

export function readArman(path: string, scheme: ArmanScheme): Sentence[] {
  const countries = countryNames();
  const singular = demonyms();
  return blocks(path).map((lines) => {
    const words: string[] = [];
    const labels: number[] = [];
    for (const line of lines) {
      const space = line.lastIndexOf(' ');
      const word = line.slice(0, space).trim();
      const tag = line.slice(space + 1).trim();
      if (!word) continue;
      const [prefix, name] = tag === 'O' ? ['O', ''] : tag.split('-');
      labels.push(toLabel(prefix, ARMAN_TAGS[name], labels.length ? labels[labels.length - 1] : 0));
      words.push(word);
    }
    if (scheme === 'product') {
      for (let i = 0; i < words.length; i++) {
        const single = labels[i] === beginLabel('organization') && !(i + 1 < labels.length && isInside(labels[i + 1]));
        if (!single) continue;
        const folded = normalizeWord(words[i]);
        if (countries.has(folded)) labels[i] = beginLabel('location');
        else if (isDemonymForm(folded, singular)) labels[i] = beginLabel('nationality');
      }
    }
    return { words, labels: Uint8Array.from(labels), mask: ARMAN_MASK };
  });
}

export function readPeyma(path: string): Sentence[] {
  return blocks(path).map((lines) => {
    const words: string[] = [];
    const labels: number[] = [];
    for (const line of lines) {
      const bar = line.lastIndexOf('|');
      const token = line.slice(0, bar).trim();
      const tag = line.slice(bar + 1).trim();
      if (!token) continue;
      const [prefix, name] = tag === 'O' ? ['O', ''] : tag.split('_');
      let label = toLabel(prefix, PEYMA_TAGS[name], labels.length ? labels[labels.length - 1] : 0);
      for (const part of token.split(/\s+/)) {
        words.push(part);
        labels.push(label);
        if (label !== 0) label = insideLabel(typeOfLabel(label)!);
      }
    }
    return { words, labels: Uint8Array.from(labels), mask: PEYMA_MASK };
  });
}

/** Random numbers from a seed (mulberry32), so that training is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same sentence with its ZWNJ-joined words split at their ZWNJs (ARMAN's spelling → PEYMA's and the sample's),
 * so that the tagger tags text written either way. Undefined when the sentence has no ZWNJ.
 */
export function splitAtZwnj(sentence: Sentence): Sentence | undefined {
  const words: string[] = [];
  const labels: number[] = [];
  let changed = false;
  sentence.words.forEach((word, i) => {
    const parts = word.split('\u200c').filter(Boolean);
    if (parts.length > 1) changed = true;
    let label = sentence.labels[i];
    for (const part of parts.length ? parts : [word]) {
      words.push(part);
      labels.push(label);
      if (label !== 0) label = insideLabel(typeOfLabel(label)!);
    }
  });
  if (!changed) return undefined;
  return { words, labels: Uint8Array.from(labels), mask: sentence.mask };
}

/** PEYMA in the other spelling: each token's spaces rejoined as ZWNJs (one token, one label). */
export function readPeymaJoined(path: string): Sentence[] {
  return blocks(path).map((lines) => {
    const words: string[] = [];
    const labels: number[] = [];
    for (const line of lines) {
      const bar = line.lastIndexOf('|');
      const token = line.slice(0, bar).trim();
      const tag = line.slice(bar + 1).trim();
      if (!token) continue;
      const [prefix, name] = tag === 'O' ? ['O', ''] : tag.split('_');
      labels.push(toLabel(prefix, PEYMA_TAGS[name], labels.length ? labels[labels.length - 1] : 0));
      words.push(token.split(/\s+/).join('\u200c'));
    }
    return { words, labels: Uint8Array.from(labels), mask: PEYMA_MASK };
  });
}
