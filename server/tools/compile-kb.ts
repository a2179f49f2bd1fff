// Compiles the knowledge base at build time: world-countries (ISO codes, names, capitals, borders, languages,
// currencies, flags) plus ICU's Persian display names plus the curated files in server/data/kb/ (Persian capitals,
// aliases, demonyms, regions, treaties) become four compact JSON files in dist/data, and the linker's Persian names
// become a ready trie of typed arrays, so that the server parses nothing large and builds nothing at start-up.
//
//   kb.countries.json  every country's card data         kb.places.json   capitals (as cities) and regions
//   kb.treaties.json   treaties with Solar Hijri dates     kb.matcher.json  the link targets, English keys
//   kb.names.bin       the trie of Persian name keys (kb/nameTrie.ts)
//
// Reads only node_modules/world-countries and server/data/kb.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeNameTrie } from '../src/analysis/kb/nameTrie';
import { cleanPersianName, englishKey, persianKey } from '../src/analysis/kb/normalize';
import { solarHijriDate } from '../src/analysis/kb/dates';
import { KB_FILES } from '../src/analysis/kb/store';
import type {
  City, Country, MatcherData, Named, Region, Target, TargetKind, Treaty, TreatyParty,
} from '../src/analysis/kb/model';

// ---- sources ---------------------------------------------------------------------------------------------------

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  currencies: Record<string, { name: string; symbol?: string }>;
  idd: { root?: string; suffixes?: string[] };
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  languages: Record<string, string>;
  translations: Record<string, { official: string; common: string }>;
  borders: string[];
  area: number;
  flag: string;
  demonyms?: { eng?: { m: string; f: string } };
}

interface CuratedCountry {
  iso2: string;
  nameFa: string;
  capitalFa: string;
  aliases: string[];
  demonyms: string[];
  weak: string[];
  reject: string[];
  source: string;
  /** Political designations of the country's state or government (رژیم صهیونیستی): typed as an organisation. */
  governments: string[];
}

interface RawParty {
  iso2: string;
  joined?: string;
  left?: string;
  status?: 'announced' | 'suspended';
  note_en?: string;
  note_fa?: string;
}

interface RawTreaty {
  id: string;
  wikidata: string;
  name_en: string;
  name_fa: string;
  aliases_fa: string[];
  abbr_fa: string[];
  aliases_en: string[];
  date: string;
  date_kind?: Treaty['dateKind'];
  date_note_en?: string;
  date_note_fa?: string;
  place_en: string;
  place_fa: string;
  parties?: (string | RawParty)[];
  parties_scope: Treaty['partiesScope'];
  except?: string[];
  extra?: string[];
  withdrawn?: RawParty[];
  party_count?: { count: number; as_of: string };
  kind: Treaty['kind'];
  status: Treaty['status'];
  status_note_en?: string;
  status_note_fa?: string;
  summary_en: string;
  summary_fa: string;
}

interface RawRegion {
  id: string;
  fa: string;
  en: string;
  aliases: string[];
  note_fa: string;
  note_en: string;
}

const KB_DIR = resolve('server/data/kb');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function list(field: string | undefined): string[] {
  return (field ?? '').split('|').map((item) => item.trim()).filter(Boolean);
}

export function readCuratedCountries(text: string): Map<string, CuratedCountry> {
  const rows = new Map<string, CuratedCountry>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('iso2\t')) continue;
    const [iso2, nameFa, capitalFa, aliases, demonyms, weak, reject, source, governments] = line.split('\t');
    rows.set(iso2, {
      iso2,
      nameFa: (nameFa ?? '').trim(),
      capitalFa: (capitalFa ?? '').trim(),
      aliases: list(aliases),
      demonyms: list(demonyms),
      weak: list(weak),
      reject: list(reject),
      source: (source ?? '').trim(),
      governments: list(governments),
    });
  }
  return rows;
}

/** ambiguous.tsv: a name that names several things → the reading to prefer (`kind:id`), keyed like the matcher. */
export function readAmbiguityChoices(text: string): Map<string, string> {
  const choices = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('name\t')) continue;
    const [name, preferred] = line.split('\t');
    choices.set(/[a-z]/i.test(name) ? englishKey(name) : persianKey(name), preferred.trim());
  }
  return choices;
}

// ---- countries -------------------------------------------------------------------------------------------------

const regionNames = new Intl.DisplayNames('fa', { type: 'region' });
const languageNames = new Intl.DisplayNames('fa', { type: 'language' });
const currencyNames = new Intl.DisplayNames('fa', { type: 'currency' });

/** ICU writes امریکا and افریقا; Persian news in Iran writes آمریکا and آفریقا. */
function iranianSpelling(name: string): string {
  return name.replace(/(^|[\s(])امریکا/g, '$1آمریکا').replace(/(^|[\s(])افریقا/g, '$1آفریقا');
}

/** ICU's name, or '' when it has none (ICU echoes the code back). */
function icuName(names: Intl.DisplayNames, code: string): string {
  try {
    const name = names.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? iranianSpelling(cleanPersianName(name)) : '';
  } catch {
    return '';
  }
}

/** world-countries' regions and subregions as UN M49 codes, whose Persian names ICU knows. */
const M49: Record<string, string> = {
  Africa: '002', Oceania: '009', Americas: '019', Asia: '142', Europe: '150',
  'Northern America': '021', 'North America': '021', 'South America': '005', 'Central America': '013', Caribbean: '029',
  'Western Africa': '011', 'Eastern Africa': '014', 'Northern Africa': '015', 'Middle Africa': '017', 'Southern Africa': '018',
  'Eastern Asia': '030', 'Southern Asia': '034', 'South-Eastern Asia': '035', 'Central Asia': '143', 'Western Asia': '145',
  'Southern Europe': '039', 'Eastern Europe': '151', 'Northern Europe': '154', 'Western Europe': '155',
  'Australia and New Zealand': '053', Melanesia: '054', Micronesia: '057', Polynesia: '061',
};

/** Subregions that world-countries names but M49 does not: their Persian names, written out. */
const EXTRA_REGION_FA: Record<string, string> = {
  'Central Europe': 'اروپای مرکزی',
  'Southeast Europe': 'جنوب شرق اروپا',
  Antarctic: 'جنوبگان',
};

function regionFa(name: string): string {
  if (!name) return '';
  const code = M49[name];
  return code ? icuName(regionNames, code) : (EXTRA_REGION_FA[name] ?? '');
}

function slug(text: string): string {
  return englishKey(text).replace(/ /g, '-');
}

function callingCode(idd: WorldCountry['idd']): string {
  if (!idd.root) return '';
  return idd.suffixes && idd.suffixes.length === 1 ? `${idd.root}${idd.suffixes[0]}` : idd.root;
}

/** The Persian display name: the curated one, else world-countries' Persian translation, else ICU's. */
function persianName(country: WorldCountry, curated: CuratedCountry | undefined): string {
  const translation = cleanPersianName(country.translations.per?.common ?? '');
  if (curated?.nameFa) return curated.nameFa;
  if (translation && !curated?.reject.includes(translation)) return translation;
  return icuName(regionNames, country.cca2);
}

/** world-countries marks the Holy See as a UN member; it is a permanent observer state, as Palestine is. */
const UN_OBSERVERS = new Set(['VA']);

export function buildCountries(world: WorldCountry[], curated: Map<string, CuratedCountry>): Country[] {
  const byCca3 = new Map(world.map((c) => [c.cca3, c.cca2]));
  return world.map((c) => {
    const row = curated.get(c.cca2);
    const nameFa = persianName(c, row);
    const rejected = new Set(row?.reject ?? []);
    const translation = cleanPersianName(c.translations.per?.common ?? '');
    // A wrong common translation (GN's is Papua New Guinea's) drags its official form down with it.
    const translationWrong = rejected.has(translation);
    const packageNames = [
      translation,
      translationWrong ? '' : cleanPersianName(c.translations.per?.official ?? ''),
      icuName(regionNames, c.cca2),
    ].filter((name) => name && !rejected.has(name) && !/[-،()]/.test(name));
    const capitalEn = c.capital[0] ?? '';
    return {
      iso2: c.cca2,
      iso3: c.cca3,
      flag: c.flag,
      name: { fa: nameFa, en: c.name.common },
      official: { fa: (translationWrong ? '' : cleanPersianName(c.translations.per?.official ?? '')) || nameFa, en: c.name.official },
      capital: { fa: row?.capitalFa ?? '', en: row?.capitalFa ? capitalEn : '' },
      capitalId: row?.capitalFa ? `${slug(capitalEn)}-${c.cca2.toLowerCase()}` : '',
      region: { fa: regionFa(c.region), en: c.region },
      subregion: { fa: regionFa(c.subregion), en: c.subregion },
      area: c.area,
      borders: c.borders.map((code) => byCca3.get(code) ?? '').filter(Boolean),
      languages: Object.entries(c.languages ?? {}).map(([code, en]) => ({ fa: icuName(languageNames, code), en })),
      currencies: Object.entries(c.currencies ?? {}).map(([code, currency]) => ({
        code,
        symbol: currency.symbol ?? '',
        name: { fa: icuName(currencyNames, code), en: currency.name },
      })),
      callingCode: callingCode(c.idd),
      independent: c.independent === true,
      unMember: c.unMember && !UN_OBSERVERS.has(c.cca2),
      demonyms: row?.demonyms ?? [],
      aliases: [...new Set([...(row?.aliases ?? []), ...packageNames])].filter((alias) => alias !== nameFa),
      source: row?.source ?? '',
    };
  });
}

export function buildCities(countries: Country[]): City[] {
  return countries.filter((c) => c.capitalId).map((c) => ({ id: c.capitalId, name: c.capital, capitalOf: c.iso2 }));
}

// ---- treaties --------------------------------------------------------------------------------------------------

function named(en: string | undefined, fa: string | undefined): Named | undefined {
  return en || fa ? { en: en ?? '', fa: fa ?? '' } : undefined;
}

function party(raw: string | RawParty): TreatyParty {
  if (typeof raw === 'string') return { iso2: raw };
  const out: TreatyParty = { iso2: raw.iso2 };
  if (raw.joined) out.joined = raw.joined;
  if (raw.left) out.left = raw.left;
  if (raw.status) out.status = raw.status;
  const note = named(raw.note_en, raw.note_fa);
  if (note) out.note = note;
  return out;
}

/** "Every UN member except …": expanded here so that a country's card can list the treaty. */
function expandParties(raw: RawTreaty, countries: Country[]): TreatyParty[] {
  if (raw.parties_scope !== 'un-members-except') return (raw.parties ?? []).map(party);
  const except = new Set([...(raw.except ?? []), ...(raw.withdrawn ?? []).map((p) => p.iso2)]);
  const members = countries.filter((c) => c.unMember && !except.has(c.iso2)).map((c) => ({ iso2: c.iso2 }));
  const extra = (raw.extra ?? []).filter((iso2) => !members.some((m) => m.iso2 === iso2));
  return [...members, ...extra.map((iso2) => ({ iso2 })), ...(raw.withdrawn ?? []).map(party)];
}

export function buildTreaties(raws: RawTreaty[], countries: Country[]): Treaty[] {
  return raws.map((raw) => {
    const treaty: Treaty = {
      id: raw.id,
      wikidata: raw.wikidata,
      name: { en: raw.name_en, fa: raw.name_fa },
      aliasesFa: raw.aliases_fa,
      abbreviationsFa: raw.abbr_fa,
      aliasesEn: raw.aliases_en,
      date: raw.date,
      dateKind: raw.date_kind ?? 'signed',
      dateFa: solarHijriDate(raw.date),
      place: { en: raw.place_en, fa: raw.place_fa },
      parties: expandParties(raw, countries),
      partiesScope: raw.parties_scope === 'un-members-except' ? 'all' : raw.parties_scope,
      kind: raw.kind,
      status: raw.status,
      summary: { en: raw.summary_en, fa: raw.summary_fa },
    };
    const dateNote = named(raw.date_note_en, raw.date_note_fa);
    if (dateNote) treaty.dateNote = dateNote;
    if (raw.party_count) treaty.partyCount = { count: raw.party_count.count, asOf: raw.party_count.as_of };
    const statusNote = named(raw.status_note_en, raw.status_note_fa);
    if (statusNote) treaty.statusNote = statusNote;
    return treaty;
  });
}

export function buildRegions(raws: RawRegion[]): Region[] {
  return raws.map((r) => ({ id: r.id, name: { fa: r.fa, en: r.en }, aliases: r.aliases, note: { fa: r.note_fa, en: r.note_en } }));
}

// ---- matcher ---------------------------------------------------------------------------------------------------

/**
 * The head words Persian news swaps freely in a treaty's name (عهدنامه ترکمانچای / معاهده ترکمانچای / قرارداد
 * ترکمانچای). Variants made by swapping them are generated, and dropped where two treaties would share one.
 */
const SINGULAR_HEADS = ['عهدنامه', 'معاهده', 'پیمان', 'قرارداد', 'پیمان‌نامه', 'توافق', 'توافق‌نامه', 'موافقت‌نامه', 'کنوانسیون'];
/** Plurals swap among themselves, for accords of several documents or spoken of so (پیمان‌های ابراهیم، توافقات اسلو). */
const PLURAL_HEADS = ['معاهدات', 'پیمان‌های', 'قراردادهای', 'توافق‌های', 'توافقات', 'توافق‌نامه‌های'];

/**
 * Variants of a treaty name with its head word swapped. None when the rest is only a place's name: «کنوانسیون تهران»
 * must not make «توافق تهران», which news uses for any agreement made in or with Tehran.
 */
function headVariants(name: string, placeKeys: ReadonlySet<string>): string[] {
  for (const family of [PLURAL_HEADS, SINGULAR_HEADS]) {
    // The longest head that starts the name: «توافق‌نامه ابراهیم» is headed by توافق‌نامه, not توافق.
    const head = [...family].sort((a, b) => b.length - a.length).find((h) => name.startsWith(h + ' '));
    if (!head) continue;
    const rest = name.slice(head.length + 1);
    if (placeKeys.has(persianKey(rest))) return [];
    return family.filter((h) => h !== head).map((h) => `${h} ${rest}`);
  }
  return [];
}

/** Lower is better: which reading of a shared key wins. */
const PRIORITY = {
  treatyName: 0,
  countryCurated: 1,
  region: 2,
  countryPackage: 2,
  nationality: 3,
  city: 4,
  treatyVariant: 5,
} as const;

interface Candidate {
  key: string;
  target: Target;
  priority: number;
  /** Generated variants never make a key ambiguous: they are dropped instead. */
  generated: boolean;
}

function targetKey(t: Target): string {
  return `${t.kind}:${t.id}`;
}

export function buildMatcher(
  countries: Country[],
  treaties: Treaty[],
  regions: Region[],
  curated: Map<string, CuratedCountry>,
  choices: ReadonlyMap<string, string>,
): { matcher: MatcherData; names: Map<string, number[]> } {
  const capitalOf = new Map(countries.filter((c) => c.capitalId).map((c) => [c.capitalId, c.iso2]));
  const persian: Candidate[] = [];
  const english: Candidate[] = [];
  const addFa = (text: string, kind: TargetKind, id: string, priority: number, weak: boolean, generated = false) => {
    const key = persianKey(text);
    if (key.length < 2) return;
    persian.push({ key, target: weak ? { kind, id, weak: true } : { kind, id }, priority, generated });
  };
  const addEn = (text: string, kind: TargetKind, id: string, priority: number) => {
    const key = englishKey(text);
    if (key.length < 3) return;
    english.push({ key, target: { kind, id }, priority, generated: false });
  };

  for (const c of countries) {
    const weak = new Set((curated.get(c.iso2)?.weak ?? []).map(persianKey));
    const isWeak = (text: string) => weak.has(persianKey(text));
    addFa(c.name.fa, 'country', c.iso2, PRIORITY.countryCurated, isWeak(c.name.fa));
    for (const alias of curated.get(c.iso2)?.aliases ?? []) addFa(alias, 'country', c.iso2, PRIORITY.countryCurated, isWeak(alias));
    for (const alias of c.aliases) addFa(alias, 'country', c.iso2, PRIORITY.countryPackage, isWeak(alias));
    for (const demonym of c.demonyms) addFa(demonym, 'nationality', c.iso2, PRIORITY.nationality, isWeak(demonym));
    for (const designation of curated.get(c.iso2)?.governments ?? []) addFa(designation, 'government', c.iso2, PRIORITY.countryCurated, false);
    if (c.capitalId) addFa(c.capital.fa, 'city', c.capitalId, PRIORITY.city, isWeak(c.capital.fa));
    addEn(c.name.en, 'country', c.iso2, PRIORITY.countryCurated);
    addEn(c.official.en, 'country', c.iso2, PRIORITY.countryCurated);
    if (c.capitalId) addEn(c.capital.en, 'city', c.capitalId, PRIORITY.city);
  }
  for (const r of regions) {
    addFa(r.name.fa, 'region', r.id, PRIORITY.region, false);
    for (const alias of r.aliases) addFa(alias, 'region', r.id, PRIORITY.region, false);
    addEn(r.name.en, 'region', r.id, PRIORITY.region);
  }
  const placeKeys = new Set(
    countries.flatMap((c) => [c.name.fa, c.capital.fa, ...c.aliases]).filter(Boolean).map(persianKey),
  );
  for (const t of treaties) {
    const names = [t.name.fa, ...t.aliasesFa, ...t.abbreviationsFa];
    for (const name of names) addFa(name, 'treaty', t.id, PRIORITY.treatyName, false);
    for (const name of names) for (const variant of headVariants(name, placeKeys)) addFa(variant, 'treaty', t.id, PRIORITY.treatyVariant, false, true);
    for (const name of [t.name.en, ...t.aliasesEn]) addEn(name, 'treaty', t.id, PRIORITY.treatyName);
  }

  const targets: Target[] = [];
  const targetIndex = new Map<string, number>();
  const indexOf = (t: Target) => {
    const k = `${targetKey(t)}:${t.weak ? 'weak' : ''}`;
    let i = targetIndex.get(k);
    if (i === undefined) {
      i = targets.push(t) - 1;
      targetIndex.set(k, i);
    }
    return i;
  };

  const ambiguous: Record<string, string[]> = {};
  const resolve = (candidates: Candidate[]): Map<string, number[]> => {
    const byKey = new Map<string, Candidate[]>();
    for (const c of candidates) {
      const group = byKey.get(c.key);
      if (group) group.push(c);
      else byKey.set(c.key, [c]);
    }
    const out = new Map<string, number[]>();
    for (const [key, group] of byKey) {
      // One reading per thing, its best priority; a generated variant that would name a second thing is dropped.
      const best = new Map<string, Candidate>();
      for (const c of group.sort((a, b) => a.priority - b.priority)) {
        if (!best.has(targetKey(c.target))) best.set(targetKey(c.target), c);
      }
      let kept = [...best.values()];
      // A city-state's capital shares its name (سنگاپور، کویت): the name is the country's.
      const countryIds = new Set(kept.filter((c) => c.target.kind === 'country').map((c) => c.target.id));
      kept = kept.filter((c) => c.target.kind !== 'city' || !countryIds.has(capitalOf.get(c.target.id) ?? ''));
      const explicit = kept.filter((c) => !c.generated);
      if (explicit.length > 0) kept = explicit; // a name someone wrote down beats a generated variant
      else if (kept.length > 1) continue; // two treaties' generated variants collide: neither gets the key
      if (kept.length > 1) {
        // The curated choice (ambiguous-fa.tsv) goes first; the others stay, for lookups that list alternatives.
        const preferred = choices.get(key);
        if (preferred) kept.sort((a, b) => Number(targetKey(b.target) === preferred) - Number(targetKey(a.target) === preferred));
        ambiguous[key] = kept.map((c) => targetKey(c.target));
      }
      out.set(key, kept.map((c) => indexOf(c.target)));
    }
    return out;
  };

  const englishMap: Record<string, number[]> = {};
  for (const [key, indices] of resolve(english)) englishMap[key] = indices;
  return { matcher: { targets, english: englishMap, ambiguous }, names: resolve(persian) };
}

// ---- entry -----------------------------------------------------------------------------------------------------

export interface CompiledKnowledgeBase {
  countries: Country[];
  treaties: Treaty[];
  cities: City[];
  regions: Region[];
  matcher: MatcherData;
  /** Persian name keys → indices into matcher.targets, best first (kb.names.bin, a trie). */
  names: Map<string, number[]>;
}

export function compileKnowledgeBase(): CompiledKnowledgeBase {
  const world = readJson<WorldCountry[]>(resolve('node_modules/world-countries/countries.json'));
  const curated = readCuratedCountries(readFileSync(join(KB_DIR, 'countries-fa.tsv'), 'utf8'));
  const countries = buildCountries(world, curated);
  const treaties = buildTreaties(readJson<{ treaties: RawTreaty[] }>(join(KB_DIR, 'treaties.json')).treaties, countries);
  const regions = buildRegions(readJson<{ regions: RawRegion[] }>(join(KB_DIR, 'regions-fa.json')).regions);
  const cities = buildCities(countries);
  const choices = readAmbiguityChoices(readFileSync(join(KB_DIR, 'ambiguous.tsv'), 'utf8'));
  const { matcher, names } = buildMatcher(countries, treaties, regions, curated, choices);
  return { countries, treaties, cities, regions, matcher, names };
}

export default async function compileKb(outDir: string): Promise<void> {
  const kb = compileKnowledgeBase();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, KB_FILES.countries), JSON.stringify({ countries: kb.countries }));
  writeFileSync(join(outDir, KB_FILES.treaties), JSON.stringify({ treaties: kb.treaties }));
  writeFileSync(join(outDir, KB_FILES.places), JSON.stringify({ cities: kb.cities, regions: kb.regions }));
  writeFileSync(join(outDir, KB_FILES.matcher), JSON.stringify(kb.matcher));
  writeFileSync(join(outDir, KB_FILES.names), encodeNameTrie(kb.names));
}
