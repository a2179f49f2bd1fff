// Finds the knowledge-base record a writer asks for by name, alias, abbreviation, ISO code or slug (`dabir lookup`),
// and, when nothing matches, the nearest names to suggest. Names go through the same keys as the linker, so
// «امریکا», «آمریکا» and «ایالات‌متحده» find the same country; a capital or a demonym finds its country.

import { tokenize } from '../text/tokens';
import { linkKnowledgeBase } from './linker';
import type { Country, Treaty } from './model';
import { englishKey, persianKey } from './normalize';
import { cityById, countries, countryByIso2, matcherData, nameTrie, treaties, treatyById } from './store';

export type LookupHit =
  | { kind: 'country'; country: Country; via?: 'capital' | 'nationality' }
  | { kind: 'treaty'; treaty: Treaty };

function trieTargets(key: string): number[] | undefined {
  return nameTrie().targetsOf(key);
}

function hitFor(kind: string, id: string): LookupHit | undefined {
  if (kind === 'country' || kind === 'nationality' || kind === 'government') {
    const country = countryByIso2(id);
    return country && { kind: 'country', country, ...(kind === 'nationality' ? { via: 'nationality' as const } : {}) };
  }
  if (kind === 'city') {
    const city = cityById(id);
    const country = city && countryByIso2(city.capitalOf);
    return country && { kind: 'country', country, via: 'capital' };
  }
  if (kind === 'treaty') {
    const treaty = treatyById(id);
    return treaty && { kind: 'treaty', treaty };
  }
  return undefined;
}

function firstHit(indices: readonly number[] | undefined): LookupHit | undefined {
  for (const index of indices ?? []) {
    const target = matcherData().targets[index];
    const hit = hitFor(target.kind, target.id);
    if (hit) return hit;
  }
  return undefined;
}

export function lookup(query: string): LookupHit | undefined {
  const text = query.trim();
  if (!text) return undefined;
  if (/^[A-Za-z]{2}$/.test(text)) {
    const country = countryByIso2(text);
    if (country) return { kind: 'country', country };
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const country = countries().find((c) => c.iso3 === text.toUpperCase());
    if (country) return { kind: 'country', country };
  }
  const bySlug = treatyById(text.toLowerCase());
  if (bySlug) return { kind: 'treaty', treaty: bySlug };
  const englishTable = matcherData().english;
  const english = Object.hasOwn(englishTable, englishKey(text)) ? englishTable[englishKey(text)] : undefined;
  if (/[A-Za-z]/.test(text) && english) return firstHit(english);
  const exact = firstHit(trieTargets(persianKey(text)));
  if (exact) return exact;
  // An inflected form (آمریکایی‌ها، روسیه‌ی): the linker knows its inflections; accept a link that covers the query.
  const linked = linkKnowledgeBase({ text, segments: [{ start: 0, end: text.length }], tokens: tokenize(text) });
  const whole = linked.find((e) => e.start === 0 && e.end === text.length);
  return whole?.id ? hitFor(whole.type, whole.id) : undefined;
}

// ---- suggestions -------------------------------------------------------------------------------------------------

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length];
}

interface Named {
  label: string;
  key: string;
}

let names: Named[] | undefined;

function allNames(): Named[] {
  if (names) return names;
  const out: Named[] = [];
  const add = (label: string) => {
    if (!label) return;
    out.push({ label, key: /[A-Za-z]/.test(label) ? englishKey(label) : persianKey(label) });
  };
  for (const c of countries()) {
    add(c.name.fa);
    add(c.name.en);
    for (const alias of c.aliases) add(alias);
  }
  for (const t of treaties()) {
    add(t.name.fa);
    add(t.name.en);
    for (const alias of [...t.aliasesFa, ...t.abbreviationsFa, ...t.aliasesEn]) add(alias);
  }
  names = out;
  return out;
}

/** The names nearest to a query that found nothing: names containing it first, then by edit distance. */
export function suggestions(query: string, limit = 5): string[] {
  const latin = /[A-Za-z]/.test(query);
  const key = latin ? englishKey(query) : persianKey(query);
  if (!key) return [];
  const cap = Math.max(2, Math.floor(key.length / 3));
  const scored: { label: string; score: number }[] = [];
  for (const name of allNames()) {
    if (/[A-Za-z]/.test(name.label) !== latin) continue;
    if (name.key.includes(key) || key.includes(name.key)) scored.push({ label: name.label, score: Math.abs(name.key.length - key.length) / 100 });
    else {
      const distance = editDistance(key, name.key, cap);
      if (distance <= cap) scored.push({ label: name.label, score: distance });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
  return [...new Set(scored.map((s) => s.label))].slice(0, limit);
}
