// Derives the word-frequency table the lexicon ranks spellings with (`npm run data:frequencies`). Reads ARMAN's
// frequency parts (see zwnj-corpus.ts; never the sentences eval:spell holds back) and PEYMA train from ../shared/corpora and
// writes server/data/word-frequencies.txt: «word<TAB>count», words seen at least MIN_COUNT times.
// ARMAN keeps its ZWNJs, so it alone counts ZWNJ forms. PEYMA replaced ZWNJs by spaces inside tokens, but it also
// keeps multi-word units as one token (از جمله، به طور), so a PEYMA token with a space cannot tell a lost ZWNJ from
// a real space: such a token is not counted at all (neither its words, which may be parts of one word, nor pairs).
// It also counts, in ARMAN only (the source of the ZWNJ counts, so the two compare), pairs written apart
// («پیش بینی») whose ZWNJ form (پیش‌بینی) ARMAN uses, keyed «left right», so that the ZWNJ rules can tell a
// compound typed with a space from two words that merely meet; and likewise pairs whose ZWNJ form Lilak lists
// (آئین‌نامه), so that a compound ARMAN never writes joined is known to be typed apart, or never seen at all. These
// pairs are kept even when seen once: one sighting apart of a compound never seen whole (جمعه شب، بهمن ماه) is the
// only evidence there is, and dropping it made the compound look unseen (dev blind spaced: 9 wrong joins fewer, 6
// right ones lost; cross: 12 fewer, 7 lost).
// Pairs typed with the Arabic kaf or yeh (این كه) are not counted apart: an Arabic layout has no ZWNJ key. Three words
// apart whose ZWNJ form ARMAN uses (به عمل آمده) are counted the same way, keyed «first second third».
// Last, two words PEYMA keeps as one token (چه بسا، بی بدیل، به جز) that ARMAN writes with a ZWNJ once and never
// apart, keyed «left+right»: one word by two corpora's evidence, though ARMAN saw its ZWNJ form too seldom to list
// (a ZWNJ form seen twice is listed on its own line).

import { writeFileSync } from 'node:fs';
import { normalizeWord, typedOnArabicLayout } from '../src/analysis/lexicon/normalize';
import { lexiconTable } from '../src/analysis/lexicon/table';
import { installNodeDataLoader } from '../src/host/nodeData';
import { isHeldBackArman } from './spell-corpus';
import { armanPart, FREQUENCY_PARTS, peymaTrain } from './zwnj-corpus';

const MIN_COUNT = 2;
const OUT = 'server/data/word-frequencies.txt';
const PERSIAN_WORD = /^[\u0621-\u064A\u0660-\u06D3\u06D5\u200C]+$/;

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** PEYMA's words, in runs broken at multi-word tokens. */
function peymaRuns(): string[][] {
  const runs: string[][] = [];
  for (const sentence of peymaTrain()) {
    let run: string[] = [];
    for (const token of sentence) {
      const words = normalizeWord(token).split(' ').filter(Boolean);
      if (words.length === 1) {
        run.push(words[0]);
        continue;
      }
      // A multi-word token is a unit (از جمله) or a word that lost its ZWNJ (تعیین کننده): its words are not
      // counted as standing alone (that would make کننده look free), nor any pair inside it or across its edges.
      runs.push(run);
      run = [];
    }
    runs.push(run);
  }
  return runs;
}

const listed = new Map<string, boolean>();

/** A ZWNJ compound Lilak lists (آئین‌نامه): how often ARMAN writes it apart tells whether it is typed so. */
function isListedCompound(joined: string): boolean {
  let known = listed.get(joined);
  if (known === undefined) listed.set(joined, (known = lexiconTable().indexOf(joined) >= 0));
  return known;
}

/** PEYMA's tokens of exactly two words (به ندرت، از جمله), normalised, with how often each occurs. */
function peymaTwoWordTokens(): Map<string, number> {
  const units = new Map<string, number>();
  for (const sentence of peymaTrain()) {
    for (const token of sentence) {
      const words = normalizeWord(token).split(' ').filter(Boolean);
      if (words.length === 2 && words.every((word) => PERSIAN_WORD.test(word))) bump(units, words.join(' '));
    }
  }
  return units;
}

/**
 * The pairs PEYMA keeps whole (at least MIN_COUNT times) that ARMAN writes with a ZWNJ, too seldom for the ZWNJ
 * form's own line, and never apart (چه بسا: PEYMA 3 times, ARMAN part 1 once with a ZWNJ, never apart), with
 * ARMAN's ZWNJ count. A multi-word token in PEYMA is a unit (از جمله) or a word that lost its ZWNJ, and ARMAN tells
 * which: از جمله it writes apart.
 */
function unitsWrittenWithZwnj(counts: ReadonlyMap<string, number>, pairs: ReadonlyMap<string, number>): [string, number][] {
  const units: [string, number][] = [];
  for (const [unit, seen] of peymaTwoWordTokens()) {
    const [left, right] = unit.split(' ');
    const together = counts.get(left + '\u200C' + right) ?? 0;
    if (seen >= MIN_COUNT && together > 0 && together < MIN_COUNT && !pairs.has(unit)) units.push([left + '+' + right, together]);
  }
  return units;
}

/**
 * The frequency table («word<TAB>count» lines) counted from the given ARMAN parts and PEYMA train, never from the
 * sentences eval:spell injects its typos into (spell-corpus.ts), so that its held-out figures stay held out.
 */
export function frequencyTable(parts: readonly number[]): string {
  const raw = parts.flatMap((part) => armanPart(part).filter((_, index) => !isHeldBackArman(part, index)));
  const arman = raw.map((sentence) => sentence.map(normalizeWord));
  const counts = new Map<string, number>();
  for (const run of [...arman, ...peymaRuns()]) for (const word of run) if (PERSIAN_WORD.test(word)) bump(counts, word);
  const pairs = new Map<string, number>();
  // A pair typed on an Arabic layout (این كه) is no evidence of how the pair is written where a ZWNJ can be typed:
  // ARMAN never puts a ZWNJ in a word typed with ك or ي (parts 1-2: 0 of about 6,200 ZWNJ compounds), and such pairs
  // made about 40% of the apart sightings of ZWNJ compounds (92 of 254 in part 1, 106 of 208 in part 2); they
  // made «این که» (71 of its 76 sightings apart are «این كه») look typed apart.
  for (const [s, run] of arman.entries()) {
    for (let k = 0; k + 1 < run.length; k++) {
      const [left, right] = [run[k], run[k + 1]];
      if (!PERSIAN_WORD.test(left) || !PERSIAN_WORD.test(right)) continue;
      if (typedOnArabicLayout(raw[s][k]) || typedOnArabicLayout(raw[s][k + 1])) continue;
      const joined = left + '\u200C' + right;
      if (counts.has(joined) || isListedCompound(joined)) bump(pairs, left + ' ' + right);
      // Three words apart whose ZWNJ form ARMAN uses (به عمل آمده beside به‌عمل‌آمده), the same evidence for phrases.
      const third = run[k + 2];
      if (third !== undefined && PERSIAN_WORD.test(third) && !typedOnArabicLayout(raw[s][k + 2]) && counts.has(joined + '\u200C' + third)) {
        bump(pairs, left + ' ' + right + ' ' + third);
      }
    }
  }
  const rows = [...counts.entries()].filter(([, count]) => count >= MIN_COUNT).concat([...pairs.entries()], unitsWrittenWithZwnj(counts, pairs))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word, count]) => `${word}\t${count}`);
  return rows.join('\n') + '\n';
}

// Run as a script (npm run data:frequencies), not when eval-zwnj imports frequencyTable.
if (process.argv[1]?.includes('derive-frequencies')) {
  installNodeDataLoader();
  const table = frequencyTable(FREQUENCY_PARTS);
  writeFileSync(OUT, table);
  console.log(`${OUT}: ${table.split('\n').length - 1} entries`);
}
