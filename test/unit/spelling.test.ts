import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';
import { isKnownWord } from '../../server/src/analysis/lexicon/index';
import { mayBeKnown } from '../../server/src/analysis/lexicon/mayBeKnown';
import { loadText } from '../../server/src/analysis/data';
import { candidates } from '../../server/src/analysis/spelling/candidates';
import { keyboardNeighbours, substitutionCost } from '../../server/src/analysis/spelling/editCosts';
import type { AnalyzeOptions } from '../../server/src/analysis/types';

const spelling = (text: string, options: Partial<AnalyzeOptions> = {}) =>
  analyze(text, { rules: ['spelling'], entities: false, ...options }).findings.map((f) => ({
    rule: f.rule,
    word: text.slice(f.start, f.end),
    suggestions: f.fixes.map((fix) => fix.edits[0].newText),
  }));

describe('spelling-unknown suggestions', () => {
  it('puts the same-sound correction first when the context is a treaty', () => {
    expect(spelling('قرارداد صلخ میان دو کشور امضا شد.')).toEqual([
      { rule: 'spelling-unknown', word: 'صلخ', suggestions: ['صلح', 'سلخ', 'تلخ', 'صله', 'الخ'] },
    ]);
  });

  it('corrects a dot error, a keyboard slip and a wrong letter of the same sound', () => {
    expect(spelling('کتابحانه ملی ایران بزرگ است.')[0].suggestions[0]).toBe('کتابخانه');
    expect(spelling('وزیر امور خارجه در پیشنحاد خود گفت.')[0].suggestions[0]).toBe('پیشنهاد');
    expect(spelling('این سخن درباره اقتصاد جمهوزی اسلامی است.')[0].suggestions[0]).toBe('جمهوری');
  });

  it('ranks the plural «دانشجویان» first for a dot slip in it', () => {
    expect(spelling('دانشجوبان دانشگاه تهران به اعتراض پرداختند.')[0].suggestions[0]).toBe('دانشجویان');
  });

  it('offers the correction PerSpellData writers were given for «اصطحکاک»', () => {
    expect(spelling('آنها با اصطحکاک زیاد روبرو شدند.')).toEqual([
      { rule: 'spelling-unknown', word: 'اصطحکاک', suggestions: ['اصطکاک'] },
    ]);
  });

  it('reads a stray «و» at the end of a word as the conjunction typed onto it', () => {
    expect(spelling('شرکت بیمهو بانک ملی قرارداد بستند.')[0].suggestions[0]).toBe('بیمه و');
  });

  it('does not join a slip of a common word onto its neighbour when the corpora never wrote the joined word', () => {
    expect(spelling('او از گشایش انی مرز خبر داد.')).toEqual([
      { rule: 'spelling-unknown', word: 'انی', suggestions: ['این', 'آنی', 'ان', 'غنی', 'تنی'] },
    ]);
  });

  it('mends a word split by a stray space as one finding over both halves', () => {
    expect(spelling('ما از این موضوع اس تفاده کردیم.')).toEqual([
      { rule: 'spelling-unknown', word: 'اس تفاده', suggestions: ['استفاده'] },
    ]);
  });

  it('never marks a suggestion safe, and applies the top one only when spelling is asked for', () => {
    const text = 'قرارداد صلخ امضا شد.';
    expect(analyze(text, { rules: ['spelling'] }).findings[0].fixes.every((fix) => !fix.safe)).toBe(true);
    expect(fixText(text, { rules: ['spelling'] }, true)).toBe('قرارداد صلح امضا شد.');
    expect(fixText(text, {}, false)).toBe(text);
  });
});

describe('spelling-unknown leaves alone', () => {
  it('older hamza spellings of a known word (هوائی، کشورهائی، امضاءکنندگان), but not a slip beside them', () => {
    expect(spelling('نیروی هوائی کشورهائی که امضاءکنندگان پیمان بودند را یاری کرد.')).toEqual([]);
    expect(spelling('نیروی هوائی در صلخ نقشی نداشت.').map((f) => f.word)).toEqual(['صلخ']);
  });

  it('a joined compound the news corpora write often (درنتیجه), but not a word run together by a slip', () => {
    expect(spelling('درنتیجه جلسه به تعویق افتاد.')).toEqual([]);
    expect(spelling('ایننوع جلسه به تعویق افتاد.').map((f) => f.suggestions[0])).toEqual(['این نوع']);
  });

  it('an Arabic quotation of several unknown words in a row', () => {
    expect(spelling('در قرآن آمده است: «النبیون للذین هادوا».')).toEqual([]);
  });

  it('inflected forms the lexicon licenses: pronoun endings, plurals, comparatives, verb prefixes', () => {
    expect(spelling('کتاب‌هایمان را به خانه‌هایشان بردند و نمی‌خواستند بروند.')).toEqual([]);
    expect(spelling('سیاستمداران بزرگ‌ترین تصمیم‌ها را گرفتند و دانشجویان می‌خواندند.')).toEqual([]);
  });

  it('person names from the corpora', () => {
    expect(spelling('سعید پورعلی معاون وزیر شد.')).toEqual([]);
  });

  it('words in the personal and workspace dictionaries', () => {
    expect(spelling('واژه‌ی واژگار را ساختیم.', { words: new Set(['واژگار']) })).toEqual([]);
    expect(spelling('واژه‌ی واژگار را ساختیم.').map((f) => f.word)).toEqual(['واژگار']);
  });

  it('Latin words, numbers, URLs and code', () => {
    expect(spelling('نسخهٔ Dabir 2.0 را از https://example.com/dbr و `npm i dabr` بگیرید.')).toEqual([]);
  });

  it('abbreviations written with full stops', () => {
    expect(spelling('در سال ۵۰۰ ق.م این شهر ساخته شد.')).toEqual([]);
  });

  it('but not a short misspelt word before the full stop that ends a sentence', () => {
    expect(spelling('این کار درست اسن.').map((f) => [f.word, f.suggestions[0]])).toEqual([['اسن', 'است']]);
  });

  it('a joined word whose only fault is a ZWNJ, which the ZWNJ rules report', () => {
    expect(spelling('آمریکا آن را «صلح ابراهیم» مینامد.')).toEqual([]);
  });

  it('a compound written with ZWNJ whose parts are words', () => {
    expect(spelling('برنامه‌ای کوتاه‌مدت برای روستا نوشتند.')).toEqual([]);
  });
});

describe('spelling-context', () => {
  it('prefers the Academy spelling of a real word that writers are corrected away from', () => {
    expect(spelling('او در اطاق نشسته بود.')).toEqual([{ rule: 'spelling-context', word: 'اطاق', suggestions: ['اتاق'] }]);
  });

  it('stays quiet on the preferred spelling itself', () => {
    expect(spelling('او در اتاق نشسته بود.')).toEqual([]);
  });
});

describe('the edit model', () => {
  it('prices a same-sound letter below a dot slip, a dot slip below a keyboard slip, and those below any letter', () => {
    expect([substitutionCost('ز', 'ض'), substitutionCost('ب', 'ن'), substitutionCost('ل', 'ب'), substitutionCost('ل', 'ژ')]).toEqual([
      0.45, 0.6, 0.7, 1,
    ]);
  });

  it('knows the neighbours of a key on the ISIRI 9147 layout', () => {
    // ب is on F: ق and ف above (R, T), ی and ل beside (D, G), ز and ر below (C, V).
    expect(keyboardNeighbours('ب').sort()).toEqual(['ر', 'ز', 'ف', 'ق', 'ل', 'ی'].sort());
  });

  it('finds the candidates of a typo one and two cheap slips away', () => {
    const known = (word: string) => mayBeKnown(word) && isKnownWord(word);
    expect(candidates('مسیله', known).map((c) => c.text)).toContain('مسئله');
    expect(candidates('ازدهام', known)[0]).toEqual({ text: 'ازدحام', cost: 0.45 });
  });

  it('lets through every corpus word the lexicon knows (the fast pre-check never rejects a real word)', () => {
    const words = loadText('word-frequencies.txt')
      .split('\n')
      .map((line) => line.split('\t')[0])
      .filter((word) => word && !word.includes(' ') && isKnownWord(word));
    expect(words.length).toBeGreaterThan(5000);
    expect(words.filter((word) => !mayBeKnown(word))).toEqual([]);
  });
});
