// Features of each token for the tagger, hashed to 32 bits. Trainer and editor both call `extractFeatures`, so the
// model and its features never drift apart. Every token gets exactly FEATURE_COUNT hashes (absent neighbours are a
// boundary marker), which keeps the hot loops flat: token i's features are hashes[i*K .. i*K+K).
//
// The templates: the word's folded form (ZWNJ, Arabic letters, harakat and digits folded, see normalize.ts), its
// prefixes and suffixes (Persian inflection: ها، های، ان، ی، ترین), its shape, the words two either side and their
// suffixes, word pairs, gazetteer hits (country names and demonyms) with their BIO position, and how often the
// training text used the word (a rare word after «آقای» or «خبرگزاری» is a name the model has never seen).

import { normalizeWord, wordShape } from './normalize';

export const FEATURE_COUNT = 32;

/** Phrases (folded words joined by one space) with a kind (country, demonym…), matched longest first. */
export interface Gazetteer {
  phrases: ReadonlyMap<string, string>;
  maxWords: number;
  firstWords: ReadonlySet<string>;
}

export function buildGazetteer(entries: Iterable<[phrase: string, kind: string]>): Gazetteer {
  const phrases = new Map<string, string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const [phrase, kind] of entries) {
    const words = phrase.split(/[\s\u200c]+/).filter(Boolean).map(normalizeWord);
    if (words.length === 0) continue;
    const key = words.join(' ');
    if (!phrases.has(key)) phrases.set(key, kind);
    firstWords.add(words[0]);
    maxWords = Math.max(maxWords, words.length);
  }
  return { phrases, maxWords, firstWords };
}

/** How often the training text used each folded word, in a few buckets (see frequencyBucket), by word hash. */
export interface WordFrequencies {
  bucketOf(wordHash: number): number;
}

/** The lookup over a model's stored vocabulary (words used twice or more; the rest are bucket 0). */
export function frequenciesFrom(keys: ArrayLike<number>, buckets: ArrayLike<number>): WordFrequencies {
  const byHash = new Map<number, number>();
  for (let k = 0; k < keys.length; k++) byHash.set(keys[k], buckets[k]);
  return { bucketOf: (hash) => byHash.get(hash) ?? 0 };
}

/** 0: never or once, 1: 2–4 times, 2: 5–19, 3: 20–99, 4: 100 or more. */
export function frequencyBucket(count: number): number {
  return count < 2 ? 0 : count < 5 ? 1 : count < 20 ? 2 : count < 100 ? 3 : 4;
}

/** The hash under which WordFrequencies knows a word: the same as the word feature's. */
export function wordHash(word: string): number {
  const folded = normalizeWord(word);
  return fnv(1, folded, 0, folded.length);
}

function fnv(seed: number, text: string, from: number, to: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const BOUNDARY = fnv(7, '<s>', 0, 3);
const NO_HIT = fnv(11, '-', 0, 1);

/** Per-token gazetteer marks: mix of kind and B/I position, or NO_HIT. */
function gazetteerMarks(folded: readonly string[], gazetteer: Gazetteer | undefined): Uint32Array {
  const marks = new Uint32Array(folded.length).fill(NO_HIT);
  if (!gazetteer) return marks;
  for (let i = 0; i < folded.length; i++) {
    if (!gazetteer.firstWords.has(folded[i])) continue;
    let phrase = folded[i];
    let best = 0;
    let kind = '';
    const limit = Math.min(gazetteer.maxWords, folded.length - i);
    for (let length = 1; length <= limit; length++) {
      if (length > 1) phrase += ' ' + folded[i + length - 1];
      const hit = gazetteer.phrases.get(phrase);
      if (hit !== undefined) {
        best = length;
        kind = hit;
      }
    }
    if (best === 0) continue;
    const kindHash = fnv(13, kind, 0, kind.length);
    marks[i] = mix(kindHash, 1);
    for (let k = 1; k < best; k++) marks[i + k] = mix(kindHash, 2);
    i += best - 1;
  }
  return marks;
}

/** The hashed features of a token sequence: FEATURE_COUNT per token. */
export function extractFeatures(words: readonly string[], gazetteer?: Gazetteer, frequencies?: WordFrequencies): Uint32Array {
  const n = words.length;
  const K = FEATURE_COUNT;
  const folded = words.map(normalizeWord);
  const word = new Uint32Array(n);
  const suffix2 = new Uint32Array(n);
  const suffix3 = new Uint32Array(n);
  const prefix2 = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const rarity = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const w = folded[i];
    const len = w.length;
    word[i] = fnv(1, w, 0, len);
    suffix2[i] = fnv(2, w, Math.max(0, len - 2), len);
    suffix3[i] = fnv(3, w, Math.max(0, len - 3), len);
    prefix2[i] = fnv(4, w, 0, Math.min(2, len));
    const s = wordShape(w);
    shape[i] = fnv(5, s, 0, s.length);
    rarity[i] = frequencies ? frequencies.bucketOf(word[i]) + 1 : 0;
  }
  const marks = gazetteerMarks(folded, gazetteer);
  const at = (array: Uint32Array, i: number) => (i >= 0 && i < n ? array[i] : BOUNDARY);

  const out = new Uint32Array(n * K);
  for (let i = 0; i < n; i++) {
    const w = folded[i];
    const len = w.length;
    const o = i * K;
    let t = 0;
    out[o + t] = mix(++t, 0); // bias
    out[o + t] = mix(++t, word[i]);
    out[o + t] = mix(++t, at(word, i - 1));
    out[o + t] = mix(++t, at(word, i + 1));
    out[o + t] = mix(++t, at(word, i - 2));
    out[o + t] = mix(++t, at(word, i + 2));
    out[o + t] = mix(mix(++t, at(word, i - 1)), word[i]);
    out[o + t] = mix(mix(++t, word[i]), at(word, i + 1));
    out[o + t] = mix(mix(++t, at(word, i - 1)), at(word, i + 1));
    out[o + t] = mix(++t, fnv(21, w, Math.max(0, len - 1), len));
    out[o + t] = mix(++t, suffix2[i]);
    out[o + t] = mix(++t, suffix3[i]);
    out[o + t] = mix(++t, fnv(24, w, Math.max(0, len - 4), len));
    out[o + t] = mix(++t, fnv(25, w, 0, Math.min(1, len)));
    out[o + t] = mix(++t, prefix2[i]);
    out[o + t] = mix(++t, fnv(27, w, 0, Math.min(3, len)));
    out[o + t] = mix(mix(++t, shape[i]), Math.min(len, 8));
    out[o + t] = mix(mix(mix(++t, at(shape, i - 1)), shape[i]), at(shape, i + 1));
    out[o + t] = mix(++t, at(suffix2, i - 1));
    out[o + t] = mix(++t, at(suffix3, i - 1));
    out[o + t] = mix(++t, at(suffix2, i + 1));
    out[o + t] = mix(++t, at(suffix3, i + 1));
    out[o + t] = mix(++t, at(prefix2, i + 1));
    out[o + t] = mix(++t, marks[i]);
    out[o + t] = mix(mix(++t, at(marks, i - 1)), marks[i]);
    out[o + t] = mix(mix(++t, marks[i]), at(marks, i + 1));
    out[o + t] = mix(mix(++t, marks[i]), word[i]);
    out[o + t] = mix(mix(++t, rarity[i]), shape[i]);
    out[o + t] = mix(mix(++t, rarity[i]), at(word, i - 1));
    out[o + t] = mix(mix(++t, rarity[i]), at(word, i + 1));
    out[o + t] = mix(mix(++t, at(word, i - 2)), at(word, i - 1));
    out[o + t] = mix(mix(++t, at(word, i + 1)), at(word, i + 2));
  }
  return out;
}
