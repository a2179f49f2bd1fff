// What Lilak licenses: a listed stem, or a stem plus the affixes its flags allow (one suffix, a suffix and its
// continuation such as تر + ها, or the prefix بی‌). Lilak's affixes carry their own ZWNJ (‌ها، ‌ای، ‌ام، ‌تر), so
// the ZWNJ spellings of a word fall out of the same rules: a form is licensed exactly as Lilak writes it.

import type { AffixRule } from './format';
import { stripZwnj } from './normalize';
import { lexiconTable, stemHasFlag, type LexiconTable } from './table';

/**
 * Lilak's joined twins of its ZWNJ affixes: ها/های/هایی… (sd, se, sf) beside ‌ها (sg, sh, si), and تر/ترین (st)
 * beside ‌تر/‌ترین (su). A form built with one of these is the "common" spelling, not the Academy's.
 */
const JOINED_TWIN_FLAGS = new Set(['sd', 'se', 'sf', 'st']);

export interface Spelling {
  form: string;
  /** Built with a joined twin of a ZWNJ affix (کتابها beside کتاب‌ها). */
  joinedAffix: boolean;
  /** Listed as a whole in Lilak (not built from a stem and affixes), or attested in the corpus. */
  listed: boolean;
  /** The listed stem it was built on (the form itself when listed). */
  stem: string;
}

function hasFlag(t: LexiconTable, stem: string, rule: AffixRule): boolean {
  return stemHasFlag(t, stem, rule.flag);
}

/**
 * Verdicts remembered: the ZWNJ and spelling rules ask about every word, its neighbours and their joins, and a
 * document repeats its words, so most questions have been asked before (on 1 MB of news text the same few
 * thousand words are asked about hundreds of thousands of times, each answer costing a hash and the affix walk).
 */
const MEMO_LIMIT = 50_000;
const licensedMemo = new Map<string, boolean>();

/** Whether Lilak licenses `word` exactly as written (normalised, with its ZWNJs). */
export function isLicensed(word: string): boolean {
  let licensed = licensedMemo.get(word);
  if (licensed === undefined) {
    licensed = lexiconTable().indexOf(word) >= 0 || spellingsOfKey(stripZwnj(word)).some((spelling) => spelling.form === word);
    if (licensedMemo.size >= MEMO_LIMIT) licensedMemo.clear();
    licensedMemo.set(word, licensed);
  }
  return licensed;
}

/** The listed stems whose letters, without ZWNJs, are `key`. */
function listedSpellings(t: LexiconTable, key: string): string[] {
  const withZwnj = t.withZwnj(key);
  return t.indexOf(key) >= 0 ? [key, ...withZwnj] : withZwnj;
}

/**
 * Every spelling Lilak licenses for the letters `key` (a word with its ZWNJs removed): the listed forms and those
 * built from a listed stem with affixes. Cost: a few map look-ups per suffix length, so proportional to the word.
 */
export function spellingsOfKey(key: string): Spelling[] {
  const t = lexiconTable();
  const out: Spelling[] = [];
  const seen = new Set<string>();
  const add = (form: string, joinedAffix: boolean, listed: boolean, stem = form) => {
    if (seen.has(form)) {
      // A listed comparative that Lilak also builds with the joined تر (بزرگتر = بزرگ + تر) is that joined twin.
      const listedTwin = out.find((s) => s.form === form);
      if (listedTwin && joinedAffix && /تر(ین)?$/.test(form) && form.length - stem.length <= 4) listedTwin.joinedAffix = true;
      return;
    }
    seen.add(form);
    out.push({ form, joinedAffix, listed, stem });
  };
  for (const form of listedSpellings(t, key)) add(form, false, true);
  const max = Math.min(t.longestAffixKey, key.length - 1);
  for (let length = 1; length <= max; length++) {
    const rules = t.suffixesByKey.get(key.slice(key.length - length));
    if (!rules) continue;
    const restKey = key.slice(0, key.length - length);
    for (const stem of listedSpellings(t, restKey)) {
      for (const rule of rules) if (hasFlag(t, stem, rule)) add(stem + rule.add, JOINED_TWIN_FLAGS.has(rule.flag), false, stem);
    }
    // A suffix after a suffix: بزرگ + ‌تر + ‌ها.
    for (let inner = 1; inner <= Math.min(t.longestAffixKey, restKey.length - 1); inner++) {
      const innerRules = t.suffixesByKey.get(restKey.slice(restKey.length - inner));
      if (!innerRules) continue;
      const stemKey = restKey.slice(0, restKey.length - inner);
      for (const innerRule of innerRules) {
        if (innerRule.cont.length === 0) continue;
        for (const rule of rules) {
          if (!innerRule.cont.includes(rule.flag)) continue;
          for (const stem of listedSpellings(t, stemKey)) {
            if (hasFlag(t, stem, innerRule)) {
              add(stem + innerRule.add + rule.add, JOINED_TWIN_FLAGS.has(rule.flag) || JOINED_TWIN_FLAGS.has(innerRule.flag), false, stem);
            }
          }
        }
      }
    }
  }
  for (let length = 1; length <= Math.min(t.longestAffixKey, key.length - 1); length++) {
    const rules = t.prefixesByKey.get(key.slice(0, length));
    if (!rules) continue;
    for (const stem of listedSpellings(t, key.slice(length))) {
      for (const rule of rules) if (hasFlag(t, stem, rule)) add(rule.add + stem, false, false, stem);
    }
  }
  return out;
}
