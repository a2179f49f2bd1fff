// spelling-unknown: a word that is neither in the Lilak lexicon (with every inflection it licenses) nor in the
// writer's dictionaries, with up to five suggestions ranked by how Persian writers slip (same-sound letters,
// dots, keyboard neighbours, vowel letters, a stray or missing space), how common each word is, and how well it
// fits its neighbours.
// Why: the Academy of Persian Language's دستور خط فارسی and فرهنگ املایی fix one spelling per word; a misspelt
// word is the error readers notice first.
// Left alone: names (entities linked to the knowledge base; the tagger's names and the corpus name list unless the
// word is one cheap slip from a common word), abbreviations, Latin, numbers, URLs and code
// (protected spans yield no tokens), the writer's dictionaries and `dabir-ignore` words, words whose only fault
// is a ZWNJ or a space (the ZWNJ rules report those), and unknown words with no known word within reach (names
// and loanwords far more often than slips). Suggestions are never safe: `dabir fix` applies the
// top one only when asked with `--rules spelling`.

import type { Finding, Fix, Localized } from '../types';
import { fill } from '../messages';
import { isKnownWord } from '../lexicon/index';
import { isAbbreviation, isZwnjMatter, lookupForm, wordStatus, type WordStatus } from '../spelling/acceptance';
import { wordFrequency } from '../lexicon/index';
import { nextWord, previousWord } from '../spelling/neighbours';
import { preferredSpelling } from '../spelling/confusions';
import { hasCommonNeighbour, suggest } from '../spelling/suggest';
import { finding, type ParagraphContext, type ParagraphRule } from './rule';
import type { Token } from '../text/tokens';
import { entitiesNear, linkedEntityNear } from '../nearbyEntities';

const MESSAGE: Localized = { fa: '«{word}» در واژه‌نامه نیست', en: '«{word}» is not in the dictionary' };
const MESSAGE_SPLIT: Localized = { fa: '«{word}» یک واژه است که از هم جدا شده', en: '«{word}» is one word split in two' };
const REPLACE: Localized = { fa: 'جایگزینی با «{suggestion}»', en: 'Replace with «{suggestion}»' };
const SUGGESTIONS = 5;

function filled(template: Localized, values: Record<string, string>): Localized {
  return { fa: fill(template, values, 'fa'), en: fill(template, values, 'en') };
}

function overlapsEntity(ctx: ParagraphContext, start: number, end: number): boolean {
  return entitiesNear(ctx, start, end).length > 0;
}

/** An entity linked to the knowledge base (it has an id) is certain; a tagger's guess is only likely. */
function overlapsLinkedEntity(ctx: ParagraphContext, start: number, end: number): boolean {
  return linkedEntityNear(ctx, start, end);
}

/**
 * A likely name or coinage is still flagged when it is one cheap slip (same sound, dots, a neighbouring key, a
 * vowel or doubled letter) from a word the corpora use often: «آین» tagged as an organisation is «این», and «همرمان»
 * is «همزمان», not هم + رمان. On held-back news text this caught the typos the tagger took for names while leaving
 * real names alone (their nearest words are rare).
 */
const SLIP_COST = 0.75;
const COMMON_WORD = 20;

function isSlipOfCommonWord(suggestion: { text: string; cost: number } | undefined): boolean {
  return suggestion !== undefined && suggestion.cost <= SLIP_COST && !suggestion.text.includes(' ') && wordFrequency(suggestion.text) >= COMMON_WORD;
}

/** Two common words run together («حاکیاز»): no name the tagger could find, so it is not asked. */
function isMergeOfCommonWords(suggestion: { text: string; cost: number } | undefined): boolean {
  return suggestion !== undefined && suggestion.cost <= SLIP_COST && suggestion.text.split(' ').length === 2 && suggestion.text.split(' ').every((word) => wordFrequency(word) >= COMMON_WORD);
}

/**
 * Words the lexicon does not know, crowded together (an Arabic quotation, a list of foreign names), are another
 * language more often than slips: a writer's slips are one in many words. Such a word is treated like a likely
 * name. Only the words of the same phrase count (just spaces between).
 */
const FOREIGN_REACH = 3;
const FOREIGN_NEIGHBOURS = 2;

function inForeignRun(ctx: ParagraphContext, k: number): boolean {
  const { text, tokens } = ctx;
  let unknown = 0;
  for (let step = -1; step <= 1; step += 2) {
    for (let j = k, d = 0; d < FOREIGN_REACH; d++) {
      const neighbour = step < 0 ? previousWord(text, tokens, j) : nextWord(text, tokens, j);
      if (!neighbour) break;
      j += step;
      const form = lookupForm(neighbour.text);
      if (form.length >= 2 && !/^[\d۰-۹]+$/.test(form) && wordStatus(form) === 'unknown') unknown++;
    }
  }
  return unknown >= FOREIGN_NEIGHBOURS;
}

function replaceWith(ctx: ParagraphContext, start: number, end: number, suggestion: string): Fix {
  return {
    title: fill(REPLACE, { suggestion }, ctx.options.locale),
    edits: [{ start, end, newText: suggestion }],
    safe: false,
  };
}

/** The span of a token without the ZWNJs at its edges, which belong to the ZWNJ rules. */
function coreSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) === 0x200c) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x200c) end--;
  return [start, end];
}

/**
 * The checks and the finding for a word the lexicon does not know (`status` plausible or unknown): few words of a
 * text get this far. Returns the index of the last token it read (the next one too when it mends a split word).
 */
function checkUnknownWord(ctx: ParagraphContext, k: number, form: string, status: WordStatus, findings: Finding[]): number {
  const { text, tokens, options } = ctx;
  const token = tokens[k];
  const previous = previousWord(text, tokens, k);
  const next = nextWord(text, tokens, k);
  const previousForm = previous && lookupForm(previous.text);
  const nextForm = next && lookupForm(next.text);
  if (isZwnjMatter(form, previousForm, nextForm)) return k;
  // Entities are asked about last, and only for the words that get this far: finding them costs more than the
  // lexicon's tests (see spelling/nearbyEntities.ts). A name linked to the knowledge base is never flagged.
  const linked = () => overlapsLinkedEntity(ctx, token.start, token.end);

  // A word broken by a stray space («اس تفاده»): one finding over both halves, mending it. Not when the joined
  // word is one the corpora never wrote and the word alone is a slip of a common one: «گشایش انی» is «گشایش
  // این», not the rare «گشایشانی».
  const mends = (whole: string) =>
    wordFrequency(whole) > 0 || !isSlipOfCommonWord(suggest(form, { previous: previousForm, next: nextForm }, SUGGESTIONS)[0]);
  const mendSplit = (first: Token, last: Token, whole: string) => {
    const [start] = coreSpan(text, first.start, first.end);
    const [, end] = coreSpan(text, last.start, last.end);
    findings.push(finding(spellingUnknown, start, end, filled(MESSAGE_SPLIT, { word: whole }), options, [replaceWith(ctx, start, end, whole)]));
  };
  if (next && nextForm && isKnownWord(form + nextForm) && mends(form + nextForm) && !overlapsEntity(ctx, next.start, next.end)) {
    if (linked()) return k;
    mendSplit(token, next, form + nextForm);
    return k + 1;
  }
  if (previous && previousForm && isKnownWord(previousForm + form) && mends(previousForm + form) && !overlapsEntity(ctx, previous.start, previous.end)) {
    if (linked()) return k;
    mendSplit(previous, token, previousForm + form);
    return k;
  }

  const [start, end] = coreSpan(text, token.start, token.end);
  // A misspelling PerSpellData's writers were corrected away from comes with its correction first.
  const learnt = preferredSpelling(form);
  // A corpus name or a productive derivation: the cheap test first.
  if (status === 'plausible' && (learnt || !hasCommonNeighbour(form, SLIP_COST, COMMON_WORD))) return k;
  const scored = suggest(form, { previous: previousForm, next: nextForm }, SUGGESTIONS);
  const ranked = scored.map((s) => s.text);
  const suggestions = learnt ? [learnt, ...ranked.filter((s) => s !== learnt)].slice(0, SUGGESTIONS) : ranked;
  // Nothing in the lexicon is within reach: a name, a loanword or a term far more often than a slip (on the
  // held-back news text every injected typo had a candidate, a third of unknown correct words had none).
  if (suggestions.length === 0 || linked()) return k;
  // A likely name (a corpus name, a coinage, a word the tagger calls a name) is flagged only as a slip of a
  // common word; spelling-context reports one with a learnt correction. So the tagger is asked only when that
  // test fails.
  const slip = !learnt && isSlipOfCommonWord(scored[0]);
  if (!slip && (status === 'plausible' || inForeignRun(ctx, k))) return k;
  if (!slip && !isMergeOfCommonWords(scored[0]) && overlapsEntity(ctx, token.start, token.end)) return k;
  const word = text.slice(start, end);
  findings.push(
    finding(
      spellingUnknown,
      start,
      end,
      filled(MESSAGE, { word }),
      options,
      suggestions.map((s) => replaceWith(ctx, start, end, s)),
    ),
  );
  return k;
}

export const spellingUnknown: ParagraphRule = {
  id: 'spelling-unknown',
  family: 'spelling',
  scope: 'paragraph',
  title: { fa: 'واژهٔ ناشناخته', en: 'Unknown word' },
  why: {
    fa: 'دستور خط فارسی و فرهنگ املایی فرهنگستان برای هر واژه یک املا تعیین می‌کنند؛ غلط املایی نخستین خطایی است که خواننده می‌بیند.',
    en: "The Academy of Persian Language's دستور خط فارسی and its spelling dictionary fix one spelling per word; a misspelt word is the error readers notice first.",
  },
  examples: [
    { before: 'قرارداد صلخ', after: 'قرارداد صلح' },
    { before: 'اس تفاده', after: 'استفاده' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, tokens, options } = ctx;
    const findings: Finding[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      if (isAbbreviation(text, token.start, token.end)) continue;
      const form = lookupForm(token.text);
      if (form.length < 2 || options.words.has(token.text) || options.words.has(form)) continue;
      const status = wordStatus(form);
      if (status === 'known') continue;
      // The rest is asked only of the few words the lexicon does not know, in a function of its own so that the
      // loop over every word allocates nothing.
      k = checkUnknownWord(ctx, k, form, status, findings);
    }
    return findings;
  },
};
