// The ZWNJ decisions the zwnj-* rules share: how a word written as one run of letters (مینامد) or as two words
// (می نامد) should be written, gated by the lexicon. A string is respelt only when the lexicon licenses the new
// spelling and the string as written is not itself acceptable in the writer's style; the fix is safe only when
// exactly one spelling remains (نامهای could be نام‌های or نامه‌ای: a quick fix with both, never applied unasked).

import type { ZwnjStyle } from '../types';
import { articleTailCount, attestedZwnjForms, attestedZwnjHeads, corpusCount, keptWhole, spacedPairCount, spacedTripleCount } from './frequencies';
import { isLicensed, spellingsOfKey, type Spelling } from './morphology';
import { normalizeWord, stripZwnj, typedOnArabicLayout, ZWNJ } from './normalize';
import { ACADEMY_JOINED, NOT_AN_ENDING, rankSpellings } from './style';
import { lexiconTable } from './table';

const CACHE_LIMIT = 50_000;

// Decisions depend only on their words (and the style), and a document repeats its words, so each kind is kept in
// a map, null for "nothing to do" (undefined: not decided yet). A map that reaches CACHE_LIMIT starts again (a
// book's distinct words would otherwise all stay). The callers look up first and decide after, rather than handing
// the decision over as a function: they run at nearly every word, and a function made per call is garbage.
function remember<T>(cache: Map<string, T | null>, key: string, decision: T | undefined): T | undefined {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, decision ?? null);
  return decision;
}

const spellingCache = new Map<string, Spelling[]>();

/**
 * Every licensed spelling of the letters `key` (no ZWNJs): Lilak's, plus the ZWNJ spellings the corpus attests
 * (رئیس‌جمهور، سرمایه‌گذاری, which Lilak lacks). Memoised: a document repeats its words.
 */
export function spellingsOf(key: string): Spelling[] {
  let spellings = spellingCache.get(key);
  if (!spellings) {
    if (spellingCache.size >= CACHE_LIMIT) spellingCache.clear();
    spellings = spellingsOfKey(key);
    const known = (form: string) => spellings!.some((s) => s.form === form);
    for (const form of attestedZwnjForms(key)) if (!known(form)) spellings.push({ form, joinedAffix: false, listed: true, stem: form });
    // Lilak gives some stems only the joined ها/تر (سالها، گروهها); the Academy writes them with a ZWNJ wherever the
    // letter before joins, so that twin is licensed too.
    // The same for a built form whose joined ها sits inside a listed stem (ویژگیها + ی), for a plural or
    // comparative Lilak lists whole (سیاستهای، سریعتر) and for one the corpus attests after a compound
    // (سرمایه‌گذاریهای): the part before the ending must be a word itself, and the
    // whole must not be a word of its own (تنها، دفتر، بستر: NOT_AN_ENDING), so that those never become تن‌ها.
    spellings = spellings.map((s) => {
      if (NOT_AN_ENDING.has(s.form) || ACADEMY_JOINED.has(s.form)) return s;
      const m = JOINED_ENDING.exec(s.form);
      if (!m || m.index < 2 || !joinsLeft(s.form.charCodeAt(m.index - 1))) return s;
      if (!s.joinedAffix && !spelledAsWord(s.form.slice(0, m.index))) return s;
      return s.joinedAffix ? s : { ...s, joinedAffix: true };
    });
    for (const s of [...spellings]) {
      if (!s.joinedAffix) continue;
      const m = JOINED_ENDING.exec(s.form);
      if (!m || m.index === 0 || !joinsLeft(s.form.charCodeAt(m.index - 1))) continue;
      const twin = s.form.slice(0, m.index) + ZWNJ + m[1];
      if (!known(twin)) spellings.push({ form: twin, joinedAffix: false, listed: false, stem: s.form.slice(0, m.index) });
    }
    if (spellings.length === 0) spellings = productiveCompound(key);
    if (spellings.length === 0) spellings = compoundWithEnding(key);
    if (spellings.length === 0) spellings = withYehForHamza(key);
    spellingCache.set(key, spellings);
  }
  return spellings;
}

/**
 * Whether the part of a spelling before its ending is a word spelt so: its letters have a licensed spelling, and one
 * with its ZWNJs where it has any (میلی‌متر is no میلی‌م + تر: میلیم is a word, میلی‌م none).
 */
function spelledAsWord(part: string): boolean {
  const spellings = spellingsOf(stripZwnj(part));
  if (part.indexOf(ZWNJ) < 0) return spellings.length > 0;
  const visible = visibleSpelling(part);
  return spellings.some((s) => visibleSpelling(s.form) === visible);
}

/**
 * The letters written with ئ where Lilak writes ی (آمریکائی، توانائی، آئین for آمریکایی، توانایی، آیین): an
 * older spelling, so such a word is read through its ی twin and given that twin's ZWNJs, keeping its own letters.
 * Only ئ after ا، آ or و, so that مسئول or رئیس are never touched.
 */
function withYehForHamza(key: string): Spelling[] {
  const twin = withYehForHamzaLetters(key);
  if (twin === key) return [];
  // ائی is the older spelling of ایی, one ending: never a ZWNJ before its ا (بیوشیمیائی is no بیوشیمی‌ائ + ی, the
  // twin of بیوشیمی‌ای).
  return spellingsOf(twin)
    .map((s) => ({ ...s, form: withLettersOf(s.form, key), stem: s.stem }))
    .filter((s) => s.form.indexOf(ZWNJ + 'ائ') < 0);
}

/** The letters with ی for each ئ after ا، آ or و (آئین → آیین), or the same string when there is none. */
function withYehForHamzaLetters(word: string): string {
  return word.indexOf('ئ') < 0 ? word : word.replace(/(?<=[اآو])ئ/g, 'ی');
}

/** `form` (letters and ZWNJs) with its letters taken from `key`, which has as many. */
function withLettersOf(form: string, key: string): string {
  let out = '';
  let k = 0;
  for (let i = 0; i < form.length; i++) out += form.charCodeAt(i) === 0x200c ? ZWNJ : key[k++];
  return out;
}

/**
 * Endings that follow a compound Lilak does not inflect (سرمایه‌گذاری‌های، نتیجه‌گیری‌ای، نخست‌وزیری): the plural
 * and comparative with a ZWNJ after a joining letter, the copula and pronoun endings with a ZWNJ after ه and ی, and
 * the suffix ی joined after any other letter.
 */
const PLURAL_OR_COMPARATIVE = ['ها', 'های', 'هایی', 'هائی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست', 'تر', 'ترین'];
const AFTER_HEH_OR_YEH = ['ای', 'ام', 'اش', 'ات', 'ایم', 'اید', 'اند'];
/** The endings compoundWithEnding tries on a joined compound. */
const JOINED_COMPOUND_ENDINGS = [...PLURAL_OR_COMPARATIVE, ...AFTER_HEH_OR_YEH, 'ی'];

/**
 * A compound with an ending, where the compound is a ZWNJ word of Lilak's or the corpus's that is never written
 * joined (سرمایه‌گذاری) and only one reading remains: سرمایهگذاریهای → سرمایه‌گذاری‌های.
 */
function compoundWithEnding(key: string): Spelling[] {
  const forms = new Set<string>();
  for (const ending of JOINED_COMPOUND_ENDINGS) {
    if (!key.endsWith(ending) || key.length - ending.length < 4) continue;
    const base = spellingsOf(key.slice(0, key.length - ending.length));
    if (base.length !== 1 || base[0].form.indexOf(ZWNJ) < 0) continue;
    const whole = withEnding(base[0].form, ending);
    if (whole !== undefined) forms.add(whole);
  }
  if (forms.size !== 1) return [];
  const [form] = forms;
  return [{ form, joinedAffix: false, listed: false, stem: form }];
}

/**
 * Whether ی joins a compound as it is: after a letter other than ه or ی, or after an ه that is pronounced, which
 * Lilak shows by licensing the compound's last part with ی joined (توجه → توجهی, so قابل‌توجه → قابل‌توجهی), where a
 * silent ه takes ‌ای instead (جانبه → جانبه‌ای).
 */
function takesJoinedYeh(compound: string): boolean {
  const last = compound[compound.length - 1];
  if (last !== 'ه') return last !== 'ی';
  const lastPart = compound.slice(compound.lastIndexOf(ZWNJ) + 1);
  return lastPart.length >= 2 && isLicensed(lastPart + 'ی');
}

const JOINED_ENDING = /(ها|های|هایی|هائی|هایم|هایت|هایش|هایمان|هایتان|هایشان|هاست|تر|ترین)$/;

/** Whether a letter joins the one after it (so that a ZWNJ after it is visible). */
export function joinsLeft(code: number): boolean {
  return code >= 0x0626 && code <= 0x06d3 && !NON_JOINING.has(code) && code !== 0x0629 && code !== 0x0621;
}

/**
 * Second parts that both make compounds productively and never stand alone: a joined word the lexicon does not know,
 * made of a known word and one of these, is that compound (نمادین‌سازی), and typed apart they still end it
 * (بحران سازی). One list for PRODUCTIVE_TAILS and BOUND_TAILS below, which each add their own.
 */
const PRODUCTIVE_BOUND_TAILS = [
  'سازی', 'کننده', 'کنندگان', 'کنندگی', 'گذاری', 'گذاران', 'پذیری', 'گیری', 'گرایی', 'گرایان', 'آمیز', 'انگیز', 'شناسی',
  'شناسان', 'نگاری', 'پردازی', 'رسانی', 'زدایی', 'شکنی', 'آمیزی', 'طلبان', 'طلبانه', 'آرایی', 'آرائی', 'نویسی', 'زایی',
  'پردازان', 'گرایانه', 'سالاری', 'دهندگان', 'گیران', 'بازان', 'نشین', 'آلود', 'فرسایی', 'نویس', 'نویسان', 'گزینی',
  'پوشی', 'زدگی', 'افکنی',
];

/**
 * Second elements that make compounds productively (نمادین‌سازی، تسهیل‌کننده): a joined word the lexicon does not
 * know, made of a known word and one of these, is that compound. And «به» before a known noun (بهعنوان →
 * به‌عنوان), which the Academy writes apart and a joined text has glued on.
 */
const PRODUCTIVE_TAILS = new Set([
  ...PRODUCTIVE_BOUND_TAILS,
  'ساز', 'سازان', 'گذار', 'پذیر', 'گرا', 'شناس', 'نگار', 'پرداز', 'محور', 'محوری', 'طلب', 'طلبی', 'آفرین', 'آفرینی', 'مدار',
  'مداری', 'ستیز', 'ستیزی', 'سوز', 'خواه', 'خواهی', 'خواهان',
]);

/**
 * The plurals in ‌گان of the participles that make compound verbs' nouns of people (دعوت‌شدگان، تحصیل‌کردگان،
 * زلزله‌زدگان، دانش‌آموختگان، شکست‌خوردگان، سازمان‌یافتگان), which never stand alone (ARMAN parts 1-2: شدگان
 * after a ZWNJ 7 times, joined 2, alone never); not دیدگان (eyes) nor رفتگان (the dead), which do.
 */
const PARTICIPLE_PLURALS = ['شدگان', 'کردگان', 'زدگان', 'آموختگان', 'خوردگان', 'یافتگان'];

/**
 * Second parts that end a compound typed apart (ریخته گری، علاقه مندان) and are no adjective of their own: not
 * محوری or طلب, which stand alone (نقش محوری).
 */
const BOUND_TAILS = new Set([...PRODUCTIVE_BOUND_TAILS, 'گری', 'کاران', 'داران', 'مندان', 'مندی', ...PARTICIPLE_PLURALS]);

/**
 * A joined string that is no word, seen nowhere, read as a common word Lilak lists and an ending Lilak did not give
 * it (بحرانیترین → بحرانی‌ترین, عینکیها → عینکی‌ها): the endings of compoundWithEnding, with a ZWNJ. Only one
 * reading, else none.
 */
function wordWithEnding(key: string, style: ZwnjStyle, pluralOnly = false): string | undefined {
  const found = new Set<string>();
  const tryEnding = (ending: string, glue: (last: string) => string | undefined) => {
    if (!key.endsWith(ending) || key.length - ending.length < 2) return;
    const base = key.slice(0, key.length - ending.length);
    if (corpusCount(base) < SEEN || !isListedWord(base)) return;
    const joiner = glue(base[base.length - 1]);
    if (joiner !== undefined) found.add(base + joiner + ending);
  };
  // The common style accepts the plural and the comparative joined (کتابها، بزرگتر).
  if (style === 'academy') for (const ending of PLURAL_OR_COMPARATIVE) tryEnding(ending, (last) => (joinsLeft(last.charCodeAt(0)) ? ZWNJ : undefined));
  if (!pluralOnly) for (const ending of AFTER_HEH_OR_YEH) tryEnding(ending, (last) => (last === 'ه' || last === 'ی' ? ZWNJ : undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A joined string that is no word, seen nowhere, made of exactly one pair of words Lilak lists whole (فوتمکعب →
 * فوت‌مکعب, سهجانبه → سه‌جانبه): two words glued where a ZWNJ was lost. Only after a letter that joins, and with
 * both parts of three letters or more, or a common first word, so that a name made of short syllables is not cut.
 */
function twoWordCompound(key: string): string | undefined {
  // A listed word with an ending Lilak does not give it (پیشروان: پیشرو + ان) is that word inflected.
  if (inflectedWord(key)) return undefined;
  let found: string | undefined;
  for (let cut = 2; cut <= key.length - 2; cut++) {
    const left = key.slice(0, cut);
    const right = key.slice(cut);
    if (!joinsLeft(left.charCodeAt(left.length - 1)) || !longOrCommon(left, right) || !longOrCommon(right, left)) continue;
    // A function word or the copula glued on (فرماست is no فرم + است) lost a space, if anything, not a ZWNJ.
    if (FUNCTION_WORDS.has(left) || FUNCTION_WORDS.has(right) || COPULAS.has(right)) continue;
    if (corpusCount(left) < SEEN || corpusCount(right) < SEEN || !isListedWord(left) || !isListedWord(right)) continue;
    if (found !== undefined) return undefined;
    found = left + ZWNJ + right;
  }
  return found;
}

/** A part of three letters or more, or a common one of two beside a longer one (سه + جانبه, not بن + درگز). */
function longOrCommon(part: string, other: string): boolean {
  if (part.length >= 3) return true;
  // Not an ending (بومیان is بومی + ان) nor a pronoun (الهوی).
  return other.length >= 3 && corpusCount(part) >= COMMON_STEM && !lexiconTable().suffixesByKey.has(part) && !PRONOUNS.has(part);
}

/** A listed word with an ending Lilak's affix classes know (پیشرو + ان): an inflected word, not two words. */
function inflectedWord(key: string): boolean {
  const suffixes = lexiconTable().suffixesByKey;
  for (let cut = 2; cut < key.length; cut++) {
    if (suffixes.has(key.slice(cut)) && corpusCount(key.slice(0, cut)) >= SEEN && isListedWord(key.slice(0, cut))) return true;
  }
  return false;
}

const PRONOUNS = new Set(['من', 'تو', 'او', 'وی', 'ما', 'شما']);

function isListedWord(key: string): boolean {
  return spellingsOfKey(key).some((s) => s.listed && s.stem === s.form && s.form === key);
}

function productiveCompound(key: string): Spelling[] {
  const out: Spelling[] = [];
  for (let cut = 2; cut <= key.length - 2; cut++) {
    const left = key.slice(0, cut);
    const right = key.slice(cut);
    const glued = (left === 'به' && right.length >= 3) || PRODUCTIVE_TAILS.has(right);
    // After a letter that does not join (ا د ذ ر ز ژ و) a ZWNJ changes nothing: leave such words as they are.
    if (!glued || !joinsLeft(left.charCodeAt(left.length - 1))) continue;
    const leftForms = left === 'به' ? ['به'] : spellingsOfKey(left).map((s) => s.form);
    // After به, a word Lilak lists whole (به‌عنوان), not one it builds with affixes (ارم + ست in بهارمست).
    const rightForms = PRODUCTIVE_TAILS.has(right) ? [right] : spellingsOfKey(right).filter((s) => s.listed && s.stem === s.form).map((s) => s.form);
    if (leftForms.length === 0 || rightForms.length === 0) continue;
    out.push({ form: leftForms[0] + ZWNJ + rightForms[0], joinedAffix: false, listed: false, stem: leftForms[0] });
  }
  return out.length === 1 ? out : [];
}

/** The plural and comparative endings that the common style may join (کتابها، بزرگتر) where the Academy does not. */
const JOINABLE_ENDING = /\u200C(ها|های|هایی|هائی|هایم|هایت|هایش|هایمان|هایتان|هایشان|هاست|تر|ترین|تری|ترها)$/;

/** The joined spelling of a «‌ها/‌تر» form after a joining letter other than ه (تنش‌ها → تنشها), else undefined. */
function zwnjTwinOf(form: string): string | undefined {
  const m = JOINABLE_ENDING.exec(form);
  if (!m || form.charCodeAt(m.index - 1) === 0x0647 || !joinsLeft(form.charCodeAt(m.index - 1))) return undefined;
  return form.slice(0, m.index) + m[1];
}

/** In the common style, the joined twin of an accepted «‌ها/‌تر» spelling is accepted too, except after ه. */
function commonJoinedTwin(form: string, ranked: readonly Spelling[]): Spelling | undefined {
  return ranked.find((s) => {
    const m = JOINABLE_ENDING.exec(s.form);
    if (!m || s.form.charCodeAt(m.index - 1) === 0x0647) return false;
    return s.form.slice(0, m.index) + m[1] === form;
  });
}

/** Corpus evidence thresholds: seen at least SEEN times, and MORE_OFTEN times as often as the alternative. */
const MORE_OFTEN = 3;
/** A stem seen this often is common enough to choose a reading of an unseen word by (توسعه for توسعه‌ای). */
const COMMON_STEM = 10;
/** Two free words become one where the corpus writes them as one at least twice as often as apart (ریاست‌جمهوری
 * 15 times, ریاست جمهوری 8 in ARMAN part 1): measured on dev, 3 lost more compounds than it saved wrong joins. */
const PAIR_MORE_OFTEN = 2;
/** A pair only the corpus spells as one word (not Lilak: علاوه‌بر) needs it twice as often as apart. 3 was kept
 * while the apart sightings counted pairs typed on an Arabic layout (این كه); counted without them, 2 gained on
 * both dev (blind: spaced tp +9, fp +6) and cross (tp +23, fp +8); 1.5 lost on cross (tp +15, fp +18). */
const ATTESTED_MORE_OFTEN = 2;
const SEEN = 2;

/**
 * Whether a spelling with more ZWNJs reads better than the accepted `form`, by corpus evidence: the corpus writes it
 * clearly more often (می‌زند beside میزند, which Lilak licenses as میز + ند), or, neither being seen, its stem is
 * clearly more common (توسعه‌ای, stem توسعه, beside توسعهای read as توسع + های).
 */
function betterZwnjReading(form: string, own: Spelling | undefined, ranked: readonly Spelling[]): boolean {
  if (!own) return false;
  const ownCount = corpusCount(form) + (own.form === form ? 0 : corpusCount(own.form));
  const has = junctions(form);
  return ranked.some((s) => {
    if (s === own || s.form === form || junctions(s.form).length <= has.length || !includesAll(junctions(s.form), has)) return false;
    const count = corpusCount(s.form);
    if (count >= SEEN && count > MORE_OFTEN * ownCount) return true;
    if (count > 0 || ownCount > 0) return false;
    // Neither seen: a verb with its prefix beats a rare stem with endings glued on (می‌گویید, not میگو + یید).
    // Also against a word Lilak lists whole but the corpus never saw (میروند beside می‌روند), where the letters after
    // the prefix are a verb that takes ن or ب too (نروند، بروند; not میخانه, whose خانه takes neither).
    if (VERB_PREFIXED.test(s.form) && !VERB_PREFIXED.test(own.form) && (own.stem !== own.form || takesVerbPrefixes(s.form))) return true;
    // The present perfect (داده‌ایم) beats a plural with a possessive glued on (داد + هایم).
    if (own.joinedAffix && POSSESSIVE_PLURAL.test(own.form) && isPerfect(s.form)) return true;
    const stemCount = corpusCount(s.stem);
    // A plural glued to a stem the corpus never saw (پارهای as پار + های) is no reading against a seen stem (پاره‌ای).
    if (own.joinedAffix && corpusCount(own.stem) === 0 && stemCount >= SEEN) return true;
    // The stem must be common, not merely seen (فقه seen 7 times does not make فقهای, فقها + ی, فقه‌ای).
    return stemCount >= COMMON_STEM && stemCount > MORE_OFTEN * corpusCount(own.stem);
  });
}

const VERB_PREFIXED = /^ن?می\u200C/;

/** Whether the verb after می‌ in `form` also takes the negative or the subjunctive prefix (می‌روند: نروند، بروند). */
function takesVerbPrefixes(form: string): boolean {
  const verb = form.slice(form.indexOf(ZWNJ) + 1);
  return isLicensed('ن' + verb) || isLicensed('ب' + verb);
}

/**
 * The fewest letters after an unlisted بی‌ before a vowel: spoken verbs with the subjunctive ب (بیارم، بیاره: bring)
 * read as بی‌ + a short word (ارم، اره), while the derived words the lexicon does not list are longer (بی‌انصافی،
 * بی‌انتهای، بی‌اعتنائی: the only such splits in the dev and cross evaluations, ARMAN parts 1–2, all right).
 */
const MIN_AFTER_BI = 4;

/**
 * Splits that Lilak licenses but that misread common joined words, kept only with corpus support: the possessive
 * ‌ات after ی/ه (مادیات، توجیهات are Arabic plurals, not مادی‌ات) and the prefix بی‌ before a consonant (بیداد،
 * بیمار are words; بی‌اطلاع, where the joined form would misread, is split, unless what follows is short).
 */
function plausibleSplit(spelling: Spelling): boolean {
  if (corpusCount(spelling.form) >= SEEN) return true;
  if (spelling.form.endsWith('\u200Cات')) return false;
  if (spelling.form.startsWith('بی\u200C') && !spelling.listed) {
    const next = spelling.form.charCodeAt(3);
    return (next === 0x0627 || next === 0x0622) && spelling.form.length - 3 >= MIN_AFTER_BI;
  }
  return true;
}

/**
 * A past participle with the ending ‌ایم (داشته‌ایم، برداشته‌ایم: the present perfect) before the same letters read
 * as a plural with a possessive (داشت‌هایم، برداشت‌هایم), which news text hardly ever means.
 */
function perfectFirst(forms: string[]): string[] {
  if (forms.length < 2) return forms;
  const perfect = forms.find(isPerfect);
  return perfect && forms[0] !== perfect && forms[0].endsWith(ZWNJ + 'هایم') ? [perfect, ...forms.filter((f) => f !== perfect)] : forms;
}

/** A past participle with ‌ایم (داشته‌ایم). A past stem makes an infinitive (داشت → داشتن، برداشت → برداشتن);
 * دسته، هفته end alike but are nouns. */
function isPerfect(form: string): boolean {
  return form.endsWith(ZWNJ + 'ایم') && PARTICIPLE.test(form.slice(0, -4)) && isLicensed(form.slice(0, -5) + 'ن');
}

/** A plural with a possessive, joined (دادهایم as داد + هایم). */
const POSSESSIVE_PLURAL = /های(م|ت|ش|مان|تان|شان)$/;

/**
 * Whether the ZWNJ at letter offset `at` of `form` separates morphemes: the part before it is a word, or the part
 * after it is a word or an ending. Such a ZWNJ is the writer's choice (قانون‌گرایی beside Lilak's قانونگرایی) and
 * is never removed; only one inside a morpheme (کتا‌ب) is misplaced.
 */
function separatesMorphemes(key: string, at: number): boolean {
  const table = lexiconTable();
  const left = key.slice(0, at);
  const right = key.slice(at);
  return (
    spellingsOf(left).length > 0 ||
    spellingsOf(right).length > 0 ||
    table.suffixesByKey.has(right) ||
    boundPairKey(right) ||
    table.prefixesByKey.has(left)
  );
}

/** Offsets (into the ZWNJ-less letters) after which a ZWNJ stands. */
function junctions(form: string): number[] {
  const out: number[] = [];
  let letters = 0;
  for (let i = 0; i < form.length; i++) {
    if (form.charCodeAt(i) === 0x200c) out.push(letters);
    else letters++;
  }
  return out;
}

/** Letters after which a ZWNJ changes nothing visible (they never join to the left). */
const NON_JOINING = new Set([0x0627, 0x0622, 0x0623, 0x0625, 0x062f, 0x0630, 0x0631, 0x0632, 0x0698, 0x0648, 0x0624]);

/** A spelling with its invisible ZWNJs (after ا د ذ ر ز ژ و) dropped: کشور‌ها and کشورها read the same. */
export function visibleSpelling(form: string): string {
  if (form.indexOf(ZWNJ) < 0) return form;
  let out = '';
  for (let i = 0; i < form.length; i++) {
    if (form.charCodeAt(i) === 0x200c && i > 0 && NON_JOINING.has(form.charCodeAt(i - 1))) continue;
    out += form[i];
  }
  return out;
}

function includesAll(superset: readonly number[], subset: readonly number[]): boolean {
  return subset.every((j) => superset.includes(j));
}

export interface WordRespelling {
  /** The accepted spellings, best first. */
  forms: string[];
  /** 'missing': every ZWNJ the word has stays, one or more are added; 'misplaced': a ZWNJ stands where none belongs. */
  kind: 'missing' | 'misplaced';
  safe: boolean;
  /** Which decision made it, for the evaluation's list of wrong edits. */
  path: string;
  /** Read from letters the lexicon does not know (بحرانیترین، فوتمکعب): a guess that a name beside it vetoes. */
  guess?: boolean;
  /** Every ZWNJ the first form adds stands between two parts that are words (سانتی‌متر، توپ‌گیر), none beside
   * a verb prefix or an ending (می‌دهد، بیکاری‌مان): a compound, which writers also write joined. */
  freeParts?: boolean;
}

/**
 * Whether every ZWNJ that `form` has and `written` lacks joins two words into a compound: the part before it is a
 * word and no verb prefix or بی, the part after it a word and no ending (ها، ای، مان) or pair of endings.
 */
function addsOnlyCompoundJunctions(form: string, written: string): boolean {
  const had = junctions(written);
  const parts = form.split(ZWNJ);
  const table = lexiconTable();
  let letters = 0;
  for (let i = 0; i + 1 < parts.length; i++) {
    letters += parts[i].length;
    if (had.includes(letters)) continue;
    const left = parts[i];
    const right = parts[i + 1];
    if (isVerbPrefix(left) || table.prefixesByKey.has(left)) return false;
    if (table.suffixesByKey.has(right) || PLURAL_ENDINGS.has(right) || boundPairKey(right)) return false;
    // A bound part (المللی of بین‌المللی) makes no word of its own: the joined string is no accepted spelling.
    if (spellingsOf(stripZwnj(left)).length === 0 || spellingsOf(stripZwnj(right)).length === 0) return false;
  }
  return true;
}

/**
 * Whether the lexicon knows no spelling of a word's letters (ویلتورد، موردخای): most such words in running text are
 * foreign names, and a name beside a string makes that string likely a name too.
 */
export function isUnknownWord(word: string): boolean {
  const key = stripZwnj(normalizeWord(word));
  return key.length >= 2 && /^[\u0621-\u06D3]+$/.test(key) && spellingsOf(key).length === 0;
}

/**
 * How a single word (a token, possibly with ZWNJs) should be written in `style`, or undefined when it is fine as it
 * is or the lexicon does not know its letters (names, loanwords: never guessed at).
 */
export function respellWord(word: string, style: ZwnjStyle): WordRespelling | undefined {
  const cache = wordCache[style];
  const known = cache.get(word);
  return known !== undefined ? (known ?? undefined) : remember(cache, word, decideWord(word, style));
}

// The decisions of respellWord (a map per style) and respellPair (the style in the key).
const wordCache: Record<ZwnjStyle, Map<string, WordRespelling | null>> = { academy: new Map(), common: new Map() };
const pairCache = new Map<string, PairRespelling | null>();

/** The parts before the first ZWNJ of every listed stem (پیش of پیش‌بینی): a pair whose left word is none of these
 * and whose right word is no ending cannot be a ZWNJ compound, which settles most pairs without a look-up. */
function isCompoundHead(word: string): boolean {
  return lexiconTable().compoundHeads.has(word) || attestedHeads().has(word);
}

let attested: Set<string> | undefined;
function attestedHeads(): Set<string> {
  if (!attested) attested = new Set(attestedZwnjHeads());
  return attested;
}

function decideWord(word: string, style: ZwnjStyle): WordRespelling | undefined {
  const form = normalizeWord(word);
  if (form.length !== word.length) return undefined; // a kashida: the characters rules go first
  const key = stripZwnj(form);
  if (key.length < 2) return undefined;
  const spellings = spellingsOf(key);
  if (spellings.length === 0) {
    if (form !== key) return undefined;
    // Seen joined in the corpus, the letters are a word of their own, unless (in the Academy style) they are only a
    // plural or comparative the corpus writes joined by habit (آنهاست).
    const seen = corpusCount(key) > 0;
    const ending = wordWithEnding(key, style, seen);
    const pair = seen ? undefined : twoWordCompound(key);
    const forms = [...new Set([ending, pair].filter((f): f is string => f !== undefined))];
    return forms.length > 0 ? { forms, kind: 'missing', safe: false, path: ending ? 'unknown word + ending' : 'unknown word = two words', guess: true, freeParts: !ending } : undefined;
  }
  const ranked = rankSpellings(spellings, style);
  if (ranked.length === 0) return undefined;
  const visible = visibleSpelling(form);
  // The common style keeps the writer's joined plural or comparative (کتابها، بزرگتر) whatever the corpus says.
  const twin = style === 'common' ? commonJoinedTwin(form, ranked) : undefined;
  if (twin && !betterZwnjReading(form, twin, ranked.filter((s) => junctions(s.form).join() !== junctions(twin.form).join()).concat(twin))) {
    return undefined;
  }
  const own = ranked.find((s) => s.form === form);
  const accepted = own !== undefined || ranked.some((s) => visibleSpelling(s.form) === visible);
  if (accepted && !betterZwnjReading(form, own, ranked)) return undefined;
  // A joined word the corpus uses is a word (مادیات), unless a ZWNJ reading is clearly better attested, or, in the
  // Academy style, it is only a plural or comparative written joined (تنشها: the corpus's own habit, not a word).
  const licensed = spellings.some((s) => s.form === form);
  const joinedEnding = style === 'academy' && ranked.some((s) => zwnjTwinOf(s.form) === form);
  if (!accepted && !licensed && !joinedEnding && corpusCount(form) >= SEEN && !betterZwnjReading(form, { form, joinedAffix: false, listed: true, stem: form }, ranked)) {
    return undefined;
  }
  const has = junctions(form);
  const adding = ranked.filter((s) => s.form !== form && includesAll(junctions(s.form), has) && plausibleSplit(s));
  if (adding.length > 0) {
    const forms = perfectFirst(adding.map((s) => s.form));
    return { forms, kind: 'missing', safe: adding.length === 1, path: accepted ? 'better-attested reading' : 'lexicon split', freeParts: addsOnlyCompoundJunctions(forms[0], form) };
  }
  if (has.some((at) => separatesMorphemes(key, at))) return undefined;
  return { forms: ranked.map((s) => s.form), kind: 'misplaced', safe: ranked.length === 1, path: 'misplaced' };
}

/** Words after which «می» is the noun (wine, the month of May), not the verb prefix: ماه می، جام می. */
const MEY_NOUN_CONTEXT = new Set(['ماه', 'جام', 'ساغر', 'باده', 'پیمانه', 'ساقی']);
const VERB_PREFIXES = new Set(['می', 'نمی']);
/** The verb prefix after a preverb (برمی دارد، درنمی آید): the same prefix, written joined to the preverb. */
const PREVERB_PREFIX = /^(بر|در|فرا|باز|وا|فرو)ن?می$/;

function isVerbPrefix(word: string): boolean {
  return VERB_PREFIXES.has(word) || PREVERB_PREFIX.test(word);
}

export interface PairRespelling {
  form: string;
  safe: boolean;
  /** The left word is the verb prefix or the right one an ending (می نامد، کتاب ها), not two words of a compound. */
  affix: boolean;
  /** Lilak licenses the joined form (راه‌آهن), beside the corpus attesting it (ال‌گور): a word of the language. */
  listed?: boolean;
  /** The corpus writes the pair with a ZWNJ at least three times, and three times as often as apart (ال‌گور). */
  attested?: boolean;
  /** Which decision made it, for the evaluation's list of wrong edits. */
  path: string;
  /** Both parts stand alone as words (پیش + بینی, معذرت + خواهی), not an affix or a bound second part. */
  freeParts?: boolean;
  /** Joined only in a paragraph that types its lost ZWNJs as spaces (a verb prefix or an ending typed apart): a
   * compound whose parts are as often two words, which such a text would have typed apart either way. */
  whereSpaced?: boolean;
}

/**
 * Whether two words written apart (left, right) are one word that takes a ZWNJ between them: می نامد → می‌نامد,
 * کتاب ها → کتاب‌ها, پیش بینی → پیش‌بینی. `previous` is the word before `left`, for the vetoes (ماه می).
 */
export function respellPair(left: string, right: string, previous: string | undefined, style: ZwnjStyle): PairRespelling | undefined {
  // The allocation-free gate: a verb prefix, an ending on the right, a prefix or a compound head on the left.
  const table = lexiconTable();
  if (
    !isVerbPrefix(left) &&
    !table.suffixesByKey.has(right) &&
    !boundPairKey(right) &&
    !PLURAL_ENDINGS.has(right) &&
    !BOUND_TAILS.has(right) &&
    !table.prefixesByKey.has(left) &&
    !isCompoundHead(left) &&
    !isCompoundHead(withYehForHamzaLetters(left)) &&
    !/[\u064A\u0643\u0649\u0640\u200C]/.test(left) &&
    right.charCodeAt(0) !== 0x0648 &&
    !GLUED_DEMONSTRATIVE.test(left) &&
    !(CONJUNCTION_KE.test(right) && GLUED_PREPOSITION.test(left)) &&
    !NUMBER_WORDS.has(left) &&
    !right.startsWith('ال')
  ) {
    return undefined;
  }
  const vetoed = previous !== undefined && VERB_PREFIXES.has(left) && MEY_NOUN_CONTEXT.has(normalizeWord(previous));
  if (vetoed) return undefined;
  const key = style + left + ' ' + right;
  const known = pairCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = decidePair(left, right, style) ?? pairKeptWhole(left, right) ?? compoundPairWithEnding(left, right, style) ?? wordWithArabicArticle(left, right);
  // Typed on an Arabic layout, only an affix is joined (می شود): ARMAN writes «این كه» apart 71 times in part 1,
  // where it writes «این‌که» 19 times and «این که» 5.
  const decided = found && !found.affix && (typedOnArabicLayout(left) || typedOnArabicLayout(right)) ? undefined : found;
  return remember(pairCache, key, decided && { ...decided, listed: licensedSpelling(decided.form), attested: attestedAsOne(decided.form, left, right) });
}

const participleCache = new Map<string, PairRespelling | null>();

/**
 * A word and a past participle typed apart (انجام شده، به دست آمده's دست آمده aside) whose one-word spelling Lilak
 * lists or the corpus uses (انجام‌شده، آسیب‌دیده): a compound adjective when it modifies a noun (اقدامات انجام‌شده
 * در …), which the corpus writes with a ZWNJ twice as often as apart, and the verb's parts when it is the predicate
 * (انجام شده است), which it writes apart nine times as often. The caller tells the two apart by the word after it
 * (ARMAN parts 1-2, such pairs followed by a word that is no auxiliary, conjunction or punctuation: with a ZWNJ 90
 * times, apart 45; followed by one: 45 and 312). The corpus's overall counts mix both uses, so they are not asked.
 */
export function participleCompound(left: string, right: string): PairRespelling | undefined {
  if (!PARTICIPLE.test(right)) return undefined; // asked before a key is built: this runs at many words
  const key = left + ' ' + right;
  const known = participleCache.get(key);
  return known !== undefined ? (known ?? undefined) : remember(participleCache, key, decideParticiple(left, right));
}

function decideParticiple(left: string, right: string): PairRespelling | undefined {
  if (typedOnArabicLayout(left) || typedOnArabicLayout(right)) return undefined;
  const l = normalizeWord(left);
  const r = normalizeWord(right);
  if (l.length !== left.length || r.length !== right.length || l.length < 2 || r.indexOf(ZWNJ) >= 0 || l.charCodeAt(l.length - 1) === 0x200c) return undefined;
  if (!isPastParticiple(r) || isPastParticiple(l) || FUNCTION_WORDS.has(stripZwnj(l)) || !joinsLeft(l.charCodeAt(l.length - 1))) return undefined;
  const form = l + ZWNJ + r;
  if (!licensedSpelling(form) && corpusCount(form) === 0) return undefined;
  return { form, safe: false, affix: false, path: 'pair: participle compound before a word', freeParts: true, whereSpaced: true };
}

const tripleCache = new Map<string, PairRespelling | null>();

/**
 * Whether three words typed apart are one word with two ZWNJs (به عمل آمده → به‌عمل‌آمده، پیش بینی شده →
 * پیش‌بینی‌شده): where Lilak lists the phrase so, or the corpus writes it so at least three times and three times as
 * often as apart (three words apart, or two joined and one apart). Lilak lists few such phrases, and the pair rules
 * see only two words at a time, so that a phrase whose pairs are no words (به عمل، عمل آمده) was never joined.
 * Not typed on an Arabic layout (ك، ي), where a space is the writer's.
 */
export function respellTriple(first: string, second: string, third: string): PairRespelling | undefined {
  // Every phrase Lilak lists or the corpus attests with two ZWNJs begins with the first part of a compound: asked
  // before a key is built, since this runs at nearly every word.
  if (!isCompoundHead(first) && !isCompoundHead(withYehForHamzaLetters(first))) return undefined;
  const key = first + ' ' + second + ' ' + third;
  const known = tripleCache.get(key);
  return known !== undefined ? (known ?? undefined) : remember(tripleCache, key, decideTriple(first, second, third));
}

function decideTriple(first: string, second: string, third: string): PairRespelling | undefined {
  const words = [first, second, third];
  if (words.some((w) => typedOnArabicLayout(w) || w.charCodeAt(0) === 0x200c || w.charCodeAt(w.length - 1) === 0x200c)) return undefined;
  const [a, b, c] = words.map(normalizeWord);
  if (a.length !== first.length || b.length !== second.length || c.length !== third.length) return undefined;
  const form = a + ZWNJ + b + ZWNJ + c;
  const together = corpusCount(form);
  // Apart is all three apart, or two of them joined and the third apart (پیش‌بینی شده).
  const apart = spacedTripleCount(a, b, c) + spacedPairCount(a + ZWNJ + b, c) + spacedPairCount(a, b + ZWNJ + c);
  // Lilak lists the phrase as one word (به‌طوری‌که، به‌هم‌خورده) and the corpus writes it apart no more often than so,
  // or the corpus alone writes it so clearly more often than apart.
  const listed = licensedSpelling(form) && apart <= together;
  if (!listed && (together < 3 || together < 3 * apart)) return undefined;
  return { form, safe: false, affix: false, path: 'triple: corpus-joined phrase', freeParts: true, attested: together >= 3 && together >= 3 * apart };
}

function decidePair(left: string, right: string, style: ZwnjStyle): PairRespelling | undefined {
  const l = normalizeWord(left);
  const r = normalizeWord(right);
  if (l.length !== left.length || r.length !== right.length) return undefined;
  if (l.charCodeAt(l.length - 1) === 0x200c || r.charCodeAt(0) === 0x200c) return undefined;
  const table = lexiconTable();
  const leftKey = stripZwnj(l);
  const rightKey = stripZwnj(r);
  const verbPrefix = isVerbPrefix(l);
  // Two endings in a row (ها + یی، تر + ی) are bound, unless they spell a word of their own (امت is not ام + ت,
  // ایشان not ای + شان), except after the plural or the comparative (تری، هامان).
  const bound =
    table.suffixesByKey.has(rightKey) ||
    PLURAL_ENDINGS.has(rightKey) ||
    (boundPairKey(rightKey) && (/^(ها|تر)/.test(rightKey) || spellingsOf(rightKey).length === 0));
  const prefix = table.prefixesByKey.has(leftKey);
  if (gluedConjunction(leftKey, rightKey)) return { form: l + ZWNJ + r, safe: false, affix: false, path: GLUED_CONJUNCTION_PATH, freeParts: true };
  // A number and a measure (سه ساله، پنج نفره، ده متری): an adjective written as one word with a ZWNJ, in ARMAN
  // parts 1-2 43 times against 11 apart; as often two words elsewhere, so only where the text types ZWNJs as spaces.
  if (NUMBER_WORDS.has(leftKey) && NUMBER_MEASURES.has(rightKey) && joinsLeft(leftKey.charCodeAt(leftKey.length - 1))) {
    return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: number + measure', freeParts: true, whereSpaced: true };
  }
  // A preposition glued to این/آن (دراین، بااین، ازآن: no word, and never alone in ARMAN) begins a phrase written
  // as one word: دراین‌صورت، بااین‌همه، ازآن‌جاکه.
  // A preposition glued to a noun before که (درصورتی که، درحالی که: ARMAN parts 1-2 write درحالی‌که 34 times and
  // never apart) is one conjunction.
  const glued = GLUED_PREPOSITION.exec(leftKey);
  if (glued && rightKey === 'که' && spellingsOf(leftKey).length === 0 && spellingsOf(glued[2]).length > 0) {
    return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: glued preposition + که', freeParts: true };
  }
  if (GLUED_DEMONSTRATIVE.test(leftKey) && spellingsOf(leftKey).length === 0 && spellingsOf(rightKey).length > 0) {
    return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: glued preposition', freeParts: true };
  }
  // The precise gate, on normalised letters: some reason to think the pair is one word.
  // A compound written with the older ئ (آئین نامه) is looked up through its ی twin (آیین‌نامه), as spellingsOf does.
  const twinKey = withYehForHamzaLetters(leftKey + rightKey);
  if (
    !verbPrefix &&
    !bound &&
    !prefix &&
    !BOUND_TAILS.has(rightKey) &&
    table.withZwnj(leftKey + rightKey).length === 0 &&
    attestedZwnjForms(leftKey + rightKey).length === 0 &&
    (twinKey === leftKey + rightKey || table.withZwnj(twinKey).length === 0)
  ) {
    return undefined;
  }

  const key = leftKey + rightKey;
  const spellings = spellingsOf(key);
  if (spellings.length === 0) return productivePair(l, r, leftKey, rightKey);
  const ranked = rankSpellings(spellings, style);
  const wanted = junctions(l).concat([leftKey.length], junctions(r).map((j) => j + leftKey.length));
  const joined = ranked.filter((s) => {
    const at = junctions(s.form);
    return at.length === wanted.length && includesAll(at, wanted);
  });
  if (joined.length === 0) {
    // A compound whose second part never stands alone and which Lilak writes only joined (قانونگرایی), typed apart
    // (قانون گرایی): the space stands for the ZWNJ the Academy writes between its parts.
    const lilakJoined = spellings.some((s) => s.form === key && s.listed);
    if (lilakJoined && BOUND_TAILS.has(rightKey) && joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && spacedPairCount(l, r) === 0 && spellingsOf(leftKey).length > 0) {
      return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: bound tail, Lilak joined' };
    }
    // A plural or superlative typed apart after a compound the pair rules built (آدم‌کشی ها), whose whole the
    // lexicon spells otherwise (آدمکشیها): the ending joins the compound as written.
    if (bound && wordsJoined(l)) return productivePair(l, r, leftKey, rightKey);
    return undefined;
  }
  const form = joined[0].form;
  const together = corpusCount(form);
  const apart = spacedPairCount(l, r);
  // A spelling only the corpus attests (ال‌گور، علاوه‌بر), not Lilak: only where the corpus clearly prefers it (twice
  // as often as apart).
  // An ending after a licensed word (جهت‌گیری + های) is licensed whatever Lilak lists of the whole.
  // A second part that makes compounds and never stands alone (ریخته گری، علاقه مندان، بحران سازی) licenses the
  // compound it ends, unless the corpus writes this pair apart.
  // (The corpus does see them alone, سازی 29 times in ARMAN part 1, but only because writers type them apart.)
  const boundTail = BOUND_TAILS.has(rightKey) && apart === 0;
  // Seen twice and never apart is evidence enough for a two-part word (هیأت‌مدیره، ازاین‌رو); a phrase of three or
  // more parts glued into one (به‌عبارت‌دیگر) needs more, since its parts stand apart in any other text.
  const attestedOften = together >= Math.max(junctions(form).length > 1 ? 3 : SEEN, ATTESTED_MORE_OFTEN * apart);
  if (!(bound && (licensedSpelling(l) || wordsJoined(l))) && !boundTail && !licensedSpelling(form) && !attestedOften) return undefined;
  const leftIsWord = spellingsOf(leftKey).length > 0;
  const rightIsWord = spellingsOf(rightKey).length > 0;
  if (verbPrefix || bound) return { form, safe: true, affix: true, path: verbPrefix ? 'pair: verb prefix' : 'pair: ending' };
  if (!leftIsWord || !rightIsWord) return { form, safe: true, affix: false, path: 'pair: a part no word' };
  // «بی سابقه»: the prefix بی typed apart from a word that stands alone is common and readable (ARMAN joins most
  // but not all: 43 of 51 in part 1). It is joined where the corpus writes this one joined, seen at least twice and
  // twice as often as apart (بی‌توجهی), or, never seen either way, where Lilak lists the compound (بی‌اعتنا); not
  // when typed with the Arabic ي (بي): text typed on an Arabic layout, which has no ZWNJ key, writes «بي X» apart
  // throughout (one ARMAN writer does). A writer who types ZWNJs elsewhere in the paragraph keeps «بی X» (see
  // freeParts). Unseen ones: dev blind spaced F1 0.930 -> 0.932, cross 0.927 -> 0.929, wrong edits unchanged.
  if (prefix && !(together >= SEEN && together >= PAIR_MORE_OFTEN * Math.max(1, apart))) {
    if (together > 0 || apart > 0 || !joined[0].listed || left !== 'بی') return undefined;
    return { form, safe: false, affix: false, path: 'pair: بی unseen', freeParts: true };
  }
  // Two words that each stand alone (پیش + بینی، این + که): join where the corpus writes them as one word at
  // least three times as often as apart (it writes انجام‌شده and انجام شده alike: either is the writer's), or,
  // unseen, where Lilak lists the compound, neither part is a function word that the
  // Academy writes apart (این که، هیچ کس), and the second part is rare on its own (سرمایه گذاری, not اعلام شده:
  // a participle or noun that often stands alone is as likely two words as a compound).
  if (apart > together) return undefined;
  // Before a past participle (تعیین شده) the corpus writes both ways; a few joined sightings are no evidence.
  const participleSeen = isPastParticiple(r) ? 2 * SEEN : SEEN;
  if (together >= participleSeen && together >= PAIR_MORE_OFTEN * Math.max(1, apart)) return { form, safe: false, affix: false, path: prefix ? 'pair: بی corpus-joined' : 'pair: corpus-joined compound', freeParts: !BOUND_TAILS.has(rightKey) };
  // Nor, unseen, before a past participle (انجام شده، سازمان یافته، نام برده): the Academy writes a compound
  // verb's parts apart, and the corpus writes them both ways. A word said twice that Lilak lists as one (کم کم →
  // کم‌کم) is that word, however common its half.
  if (together === 0 && (joined[0].listed || boundTail) && !isPastParticiple(r) && !FUNCTION_WORDS.has(leftKey) && !FUNCTION_WORDS.has(rightKey) && (boundTail || leftKey === rightKey || corpusCount(r) < FREE_STANDING)) {
    return { form, safe: false, affix: false, path: boundTail ? 'pair: bound tail' : leftKey === rightKey ? 'pair: word said twice' : 'pair: listed compound, rare part', freeParts: !boundTail };
  }
  // A compound Lilak lists whose second part also stands alone (اسباب بازی، نیمه تمام، لذت بخش), unseen: as likely two
  // words as one in most text, but where the writer typed a verb prefix or an ending apart too, a ZWNJ was lost.
  if (together === 0 && joined[0].listed && !isPastParticiple(r) && !FUNCTION_WORDS.has(leftKey) && !FUNCTION_WORDS.has(rightKey)) {
    return { form, safe: false, affix: false, path: 'pair: listed compound, where spaced', freeParts: true, whereSpaced: true };
  }
  // «هم» (also) before a word with which Lilak lists a ZWNJ compound (هم‌میهن، هم‌سخن، هم‌اینک), unseen: ARMAN parts
  // 1-2 write such pairs with a ZWNJ 42 times and apart 3 (با هم سخن بگویند), so the prefix, not the adverb, where
  // the paragraph types lost ZWNJs as spaces (dev blind spaced tp +5, fp +1; cross +3, +1).
  if (together === 0 && apart === 0 && leftKey === 'هم' && joined[0].listed && form.indexOf(ZWNJ) === 2 && !FUNCTION_WORDS.has(rightKey) && !isPastParticiple(r)) {
    return { form, safe: false, affix: false, path: 'pair: هم prefix, unseen', freeParts: true, whereSpaced: true };
  }
  return undefined;
}

/**
 * Two words PEYMA keeps as one token and ARMAN writes with a ZWNJ, never apart (چه بسا، به جز، بی بدیل، کم نظیر):
 * one word by two corpora's evidence, where ARMAN alone saw its ZWNJ form too seldom to count it attested. PEYMA's
 * multi-word tokens are units (از جمله) or words that lost their ZWNJ, and ARMAN's spellings tell the two apart
 * (ARMAN part 1 writes such pairs in part 2 with a ZWNJ 60 times, apart 3). Both parts stand alone: a writer who
 * types ZWNJs and lost none keeps the pair as typed.
 */
function pairKeptWhole(left: string, right: string): PairRespelling | undefined {
  const l = normalizeWord(left);
  const r = normalizeWord(right);
  // Not before a past participle (ضبط شده), which the corpus writes both ways: a ZWNJ or two are no evidence.
  if (l.length !== left.length || r.length !== right.length || !keptWhole(l, r) || isPastParticiple(r)) return undefined;
  return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: kept whole in PEYMA, ZWNJ in ARMAN', freeParts: true };
}

const GLUED_CONJUNCTION_PATH = 'pair: glued و';

/**
 * A word and an Arabic word with its article typed apart (قوام الدین، فاطمه الزهرا، الرحمن الرحیم), where the
 * article word is no word of its own and the corpus writes it after a ZWNJ at least twice (جلال‌الدین،
 * برهان‌الدین): the article binds the word to the one before it, and ARMAN writes such words after a ZWNJ (parts
 * 1-2: 291 times) and apart after a word twice.
 */
function wordWithArabicArticle(left: string, right: string): PairRespelling | undefined {
  const l = normalizeWord(left);
  const r = normalizeWord(right);
  if (l.length !== left.length || r.length !== right.length || r.length < 4 || l.length < 2 || !/^[\u0621-\u064A\u067E-\u06CC\u200C]+$/.test(l)) return undefined;
  if (FUNCTION_WORDS.has(l) || articleTailCount(r) < SEEN || spellingsOf(stripZwnj(r)).length > 0) return undefined;
  return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: Arabic article word' };
}

/** The endings a compound takes on its second part (نخست‌وزیر + ی، سرمایه‌دار + ان، میانه‌رو + های). */
const COMPOUND_ENDINGS = ['ی', 'ان', 'ها', 'های', 'ای'];

/**
 * A compound typed apart whose second part carries an ending (نخست وزیری، چشم اندازی، سرمایه داران), which the
 * lexicon and the corpus rarely list whole: joined as the compound without the ending would be (نخست وزیر →
 * نخست‌وزیر), with the ending spelt as the lexicon spells it after that compound (نخست‌وزیری), by the same
 * evidence and with the same gates, unless the corpus writes the whole pair apart more often than with a ZWNJ.
 */
function compoundPairWithEnding(left: string, right: string, style: ZwnjStyle): PairRespelling | undefined {
  // A function word stands apart (یک هوای خوب), whatever it makes with the word after it.
  if (FUNCTION_WORDS.has(normalizeWord(left))) return undefined;
  for (const ending of COMPOUND_ENDINGS) {
    if (!right.endsWith(ending) || right.length - ending.length < 2) continue;
    const base = decidePair(left, right.slice(0, right.length - ending.length), style);
    // A و glued to a word takes only the plural (ساخت وسازها): read off other letters it misreads (بدان وادی is no
    // بدان‌واد + ی).
    if (!base || base.affix || (base.path === GLUED_CONJUNCTION_PATH && !ending.startsWith('ها'))) continue;
    const visibleBase = visibleSpelling(base.form);
    const listed = rankSpellings(spellingsOf(stripZwnj(normalizeWord(left + right))), style).find((s) => visibleSpelling(s.form).startsWith(visibleBase) && s.form.length >= base.form.length + ending.length);
    const whole = listed?.form ?? withEnding(base.form, ending);
    // The whole pair's own sightings come first: the corpus writing it apart more often than with a ZWNJ vetoes it.
    if (whole && spacedPairCount(normalizeWord(left), normalizeWord(right)) <= corpusCount(whole)) return { ...base, form: whole, path: base.path + ' + ending' };
  }
  return undefined;
}

/**
 * A compound with an ending, spelt as the guide spells the ending after the compound's last letter, where the
 * lexicon has no spelling of the whole (سرمایه‌دار + ان → سرمایه‌داران); the joined path (compoundWithEnding) and
 * the spaced one (compoundPairWithEnding) both spell endings here. ان and ی joined, except after ی or a silent ه
 * (and ا or و for ان), where they change their form; the plural and the comparative with a ZWNJ after a joining
 * letter; ای and the personal endings only after ه or ی, with a ZWNJ.
 */
function withEnding(compound: string, ending: string): string | undefined {
  const last = compound[compound.length - 1];
  let joiner: string | undefined;
  if (ending === 'ی') joiner = takesJoinedYeh(compound) ? '' : undefined;
  else if (ending === 'ان') joiner = 'هیاو'.includes(last) ? undefined : '';
  else if (AFTER_HEH_OR_YEH.includes(ending)) joiner = last === 'ه' || last === 'ی' ? ZWNJ : undefined;
  else joiner = joinsLeft(last.charCodeAt(0)) ? ZWNJ : ''; // the plural and the comparative
  return joiner === undefined ? undefined : compound + joiner + ending;
}

/**
 * Whether the corpus writes the pair as one word with a ZWNJ clearly more often than apart: at least three times,
 * and three times as often as apart (ال‌گور 10 times in ARMAN part 1, ال گور twice).
 */
function attestedAsOne(form: string, left: string, right: string): boolean {
  const together = corpusCount(form);
  return together >= 3 && together >= 3 * spacedPairCount(normalizeWord(left), normalizeWord(right));
}

/** Number words, and the measures that make adjectives of them (سه‌ساله، پنج‌نفره). */
const NUMBER_WORDS = new Set([
  'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده',
  'شانزده', 'هفده', 'هجده', 'نوزده', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود', 'صد', 'چند',
]);
const NUMBER_MEASURES = new Set(['ساله', 'ماهه', 'روزه', 'ساعته', 'نفره', 'نفری', 'متری', 'جانبه', 'بعدی', 'طبقه', 'گانه']);

/** A preposition glued to a demonstrative: the head of a phrase written as one word (دراین‌صورت). */
const GLUED_DEMONSTRATIVE = /^(در|با|از)(این|آن)$/;
/** A preposition glued to a word of three letters or more (درصورتی، باوجود), and the conjunction after it. */
const GLUED_PREPOSITION = /^(در|با|از|بر)(.{3,})$/;
const CONJUNCTION_KE = /^(که|كه)$/;

/**
 * A pair of words joined by «و» that one word glues together (سیستان‌وبلوچستان، رفت‌وآمد، قوم‌وخویش), typed with a
 * space for the ZWNJ before و: the right word is و glued to a word and no word itself (not وزیر، ورود، وام), the
 * left a word that joins the letter after it.
 */
function gluedConjunction(left: string, right: string): boolean {
  if (right.length < 3 || right.charCodeAt(0) !== 0x0648 || !joinsLeft(left.charCodeAt(left.length - 1))) return false;
  if (spellingsOf(right).length > 0 || corpusCount(right) > 0) return false;
  return spellingsOf(left).length > 0 && spellingsOf(right.slice(1)).length > 0;
}

/** A compound the pair rules built of words (سه‌ساله، سیستان‌وبلوچستان): its ending typed apart joins it too. */
function wordsJoined(form: string): boolean {
  return form.indexOf(ZWNJ) > 0 && form.split(ZWNJ).every((part) => spellingsOf(stripZwnj(part)).length > 0);
}

/**
 * Lilak licenses the spelling, or its older ئ spelling (توانائی‌های as توانایی‌های), or the ZWNJ twin of a plural
 * or comparative it lists joined (میلیون‌ها beside میلیونها).
 */
function licensedSpelling(form: string): boolean {
  const withYeh = withYehForHamzaLetters(form);
  if (isLicensed(form) || isLicensed(withYeh)) return true;
  const m = /\u200C(ها|های|هایی|هائی|تر|ترین)$/.exec(withYeh);
  return m !== null && isLicensed(withYeh.slice(0, m.index) + m[1]);
}

/** The plural never stands alone: «توانائی های» is one word whatever the lexicon knows of its stem (هائی is the
 * older spelling of هایی: پرسش هائی). */
const PLURAL_ENDINGS = new Set(['ها', 'های', 'هایی', 'هائی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست']);

/** The superlative ending, which never stands alone either (بحرانی ترین: Lilak gives بحرانی no comparative). */
const SUPERLATIVE = 'ترین';
/** The comparative and the comparative with the suffix ی, which stand alone only as «wet» (تر) and «wetness». */
const COMPARATIVES = new Set(['تر', 'تری']);

/** A pair that is one word though the lexicon lacks the whole: a Persian word and a plural or superlative ending
 * typed apart. */
function productivePair(l: string, r: string, leftKey: string, rightKey: string): PairRespelling | undefined {
  if ((PLURAL_ENDINGS.has(rightKey) || rightKey === SUPERLATIVE) && leftKey.length >= 2 && joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && !PLURAL_ENDINGS.has(leftKey)) {
    return { form: l + ZWNJ + r, safe: true, affix: true, path: 'pair: plural/superlative' };
  }
  // A second part that never stands alone (گری، سازی، کننده) after a word the lexicon knows, where the lexicon has
  // no spelling of the whole (انقلابی گری): the space stands for the ZWNJ, as for a listed compound.
  if (BOUND_TAILS.has(rightKey) && leftKey.length >= 2 && joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && !FUNCTION_WORDS.has(leftKey) && spellingsOf(leftKey).length > 0 && spacedPairCount(l, r) === 0) {
    return { form: l + ZWNJ + r, safe: false, affix: false, path: 'pair: bound tail, unlisted whole' };
  }
  // The comparative typed apart after a word the lexicon knows but gives no comparative (بحرانی تر، مسئولانه تری):
  // «تر» alone (wet) follows a word once in ARMAN parts 1-2 (و تر), and never after a word that is no function word.
  if (COMPARATIVES.has(rightKey) && leftKey.length >= 2 && joinsLeft(leftKey.charCodeAt(leftKey.length - 1)) && !FUNCTION_WORDS.has(leftKey) && spellingsOf(leftKey).length > 0) {
    return { form: l + ZWNJ + r, safe: false, affix: true, path: 'pair: comparative' };
  }
  // The endings after a final ه (جلسه یی، همیشه ی: the older یی of ای, and the ezafe ی), after a word the lexicon
  // knows, which the lexicon does not build: typed apart, the space stands for the ZWNJ the guide writes there.
  if (AFTER_HEH_TYPED_APART.has(rightKey) && leftKey.length >= 2 && leftKey.endsWith('ه') && spellingsOf(leftKey).length > 0) {
    return { form: l + ZWNJ + r, safe: false, affix: true, path: 'pair: ending after ه' };
  }
  return undefined;
}

const AFTER_HEH_TYPED_APART = new Set([...AFTER_HEH_OR_YEH, 'یی', 'ی']);

/** Words the Academy writes apart from their neighbour even where a joined compound exists. */
const FUNCTION_WORDS = new Set(['این', 'آن', 'که', 'چه', 'هر', 'هیچ', 'یک', 'همین', 'همان', 'وقتی', 'چرا', 'به', 'از', 'در', 'با', 'تا', 'را', 'و', 'هم', 'قابل', 'نیم']);
/** The copula and auxiliaries, which stand apart from the word before them. */
const COPULAS = new Set(['است', 'هست', 'نیست', 'بود', 'شد', 'باشد']);
/** The shape of a past participle (شده، یافته، برده), which also nouns have (دسته). */
const PARTICIPLE = /[دت]ه$/;
/** Agent nouns on a present stem (تحریک‌کننده، تشکیل‌دهنده), which end like a participle but make compounds. */
const AGENT_NOUN = /^(کننده|دهنده|شونده|گیرنده|سازنده|آورنده|دارنده|گذارنده|رساننده)$/;

function isPastParticiple(word: string): boolean {
  // A past stem takes the verb prefix (شد: می‌شد, یافت: می‌یافت); دسته، هفته، نکته end alike but are nouns.
  return PARTICIPLE.test(word) && !AGENT_NOUN.test(word) && isLicensed('می' + ZWNJ + word.slice(0, -1));
}
/** A word seen this often on its own in the frequency corpus stands free (شده، توجه): no unattested compound. */
const FREE_STANDING = 20;

let suffixPairs: Set<string> | undefined;

/** A suffix followed by another (ها + یی, تر + ها), from a set built once. */
function boundPairKey(key: string): boolean {
  if (!suffixPairs) {
    const keys = [...lexiconTable().suffixesByKey.keys()];
    suffixPairs = new Set(keys.flatMap((a) => keys.map((b) => a + b)));
  }
  return suffixPairs.has(key);
}

