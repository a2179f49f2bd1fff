import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../server/tools/compile-lexicon';
import { isKnownWord, lexiconWords, normalizeWord, wordFrequency, zwnjForms } from '../../server/src/analysis/lexicon/index';
import { readLexicon } from '../../server/src/analysis/lexicon/table';

const Z = '\u200C';

describe('the compiled lexicon format', () => {
  // A tiny Hunspell pair in Lilak's shape: long flags, affixes that strip nothing, one with a ZWNJ.
  const aff = ['SET UTF-8', 'FLAG long', 'NOSUGGEST !!', 'SFX sg N 1', `SFX sg 0 ${Z}ها/FFWW .`, 'SFX sd N 1', 'SFX sd 0 ها .'].join('\n');
  const dic = ['4', 'كتاب/sgsd', `بین${Z}المللی`, 'دشنام/!!', 'کتاب/sg'].join('\n');
  const table = readLexicon(compileLexicon(aff, dic));

  it('normalises Arabic kaf and yeh and merges a stem listed twice', () => {
    expect(table.count).toBe(3);
    const index = table.indexOf('کتاب');
    expect(index).toBeGreaterThanOrEqual(0);
    expect([...table.flagsOf(index)].sort()).toEqual(['sd', 'sg']);
    expect(table.indexOf('كتاب')).toBe(-1);
  });

  it('finds a stem spelled with a ZWNJ under its joined letters', () => {
    expect(table.withZwnj('بینالمللی')).toEqual([`بین${Z}المللی`]);
    expect(table.withZwnj('کتاب')).toEqual([]);
  });

  it('keeps affix rules with their ZWNJ and drops compound-control continuation flags', () => {
    expect(table.suffixesByKey.get('ها')!.map((rule) => [rule.flag, rule.add, rule.cont])).toEqual([
      ['sg', `${Z}ها`, []],
      ['sd', 'ها', []],
    ]);
  });

  it('marks NOSUGGEST stems', () => {
    expect(table.flagsOf(table.indexOf('دشنام')).has(table.noSuggest)).toBe(true);
  });
});

describe('isKnownWord', () => {
  it('knows listed words, including the traps that look like prefixed forms', () => {
    for (const word of ['کتاب', 'میز', 'میلیون', 'میهن', 'بیمار', 'هامون', `بین${Z}المللی`, `پیش${Z}بینی`]) expect(isKnownWord(word), word).toBe(true);
  });

  it('knows inflections of a stem written with their ZWNJ', () => {
    for (const word of [`کتاب${Z}ها`, `سفارت${Z}های`, `خانه${Z}ام`, `نامه${Z}ای`, `خاورمیانه${Z}ای`, `بزرگ${Z}ترین`, `می${Z}نامد`, `نمی${Z}خواهم`]) {
      expect(isKnownWord(word), word).toBe(true);
    }
  });

  it('normalises Arabic yeh and kaf before looking up', () => {
    expect(isKnownWord('كتاب')).toBe(true);
    expect(isKnownWord('ميز')).toBe(true);
    expect(normalizeWord('كتابـي')).toBe('کتابی');
  });

  it('does not know joined forms that lost their ZWNJ, nor non-words', () => {
    for (const word of ['مینامد', 'بینالمللی', 'خاورمیانهای', 'نمیخواهم', 'کتابقق', 'سپاسگزارم‌ها']) expect(isKnownWord(word), word).toBe(false);
  });

  it("accepts Lilak's own joined plural twin, which is the ZWNJ rules' business, not a misspelling", () => {
    expect(isKnownWord('کتابها')).toBe(true);
  });
});

describe('wordFrequency', () => {
  it('counts common words and returns 0 for unseen ones', () => {
    expect(wordFrequency('و')).toBeGreaterThan(1000);
    expect(wordFrequency(`می${Z}شود`)).toBeGreaterThan(wordFrequency('میشود'));
    expect(wordFrequency('کتابقق')).toBe(0);
  });
});

describe('lexiconWords', () => {
  it('lists every stem of the table once', () => {
    const words = [...lexiconWords()];
    expect(words.length).toBeGreaterThan(90_000);
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain('کتاب');
    expect(words).toContain(`بین${Z}المللی`);
  });
});

describe('zwnjForms', () => {
  it('restores the ZWNJ of joined and spaced strings', () => {
    expect(zwnjForms('مینامد')).toEqual([`می${Z}نامد`]);
    expect(zwnjForms('می نامد')).toEqual([`می${Z}نامد`]);
    expect(zwnjForms('بینالمللی')).toEqual([`بین${Z}المللی`]);
    expect(zwnjForms('خاورمیانهای')).toEqual([`خاورمیانه${Z}ای`]);
  });

  it('follows the style for the plural: the Academy writes the ZWNJ, the common style also keeps the joined form', () => {
    expect(zwnjForms('سفارتها', 'academy')).toEqual([`سفارت${Z}ها`]);
    expect(zwnjForms('سفارتها', 'common').sort()).toEqual(['سفارتها', `سفارت${Z}ها`].sort());
  });

  it('offers both readings of an ambiguous string', () => {
    expect(zwnjForms('نامهای').sort()).toEqual([`نامه${Z}ای`, `نام${Z}های`].sort());
  });

  it('keeps a word that is a word joined', () => {
    expect(zwnjForms('میز')).toEqual(['میز']);
    expect(zwnjForms('میلیون')).toEqual(['میلیون']);
  });

  it('knows nothing of strings outside the lexicon', () => {
    expect(zwnjForms('قزقزقز')).toEqual([]);
  });
});
