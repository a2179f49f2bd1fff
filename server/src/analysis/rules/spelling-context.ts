// spelling-context: a real word in the wrong place — a spelling writers are corrected away from («اطاق» for
// «اتاق»، «بیافتد» for «بیفتد»، «ذغال» for «زغال»), or one of two words that sound alike where its neighbours
// expect the other («جذر» for «جزر» in «جزر و مد»).
// Why: the Academy of Persian Language's دستور خط فارسی and فرهنگ املایی settle one spelling for such words, and a
// homophone in the wrong place is a misspelling no dictionary catches. The confusions are learnt from PerSpellData
// (real-word subset, train half) and kept only where news text agrees; the neighbours are judged with corpus
// bigram counts. Reported as information, never fixed without asking: a real word can be meant.

import type { Finding, Localized } from '../types';
import { fill } from '../messages';
import { isAbbreviation, isAcceptedWord, lookupForm } from '../spelling/acceptance';
import { confusedWith, preferredSpelling } from '../spelling/confusions';
import { isKnownWord } from '../lexicon/index';
import { nextWord, previousWord } from '../spelling/neighbours';
import { contextScore } from '../spelling/suggest';
import { finding, type ParagraphContext, type ParagraphRule } from './rule';
import { entitiesNear } from '../nearbyEntities';

const PREFERRED: Localized = { fa: '«{word}» را «{suggestion}» بنویسید', en: 'Write «{word}» as «{suggestion}»' };
const CONFUSED: Localized = {
  fa: 'شاید «{suggestion}» درست باشد: «{word}» در این‌جا نامعمول است',
  en: 'Did you mean «{suggestion}»? «{word}» is unusual here',
};
const REPLACE: Localized = { fa: 'جایگزینی با «{suggestion}»', en: 'Replace with «{suggestion}»' };

/** How much likelier (in natural log) the other word must be between these neighbours before we speak up. */
const CONTEXT_MARGIN = 2;

function filled(template: Localized, values: Record<string, string>): Localized {
  return { fa: fill(template, values, 'fa'), en: fill(template, values, 'en') };
}

/** The checks and the finding for a word that has a learnt correction (`preferred`) or a confusable twin (`other`). */
function checkWord(ctx: ParagraphContext, k: number, form: string, preferred: string | undefined, other: string | undefined, findings: Finding[]): void {
  const { text, tokens, options } = ctx;
  const token = tokens[k];
  if (entitiesNear(ctx, token.start, token.end).length > 0) return;
  if (isAbbreviation(text, token.start, token.end) || options.words.has(token.text) || options.words.has(form)) return;
  // Unknown words are spelling-unknown's (its first suggestion is the learnt correction); names and the
  // lexicon's words are this rule's.
  if (!isAcceptedWord(form, options.words)) return;
  const start = token.start + token.text.indexOf(form[0]);
  const end = start + form.length;
  if (text.slice(start, end) !== form) return; // marks or Arabic letters inside: other rules speak first
  const fixWith = (suggestion: string, message: Localized) =>
    findings.push(
      finding(spellingContext, start, end, filled(message, { word: form, suggestion }), options, [
        { title: fill(REPLACE, { suggestion }, options.locale), edits: [{ start, end, newText: suggestion }], safe: false },
      ]),
    );
  if (preferred) {
    fixWith(preferred, PREFERRED);
    return;
  }
  if (!other || !isKnownWord(form)) return;
  const neighbours = { previous: previousWord(text, tokens, k)?.text, next: nextWord(text, tokens, k)?.text };
  if (!neighbours.previous && !neighbours.next) return;
  if (contextScore(other, neighbours) - contextScore(form, neighbours) > CONTEXT_MARGIN) fixWith(other, CONFUSED);
}

export const spellingContext: ParagraphRule = {
  id: 'spelling-context',
  family: 'spelling',
  scope: 'paragraph',
  title: { fa: 'واژهٔ درست در جای نادرست', en: 'A real word in the wrong place' },
  why: {
    fa: 'دستور خط فارسی و فرهنگ املایی فرهنگستان برای این واژه‌ها یک املا تعیین کرده‌اند، و هم‌آوایی که جای دیگری نشسته غلطی است که هیچ واژه‌نامه‌ای نمی‌گیرد.',
    en: "The Academy's دستور خط فارسی and spelling dictionary settle one spelling for these words, and a homophone in the wrong place is a misspelling no dictionary catches.",
  },
  examples: [
    { before: 'در اطاق نشست', after: 'در اتاق نشست' },
    { before: 'جذر و مد دریا', after: 'جزر و مد دریا' },
  ],
  defaultSeverity: 'information',
  check(ctx: ParagraphContext) {
    const { tokens } = ctx;
    const findings: Finding[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const form = lookupForm(tokens[k].text);
      // Almost no word has a learnt correction or a confusable twin: the rest is asked only of those few (and
      // lives in a function of its own, so that the loop over every word allocates nothing).
      const preferred = preferredSpelling(form);
      const other = preferred ? undefined : confusedWith(form);
      if (preferred || other) checkWord(ctx, k, form, preferred, other, findings);
    }
    return findings;
  },
};
