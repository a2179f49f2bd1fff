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

// What a word contributes on its own, whatever its neighbours: computed once per distinct word and kept, because
// running text repeats its words (Zipf) and folding and hashing are most of the tagger's time.
const WORD = 0, SUFFIX1 = 1, SUFFIX2 = 2, SUFFIX3 = 3, SUFFIX4 = 4, PREFIX1 = 5, PREFIX2 = 6, PREFIX3 = 7, SHAPE = 8, LENGTH = 9, RARITY = 10;
const WORD_FIELDS = 11;
const CACHE_LIMIT = 200_000;

interface WordInfo {
  folded: string;
  values: Uint32Array;
}

function describeWord(word: string, frequencies: WordFrequencies | undefined): WordInfo {
  const w = normalizeWord(word);
  const len = w.length;
  const values = new Uint32Array(WORD_FIELDS);
  values[WORD] = fnv(1, w, 0, len);
  values[SUFFIX1] = fnv(21, w, Math.max(0, len - 1), len);
  values[SUFFIX2] = fnv(2, w, Math.max(0, len - 2), len);
  values[SUFFIX3] = fnv(3, w, Math.max(0, len - 3), len);
  values[SUFFIX4] = fnv(24, w, Math.max(0, len - 4), len);
  values[PREFIX1] = fnv(25, w, 0, Math.min(1, len));
  values[PREFIX2] = fnv(4, w, 0, Math.min(2, len));
  values[PREFIX3] = fnv(27, w, 0, Math.min(3, len));
  const shape = wordShape(w);
  values[SHAPE] = fnv(5, shape, 0, shape.length);
  values[LENGTH] = Math.min(len, 8);
  values[RARITY] = frequencies ? frequencies.bucketOf(values[WORD]) + 1 : 0;
  return { folded: w, values };
}

export type FeatureExtractor = (words: readonly string[]) => Uint32Array;

/** Features of token sequences for one gazetteer and vocabulary, with a cache of per-word values. */
export function createFeatureExtractor(gazetteer?: Gazetteer, frequencies?: WordFrequencies): FeatureExtractor {
  let cache = new Map<string, WordInfo>();
  const K = FEATURE_COUNT;

  return (words) => {
    const n = words.length;
    const infos: WordInfo[] = new Array(n);
    const folded: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      let info = cache.get(words[i]);
      if (!info) {
        if (cache.size >= CACHE_LIMIT) cache = new Map();
        info = describeWord(words[i], frequencies);
        cache.set(words[i], info);
      }
      infos[i] = info;
      folded[i] = info.folded;
    }
    const marks = gazetteerMarks(folded, gazetteer);
    const field = (i: number, f: number) => (i >= 0 && i < n ? infos[i].values[f] : BOUNDARY);
    const mark = (i: number) => (i >= 0 && i < n ? marks[i] : BOUNDARY);

    const out = new Uint32Array(n * K);
    for (let i = 0; i < n; i++) {
      const v = infos[i].values;
      const word = v[WORD];
      const previous = field(i - 1, WORD);
      const next = field(i + 1, WORD);
      const o = i * K;
      // Template numbers (the first argument of the innermost mix) are part of the model: never renumber them.
      out[o] = mix(1, 0); // bias
      out[o + 1] = mix(2, word);
      out[o + 2] = mix(3, previous);
      out[o + 3] = mix(4, next);
      out[o + 4] = mix(5, field(i - 2, WORD));
      out[o + 5] = mix(6, field(i + 2, WORD));
      out[o + 6] = mix(mix(7, previous), word);
      out[o + 7] = mix(mix(8, word), next);
      out[o + 8] = mix(mix(9, previous), next);
      out[o + 9] = mix(10, v[SUFFIX1]);
      out[o + 10] = mix(11, v[SUFFIX2]);
      out[o + 11] = mix(12, v[SUFFIX3]);
      out[o + 12] = mix(13, v[SUFFIX4]);
      out[o + 13] = mix(14, v[PREFIX1]);
      out[o + 14] = mix(15, v[PREFIX2]);
      out[o + 15] = mix(16, v[PREFIX3]);
      out[o + 16] = mix(mix(17, v[SHAPE]), v[LENGTH]);
      out[o + 17] = mix(mix(mix(18, field(i - 1, SHAPE)), v[SHAPE]), field(i + 1, SHAPE));
      out[o + 18] = mix(19, field(i - 1, SUFFIX2));
      out[o + 19] = mix(20, field(i - 1, SUFFIX3));
      out[o + 20] = mix(21, field(i + 1, SUFFIX2));
      out[o + 21] = mix(22, field(i + 1, SUFFIX3));
      out[o + 22] = mix(23, field(i + 1, PREFIX2));
      out[o + 23] = mix(24, marks[i]);
      out[o + 24] = mix(mix(25, mark(i - 1)), marks[i]);
      out[o + 25] = mix(mix(26, marks[i]), mark(i + 1));
      out[o + 26] = mix(mix(27, marks[i]), word);
      out[o + 27] = mix(mix(28, v[RARITY]), v[SHAPE]);
      out[o + 28] = mix(mix(29, v[RARITY]), previous);
      out[o + 29] = mix(mix(30, v[RARITY]), next);
      out[o + 30] = mix(mix(31, field(i - 2, WORD)), previous);
      out[o + 31] = mix(mix(32, next), field(i + 2, WORD));
    }
    return out;
  };
}

/** The hashed features of a token sequence: FEATURE_COUNT per token (without a cache; see createFeatureExtractor). */
export function extractFeatures(words: readonly string[], gazetteer?: Gazetteer, frequencies?: WordFrequencies): Uint32Array {
  return createFeatureExtractor(gazetteer, frequencies)(words);
}
