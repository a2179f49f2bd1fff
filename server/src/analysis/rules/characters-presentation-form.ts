// characters-presentation-form: Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF), the shaped glyphs that PDF
// extraction and old software leave behind (ﻻ for لا, ﮐ for ک).
// Why: the Unicode Standard (chapter 9, Arabic) keeps presentation forms only for compatibility with legacy
// encodings; text should store the nominal letters and leave shaping to the font. Each form's compatibility
// decomposition (NFKC of that character alone) gives the letters it stands for. Left alone: the ornate parentheses
// ﴾﴿ (U+FD3E/FD3F, real punctuation), the word ligatures U+FDF0–FDFF (ﷲ, ﷺ, ﷽ and the rial sign ﷼ are symbols a
// writer chooses on purpose), the spacing forms of harakat (their NFKC adds a space) and U+FEFF (an invisible
// character, characters-invisible's business).

import type { Finding, Localized } from '../types';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';

const KASHIDA = /\u0640/g;

/** The nominal letters a presentation form stands for, or undefined when the character is to be left alone. */
function nominalLetters(code: number): string | undefined {
  const isForm = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
  if (!isForm || code === 0xfd3e || code === 0xfd3f || (code >= 0xfdf0 && code <= 0xfdff)) return undefined;
  const decomposed = String.fromCharCode(code).normalize('NFKC');
  if (decomposed.length === 1 && decomposed.charCodeAt(0) === code) return undefined; // unassigned
  if (decomposed.charCodeAt(0) === 0x20) return undefined; // a spacing harakah, shown on its own on purpose
  // A medial harakah form (ﹱ) decomposes to kashida + mark; the kashida was only there to carry the glyph.
  return decomposed.replace(KASHIDA, '');
}

const MESSAGE: Localized = {
  fa: 'شکل نمایشی حروف؛ حروف اصلی را بنویسید',
  en: 'Arabic presentation form; use the plain letters',
};
const FIX: Localized = { fa: 'حروف اصلی', en: 'Use the plain letters' };

export const charactersPresentationForm: ParagraphRule = {
  id: 'characters-presentation-form',
  family: 'characters',
  scope: 'paragraph',
  title: { fa: 'شکل‌های نمایشی حروف عربی به جای حروف اصلی', en: 'Arabic presentation forms instead of plain letters' },
  why: {
    fa: 'استاندارد یونیکد (فصل ۹، خط عربی) شکل‌های نمایشی را فقط برای سازگاری با رمزگذاری‌های قدیمی نگه داشته است؛ متن باید حروف اصلی را نگه دارد و شکل‌دادن را به قلم بسپارد. تجزیهٔ سازگاری (NFKC) هر شکل، حروف اصلی آن را می‌دهد.',
    en: 'The Unicode Standard (chapter 9, Arabic) keeps presentation forms only for compatibility with legacy encodings; text should store the plain letters and let the font shape them. Each form\'s compatibility decomposition (NFKC) gives its letters.',
  },
  examples: [
    { before: 'ﻻله', after: 'لاله' },
    { before: 'ﮐﺘﺎﺏ', after: 'کتاب' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    for (const segment of ctx.segments) {
      let i = segment.start;
      while (i < segment.end) {
        const first = nominalLetters(text.charCodeAt(i));
        if (first === undefined) {
          i++;
          continue;
        }
        // A whole word of shaped glyphs is one finding with one fix, not one per letter.
        const start = i;
        let replacement = first;
        i++;
        while (i < segment.end) {
          const next = nominalLetters(text.charCodeAt(i));
          if (next === undefined) break;
          replacement += next;
          i++;
        }
        findings.push(
          finding(charactersPresentationForm, start, i, MESSAGE, options, [
            replaceFix(FIX, options, { start, end: i, newText: replacement }, true),
          ]),
        );
      }
    }
    return findings;
  },
};
