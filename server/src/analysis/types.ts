// The plain data every front door (LSP, CLI) translates. Offsets are UTF-16 code units into the document,
// because that is what JavaScript strings and LSP positions count.

export type RuleFamily = 'zwnj' | 'spelling' | 'characters' | 'punctuation' | 'digits' | 'spacing';
export const RULE_FAMILIES: readonly RuleFamily[] = ['zwnj', 'spelling', 'characters', 'punctuation', 'digits', 'spacing'];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'fa' | 'en';

/** A string shown to writers, in both languages the product speaks. */
export interface Localized {
  fa: string;
  en: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** A safe fix is certain: fix-all, formatting and `dabir fix` apply it without asking. */
  safe: boolean;
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  rule: string;
  family: RuleFamily;
  start: number;
  end: number;
  message: string;
  severity: Severity;
  /** Best first. */
  fixes: Fix[];
  related?: RelatedLocation[];
}

export type EntityType =
  | 'person' | 'organization' | 'location' | 'country' | 'city' | 'region' | 'nationality' | 'treaty'
  | 'facility' | 'event' | 'product' | 'date' | 'time' | 'money' | 'percent';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person', 'organization', 'location', 'country', 'city', 'region', 'nationality', 'treaty',
  'facility', 'event', 'product', 'date', 'time', 'money', 'percent',
];

export interface Entity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 for countries and nationalities, a slug for treaties. */
  id?: string;
  score?: number;
}

export type DigitStyle = 'persian' | 'latin' | 'keep';
export type ZwnjStyle = 'academy' | 'common';

export interface AnalyzeOptions {
  locale: Locale;
  /** Rule ids or family names to run; undefined runs every rule. */
  rules?: readonly string[];
  /** Rule ids or family names never to run (settings that turn a family off). */
  disabledRules?: readonly string[];
  digits: DigitStyle;
  zwnjStyle: ZwnjStyle;
  /** Personal and workspace dictionary words: never flagged, never rewritten. */
  words: ReadonlySet<string>;
  /** Severity per family or rule id; a rule id wins over its family. */
  severity: Readonly<Record<string, Severity>>;
  /** Whether to compute entities (NER and knowledge-base links). */
  entities: boolean;
}

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  locale: 'fa',
  digits: 'persian',
  zwnjStyle: 'academy',
  words: new Set(),
  severity: {},
  entities: true,
};

/** One paragraph's findings at offsets relative to `start` (the paragraph's), sorted: see AnalysisResult.runs. */
export interface FindingRun {
  start: number;
  findings: readonly Finding[];
}

export interface AnalysisResult {
  /** Every finding, at document offsets, sorted by start, end and rule; made on first read. */
  readonly findings: Finding[];
  /** Made on first read. */
  readonly entities: Entity[];
  /**
   * The same findings as `findings`, as they lie in the per-paragraph cache: the paragraph rules' findings per
   * paragraph (relative offsets; a paragraph's array is the same object for as long as its text is unchanged),
   * and the document rules' findings at document offsets. Merged in order (on a tie the paragraph's finding comes
   * first) they are `findings`. A host that redoes work per edit (the language server placing diagnostics) reuses
   * what it made for the paragraphs an edit did not touch, instead of visiting every finding after the edit.
   * Absent when in-document directives filter the findings.
   */
  readonly runs?: readonly FindingRun[];
  readonly documentFindings?: readonly Finding[];
}
