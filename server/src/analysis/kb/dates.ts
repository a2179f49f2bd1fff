// Dates on the cards: the Solar Hijri calendar that Persian readers use, beside the Gregorian one, both from ICU
// (Intl), so that no calendar arithmetic of our own can drift. Dates are ISO days; noon UTC keeps every time zone on
// the same day.

function noonUtc(isoDay: string): Date {
  return new Date(`${isoDay}T12:00:00Z`);
}

const SOLAR_HIJRI = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const SOLAR_HIJRI_YEAR = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', timeZone: 'UTC' });
const GREGORIAN_FA = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const GREGORIAN_EN = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** Whether `text` is a real calendar day written YYYY-MM-DD (2021-02-29 is not). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = noonUtc(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** `۲۵ شهریور ۱۳۹۹` for 2020-09-15. */
export function solarHijriDate(isoDay: string): string {
  return SOLAR_HIJRI.format(noonUtc(isoDay));
}

/** `۱۳۹۹ ه‍.ش.` style year only, for party accessions where the day matters less. */
export function solarHijriYear(isoDay: string): string {
  return SOLAR_HIJRI_YEAR.format(noonUtc(isoDay));
}

/** `۱۵ سپتامبر ۲۰۲۰`. */
export function gregorianDateFa(isoDay: string): string {
  return GREGORIAN_FA.format(noonUtc(isoDay));
}

/** `15 September 2020`. */
export function gregorianDateEn(isoDay: string): string {
  return GREGORIAN_EN.format(noonUtc(isoDay));
}
