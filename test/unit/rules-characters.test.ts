import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';

const SAMPLE = readFileSync(new URL('../../samples/kazakhstan-abraham-accords.fa.txt', import.meta.url), 'utf8');

const fix = (text: string, rule: string) => fixText(text, { rules: [rule], entities: false });
/** [rule, flagged text, message] of every finding, in the writer's chosen language. */
const found = (text: string, rule: string, locale: 'fa' | 'en' = 'en') =>
  analyze(text, { rules: [rule], entities: false, locale }).findings.map((f) => [f.rule, text.slice(f.start, f.end), f.message]);

describe('characters-arabic-letters', () => {
  it('replaces Arabic yeh, alef maksura and kaf with Persian ی and ک', () => {
    expect(fix('كتاب علي را مصطفى به دوستش داد.', 'characters-arabic-letters')).toBe('کتاب علی را مصطفی به دوستش داد.');
  });

  it('flags each Arabic letter on its own, with a message in the chosen language', () => {
    expect(found('كتاب علي', 'characters-arabic-letters')).toEqual([
      ['characters-arabic-letters', 'ك', 'Arabic kaf; use Persian ک'],
      ['characters-arabic-letters', 'ي', 'Arabic yeh; use Persian ی'],
    ]);
    expect(found('علي', 'characters-arabic-letters', 'fa')).toEqual([['characters-arabic-letters', 'ي', 'ی عربی؛ ی فارسی بنویسید']]);
  });

  it('leaves ة, أ, إ and ؤ of Persian loanwords alone', () => {
    const text = 'دائرةالمعارف، مسألهٔ مهم، إن‌شاءالله و مؤسسه';
    expect(found(text, 'characters-arabic-letters')).toEqual([]);
  });

  it('leaves a yeh followed by a combining hamza to the hamza rule', () => {
    expect(found('مسي\u0654له', 'characters-arabic-letters')).toEqual([]);
  });

  it('never touches Arabic letters inside inline code', () => {
    expect(fix('این کد `كتاب` است', 'characters-arabic-letters')).toBe('این کد `كتاب` است');
  });
});

describe('characters-presentation-form', () => {
  it('turns a word of presentation forms into plain letters with one finding', () => {
    const text = 'ﮐﺘﺎﺏ خوب';
    expect(found(text, 'characters-presentation-form')).toEqual([
      ['characters-presentation-form', 'ﮐﺘﺎﺏ', 'Arabic presentation form; use the plain letters'],
    ]);
    expect(fix(text, 'characters-presentation-form')).toBe('کتاب خوب');
  });

  it('splits the lam-alef ligature into lam and alef', () => {
    expect(fix('ﻻله‌های کوهی', 'characters-presentation-form')).toBe('لاله‌های کوهی');
  });

  it('drops the kashida that a medial harakah form carries', () => {
    expect(fix('کتاب\uFE71', 'characters-presentation-form')).toBe('کتاب\u064B');
  });

  it('leaves ornate parentheses, the rial sign, word ligatures and spacing harakat alone', () => {
    expect(found('﴿بسم الله﴾ ۵۰۰ ﷼ و ﷲ و ﷺ و \uFE70', 'characters-presentation-form')).toEqual([]);
  });
});

describe('characters-decomposed-hamza', () => {
  it('composes waw and yeh with a combining hamza into ؤ and ئ', () => {
    expect(fix('مو\u0654من در مسی\u0654له‌ای', 'characters-decomposed-hamza')).toBe('مؤمن در مسئله‌ای');
  });

  it('composes alef with hamza above or below into أ and إ', () => {
    expect(fix('ا\u0654سامه و ا\u0655سلام', 'characters-decomposed-hamza')).toBe('أسامه و إسلام');
  });

  it('says which letter to write', () => {
    expect(found('مو\u0654من', 'characters-decomposed-hamza')).toEqual([
      ['characters-decomposed-hamza', 'و\u0654', 'Hamza written as a separate mark; use the single letter ؤ'],
    ]);
    expect(found('مو\u0654من', 'characters-decomposed-hamza', 'fa')).toEqual([
      ['characters-decomposed-hamza', 'و\u0654', 'همزهٔ جدا از حرف؛ ؤ یکپارچه بنویسید'],
    ]);
  });

  it('leaves the ezafe hamza on heh (دههٔ) alone', () => {
    expect(found('از دههٔ ۱۹۹۰ و نشانهٔ تعهد', 'characters-decomposed-hamza')).toEqual([]);
  });

  it('composes the sample article\'s «مؤمنی» and leaves its «دههٔ» and «دورهٔ» as they are', () => {
    expect(SAMPLE).toContain('مو\u0654منی');
    const fixed = fix(SAMPLE, 'characters-decomposed-hamza');
    expect(fixed).toContain('قاسم مؤمنی،');
    expect(fixed).not.toContain('و\u0654');
    expect(fixed).toContain('از دهه\u0654 ۱۹۹۰');
    expect(fixed.split('\u0654').length).toBe(SAMPLE.split('\u0654').length - 1);
  });
});

describe('characters-kashida', () => {
  it('removes kashida stretching a word', () => {
    expect(fix('ایـــران و تهـران', 'characters-kashida')).toBe('ایران و تهران');
  });

  it('flags each run of kashida once', () => {
    expect(found('ایـــران', 'characters-kashida')).toEqual([['characters-kashida', 'ـــ', 'Kashida (tatweel); remove it']]);
  });

  it('keeps a kashida that starts a word or stands alone as a dash', () => {
    expect(found('پسوند ـها جمع می‌سازد و ـ این یک خط است', 'characters-kashida')).toEqual([]);
  });
});

describe('characters-invisible', () => {
  it('removes zero width spaces, soft hyphens and word joiners between words', () => {
    expect(fix('دانشگاه\u200B تهران\u00AD و\u2060 شیراز', 'characters-invisible')).toBe('دانشگاه تهران و شیراز');
  });

  it('removes a zero width space inside a word, which is transparent to joining and so changes nothing on screen', () => {
    expect(fix('کتاب\u200Bخانه و رود\u200Bها', 'characters-invisible')).toBe('کتابخانه و رودها');
  });

  it('removes a zero width joiner between letters or between words but keeps the one that builds an emoji', () => {
    expect(fix('سل\u200Dام \u200D 👩\u200D💻 و ❤\uFE0F\u200D🔥', 'characters-invisible')).toBe('سلام  👩\u200D💻 و ❤\uFE0F\u200D🔥');
  });

  it('keeps a zero width joiner that shows a joining form, as in the abbreviation «ه‍.ق» or after ر', () => {
    expect(found('سال ۱۴۴۵ ه\u200D.ق و پسوند \u200Dها و ر\u200Dب', 'characters-invisible')).toEqual([]);
  });

  it('keeps a byte order mark at the start but removes U+FEFF inside the text', () => {
    expect(fix('\uFEFFسلام دنیا\uFEFF', 'characters-invisible')).toBe('\uFEFFسلام دنیا');
  });

  it('never touches ZWNJ or the bidi marks LRM and RLM', () => {
    const text = 'می\u200Cروم به \u200Eمدرسه\u200F';
    expect(found(text, 'characters-invisible')).toEqual([]);
  });

  it('names the character it found', () => {
    expect(found('تهران\u00AD', 'characters-invisible')).toEqual([['characters-invisible', '\u00AD', 'Invisible soft hyphen (U+00AD); remove it']]);
  });
});

describe('the characters family on the sample article', () => {
  it('fixes only the decomposed hamza of «مؤمنی»', () => {
    const findings = analyze(SAMPLE, { rules: ['characters'], entities: false }).findings;
    expect(findings.map((f) => [f.rule, SAMPLE.slice(f.start, f.end)])).toEqual([['characters-decomposed-hamza', 'و\u0654']]);
  });
});
