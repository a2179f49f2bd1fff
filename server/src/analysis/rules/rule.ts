// What a rule is. A rule file reads top to bottom: what it checks and why, the data it needs, the check, the fix.
// Paragraph rules see one paragraph at a time (so results can be cached per paragraph); document rules see
// per-paragraph summaries (so that consistency across a document never needs a rescan).

import type { AnalyzeOptions, Entity, Finding, Fix, Localized, RuleFamily, Severity, TextEdit } from '../types';
import type { Span } from '../text/prose';
import type { Token } from '../text/tokens';

export interface RuleExample {
  before: string;
  after: string;
}

export interface RuleMeta {
  id: string;
  family: RuleFamily;
  /** One line: what the rule checks. */
  title: Localized;
  /** Why: the orthography rule it follows (Academy of Persian Language, دستور خط فارسی, and the like). */
  why: Localized;
  examples: RuleExample[];
  defaultSeverity: Severity;
}

/** One paragraph as rules see it. Offsets are relative to the paragraph's text. */
export interface ParagraphContext {
  text: string;
  /** Spans that are prose (not code, URL, HTML, Latin). */
  segments: readonly Span[];
  /** Spans no rule may rewrite, sorted and disjoint. */
  protectedSpans: readonly Span[];
  tokens: readonly Token[];
  /** Entities found in this paragraph (relative offsets), so that e.g. spelling can skip names. */
  entities: readonly Entity[];
  options: AnalyzeOptions;
}

export interface ParagraphRule extends RuleMeta {
  scope: 'paragraph';
  check(ctx: ParagraphContext): Finding[];
}

export interface SummaryPart<S> {
  /** Document offset of the paragraph the summary was taken from. */
  offset: number;
  summary: S;
}

export interface DocumentRule<S = unknown> extends RuleMeta {
  scope: 'document';
  /** Cheap, cacheable digest of one paragraph (offsets relative to it). */
  summarize(ctx: ParagraphContext): S;
  /** Findings with document offsets, from every paragraph's summary in order. */
  combine(parts: readonly SummaryPart<S>[], options: AnalyzeOptions): Finding[];
}

export type Rule = ParagraphRule | DocumentRule<any>;

/** Builds a finding of `rule` with the writer's language already chosen. */
export function finding(
  rule: RuleMeta,
  start: number,
  end: number,
  message: Localized,
  options: AnalyzeOptions,
  fixes: Fix[] = [],
): Finding {
  return {
    rule: rule.id,
    family: rule.family,
    start,
    end,
    message: message[options.locale],
    severity: rule.defaultSeverity,
    fixes,
  };
}

/** A fix that replaces [start, end) with `newText`. */
export function replaceFix(title: Localized, options: AnalyzeOptions, edit: TextEdit, safe: boolean): Fix {
  return { title: title[options.locale], edits: [edit], safe };
}
