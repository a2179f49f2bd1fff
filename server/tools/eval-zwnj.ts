// `npm run eval:zwnj`: how well Dabir restores ZWNJs, beside virastar, on ARMAN sentences (ARMAN keeps its ZWNJs).
// Each reference sentence is turned into three inputs: joined (every ZWNJ removed), spaced (every ZWNJ → space) and
// clean (the reference itself). Dabir runs the path of `dabir fix --rules zwnj` (fixText with the zwnj rules and
// their top suggestions), one document per sentence; virastar runs with only its ZWNJ options on.
// Scores: F1 of the ZWNJ positions restored (joined, spaced) against the reference's, and wrong edits per 1,000
// words on the clean text (any ZWNJ/space boundary changed).
// References (zwnj-reference.ts): "ARMAN" is ARMAN as written (stray ZWNJs dropped), which writes the plural ها and
// تر/ترین joined (تمدنها، مهمترین) far more often than with a ZWNJ: the common style is scored against it. "Academy"
// is the same text with those boundaries written as the Academy's guide writes them (تمدن‌ها، مهم‌ترین): the
// academy style (the default) is scored against it, and, for comparison, against ARMAN too.
// Splits (zwnj-corpus.ts): part 2 is the dev set (tuned on), part 3 is held back (only measured).
// --split perspell scores PerSpellData's real-word sentences (correct side), another corpus's writers: a check of
// how the rules carry over, not a clean reference (its writers type endings apart: «آزمایش هایی», which every fix
// of them counts as wrong).
// Usage: npm run eval:zwnj [-- --split dev|cross|perspell|held-back|both] [--limit N] [--errors N] [--misses N] [--wrong] [--no-entities] [--blind] [--quick] [--counts]
// (--errors N prints the first N differing dev sentences, --misses N the N most frequent missed and other changed
// words on dev, --wrong every wrong edit the academy style makes on clean dev text, with its context, the rule and
// the decision path that made it, and a count per path; all on stderr.)

import { createRequire } from 'node:module';
import { applyEdits, chosenFix, fixText } from '../src/analysis/fix';
import { createAnalyzer } from '../src/analysis/analyze';
import { respellPair, respellWord } from '../src/analysis/lexicon/zwnj';
import type { Finding } from '../src/analysis/types';
import { setDataLoader } from '../src/analysis/data';
import { FREQUENCY_FILE } from '../src/analysis/lexicon/frequencies';
import { installNodeDataLoader, readDataFile } from '../src/host/nodeData';
import { frequencyTable } from './derive-frequencies';
import { armanPart, detokenize, DEV_PART, HELD_BACK_PART, perspellCorrect } from './zwnj-corpus';
import { academyReference, withoutStrayZwnj } from './zwnj-reference';

installNodeDataLoader();

// The committed frequency table counts ARMAN part 3 too (all but the sentences eval:spell holds back), so the
// evaluation never reads it: by default it counts parts 1–2 (and PEYMA train) in memory, which leaves the held-back
// part unseen and flatters dev (its names and compounds are in the table).
// --blind: count frequencies from ARMAN part 1 (and PEYMA train) only, so that the dev part is unseen as the
// held-back part is.
// --split cross: the roles of parts 1 and 2 swapped (frequencies from part 2 and PEYMA train, ARMAN part 1 scored),
// a second unseen text to check that a change tuned on dev is no accident of dev's sentences; blind by construction.
const blind = process.argv.includes('--blind');
const cross = argument('--split', 'both') === 'cross';
const frequencyParts = cross ? [DEV_PART] : blind ? [1] : [1, DEV_PART];
const frequencies = new TextEncoder().encode(frequencyTable(frequencyParts));
setDataLoader((name) => (name === FREQUENCY_FILE ? frequencies : readDataFile(name)));
console.log(
  cross
    ? 'Frequencies counted from ARMAN part 2 and PEYMA train only (--split cross): part 1 is unseen.'
    : blind
      ? 'Frequencies counted from ARMAN part 1 and PEYMA train only (--blind): the dev part is unseen.'
      : 'Frequencies counted from ARMAN parts 1–2 and PEYMA train: the held-back part is unseen.',
);

const ZWNJ = '\u200C';

interface Layout {
  letters: string;
  /** For each letter, the gap before it: '' (joined), 'z' (ZWNJ only), 's' (a space, maybe with ZWNJs). */
  gaps: string[];
}

function layout(text: string): Layout {
  let letters = '';
  const gaps: string[] = [];
  let gap = '';
  for (const ch of text) {
    if (ch === ZWNJ) {
      if (gap === '') gap = 'z';
      continue;
    }
    if (ch === ' ') {
      gap = 's';
      continue;
    }
    letters += ch;
    gaps.push(gap);
    gap = '';
  }
  return { letters, gaps };
}

/** A boundary before ها/تر, where the two styles differ: told apart in the list of wrong edits. */
function styleOptional(letters: string, at: number): boolean {
  return letters.startsWith('ها', at) || letters.startsWith('تر', at);
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  wrong: number;
  words: number;
  misaligned: number;
  /** Wrong edits on clean text by kind, to explain them. */
  kinds: Record<string, number>;
  /** With --misses: the reference words around each missed, extra or changed boundary, counted. */
  words_missed: Map<string, number>;
  words_extra: Map<string, number>;
}

const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, wrong: 0, words: 0, misaligned: 0, kinds: {}, words_missed: new Map(), words_extra: new Map() });

/** The reference word (letters with their ZWNJs) around letter `at`, and the output's spelling of those letters. */
function wordAround(gold: Layout, output: Layout, at: number): string {
  // A boundary that is a space in the reference: show the word before it too.
  let from = gold.gaps[at] === 's' && at > 0 ? at - 1 : at;
  while (from > 0 && gold.gaps[from] !== 's' && /\p{L}/u.test(gold.letters[from - 1])) from--;
  let to = at;
  while (to < gold.letters.length && (to === at || gold.gaps[to] !== 's') && /\p{L}/u.test(gold.letters[to])) to++;
  const render = (l: Layout) => {
    let out = '';
    for (let i = from; i < to; i++) out += (i > from ? (l.gaps[i] === 'z' ? ZWNJ : l.gaps[i] === 's' ? ' ' : '') : '') + gold.letters[i];
    return out;
  };
  return `${render(gold)} ← ${render(output)}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function score(into: Score, gold: string, output: string, errors: string[] | undefined, misses: boolean): void {
  const g = layout(gold);
  const o = layout(output);
  into.words += gold.split(/\s+/).filter(Boolean).length;
  if (g.letters !== o.letters) {
    into.misaligned++;
    return;
  }
  let wrongHere = false;
  for (let i = 0; i < g.gaps.length; i++) {
    const gz = g.gaps[i] === 'z';
    const oz = o.gaps[i] === 'z';
    if (gz && oz) into.tp++;
    if (!gz && oz) into.fp++;
    if (gz && !oz) into.fn++;
    if (misses && gz && !oz) bump(into.words_missed, wordAround(g, o, i));
    if (misses && g.gaps[i] !== o.gaps[i] && !(gz && !oz)) bump(into.words_extra, wordAround(g, o, i));
    if (g.gaps[i] !== o.gaps[i]) {
      const kind = wrongEditKind(g, o, i);
      into.kinds[kind] = (into.kinds[kind] ?? 0) + 1;
      into.wrong++;
      wrongHere = true;
    }
  }
  if (errors && wrongHere) errors.push(`  gold: ${gold}\n  out:  ${output}`);
}

const PERSIAN_LETTER = /[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]/;

/** What a wrong edit on clean text did, so that the table can say where the wrong edits come from. */
function wrongEditKind(gold: Layout, output: Layout, at: number): string {
  if (styleOptional(gold.letters, at)) return 'before ها/تر';
  const beside = !PERSIAN_LETTER.test(gold.letters[at - 1] ?? '') || !PERSIAN_LETTER.test(gold.letters[at] ?? '');
  const from = gold.gaps[at] || 'joined';
  const to = output.gaps[at] || 'joined';
  if (beside && from === 'z') return 'ZWNJ beside punctuation/digit/Latin removed';
  return `${from === 'z' ? 'ZWNJ' : from === 's' ? 'space' : 'joined'} → ${to === 'z' ? 'ZWNJ' : to === 's' ? 'space' : 'joined'}`;
}

/** The decision that made a finding: the rule, and for zwnj-missing and zwnj-misplaced the lexicon's path. */
function decisionPath(finding: Finding, text: string): string {
  const written = text.slice(finding.start, finding.end);
  if (finding.rule === 'zwnj-missing') {
    const words = written.split(/ +/);
    if (words.length >= 2) return respellPair(words[0], words[1], undefined, 'academy')?.path ?? 'pair: ?';
    return respellWord(written, 'academy')?.path ?? 'word: acronym or ?';
  }
  if (finding.rule === 'zwnj-misplaced') return written.indexOf(ZWNJ) >= 0 && written.length > 1 ? 'misplaced inside a word' : 'debris';
  return finding.rule;
}

/**
 * Every wrong edit the academy style makes on the clean reference: each top fix applied alone to the sentence, kept
 * when it changes a boundary of the reference. Printed with the sentence around it and the decision path.
 */
function listWrongEdits(references: string[]): void {
  const analyzer = createAnalyzer({ rules: ['zwnj'], zwnjStyle: 'academy', syntax: 'plaintext', entities });
  const byPath = new Map<string, number>();
  const lines: string[] = [];
  for (const gold of references) {
    const { findings } = analyzer.analyze(gold);
    for (const finding of findings) {
      const fix = chosenFix(finding, () => true);
      if (!fix) continue;
      const g = layout(gold);
      const o = layout(applyEdits(gold, fix.edits));
      if (g.letters !== o.letters) continue;
      const changed = g.gaps.findIndex((gap, i) => gap !== o.gaps[i]);
      if (changed < 0) continue;
      const path = `${finding.rule} / ${decisionPath(finding, gold)}`;
      bump(byPath, path);
      const from = Math.max(0, finding.start - 30);
      lines.push(`  [${path}] ${wordAround(g, o, changed)}   …${gold.slice(from, finding.end + 30)}…`);
    }
  }
  console.error(`  wrong edits on clean text (academy), by decision path: ${[...byPath].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join('; ')}`);
  for (const line of lines.sort()) console.error(line);
}

/** --counts: the boundary counts beside each F1, to see what a change gained and cost one by one. */
const showCounts = process.argv.includes('--counts');

function f1(tp: number, fp: number, fn: number): string {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const counts = showCounts ? ` tp ${tp} fp ${fp} fn ${fn}` : '';
  return (p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3) + ` (P ${p.toFixed(3)} R ${r.toFixed(3)}${counts})`;
}

const virastarOptions: Record<string, boolean> = {};
for (const key of [
  'normalize_eol', 'decode_htmlentities', 'fix_dashes', 'fix_three_dots', 'normalize_ellipsis', 'normalize_dates',
  'fix_english_quotes_pairs', 'fix_english_quotes', 'fix_hamzeh', 'fix_hamzeh_arabic', 'cleanup_rlm',
  'fix_spacing_for_braces_and_quotes', 'fix_arabic_numbers', 'fix_english_numbers', 'fix_misc_non_persian_chars',
  'fix_punctuations', 'fix_question_mark', 'fix_suffix_misc', 'kashidas_as_parenthetic', 'cleanup_kashidas',
  'cleanup_extra_marks', 'cleanup_spacing', 'cleanup_line_breaks', 'cleanup_begin_and_end', 'fix_diacritics',
  'fix_numeral_symbols', 'fix_persian_glyphs', 'fix_misc_spacing', 'fix_spacing_for_punctuations',
  'markdown_normalize_braces', 'markdown_normalize_lists',
]) virastarOptions[key] = false;
// Left on: fix_perfix_spacing, fix_suffix_spacing, cleanup_zwnj — virastar's ZWNJ work.

/** virastar ships no types: its constructor takes the options and returns an object whose cleanup() fixes a text. */
const Virastar = createRequire(import.meta.url)('virastar') as new (options: object) => { cleanup(text: string): string };
const virastar = new Virastar(virastarOptions);

/** Names are left alone through the recognised entities, as `dabir fix` does; without a built NER model, without. */
function entitiesAvailable(): boolean {
  try {
    fixText('علی به تهران رفت', { rules: ['zwnj'] }, true);
    return true;
  } catch (error) {
    console.log(`Entity recognition failed: ${(error as Error).message}`);
    return false;
  }
}
const entities = !process.argv.includes('--no-entities') && entitiesAvailable();
// Since ab77460 the analyser runs the recognisers whenever a zwnj rule is on, whatever `entities` says, so that
// `dabir fix --rules zwnj` shields names: --no-entities no longer turns the shield off (it only drops entities from
// the output). Its figures before ab77460 (dev blind academy, 0.83 wrong/1000 against 0.64 with names shielded)
// show how much the recogniser matters.
console.log(entities ? 'Entity recognition on (names are shielded), as in `dabir fix`.' : 'Entities not requested; the zwnj rules still run the recognisers (names stay shielded).');

type Reference = 'ARMAN' | 'Academy';
/** --quick: only the academy style against the Academy reference (the figures the targets are stated in). */
const quick = process.argv.includes('--quick');
type Tool = { name: string; reference: Reference[]; run: (text: string) => string };

/** Each Dabir style is scored against the reference written in that style; virastar against both. */
const tools: Tool[] = [
  { name: 'Dabir (academy)', reference: ['Academy', 'ARMAN'], run: (text) => fixText(text, { rules: ['zwnj'], zwnjStyle: 'academy', syntax: 'plaintext', entities }, true) },
  { name: 'Dabir (common)', reference: ['ARMAN'], run: (text) => fixText(text, { rules: ['zwnj'], zwnjStyle: 'common', syntax: 'plaintext', entities }, true) },
  { name: 'virastar 0.22', reference: ['ARMAN', 'Academy'], run: (text) => virastar.cleanup(text).trim() },
];

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function evaluate(part: number | 'perspell', label: string, limit: number, errorCount: number, missCount: number): void {
  const sentences = part === 'perspell' ? perspellCorrect() : armanPart(part).map((tokens) => detokenize(tokens));
  const raw = sentences.filter((s) => s.length > 0).slice(0, limit);
  const references: Record<Reference, string[]> = { ARMAN: raw.map(withoutStrayZwnj), Academy: raw.map(academyReference) };
  const count = (sentences: string[]) => sentences.reduce((n, s) => n + s.split(ZWNJ).length - 1, 0);
  console.log(
    `\n${part === 'perspell' ? 'PerSpellData real-word, correct side' : `ARMAN part ${part}`} (${label}): ${raw.length} sentences; ZWNJs: ${count(raw)} as written, ` +
      `${count(references.ARMAN)} in the ARMAN reference (stray ones dropped), ${count(references.Academy)} in the Academy reference`,
  );
  if (process.argv.includes('--wrong')) listWrongEdits(references.Academy);
  console.log('| tool | reference | joined F1 | spaced F1 | clean: wrong edits / 1000 words | ms |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const tool of tools) {
    if (quick && tool.name !== 'Dabir (academy)') continue;
    for (const reference of tool.reference) {
      if (quick && reference !== 'Academy') continue;
      const joined = empty();
      const spaced = empty();
      const clean = empty();
      const errors: Record<string, string[]> = { joined: [], spaced: [], clean: [] };
      const misses = missCount > 0 && tool.name.startsWith('Dabir');
      const t0 = performance.now();
      for (const gold of references[reference]) {
        score(joined, gold, tool.run(gold.split(ZWNJ).join('')), errors.joined, misses);
        score(spaced, gold, tool.run(gold.split(ZWNJ).join(' ')), errors.spaced, misses);
        score(clean, gold, tool.run(gold), errors.clean, misses);
      }
      const ms = performance.now() - t0;
      const per1000 = (n: number) => ((1000 * n) / Math.max(1, clean.words)).toFixed(2);
      console.log(`| ${tool.name} | ${reference} | ${f1(joined.tp, joined.fp, joined.fn)} | ${f1(spaced.tp, spaced.fp, spaced.fn)} | ${per1000(clean.wrong)} | ${ms.toFixed(0)} |`);
      const kinds = Object.entries(clean.kinds).sort((a, b) => b[1] - a[1]);
      if (kinds.length > 0) console.log(`  wrong edits on clean text: ${kinds.map(([kind, n]) => `${kind} ${n}`).join('; ')} (of ${clean.words} words)`);
      const misaligned = joined.misaligned + spaced.misaligned + clean.misaligned;
      if (misaligned > 0) console.log(`  (${misaligned} outputs changed letters and were left out)`);
      if (errorCount > 0 && tool.name.startsWith('Dabir')) {
        for (const kind of ['joined', 'spaced', 'clean']) {
          console.error(`  ${tool.name} vs ${reference}, ${kind}: first ${errorCount} of ${errors[kind].length} sentences with a difference`);
          for (const line of errors[kind].slice(0, errorCount)) console.error(line);
        }
      }
      if (misses) {
        const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, missCount).map(([w, n]) => `${w} ×${n}`).join('\n    ');
        for (const [kind, score] of [['joined', joined], ['spaced', spaced], ['clean', clean]] as const) {
          console.error(`  ${tool.name} vs ${reference}, ${kind}: missed ZWNJs (reference ← output)\n    ${top(score.words_missed)}`);
          console.error(`  ${tool.name} vs ${reference}, ${kind}: other changed boundaries (reference ← output)\n    ${top(score.words_extra)}`);
        }
      }
    }
  }
}

const split = argument('--split', 'both');
const limit = Number(argument('--limit', '100000'));
const errorCount = Number(argument('--errors', '0'));
const missCount = Number(argument('--misses', '0'));
if (split === 'cross') evaluate(1, 'cross-check: frequencies from part 2, not tuned on', limit, errorCount, missCount);
if (split === 'perspell') evaluate('perspell', 'another corpus, not tuned on', limit, errorCount, missCount);
if (split === 'dev' || split === 'both') evaluate(DEV_PART, 'dev, tuned on', limit, errorCount, missCount);
if (split === 'held-back' || split === 'both') evaluate(HELD_BACK_PART, 'held back, never tuned on', limit, 0, 0);
