// Country names and demonyms in Persian, for the tagger's gazetteer features and for reading ARMAN's organisation
// tags (which cover both governments named by their country, «ایران», and nationalities, «ایرانی»). Names come from
// world-countries' Persian translations; demonyms are derived from them by the regular Persian rules (+ی، +یی after
// a vowel, ـستان dropped: قزاقستان → قزاق), plus the irregular ones that no rule derives.

import countries from 'world-countries';
import { normalizeWord } from '../../src/analysis/ner/normalize';

/** Demonyms that the regular derivation misses (or gets wrong), with the country they belong to. */
const IRREGULAR_DEMONYMS: [string, string][] = [
  ['روس', 'RU'], ['ترک', 'TR'], ['عرب', 'SA'], ['فرانسوی', 'FR'], ['آمریکایی', 'US'], ['امریکایی', 'US'],
  ['انگلیسی', 'GB'], ['بریتانیایی', 'GB'], ['اماراتی', 'AE'], ['سعودی', 'SA'], ['هلندی', 'NL'], ['سوئیسی', 'CH'],
  ['اسرائیلی', 'IL'], ['آلمانی', 'DE'], ['ایتالیایی', 'IT'], ['کره‌ای', 'KR'], ['عراقی', 'IQ'], ['مصری', 'EG'],
];

function fold(phrase: string): string {
  return phrase.split(/[\s\u200c]+/).filter(Boolean).map(normalizeWord).join(' ');
}

export function countryNames(): Set<string> {
  const names = new Set<string>();
  for (const country of countries) {
    const persian = country.translations.per;
    if (!persian) continue;
    names.add(fold(persian.common));
    names.add(fold(persian.official));
  }
  for (const extra of ['آمریکا', 'امریکا', 'انگلیس', 'بریتانیا', 'روسیه', 'امارات', 'کره جنوبی', 'کره شمالی', 'فلسطین']) names.add(fold(extra));
  return names;
}

function regularDemonyms(name: string): string[] {
  const last = name.charAt(name.length - 1);
  const forms: string[] = [];
  if (name.endsWith('ستان')) forms.push(name.slice(0, -4), name + 'ی');
  else if (last === 'ه') forms.push(name.slice(0, -1) + 'ی', name + 'ای');
  else if (last === 'ا' || last === 'و') forms.push(name + 'یی', name + 'ئی');
  else if (last !== 'ی') forms.push(name + 'ی');
  return forms;
}

/** Singular demonyms, folded. */
export function demonyms(): Set<string> {
  const out = new Set<string>();
  for (const name of countryNames()) {
    if (name.includes(' ')) continue;
    for (const form of regularDemonyms(name)) out.add(form);
  }
  for (const [word] of IRREGULAR_DEMONYMS) out.add(fold(word));
  return out;
}

const PLURALS = ['ها', 'ان', 'هایی'];

/** Whether a folded word is a demonym or its plural (ایرانیان، فلسطینیها، روسها). */
export function isDemonymForm(folded: string, singular: ReadonlySet<string>): boolean {
  if (singular.has(folded)) return true;
  for (const plural of PLURALS) {
    if (folded.endsWith(plural) && singular.has(folded.slice(0, -plural.length))) return true;
  }
  // ایرانیان = ایرانی + ان with the ی doubled away
  return folded.endsWith('یان') && singular.has(folded.slice(0, -2));
}

/** The gazetteer the tagger's features read: country names and demonyms. */
export function countryGazetteer(): [string, string][] {
  const entries: [string, string][] = [];
  for (const name of countryNames()) entries.push([name, 'country']);
  for (const demonym of demonyms()) entries.push([demonym, 'demonym']);
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
