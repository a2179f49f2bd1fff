// Linking Persian prose to the knowledge base: names as Persian news writes them (with and without ZWNJ, with
// Arabic letters, inflected, abbreviated, in English), the likeliest reading of an ambiguous name, and the common
// words that must stay words.

import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { linkKnowledgeBase } from '../../server/src/analysis/kb/linker';
import { protectedSpans, proseSegments } from '../../server/src/analysis/text/prose';
import { tokenize } from '../../server/src/analysis/text/tokens';
import { useFreshKnowledgeBase } from './kb-fixture';

beforeAll(useFreshKnowledgeBase);

/** What the linker finds, as `type id «text»`, in order. */
function links(text: string): string[] {
  const segments = proseSegments(text.length, protectedSpans(text, 'plaintext'));
  return linkKnowledgeBase({ text, segments, tokens: tokenize(text, segments) }).map(
    (e) => `${e.type} ${e.id} «${text.slice(e.start, e.end)}»`,
  );
}

describe('treaties', () => {
  it('links both names of the Abraham Accords in one sentence', () => {
    expect(links('پیوستن قزاقستان به پیمان ابراهیم نشان می‌دهد آمریکا «صلح ابراهیم» را گسترش می‌دهد.')).toEqual([
      'country KZ «قزاقستان»',
      'treaty abraham-accords «پیمان ابراهیم»',
      'country US «آمریکا»',
      'treaty abraham-accords «صلح ابراهیم»',
    ]);
  });

  it('links the Abraham Accords with ZWNJ, with a space and with nothing between the parts of توافق‌نامه', () => {
    expect(links('توافق‌نامه ابراهیم، توافق نامه ابراهیم و توافقنامه ابراهیم')).toEqual([
      'treaty abraham-accords «توافق‌نامه ابراهیم»',
      'treaty abraham-accords «توافق نامه ابراهیم»',
      'treaty abraham-accords «توافقنامه ابراهیم»',
    ]);
    expect(links('کشورهای عضو پیمان‌های ابراهیم و توافق ابراهیم')).toEqual([
      'treaty abraham-accords «پیمان‌های ابراهیم»',
      'treaty abraham-accords «توافق ابراهیم»',
    ]);
  });

  it('links abbreviations: برجام and ان‌پی‌تی, with or without ZWNJ', () => {
    expect(links('ایران پس از خروج آمریکا از برجام تهدید کرد از ان‌پی‌تی و ان پی تی خارج شود.')).toEqual([
      'country IR «ایران»',
      'country US «آمریکا»',
      'treaty jcpoa «برجام»',
      'treaty npt «ان‌پی‌تی»',
      'treaty npt «ان پی تی»',
    ]);
  });

  it('links a treaty by a head word Persian news swaps (معاهده، پیمان، قرارداد)', () => {
    expect(links('پیمان ترکمانچای و قرارداد گلستان و معاهده ترکمنچای')).toEqual([
      'treaty treaty-of-turkmenchay «پیمان ترکمانچای»',
      'treaty treaty-of-golestan «قرارداد گلستان»',
      'treaty treaty-of-turkmenchay «معاهده ترکمنچای»',
    ]);
  });

  it('links names with years in Persian or Latin digits', () => {
    expect(links('قرارداد ۱۹۱۹ را وثوق‌الدوله بست و قرارداد 1907 ایران را تقسیم کرد.')).toEqual([
      'treaty anglo-persian-agreement-1919 «قرارداد ۱۹۱۹»',
      'treaty anglo-russian-convention-1907 «قرارداد 1907»',
      'country IR «ایران»',
    ]);
  });

  it('links English names and acronyms inside Persian text', () => {
    expect(links('در متن JCPOA و گزارش درباره Kazakhstan آمده است')).toEqual([
      'treaty jcpoa «JCPOA»',
      'country KZ «Kazakhstan»',
    ]);
  });
});

describe('countries, peoples and capitals', () => {
  it('links inflected and ezafe forms to the country', () => {
    expect(links('قزاقستانِ امروز با روسیهٔ پوتین و آمریکای ترامپ روبه‌روست.')).toEqual([
      'country KZ «قزاقستانِ»',
      'country RU «روسیهٔ»',
      'country US «آمریکای»',
    ]);
  });

  it('links plural demonyms, with and without ZWNJ, to the nationality', () => {
    expect(links('آمریکاییها و آمریکایی‌ها و روسها و قزاق‌ها و ایرانیان')).toEqual([
      'nationality US «آمریکاییها»',
      'nationality US «آمریکایی‌ها»',
      'nationality RU «روسها»',
      'nationality KZ «قزاق‌ها»',
      'nationality IR «ایرانیان»',
    ]);
  });

  it('links a capital used for its government as a city', () => {
    expect(links('واشنگتن و مسکو بر سر اوکراین اختلاف دارند.')).toEqual([
      'city washington-dc-us «واشنگتن»',
      'city moscow-ru «مسکو»',
      'country UA «اوکراین»',
    ]);
  });

  it('reads Arabic letters as their Persian twins', () => {
    expect(links('امريكا و ايران و كويت')).toEqual(['country US «امريكا»', 'country IR «ايران»', 'country KW «كويت»']);
  });

  it('prefers the longest name: a region over the country inside it', () => {
    expect(links('آمریکای لاتین، کره جنوبی، کره شمالی، آذربایجان شرقی و جمهوری آذربایجان')).toEqual([
      'region latin-america «آمریکای لاتین»',
      'country KR «کره جنوبی»',
      'country KP «کره شمالی»',
      'region east-azerbaijan «آذربایجان شرقی»',
      'country AZ «جمهوری آذربایجان»',
    ]);
  });

  it('links the aliases Persian news uses', () => {
    expect(links('ایالات متحده، انگلیس، بریتانیا، امارات و عربستان')).toEqual([
      'country US «ایالات متحده»',
      'country GB «انگلیس»',
      'country GB «بریتانیا»',
      'country AE «امارات»',
      'country SA «عربستان»',
    ]);
  });
});

describe('common words stay words', () => {
  it('leaves مالی, دوشنبه and آستانه alone in their everyday senses', () => {
    expect(links('بحران مالی روز دوشنبه در آستانه انتخابات شدت گرفت.')).toEqual([]);
  });

  it('links the same words after a word that names a state or a capital', () => {
    expect(links('کشور مالی و پایتخت دوشنبه و مقامات آستانه')).toEqual([
      'country ML «مالی»',
      'city dushanbe-tj «دوشنبه»',
      'city astana-kz «آستانه»',
    ]);
  });

  it('does not find a country inside a longer word', () => {
    expect(links('ایرانشهر و چینش و آلمانی‌تبار')).toEqual([]);
  });
});

describe('in the analyser', () => {
  it('puts the linked entities, with ids and document offsets, into the analysis', () => {
    const text = 'عنوان\n\nقزاقستان به پیمان ابراهیم پیوست.';
    const { entities } = analyze(text, { rules: [] });
    const linked = entities.filter((e) => e.id).map(({ start, end, type, id }) => ({ start, end, type, id }));
    expect(linked).toEqual([
      { start: 7, end: 15, type: 'country', id: 'KZ' },
      { start: 19, end: 32, type: 'treaty', id: 'abraham-accords' },
    ]);
  });
});

describe('edges of a name', () => {
  it('starts a name at its first letter, not at a kashida standing between two names', () => {
    expect(links('دیدار هند ـ قزاقستان')).toEqual(['country IN «هند»', 'country KZ «قزاقستان»']);
  });
});

describe('keys that are also object properties', () => {
  it('links nothing for words like constructor or __proto__ in English runs', () => {
    expect(links('متن constructor و __proto__ و toString')).toEqual([]);
  });
});

describe('forms Persian news writes', () => {
  it('skips the written ezafe after a final ه inside a treaty name', () => {
    expect(links('توافق‌نامه‌ی ابراهیم و معاهده‌ی ترکمانچای')).toEqual([
      'treaty abraham-accords «توافق‌نامه‌ی ابراهیم»',
      'treaty treaty-of-turkmenchay «معاهده‌ی ترکمانچای»',
    ]);
  });

  it('links plural heads Persian news uses for accords of several documents', () => {
    expect(links('توافقات اسلو و قراردادهای کمپ دیوید')).toEqual([
      'treaty oslo-i-accord «توافقات اسلو»',
      'treaty camp-david-accords «قراردادهای کمپ دیوید»',
    ]);
  });

  it('links the NPT by the wording with تسلیحات as well as سلاح‌ها', () => {
    expect(links('معاهده منع گسترش تسلیحات هسته‌ای')).toEqual(['treaty npt «معاهده منع گسترش تسلیحات هسته‌ای»']);
  });
});

describe('treaty names inside other names', () => {
  it('leaves a treaty name that follows سازمان to the organisation it founded', () => {
    expect(links('بمباران از سوی سازمان پیمان آتلانتیک شمالی و امضای پیمان آتلانتیک شمالی')).toEqual([
      'treaty north-atlantic-treaty «پیمان آتلانتیک شمالی»',
    ]);
  });

  it('does not take the place Camp David alone for the accords', () => {
    expect(links('عرفات و باراک به کمپ دیوید رفتند؛ قرارداد کمپ دیوید را سادات امضا کرد.')).toEqual([
      'treaty camp-david-accords «قرارداد کمپ دیوید»',
    ]);
  });
});

describe('generic phrases are not treaties', () => {
  it('leaves «توافق سه‌جانبه», «توافق تهران» and «نفتا» (naphtha) alone, and links the dated 1942 treaty', () => {
    expect(links('توافق سه‌جانبه درباره صادرات نفتا، توافق تهران با همسایگان، و پیمان سه‌جانبه ۱۳۲۰')).toEqual([
      'city tehran-ir «تهران»',
      'treaty anglo-soviet-iranian-treaty-1942 «پیمان سه‌جانبه ۱۳۲۰»',
    ]);
  });
});

describe('political designations', () => {
  it('links «رژیم صهیونیستی» to Israel as an organisation (its government), and «اسرائیل» as the country', () => {
    expect(links('از نگاه رژیم صهیونیستی، اسرائیل باید روابطش را با رژیم اشغالگر قدس یکی بداند.')).toEqual([
      'organization IL «رژیم صهیونیستی»',
      'country IL «اسرائیل»',
      'organization IL «رژیم اشغالگر قدس»',
    ]);
  });

  it('leaves «رژیم» alone when no designation follows', () => {
    expect(links('رژیم غذایی او سخت است.')).toEqual([]);
  });
});
