// The knowledge-base cards shown on hover and by `dabir lookup --format markdown`: pure functions from the
// compiled records to Markdown, in the writer's language, with the other language beside the names.
//
// Reading right to left: VS Code renders hover Markdown in a left-to-right box and drops the `dir` attribute, so a
// Persian line would read correctly only by luck of the bidi algorithm (a Latin word or a number in parentheses
// lands on the wrong side). Every Persian line is therefore wrapped in a right-to-left isolate (U+2067 … U+2069),
// which lays it out right to left whatever the box does; clients that can right-align (the VS Code client wraps
// cards in `<div align="right">`, an attribute its sanitiser keeps) make it look native. Lines, not bullet lists:
// a list's bullets would stay on the left.

import type { Entity, Locale, Localized } from '../types';
import { gregorianDateEn, gregorianDateFa, solarHijriDate } from './dates';
import type { City, Country, Named, Region, Treaty, TreatyParty } from './model';
import { cityById, countryByIso2, regionById, treatiesOf, treatyById } from './store';

export interface CardOptions {
  locale: Locale;
}

const RLI = '\u2067';
const PDI = '\u2069';
const LRI = '\u2066';

const L = {
  capital: { fa: 'پایتخت', en: 'Capital' },
  region: { fa: 'منطقه', en: 'Region' },
  area: { fa: 'مساحت', en: 'Area' },
  areaUnit: { fa: 'کیلومتر مربع', en: 'km²' },
  languages: { fa: 'زبان‌ها', en: 'Languages' },
  currency: { fa: 'واحد پول', en: 'Currency' },
  callingCode: { fa: 'پیش‌شماره تلفن', en: 'Calling code' },
  neighbours: { fa: 'همسایگان', en: 'Neighbours' },
  noNeighbours: { fa: 'بی‌همسایه زمینی', en: 'no land neighbours' },
  treaties: { fa: 'پیمان‌ها', en: 'Treaties' },
  more: { fa: 'و {n} مورد دیگر', en: 'and {n} more' },
  capitalOf: { fa: 'پایتخت {country}', en: 'Capital of {country}' },
  metonym: {
    fa: 'در خبرها نام پایتخت اغلب به جای دولت آن کشور می‌آید: «{city}» یعنی دولت {country}.',
    en: 'In the news a capital often stands for its government: “{city}” means the government of {country}.',
  },
  nationalityOf: { fa: 'ملیت یا مردم {country}', en: 'Nationality or people of {country}' },
  governmentOf: {
    fa: '«{name}» نامی سیاسی برای دولت {country} است، نه نام آن کشور.',
    en: '“{name}” is a political designation for the government of {country}, not the country’s name.',
  },
  aliases: { fa: 'نام‌های دیگر', en: 'Also called' },
  place: { fa: 'محل', en: 'Place' },
  parties: { fa: 'طرف‌ها', en: 'Parties' },
  founding: { fa: 'اعضای مؤسس', en: 'Founding members' },
  signatories: { fa: 'امضاکنندگان نخست', en: 'Original signatories' },
  principal: { fa: 'طرف‌های اصلی', en: 'Principal parties' },
  later: { fa: 'پیوستن‌های بعدی', en: 'Later accessions' },
  left: { fa: 'خارج‌شده', en: 'Left' },
  countries: { fa: '{n} کشور', en: '{n} states' },
  partiesCount: { fa: 'شمار طرف‌ها', en: 'Number of parties' },
  kind: { fa: 'نوع', en: 'Kind' },
  status: { fa: 'وضعیت', en: 'Status' },
  announced: { fa: 'اعلام‌شده', en: 'announced' },
  suspendedParty: { fa: 'عضویت معلق', en: 'suspended' },
  wikipediaFa: { fa: 'ویکی‌پدیای فارسی', en: 'Persian Wikipedia' },
  wikipediaEn: { fa: 'ویکی‌پدیای انگلیسی', en: 'English Wikipedia' },
  wikidata: { fa: 'ویکی‌داده', en: 'Wikidata' },
  asOf: { fa: 'تا {year}', en: 'as of {year}' },
} satisfies Record<string, Localized>;

const DATE_LABEL: Record<Treaty['dateKind'], Localized> = {
  signed: { fa: 'تاریخ امضا', en: 'Signed' },
  adopted: { fa: 'تاریخ تصویب متن', en: 'Adopted' },
  opened: { fa: 'گشایش برای امضا', en: 'Opened for signature' },
  founded: { fa: 'تاریخ تأسیس', en: 'Founded' },
  announced: { fa: 'تاریخ اعلام', en: 'Announced' },
};

const KIND_LABEL: Record<Treaty['kind'], Localized> = {
  peace: { fa: 'صلح', en: 'peace' },
  alliance: { fa: 'اتحاد و همکاری راهبردی', en: 'alliance' },
  'arms-control': { fa: 'کنترل تسلیحات', en: 'arms control' },
  trade: { fa: 'تجارت', en: 'trade' },
  border: { fa: 'مرز، سرزمین و آب', en: 'borders, territory and water' },
  environment: { fa: 'محیط زیست', en: 'environment' },
  'founding-charter': { fa: 'منشور یا سند تأسیس', en: 'founding charter' },
  'human-rights': { fa: 'حقوق بشر و حقوق بشردوستانه', en: 'human rights and humanitarian law' },
  other: { fa: 'دیگر', en: 'other' },
};

const STATUS_LABEL: Record<Treaty['status'], Localized> = {
  'in-force': { fa: 'لازم‌الاجرا', en: 'in force' },
  'not-in-force': { fa: 'لازم‌الاجرا نشده', en: 'not in force' },
  signed: { fa: 'امضاشده', en: 'signed' },
  announced: { fa: 'اعلام‌شده', en: 'announced' },
  expired: { fa: 'منقضی', en: 'expired' },
  terminated: { fa: 'پایان‌یافته', en: 'terminated' },
  suspended: { fa: 'معلق', en: 'suspended' },
  superseded: { fa: 'جایگزین‌شده', en: 'superseded' },
  historical: { fa: 'تاریخی', en: 'historical' },
};

/** More parties than this are shown as a count. */
const MAX_LISTED_PARTIES = 12;
const MAX_LISTED_TREATIES = 8;

// ---- pieces ------------------------------------------------------------------------------------------------------

function fill(template: Localized, locale: Locale, values: Record<string, string | number>): string {
  return template[locale].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

function number(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB').format(value);
}

function list(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'fa' ? '، ' : ', ');
}

/** The name in the writer's language, with the other language after it when it adds something. */
function bilingual(name: Named, locale: Locale): string {
  const [first, second] = locale === 'fa' ? [name.fa || name.en, name.en] : [name.en || name.fa, name.fa];
  return second && second !== first ? `${first} (${isolateLtrIn(second, locale)})` : first;
}

/**
 * A Latin or numeric piece inside a Persian line keeps its own left-to-right order: «+7», not «7+»; «KZT ₸», not
 * «₸ KZT» (currency signs, U+20A0–U+20CF, belong to the piece; an Arabic-script sign such as ﷼ leaves it Persian).
 */
function isolateLtrIn(text: string, locale: Locale): string {
  return locale === 'fa' && /^[\x00-\x7F\u00C0-\u024F²\u20A0-\u20CF]+$/.test(text) ? `${LRI}${text}${PDI}` : text;
}

function say(name: Named, locale: Locale): string {
  return (locale === 'fa' ? name.fa : name.en) || name.en || name.fa;
}

/** One line of a card: `**label:** value`, right to left for Persian. */
function line(text: string, locale: Locale): string {
  return locale === 'fa' ? `${RLI}${text}${PDI}` : text;
}

/** A card's title: the isolate goes inside the heading, or the `###` would no longer start the line. */
function heading(text: string, locale: Locale): string {
  return `### ${line(text, locale)}`;
}

function fact(label: Localized, value: string, locale: Locale): string {
  return line(`**${label[locale]}:** ${value}`, locale);
}

/** Lines joined by Markdown hard breaks; paragraphs by blank lines. */
function block(lines: readonly (string | undefined)[]): string {
  return lines.filter((l): l is string => Boolean(l)).join('  \n');
}

function countryLabel(iso2: string, locale: Locale): string {
  const country = countryByIso2(iso2);
  return country ? `${country.flag} ${say(country.name, locale)}` : iso2;
}

function wikipediaSearch(host: string, title: string): string {
  const query = encodeURIComponent(title).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `https://${host}/wiki/Special:Search?search=${query}&go=Go`;
}

function dateLine(isoDay: string, locale: Locale): string {
  return locale === 'fa'
    ? `${solarHijriDate(isoDay)} (${gregorianDateFa(isoDay)})`
    : `${gregorianDateEn(isoDay)} (${solarHijriDate(isoDay)})`;
}

function wrapDocument(paragraphs: readonly (string | undefined)[]): string {
  return paragraphs.filter((p): p is string => Boolean(p)).join('\n\n');
}

// ---- cards -------------------------------------------------------------------------------------------------------

export function countryCard(country: Country, { locale }: CardOptions, lead?: string): string {
  const title = heading(`${country.flag} ${say(country.name, locale)} · ${locale === 'fa' ? country.name.en : country.name.fa}`, locale);
  const official = bilingual(country.official, locale);
  const region = [country.subregion, country.region].map((r) => say(r, locale)).filter(Boolean);
  const currencies = country.currencies.map((c) => `${say(c.name, locale)} (${isolateLtrIn([c.code, c.symbol].filter(Boolean).join(' '), locale)})`);
  const neighbours = country.borders.map((iso2) => countryLabel(iso2, locale));
  const treaties = [...treatiesOf(country.iso2)].reverse();
  const shown = treaties.slice(0, MAX_LISTED_TREATIES).map((t) => `${say(t.name, locale)} (${yearOf(t.date, locale)})`);
  if (treaties.length > MAX_LISTED_TREATIES) shown.push(fill(L.more, locale, { n: number(treaties.length - MAX_LISTED_TREATIES, locale) }));
  return wrapDocument([
    title,
    block([
      lead ? line(lead, locale) : undefined,
      line(official, locale),
      country.capital.fa || country.capital.en ? fact(L.capital, bilingual(country.capital, locale), locale) : undefined,
      region.length ? fact(L.region, list(region, locale), locale) : undefined,
      fact(L.area, `${number(country.area, locale)} ${L.areaUnit[locale]}`, locale),
      country.languages.length ? fact(L.languages, list(country.languages.map((l) => say(l, locale)), locale), locale) : undefined,
      currencies.length ? fact(L.currency, list(currencies, locale), locale) : undefined,
      country.callingCode ? fact(L.callingCode, isolateLtrIn(country.callingCode, locale), locale) : undefined,
      fact(L.neighbours, neighbours.length ? list(neighbours, locale) : L.noNeighbours[locale], locale),
      shown.length ? fact(L.treaties, list(shown, locale), locale) : undefined,
    ]),
  ]);
}

function yearOf(isoDay: string, locale: Locale): string {
  const year = Number(isoDay.slice(0, 4));
  return locale === 'fa' ? new Intl.NumberFormat('fa-IR', { useGrouping: false }).format(year) : String(year);
}

export function cityCard(city: City, { locale }: CardOptions): string {
  const country = countryByIso2(city.capitalOf);
  const countryName = country ? `${country.flag} ${say(country.name, locale)}` : city.capitalOf;
  return wrapDocument([
    heading(`🏛️ ${say(city.name, locale)} · ${locale === 'fa' ? city.name.en : city.name.fa}`, locale),
    block([
      line(fill(L.capitalOf, locale, { country: countryName }), locale),
      line(fill(L.metonym, locale, { city: say(city.name, locale), country: country ? say(country.name, locale) : city.capitalOf }), locale),
    ]),
  ]);
}

export function regionCard(region: Region, { locale }: CardOptions): string {
  return wrapDocument([
    heading(`🗺️ ${say(region.name, locale)} · ${locale === 'fa' ? region.name.en : region.name.fa}`, locale),
    line(say(region.note, locale), locale),
  ]);
}

function partyLabel(party: TreatyParty, locale: Locale, withJoinDate: boolean, underLeftLabel = false): string {
  const details: string[] = [];
  if (party.status === 'announced') details.push(L.announced[locale]);
  if (party.status === 'suspended') details.push(L.suspendedParty[locale]);
  if (withJoinDate && party.joined) details.push(locale === 'fa' ? solarHijriDate(party.joined) : gregorianDateEn(party.joined));
  if (party.left) details.push(`${underLeftLabel ? '' : `${L.left[locale]} `}${locale === 'fa' ? solarHijriDate(party.left) : gregorianDateEn(party.left)}`);
  if (party.note) details.push(say(party.note, locale));
  const label = countryLabel(party.iso2, locale);
  return details.length ? `${label} (${details.join(locale === 'fa' ? '، ' : ', ')})` : label;
}

function partyLines(treaty: Treaty, locale: Locale): string[] {
  const original = treaty.parties.filter((p) => !p.joined);
  const later = treaty.parties.filter((p) => p.joined);
  const scopeLabel = { all: L.parties, founding: L.founding, signatories: L.signatories, principal: L.principal, 'un-members-except': L.parties }[treaty.partiesScope];
  const lines: string[] = [];
  if (treaty.parties.length > MAX_LISTED_PARTIES) {
    const count = treaty.partyCount?.count ?? treaty.parties.length;
    const asOf = treaty.partyCount ? ` (${fill(L.asOf, locale, { year: yearOf(`${treaty.partyCount.asOf}-01-01`, locale) })})` : '';
    lines.push(fact(L.partiesCount, `${fill(L.countries, locale, { n: number(count, locale) })}${asOf}`, locale));
    const left = treaty.parties.filter((p) => p.left);
    if (left.length) lines.push(fact(L.left, list(left.map((p) => partyLabel(p, locale, false, true)), locale), locale));
    return lines;
  }
  if (original.length) lines.push(fact(scopeLabel, list(original.map((p) => partyLabel(p, locale, false)), locale), locale));
  if (later.length) lines.push(fact(L.later, list(later.map((p) => partyLabel(p, locale, true)), locale), locale));
  if (treaty.partyCount) {
    const asOf = fill(L.asOf, locale, { year: yearOf(`${treaty.partyCount.asOf}-01-01`, locale) });
    lines.push(fact(L.partiesCount, `${fill(L.countries, locale, { n: number(treaty.partyCount.count, locale) })} (${asOf})`, locale));
  }
  return lines;
}

export function treatyCard(treaty: Treaty, { locale }: CardOptions): string {
  const other = locale === 'fa' ? treaty.name.en : treaty.name.fa;
  const aliases = [...new Set([...treaty.abbreviationsFa, ...treaty.aliasesFa])].slice(0, 8);
  const status = STATUS_LABEL[treaty.status][locale];
  const statusText = treaty.statusNote ? `${status}${locale === 'fa' ? '؛ ' : '; '}${say(treaty.statusNote, locale)}` : status;
  const links = [
    `[${L.wikipediaFa[locale]}](${wikipediaSearch('fa.wikipedia.org', treaty.name.fa)})`,
    `[${L.wikipediaEn[locale]}](${wikipediaSearch('en.wikipedia.org', treaty.name.en)})`,
    treaty.wikidata ? `[${L.wikidata[locale]}](https://www.wikidata.org/wiki/${treaty.wikidata})` : undefined,
  ].filter(Boolean);
  return wrapDocument([
    heading(`📜 ${say(treaty.name, locale)} · ${other}`, locale),
    block([
      aliases.length ? fact(L.aliases, list(aliases, locale), locale) : undefined,
      fact(DATE_LABEL[treaty.dateKind], dateLine(treaty.date, locale), locale),
      treaty.dateNote ? line(say(treaty.dateNote, locale), locale) : undefined,
      treaty.place.fa || treaty.place.en ? fact(L.place, say(treaty.place, locale), locale) : undefined,
      ...partyLines(treaty, locale),
      fact(L.kind, KIND_LABEL[treaty.kind][locale], locale),
      fact(L.status, statusText, locale),
    ]),
    line(say(treaty.summary, locale), locale),
    line(links.join(' · '), locale),
  ]);
}

/** The card of a linked entity, or undefined when the entity has no knowledge-base record. */
export function entityCard(entity: Pick<Entity, 'type' | 'id' | 'text'>, options: CardOptions): string | undefined {
  if (!entity.id) return undefined;
  switch (entity.type) {
    case 'country': {
      const country = countryByIso2(entity.id);
      return country && countryCard(country, options);
    }
    case 'nationality': {
      const country = countryByIso2(entity.id);
      return country && countryCard(country, options, fill(L.nationalityOf, options.locale, { country: `«${entity.text}» → ${say(country.name, options.locale)}` }));
    }
    case 'organization': {
      // Linked organisations are a country's government under a political designation (رژیم صهیونیستی).
      const country = countryByIso2(entity.id);
      return country && countryCard(country, options, fill(L.governmentOf, options.locale, { name: entity.text, country: say(country.name, options.locale) }));
    }
    case 'city': {
      const city = cityById(entity.id);
      return city && cityCard(city, options);
    }
    case 'region': {
      const region = regionById(entity.id);
      return region && regionCard(region, options);
    }
    case 'treaty': {
      const treaty = treatyById(entity.id);
      return treaty && treatyCard(treaty, options);
    }
    default:
      return undefined;
  }
}
