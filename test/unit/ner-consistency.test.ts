import { describe, expect, it } from 'vitest';
import { applyNameMemory, emptyNameMemory, rememberNames } from '../../server/src/analysis/ner/consistency';
import { wordHash } from '../../server/src/analysis/ner/features';
import { ALL_LABELS, beginLabel, insideLabel, LABEL_COUNT, labelName } from '../../server/src/analysis/ner/labels';
import { viterbi } from '../../server/src/analysis/ner/viterbi';

const L = LABEL_COUNT;
const noTransitions = new Float64Array((L + 1) * L);
const hashes = (text: string) => Uint32Array.from(text.split(' '), wordHash);

/** Emissions where O wins every token by `margin`. */
function outsideBy(n: number, margin: number): Float64Array {
  const emissions = new Float64Array(n * L);
  for (let i = 0; i < n; i++) emissions[i * L] = margin;
  return emissions;
}

describe('names made consistent within a text', () => {
  const first = hashes('بهروز کمالوندی سخنگوی سازمان انرژی اتمی گفت');
  const firstLabels = Uint8Array.of(beginLabel('person'), insideLabel('person'), 0,
    beginLabel('organization'), insideLabel('organization'), insideLabel('organization'), 0);

  it('finds a person again by the surname alone, when the surname is rare', () => {
    const memory = emptyNameMemory();
    rememberNames(memory, first, firstLabels, () => true);
    const later = hashes('کمالوندی تاکید کرد');
    const emissions = outsideBy(3, 5);
    expect(applyNameMemory(memory, later, new Uint8Array(3), emissions, L, ALL_LABELS, 10)).toBe(true);
    expect([...viterbi(emissions, 3, L, noTransitions, ALL_LABELS)].map(labelName)).toEqual(['B-person', 'O', 'O']);
  });

  it('marks a repeated organisation with its whole extent', () => {
    const memory = emptyNameMemory();
    rememberNames(memory, first, firstLabels, () => true);
    const later = hashes('سازمان انرژی اتمی اعلام کرد');
    const emissions = outsideBy(5, 5);
    applyNameMemory(memory, later, new Uint8Array(5), emissions, L, ALL_LABELS, 10);
    expect([...viterbi(emissions, 5, L, noTransitions, ALL_LABELS)].map(labelName))
      .toEqual(['B-organization', 'I-organization', 'I-organization', 'O', 'O']);
  });

  it('does not remember a common last word on its own', () => {
    const memory = emptyNameMemory();
    rememberNames(memory, first, firstLabels, () => false);
    expect(applyNameMemory(memory, hashes('کمالوندی تاکید کرد'), new Uint8Array(3), outsideBy(3, 5), L, ALL_LABELS, 10)).toBe(false);
  });

  it('leaves the scores alone where the name is already labelled, and is only a bonus against strong evidence', () => {
    const memory = emptyNameMemory();
    rememberNames(memory, first, firstLabels, () => true);
    expect(applyNameMemory(memory, first, firstLabels, outsideBy(7, 5), L, ALL_LABELS, 10)).toBe(false);
    const emissions = outsideBy(3, 50);
    applyNameMemory(memory, hashes('کمالوندی تاکید کرد'), new Uint8Array(3), emissions, L, ALL_LABELS, 10);
    expect([...viterbi(emissions, 3, L, noTransitions, ALL_LABELS)].map(labelName)).toEqual(['O', 'O', 'O']);
  });

  it('never adds dates or amounts to the memory', () => {
    const memory = emptyNameMemory();
    rememberNames(memory, hashes('امروز سه شنبه'), Uint8Array.of(beginLabel('date'), beginLabel('date'), insideLabel('date')), () => true);
    expect(memory.phrases.size).toBe(0);
  });
});
