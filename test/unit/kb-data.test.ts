// The knowledge base's data, checked as data: every country named in Persian and given its capital, codes that
// exist, dates that are real days whose Solar Hijri form agrees with an independent conversion, parties that exist,
// and names that point to one thing unless someone decided otherwise (ambiguous.tsv).

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishKey, persianKey } from '../../server/src/analysis/kb/normalize';
import { isIsoDay, solarHijriDate } from '../../server/src/analysis/kb/dates';
import { countries, matcherData, treaties, cities } from '../../server/src/analysis/kb/store';
import { readAmbiguityChoices, readCuratedCountries } from '../../server/tools/compile-kb';
import { useFreshKnowledgeBase } from './kb-fixture';

beforeAll(useFreshKnowledgeBase);

const world = JSON.parse(readFileSync('node_modules/world-countries/countries.json', 'utf8')) as {
  cca2: string;
  capital: string[];
}[];
const curated = readCuratedCountries(readFileSync('server/data/kb/countries-fa.tsv', 'utf8'));
const PERSIAN = /^[\u0600-\u06FF\u200C ()\-–.،]+$/;

// An arithmetic Gregorian → Solar Hijri conversion (the 33-year-cycle breaks of jalaali-js), independent of ICU.
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];
const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;
function marchDay(jy: number): number {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0];
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i];
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return 20 + leapJ - leapG;
}
function isLeapJalali(jy: number): boolean {
  return Date.UTC(jy + 622, 2, marchDay(jy + 1)) - Date.UTC(jy + 621, 2, marchDay(jy)) === 366 * 86_400_000;
}
function toJalali(isoDay: string): [number, number, number] {
  const [y, m, d] = isoDay.split('-').map(Number);
  const day = Date.UTC(y, m - 1, d);
  let jy = y - 621;
  let start = Date.UTC(y, 2, marchDay(jy));
  if (day < start) {
    jy -= 1;
    start = Date.UTC(y - 1, 2, marchDay(jy));
  }
  let k = Math.round((day - start) / 86_400_000);
  if (k <= 185) return [jy, 1 + div(k, 31), mod(k, 31) + 1];
  k -= 186;
  void isLeapJalali;
  return [jy, 7 + div(k, 30), mod(k, 30) + 1];
}
const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const persianDigits = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

describe('countries', () => {
  it('has every one of the 250 countries and territories of world-countries, once', () => {
    expect(countries()).toHaveLength(250);
    expect(new Set(countries().map((c) => c.iso2)).size).toBe(250);
  });

  it('gives every country a Persian name written in Persian letters', () => {
    const unnamed = countries().filter((c) => !PERSIAN.test(c.name.fa));
    expect(unnamed.map((c) => `${c.iso2} ${c.name.fa}`)).toEqual([]);
  });

  it('gives every country that has a capital its capital in Persian', () => {
    const withCapital = world.filter((c) => c.capital.length > 0).map((c) => c.cca2);
    const missing = withCapital.filter((iso2) => !countries().find((c) => c.iso2 === iso2)?.capital.fa);
    expect(withCapital).toHaveLength(245);
    expect(missing).toEqual([]);
    expect(countries().filter((c) => c.capital.fa && !PERSIAN.test(c.capital.fa)).map((c) => c.capital.fa)).toEqual([]);
  });

  it('uses ISO codes ICU knows, and neighbours that are countries of the base', () => {
    const english = new Intl.DisplayNames('en', { type: 'region' });
    const known = new Set(countries().map((c) => c.iso2));
    for (const c of countries()) {
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(english.of(c.iso2), c.iso2).not.toBe(c.iso2);
      for (const b of c.borders) expect(known.has(b), `${c.iso2} borders ${b}`).toBe(true);
    }
  });

  it('keeps the curated Persian facts: Astana, Washington, Moscow, Tehran', () => {
    const capital = (iso2: string) => countries().find((c) => c.iso2 === iso2)?.capital.fa;
    expect([capital('KZ'), capital('US'), capital('RU'), capital('IR'), capital('GB')]).toEqual(['آستانه', 'واشنگتن', 'مسکو', 'تهران', 'لندن']);
  });

  it('has one curated row per country, each saying where it came from', () => {
    expect([...curated.keys()].sort()).toEqual(world.map((c) => c.cca2).sort());
    for (const row of curated.values()) {
      expect(row.source, row.iso2).toMatch(/^(fa-news|fa-wiki|translit)(; (fa-news|fa-wiki|translit|capital translit))*$/);
      const country = countries().find((c) => c.iso2 === row.iso2)!;
      const names = new Set([country.name.fa, ...country.aliases, row.capitalFa, ...row.demonyms].filter(Boolean));
      for (const weak of row.weak) expect(names.has(weak), `${row.iso2}: weak «${weak}» is none of its names`).toBe(true);
    }
  });

  it('turns every capital into a city with a unique slug id', () => {
    const ids = cities().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cities().find((c) => c.capitalOf === 'KZ')).toEqual({ id: 'astana-kz', name: { fa: 'آستانه', en: 'Astana' }, capitalOf: 'KZ' });
  });
});

describe('treaties', () => {
  const KINDS = ['peace', 'alliance', 'arms-control', 'trade', 'border', 'environment', 'founding-charter', 'human-rights', 'other'];
  const STATUSES = ['in-force', 'not-in-force', 'signed', 'announced', 'expired', 'terminated', 'suspended', 'superseded', 'historical'];

  it('has at least 120 treaties with unique slug ids', () => {
    const ids = treaties().map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(120);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives Wikidata ids only in their real form, and names, kinds, statuses and summaries in both languages', () => {
    for (const t of treaties()) {
      expect(t.wikidata, t.id).toMatch(/^(Q\d+)?$/);
      expect(t.name.fa, t.id).toMatch(PERSIAN_OR_DIGITS);
      expect(t.name.en, t.id).toMatch(/^[\x20-\x7E\u00C0-\u017F–’]+$/);
      expect(KINDS, t.id).toContain(t.kind);
      expect(STATUSES, t.id).toContain(t.status);
      expect(t.summary.fa.length, t.id).toBeGreaterThan(20);
      expect(t.summary.en.length, t.id).toBeGreaterThan(20);
      expect(t.summary.fa, t.id).toMatch(/[\u0600-\u06FF]/);
      expect(t.summary.en, t.id).not.toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('dates every treaty on a real day, no later than today, with accessions after it', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const t of treaties()) {
      expect(isIsoDay(t.date), `${t.id} ${t.date}`).toBe(true);
      expect(t.date <= today, t.id).toBe(true);
      for (const p of t.parties) {
        if (p.joined) expect(isIsoDay(p.joined) && p.joined >= t.date && p.joined <= today, `${t.id} ${p.iso2} joined ${p.joined}`).toBe(true);
        if (p.left) expect(isIsoDay(p.left) && p.left >= t.date && p.left <= today, `${t.id} ${p.iso2} left ${p.left}`).toBe(true);
      }
    }
  });

  it('stores the Solar Hijri date ICU gives, which agrees with the arithmetic calendar since the calendar became official (1925)', () => {
    for (const t of treaties()) {
      expect(t.dateFa, t.id).toBe(solarHijriDate(t.date));
      if (t.date < '1925-03-21') continue;
      const [jy, jm, jd] = toJalali(t.date);
      expect(t.dateFa, t.id).toBe(`${persianDigits(jd)} ${PERSIAN_MONTHS[jm - 1]} ${persianDigits(jy)}`);
    }
  });

  it('dates the Abraham Accords 25 Shahrivar 1399 (15 September 2020)', () => {
    expect(treaties().find((t) => t.id === 'abraham-accords')?.dateFa).toBe('۲۵ شهریور ۱۳۹۹');
  });

  it('names parties by ISO codes of the base, each once', () => {
    const known = new Set(countries().map((c) => c.iso2));
    for (const t of treaties()) {
      const codes = t.parties.map((p) => p.iso2);
      expect(new Set(codes).size, t.id).toBe(codes.length);
      for (const code of codes) expect(known.has(code), `${t.id}: ${code}`).toBe(true);
    }
  });

  it('records the Abraham Accords accessions: Morocco and Sudan, and Kazakhstan as announced', () => {
    const accords = treaties().find((t) => t.id === 'abraham-accords')!;
    expect(accords.parties).toEqual([
      { iso2: 'AE' }, { iso2: 'BH' }, { iso2: 'IL' }, { iso2: 'US' },
      { iso2: 'MA', joined: '2020-12-22' },
      { iso2: 'SD', joined: '2021-01-06' },
      { iso2: 'KZ', joined: '2025-11-06', status: 'announced' },
    ]);
  });
});

const PERSIAN_OR_DIGITS = /^[\u0600-\u06FF\u200C ()\-–.،+0-9]+$/;

describe('names', () => {
  it('lets a name point to several things only where ambiguous.tsv says which one wins', () => {
    const choices = readAmbiguityChoices(readFileSync('server/data/kb/ambiguous.tsv', 'utf8'));
    const { ambiguous } = matcherData();
    const undecided = Object.keys(ambiguous).filter((key) => !choices.has(key));
    expect(undecided).toEqual([]);
    for (const [key, readings] of Object.entries(ambiguous)) expect(readings[0], key).toBe(choices.get(key));
  });

  it('reads the same key from every spelling of a name', () => {
    expect(persianKey('توافق‌نامه ابراهیم')).toBe(persianKey('توافقنامه ابراهیم'));
    expect(persianKey('توافق نامه ابراهیم')).toBe(persianKey('توافقنامه ابراهیم'));
    expect(persianKey('آمریکا')).toBe(persianKey('امريكا'));
    expect(persianKey('قرارداد ۱۹۱۹')).toBe(persianKey('قرارداد 1919'));
    expect(persianKey('دورهٔ')).toBe(persianKey('دوره'));
    expect(englishKey('Treaty of Sèvres')).toBe('treaty of sevres');
  });
});
