// characters-invisible: invisible characters that have no job in Persian prose: zero width space (U+200B),
// zero width no-break space (U+FEFF) inside the text, soft hyphen (U+00AD), word joiner (U+2060), and zero width
// joiner (U+200D) outside an emoji sequence.
// Why: the only invisible character Persian orthography needs is the ZWNJ (نیم‌فاصله, U+200C) of the Academy's
// دستور خط فارسی; the others arrive by copy and paste, split words for search and spell-checking, and cannot be
// seen to be removed by hand. Removing them changes nothing on screen: they are all transparent to Arabic joining
// (Unicode's ArabicShaping), so «کتاب​خانه» with a zero width space already shows as «کتابخانه»; whether a ZWNJ
// belongs there is the zwnj rules' question.
// Never touched: ZWNJ; the bidi marks LRM/RLM (U+200E/U+200F), which writers place on purpose to order mixed
// Persian and Latin text; a ZWJ joining two emoji (👩‍💻), where it builds one picture; a ZWJ on one side of a
// letter only, which shows that letter's joining form on purpose (the abbreviation «ه‍.ق»); and a U+FEFF at the
// very start of a paragraph, which may be the document's byte order mark (a paragraph cannot tell). A ZWJ between
// two letters that join anyway changes nothing on screen and goes.

import { fill } from '../messages';
import type { Finding, Localized } from '../types';
import { isArabicScriptLetter, isHighSurrogate, isLowSurrogate } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

const NAMES: ReadonlyMap<number, Localized> = new Map([
  [0x200b, { fa: 'فاصلهٔ صفر (U+200B)', en: 'zero width space (U+200B)' }],
  [0xfeff, { fa: 'فاصلهٔ نشکن صفر (U+FEFF)', en: 'zero width no-break space (U+FEFF)' }],
  [0x00ad, { fa: 'خط تیرهٔ نرم (U+00AD)', en: 'soft hyphen (U+00AD)' }],
  [0x2060, { fa: 'پیوند‌دهندهٔ واژه (U+2060)', en: 'word joiner (U+2060)' }],
  [0x200d, { fa: 'اتصال‌دهندهٔ صفر (U+200D)', en: 'zero width joiner (U+200D)' }],
]);

const ZWJ = 0x200d;
const VARIATION_SELECTOR_16 = 0xfe0f;

/** Emoji are astral (surrogate pairs) or BMP symbols from the dingbat and miscellaneous-symbol blocks (❤, ♀). */
function endsEmoji(code: number): boolean {
  return isLowSurrogate(code) || code === VARIATION_SELECTOR_16 || (code >= 0x2300 && code <= 0x2bff);
}

function startsEmoji(code: number): boolean {
  return isHighSurrogate(code) || (code >= 0x2300 && code <= 0x2bff);
}

/** Persian letters that never join the letter after them (ء and the right-joining ا د ذ ر ز ژ و and kin). */
const NOT_JOINING_FORWARD = new Set([0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0698, 0x06c0]);

/**
 * A ZWJ is deliberate when it builds an emoji or shows a joining form that would not appear without it: next to a
 * letter on one side only («ه‍.ق»), or after a letter that does not join forward. Between two letters that join
 * anyway it changes nothing on screen.
 */
function isDeliberateJoiner(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  if (endsEmoji(before) && startsEmoji(after)) return true;
  if (isArabicScriptLetter(before) !== isArabicScriptLetter(after)) return true;
  return isArabicScriptLetter(before) && NOT_JOINING_FORWARD.has(before);
}

const MESSAGE: Localized = { fa: 'نویسهٔ نامرئی {name}؛ حذفش کنید', en: 'Invisible {name}; remove it' };
const FIX: Localized = { fa: 'حذف نویسهٔ نامرئی', en: 'Remove the invisible character' };

function messageFor(name: Localized): Localized {
  return { fa: fill(MESSAGE, { name: name.fa }, 'fa'), en: fill(MESSAGE, { name: name.en }, 'en') };
}

export const charactersInvisible: ParagraphRule = {
  id: 'characters-invisible',
  family: 'characters',
  scope: 'paragraph',
  title: { fa: 'نویسه‌های نامرئی سرگردان', en: 'Stray invisible characters' },
  why: {
    fa: 'تنها نویسهٔ نامرئی‌ای که خط فارسی لازم دارد نیم‌فاصله (U+200C) است، چنان‌که دستور خط فارسی فرهنگستان می‌گوید؛ فاصلهٔ صفر، خط تیرهٔ نرم و مانند آن‌ها با رونوشت‌برداری می‌آیند و واژه‌ها را برای جست‌وجو و غلط‌یابی می‌شکنند. نیم‌فاصله و نشانه‌های جهت (LRM و RLM) دست نمی‌خورند.',
    en: "The only invisible character Persian orthography needs is the ZWNJ (U+200C) of the Academy's دستور خط فارسی; zero width spaces, soft hyphens and the like arrive by copy and paste and split words for search and spell-checking. ZWNJ and the bidi marks LRM and RLM are never touched.",
  },
  examples: [
    { before: 'کتاب\u200Bخانه', after: 'کتابخانه' },
    { before: 'دانشگاه\u200B تهران', after: 'دانشگاه تهران' },
    { before: 'سلام\u00AD دنیا', after: 'سلام دنیا' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      for (let i = segment.start; i < segment.end; i++) {
        const code = text.charCodeAt(i);
        if (code < 0xad || (code > 0xad && code < 0x200b)) continue; // the common case, cheaply
        const name = NAMES.get(code);
        if (!name) continue;
        if (code === 0xfeff && i === 0) continue;
        if (code === ZWJ && isDeliberateJoiner(text, i)) continue;
        findings.push(
          finding(charactersInvisible, i, i + 1, messageFor(name), options, [
            replaceFix(FIX, options, { start: i, end: i + 1, newText: '' }, true),
          ]),
        );
      }
    }
    return findings;
  },
};
