// digits-latin: Latin digits (0–9) in Persian prose, or Persian digits when the writer's setting asks for Latin.
// Why: the Academy's دستور خط فارسی writes numbers in Persian text with Persian digits (۰–۹), and ISIRI 6219 encodes
// them as U+06F0–06F9; a number in Latin digits inside a Persian sentence is a typing accident. Some publications
// prefer Latin digits, so the `digits` setting picks the direction: `persian` (default), `latin`, or `keep` (off).
// Left alone, because converting them would change meaning or break syntax:
// - digits inside Latin text, code, URLs and e-mail addresses (protected spans, never scanned);
// - numbers of several parts written in Latin digits: dates (2025-11-08), versions (1.2.3), times (10:30),
//   fractions (3/4) and thousands groups (1,000) keep their familiar Latin form;
// - Markdown ordered-list markers at the start of a line (CommonMark accepts only ASCII digits there), footnote
//   references ([^1]), reference-link labels ([text][1]) and HTML character references (&#1234;).
// A decimal number inside Persian prose (3.5) becomes ۳٫۵, with the Persian decimal separator U+066B, which is how
// the Academy and ISIRI 6219 write decimals; `latin` turns ۳٫۵ back into 3.5.

import type { Finding, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { isAnyDigit, isAsciiDigit, isPersianDigit } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

const PERSIAN_DECIMAL_SEPARATOR = '\u066b';
const PERSIAN_THOUSANDS_SEPARATOR = '\u066c';
/** Characters that join the parts of one number when a digit stands on both sides of them. */
const PART_SEPARATORS = new Set(['.', ',', ':', '/', '-', PERSIAN_DECIMAL_SEPARATOR, PERSIAN_THOUSANDS_SEPARATOR]);

interface NumberGroup {
  start: number;
  end: number;
  /** The separators between the parts, in order: none for a plain integer. */
  separators: string[];
}

/** The number starting at `start`: digits, and separators that have a digit on both sides. */
function readNumber(text: string, start: number, limit: number): NumberGroup {
  const separators: string[] = [];
  let i = start;
  while (i < limit) {
    if (isAnyDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i + 1 < limit && PART_SEPARATORS.has(text[i]) && isAnyDigit(text.charCodeAt(i + 1))) {
      separators.push(text[i]);
      i++;
      continue;
    }
    break;
  }
  return { start, end: i, separators };
}

const LIST_INDENT = /[ \t>]/;

/** Whether the number is Markdown syntax (a list marker, a footnote or reference label, an HTML entity). */
function isMarkup(text: string, group: NumberGroup): boolean {
  const before = text[group.start - 1];
  const after = text[group.end];
  if (before === '^' && text[group.start - 2] === '[') return true;
  if (before === '[' && text[group.start - 2] === ']' && after === ']') return true;
  if (before === '#' && text[group.start - 2] === '&') return true;
  if ((after === '.' || after === ')') && group.separators.length === 0) {
    const next = text.charCodeAt(group.end + 1);
    if (Number.isNaN(next) || next === 0x20 || next === 0x09) {
      // Only indentation and blockquote markers may stand between the line's start and a list marker.
      let k = group.start;
      while (k > 0 && LIST_INDENT.test(text[k - 1])) k--;
      if (k === 0 || text[k - 1] === '\n' || text[k - 1] === '\r') return true;
    }
  }
  return false;
}

function toPersian(number: string): string {
  let out = '';
  for (let k = 0; k < number.length; k++) {
    const code = number.charCodeAt(k);
    if (isAsciiDigit(code)) out += String.fromCharCode(code - 0x30 + 0x06f0);
    else if (number[k] === '.') out += PERSIAN_DECIMAL_SEPARATOR;
    else out += number[k];
  }
  return out;
}

function toLatin(number: string): string {
  let out = '';
  for (let k = 0; k < number.length; k++) {
    const code = number.charCodeAt(k);
    if (isPersianDigit(code)) out += String.fromCharCode(code - 0x06f0 + 0x30);
    else if (number[k] === PERSIAN_DECIMAL_SEPARATOR) out += '.';
    else if (number[k] === PERSIAN_THOUSANDS_SEPARATOR) out += ',';
    else out += number[k];
  }
  return out;
}

function hasDigitOf(text: string, group: NumberGroup, test: (code: number) => boolean): boolean {
  for (let k = group.start; k < group.end; k++) if (test(text.charCodeAt(k))) return true;
  return false;
}

/** A plain integer or a decimal with one point: the numbers whose Persian form is certain. */
function isPlainOrDecimal(group: NumberGroup): boolean {
  return group.separators.length === 0 || (group.separators.length === 1 && group.separators[0] === '.');
}

const TO_PERSIAN_MESSAGE: Localized = { fa: 'رقم لاتین در متن فارسی؛ رقم فارسی بنویسید', en: 'Latin digits in Persian text; use Persian digits' };
const TO_PERSIAN_FIX: Localized = { fa: 'رقم فارسی', en: 'Use Persian digits' };
const TO_LATIN_MESSAGE: Localized = { fa: 'رقم فارسی؛ طبق تنظیمات رقم لاتین بنویسید', en: 'Persian digits; your settings ask for Latin digits' };
const TO_LATIN_FIX: Localized = { fa: 'رقم لاتین', en: 'Use Latin digits' };

export const digitsLatin: ParagraphRule = {
  id: 'digits-latin',
  family: 'digits',
  scope: 'paragraph',
  title: { fa: 'رقم لاتین در متن فارسی (یا رقم فارسی، اگر تنظیمات رقم لاتین بخواهد)', en: 'Latin digits in Persian prose (or Persian digits when the setting asks for Latin)' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان عددها را در متن فارسی با رقم فارسی (۰ تا ۹) می‌نویسد و استاندارد ملی ۶۲۱۹ آن‌ها را U+06F0–06F9 رمزگذاری می‌کند؛ ممیز اعشار فارسی «٫» است. تاریخ، نسخه و ساعتی که با رقم لاتین نوشته شده دست نمی‌خورد.',
    en: "The Academy's دستور خط فارسی writes numbers in Persian text with Persian digits, which ISIRI 6219 encodes as U+06F0–06F9, with «٫» as the decimal separator. Dates, versions and times written in Latin digits are left as they are.",
  },
  examples: [
    { before: 'در سال 2025 میلادی', after: 'در سال ۲۰۲۵ میلادی' },
    { before: 'رشد 3.5 درصدی', after: 'رشد ۳٫۵ درصدی' },
  ],
  defaultSeverity: 'information',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    if (options.digits === 'keep') return [];
    const wantLatin = options.digits === 'latin';
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      let i = segment.start;
      while (i < segment.end) {
        if (!isAnyDigit(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const group = readNumber(text, i, segment.end);
        i = group.end;
        if (isMarkup(text, group)) continue;
        const number = text.slice(group.start, group.end);
        if (wantLatin) {
          if (!hasDigitOf(text, group, isPersianDigit)) continue;
          findings.push(
            finding(digitsLatin, group.start, group.end, TO_LATIN_MESSAGE, options, [
              replaceFix(TO_LATIN_FIX, options, { start: group.start, end: group.end, newText: toLatin(number) }, true),
            ]),
          );
        } else {
          if (!hasDigitOf(text, group, isAsciiDigit) || !isPlainOrDecimal(group)) continue;
          if (!inPersianContext(text, group.start)) continue;
          findings.push(
            finding(digitsLatin, group.start, group.end, TO_PERSIAN_MESSAGE, options, [
              replaceFix(TO_PERSIAN_FIX, options, { start: group.start, end: group.end, newText: toPersian(number) }, true),
            ]),
          );
        }
      }
    }
    return findings;
  },
};
