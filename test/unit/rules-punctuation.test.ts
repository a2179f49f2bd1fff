import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';

const fix = (text: string, rule: string) => fixText(text, { rules: [rule], entities: false });
const found = (text: string, rule: string, locale: 'fa' | 'en' = 'en') =>
  analyze(text, { rules: [rule], entities: false, locale }).findings.map((f) => [text.slice(f.start, f.end), f.message]);

describe('punctuation-comma', () => {
  it('writes the Persian comma in a Persian sentence', () => {
    expect(fix('قزاقستان, تاجیکستان, گرجستان و ارمنستان', 'punctuation-comma')).toBe('قزاقستان، تاجیکستان، گرجستان و ارمنستان');
  });

  it('flags the comma with a message in the chosen language', () => {
    expect(found('تهران, اصفهان', 'punctuation-comma', 'fa')).toEqual([[',', 'ویرگول لاتین؛ «،» بنویسید']]);
  });

  it('converts the comma after a lone English word that the Persian sentence goes on from', () => {
    expect(fix('شرکت Google, در این بازار', 'punctuation-comma')).toBe('شرکت Google، در این بازار');
    expect(fix('شرکت‌های اپل و Google,', 'punctuation-comma')).toBe('شرکت‌های اپل و Google،');
  });

  it('leaves the comma that ends an English phrase of several words alone', () => {
    expect(found('عبارت in other words, یعنی به بیان دیگر', 'punctuation-comma')).toEqual([]);
  });

  it('leaves commas in numbers, Latin phrases, URLs and code alone', () => {
    const text = 'حدود 1,000 نفر و ۱,۵۰۰ نفر از Google, Apple and Microsoft در https://example.com/a,b و `f(a, b)` آمدند';
    expect(found(text, 'punctuation-comma')).toEqual([]);
  });

  it('leaves an English sentence alone', () => {
    expect(found('Kazakhstan, Uzbekistan, and Azerbaijan.', 'punctuation-comma')).toEqual([]);
  });
});

describe('punctuation-semicolon', () => {
  it('writes the Persian semicolon in a Persian sentence', () => {
    expect(fix('مسیر از کانال اسرائیل می‌گذرد; بنابراین هر کشوری', 'punctuation-semicolon')).toBe('مسیر از کانال اسرائیل می‌گذرد؛ بنابراین هر کشوری');
  });

  it('keeps the semicolon that ends an HTML character reference', () => {
    expect(found('قزاقستان&nbsp;و ازبکستان&#8204;ها', 'punctuation-semicolon')).toEqual([]);
  });

  it('keeps the semicolon of a winking emoticon', () => {
    expect(found('فردا می‌بینمت ;) خداحافظ', 'punctuation-semicolon')).toEqual([]);
  });
});

describe('punctuation-question', () => {
  it('writes the Persian question mark in a Persian sentence', () => {
    expect(fix('آیا قزاقستان به پیمان می‌پیوندد?', 'punctuation-question')).toBe('آیا قزاقستان به پیمان می‌پیوندد؟');
  });

  it('leaves question marks in URLs and English questions alone', () => {
    expect(found('ببینید https://example.com/?q=صلح و Is it true? نه', 'punctuation-question')).toEqual([]);
  });

  it('converts the question mark after a lone English word ending a Persian question', () => {
    expect(fix('آیا این خبر را از Reuters? شنیدی', 'punctuation-question')).toBe('آیا این خبر را از Reuters؟ شنیدی');
  });
});

describe('punctuation-ellipsis', () => {
  it('writes three full stops as one ellipsis', () => {
    expect(fix('گفت که شاید... نمی‌دانم.', 'punctuation-ellipsis')).toBe('گفت که شاید… نمی‌دانم.');
  });

  it('leaves two or four dots, a single full stop and an English ellipsis alone', () => {
    expect(found('این.. آن.... پایان. And so on... yes', 'punctuation-ellipsis')).toEqual([]);
  });
});

describe('punctuation-quotes', () => {
  it('turns paired straight quotes into guillemets with one finding per pair', () => {
    const text = 'آمریکا سیاستی به نام "صلح ابراهیم" را دنبال می‌کند و آن را "پیمان" می‌نامد.';
    expect(found(text, 'punctuation-quotes')).toEqual([
      ['"صلح ابراهیم"', 'Straight quotes; use Persian guillemets «»'],
      ['"پیمان"', 'Straight quotes; use Persian guillemets «»'],
    ]);
    expect(fix(text, 'punctuation-quotes')).toBe('آمریکا سیاستی به نام «صلح ابراهیم» را دنبال می‌کند و آن را «پیمان» می‌نامد.');
  });

  it('quotes an English title inside a Persian sentence with guillemets too', () => {
    expect(fix('توافق "Abraham Accords" نام دارد', 'punctuation-quotes')).toBe('توافق «Abraham Accords» نام دارد');
  });

  it('leaves a paragraph with an unpaired quote alone', () => {
    expect(found('او گفت "فردا می‌آیم و رفت. سپس "پیمان" را امضا کرد.', 'punctuation-quotes')).toEqual([]);
  });

  it('leaves quotes whose pairing is a guess alone', () => {
    expect(found('صفحهٔ ۱۲" و ستون" دوم', 'punctuation-quotes')).toEqual([]);
  });

  it('leaves quotes in code, HTML attributes and English sentences alone', () => {
    const text = 'کد `a = "b"` و <span title="x">متن</span> و He said "yes" to it. پایان';
    expect(found(text, 'punctuation-quotes')).toEqual([]);
  });
});

describe('the punctuation family', () => {
  it('leaves a clean Persian sentence alone', () => {
    const text = 'در ماه می، قزاقستان به پیمان ابراهیم پیوست؛ آیا روسیه نگران است؟ «شاید…»';
    expect(analyze(text, { rules: ['punctuation'], entities: false }).findings).toEqual([]);
  });

  it('fixes every mark of a sentence together and is a fixpoint', () => {
    const options = { rules: ['punctuation'], entities: false };
    const fixed = fixText('او پرسید "چرا, واقعاً چرا?" و گفت: نمی‌دانم...; شاید 1,000 بار.', options);
    expect(fixed).toBe('او پرسید «چرا، واقعاً چرا؟» و گفت: نمی‌دانم…؛ شاید 1,000 بار.');
    expect(fixText(fixed, options)).toBe(fixed);
  });
});
