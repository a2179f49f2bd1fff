import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';

const SAMPLE = readFileSync(new URL('../../samples/kazakhstan-abraham-accords.fa.txt', import.meta.url), 'utf8');

const fix = (text: string, rule: string) => fixText(text, { rules: [rule], entities: false });
const found = (text: string, rule: string, locale: 'fa' | 'en' = 'en') =>
  analyze(text, { rules: [rule], entities: false, locale }).findings.map((f) => [f.start, f.end, f.message]);

describe('spacing-before-punctuation', () => {
  it('removes the space before Persian punctuation marks', () => {
    expect(fix('وی ادامه داد : این رویکرد ، مرز جدیدی می‌سازد ؛ آیا روسیه نگران است ؟ آری !', 'spacing-before-punctuation')).toBe(
      'وی ادامه داد: این رویکرد، مرز جدیدی می‌سازد؛ آیا روسیه نگران است؟ آری!',
    );
  });

  it('flags exactly the spaces, naming the mark', () => {
    expect(found('پایان  .', 'spacing-before-punctuation')).toEqual([[5, 7, 'Space before «.»; attach it to the word before']]);
    expect(found('پایان ،', 'spacing-before-punctuation', 'fa')).toEqual([[5, 6, 'فاصلهٔ پیش از «،»؛ نشانه را به واژهٔ قبل بچسبانید']]);
  });

  it('removes the space before the ASCII comma, semicolon and question mark in Persian text', () => {
    expect(fix('تهران , اصفهان ; شیراز ?', 'spacing-before-punctuation')).toBe('تهران, اصفهان; شیراز?');
  });

  it('leaves indentation, ellipses, decimals, Markdown images and table cells alone', () => {
    const text = 'متن\n  . نقطه در آغاز سطر\nگفت ... و عدد .5 و ![تصویر](a.png) و | : | ستون';
    expect(found(text, 'spacing-before-punctuation')).toEqual([]);
  });

  it('leaves English text alone', () => {
    expect(found('This is English : really ?', 'spacing-before-punctuation')).toEqual([]);
  });

  it('leaves the space before an emoticon alone', () => {
    expect(found('خیلی خوب بود :) و فردا ;-) می‌بینمت', 'spacing-before-punctuation')).toEqual([]);
  });
});

describe('spacing-after-punctuation', () => {
  it('adds one space after a mark glued to the next Persian word', () => {
    expect(fix('وی گفت:این رویکرد،مرز جدیدی است؛آیا روسیه نگران است؟آری!پایان.آغاز', 'spacing-after-punctuation')).toBe(
      'وی گفت: این رویکرد، مرز جدیدی است؛ آیا روسیه نگران است؟ آری! پایان. آغاز',
    );
  });

  it('adds a space after closing brackets and guillemets', () => {
    expect(fix('قزاقستان (همچون تاجیکستان)از «صلح ابراهیم»سخن گفت', 'spacing-after-punctuation')).toBe(
      'قزاقستان (همچون تاجیکستان) از «صلح ابراهیم» سخن گفت',
    );
  });

  it('flags the mark and inserts the space right after it', () => {
    expect(found('گفت:بله', 'spacing-after-punctuation')).toEqual([[3, 4, 'No space after «:»; add one']]);
    const [finding] = analyze('گفت:بله', { rules: ['spacing-after-punctuation'], entities: false }).findings;
    expect(finding.fixes[0].edits).toEqual([{ start: 4, end: 4, newText: ' ' }]);
  });

  it('leaves numbers, abbreviations and marks before other marks or brackets alone', () => {
    const text = 'رشد ۳.۵ درصد در ساعت ۱۲:۳۰ سال ۱۴۰۲ ه.ش و ۱۴۴۵ ه\u200D.ق و ۵۰۰ ق.م؛ «چرا؟» (آری!) پایان.';
    expect(found(text, 'spacing-after-punctuation')).toEqual([]);
  });

  it('leaves punctuation inside URLs and Latin text alone', () => {
    expect(found('سایت https://example.com/a.b و e.g.this و Hello,world', 'spacing-after-punctuation')).toEqual([]);
  });
});

describe('spacing-inside-brackets', () => {
  it('removes spaces just inside brackets and guillemets', () => {
    expect(fix('قزاقستان ( همچون تاجیکستان ) از « صلح ابراهیم » و [ پیوست ] سخن گفت', 'spacing-inside-brackets')).toBe(
      'قزاقستان (همچون تاجیکستان) از «صلح ابراهیم» و [پیوست] سخن گفت',
    );
  });

  it('flags exactly the spaces', () => {
    expect(found('( متن  )', 'spacing-inside-brackets')).toEqual([
      [1, 2, 'Space after «(»; remove it'],
      [5, 7, 'Space before «)»; remove it'],
    ]);
  });

  it("leaves Markdown's task box, brackets at line edges and English text alone", () => {
    const text = '- [ ] کار اول\n(\n  ادامهٔ متن\n) پایان و (مثلاً ) آخر';
    expect(fix(text, 'spacing-inside-brackets')).toBe('- [ ] کار اول\n(\n  ادامهٔ متن\n) پایان و (مثلاً) آخر');
    expect(found('A list ( of things ) here, (see above ) in English و فارسی', 'spacing-inside-brackets')).toEqual([]);
  });
});

describe('spacing-multiple-spaces', () => {
  it('collapses runs of spaces between words to one', () => {
    expect(fix('قزاقستان   و  روسیه در  آسیای میانه', 'spacing-multiple-spaces')).toBe('قزاقستان و روسیه در آسیای میانه');
  });

  it('flags exactly the run', () => {
    expect(found('قزاقستان   و', 'spacing-multiple-spaces')).toEqual([[8, 11, 'Several spaces in a row; use one']]);
  });

  it("leaves indentation, Markdown markers, the two-space line break, tabs and table padding alone", () => {
    const text = '  تورفتگی اول سطر\n-   بند فهرست\n1.  بند شماره‌دار\n>   نقل قول\nشکست سطر  \nجدول   | ستون\tو\t\tجدا';
    expect(found(text, 'spacing-multiple-spaces')).toEqual([]);
  });

  it('leaves spaces inside code, Latin text and no-break spaces alone', () => {
    expect(found('کد `a  =  b` و Hello   world و \u00a0\u00a0 نشکن', 'spacing-multiple-spaces')).toEqual([]);
  });
});

describe('all four families together', () => {
  const families = { rules: ['characters', 'digits', 'punctuation', 'spacing'], entities: false };

  it('fixes a messy Persian paragraph in one go, and fixing again changes nothing', () => {
    const messy = 'قزاقستان ( همچون كشورهاي  آسياي ميانه ) در سال 2025 , به "پیمان ابراهیم"پیوست ؛آیا روسیه نگران است ?بله...';
    const fixed = fixText(messy, families);
    expect(fixed).toBe('قزاقستان (همچون کشورهای آسیای میانه) در سال ۲۰۲۵، به «پیمان ابراهیم» پیوست؛ آیا روسیه نگران است؟ بله…');
    expect(fixText(fixed, families)).toBe(fixed);
  });

  it('leaves Latin text, URLs, code, numbers and dates alone', () => {
    const text = 'نسخهٔ 1.2.3 در 2025-11-08 ساعت 10:30 از https://example.com/?a=1,2 با `x  =  "y"; z?` و Hello,  world? و 1,000 نفر در ماه می';
    expect(fixText(text, families)).toBe(text);
  });

  it('turns the sample article into a fixpoint, composing «مؤمنی» and changing nothing else', () => {
    const fixed = fixText(SAMPLE, families);
    expect(fixText(fixed, families)).toBe(fixed);
    expect(fixed).toBe(SAMPLE.replace('مو\u0654منی', 'مؤمنی'));
    expect(fixed).toContain('دهه\u0654 ۱۹۹۰');
  });

  it('finds nothing more on the fixed sample, and finds only the hamza on the original', () => {
    const before = analyze(SAMPLE, families).findings.map((f) => f.rule);
    expect(before).toEqual(['characters-decomposed-hamza']);
    expect(analyze(fixText(SAMPLE, families), families).findings).toEqual([]);
  });
});
