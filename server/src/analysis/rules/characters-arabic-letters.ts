// characters-arabic-letters: Arabic yeh (ي U+064A), alef maksura (ى U+0649) and kaf (ك U+0643) in Persian text.
// Why: the Academy of Persian Language's دستور خط فارسی writes ی and ک, and ISIRI 6219 (the Iranian standard for
// Persian text in Unicode) encodes them as U+06CC and U+06A9. Text typed on an Arabic keyboard looks almost the same
// but is a different word to search, sort and spell-check. Only these three letters are Arabic-only: ة, أ, إ and ؤ
// are legitimate in Persian loanwords and are never touched here.

import type { Finding, Localized } from '../types';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

const ARABIC_YEH = 0x064a;
const ALEF_MAKSURA = 0x0649;
const ARABIC_KAF = 0x0643;
/** A yeh followed by a combining hamza is a decomposed ئ: characters-decomposed-hamza composes it in one step. */
const HAMZA_ABOVE = 0x0654;

const YEH_MESSAGE: Localized = { fa: 'ی عربی؛ ی فارسی بنویسید', en: 'Arabic yeh; use Persian ی' };
const YEH_FIX: Localized = { fa: 'ی فارسی', en: 'Use Persian ی' };
const KAF_MESSAGE: Localized = { fa: 'ک عربی؛ ک فارسی بنویسید', en: 'Arabic kaf; use Persian ک' };
const KAF_FIX: Localized = { fa: 'ک فارسی', en: 'Use Persian ک' };

export const charactersArabicLetters: ParagraphRule = {
  id: 'characters-arabic-letters',
  family: 'characters',
  scope: 'paragraph',
  title: { fa: 'ی و ک عربی به جای ی و ک فارسی', en: 'Arabic yeh or kaf instead of Persian ی and ک' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان زبان و ادب فارسی «ی» و «ک» فارسی را به کار می‌برد و استاندارد ملی ۶۲۱۹ آن‌ها را U+06CC و U+06A9 رمزگذاری می‌کند؛ ي، ى و ك عربی جست‌وجو و غلط‌یابی را خراب می‌کنند.',
    en: "The Academy of Persian Language's دستور خط فارسی writes Persian ی and ک, which ISIRI 6219 encodes as U+06CC and U+06A9; Arabic ي, ى and ك break search and spell-checking.",
  },
  examples: [
    { before: 'كتاب علي', after: 'کتاب علی' },
    { before: 'مصطفى', after: 'مصطفی' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      for (let i = segment.start; i < segment.end; i++) {
        const code = text.charCodeAt(i);
        if (code === ARABIC_KAF) {
          findings.push(
            finding(charactersArabicLetters, i, i + 1, KAF_MESSAGE, options, [replaceFix(KAF_FIX, options, { start: i, end: i + 1, newText: 'ک' }, true)]),
          );
        } else if ((code === ARABIC_YEH || code === ALEF_MAKSURA) && text.charCodeAt(i + 1) !== HAMZA_ABOVE) {
          findings.push(
            finding(charactersArabicLetters, i, i + 1, YEH_MESSAGE, options, [replaceFix(YEH_FIX, options, { start: i, end: i + 1, newText: 'ی' }, true)]),
          );
        }
      }
    }
    return findings;
  },
};
