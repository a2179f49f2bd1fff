// `dabir lookup TEXT [--format json|markdown]`: the knowledge-base card of a country or a treaty, found by name,
// alias, abbreviation, ISO code or slug. Exit 0 found, 1 not found (nearest names on stderr), 2 usage error.
// Pure logic over the kb module: the caller passes the arguments after `lookup` and where to write.

import { countryCard, treatyCard } from '../analysis/kb/cards';
import { lookup, suggestions, type LookupHit } from '../analysis/kb/lookup';
import type { Country, Treaty } from '../analysis/kb/model';
import { treatiesOf } from '../analysis/kb/store';

export interface LookupIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  locale: 'fa' | 'en';
}

const MESSAGES = {
  usage: { fa: 'کاربرد: dabir lookup TEXT [--format json|markdown]', en: 'usage: dabir lookup TEXT [--format json|markdown]' },
  badFormat: { fa: '--format باید json یا markdown باشد', en: '--format must be json or markdown' },
  notFound: { fa: '«{query}» در پایگاه دانش دبیر نیست.', en: '"{query}" is not in Dabir\'s knowledge base.' },
  nearest: { fa: 'نزدیک‌ترین نام‌ها: {names}', en: 'Nearest names: {names}' },
};

function countryJson(country: Country, via: string | undefined) {
  return {
    kind: 'country',
    id: country.iso2,
    iso2: country.iso2,
    iso3: country.iso3,
    name_fa: country.name.fa,
    name_en: country.name.en,
    official_fa: country.official.fa,
    official_en: country.official.en,
    flag: country.flag,
    capital_fa: country.capital.fa,
    capital_en: country.capital.en,
    region_fa: country.region.fa,
    region_en: country.region.en,
    subregion_fa: country.subregion.fa,
    subregion_en: country.subregion.en,
    area_km2: country.area,
    languages: country.languages,
    currencies: country.currencies.map((c) => ({ code: c.code, symbol: c.symbol, name_fa: c.name.fa, name_en: c.name.en })),
    calling_code: country.callingCode,
    borders: country.borders,
    un_member: country.unMember,
    demonyms_fa: country.demonyms,
    aliases_fa: country.aliases,
    treaties: treatiesOf(country.iso2).map((t) => t.id),
    source: country.source,
    ...(via ? { matched_as: via } : {}),
  };
}

function treatyJson(treaty: Treaty) {
  return {
    kind: 'treaty',
    id: treaty.id,
    wikidata: treaty.wikidata,
    name_fa: treaty.name.fa,
    name_en: treaty.name.en,
    aliases_fa: treaty.aliasesFa,
    abbreviations_fa: treaty.abbreviationsFa,
    aliases_en: treaty.aliasesEn,
    date: treaty.date,
    date_kind: treaty.dateKind,
    date_fa: treaty.dateFa,
    place_fa: treaty.place.fa,
    place_en: treaty.place.en,
    parties: treaty.parties,
    parties_scope: treaty.partiesScope,
    ...(treaty.partyCount ? { party_count: treaty.partyCount.count, party_count_as_of: treaty.partyCount.asOf } : {}),
    treaty_kind: treaty.kind,
    status: treaty.status,
    ...(treaty.statusNote ? { status_note_fa: treaty.statusNote.fa, status_note_en: treaty.statusNote.en } : {}),
    summary_fa: treaty.summary.fa,
    summary_en: treaty.summary.en,
  };
}

function toJson(hit: LookupHit) {
  return hit.kind === 'country' ? countryJson(hit.country, hit.via) : treatyJson(hit.treaty);
}

function toMarkdown(hit: LookupHit, locale: 'fa' | 'en'): string {
  return hit.kind === 'country' ? countryCard(hit.country, { locale }) : treatyCard(hit.treaty, { locale });
}

export async function runLookup(args: string[], io: LookupIo): Promise<number> {
  const words: string[] = [];
  let format = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice('--format='.length) : (args[++i] ?? '');
    } else if (arg === '--locale' || arg.startsWith('--locale=')) {
      // The caller resolved the locale already (io.locale); the flag may still be passed through.
      if (!arg.includes('=')) i++;
    } else {
      words.push(arg);
    }
  }
  if (format !== 'json' && format !== 'markdown') {
    io.stderr(`dabir: ${MESSAGES.badFormat[io.locale]}`);
    return 2;
  }
  const query = words.join(' ').trim();
  if (!query) {
    io.stderr(`dabir: ${MESSAGES.usage[io.locale]}`);
    return 2;
  }
  const hit = lookup(query);
  if (!hit) {
    io.stderr(`dabir: ${MESSAGES.notFound[io.locale].replace('{query}', query)}`);
    const nearest = suggestions(query);
    if (nearest.length) io.stderr(MESSAGES.nearest[io.locale].replace('{names}', nearest.join(io.locale === 'fa' ? '، ' : ', ')));
    return 1;
  }
  io.stdout(format === 'json' ? JSON.stringify(toJson(hit), null, 2) : toMarkdown(hit, io.locale));
  return 0;
}
