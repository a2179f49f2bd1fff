// zwnj-inconsistent: one word written two or more ways in a document (کتابها ×3، کتاب‌ها ×2، کتاب ها ×1).
// Why: دستور خط فارسی fixes one spelling per word; a document that changes its mind looks careless and defeats
// search. Where the lexicon and the Academy's guide choose (Academy style), that form wins; in the common style,
// where the guide allows both joined and ZWNJ forms, the form the document uses most wins.
// Data: per-paragraph summaries of the words whose letters have a ZWNJ spelling (cached with the paragraph),
// combined per document, so an edit never rescans the whole text.
// Fix: one quick fix per occurrence that rewrites every differing occurrence to the chosen form; it is not safe
// on its own (the zwnj-missing and zwnj-misplaced fixes already apply the certain cases).

import type { AnalyzeOptions, Finding, Localized, RelatedLocation, TextEdit } from '../types';
import { fill } from '../messages';
import { normalizeWord, stripZwnj } from '../lexicon/normalize';
import { rankSpellings } from '../lexicon/style';
import { spellingsOf, visibleSpelling } from '../lexicon/zwnj';
import { zwnjEdits } from '../lexicon/zwnjEdits';
import { isInlineSpace } from '../text/script';
import { type DocumentRule, type ParagraphContext, type SummaryPart } from './rule';
import { isWritersWord, keepsSpelling, tokenCore } from './zwnj-missing';
import { pairAt } from './zwnjPairs';
import { entitiesLater, type LaterEntities } from '../nearbyEntities';

const MESSAGE: Localized = {
  fa: '«{written}» در این نوشته به شکل «{form}» هم آمده است؛ یک‌دست بنویسید',
  en: '«{written}» is also written «{form}» in this document; write it one way',
};
const RELATED: Localized = { fa: 'این‌جا: «{written}»', en: 'Here: «{written}»' };
const FIX: Localized = { fa: 'نوشتن «{form}» در همهٔ نوشته', en: 'Write «{form}» throughout the document' };
const MAX_RELATED = 8;

/** One occurrence: the word's letters, how it is written (ZWNJ, space or joined), and where (paragraph offsets). */
export interface Occurrence {
  key: string;
  written: string;
  start: number;
  end: number;
  /** The text as it stands in the document, for edits. */
  raw: string;
  /** Whether a name that keeps its spelling covers it; asked only for the words the document writes two ways. */
  named?: boolean;
}

/** A paragraph's occurrences, and how to ask which of them are names. */
export interface ParagraphOccurrences {
  occurrences: Occurrence[];
  entities: LaterEntities;
}

function hasZwnjSpelling(key: string): boolean {
  return spellingsOf(key).some((s) => s.form.indexOf('\u200C') >= 0);
}

function onlyInlineSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isInlineSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The words of a paragraph that have a ZWNJ spelling, as written. Whether each lies in a name is left for combine
 * to ask, for the few the document writes two ways: asked here, the names of every paragraph would be recognised
 * (the recognisers cost more than all the rules). A pair typed apart inside a name is left out with both its words.
 */
function summarize(ctx: ParagraphContext): ParagraphOccurrences {
  const { text, tokens } = ctx;
  const out: Occurrence[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const core = tokenCore(text, tokens[k]);
    if (core.end - core.start < 2 || isWritersWord(ctx, core.start, core.end)) continue;
    const next = tokens[k + 1];
    if (next && next.start > tokens[k].end && onlyInlineSpaces(text, tokens[k].end, next.start)) {
      const pair = pairAt(ctx, k);
      if (pair && !isWritersWord(ctx, tokens[k].start, next.end)) {
        const pairRaw = text.slice(tokens[k].start, next.end);
        out.push({ key: stripZwnj(pair.form), written: normalizeWord(tokens[k].text) + ' ' + normalizeWord(next.text), start: tokens[k].start, end: next.end, raw: pairRaw });
        k++;
        continue;
      }
    }
    const raw = text.slice(core.start, core.end);
    const written = normalizeWord(raw);
    const key = stripZwnj(written);
    if (written.indexOf('\u200C') >= 0 || hasZwnjSpelling(key)) out.push({ key, written: visibleSpelling(written), start: core.start, end: core.end, raw });
  }
  return { occurrences: out, entities: entitiesLater(ctx) };
}

function isNamed(occurrence: Occurrence, part: SummaryPart<ParagraphOccurrences>): boolean {
  return (occurrence.named ??= keepsSpelling(part.summary.entities(occurrence.start, occurrence.end)));
}

/** The spelling a document should settle on: the style's best licensed form, else its most used form. */
function chosenForm(key: string, uses: Map<string, number>, options: AnalyzeOptions): string {
  const accepted = rankSpellings(spellingsOf(key), options.zwnjStyle).map((s) => visibleSpelling(s.form));
  if (options.zwnjStyle === 'academy' && accepted.length > 0) return accepted[0];
  let best = accepted[0] ?? '';
  let bestUses = -1;
  for (const [written, count] of uses) {
    if ((accepted.length === 0 || accepted.includes(written)) && count > bestUses) {
      best = written;
      bestUses = count;
    }
  }
  return best;
}

/**
 * The keys the document writes in more than one way, names counted (they are left out afterwards). Runs on every edit over every occurrence of a long document,
 * where nearly every word is written one way throughout: one string compared per occurrence, and a list kept only
 * for the few keys that turn out mixed.
 */
function mixedKeys(parts: readonly SummaryPart<ParagraphOccurrences>[]): Set<string> {
  const firstForm = new Map<string, string>();
  const mixed = new Set<string>();
  for (const part of parts) {
    for (const { key, written } of part.summary.occurrences) {
      const first = firstForm.get(key);
      if (first === undefined) firstForm.set(key, written);
      else if (first !== written) mixed.add(key);
    }
  }
  return mixed;
}

function combine(parts: readonly SummaryPart<ParagraphOccurrences>[], options: AnalyzeOptions): Finding[] {
  const mixed = mixedKeys(parts);
  if (mixed.size === 0) return [];
  const byKey = new Map<string, { occurrence: Occurrence; offset: number }[]>();
  for (const part of parts) {
    for (const occurrence of part.summary.occurrences) {
      if (!mixed.has(occurrence.key) || isNamed(occurrence, part)) continue;
      const list = byKey.get(occurrence.key);
      if (list) list.push({ occurrence, offset: part.offset });
      else byKey.set(occurrence.key, [{ occurrence, offset: part.offset }]);
    }
  }
  const findings: Finding[] = [];
  for (const [key, list] of byKey) {
    const uses = new Map<string, number>();
    for (const { occurrence } of list) uses.set(occurrence.written, (uses.get(occurrence.written) ?? 0) + 1);
    if (uses.size < 2) continue;
    const form = chosenForm(key, uses, options);
    if (!form) continue;
    const differing = list.filter(({ occurrence }) => occurrence.written !== form);
    const edits: TextEdit[] = [];
    for (const { occurrence, offset } of differing) {
      const local = zwnjEdits(occurrence.raw, 0, occurrence.raw.length, form);
      if (local) for (const e of local) edits.push({ start: e.start + offset + occurrence.start, end: e.end + offset + occurrence.start, newText: e.newText });
    }
    if (edits.length === 0) continue;
    const fix = { title: fill(FIX, { form }, options.locale), edits, safe: false };
    for (const { occurrence, offset } of differing) {
      const start = offset + occurrence.start;
      const related: RelatedLocation[] = list
        .filter((other) => other.occurrence !== occurrence && other.occurrence.written !== occurrence.written)
        .slice(0, MAX_RELATED)
        .map((other) => ({
          start: other.offset + other.occurrence.start,
          end: other.offset + other.occurrence.end,
          message: fill(RELATED, { written: other.occurrence.raw }, options.locale),
        }));
      findings.push({
        rule: zwnjInconsistent.id,
        family: zwnjInconsistent.family,
        start,
        end: offset + occurrence.end,
        message: fill(MESSAGE, { written: occurrence.raw, form }, options.locale),
        severity: zwnjInconsistent.defaultSeverity,
        fixes: [fix],
        related,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const zwnjInconsistent: DocumentRule<ParagraphOccurrences> = {
  id: 'zwnj-inconsistent',
  family: 'zwnj',
  scope: 'document',
  title: { fa: 'یک واژه به چند شکل', en: 'One word written several ways' },
  why: {
    fa: 'دستور خط فارسی برای هر واژه یک املا تعیین می‌کند؛ نوشته‌ای که یک واژه را گاه سرهم، گاه با نیم‌فاصله و گاه با فاصله می‌نویسد ناهمخوان است و جست‌وجو را هم خراب می‌کند.',
    en: 'دستور خط فارسی fixes one spelling per word; a document that writes a word joined in one place and with a ZWNJ or a space in another is inconsistent, and search misses half of it.',
  },
  examples: [{ before: 'کتابها … کتاب‌ها', after: 'کتاب‌ها … کتاب‌ها' }],
  defaultSeverity: 'information',
  summarize,
  combine,
};
