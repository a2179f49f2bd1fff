// `npm run eval:spell`: how well the spelling rules find and correct errors, beside Lilak in nspell (what VS Code
// spell checkers use for Persian), on the same data in the same run.
//   (a) synthetic non-words: one realistic typo (spell-typos.ts) injected with a fixed seed into each of the ARMAN
//       sentences held back from every table (spell-corpus.ts), three variants per sentence; the "tune" half is
//       what weights were chosen on, the "test" half is reported as held out;
//   (b) PerSpellData's real-word subset, dev half only (the train half teaches spelling-context);
//   (c) false flags per 1,000 words of the clean held-back sentences, each half on its own (only the tune
//       half's flagged words are listed, to look at).
// Detection F1 counts a gold error found when a finding overlaps it, and a finding false when it overlaps none.
// Top-1/top-5: of the errors found, those whose first (any of the first five) fix gives back the correct text.
// nspell's suggestions are slow (about a second each), so they are measured on a sample, which the table says.
// `--speed` times checking 1 MB of typo-laden corpus text with suggestions, Dabir beside nspell (nspell on a slice,
// scaled up linearly, as the output says).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAnalyzer } from '../src/analysis/analyze';
import { applyEdits } from '../src/analysis/fix';
import { isKnownWord, zwnjForms } from '../src/analysis/lexicon/index';
import { tokenize } from '../src/analysis/text/tokens';
import { protectedSpans, proseSegments } from '../src/analysis/text/prose';
import type { Finding, TextEdit } from '../src/analysis/types';
import { installNodeDataLoader } from '../src/host/nodeData';
import {
  armanHeldBackSentences,
  armanTrainingSentences,
  normalizeLetters,
  peymaTrainSentences,
  realWordPairs,
  seededRandom,
  type SentencePair,
} from './spell-corpus';
import { alignErrors, type GoldError } from './spell-align';
import { injectTypo, render, type InjectedTypo } from './spell-typos';

installNodeDataLoader();

interface Speller {
  name: string;
  /** Findings over a text: spans, and the edits of each suggestion, best first. */
  check(text: string, withSuggestions: boolean): { start: number; end: number; rule?: string; suggestions: TextEdit[][] }[];
}

// ---- the two spellers ----------------------------------------------------------------------------------------

function dabirSpeller(): Speller {
  const analyzer = createAnalyzer({ rules: ['spelling'], entities: false });
  return {
    name: 'Dabir',
    check(text) {
      return analyzer.analyze(text).findings.map((f: Finding) => ({
        start: f.start,
        end: f.end,
        rule: f.rule,
        suggestions: f.fixes.map((fix) => fix.edits),
      }));
    },
  };
}

interface Nspell {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

function loadNspell(): Nspell {
  const require = createRequire(import.meta.url);
  const nspell = require('nspell') as (dictionary: { aff: Buffer; dic: Buffer }) => Nspell;
  return nspell({ aff: readFileSync('node_modules/dictionary-fa/index.aff'), dic: readFileSync('node_modules/dictionary-fa/index.dic') });
}

/** Lilak in nspell, over the same Persian tokens Dabir reads; one-letter tokens are skipped for both. */
function nspellSpeller(spell: Nspell): Speller {
  return {
    name: 'Lilak+nspell',
    check(text, withSuggestions) {
      const tokens = tokenize(text, proseSegments(text.length, protectedSpans(text)));
      return tokens
        .filter((t) => t.text.length > 1 && !spell.correct(t.text))
        .map((t) => ({ start: t.start, end: t.end, suggestions: withSuggestions ? spell.suggest(t.text).slice(0, 5).map((s) => [{ start: t.start, end: t.end, newText: s }]) : [] }));
    },
  };
}

// ---- scoring ---------------------------------------------------------------------------------------------------

interface Tally {
  gold: number;
  found: number;
  flags: number;
  trueFlags: number;
  suggested: number;
  top1: number;
  top5: number;
  /** With `--misses`: the found errors whose first suggestion was not the correction (tune half only). */
  misses?: string[];
}

const emptyTally = (): Tally => ({ gold: 0, found: 0, flags: 0, trueFlags: 0, suggested: 0, top1: 0, top5: 0 });

/** The word of the corrected text at `start` (to show what a missed suggestion should have been). */
function wordAt(text: string, start: number): string {
  const end = text.slice(start).search(/[\s.،؛:!؟»)]/);
  return text.slice(start, end < 0 ? undefined : start + end);
}

/** Scores one text; `suggestFor` says whether this text's suggestions count (nspell's are sampled). */
function score(speller: Speller, text: string, gold: Pick<GoldError, 'start' | 'end' | 'corrected'>[], tally: Tally, withSuggestions: boolean): void {
  const flags = speller.check(text, withSuggestions);
  tally.gold += gold.length;
  tally.flags += flags.length;
  for (const flag of flags) if (gold.some((g) => flag.start < g.end && flag.end > g.start)) tally.trueFlags++;
  for (const g of gold) {
    const hits = flags.filter((flag) => flag.start < g.end && flag.end > g.start);
    if (hits.length === 0) continue;
    tally.found++;
    if (!withSuggestions) continue;
    tally.suggested++;
    const outcomes = hits[0].suggestions.map((edits) => applyEdits(text, edits));
    if (outcomes[0] === g.corrected) tally.top1++;
    else if (tally.misses) tally.misses.push(`${text.slice(g.start, g.end)} → ${hits[0].suggestions.slice(0, 3).map((edits) => edits.map((e) => e.newText).join('+')).join('، ') || '(none)'} [want ${wordAt(g.corrected, g.start)}]`);
    if (outcomes.slice(0, 5).includes(g.corrected)) tally.top5++;
  }
}

function row(name: string, t: Tally, words: number, falseFlagsOnClean: number, note = ''): string {
  const p = t.flags ? t.trueFlags / t.flags : 0;
  const r = t.gold ? t.found / t.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const per1000 = words ? (1000 * falseFlagsOnClean) / words : NaN;
  const fmt = (x: number) => x.toFixed(3);
  return `| ${name} | ${t.gold} | ${fmt(p)} | ${fmt(r)} | **${fmt(f1)}** | ${t.suggested ? fmt(t.top1 / t.suggested) : '—'} | ${t.suggested ? fmt(t.top5 / t.suggested) : '—'} | ${Number.isNaN(per1000) ? '—' : per1000.toFixed(1)} | ${note} |`;
}

const HEADER = '| speller | errors | precision | recall | F1 | top-1 | top-5 | false flags /1000 clean words | note |\n|---|---|---|---|---|---|---|---|---|';

// ---- (a) synthetic non-words -------------------------------------------------------------------------------------

const TYPO_SEED = 1404;
const VARIANTS = 3;

function syntheticSet(nspell: Nspell): { tune: InjectedTypo[]; test: InjectedTypo[]; cleanTune: string[]; cleanTest: string[] } {
  const random = seededRandom(TYPO_SEED);
  const judge = {
    isEligibleWord: (word: string) => isKnownWord(word),
    isNonWordTypo: (text: string) => {
      const parts = text.split(' ');
      if (parts.every((p) => isKnownWord(p) || nspell.correct(p))) return false;
      if (parts.some((p) => (isKnownWord(p) || nspell.correct(p)) === false && p.length < 2)) return false;
      return zwnjForms(text).length === 0;
    },
  };
  const tune: InjectedTypo[] = [];
  const test: InjectedTypo[] = [];
  const cleanTune: string[] = [];
  const cleanTest: string[] = [];
  armanHeldBackSentences().forEach((sentence, index) => {
    (index % 2 === 0 ? cleanTune : cleanTest).push(render(sentence.map((t) => t.text)).text);
    for (let v = 0; v < VARIANTS; v++) {
      const typo = injectTypo(sentence, random, judge);
      if (typo) (index % 2 === 0 ? tune : test).push(typo);
    }
  });
  return { tune, test, cleanTune, cleanTest };
}

function evaluateSynthetic(speller: Speller, typos: InjectedTypo[], suggestEvery: number, listMisses = false): Tally {
  const tally = emptyTally();
  if (listMisses) tally.misses = [];
  typos.forEach((typo, k) =>
    score(speller, typo.wrong, [{ start: typo.start, end: typo.end, corrected: typo.correct }], tally, k % suggestEvery === 0),
  );
  return tally;
}

interface CleanFlags {
  flags: number;
  words: number;
  byRule: Map<string, number>;
  /** Flags whose first suggestion only writes ئی as یی or hamza another way: the Academy's spelling, not a slip. */
  olderSpelling: number;
  /** Flags whose first suggestion puts back a space between two words run together. */
  merged: number;
  examples: string[];
}

function falseFlagsOnClean(speller: Speller, sentences: string[]): CleanFlags {
  const out: CleanFlags = { flags: 0, words: 0, byRule: new Map(), olderSpelling: 0, merged: 0, examples: [] };
  for (const text of sentences) {
    out.words += tokenize(text).length;
    for (const flag of speller.check(text, true)) {
      out.flags++;
      out.byRule.set(flag.rule ?? '', (out.byRule.get(flag.rule ?? '') ?? 0) + 1);
      const word = text.slice(flag.start, flag.end);
      const first = flag.suggestions[0]?.[0]?.newText ?? '';
      if (first && first.replace(/ی/g, 'ئ').replace(/ا/g, 'أ') === word.replace(/ی/g, 'ئ').replace(/ا/g, 'أ')) out.olderSpelling++;
      else if (first.includes(' ') && first.replace(/ /g, '') === word) out.merged++;
      out.examples.push(`${word}${first ? '→' + first : ''}${flag.rule && flag.rule !== 'spelling-unknown' ? ' (' + flag.rule + ')' : ''}`);
    }
  }
  return out;
}

// ---- (b) real-word subset, dev half ----------------------------------------------------------------------------

const withoutSpaces = (text: string) => text.replace(/[\s\u200C]/g, '');

function evaluateRealWord(speller: Speller, pairs: SentencePair[], suggestEvery: number): { all: Tally; clean: Tally; zwnjOnly: number } {
  const all = emptyTally();
  const clean = emptyTally();
  let zwnjOnly = 0;
  pairs.forEach((pair, k) => {
    const text = render(pair.wrong.split(/\s+/).filter(Boolean)).text;
    const errors = alignErrors(pair).filter((e) => {
      const keep = withoutSpaces(e.wrong) !== withoutSpaces(e.correct);
      if (!keep) zwnjOnly++;
      return keep;
    });
    const withSuggestions = k % suggestEvery === 0;
    score(speller, text, errors, all, withSuggestions);
    // "Clean": the corrected words are words Lilak knows (the subset's correct side has some corrupted words).
    const cleanErrors = errors.filter((e) => {
      return e.correct.split(/\s+/).every((w) => !w || isKnownWord(w));
    });
    if (cleanErrors.length === errors.length) score(speller, text, cleanErrors, clean, withSuggestions);
  });
  return { all, clean, zwnjOnly };
}

// ---- speed -------------------------------------------------------------------------------------------------------

function speed(nspell: Nspell): void {
  const random = seededRandom(7);
  const judge = { isEligibleWord: () => true, isNonWordTypo: () => true };
  const paragraphs: string[] = [];
  let size = 0;
  let current: string[] = [];
  for (const sentence of [...armanTrainingSentences(), ...peymaTrainSentences()]) {
    const typo = random() < 0.5 ? injectTypo(sentence, random, judge) : undefined;
    current.push(typo ? typo.wrong : render(sentence.map((t) => t.text)).text);
    if (current.length === 5) {
      paragraphs.push(current.join(' '));
      size += Buffer.byteLength(paragraphs[paragraphs.length - 1], 'utf8') + 2;
      current = [];
    }
    if (size >= 1_048_576) break;
  }
  const text = normalizeLetters(paragraphs.join('\n\n'));
  const bytes = Buffer.byteLength(text, 'utf8');
  // CPU time, not wall time: the machine is shared, and a busy neighbour should not count against either speller.
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const dabir = dabirSpeller();
  let t0 = process.cpuUsage();
  const dabirFlags = dabir.check(text, true).length;
  const dabirMs = cpuMs(t0);
  // The same pipeline with a trivial rule instead of spelling (paragraphs, protected spans, tokens), to tell spelling's
  // own share; spelling asks the entity recognisers only about windows around the words the lexicon does not know.
  const base = createAnalyzer({ rules: ['characters-kashida'], entities: false });
  t0 = process.cpuUsage();
  base.analyze(text);
  const baseMs = cpuMs(t0);
  const slice = text.slice(0, Math.floor(text.length / 40));
  const ns = nspellSpeller(nspell);
  t0 = process.cpuUsage();
  const nspellFlags = ns.check(slice, true).length;
  const nspellSliceMs = cpuMs(t0);
  const nspellMs = nspellSliceMs * (text.length / slice.length);
  console.log(`\n## Speed (CPU time): ${(bytes / 1e6).toFixed(2)} MB (UTF-8) of ARMAN/PEYMA text with typos, with suggestions`);
  console.log(`Dabir: ${(dabirMs / 1000).toFixed(2)} s (${dabirFlags} findings), including loading the lexicon and tables`);
  console.log(`  of which paragraphs, protected spans and tokens (the pipeline with a trivial rule): ${(baseMs / 1000).toFixed(2)} s`);
  console.log(`Lilak+nspell: ${(nspellSliceMs / 1000).toFixed(2)} s on 1/40 of it (${nspellFlags} flags) → ~${(nspellMs / 1000).toFixed(0)} s for all (linear estimate)`);
  console.log(`Dabir takes 1/${(nspellMs / dabirMs).toFixed(0)} of nspell's time`);
}

// ---- main --------------------------------------------------------------------------------------------------------

function main(): void {
  const args = new Set(process.argv.slice(2));
  let t0 = performance.now();
  const spell = loadNspell();
  console.log(`nspell loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (args.has('--speed')) {
    speed(spell);
    return;
  }
  const dabir = dabirSpeller();
  const ns = nspellSpeller(spell);
  const NSPELL_SUGGEST_EVERY = args.has('--full') ? 1 : 6;
  const { tune, test, cleanTune, cleanTest } = syntheticSet(spell);

  console.log(`\n## (a) Synthetic non-word typos in held-back ARMAN sentences (seed ${TYPO_SEED})`);
  console.log('False flags are counted on the clean sentences of the same half; only the tune half\'s are listed below.');
  console.log(HEADER);
  const cleanOf = { tune: cleanTune, test: cleanTest };
  let tuneFlags: CleanFlags | undefined;
  for (const [name, set, half] of [['tune', tune, 'tune'], ['test (held out)', test, 'test']] as const) {
    t0 = performance.now();
    const cleanDabir = falseFlagsOnClean(dabir, cleanOf[half]);
    if (half === 'tune') tuneFlags = cleanDabir;
    const tally = evaluateSynthetic(dabir, set, 1, half === 'tune' && args.has('--misses'));
    console.log(row(`Dabir, ${name}`, tally, cleanDabir.words, cleanDabir.flags));
    if (tally.misses) console.error(`top-1 misses (tune):\n${tally.misses.join('\n')}`);
    const dabirMs = performance.now() - t0;
    t0 = performance.now();
    if (args.has('--no-nspell')) continue;
    const cleanNspell = falseFlagsOnClean({ ...ns, check: (text) => ns.check(text, false) }, cleanOf[half]);
    const nsTally = evaluateSynthetic(ns, set, NSPELL_SUGGEST_EVERY);
    console.log(row(`Lilak+nspell, ${name}`, nsTally, cleanNspell.words, cleanNspell.flags, NSPELL_SUGGEST_EVERY > 1 ? `suggestions on every ${NSPELL_SUGGEST_EVERY}th sentence` : ''));
    console.error(`  (${name}: Dabir ${(dabirMs / 1000).toFixed(1)} s, nspell ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const flags = tuneFlags!;
  const per1000 = (n: number) => ((1000 * n) / flags.words).toFixed(1);
  console.log(`\nFlags on ${flags.words} words of the clean tune-half sentences, Dabir: ${flags.flags} (${per1000(flags.flags)}/1000): ` +
    [...flags.byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') +
    `; of them ${flags.olderSpelling} older ئی/hamza spellings the Academy writes otherwise, ${flags.merged} words run together; ` +
    `without those ${per1000(flags.flags - flags.olderSpelling - flags.merged)}/1000.`);
  console.log(flags.examples.join('، '));

  const { dev } = realWordPairs();
  console.log(`\n## (b) PerSpellData real-word subset, dev half (${dev.length} sentence pairs)`);
  console.log(HEADER);
  const d = evaluateRealWord(dabir, dev, 1);
  const n = evaluateRealWord(args.has('--no-nspell') ? { name: '', check: () => [] } : ns, dev, NSPELL_SUGGEST_EVERY);
  console.log(row('Dabir, all pairs', d.all, 0, 0));
  const withNspell = !args.has('--no-nspell');
  if (withNspell) console.log(row('Lilak+nspell, all pairs', n.all, 0, 0, NSPELL_SUGGEST_EVERY > 1 ? `suggestions on every ${NSPELL_SUGGEST_EVERY}th sentence` : ''));
  console.log(row('Dabir, sentences whose corrections Lilak knows', d.clean, 0, 0));
  if (withNspell) console.log(row('Lilak+nspell, same sentences', n.clean, 0, 0));
  console.log(`(${d.zwnjOnly} errors that only a ZWNJ or space separates from the correction are the ZWNJ rules' and are left out.)`);
}

main();
