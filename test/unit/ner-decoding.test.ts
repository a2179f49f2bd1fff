import { describe, expect, it } from 'vitest';
import { beginLabel, insideLabel, labelMask, LABEL_COUNT, labelName } from '../../server/src/analysis/ner/labels';
import { decodeModel, encodeModel } from '../../server/src/analysis/ner/modelFile';
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
      featureCount: 32,
      scale: 12.5,
      gazetteer: [['قزاقستان', 'country']] as [string, string][],
      trainedOn: 'test',
      keys: Uint32Array.from([3, 9, 4000000000]),
      offsets: Uint32Array.from([0, 2, 3, 5]),
      entryLabels: Uint8Array.from([0, 3, 1, 2, 22]),
      entryWeights: Int16Array.from([-5, 7, 32767, -32767, 1]),
      transitions: Int16Array.from({ length: (L + 1) * L }, (_, k) => k - 200),
      vocabularyKeys: Uint32Array.from([5, 77]),
      vocabularyBuckets: Uint8Array.from([1, 4]),
    };
    const bytes = encodeModel(model);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    for (const input of [bytes, unaligned]) {
      const read = decodeModel(input);
      expect(read.gazetteer).toEqual(model.gazetteer);
      expect(read.scale).toBe(12.5);
      expect([...read.keys]).toEqual([...model.keys]);
      expect([...read.offsets]).toEqual([...model.offsets]);
      expect([...read.entryLabels]).toEqual([...model.entryLabels]);
      expect([...read.entryWeights]).toEqual([...model.entryWeights]);
      expect([...read.transitions]).toEqual([...model.transitions]);
      expect([...read.vocabularyKeys]).toEqual([5, 77]);
      expect([...read.vocabularyBuckets]).toEqual([1, 4]);
    }
  });

  it('refuses bytes that are not a model', () => {
    expect(() => decodeModel(new TextEncoder().encode('not a model at all'))).toThrow(/not a Dabir NER model/);
  });
});
