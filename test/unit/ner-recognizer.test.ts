// The trained tagger on real Persian news sentences (not from its training text), through the recogniser the core
// registers; and the whole pipeline's entity offsets.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { entitiesFromLabels, tagEntities } from '../../server/src/analysis/ner/recognizer';
import { beginLabel, insideLabel } from '../../server/src/analysis/ner/labels';
import { nerTokens } from '../../server/src/analysis/ner/tokens';

const whole = (text: string) => ({ text, segments: [{ start: 0, end: text.length }] });

describe('named entities from the trained model', () => {
  it('finds a person, an organisation, a date with its digits and a place', () => {
    const text = 'علی لاریجانی رئیس مجلس شورای اسلامی روز دوشنبه ۲۰ آبان ۱۴۰۳ به مسکو سفر کرد.';
    expect(tagEntities(whole(text))).toEqual([
      { start: 0, end: 12, text: 'علی لاریجانی', type: 'person' },
      { start: 18, end: 35, text: 'مجلس شورای اسلامی', type: 'organization' },
      { start: 36, end: 59, text: 'روز دوشنبه ۲۰ آبان ۱۴۰۳', type: 'date' },
      { start: 63, end: 67, text: 'مسکو', type: 'location' },
    ]);
  });

  it('finds sums of money and percentages written with Persian digits', () => {
    const text = 'بودجه این طرح ۵۰۰ میلیارد تومان است و نرخ تورم به ۴۵ درصد رسید.';
    expect(tagEntities(whole(text))).toEqual([
      { start: 14, end: 31, text: '۵۰۰ میلیارد تومان', type: 'money' },
      { start: 50, end: 57, text: '۴۵ درصد', type: 'percent' },
    ]);
  });

  it('finds foreign names it never saw and a news agency', () => {
    const text = 'محمدجواد ظریف وزیر امور خارجه با سرگئی لاوروف در ژنو دیدار کرد.';
    expect(tagEntities(whole(text)).filter((e) => e.type === 'person')).toEqual([
      { start: 0, end: 13, text: 'محمدجواد ظریف', type: 'person' },
      { start: 33, end: 45, text: 'سرگئی لاوروف', type: 'person' },
    ]);
  });

  it('tags the same spans whether a compound is written with a ZWNJ or a space', () => {
    const withZwnj = 'به گزارش خبرگزاری ایسنا، حسن روحانی در دانشگاه علوم‌پزشکی تهران سخنرانی کرد.';
    const withSpace = withZwnj.replace(/\u200c/g, ' ');
    const spans = (text: string) => tagEntities(whole(text)).map((e) => [e.start, e.end, e.type]);
    expect(spans(withZwnj)).toEqual([[9, 23, 'organization'], [25, 35, 'person'], [39, 63, 'facility']]);
    expect(spans(withSpace)).toEqual(spans(withZwnj));
    const verbs = 'همکاری‌های اقتصادی ایران و روسیه گسترش می‌یابد.';
    expect(tagEntities(whole(verbs.replace(/\u200c/g, ' ')))).toEqual(tagEntities(whole(verbs)));
  });

  it('tags a nationality as such', () => {
    expect(tagEntities(whole('هزاران ایرانی و آمریکایی در این مراسم شرکت کردند.')).map((e) => [e.text, e.type])).toContainEqual(['آمریکایی', 'nationality']);
  });

  it('finds nothing in a sentence that names nothing', () => {
    expect(tagEntities(whole('هوا امروز سرد است و باران می‌بارد.'))).toEqual([]);
  });
});

describe('entities in a document', () => {
  const text = '# گزارش\n\nعلی لاریجانی به مسکو رفت و با `code` و شرکت Google دیدار کرد.\n\nنرخ تورم به ۴۵ درصد رسید.';

  it('have document offsets that slice back to their text, none inside code or Latin text', () => {
    const { entities } = analyze(text, { syntax: 'markdown' });
    expect(entities.length).toBeGreaterThanOrEqual(3);
    for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(entities.map((e) => e.text)).toEqual(expect.arrayContaining(['علی لاریجانی', 'مسکو', '۴۵ درصد']));
    expect(entities.some((e) => /[A-Za-z`]/.test(e.text))).toBe(false);
  });
});

describe('names in tweets', () => {
  it('finds a person written as a hashtag, the span over its underscore and without its #', () => {
    const text = 'دیدار #ظریف و #لاوروف در مسکو #محمدجواد_ظریف';
    expect(tagEntities(whole(text)).map((e) => [e.text, e.type, text.slice(e.start, e.end)])).toEqual([
      ['ظریف', 'person', 'ظریف'],
      ['لاوروف', 'person', 'لاوروف'],
      ['مسکو', 'location', 'مسکو'],
      ['محمدجواد_ظریف', 'person', 'محمدجواد_ظریف'],
    ]);
  });

  it('takes neither a word before an emoji nor one after a mention for a name', () => {
    const text = 'دیدار ظریف و لاوروف در مسکو\n@jzarif سلام آقای ظریف، خسته نباشید 🌹';
    const handle = text.indexOf('jzarif');
    const segments = [{ start: 0, end: handle }, { start: handle + 'jzarif'.length, end: text.length }];
    expect(tagEntities({ text, segments }).map((e) => e.text)).toEqual(['ظریف', 'لاوروف', 'مسکو', 'ظریف']);
  });
});

describe('entity spans from the labels', () => {
  const B = beginLabel('person');
  const I = insideLabel('person');

  it('ends a name where a URL, code or Latin text lies between two labelled words', () => {
    const text = 'دیدار 😀 https://t.co/x ظریف و لاوروف';
    const url = text.indexOf('https');
    const segments = [{ start: 0, end: url }, { start: url + 'https://t.co/x'.length, end: text.length }];
    const tokens = nerTokens(text, segments);
    expect(tokens.map((t) => t.text)).toEqual(['دیدار', '😀', 'ظریف', 'و', 'لاوروف']);
    // The model put one person over the emoji and the name after the URL: the emoji is no name, the URL no part of one.
    expect(entitiesFromLabels(text, tokens, [0, B, I, 0, B])).toEqual([
      { start: text.indexOf('ظریف'), end: text.indexOf('ظریف') + 4, text: 'ظریف', type: 'person' },
      { start: text.indexOf('لاوروف'), end: text.length, text: 'لاوروف', type: 'person' },
    ]);
  });

  it('keeps marks inside a name but not at its edges, and drops a name of marks alone', () => {
    const text = '« علی - رضا » ، .';
    const tokens = nerTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(['«', 'علی', '-', 'رضا', '»', '،', '.']);
    expect(entitiesFromLabels(text, tokens, [B, I, I, I, I, 0, B]).map((e) => e.text)).toEqual(['علی - رضا']);
  });

  it('starts a new name at an inside label of another type or after an outside one', () => {
    const text = 'علی رضا تهران';
    const tokens = nerTokens(text);
    expect(entitiesFromLabels(text, tokens, [B, I, insideLabel('location')]).map((e) => [e.text, e.type])).toEqual([
      ['علی رضا', 'person'],
      ['تهران', 'location'],
    ]);
    expect(entitiesFromLabels(text, tokens, [B, 0, I]).map((e) => e.text)).toEqual(['علی', 'تهران']);
  });
});
