// Turns the shared flags (--rules, --locale, --words, --digits, --zwnj-style) into analysis options.

import type { DocumentOptions } from '../analysis/analyze';
import type { Finding, Fix, Locale } from '../analysis/types';
import { RULES } from '../analysis/rules/index';
import { RULE_FAMILIES } from '../analysis/types';
import { UsageError, flagValue, listValue, oneOf, type ParsedArgs } from './args';
import { localeFromEnvironment, personalWords } from './environment';
import { syntaxFor } from './input';

export function localeOf(args: ParsedArgs): Locale {
  const flag = flagValue(args, '--locale');
  if (flag !== undefined) oneOf('--locale', flag, ['fa', 'en'] as const, 'fa');
  return localeFromEnvironment(flag);
}

/** Validates `--rules`: every item must be a rule id or a family name, so a typo is an error, not a silent no-op. */
export function selectedRules(args: ParsedArgs): string[] | undefined {
  const rules = listValue(flagValue(args, '--rules'));
  if (!rules) return undefined;
  for (const item of rules) {
    if (!(RULE_FAMILIES as readonly string[]).includes(item) && !RULES.some((r) => r.id === item)) {
      throw new UsageError(`--rules: unknown rule or family "${item}"`);
    }
  }
  return rules;
}

export function analysisOptions(args: ParsedArgs, path: string, withEntities = false): Partial<DocumentOptions> {
  return {
    locale: localeOf(args),
    rules: selectedRules(args),
    words: personalWords(flagValue(args, '--words')),
    digits: oneOf('--digits', flagValue(args, '--digits'), ['persian', 'latin', 'keep'] as const, 'persian'),
    zwnjStyle: oneOf('--zwnj-style', flagValue(args, '--zwnj-style'), ['academy', 'common'] as const, 'academy'),
    syntax: oneOf('--syntax', flagValue(args, '--syntax'), ['markdown', 'plaintext'] as const, syntaxFor(path)),
    entities: withEntities,
  };
}

/**
 * What the finding's span reads as once `fix` is applied: the suggestion a person sees. `offset` places the finding
 * and its edits in `text` (a paragraph's findings are relative to the paragraph).
 */
export function suggestionText(text: string, finding: Finding, fix: Fix, offset = 0): string {
  // Most fixes are one edit (every finding of a 1 MB file asks this): no arrays built, no sort.
  if (fix.edits.length === 1) {
    const [edit] = fix.edits;
    const from = Math.min(finding.start, edit.start) + offset;
    const to = Math.max(finding.end, edit.end) + offset;
    return text.slice(from, edit.start + offset) + edit.newText + text.slice(edit.end + offset, to);
  }
  const from = Math.min(finding.start, ...fix.edits.map((e) => e.start)) + offset;
  const to = Math.max(finding.end, ...fix.edits.map((e) => e.end)) + offset;
  let out = '';
  let at = from;
  for (const edit of [...fix.edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start + offset) + edit.newText;
    at = edit.end + offset;
  }
  return out + text.slice(at, to);
}
