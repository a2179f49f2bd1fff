import type { Locale, Localized } from './types';

/** Picks the writer's language; every message exists in both, so there is no fallback chain. */
export function say(message: Localized, locale: Locale): string {
  return message[locale];
}

/** Fills `{name}` placeholders, so that rules keep one template per language instead of concatenating. */
export function fill(template: Localized, values: Record<string, string>, locale: Locale): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
