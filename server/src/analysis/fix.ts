// Applying fixes. Everything that changes text (quick fixes, fix-all, formatting, `dabir fix`) goes through here,
// so the guarantees live in one place: edits never overlap, and fixing is idempotent.

import { createAnalyzer, type DocumentOptions } from './analyze';
import type { Finding, Fix, TextEdit } from './types';

/** Applies non-overlapping edits; an edit that overlaps one already taken is dropped (it is retried next pass). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * The fix to apply for a finding when fixing without asking: its first safe fix, or, for rules the caller named
 * explicitly (`--rules`), its top suggestion.
 */
export function chosenFix(finding: Finding, topSuggestionFor?: (f: Finding) => boolean): Fix | undefined {
  const safe = finding.fixes.find((fix) => fix.safe);
  if (safe) return safe;
  if (topSuggestionFor && topSuggestionFor(finding)) return finding.fixes[0];
  return undefined;
}

/** The edits of every chosen fix, keeping only those that do not overlap an earlier one. */
export function editsForFindings(findings: readonly Finding[], topSuggestionFor?: (f: Finding) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = chosenFix(finding, topSuggestionFor);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

const MAX_PASSES = 4;

/**
 * Applies every safe fix (and, for the named rules, the top suggestion) until the text stops changing, so that
 * fix(fix(x)) = fix(x) even when one fix uncovers another (a removed kashida joining two letters, say).
 */
export function fixText(text: string, options: Partial<DocumentOptions> = {}, applyTopSuggestions = false): string {
  const analyzer = createAnalyzer(options);
  const selected = options.rules;
  const topFor = applyTopSuggestions && selected ? () => true : undefined;
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = analyzer.analyze(current);
    const edits = editsForFindings(findings, topFor);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}
