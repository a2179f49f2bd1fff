// The shapes of the compiled knowledge base (dist/data/kb/*.json), written by server/tools/compile-kb.ts and read
// by the linker, the cards and `dabir lookup`. Persian and English side by side: the card picks by locale.

export interface Named {
  fa: string;
  en: string;
}

export interface Country {
  iso2: string;
  iso3: string;
  flag: string;
  name: Named;
  official: Named;
  /** Empty strings where a territory has no capital (Antarctica) or the curated file has none. */
  capital: Named;
  /** Slug id of the capital as a `city` entity (`astana-kz`), empty when there is no capital. */
  capitalId: string;
  region: Named;
  subregion: Named;
  /** km². */
  area: number;
  /** ISO2 codes of the land neighbours. */
  borders: string[];
  languages: Named[];
  currencies: { code: string; symbol: string; name: Named }[];
  /** `+7` or `+1 264`: root and, when there is exactly one, the suffix. */
  callingCode: string;
  independent: boolean;
  unMember: boolean;
  demonyms: string[];
  aliases: string[];
  /** Where the curated Persian fields came from (countries-fa.tsv `source`). */
  source: string;
}

export type TreatyKind = 'peace' | 'alliance' | 'arms-control' | 'trade' | 'border' | 'environment' | 'founding-charter' | 'human-rights' | 'other';
export type TreatyStatus =
  | 'in-force' | 'not-in-force' | 'signed' | 'announced' | 'expired' | 'terminated' | 'suspended' | 'superseded' | 'historical';

export interface TreatyParty {
  iso2: string;
  /** ISO date of accession or joining, when later than the signing. */
  joined?: string;
  /** ISO date the party left or withdrew. */
  left?: string;
  /** `announced` for a party that has said it will join but has not signed; `suspended` for a frozen membership. */
  status?: 'announced' | 'suspended';
  /** What the code stands for when history differs from today's state (`as the USSR`). */
  note?: Named;
}

export interface Treaty {
  id: string;
  /** Only when the curator is sure of it; empty otherwise. */
  wikidata: string;
  name: Named;
  aliasesFa: string[];
  abbreviationsFa: string[];
  aliasesEn: string[];
  /** ISO date (YYYY-MM-DD) of signing, or of adoption/opening when `dateKind` says so. */
  date: string;
  dateKind: 'signed' | 'adopted' | 'opened' | 'founded' | 'announced';
  /** Why the date reads as it does (a Julian date converted, a signing spread over days). */
  dateNote?: Named;
  /** The Solar Hijri date of `date`, computed at build time with Intl (fa-IR-u-ca-persian). */
  dateFa: string;
  place: Named;
  parties: TreatyParty[];
  /** What `parties` lists: all parties, the founding members, the original signatories, or the principal ones. */
  partiesScope: 'all' | 'founding' | 'signatories' | 'principal' | 'un-members-except';
  /** When there are too many to list: how many states are party (with the year this count was true). */
  partyCount?: { count: number; asOf: string };
  kind: TreatyKind;
  status: TreatyStatus;
  statusNote?: Named;
  summary: Named;
}

/** A name the linker knows: what it links to. A `government` is a political designation of a country's state. */
export type TargetKind = 'country' | 'nationality' | 'city' | 'region' | 'treaty' | 'government';

export interface Target {
  kind: TargetKind;
  /** ISO2 for country, nationality and government, slug for city and treaty, slug or empty for region. */
  id: string;
  /** Also a common word (مالی، دوشنبه، آستانه): linked only after a context word. */
  weak?: boolean;
}

/** A character trie of persianKey()s: children by character, `$` = indices into `targets`, best first. */
export interface Region {
  id: string;
  name: Named;
  aliases: string[];
  /** What the region is: a world region, or a province inside a country (which then also says which). */
  note: Named;
}

export interface City {
  id: string;
  name: Named;
  /** ISO2 of the country whose capital it is. */
  capitalOf: string;
}

export interface MatcherData {
  targets: Target[];
  /** englishKey() → indices into `targets`, best first. */
  english: Record<string, number[]>;
  /** Keys that name more than one thing, with the one chosen first: what the data tests audit. */
  ambiguous: Record<string, string[]>;
}
