// Which of the spellings Lilak licenses a writer should use. The Academy of Persian Language's دستور خط فارسی writes
// the plural ها and the comparative تر/ترین apart with a ZWNJ (کتاب‌ها، بزرگ‌تر), except in a few words it lists as
// joined (بهتر، بیشتر، کمتر، مهتر، کهتر …); it also allows the joined آنها/اینها. The "common" style accepts
// every spelling Lilak licenses, so it only restores ZWNJs where the joined form is not a word at all.

import type { ZwnjStyle } from '../types';
import { corpusCount } from './frequencies';
import { ZWNJ } from './normalize';
import type { Spelling } from './morphology';

/** Words the Academy's guide writes joined although they end in تر/ترین. */
export const ACADEMY_JOINED = new Set(['بهتر', 'بهترین', 'بیشتر', 'بیشترین', 'کمتر', 'کمترین', 'مهتر', 'کهتر', 'بیش', 'کم']);

/**
 * Words Lilak lists whole that end in the letters of ها/تر/ترین after a word, but are not that word and the
 * ending: تنها is "only", not تن‌ها; دفتر، بستر، ویترین; units and names (کیلومتر، پیتر، رویتر); Arabic (علیها).
 * Found by listing every such Lilak word (139 of them); the rest are plurals and comparatives (سیاستهای، سریعتر),
 * which the Academy writes with a ZWNJ.
 */
export const NOT_AN_ENDING = new Set([
  'تنها', 'تنهایی', 'بتنهایی', 'دکتر', 'دکترین', 'دفتر', 'بستر', 'آستر', 'تیتر', 'پیشتر', 'انگشتر', 'فیلتر', 'لیتر', 'کیلومتر',
  'میلیمتر', 'میکرومتر', 'نانومتر', 'آمپرمتر', 'بارومتر', 'فازمتر', 'لمتر', 'رویتر', 'اینتر', 'شوشتر', 'پیتر', 'ریشتر',
  'آلیستر', 'اکستر', 'باختر', 'باکستر', 'توتالیتر', 'توستر', 'خارشتر', 'رایتر', 'ریتر', 'سانتر', 'سنتر', 'لوستر', 'مستتر',
  'مستر', 'منتها', 'منها', 'نیشتر', 'هالتر', 'هانتر', 'والتر', 'ولتر', 'ویترین', 'کفتر', 'کلانتر', 'مگستر', 'الیها', 'علیها',
  'بدانها',
]);

function zwnjCount(form: string): number {
  let n = 0;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) === 0x200c) n++;
  return n;
}

const JOINED_ENDING = /(ها|های|هایی|هائی|هایم|هایت|هایش|هایمان|هایتان|هایشان|هاست|تر|ترین)$/;

/** Whether the Academy style would rather write this spelling another way that is also licensed. */
function academyDisprefers(spelling: Spelling, all: readonly Spelling[]): boolean {
  if (ACADEMY_JOINED.has(spelling.form)) return false;
  if (spelling.joinedAffix) {
    // Only its own ZWNJ twin (سالهای → سال‌های) replaces it, not another reading of the letters (مرزه‌ای).
    const m = JOINED_ENDING.exec(spelling.form);
    if (!m) return false;
    const twin = spelling.form.slice(0, m.index) + ZWNJ + m[1];
    return all.some((other) => other.form === twin);
  }
  // A listed joined twin of a listed ZWNJ form (آنها beside آن‌ها): the Academy writes the ZWNJ.
  if (spelling.listed && spelling.form.indexOf(ZWNJ) < 0) {
    // The twin's ZWNJ must stand before the ending (آن‌ها), not inside a compound that ends in its letters
    // (سانتی‌متر beside سانتیمتر: both are the Academy's).
    return all.some((other) => other.listed && !other.joinedAffix && /\u200C(?:ها|های|هایی|تر|ترین)$/.test(other.form));
  }
  return false;
}

/** The spellings the style accepts, best first: preferred by the style, then by corpus use, then listed ones. */
export function rankSpellings(spellings: readonly Spelling[], style: ZwnjStyle): Spelling[] {
  const accepted = style === 'academy' ? spellings.filter((s) => !academyDisprefers(s, spellings)) : [...spellings];
  // Corpus use of the whole form first; then of its stem, so that خطهای reads as خط‌های (lines), not خطه‌ای.
  return accepted.sort(
    (a, b) =>
      corpusCount(b.form) - corpusCount(a.form) ||
      corpusCount(b.stem) - corpusCount(a.stem) ||
      Number(b.listed) - Number(a.listed) ||
      zwnjCount(a.form) - zwnjCount(b.form),
  );
}
