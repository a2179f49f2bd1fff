// Whether a word, as written, is one spelling should leave alone: a lexicon word or inflection, a known proper
// name, a word in the writer's dictionaries, an abbreviation, or a word whose only fault is its ZWNJ or space
// (the ZWNJ rules report those; a second, spelling finding on the same word would be noise).

import { isKnownWord, wordFrequency, zwnjForms } from '../lexicon/index';
import { normalizeWord } from '../lexicon/normalize';
import { isArabicMark, isArabicScriptLetter } from '../text/script';
import { isKnownProperName } from './properNames';

const ZWNJ = '\u200C';

/** The word as the lexicon spells it: no harakat or kashida, Persian yeh and kaf, no ZWNJ at either edge. */
export function lookupForm(word: string): string {
  let out = word;
  for (let i = 0; i < word.length; i++) {
    if (!isArabicMark(word.charCodeAt(i))) continue;
    // Marks are rare: the word is copied only when it has one.
    out = '';
    for (let k = 0; k < word.length; k++) if (!isArabicMark(word.charCodeAt(k))) out += word[k];
    break;
  }
  out = normalizeWord(out);
  let start = 0;
  let end = out.length;
  // Code units, not out[i]: a one-letter string of a Persian letter is a fresh allocation, twice per word.
  while (start < end && out.charCodeAt(start) === 0x200c) start++;
  while (end > start && out.charCodeAt(end - 1) === 0x200c) end--;
  return out.slice(start, end);
}

/**
 * Older and Arabic-style hamza spellings (مسأله، مؤسسه، تأثیر، هوائی، جزائر، امضاءکنندگان) of a word that Lilak
 * spells another way. The Academy's دستور خط writes «یی» after a vowel (هوایی) and drops the hamza of اء in
 * compounds, but the older forms fill edited news text (ARMAN writes کشورهائی and هوائی dozens of times): they are
 * the same word, not a slip, so spelling leaves them to a style choice.
 */
const HAMZA_VARIANTS: [RegExp, string[]][] = [
  [/أ/g, ['ئ', 'ا', 'ء']],
  [/ؤ/g, ['و', 'ئ']],
  [/إ/g, ['ا']],
  [/[ۀة]/g, ['ه']],
  [/ئ/g, ['ی']],
  [/ء/g, ['']],
];

function isHamzaVariant(form: string): boolean {
  for (const [pattern, replacements] of HAMZA_VARIANTS) {
    pattern.lastIndex = 0;
    if (!pattern.test(form)) continue;
    for (const replacement of replacements) {
      if (isKnownWord(form.replace(pattern, replacement))) return true;
      // Only the last of several (مسئولیتهائی: the final ئ is the older spelling, the first is Lilak's).
      let at = -1;
      for (const match of form.matchAll(pattern)) at = match.index;
      if (at >= 0 && isKnownWord(form.slice(0, at) + replacement + form.slice(at + 1))) return true;
    }
  }
  return false;
}

/** What may follow a ZWNJ in a compound besides a word: plural, ezafe, comparative and pronoun endings. */
const ZWNJ_ENDINGS = new Set(['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'تر', 'ترین', 'ی', 'یی']);

/**
 * A compound written with ZWNJs whose every part is a word or an ending («کوتاه‌مدت»، «برنامه‌ریزی‌ها»): Lilak
 * lists only some compounds, and Persian makes new ones freely; the writer's ZWNJ says it is meant as one.
 */
function isZwnjCompound(form: string): boolean {
  if (form.indexOf(ZWNJ) < 0) return false;
  const parts = form.split(ZWNJ);
  return parts.every((part, k) => (k > 0 && ZWNJ_ENDINGS.has(part)) || (part.length > 1 && (isKnownWord(part) || isHamzaVariant(part))));
}

/**
 * Productive derivation that Lilak lists only in part: a prefix such as «باز» or «هم» before a word («بازتعریف»)
 * and a suffix such as «مند» or «گرایی» after one («ساختارمند»). The Academy joins these to the word, so writers
 * coin them joined; both halves must be known, so a slip inside the word is still caught.
 */
const DERIVING_PREFIXES = ['باز', 'هم', 'نا', 'پیش', 'پس', 'فرا', 'فرو', 'ضد', 'غیر', 'فوق', 'بی'];
const DERIVING_SUFFIXES = ['مند', 'مندی', 'وار', 'واره', 'ناک', 'گر', 'گری', 'گرا', 'گرایی', 'ستان', 'زار', 'گاه', 'انه', 'سان', 'آسا', 'نما', 'پذیر', 'پذیری', 'ساز', 'سازی'];

function isDerivedWord(form: string): boolean {
  for (const prefix of DERIVING_PREFIXES) {
    if (form.length - prefix.length >= 3 && form.startsWith(prefix) && isKnownWord(form.slice(prefix.length))) return true;
  }
  for (const suffix of DERIVING_SUFFIXES) {
    if (form.length - suffix.length >= 3 && form.endsWith(suffix) && isKnownWord(form.slice(0, form.length - suffix.length))) return true;
  }
  return false;
}

/**
 * What the lexicon says of a word: `known` (a licensed form, a hamza variant, a ZWNJ compound of known parts),
 * `plausible` (a corpus proper name, a productive derivation or a word the corpora wrote often: likely right, but
 * a slip can look like one too), or
 * `unknown`.
 */
export type WordStatus = 'known' | 'plausible' | 'unknown';

/**
 * A word the news corpora wrote this often is a word of edited prose (درنتیجه، چندصدایی، کورسک), not a slip,
 * even when Lilak does not list it; a slip repeats far less (the frequency table starts at two).
 */
const ATTESTED = 3;

/** Words repeat (a news article uses a few hundred words thousands of times), so verdicts are remembered. */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, WordStatus>();

export function wordStatus(form: string): WordStatus {
  let status = memo.get(form);
  if (status === undefined) {
    status = isKnownWord(form) || isHamzaVariant(form) || isZwnjCompound(form)
      ? 'known'
      : isKnownProperName(form) || isDerivedWord(form) || wordFrequency(form) >= ATTESTED
        ? 'plausible'
        : 'unknown';
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(form, status);
  }
  return status;
}

/** Known, plausible or in the writer's dictionaries: a word nothing but a stronger reading should flag. */
export function isAcceptedWord(form: string, words: ReadonlySet<string>): boolean {
  return words.has(form) || wordStatus(form) !== 'unknown';
}

/**
 * Whether the word's only fault is a ZWNJ: the lexicon licenses its letters with a ZWNJ inserted, moved or
 * removed («مینامد» → «می‌نامد»), or joined by a ZWNJ to a neighbour written apart («بین المللی» → «بین‌المللی»).
 * The ZWNJ rules report those (they ask the same `zwnjForms`), so spelling stays silent rather than double-report.
 */
const zwnjMemo = new Map<string, boolean>();

export function isZwnjMatter(form: string, previous?: string, next?: string): boolean {
  let alone = zwnjMemo.get(form);
  if (alone === undefined) {
    alone = zwnjForms(form).length > 0;
    if (zwnjMemo.size >= MEMO_LIMIT) zwnjMemo.clear();
    zwnjMemo.set(form, alone);
  }
  if (alone) return true;
  if (previous && zwnjForms(previous + ' ' + form).some((f) => f.includes(ZWNJ))) return true;
  if (next && zwnjForms(form + ' ' + next).some((f) => f.includes(ZWNJ))) return true;
  return false;
}

/**
 * An abbreviation: one or two letters joined to another by a full stop («ق.م»، «ه.ش»، «ج.ا.ا»), or a lone letter
 * (a list marker, a symbol, the conjunction «و»). A short word before a sentence's full stop («است.») is not one.
 */
export function isAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start <= 1) return true;
  if (end - start > 2) return false;
  return (text.charCodeAt(end) === FULL_STOP && isLetterAt(text, end + 1)) || (text.charCodeAt(start - 1) === FULL_STOP && isLetterAt(text, start - 2));
}

const FULL_STOP = 0x2e;

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isArabicScriptLetter(text.charCodeAt(i));
}
