// characters-decomposed-hamza: a letter followed by a combining hamza (U+0654 above, U+0655 below) where Persian
// has a precomposed letter: و+ٔ → ؤ, ی/ي/ى+ٔ → ئ, ا+ٔ → أ, ا+ٕ → إ (the sample article writes مؤمنی that way).
// Why: these pairs are canonically equivalent to the precomposed letters (Unicode normalisation, UAX #15, composes
// them under NFC), and ISIRI 6219 and the Academy's دستور خط فارسی use the precomposed ؤ ئ أ إ. Search and
// spell-checking see the two spellings as different words. Heh + hamza (ـهٔ, the ezafe of «دههٔ») is left alone:
// it is the Academy's standard spelling of the ezafe, and not every Persian font renders ۀ well.

import { fill } from '../messages';
import type { Finding, Localized } from '../types';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

const HAMZA_ABOVE = 0x0654;
const HAMZA_BELOW = 0x0655;

/** The precomposed letter for a base letter and a combining hamza, when Persian orthography has one. */
function precomposed(base: number, hamza: number): string | undefined {
  if (hamza === HAMZA_ABOVE) {
    if (base === 0x0648) return 'ؤ';
    if (base === 0x06cc || base === 0x064a || base === 0x0649) return 'ئ';
    if (base === 0x0627) return 'أ';
  } else if (hamza === HAMZA_BELOW && base === 0x0627) {
    return 'إ';
  }
  return undefined;
}

const MESSAGE: Localized = {
  fa: 'همزهٔ جدا از حرف؛ {letter} یکپارچه بنویسید',
  en: 'Hamza written as a separate mark; use the single letter {letter}',
};
const FIX: Localized = { fa: '{letter} یکپارچه', en: 'Use {letter}' };

function withLetter(message: Localized, letter: string): Localized {
  return { fa: fill(message, { letter }, 'fa'), en: fill(message, { letter }, 'en') };
}

export const charactersDecomposedHamza: ParagraphRule = {
  id: 'characters-decomposed-hamza',
  family: 'characters',
  scope: 'paragraph',
  title: { fa: 'همزهٔ جدا به جای حرف همزه‌دار یکپارچه', en: 'Letter plus combining hamza instead of the precomposed letter' },
  why: {
    fa: 'حرف به‌اضافهٔ همزهٔ ترکیبی (U+0654) با حرف همزه‌دار یکپارچه هم‌ارز است (یکسان‌سازی یونیکد، NFC)، و دستور خط فارسی و استاندارد ملی ۶۲۱۹ شکل یکپارچهٔ ؤ، ئ و أ را به کار می‌برند؛ «ـهٔ» در نقش کسرهٔ اضافه همان‌طور می‌ماند.',
    en: "A letter plus a combining hamza (U+0654) is canonically equivalent to the precomposed letter (Unicode normalisation, UAX #15, NFC), and the Academy's دستور خط فارسی and ISIRI 6219 use the precomposed ؤ, ئ and أ; heh plus hamza (the ezafe «ـهٔ») is left as it is.",
  },
  examples: [
    { before: 'مو\u0654من', after: 'مؤمن' },
    { before: 'مسی\u0654له', after: 'مسئله' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      for (let i = segment.start + 1; i < segment.end; i++) {
        const mark = text.charCodeAt(i);
        if (mark !== HAMZA_ABOVE && mark !== HAMZA_BELOW) continue;
        const letter = precomposed(text.charCodeAt(i - 1), mark);
        if (letter === undefined) continue;
        findings.push(
          finding(charactersDecomposedHamza, i - 1, i + 1, withLetter(MESSAGE, letter), options, [
            replaceFix(withLetter(FIX, letter), options, { start: i - 1, end: i + 1, newText: letter }, true),
          ]),
        );
      }
    }
    return findings;
  },
};
