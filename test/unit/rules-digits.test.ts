import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';
import type { DigitStyle } from '../../server/src/analysis/types';

const fix = (text: string, rule: string, digits: DigitStyle = 'persian') => fixText(text, { rules: [rule], entities: false, digits });
const found = (text: string, rule: string, digits: DigitStyle = 'persian') =>
  analyze(text, { rules: [rule], entities: false, digits, locale: 'en' }).findings.map((f) => [text.slice(f.start, f.end), f.message]);

describe('digits-arabic-indic', () => {
  it('replaces Arabic-Indic digits with Persian digits', () => {
    expect(fix('در سال ١٤٠٢ حدود ٥٦ درصد رأی دادند.', 'digits-arabic-indic')).toBe('در سال ۱۴۰۲ حدود ۵۶ درصد رأی دادند.');
  });

  it('flags each run of Arabic-Indic digits once', () => {
    expect(found('سال ١٤٠٢', 'digits-arabic-indic')).toEqual([['١٤٠٢', 'Arabic-Indic digits; use Persian digits']]);
  });

  it('replaces them even when the digit setting is keep, and with Latin digits when it is latin', () => {
    expect(fix('سال ١٤٠٢', 'digits-arabic-indic', 'keep')).toBe('سال ۱۴۰۲');
    expect(fix('سال ١٤٠٢', 'digits-arabic-indic', 'latin')).toBe('سال 1402');
  });

  it('leaves Persian and Latin digits alone', () => {
    expect(found('سال ۱۴۰۲ برابر با 2023 است', 'digits-arabic-indic')).toEqual([]);
  });
});

describe('digits-latin with the persian setting', () => {
  it('writes integers and decimals in Persian prose with Persian digits and the Persian decimal separator', () => {
    expect(fix('قزاقستان در سال 2025 با رشد 3.5 درصدی به 19 میلیون نفر رسید.', 'digits-latin')).toBe(
      'قزاقستان در سال ۲۰۲۵ با رشد ۳٫۵ درصدی به ۱۹ میلیون نفر رسید.',
    );
  });

  it('flags each number once, decimal point included', () => {
    expect(found('رشد 3.5 درصدی در 12 ماه', 'digits-latin')).toEqual([
      ['3.5', 'Latin digits in Persian text; use Persian digits'],
      ['12', 'Latin digits in Persian text; use Persian digits'],
    ]);
  });

  it('leaves dates, versions, times, fractions and thousands groups in Latin digits alone', () => {
    const text = 'در تاریخ 2025-11-08 ساعت 10:30 نسخهٔ 1.2.3 منتشر شد و 3/4 کاربران و 1,000 نفر آن را نصب کردند.';
    expect(found(text, 'digits-latin')).toEqual([]);
  });

  it('never touches digits in Latin text, URLs or code', () => {
    const text = 'گوشی iPhone 15 و سیستم Windows 11 را از https://example.com/page/2024 بخرید یا `x = 42` بنویسید.';
    expect(found(text, 'digits-latin')).toEqual([]);
  });

  it('leaves a number with no Persian around it alone', () => {
    expect(found('2024', 'digits-latin')).toEqual([]);
    expect(found('Released in 2024.', 'digits-latin')).toEqual([]);
  });

  it('keeps Markdown ordered-list markers, footnote references and reference labels in ASCII digits', () => {
    const text = '1. مقدمه\n2) پیمان ابراهیم[^1] و [منبع][3] در 5 کشور';
    expect(fix(text, 'digits-latin')).toBe('1. مقدمه\n2) پیمان ابراهیم[^1] و [منبع][3] در ۵ کشور');
  });

  it('keeps the digits of an HTML character reference', () => {
    expect(found('نشانهٔ &#1604; در متن', 'digits-latin')).toEqual([]);
  });

  it('converts a number that merely ends a sentence, leaving the full stop', () => {
    expect(fix('این پیمان در سال 2020 امضا شد. در 2025.', 'digits-latin')).toBe('این پیمان در سال ۲۰۲۰ امضا شد. در ۲۰۲۵.');
  });
});

describe('digits-latin with the latin and keep settings', () => {
  it('writes Persian digits as Latin digits when the setting is latin, decimal separator included', () => {
    expect(fix('در سال ۱۴۰۲ رشد ۳٫۵ درصد و ساعت ۱۰:۳۰ بود.', 'digits-latin', 'latin')).toBe('در سال 1402 رشد 3.5 درصد و ساعت 10:30 بود.');
  });

  it('says the setting asks for Latin digits', () => {
    expect(found('سال ۱۴۰۲', 'digits-latin', 'latin')).toEqual([['۱۴۰۲', 'Persian digits; your settings ask for Latin digits']]);
  });

  it('leaves Latin digits alone when the setting is latin', () => {
    expect(found('در سال 2025 میلادی', 'digits-latin', 'latin')).toEqual([]);
  });

  it('does nothing when the setting is keep', () => {
    expect(found('در سال 2025 و ۱۴۰۴', 'digits-latin', 'keep')).toEqual([]);
  });
});

describe('the digits family', () => {
  it('settles Arabic-Indic and Latin digits in one pass and is a fixpoint', () => {
    const options = { rules: ['digits'], entities: false };
    const fixed = fixText('در سال ١٤٠٢ (2023 میلادی) در ماه می', options);
    expect(fixed).toBe('در سال ۱۴۰۲ (۲۰۲۳ میلادی) در ماه می');
    expect(fixText(fixed, options)).toBe(fixed);
  });
});
