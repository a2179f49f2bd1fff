// Links mentions in Persian prose to the knowledge base: countries and nationalities (id = ISO2), capitals used for
// their governments (city, id = slug), regions, and treaties (id = slug). It walks the compiled character trie
// (kb.matcher.json) from the start of each word, over ZWNJ, spaces, hyphens, short vowels and Arabic letter
// variants alike, so «پیمان‌های ابراهیم», «توافق‌نامه ابراهیم» and «توافقنامه ابراهیم» all arrive at one key. The
// longest name wins; a name may end inside a word only when the rest is an inflection that suits what it names
// (آمریکایی + ها → nationality; آمریکا + ی, the ezafe → country). Names that are also common words (مالی، دوشنبه،
// آستانه) are linked only after a word that announces a state or a city (کشور، دولت، پایتخت، مقامات …).
// English names inside Persian text (a Latin run such as «JCPOA» or «Kazakhstan») are looked up whole.

import type { EntityInput } from '../entities';
import type { Entity, EntityType } from '../types';
import { isAnyDigit, isArabicScriptLetter, isPersianWordChar } from '../text/script';
import type { Target, TargetKind } from './model';
import { ROOT, type NameTrie } from './nameTrie';
import { englishKey, isIgnorable, isSeparatorCode, keyCode, persianKey } from './normalize';
import { matcherData, nameTrie } from './store';

/** A treaty's name after سازمان is the name of the organisation it founded (سازمان پیمان آتلانتیک شمالی = NATO). */
const ORGANISATION_WORD = persianKey('سازمان');

/** Words after which a weak name (also a common word) reads as a state, a people or a capital. */
const CONTEXT_WORDS = new Set(
  [
    'کشور', 'کشورهای', 'جمهوری', 'دولت', 'دولتهای', 'حکومت', 'پایتخت', 'شهر', 'مقامات', 'سفیر', 'سفارت',
    'سفارتخانه', 'مردم', 'ملت', 'رئیس‌جمهور', 'رئیس‌جمهوری', 'نخست‌وزیر', 'وزیر', 'وزارت', 'روند', 'نشست',
    'مذاکرات', 'اجلاس', 'ارتش', 'پارلمان', 'سفر', 'دیدار', 'نمایندگان', 'هیئت', 'هیات', 'قوم', 'اقوام',
  ].map(persianKey),
);

const TYPE_OF: Record<TargetKind, EntityType> = {
  country: 'country',
  nationality: 'nationality',
  city: 'city',
  region: 'region',
  treaty: 'treaty',
  // «رژیم صهیونیستی» names a state's government, as an organisation does (both Persian NER corpora tag it ORG).
  government: 'organization',
};

const VOWEL_FINAL = /[اوه]$/;

/**
 * Whether a name whose key is `stem` may be followed, inside the same word, by `rest` (already a key): the
 * inflections that keep the reading. Countries and regions take the written ezafe after a vowel (آمریکای، روسیه‌ی);
 * peoples take plurals (روس‌ها، آمریکایی‌ها، آمریکاییان). Cities and treaties take nothing: «پاریسی» is not Paris.
 */
function inflectionFits(kind: TargetKind, stem: string, rest: string): boolean {
  switch (kind) {
    case 'country':
    case 'region':
      return rest === 'ی' && VOWEL_FINAL.test(stem);
    case 'nationality':
      return rest === 'ها' || rest === 'های' || rest === 'هایی' || rest === 'هاست' || (rest === 'ان' && stem.endsWith('ی'));
    default:
      return false;
  }
}

function isWordChar(code: number): boolean {
  return isPersianWordChar(code) || isAnyDigit(code);
}

interface Match {
  end: number;
  targets: number[];
  /** The key of the name, and the inflection after it within the last word ('' when the name ends the word). */
  stem: string;
  rest: string;
}

const YEH = 0x06cc;
const HEH = 0x0647;
const NO_MATCHES: Match[] = [];
/** The key codes of the name walked so far; reused, since a stem is turned into a string only when a name ends. */
const stemCodes: number[] = [];

/** Every name in the trie that starts at `start`, longest last. */
function matchesAt(text: string, start: number, limit: number, trie: NameTrie): Match[] {
  let found = NO_MATCHES;
  let node = ROOT;
  let length = 0;
  let i = start;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) {
      i++;
      continue;
    }
    if (isSeparatorCode(code)) {
      // Parts of a name are separated by at most a few spaces or a hyphen, never by a line or a sentence.
      let j = i;
      while (j < limit && isSeparatorCode(text.charCodeAt(j))) j++;
      if (j - i > 3) break;
      i = j;
      continue;
    }
    if (!isWordChar(code)) break;
    const key = keyCode(code);
    // The written ezafe after a final ه («معاهده‌ی ترکمانچای», «توافق‌نامه‌ی ابراهیم») is not part of the name.
    if (key === YEH && length > 0 && stemCodes[length - 1] === HEH && trie.child(node, YEH) < 0 && (i + 1 >= limit || !isWordChar(text.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    const next = trie.child(node, key);
    if (next < 0) break;
    node = next;
    stemCodes[length++] = key;
    i++;
    if (!trie.endsName(node)) continue;
    const targets = trie.targetsAt(node);
    let wordEnd = i;
    while (wordEnd < limit && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
    if (found === NO_MATCHES) found = [];
    found.push({ end: wordEnd, targets, stem: String.fromCharCode(...stemCodes.slice(0, length)), rest: persianKey(text.slice(i, wordEnd)) });
  }
  return found;
}

function previousWordKey(text: string, tokens: EntityInput['tokens'], index: number): string {
  if (index === 0) return '';
  const previous = tokens[index - 1];
  // Only a word in the same stretch of prose counts: «کشور، مالی» is not «کشور مالی».
  if (!/^[\s\u00a0]*$/.test(text.slice(previous.end, tokens[index].start))) return '';
  return persianKey(previous.text);
}

function choose(match: Match, targets: readonly Target[], previousWord: () => string): Target | undefined {
  const hasContext = () => CONTEXT_WORDS.has(previousWord());
  for (const index of match.targets) {
    const target = targets[index];
    if (match.rest !== '' && !inflectionFits(target.kind, match.stem, match.rest)) continue;
    if (target.weak && !hasContext()) continue;
    if (target.kind === 'treaty' && previousWord() === ORGANISATION_WORD) continue;
    return target;
  }
  return undefined;
}

function entity(text: string, start: number, end: number, target: Target): Entity {
  return { start, end, text: text.slice(start, end), type: TYPE_OF[target.kind], id: target.id, score: 1 };
}

function linkPersian(input: EntityInput, out: Entity[]): void {
  const { text, tokens, segments } = input;
  const { targets } = matcherData();
  const trie = nameTrie();
  let segment = 0;
  let covered = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.start < covered) continue;
    while (segment < segments.length && segments[segment].end <= token.start) segment++;
    const limit = segment < segments.length ? segments[segment].end : text.length;
    // A name starts at a letter: a token of kashida alone («هند ـ قزاقستان») or a leading ZWNJ is not its start.
    let start = token.start;
    while (start < token.end && !isArabicScriptLetter(text.charCodeAt(start))) start++;
    if (start === token.end) continue;
    const matches = matchesAt(text, start, limit, trie);
    if (matches.length > 0) covered = linkBest(input, t, start, matches, targets, out, covered);
  }
}

/**
 * Links the longest of the names found at `start` that suits its context; returns where linked text now ends. A
 * function of its own: a closure over the loop's token index would cost an allocation for every word.
 */
function linkBest(input: EntityInput, t: number, start: number, matches: readonly Match[], targets: readonly Target[], out: Entity[], covered: number): number {
  const { text, tokens } = input;
  const previousWord = () => previousWordKey(text, tokens, t);
  for (let m = matches.length - 1; m >= 0; m--) {
    const target = choose(matches[m], targets, previousWord);
    if (!target) continue;
    out.push(entity(text, start, matches[m].end, target));
    return matches[m].end;
  }
  return covered;
}

/** Latin runs are the gaps between prose segments; code, links, URLs and addresses among them are left alone. */
function linkEnglish(input: EntityInput, out: Entity[]): void {
  const { text, segments } = input;
  const { english, targets } = matcherData();
  const gaps: [number, number][] = [];
  let at = 0;
  for (const s of segments) {
    if (s.start > at) gaps.push([at, s.start]);
    at = Math.max(at, s.end);
  }
  if (at < text.length) gaps.push([at, text.length]);
  for (const [from, to] of gaps) {
    const gap = text.slice(from, to);
    if (/[`<@]|:\/\/|\]\(/.test(gap)) continue;
    const words = [...gap.matchAll(/[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]/g)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length }));
    for (let w = 0; w < words.length; ) {
      let linked = false;
      for (let last = Math.min(words.length - 1, w + 7); last >= w; last--) {
        const key = englishKey(text.slice(words[w].start, words[last].end));
        if (!Object.hasOwn(english, key)) continue;
        const indices = english[key];
        out.push(entity(text, words[w].start, words[last].end, targets[indices[0]]));
        w = last + 1;
        linked = true;
        break;
      }
      if (!linked) w++;
    }
  }
}

/** The knowledge-base recogniser: registered first in ENTITY_RECOGNIZERS, so that its exact links win overlaps. */
export function linkKnowledgeBase(input: EntityInput): Entity[] {
  const out: Entity[] = [];
  linkPersian(input, out);
  linkEnglish(input, out);
  return out.sort((a, b) => a.start - b.start);
}
