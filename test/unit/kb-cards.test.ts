// The hover cards: what a writer sees on قزاقستان, on either name of the Abraham Accords, on a capital used for its
// government, in Persian (right to left) and in English.

import { beforeAll, describe, expect, it } from 'vitest';
import { entityCard, regionCard } from '../../server/src/analysis/kb/cards';
import { regionById } from '../../server/src/analysis/kb/store';
import { useFreshKnowledgeBase } from './kb-fixture';

beforeAll(useFreshKnowledgeBase);

/** The card without its bidi isolates, to read and assert on. */
function visible(card: string | undefined): string {
  return (card ?? '').replace(/[\u2066-\u2069]/g, '');
}

describe('country card', () => {
  const fa = visible(entityCard({ type: 'country', id: 'KZ', text: 'قزاقستان' }, { locale: 'fa' }));

  it('shows Kazakhstan with its flag, both names, its capital Astana and its neighbours in Persian', () => {
    expect(fa.split('\n').slice(0, 6)).toEqual([
      '### 🇰🇿 قزاقستان · Kazakhstan',
      '',
      'جمهوری قزاقستان (Republic of Kazakhstan)  ',
      '**پایتخت:** آستانه (Astana)  ',
      '**منطقه:** آسیای مرکزی، آسیا  ',
      '**مساحت:** ۲٬۷۲۴٬۹۰۰ کیلومتر مربع  ',
    ]);
    expect(fa).toContain('**زبان‌ها:** قزاقی، روسی');
    expect(fa).toContain('**همسایگان:** 🇨🇳 چین، 🇰🇬 قرقیزستان، 🇷🇺 روسیه، 🇹🇲 ترکمنستان، 🇺🇿 ازبکستان');
  });

  it('lists the treaties of the knowledge base it is party to, newest first', () => {
    expect(fa).toContain('**پیمان‌ها:** موافقت‌نامه تجارت آزاد ایران و اتحادیه اقتصادی اوراسیا (۲۰۲۳)، پیمان ابراهیم (۲۰۲۰)،');
  });

  it('wraps every Persian line in a right-to-left isolate, inside the heading marks', () => {
    const raw = entityCard({ type: 'country', id: 'KZ', text: 'قزاقستان' }, { locale: 'fa' })!;
    expect(raw.startsWith('### \u2067🇰🇿 قزاقستان · Kazakhstan\u2069')).toBe(true);
    expect(raw).toContain('\u2067**پایتخت:** آستانه (\u2066Astana\u2069)\u2069');
  });

  it('keeps the calling code and the currency code with its sign left to right inside the Persian lines', () => {
    const raw = entityCard({ type: 'country', id: 'KZ', text: 'قزاقستان' }, { locale: 'fa' })!;
    expect(raw).toContain('\u2067**پیش‌شماره تلفن:** \u2066+7\u2069\u2069');
    expect(raw).toContain('\u2067**واحد پول:** تنگهٔ قزاقستان (\u2066KZT ₸\u2069)\u2069');
    // Iran's rial sign is Arabic script: the piece stays in the Persian line's own order.
    const iran = entityCard({ type: 'country', id: 'IR', text: 'ایران' }, { locale: 'fa' })!;
    expect(iran).toContain('\u2066+98\u2069');
    expect(iran).not.toMatch(/\u2066IRR/);
  });

  it('speaks English to an English-speaking writer, with the Persian name beside', () => {
    const en = entityCard({ type: 'country', id: 'KZ', text: 'Kazakhstan' }, { locale: 'en' })!;
    expect(en.split('\n').slice(0, 4)).toEqual([
      '### 🇰🇿 Kazakhstan · قزاقستان',
      '',
      'Republic of Kazakhstan (جمهوری قزاقستان)  ',
      '**Capital:** Astana (آستانه)  ',
    ]);
  });

  it('introduces a political designation as the government of its country, and shows the country', () => {
    const fa = visible(entityCard({ type: 'organization', id: 'IL', text: 'رژیم صهیونیستی' }, { locale: 'fa' }));
    expect(fa.split('\n').slice(0, 3)).toEqual([
      '### 🇮🇱 اسرائیل · Israel',
      '',
      '«رژیم صهیونیستی» نامی سیاسی برای دولت اسرائیل است، نه نام آن کشور.  ',
    ]);
    const en = visible(entityCard({ type: 'organization', id: 'IL', text: 'رژیم صهیونیستی' }, { locale: 'en' }));
    expect(en).toContain('“رژیم صهیونیستی” is a political designation for the government of Israel, not the country’s name.');
    expect(entityCard({ type: 'organization', text: 'سازمان ملل' }, { locale: 'fa' })).toBeUndefined();
  });

  it('introduces a nationality with the country it belongs to', () => {
    const card = visible(entityCard({ type: 'nationality', id: 'US', text: 'آمریکاییها' }, { locale: 'fa' }));
    expect(card).toContain('ملیت یا مردم «آمریکاییها» → ایالات متحده آمریکا');
    expect(card).toContain('**پایتخت:** واشنگتن (Washington D.C.)');
  });
});

describe('treaty card', () => {
  it('shows the Abraham Accords with both dates, the place, the parties and the later accessions', () => {
    const card = visible(entityCard({ type: 'treaty', id: 'abraham-accords', text: 'صلح ابراهیم' }, { locale: 'fa' }));
    const lines = card.split('\n');
    expect(lines[0]).toBe('### 📜 پیمان ابراهیم · Abraham Accords');
    expect(lines).toContain('**تاریخ امضا:** ۲۵ شهریور ۱۳۹۹ (۱۵ سپتامبر ۲۰۲۰)  ');
    expect(lines).toContain('**محل:** واشنگتن (کاخ سفید)  ');
    expect(lines).toContain('**طرف‌ها:** 🇦🇪 امارات متحده عربی، 🇧🇭 بحرین، 🇮🇱 اسرائیل، 🇺🇸 ایالات متحده آمریکا  ');
    expect(lines).toContain('**پیوستن‌های بعدی:** 🇲🇦 مراکش (۲ دی ۱۳۹۹)، 🇸🇩 سودان (۱۷ دی ۱۳۹۹)، 🇰🇿 قزاقستان (اعلام‌شده، ۱۵ آبان ۱۴۰۴)  ');
    expect(lines).toContain('**نوع:** صلح  ');
    expect(card).toContain('[ویکی‌پدیای انگلیسی](https://en.wikipedia.org/wiki/Special:Search?search=Abraham%20Accords&go=Go)');
  });

  it('gives a treaty with many parties as a count', () => {
    const card = visible(entityCard({ type: 'treaty', id: 'npt', text: 'ان‌پی‌تی' }, { locale: 'fa' }));
    expect(card).toContain('**شمار طرف‌ها:** ۱۹۱ کشور (تا ۲۰۲۴)');
    expect(card).toContain('**خارج‌شده:** 🇰🇵 کره شمالی (۲۰ دی ۱۳۸۱)');
  });

  it('dates in the Gregorian calendar first for an English-speaking writer', () => {
    const card = entityCard({ type: 'treaty', id: 'abraham-accords', text: 'Abraham Accords' }, { locale: 'en' })!;
    expect(card).toContain('**Signed:** 15 September 2020 (۲۵ شهریور ۱۳۹۹)');
    expect(card).toContain('**Later accessions:** 🇲🇦 Morocco (22 December 2020), 🇸🇩 Sudan (6 January 2021), 🇰🇿 Kazakhstan (announced, 6 November 2025)');
  });
});

describe('city and region cards', () => {
  it('says whose capital a city is, and that it stands for that government', () => {
    expect(visible(entityCard({ type: 'city', id: 'washington-dc-us', text: 'واشنگتن' }, { locale: 'fa' }))).toBe(
      [
        '### 🏛️ واشنگتن · Washington D.C.',
        '',
        'پایتخت 🇺🇸 ایالات متحده آمریکا  ',
        'در خبرها نام پایتخت اغلب به جای دولت آن کشور می‌آید: «واشنگتن» یعنی دولت ایالات متحده آمریکا.',
      ].join('\n'),
    );
  });

  it('names a region and what kind of place it is', () => {
    expect(visible(regionCard(regionById('central-asia')!, { locale: 'en' }))).toBe('### 🗺️ Central Asia · آسیای میانه\n\nregion');
  });

  it('has no card for an entity without a knowledge-base id', () => {
    expect(entityCard({ type: 'person', text: 'قاسم مؤمنی' }, { locale: 'fa' })).toBeUndefined();
    expect(entityCard({ type: 'country', id: 'ZZ', text: '؟' }, { locale: 'fa' })).toBeUndefined();
  });
});
