import { describe, expect, it } from 'vitest';
import { beginLabel, insideLabel, labelMask, LABEL_COUNT, labelName } from '../../server/src/analysis/ner/labels';
import { buildGazetteer, createFeatureExtractor, FEATURE_COUNT, lexiconFrom, NO_CLUSTER, wordHash } from '../../server/src/analysis/ner/features';
import { decodeModel, encodeModel, tableOf } from '../../server/src/analysis/ner/modelFile';
import { createTagger } from '../../server/src/analysis/ner/tagger';
import { viterbi } from '../../server/src/analysis/ner/viterbi';

const L = LABEL_COUNT;
const noTransitions = new Float64Array((L + 1) * L);
const all = labelMask(['person', 'organization', 'location', 'facility', 'event', 'product', 'date', 'time', 'money', 'percent', 'nationality']);

function emissionsFor(best: number[][]): Float64Array {
  const emissions = new Float64Array(best.length * L);
  best.forEach((scores, i) => scores.forEach((label, rank) => (emissions[i * L + label] = 10 - rank)));
  return emissions;
}

describe('BIO-constrained Viterbi', () => {
  it('never starts an entity with an I- label, even when the scores prefer it', () => {
    const emissions = emissionsFor([[insideLabel('person'), beginLabel('person')], [insideLabel('person')]]);
    expect([...viterbi(emissions, 2, L, noTransitions, all)].map(labelName)).toEqual(['B-person', 'I-person']);
  });

  it('never continues one type with another type’s I- label', () => {
    const emissions = emissionsFor([[beginLabel('location')], [insideLabel('person'), insideLabel('location')]]);
    expect([...viterbi(emissions, 2, L, noTransitions, all)].map(labelName)).toEqual(['B-location', 'I-location']);
  });

  it('decodes only the labels a corpus annotates when given its mask', () => {
    const emissions = emissionsFor([[beginLabel('facility'), beginLabel('location')]]);
    expect([...viterbi(emissions, 1, L, noTransitions, labelMask(['location']))].map(labelName)).toEqual(['B-location']);
  });
});

describe('the model file', () => {
  it('reads back exactly what was written, also from an unaligned buffer', () => {
    const model = {
      labelCount: L,
      featureCount: FEATURE_COUNT,
      scale: 12.5,
      gazetteer: buildGazetteer([['قزاقستان', 'country'], ['کره جنوبی', 'country'], ['روس', 'demonym']]),
      trainedOn: 'test', classes: 0,
      ...tableOf({
        keys: Uint32Array.from([3, 9, 4000000000]),
        offsets: Uint32Array.from([0, 2, 3, 5]),
        labels: Uint8Array.from([0, 3, 1, 2, 22]),
        weights: Int16Array.from([-5, 7, 32767, -32767, 1]),
      }),
      transitions: Int16Array.from({ length: (L + 1) * L }, (_, k) => k - 200),
      vocabularyKeys: Uint32Array.from([5, 77, 90]),
      vocabularyBuckets: Uint8Array.from([1, 4, 0]),
      vocabularyClusters: Uint16Array.from([3, 1023, NO_CLUSTER]),
    };
    const bytes = encodeModel(model);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    for (const input of [bytes, unaligned]) {
      const read = decodeModel(input);
      expect(read.gazetteer.kinds).toEqual(['country', 'demonym']);
      expect(read.gazetteer.maxWords).toBe(2);
      expect([...read.gazetteer.phrases]).toEqual([...model.gazetteer.phrases]);
      expect([...read.gazetteer.kindOf]).toEqual([...model.gazetteer.kindOf]);
      expect([...read.gazetteer.firstWords]).toEqual([...model.gazetteer.firstWords]);
      expect(read.scale).toBe(12.5);
      expect([...read.table]).toEqual([...model.table]);
      expect([...read.entries]).toEqual([...model.entries]);
      expect([...read.transitions]).toEqual([...model.transitions]);
      expect([...read.vocabularyKeys]).toEqual([5, 77, 90]);
      expect([...read.vocabularyBuckets]).toEqual([1, 4, 0]);
      expect([...read.vocabularyClusters]).toEqual([3, 1023, NO_CLUSTER]);
    }
  });

  it('finds each stored row through the table, and nothing for a feature it does not hold', () => {
    const { table, entries } = tableOf({
      keys: Uint32Array.from([3, 9, 4000000000]),
      offsets: Uint32Array.from([0, 2, 3, 5]),
      labels: Uint8Array.from([0, 3, 1, 2, 22]),
      weights: Int16Array.from([-5, 7, 32767, -32767, 1]),
    });
    const mask = table.length / 2 - 1;
    const row = (key: number) => {
      for (let slot = key & mask; table[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
        if (table[slot * 2] !== key) continue;
        const start = table[slot * 2 + 1] & 0xffffff;
        return [...entries.subarray(start, start + (table[slot * 2 + 1] >>> 24))].map((e) => [e & 0xff, e >> 8]);
      }
      return undefined;
    };
    expect(row(3)).toEqual([[0, -5], [3, 7]]);
    expect(row(9)).toEqual([[1, 32767]]);
    expect(row(4000000000)).toEqual([[2, -32767], [22, 1]]);
    expect(row(5)).toBeUndefined();
  });

  it('refuses bytes that are not a model', () => {
    expect(() => decodeModel(new TextEncoder().encode('not a model at all'))).toThrow(/not a Dabir NER model/);
  });
});

describe('gazetteer marks', () => {
  const extractor = createFeatureExtractor(buildGazetteer([['کره جنوبی', 'country'], ['کره', 'name:location'], ['سئول', 'name:location']]));
  const marks = (words: string[]) => [...extractor.describe(words).marks];

  it('marks the longest phrase, its first word apart from the rest, and nothing around it', () => {
    const [before, to, first, second, after] = marks(['سفر', 'به', 'کره', 'جنوبی', 'رفت']);
    expect(before).toBe(to);
    expect(after).toBe(to);
    expect(new Set([to, first, second]).size).toBe(3);
  });

  it('tells kinds apart and matches a word written with a ZWNJ-less or Arabic spelling alike', () => {
    const [, country] = marks(['به', 'کره', 'جنوبی']);
    const [, location] = marks(['به', 'کره', 'شمالی']);
    expect(country).not.toBe(location);
    expect(marks(['به', 'سئول'])[1]).toBe(location);
    expect(marks(['به', 'كره', 'جنوبي'])).toEqual(marks(['به', 'کره', 'جنوبی']));
  });
});

describe("the editor's tagger", () => {
  // A model with a pseudo-random weight on every feature these sentences fire (and none on a few), so that any
  // misplaced group, offset or template in the tagger's per-word sums would change the scores.
  const sentences = [
    ['علی', 'لاریجانی', 'رئیس', 'مجلس', 'شورای', 'اسلامی', 'به', 'قزاقستان', 'سفر', 'کرد', '.'],
    ['مردم', 'قزاقستان', 'و', 'علی', 'به', 'آستانه', 'رفتند'],
    ['سفر'],
  ];
  const gazetteer: [string, string][] = [['قزاقستان', 'country']];
  const vocabulary = ['علی', 'قزاقستان', 'سفر', 'به'].map((w) => wordHash(w)).sort((a, b) => a - b);
  const lexicon = {
    vocabularyKeys: Uint32Array.from(vocabulary),
    vocabularyBuckets: Uint8Array.from(vocabulary, (_, k) => 1 + (k % 4)),
    vocabularyClusters: Uint16Array.from(vocabulary, (_, k) => (k === 2 ? NO_CLUSTER : 100 * k + 7)),
  };
  const extractor = createFeatureExtractor(buildGazetteer(gazetteer), lexiconFrom(lexicon.vocabularyKeys, lexicon.vocabularyBuckets, lexicon.vocabularyClusters));
  const hashes = [...new Set(sentences.flatMap((words) => [...extractor.extract(words)]))].filter((h) => h % 7 !== 0).sort((a, b) => a - b);
  const weightOf = (h: number, y: number) => ((h >>> (y % 16)) % 201) - 100;
  const labels: number[] = [];
  const weights: number[] = [];
  const offsets = [0];
  for (const h of hashes) {
    for (let y = 0; y < L; y += 3) {
      labels.push(y);
      weights.push(weightOf(h, y));
    }
    offsets.push(labels.length);
  }
  const tagger = createTagger({
    labelCount: L, featureCount: FEATURE_COUNT, scale: 1, gazetteer: buildGazetteer(gazetteer), trainedOn: 'test', classes: 0,
    ...tableOf({ keys: Uint32Array.from(hashes), offsets: Uint32Array.from(offsets), labels: Uint8Array.from(labels), weights: Int16Array.from(weights) }),
    transitions: new Int16Array((L + 1) * L), ...lexicon,
  });
  const stored = new Set(hashes);

  it('scores each token as the sum of the weights of every feature training saw for it', () => {
    for (const words of sentences) {
      const features = extractor.extract(words);
      const expected = new Float64Array(words.length * L);
      for (let i = 0; i < words.length; i++) {
        for (let f = i * FEATURE_COUNT; f < (i + 1) * FEATURE_COUNT; f++) {
          if (!stored.has(features[f])) continue;
          for (let y = 0; y < L; y += 3) expected[i * L + y] += weightOf(features[f], y);
        }
      }
      expect([...tagger.emissions(words)]).toEqual([...expected]);
      // Again, now from the words' cached sums.
      expect([...tagger.emissions(words)]).toEqual([...expected]);
    }
  });
});
