// The references `eval:zwnj` scores against, derived from ARMAN sentences.
//
// ARMAN as written is the reference for the common style. It is not Academy style: it writes the plural ها and the
// comparative تر/ترین joined after a joining letter (تمدنها، مهمترین) about 2,100 times in parts 1–2 against 93
// times with a ZWNJ, so scoring the Academy style against it counts every correct Academy fix as wrong. The Academy
// reference rewrites exactly those boundaries as the guide (دستور خط فارسی) writes them:
//   a word = stem + ها/های/هایی (هائی)/هایم/هایت/هایش/هایمان/هایتان/هایشان/هاست/تر/ترین/تری, where
//   - the letter before the ending joins (after ا د ذ ر ز ژ و a ZWNJ changes nothing),
//   - the stem is a word Lilak knows (or its ی spelling: توانائی),
//   - the whole is not a word of its own (تنها، دفتر، بستر: NOT_AN_ENDING in lexicon/style.ts, read off the 139
//     Lilak words of that shape); آنها/اینها become آن‌ها/این‌ها (the guide's main rule; it allows both),
//   - and it is not one of the words the guide itself writes joined (بهتر، بیشتر، کمتر …: ACADEMY_JOINED),
// gets a ZWNJ before the ending. Nothing else changes. The test uses Lilak, as Dabir does, but only to tell a
// stem + ending from a whole word; it was checked by eye on the words it rewrites (`--show-academy`).
//
// Both references also drop ARMAN's stray ZWNJs (at a word's edge, beside punctuation or a digit, doubled): no
// orthography puts one there, zwnj-misplaced removes them by design, and an input derived from them would score
// the removal as a wrong edit.

import { isKnownWord } from '../src/analysis/lexicon/index';
import { ACADEMY_JOINED, NOT_AN_ENDING } from '../src/analysis/lexicon/style';

const ZWNJ = '\u200C';
const ENDING = /(ها|های|هایی|هائی|هایم|هایت|هایش|هایمان|هایتان|هایشان|هاست|تر|ترین|تری)$/;
/** Letters that never join the one after them, and hamza and ta marbuta. */
const NON_JOINING = new Set([...'اآأإدذرزژوؤءة']);
const LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]/;

/** ARMAN with its stray ZWNJs dropped: a ZWNJ survives only alone between two letters. */
export function withoutStrayZwnj(sentence: string): string {
  let out = '';
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch !== ZWNJ) {
      out += ch;
      continue;
    }
    const before = out[out.length - 1] ?? '';
    const after = sentence[i + 1] ?? '';
    if (LETTER.test(before) && LETTER.test(after)) out += ch;
  }
  return out;
}

const decided = new Map<string, string>();

/** The word as the Academy writes its plural or comparative ending. */
export function academyWord(word: string): string {
  const known = decided.get(word);
  if (known !== undefined) return known;
  const result = decide(word);
  decided.set(word, result);
  return result;
}

function decide(word: string): string {
  const m = ENDING.exec(word);
  if (!m || m.index < 2) return word;
  const stem = word.slice(0, m.index);
  const last = stem[stem.length - 1];
  if (last === ZWNJ || NON_JOINING.has(last) || !LETTER.test(last) || ACADEMY_JOINED.has(word)) return word;
  if (NOT_AN_ENDING.has(word) || !isWord(stem)) return word;
  // تری is تر + the suffix ی: a word the guide writes joined, or that is no comparative, keeps it joined too
  // (بیشتری، کمتری، بهتری; باختری، کیلومتری، بستری).
  if (m[1] === 'تری' && (ACADEMY_JOINED.has(word.slice(0, -1)) || NOT_AN_ENDING.has(word.slice(0, -1)))) return word;
  return stem + ZWNJ + m[1];
}

/** A stem is a word: Lilak knows it (also through its ی spelling: توانائی). Lilak alone, so that the reference
 * never depends on the frequency table (--blind counts another one). */
function isWord(stem: string): boolean {
  return isKnownWord(stem) || isKnownWord(stem.replace(/(?<=[اآو])ئ/g, 'ی'));
}

/** The Academy reference of an ARMAN sentence (see above). */
export function academyReference(sentence: string): string {
  return withoutStrayZwnj(sentence).replace(/[\u0620-\u06FF\u200C]+/g, (word) => academyWord(word));
}
