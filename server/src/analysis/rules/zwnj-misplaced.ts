// zwnj-misplaced: a ZWNJ where none belongs: at the start or end of a word, beside a space, punctuation or a digit,
// doubled, or inside a word that the lexicon writes joined or with its ZWNJ elsewhere (کتا‌ب، بیش‌تر in Academy style).
// Why: a ZWNJ only separates two letters of one word (دستور خط فارسی); anywhere else it is invisible debris that
// breaks search, sorting and spell-checking, and one in the wrong place splits a word the lexicon writes whole.
// Data: the compiled Lilak lexicon; a word whose letters the lexicon does not know keeps its ZWNJs (names,
// loanwords: Dabir does not guess).
// Fix: removing debris is safe; moving a ZWNJ inside a known word is safe when one spelling remains.

import type { Finding, Localized } from '../types';
import { fill } from '../messages';
import { respellWord } from '../lexicon/zwnj';
import { zwnjEdits } from '../lexicon/zwnjEdits';
import { isArabicMark, isArabicScriptLetter, isLatinLetter } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type ParagraphRule } from './rule';
import { isUntouchable, tokenCore } from './zwnj-missing';

const DEBRIS: Localized = { fa: 'نیم‌فاصلهٔ بی‌جا', en: 'Stray ZWNJ' };
const DOUBLED: Localized = { fa: 'نیم‌فاصلهٔ تکراری', en: 'Doubled ZWNJ' };
const REMOVE: Localized = { fa: 'حذف نیم‌فاصله', en: 'Remove the ZWNJ' };
const WRONG_PLACE: Localized = { fa: 'نیم‌فاصله در جای نادرست: «{form}»', en: 'ZWNJ in the wrong place: «{form}»' };
const WRITE: Localized = { fa: 'نوشتن «{form}»', en: 'Write «{form}»' };

function isLetter(code: number): boolean {
  return isArabicScriptLetter(code) || isArabicMark(code);
}

const MARKUP = new Set([0x2a, 0x5f, 0x7e, 0x60]); // * _ ~ `

/** Whether the ZWNJ at `at` sits between two letters with only emphasis markers (at least one) in between. */
function acrossMarkup(text: string, at: number): boolean {
  let left = at - 1;
  while (left >= 0 && MARKUP.has(text.charCodeAt(left))) left--;
  let right = at + 1;
  while (right < text.length && MARKUP.has(text.charCodeAt(right))) right++;
  if (left === at - 1 && right === at + 1) return false;
  return left >= 0 && right < text.length && isLetter(text.charCodeAt(left)) && isLetter(text.charCodeAt(right));
}

export const zwnjMisplaced: ParagraphRule = {
  id: 'zwnj-misplaced',
  family: 'zwnj',
  scope: 'paragraph',
  title: { fa: 'نیم‌فاصلهٔ بی‌جا', en: 'Misplaced ZWNJ' },
  why: {
    fa: 'نیم‌فاصله فقط دو حرفِ یک واژه را از هم جدا می‌کند (دستور خط فارسی)؛ جای دیگر، نویسه‌ای نامرئی است که جست‌وجو و غلط‌یابی را خراب می‌کند.',
    en: 'A ZWNJ only separates two letters of one word (دستور خط فارسی); anywhere else it is an invisible character that breaks search and spell-checking.',
  },
  examples: [
    { before: 'کتاب‌ ها', after: 'کتاب ها' },
    { before: 'می‌‌نامد', after: 'می‌نامد' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, options } = ctx;
    const findings: Finding[] = [];
    // Debris: a ZWNJ not between two letters, and runs of ZWNJs.
    for (const segment of ctx.segments) {
      for (let i = segment.start; i < segment.end; i++) {
        if (text.charCodeAt(i) !== 0x200c) continue;
        let stop = i + 1;
        while (stop < segment.end && text.charCodeAt(stop) === 0x200c) stop++;
        const before = i > 0 ? text.charCodeAt(i - 1) : -1;
        const after = stop < text.length ? text.charCodeAt(stop) : -1;
        const betweenLetters = isLetter(before) && isLetter(after);
        if (betweenLetters && stop === i + 1) continue;
        // «**کتاب**‌ها»: a ZWNJ beside Markdown emphasis keeps the letters on either side from joining across it.
        if (stop === i + 1 && acrossMarkup(text, i)) continue;
        // Beside Latin letters or digits it may be a deliberate joiner in foreign text: not Persian orthography.
        if (isLatinLetter(before) || isLatinLetter(after)) {
          i = stop - 1;
          continue;
        }
        // Between letters, a run keeps one ZWNJ; elsewhere every ZWNJ of the run goes. Inside a name too: debris is
        // no part of its owner's spelling (what is visible stays as written); only the writer's words keep it.
        const from = betweenLetters ? i + 1 : i;
        if (!isUntouchable(ctx, i, stop, false)) {
          findings.push(
            finding(zwnjMisplaced, i, stop, betweenLetters ? DOUBLED : DEBRIS, options, [
              replaceFix(REMOVE, options, { start: from, end: stop, newText: '' }, true),
            ]),
          );
        }
        i = stop - 1;
      }
    }
    // A ZWNJ inside a known word where the lexicon has none, or has it elsewhere.
    for (const token of ctx.tokens) {
      const core = tokenCore(text, token);
      const written = text.slice(core.start, core.end);
      if (written.indexOf('\u200C') < 0 || written.indexOf('\u200C\u200C') >= 0) continue;
      const respelling = respellWord(written, options.zwnjStyle);
      if (!respelling || respelling.kind !== 'misplaced' || isUntouchable(ctx, core.start, core.end)) continue;
      const fixes = respelling.forms.flatMap((form, n) => {
        const edits = zwnjEdits(text, core.start, core.end, form);
        return edits && edits.length > 0 ? [{ title: fill(WRITE, { form }, options.locale), edits, safe: respelling.safe && n === 0 }] : [];
      });
      if (fixes.length === 0) continue;
      const form = respelling.forms[0];
      findings.push(finding(zwnjMisplaced, core.start, core.end, { fa: fill(WRONG_PLACE, { form }, 'fa'), en: fill(WRONG_PLACE, { form }, 'en') }, options, fixes));
    }
    return findings;
  },
};
