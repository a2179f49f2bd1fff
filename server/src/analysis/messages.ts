import type { Locale, Localized } from './types';

/** Picks the writer's language; every message exists in both, so there is no fallback chain. */
export function say(message: Localized, locale: Locale): string {
  return message[locale];
}

/**
 * A template cut at its placeholders once: literal, name, literal, name, …, literal. Rules fill the same few
 * templates for every finding (thousands in a long document), so the cutting is remembered.
 */
const PLACEHOLDER = /\{(\w+)\}/;
const cutTemplates = new Map<string, string[]>();

function cut(template: string): string[] {
  let parts = cutTemplates.get(template);
  if (!parts) {
    // split with a capturing group keeps the names between the literals.
    parts = template.split(new RegExp(PLACEHOLDER.source, 'g'));
    if (cutTemplates.size >= 1000) cutTemplates.clear();
    cutTemplates.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders, so that rules keep one template per language instead of concatenating. */
export function fill(template: Localized, values: Record<string, string>, locale: Locale): string {
  const parts = cut(template[locale]);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) out += (values[parts[k]] ?? `{${parts[k]}}`) + parts[k + 1];
  return out;
}
