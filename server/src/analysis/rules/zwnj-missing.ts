// zwnj-missing: a ZWNJ (نیم‌فاصله) that a word needs is missing, either joined into one run of letters
// (مینامد، سفارتها، بینالمللی، خاورمیانهای) or typed as a space (می نامد، کتاب ها، پیش بینی).
// Why: the Academy of Persian Language's دستور خط فارسی writes the verb prefixes می/نمی, the plural ها, the
// comparative تر/ترین, the pronominal and copula endings after ه and ی (نامه‌ای، خانه‌ام) and the parts of many
// compounds (پیش‌بینی، بین‌المللی) apart but within one word, with a ZWNJ; a space breaks the word at line ends and
// in search, and a joined form misreads (مینامد).
// Data: the compiled Lilak lexicon and its affix classes (lexicon/), with corpus frequencies to rank ties.
// Gate: a joined word is split only when it is not itself a word in the chosen style and the lexicon licenses the
// split; two words are joined only when the ZWNJ form is licensed and the context does not veto it (ماه می،
// names, the writer's words). A compound of two words (رئیس جمهور، سانتیمتر), which writers write apart, joined
// or with a ZWNJ alike, is restored only in a paragraph that shows it lost ZWNJs, not where the writer types
// them and lost none, nor where it lost them by gluing (its spaces are the writer's); the least certain compounds
// only where the paragraph types its lost ZWNJs as spaces.
// Names keep their spelling, except a surname's ending typed apart inside a person's name (هاشم زاده) and a name
// the corpus writes with a ZWNJ (ال‌گور) where the paragraph types its lost ZWNJs as spaces.
// Fix: safe when one spelling remains; otherwise a quick fix with the alternatives, best first.

import type { Entity, Finding, Fix, Localized } from '../types';
import { fill } from '../messages';
import { isUnknownWord, joinsLeft, participleCompound, respellPair, respellTriple, respellWord, type PairRespelling, type WordRespelling } from '../lexicon/zwnj';
import { zwnjEdits } from '../lexicon/zwnjEdits';
import { pairAt } from './zwnjPairs';
import { rankByContext } from '../lexicon/zwnjContext';
import { ACRONYM_MIN_LETTERS, acronymForm, isLetterName, splitJoinedAcronym } from '../lexicon/zwnjAcronyms';
import { isKnownWord, wordFrequency } from '../lexicon/index';
import { normalizeWord } from '../lexicon/normalize';
import { isInlineSpace } from '../text/script';
import type { Token } from '../text/tokens';
import { finding, type ParagraphContext, type ParagraphRule } from './rule';
import { entitiesNear } from '../nearbyEntities';

const MESSAGE: Localized = { fa: 'نیم‌فاصله جا افتاده است: «{form}»', en: 'Missing ZWNJ: «{form}»' };
const FIX: Localized = { fa: 'نوشتن «{form}»', en: 'Write «{form}»' };

/**
 * Names keep the spelling their owners give them (people, organisations, products, places named by a facility or an
 * event), so they are never respelt. Countries, nationalities, cities, regions and treaties are ordinary words of
 * the language and inflect like them: «آمریکاییها» still needs its ZWNJ (آمریکایی‌ها); dates, times, sums and
 * percentages are ordinary words too (سه‌شنبه، میلیون‌ها).
 */
const RESPELLABLE_ENTITY_TYPES: ReadonlySet<string> = new Set(['country', 'nationality', 'city', 'region', 'location', 'treaty', 'date', 'time', 'money', 'percent']);

/** Whether one of the entities keeps its owner's spelling. */
export function keepsSpelling(entities: readonly Entity[]): boolean {
  return entities.some((e) => !RESPELLABLE_ENTITY_TYPES.has(e.type));
}

/** The writer's words and names are never respelt (with `names` false, only the writer's words). A surname's
 * ending typed apart is the exception (surnameWithEnding). */
export function isUntouchable(ctx: ParagraphContext, start: number, end: number, names = true): boolean {
  return (names && keepsSpelling(entitiesNear(ctx, start, end))) || isWritersWord(ctx, start, end);
}

/** Whether [start, end) is one of the writer's own words (the user dictionary), with or without its ZWNJs. */
export function isWritersWord(ctx: ParagraphContext, start: number, end: number): boolean {
  // Most writers have no words of their own: no slice per question then (this runs for many tokens).
  if (ctx.options.words.size === 0) return false;
  const written = ctx.text.slice(start, end);
  return ctx.options.words.has(written) || ctx.options.words.has(written.replace(/[\u200C ]+/g, ''));
}

/** A token without the ZWNJs at its edges, which belong to zwnj-misplaced. */
export function tokenCore(text: string, token: Token): { start: number; end: number } {
  let { start, end } = token;
  while (start < end && text.charCodeAt(start) === 0x200c) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x200c) end--;
  return { start, end };
}

function fixesFor(ctx: ParagraphContext, start: number, end: number, forms: readonly string[], safe: boolean): Fix[] {
  const fixes: Fix[] = [];
  for (const form of forms) {
    const edits = zwnjEdits(ctx.text, start, end, form);
    if (edits && edits.length > 0) fixes.push({ title: fill(FIX, { form }, ctx.options.locale), edits, safe: safe && fixes.length === 0 });
  }
  return fixes;
}

/**
 * Only spaces between two tokens (no punctuation, no line break): they may be one word typed apart. Not when the
 * right one starts an abbreviation (ای.کی.بی), where a dot follows it.
 */
function spacedApart(text: string, left: Token, right: Token): boolean {
  if (right.start <= left.end) return false;
  for (let i = left.end; i < right.start; i++) if (!isInlineSpace(text.charCodeAt(i))) return false;
  let after = right.end;
  while (after < text.length && text.charCodeAt(after) === 0x200c) after++;
  return !(text.charCodeAt(after) === 0x2e && after + 1 < text.length && !isInlineSpace(text.charCodeAt(after + 1)));
}

/** How many letter names (بی، سی) follow one another from token k, separated by spaces only. */
function letterNameRun(text: string, tokens: readonly Token[], k: number): number {
  let n = 0;
  while (k + n < tokens.length && isLetterName(tokens[k + n].text) && (n === 0 || spacedApart(text, tokens[k + n - 1], tokens[k + n]))) n++;
  return n;
}

/**
 * The endings of Persian surnames (هاشم‌زاده، موسوی‌نژاد، محتشمی‌پور، ثاقب‌فر، محبی‌نیا، حاتمی‌کیا), which the
 * surname takes with a ZWNJ after a joining letter: ARMAN part 1 writes them so or joined in person names 62 times,
 * and never apart. Not راد (محمدی راد: apart 4 times of 7) nor لو (a French name's part: ژان لو).
 */
const SURNAME_ENDINGS: ReadonlySet<string> = new Set(['زاده', 'نژاد', 'پور', 'فر', 'نیا', 'کیا']);

/** Shared by every surname joined so (the evaluation lists wrong edits by path). */
const SURNAME_PATH = 'pair: surname ending in a name';

/**
 * A surname and its ending typed apart inside a person's name (هاشم زاده → هاشم‌زاده): the name keeps its letters,
 * and the space stands for the ZWNJ. Only where the recogniser found a person there, so that «زاده شد» (was born)
 * or «فر» (glory) elsewhere stay. Both parts stand alone (freeParts): a writer who types ZWNJs and lost none keeps
 * the name as typed.
 */
function surnameWithEnding(ctx: ParagraphContext, left: Token, right: Token): PairRespelling | undefined {
  if (!SURNAME_ENDINGS.has(right.text) || !/^[\u0621-\u064A\u067E-\u06CC]{2,}$/.test(left.text)) return undefined;
  if (!joinsLeft(left.text.charCodeAt(left.text.length - 1))) return undefined;
  if (!entitiesNear(ctx, left.start, left.end).some((e) => e.type === 'person')) return undefined;
  return { form: left.text + '\u200C' + right.text, safe: false, affix: false, path: SURNAME_PATH, freeParts: true };
}

/**
 * Whether names shield a pair typed apart: not when it joins a verb prefix or an ending (خامنه ای), an Arabic word
 * and its article (جلال الدین), a surname's ending (هاشم زاده), a name the corpus writes as one word with a ZWNJ
 * three times as often as apart (ال‌گور: that is the name's spelling) where the paragraph types its lost ZWNJs as
 * spaces (a verb prefix or an ending typed apart: `spacesForZwnjs`; where they were lost by gluing, as in text
 * pasted from the web, or not at all, a space in a name is the writer's own), or, in an organisation's name,
 * which is made of words, a compound Lilak lists (راه آهن in «شرکت راه آهن»).
 */
function namesShield(ctx: ParagraphContext, pair: PairRespelling, right: string, start: number, end: number, spacesForZwnjs: () => boolean): boolean {
  if ((pair.safe && pair.affix) || withArabicArticle(right) || pair.path === SURNAME_PATH) return false;
  if (pair.attested && spacesForZwnjs()) return false;
  return !(pair.listed && onlyOrganisationNames(ctx, start, end));
}

/** Entity types whose names are made of ordinary words (شرکت راه آهن، سازمان برنامه و بودجه). */
const ORGANISATION_TYPES: ReadonlySet<string> = new Set(['organization', 'facility', 'event']);

/** Whether every name over [start, end) that keeps its spelling is an organisation's, a facility's or an event's. */
function onlyOrganisationNames(ctx: ParagraphContext, start: number, end: number): boolean {
  return entitiesNear(ctx, start, end).every((e) => RESPELLABLE_ENTITY_TYPES.has(e.type) || ORGANISATION_TYPES.has(e.type));
}

/** An Arabic word with its article ال (المللی، الدین، الله), which is bound to the word before it. */
function withArabicArticle(word: string): boolean {
  return word.length >= 4 && word.startsWith('ال');
}

/** The word after token k when only spaces separate them. */
function nextWord(text: string, tokens: readonly Token[], k: number): string | undefined {
  const next = tokens[k + 1];
  if (!next) return undefined;
  for (let i = tokens[k].end; i < next.start; i++) if (!isInlineSpace(text.charCodeAt(i))) return undefined;
  return next.text;
}

/** The word before token k when only spaces separate them. */
function previousWord(text: string, tokens: readonly Token[], k: number): string | undefined {
  const previous = tokens[k - 1];
  if (!previous) return undefined;
  for (let i = previous.end; i < tokens[k].start; i++) if (!isInlineSpace(text.charCodeAt(i))) return undefined;
  return previous.text;
}

/**
 * Whether a word the lexicon does not know stands right before or after token k (سیلوین ویلتورد، موردخای واننو):
 * the token is then most likely part of a foreign name, which the recogniser missed.
 */
function besideUnknownWord(text: string, tokens: readonly Token[], k: number): boolean {
  const before = previousWord(text, tokens, k);
  const after = nextWord(text, tokens, k);
  return (before !== undefined && isUnknownWord(before)) || (after !== undefined && isUnknownWord(after));
}

/**
 * A form of a light verb (کردن، گرفتن، دادن، زدن، شدن، یافتن، ساختن، نمودن، داشتن): past stems alone or inflected
 * (کرد، گرفتن، کردیم), present stems only with the verb prefix or a personal ending (می‌کند، سازند، بگیرد), so that
 * nouns with the same letters (ده، بر، دار) do not count.
 */
const LIGHT_VERB = /^(?:ن?می|ن|ب)?(?:(?:کرد|گرفت|داد|زد|شد|یافت|ساخت|نمود|داشت)(?:ن|ه|م|ی|یم|ید|ند|ه‌است|)|(?:کن|گیر|ده|زن|شو|یاب|ساز|نما|دار)(?:م|ی|د|یم|ید|ند))$/;

function isLightVerb(word: string): boolean {
  return LIGHT_VERB.test(normalizeWord(word).replace(/\u200C/g, ''));
}

/** The simple prepositions, which the Academy writes apart from the word after them. */
const PREPOSITIONS = new Set(['به', 'با', 'در', 'از', 'بر']);

/**
 * Whether the word after token k is a light verb: the word k then belongs to a compound verb with it (شدت گرفتن),
 * so it is no second part of a compound with a preposition before it (به شدت). Not for a compound whose second part
 * a light verb follows (پیش بینی کرد → پیش‌بینی کرد): that compound is the verb's noun, and is joined.
 */
function lightVerbAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const after = nextWord(text, tokens, k);
  return after !== undefined && isLightVerb(after);
}

/**
 * The words after which a past participle is the verb's (انجام شده است، ساخته شده و …، گفته شده که): the
 * auxiliaries and copulas, and the conjunctions that begin the next clause.
 */
const AFTER_A_VERB = new Set([
  'است', 'هست', 'نیست', 'بود', 'بودند', 'بوده', 'باشد', 'باشند', 'اند', 'هستند', 'شد', 'شدند', 'شده', 'شود', 'شوند',
  'می‌شود', 'می‌شوند', 'ایم', 'اید', 'ام', 'و', 'که', 'یا', 'ولی', 'اما', 'تا',
]);

/**
 * Whether the participle at token k modifies a noun (اقدامات انجام شده در …) rather than ending a verb (انجام شده
 * است): a word follows it, after spaces only, that is no auxiliary and no conjunction. At a clause's end or before
 * punctuation it is read as the verb.
 */
function modifiesNoun(text: string, tokens: readonly Token[], k: number): boolean {
  const after = nextWord(text, tokens, k);
  return after !== undefined && !AFTER_A_VERB.has(normalizeWord(after)) && /[\u0621-\u06CC]/.test(after);
}

/** Clause-ending punctuation: after it no ezafe can continue. */
const CLAUSE_BREAKS = new Set([...'.،؛:!؟?,;']);

/** Whether a clause break, a line break (LF or CRLF alike) or the end of the text follows `at`, past spaces. */
function clauseEndsAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i >= text.length || CLAUSE_BREAKS.has(text[i]) || text[i] === '\n' || text[i] === '\r';
}

/** A ZWNJ between two letters: the writer types ZWNJs. */
const WRITTEN_ZWNJ = /[\u0620-\u06FF]\u200C[\u0620-\u06FF]/;

/** How a paragraph lost ZWNJs, if it did: a verb prefix or an ending typed apart (می کرد، کتاب ها) or glued on;
 * and whether it types a well-attested compound apart, which a writer who types ZWNJs as spaces does too. */
interface ZwnjLoss {
  spaced: boolean;
  glued: boolean;
  /** Glued on where even the common style writes a ZWNJ (مینامد), not a plural or comparative written joined
   * (کتابها، بزرگتر), which many writers do by choice. */
  gluedInAnyStyle: boolean;
  /** A compound the rules join by the corpus's or Lilak's evidence alone is typed apart (ریاست جمهوری، این که). */
  compoundApart: boolean;
}

/** Whether a word lost a ZWNJ by being glued together (مینامد), not by joining two free words (کتابسرا). */
function gluedOn(respelling: WordRespelling | undefined): boolean {
  return respelling?.kind === 'missing' && !respelling.freeParts;
}

function zwnjLoss(ctx: ParagraphContext): ZwnjLoss {
  const { text, tokens, options } = ctx;
  const loss = { spaced: false, glued: false, gluedInAnyStyle: false, compoundApart: false };
  for (let k = 0; k < tokens.length && !(loss.spaced && loss.gluedInAnyStyle); k++) {
    const next = tokens[k + 1];
    if (!loss.spaced && next && spacedApart(text, tokens[k], next)) {
      const pair = pairAt(ctx, k);
      loss.spaced = pair?.affix === true;
      if (pair && !pair.affix && !pair.whereSpaced) loss.compoundApart = true;
    }
    if (!loss.gluedInAnyStyle) {
      const core = tokenCore(text, tokens[k]);
      const word = core.end > core.start ? text.slice(core.start, core.end) : undefined;
      if (word !== undefined && !loss.glued) loss.glued = gluedOn(respellWord(word, options.zwnjStyle));
      if (word !== undefined && loss.glued) loss.gluedInAnyStyle = gluedOn(respellWord(word, 'common'));
    }
  }
  return loss;
}

/**
 * Whether the paragraph's compounds of two words were written as the writer chose: the writer types ZWNJs (one
 * stands between two letters) and none is lost (no verb prefix or ending is glued on or typed apart). A compound of
 * two words is then written apart or joined on purpose (رئیس جمهور beside رئیس‌جمهور, سانتیمتر beside سانتی‌متر:
 * the corpus, and the guide's own examples, use both), and left so; a text that lost its ZWNJs (pasted from the
 * web, typed without them) lost them everywhere, and its compounds are restored.
 */
function compoundsAsChosen(text: string, loss: ZwnjLoss): boolean {
  return !loss.spaced && !loss.glued && WRITTEN_ZWNJ.test(text);
}

export const zwnjMissing: ParagraphRule = {
  id: 'zwnj-missing',
  family: 'zwnj',
  scope: 'paragraph',
  title: { fa: 'نیم‌فاصلهٔ جاافتاده', en: 'Missing ZWNJ' },
  why: {
    fa: 'دستور خط فارسی فرهنگستان پیشوند «می/نمی»، نشانهٔ جمع «ها»، «تر/ترین»، شناسه‌ها و ضمیرهای پس از «ه» و «ی» و جزءهای بسیاری از واژه‌های مرکب را با نیم‌فاصله می‌نویسد: جدا، ولی در یک واژه.',
    en: "The Academy's دستور خط فارسی writes the verb prefixes می/نمی, the plural ها, تر/ترین, the endings after ه and ی and the parts of many compounds with a ZWNJ: apart, but within one word.",
  },
  examples: [
    { before: 'آن را صلح ابراهیم مینامد', after: 'آن را صلح ابراهیم می‌نامد' },
    { before: 'کتاب ها', after: 'کتاب‌ها' },
  ],
  defaultSeverity: 'warning',
  check(ctx: ParagraphContext) {
    const { text, tokens, options } = ctx;
    const findings: Finding[] = [];
    const message = (form: string) => ({ fa: fill(MESSAGE, { form }, 'fa'), en: fill(MESSAGE, { form }, 'en') });
    let pairedUntil = -1;
    // How the paragraph lost its ZWNJs, looked at once a compound needs it: a compound of two words is left as
    // written where the writer types ZWNJs and lost none (compoundsAsChosen), and some are joined only where the
    // text types lost ZWNJs as spaces (whereSpaced): a verb prefix or an ending typed apart, or, in a paragraph that
    // glued none, a compound the rules join without that condition typed apart (ریاست جمهوری beside آئین نامه:
    // dev blind spaced tp +13, fp +3; cross +8, +2; joined and clean unchanged).
    let knownLoss: ZwnjLoss | undefined;
    const loss = () => (knownLoss ??= zwnjLoss(ctx));
    const leftAsWritten = (compound: { freeParts?: boolean; affix?: boolean; whereSpaced?: boolean }) =>
      (compound.whereSpaced === true && !loss().spaced && !(loss().compoundApart && !loss().glued)) || (compound.freeParts === true && !compound.affix && compoundsAsChosen(text, loss()));
    for (let k = 0; k < tokens.length; k++) {
      if (k <= pairedUntil) continue;
      const core = tokenCore(text, tokens[k]);
      if (core.end <= core.start) continue;
      // An abbreviation spelt in letter names typed apart (بی بی سی): one word, names' spelling included.
      const letters = letterNameRun(text, tokens, k);
      if (letters >= ACRONYM_MIN_LETTERS && !isUntouchable(ctx, tokens[k].start, tokens[k + letters - 1].end, false)) {
        const form = acronymForm(tokens.slice(k, k + letters).map((t) => t.text));
        const fixes = fixesFor(ctx, tokens[k].start, tokens[k + letters - 1].end, [form], false);
        if (fixes.length > 0) {
          findings.push(finding(zwnjMissing, tokens[k].start, tokens[k + letters - 1].end, message(form), options, fixes));
          pairedUntil = k + letters - 1;
          continue;
        }
      }
      // Three words typed apart that the corpus writes as one (به عمل آمده): before the pairs, which see two.
      const next = tokens[k + 1];
      const third = tokens[k + 2];
      if (next && third && spacedApart(text, tokens[k], next) && spacedApart(text, next, third)) {
        const triple = respellTriple(tokens[k].text, next.text, third.text);
        const writersSpace = triple !== undefined && loss().gluedInAnyStyle && !loss().spaced;
        if (triple && !writersSpace && !leftAsWritten(triple) && !isUntouchable(ctx, tokens[k].start, third.end, namesShield(ctx, triple, third.text, tokens[k].start, third.end, () => loss().spaced))) {
          const fixes = fixesFor(ctx, tokens[k].start, third.end, [triple.form], false);
          if (fixes.length > 0) {
            findings.push(finding(zwnjMissing, tokens[k].start, third.end, message(triple.form), options, fixes));
            pairedUntil = k + 2;
            continue;
          }
        }
      }
      // Two words typed apart: checked first, so that «کتاب ها» is one finding, not two.
      if (next && spacedApart(text, tokens[k], next) && text.charCodeAt(tokens[k].end - 1) !== 0x200c && text.charCodeAt(next.start) !== 0x200c) {
        const pair =
          surnameWithEnding(ctx, tokens[k], next) ??
          pairAt(ctx, k) ??
          (modifiesNoun(text, tokens, k + 1) ? participleCompound(tokens[k].text, next.text) : undefined);
        // Inside a name, two name parts typed apart stay (ال گور); see namesShield for what is joined there.
        // A preposition and a noun that a light verb follows (به شدت گرفتن، در نظر گرفت): the noun is the verb's.
        const nounOfVerb = pair?.freeParts === true && PREPOSITIONS.has(normalizeWord(tokens[k].text)) && lightVerbAfter(text, tokens, k + 1);
        // A paragraph that lost its ZWNJs by gluing (مینامد: pasted from the web) and typed none as a space kept its
        // spaces as the writer typed them: two free words there are two words (joined input, dev blind: false joins
        // 57 -> 38; cross 83 -> 52; spaced input: 3 right joins lost on cross). A plural or comparative written
        // joined (کتابها) is no such sign: many writers join them by choice and type the rest apart (scored against
        // ARMAN as written, spaced input: 56 right joins lost on dev; with this, 3 more false joins in joined input).
        const writersSpace = pair?.freeParts === true && !pair.affix && loss().gluedInAnyStyle && !loss().spaced;
        if (pair && !nounOfVerb && !writersSpace && !leftAsWritten(pair) && !isUntouchable(ctx, tokens[k].start, next.end, namesShield(ctx, pair, next.text, tokens[k].start, next.end, () => loss().spaced))) {
          // An ending typed apart after the compound joins it too (جهت گیری های → جهت‌گیری‌های): one finding.
          let last = k + 1;
          let form = pair.form;
          let safe = pair.safe;
          for (let after = tokens[last + 1]; after && spacedApart(text, tokens[last], after); after = tokens[last + 1]) {
            if (text.charCodeAt(after.start) === 0x200c) break;
            const more = respellPair(form, after.text, undefined, options.zwnjStyle);
            if (!more || !more.affix || isUntouchable(ctx, tokens[k].start, after.end, !more.safe)) break;
            form = more.form;
            safe = safe && more.safe;
            last++;
          }
          const fixes = fixesFor(ctx, tokens[k].start, tokens[last].end, [form], safe);
          if (fixes.length > 0) {
            findings.push(finding(zwnjMissing, tokens[k].start, tokens[last].end, message(form), options, fixes));
            pairedUntil = last;
            continue;
          }
        }
      }
      const written = text.slice(core.start, core.end);
      if (written.indexOf('\u200C\u200C') >= 0) continue; // a doubled ZWNJ is zwnj-misplaced's
      const respelling = respellWord(written, options.zwnjStyle);
      // An abbreviation written joined (بیبیسی) that is no word: its letter names get their ZWNJs back.
      const acronym = respelling || isKnownWord(written) || wordFrequency(written) > 0 ? undefined : splitJoinedAcronym(written);
      if (acronym && !isUntouchable(ctx, core.start, core.end, false)) {
        const fixes = fixesFor(ctx, core.start, core.end, [acronymForm(acronym)], false);
        if (fixes.length > 0) findings.push(finding(zwnjMissing, core.start, core.end, message(acronymForm(acronym)), options, fixes));
        continue;
      }
      // A name written joined that is no word (خامنهای، بینالمللی in an organisation's name) lost its ZWNJ: a
      // single licensed spelling is restored inside names too.
      if (!respelling || respelling.kind !== 'missing' || leftAsWritten(respelling) || isUntouchable(ctx, core.start, core.end, !respelling.safe)) continue;
      // A paragraph that types its lost ZWNJs as spaces (می نامد) and glued none on wrote a compound joined by choice
      // (کتابسرا، قرائتخانه), as the guide allows: its lost ZWNJs would be spaces; a plural written joined (کتابها)
      // is the writer's style, not a ZWNJ lost by gluing. (Spaced input: dev blind false joins 92 -> 82, cross
      // 118 -> 104, none right lost.)
      if (respelling.freeParts === true && loss().spaced && !loss().gluedInAnyStyle) continue;
      // A guess from letters the lexicon does not know, beside another such word, is most likely a foreign name
      // the recogniser missed (سیلوین ویلتورد، موردخای واننو): left alone.
      if (respelling.guess && besideUnknownWord(text, tokens, k)) continue;
      // Several readings (حرف‌های or حرفه‌ای): the neighbouring words choose which is offered first.
      const forms = respelling.safe ? respelling.forms : rankByContext(respelling.forms, nextWord(text, tokens, k), clauseEndsAfter(text, tokens[k].end));
      const fixes = fixesFor(ctx, core.start, core.end, forms, respelling.safe);
      if (fixes.length > 0) findings.push(finding(zwnjMissing, core.start, core.end, message(forms[0]), options, fixes));
    }
    return findings;
  },
};
