// Word classes by the class-bigram objective (server/tools/ner/bigramClusters.ts) and their file
// (server/src/analysis/ner/clusterFile.ts): words that share neighbours share a class, and the table reads back.
import { describe, expect, it } from 'vitest';
import { foldedHash, NO_CLUSTER, wordClassesFrom } from '../../server/src/analysis/ner/features';
import { clusterTableOf, decodeClusters, encodeClusters } from '../../server/src/analysis/ner/clusterFile';
import { bigramClusters } from '../../server/tools/ner/bigramClusters';

const cities = ['تهران', 'مشهد', 'شیراز', 'تبریز', 'اصفهان', 'کرج', 'قم', 'اهواز'];
const people = ['احمدی', 'محمدی', 'رضایی', 'کریمی', 'حسینی', 'موسوی', 'جعفری', 'رحیمی'];
const times = ['امروز', 'دیروز', 'فردا'];

function text(): string[][] {
  const sentences: string[][] = [];
  cities.forEach((city) => {
    for (const time of times) sentences.push([time, 'به', city, 'رفتیم', 'و', 'در', city, 'ماندیم']);
  });
  people.forEach((person) => {
    for (const time of times) sentences.push(['آقای', person, time, 'گفت', 'که', 'دکتر', person, 'آمد']);
  });
  return sentences;
}

describe('bigram word classes', () => {
  const options = { minCount: 3, levels: [1, 2], passes: 8 };
  const classes = bigramClusters(text(), options);

  it('puts the cities in one class and the surnames in another', () => {
    const cityClasses = new Set(cities.map((w) => classes.get(foldedHash(w))));
    const personClasses = new Set(people.map((w) => classes.get(foldedHash(w))));
    expect(cityClasses.size).toBe(1);
    expect(personClasses.size).toBe(1);
    expect([...cityClasses][0]).not.toBe([...personClasses][0]);
  });

  it('gives a class only to words used minCount times or more, as a path of the levels’ bits', () => {
    expect(classes.has(foldedHash('نیامده'))).toBe(false);
    for (const path of classes.values()) expect(path).toBeLessThan(1 << 3);
  });

  it('is the same for the same text', () => {
    expect([...bigramClusters(text(), options)]).toEqual([...classes]);
  });
});

describe('the cluster file', () => {
  it('reads back what was written, also from an unaligned buffer, and looks words up by their folded hash', () => {
    const table = clusterTableOf(new Map([[foldedHash('تهران'), 1023], [foldedHash('احمدی'), 5], [7, 0]]), 10);
    const bytes = encodeClusters(table);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    for (const input of [bytes, unaligned]) {
      const read = decodeClusters(input);
      expect(read.bits).toBe(10);
      expect([...read.keys]).toEqual([...table.keys]);
      const classOf = wordClassesFrom(read);
      expect(classOf(foldedHash('تهران'))).toBe(1023);
      expect(classOf(foldedHash('احمدی'))).toBe(5);
      expect(classOf(7)).toBe(0);
      expect(classOf(foldedHash('مشهد'))).toBe(NO_CLUSTER);
    }
  });

  it('refuses a table whose paths are not as long as the features read', () => {
    expect(() => wordClassesFrom(clusterTableOf(new Map([[1, 3]]), 12))).toThrow(/12-bit/);
  });
});
