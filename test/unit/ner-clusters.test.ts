// Word clusters from raw text (server/tools/ner/clusters.ts): words used in the same contexts share a cluster.
import { describe, expect, it } from 'vitest';
import { foldedHash } from '../../server/src/analysis/ner/features';
import { wordClusters } from '../../server/tools/ner/clusters';

const cities = ['تهران', 'مشهد', 'شیراز', 'تبریز', 'اصفهان', 'کرج', 'قم', 'اهواز', 'کرمان', 'رشت', 'ساری', 'یزد', 'زنجان', 'اراک', 'همدان', 'سنندج', 'بوشهر', 'گرگان', 'زاهدان', 'ارومیه'];
const people = ['احمدی', 'محمدی', 'رضایی', 'کریمی', 'حسینی', 'موسوی', 'جعفری', 'رحیمی', 'کاظمی', 'صادقی', 'نوری', 'قاسمی', 'طاهری', 'مرادی', 'عباسی', 'سلیمی', 'یوسفی', 'فتحی', 'باقری', 'شریفی'];

// Distinct sentences (the clusterer counts each distinct sentence once, and folds every digit to 0).
const times = ['امروز', 'دیروز', 'فردا', 'پارسال'];

function text(): string[][] {
  const sentences: string[][] = [];
  cities.forEach((city, k) => {
    for (const time of times) sentences.push([time, 'به', city, 'رفتیم', 'و', 'در', city, 'ماندیم', people[k]]);
  });
  people.forEach((person, k) => {
    for (const time of times) sentences.push(['آقای', person, time, 'گفت', 'که', 'دکتر', person, 'آمد', '.']);
  });
  return sentences;
}

describe('word clusters', () => {
  const clusters = wordClusters(text(), 5);

  it('gives every word used three times or more a 10-bit path', () => {
    for (const word of [...cities, ...people, 'گفت', 'به']) {
      const path = clusters.get(foldedHash(word));
      expect(path).toBeGreaterThanOrEqual(0);
      expect(path).toBeLessThan(1024);
    }
    expect(clusters.has(foldedHash('نیامده'))).toBe(false);
  });

  it('never puts a city and a surname in one top-level cluster', () => {
    const top = (word: string) => clusters.get(foldedHash(word))! >> 6;
    const cityClusters = new Set(cities.map(top));
    for (const person of people) expect(cityClusters.has(top(person))).toBe(false);
  });

  it('is the same for the same text and seed', () => {
    expect([...wordClusters(text(), 5)]).toEqual([...clusters]);
  });
});
