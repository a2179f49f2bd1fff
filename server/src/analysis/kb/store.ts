// The compiled knowledge base, loaded lazily through the host's data loader (analysis/data.ts) the first time a
// card, a lookup or the linker needs it, and indexed once. The files are written by server/tools/compile-kb.ts.

import { loadData, loadJson } from '../data';
import type { City, Country, MatcherData, Region, Treaty } from './model';
import { decodeNameTrie } from './nameTrie';

export const KB_FILES = {
  countries: 'kb.countries.json',
  treaties: 'kb.treaties.json',
  places: 'kb.places.json',
  matcher: 'kb.matcher.json',
  names: 'kb.names.bin',
} as const;

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

export const countries = lazy(() => loadJson<{ countries: Country[] }>(KB_FILES.countries).countries);
export const treaties = lazy(() => loadJson<{ treaties: Treaty[] }>(KB_FILES.treaties).treaties);
const places = lazy(() => loadJson<{ cities: City[]; regions: Region[] }>(KB_FILES.places));
export const cities = () => places().cities;
export const regions = () => places().regions;
export const matcherData = lazy(() => loadJson<MatcherData>(KB_FILES.matcher));
/** The Persian name keys (persianKey) → indices into matcherData().targets, as a trie. */
export const nameTrie = lazy(() => decodeNameTrie(loadData(KB_FILES.names)));

const countryIndex = lazy(() => new Map(countries().map((c) => [c.iso2, c])));
const treatyIndex = lazy(() => new Map(treaties().map((t) => [t.id, t])));
const cityIndex = lazy(() => new Map(cities().map((c) => [c.id, c])));
const regionIndex = lazy(() => new Map(regions().map((r) => [r.id, r])));

export const countryByIso2 = (iso2: string): Country | undefined => countryIndex().get(iso2.toUpperCase());
export const treatyById = (id: string): Treaty | undefined => treatyIndex().get(id);
export const cityById = (id: string): City | undefined => cityIndex().get(id);
export const regionById = (id: string): Region | undefined => regionIndex().get(id);

/** The treaties of the knowledge base that a country is (or was) party to, oldest first. */
const treatiesByParty = lazy(() => {
  const index = new Map<string, Treaty[]>();
  for (const t of treaties()) {
    for (const p of t.parties) {
      const list = index.get(p.iso2) ?? [];
      if (!list.includes(t)) list.push(t);
      index.set(p.iso2, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return index;
});

export const treatiesOf = (iso2: string): readonly Treaty[] => treatiesByParty().get(iso2) ?? [];
