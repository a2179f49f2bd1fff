import { describe, expect, it } from 'vitest';
import { nerTokens, taggerWordOf } from '../../server/src/analysis/ner/tokens';
import { normalizeWord, wordShape } from '../../server/src/analysis/ner/normalize';

describe('the tagger’s token view', () => {
  it('keeps numbers with their separators, percent signs and punctuation as tokens of their own', () => {
    const text = 'تورم به ۳۵٫۵٪ رسید، و در ۲۰ آبان ۱۴۰۳ اعلام شد.';
    expect(nerTokens(text).map((t) => t.text)).toEqual([
      'تورم', 'به', '۳۵٫۵', '٪', 'رسید', '،', 'و', 'در', '۲۰', 'آبان', '۱۴۰۳', 'اعلام', 'شد', '.',
    ]);
  });

  it('gives offsets that slice back to each token, a ZWNJ inside a word kept and one at its edge left out', () => {
    const text = '«سازمان‌ملل» می‌گوید‌ ۱۲/۵ درصد';
    const tokens = nerTokens(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text)).toEqual(['«', 'سازمان‌ملل', '»', 'می‌گوید', '۱۲/۵', 'درصد']);
  });

  it('reads only the prose segments it is given', () => {
    const text = 'شرکت Google در تهران';
    expect(nerTokens(text, [{ start: 0, end: 5 }, { start: 11, end: text.length }]).map((t) => t.text)).toEqual(['شرکت', 'در', 'تهران']);
  });

  it('reads a hashtag as its words and leaves out a mention\'s @, keeping # and _ elsewhere', () => {
    const text = 'دیدار #محمدجواد_ظریف و @ لاوروف؛ بند #۲ و a_b';
    const tokens = nerTokens(text, [{ start: 0, end: text.indexOf('a_b') }]);
    expect(tokens.map((t) => t.text)).toEqual(['دیدار', 'محمدجواد', 'ظریف', 'و', 'لاوروف', '؛', 'بند', '#', '۲', 'و']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('has the tagger read a line break and an emoji as the end of a sentence', () => {
    const text = 'خسته نباشید 🌹\n\nسلام ❤️ علی';
    const tokens = nerTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(['خسته', 'نباشید', '🌹', '\n', 'سلام', '❤', 'علی']);
    expect(tokens.map(taggerWordOf)).toEqual(['خسته', 'نباشید', '.', '.', 'سلام', '.', 'علی']);
  });

  it('does not end a number at a comma that no digit follows', () => {
    expect(nerTokens('۱۲, ۱۳').map((t) => t.text)).toEqual(['۱۲', ',', '۱۳']);
  });
});

describe('the folded form the features see', () => {
  it('folds Arabic yeh and kaf, drops ZWNJ and harakat, and writes every digit as 0', () => {
    expect(normalizeWord('كتاب‌هاي')).toBe('کتابهای');
    expect(normalizeWord('مُحَمَّد')).toBe('محمد');
    expect(normalizeWord('۱۴۰۳')).toBe('0000');
    expect(normalizeWord('همه‌جانبه')).toBe(normalizeWord('همهجانبه'));
  });

  it('describes a word’s shape in collapsed runs', () => {
    expect(wordShape(normalizeWord('۱۴۰۳/۰۸/۲۰'))).toBe('0p0p0');
    expect(wordShape('تهران')).toBe('a');
  });
});
