import { describe, expect, it } from 'vitest';
import { buildGazetteer, CONTEXT_FEATURES, createFeatureExtractor, FEATURE_COUNT, HEAD_KIND_PREFIX, HEAD_MARKER } from '../../server/src/analysis/ner/features';
import { beginLabel, insideLabel, labelMask } from '../../server/src/analysis/ner/labels';
import type { Sentence } from '../../server/tools/ner/corpora';
import { phraseHeads } from '../../server/tools/ner/phraseHeads';

const mask = labelMask(['person', 'organization', 'location']);
const O = 0;
const B_ORG = beginLabel('organization');
const I_ORG = insideLabel('organization');
const B_PER = beginLabel('person');
const I_PER = insideLabel('person');

function sentence(pairs: [string, number][]): Sentence {
  return { words: pairs.map(([w]) => w), labels: Uint8Array.from(pairs, ([, l]) => l), mask };
}

describe('the words that lead names', () => {
  const court = sentence([['رئیس', O], ['دادگاه', B_ORG], ['انقلاب', I_ORG], ['شیراز', I_ORG], ['گفت', O]]);
  const person = sentence([['علی', B_PER], ['لاریجانی', I_PER], ['آمد', O]]);
  const alone = sentence([['دادگاه', O], ['تشکیل', O], ['شد', O]]);

  it('are the words that begin names of two words or more, five times at least, with the type they lead', () => {
    expect(phraseHeads(Array.from({ length: 5 }, () => court))).toEqual([[`دادگاه ${HEAD_MARKER}`, `${HEAD_KIND_PREFIX}organization`]]);
    expect(phraseHeads(Array.from({ length: 4 }, () => court))).toEqual([]);
  });

  it('leave out a word that leads a name in fewer than a quarter of its uses', () => {
    const sentences = [...Array.from({ length: 5 }, () => court), ...Array.from({ length: 16 }, () => alone)];
    expect(phraseHeads(sentences)).toEqual([]);
  });

  it('leave out given names: a person has no head', () => {
    expect(phraseHeads(Array.from({ length: 9 }, () => person))).toEqual([]);
  });
});

describe('the head to the left as a feature', () => {
  const gazetteer = buildGazetteer([[`دادگاه ${HEAD_MARKER}`, `${HEAD_KIND_PREFIX}organization`], ['شیراز', 'name:location']]);
  const extractor = createFeatureExtractor(gazetteer);
  const heads = (words: string[]) => {
    const features = extractor.extract(words);
    return words.map((_, i) => [features[i * FEATURE_COUNT + FEATURE_COUNT - CONTEXT_FEATURES + 16], features[i * FEATURE_COUNT + FEATURE_COUNT - CONTEXT_FEATURES + 17]]);
  };

  it('reaches the words up to four to the right of the head, differently by distance, and none before it', () => {
    const [before, head, one, two, three, four, five] = heads(['رئیس', 'دادگاه', 'های', 'عمومی', 'و', 'انقلاب', 'شیراز']);
    expect(before).toEqual([0, 0]);
    expect(head).toEqual([0, 0]);
    expect(new Set([one[0], two[0], three[0], four[0]]).size).toBe(4);
    expect(one[0]).not.toBe(0);
    expect(five).toEqual([0, 0]);
  });

  it('stops at punctuation', () => {
    const [, , , after] = heads(['رئیس', 'دادگاه', '،', 'شیراز']);
    const [, , , led] = heads(['رئیس', 'دادگاه', 'انقلاب', 'شیراز']);
    expect(after).toEqual([0, 0]);
    expect(led[0]).not.toBe(0);
  });

  it('never makes the head a gazetteer phrase of its own', () => {
    const marks = extractor.describe(['دادگاه', 'شیراز']).marks;
    expect(marks[0]).toBe(extractor.describe(['رئیس', 'شیراز']).marks[0]);
    expect(marks[1]).not.toBe(marks[0]);
  });
});
