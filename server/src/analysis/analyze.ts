// Runs everything per paragraph, with a cache keyed by the paragraph's text, so that an edit re-analyses only the
// paragraphs it touched. Document-level rules combine cached per-paragraph summaries.

import { recognizeEntities, type EntityInput } from './entities';
import { documentNamesKeeper, withdrawMisspelledNames, type RevisableResult } from './namesAcrossParagraphs';
import { RULES } from './rules/index';
import type { DocumentRule, ParagraphContext, ParagraphRule, Rule, SummaryPart } from './rules/rule';
import { applyDirectives, readDirectives } from './text/directives';
import { protectedSpans, proseSegments } from './text/prose';
import { splitParagraphs, type Paragraph, type Syntax } from './text/paragraphs';
import { tokenize } from './text/tokens';
import { DEFAULT_OPTIONS, type AnalysisResult, type AnalyzeOptions, type Entity, type Finding, type FindingRun, type Fix } from './types';

export interface DocumentOptions extends AnalyzeOptions {
  syntax: Syntax;
}

/** A paragraph's list (`from`: its own or its revision's) at the paragraph's document offset. */
interface Placed<T> {
  from: readonly T[];
  placed: T[];
}

interface ParagraphResult extends RevisableResult {
  /** Sorted as a document's findings are (byFindingOrder). */
  findings: Finding[];
  entities: Entity[];
  /** One summary per enabled document rule, in `documentRules` order. */
  summaries: unknown[];
  /**
   * Its findings and entities moved to the paragraph's last document offset. An edit moves only the paragraphs
   * after it, so those before it reuse their placed findings instead of copying them again (on a 1 MB document,
   * copying every finding was a third of the work an edit caused).
   */
  placed?: { offset: number; findings?: Placed<Finding>; entities?: Placed<Entity> };
}

/** The order of a document's findings: by start, then end, then rule id. */
export function byFindingOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);
}

/** byFindingOrder for findings at offsets relative to `aAt` and `bAt` (a run's and a document's findings). */
export function byFindingOrderAt(a: Finding, aAt: number, b: Finding, bAt: number): number {
  return a.start + aAt - (b.start + bAt) || a.end + aAt - (b.end + bAt) || a.rule.localeCompare(b.rule);
}

/**
 * The paragraph rules' findings and the document rules' (each list sorted, at document offsets) in one sorted list:
 * a stable merge, where on a tie the paragraph's finding comes first, as it did in one sort of both lists.
 */
export function mergeFindings(fromParagraphs: readonly Finding[], fromDocument: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  let d = 0;
  for (const f of fromParagraphs) {
    while (d < fromDocument.length && byFindingOrder(fromDocument[d], f) < 0) merged.push(fromDocument[d++]);
    merged.push(f);
  }
  while (d < fromDocument.length) merged.push(fromDocument[d++]);
  return merged;
}

export function resolveOptions(partial: Partial<DocumentOptions> = {}): DocumentOptions {
  return { ...DEFAULT_OPTIONS, syntax: 'markdown', ...partial };
}

function selectorMatches(selector: string, rule: Rule): boolean {
  return selector === rule.id || selector === rule.family;
}

export function isRuleEnabled(rule: Rule, options: AnalyzeOptions): boolean {
  if (options.rules && !options.rules.some((s) => selectorMatches(s, rule))) return false;
  if (options.disabledRules && options.disabledRules.some((s) => selectorMatches(s, rule))) return false;
  return true;
}

function severityOf(rule: Rule, options: AnalyzeOptions) {
  return options.severity[rule.id] ?? options.severity[rule.family] ?? rule.defaultSeverity;
}

function shiftFix(fix: Fix, offset: number): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ start: e.start + offset, end: e.end + offset, newText: e.newText })) };
}

/** The finding of a paragraph that starts at `offset`, at document offsets. */
export function shiftFinding(f: Finding, offset: number): Finding {
  if (offset === 0) return f;
  return {
    ...f,
    start: f.start + offset,
    end: f.end + offset,
    fixes: f.fixes.map((fix) => shiftFix(fix, offset)),
    related: f.related?.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
  };
}

/**
 * `names`, when given, receives what the paragraph's tagging tells the rest of the document (EntityInput.names).
 */
export function paragraphContext(text: string, options: DocumentOptions, withEntities: boolean, names?: EntityInput['names']): ParagraphContext {
  const spans = protectedSpans(text, options.syntax);
  const segments = proseSegments(text.length, spans);
  const tokens = tokenize(text, segments);
  // Found when a rule first asks (the NER tagger costs more than most rules): a paragraph no rule asks about, and
  // whose entities the host does not want, never pays for them.
  let entities: Entity[] | undefined;
  return {
    text,
    segments,
    protectedSpans: spans,
    tokens,
    get entities() {
      return (entities ??= withEntities ? recognizeEntities({ text, segments, tokens, names }) : []);
    },
    options,
  };
}

/**
 * A paragraph longer than this is analysed and cached in pieces cut at sentence ends (a book pasted as one line,
 * a 3 MB log): each piece is then one step of bounded cost, and an edit re-analyses the piece it touched instead
 * of the whole line. Ordinary paragraphs are far shorter and are never cut. A cut falls after a sentence's closing
 * mark and the single space that follows it, outside protected spans, so no rule sees a word or a run of spaces
 * cut in two; what a piece cannot see is a quotation that spans the cut.
 */
export const PIECE_LENGTH = 8_000;
const SENTENCE_END = /[.!?؟…](?:["»”')\]]*) (?=\S)/g;

export function piecesOf(paragraph: Paragraph, syntax: Syntax): Paragraph[] {
  if (paragraph.kind !== 'prose' || paragraph.text.length <= 2 * PIECE_LENGTH) return [paragraph];
  const { text } = paragraph;
  // Sorted and disjoint, and the cuts only move forward: one pointer walks them.
  const spans = protectedSpans(text, syntax);
  let next = 0;
  const isProtected = (at: number) => {
    while (next < spans.length && spans[next].end <= at) next++;
    return next < spans.length && spans[next].start < at;
  };
  const pieces: Paragraph[] = [];
  let from = 0;
  // Each cut is the first sentence end at least PIECE_LENGTH after the previous one: content-defined, so an edit
  // moves at most the cut after it and the pieces further on stay as they were (and stay cached).
  while (text.length - from > 2 * PIECE_LENGTH) {
    SENTENCE_END.lastIndex = from + PIECE_LENGTH;
    let cut = -1;
    for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
      const at = match.index + match[0].length;
      if (!isProtected(at)) {
        cut = at;
        break;
      }
    }
    if (cut < 0 || text.length - cut < PIECE_LENGTH / 2) break;
    pieces.push({ start: paragraph.start + from, end: paragraph.start + cut, text: text.slice(from, cut), kind: 'prose' });
    from = cut;
  }
  pieces.push({ start: paragraph.start + from, end: paragraph.end, text: text.slice(from), kind: 'prose' });
  return pieces;
}

const CACHE_LIMIT = 20_000;

/**
 * An analyser keeps the per-paragraph cache for one set of options; the language server keeps one per document
 * settings, the CLI one per run.
 */
export function createAnalyzer(partial: Partial<DocumentOptions> = {}) {
  const options = resolveOptions(partial);
  const enabled = RULES.filter((rule) => isRuleEnabled(rule, options));
  const paragraphRules = enabled.filter((r): r is ParagraphRule => r.scope === 'paragraph');
  const documentRules = enabled.filter((r): r is DocumentRule => r.scope === 'document');
  const cache = new Map<string, ParagraphResult>();
  /** The names the paragraphs of the last analysed document share (namesAcrossParagraphs.ts). */
  const documentNames = documentNamesKeeper();

  function analyzeParagraph(paragraph: Paragraph): ParagraphResult {
    const key = paragraph.kind + '\u0000' + paragraph.text;
    const hit = cache.get(key);
    if (hit) {
      // Refresh its place in the insertion-ordered map, which doubles as an LRU list.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    let result: ParagraphResult;
    if (paragraph.kind !== 'prose') {
      result = { findings: [], entities: [], summaries: documentRules.map(() => undefined) };
    } else {
      // The paragraph's text is a slice of the whole document, and so would be every string a result keeps (an
      // entity's text, a word in a message): a cached result would keep that version of the document alive, and
      // after 20 edits of a 1 MB document 22 MB of old versions were kept. The key is the paragraph's own flat copy
      // (the map flattened it to hash it), so the analysis reads from that instead.
      const text = key.slice(paragraph.kind.length + 1);
      // Rules that leave names alone (spelling, ZWNJ) ask about the few words they would change (nearbyEntities.ts):
      // the whole paragraph is recognised only for a host that shows its entities.
      const names: EntityInput['names'] = {};
      const ctx = paragraphContext(text, options, options.entities, names);
      const findings: Finding[] = [];
      for (const rule of paragraphRules) {
        const severity = severityOf(rule, options);
        for (const f of rule.check(ctx)) findings.push(f.severity === severity ? f : { ...f, severity });
      }
      findings.sort(byFindingOrder);
      result = {
        findings,
        entities: options.entities ? [...ctx.entities] : [],
        named: names.paragraph,
        summaries: documentRules.map((rule) => rule.summarize(ctx)),
      };
    }
    cache.set(key, result);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    return result;
  }

  /**
   * The paragraphs and results of the last analysis. The paragraphs an edit did not touch are the same at the head
   * and at the tail of the document, in the same order: they take their results from here, found by comparing
   * texts, instead of hashing every paragraph of a long document again for the cache on each keystroke.
   */
  let last: { paragraphs: Paragraph[]; results: ParagraphResult[] } = { paragraphs: [], results: [] };

  function unchangedSinceLast(paragraphs: readonly Paragraph[]): (ParagraphResult | undefined)[] {
    const known: (ParagraphResult | undefined)[] = new Array(paragraphs.length);
    const same = (a: Paragraph, b: Paragraph) => a.kind === b.kind && a.text === b.text;
    let head = 0;
    while (head < paragraphs.length && head < last.paragraphs.length && same(paragraphs[head], last.paragraphs[head])) {
      known[head] = last.results[head];
      head++;
    }
    for (let k = paragraphs.length - 1, m = last.paragraphs.length - 1; k >= head && m >= head && same(paragraphs[k], last.paragraphs[m]); k--, m--) {
      known[k] = last.results[m];
    }
    return known;
  }

  /**
   * The analysis in steps of one paragraph (or one piece of a huge one) each, so that a host can pause between them
   * (the language server yields to hover and code actions) and stop when the text has changed. The paragraph cache
   * keeps the steps already done, so a restarted analysis does not repeat them.
   */
  function* analyzeInSteps(text: string): Generator<void, AnalysisResult> {
    const paragraphs = splitParagraphs(text, options.syntax).flatMap((paragraph) => piecesOf(paragraph, options.syntax));
    const known = unchangedSinceLast(paragraphs);
    const results: ParagraphResult[] = [];
    for (const [k, paragraph] of paragraphs.entries()) {
      const result = known[k];
      if (result) {
        results.push(result);
        continue;
      }
      results.push(analyzeParagraph(paragraph));
      yield;
    }
    last = { paragraphs, results };
    return combine(text, paragraphs, results);
  }

  /** The result's placed lists, for the paragraph's offset now (an edit before it moved it: placed again). */
  function placementAt(result: ParagraphResult, offset: number): NonNullable<ParagraphResult['placed']> {
    if (result.placed?.offset !== offset) result.placed = { offset };
    return result.placed;
  }

  /** The paragraph's findings (its own or its revision's) at its document offset, kept for the next edit. */
  function placedFindingsAt(result: ParagraphResult, offset: number, findings: readonly Finding[]): Finding[] {
    const placement = placementAt(result, offset);
    if (placement.findings?.from !== findings) placement.findings = { from: findings, placed: findings.map((f) => shiftFinding(f, offset)) };
    return placement.findings.placed;
  }

  /** The same for its entities. */
  function placedEntitiesAt(result: ParagraphResult, offset: number, entities: readonly Entity[]): Entity[] {
    const placement = placementAt(result, offset);
    if (placement.entities?.from !== entities) {
      placement.entities = { from: entities, placed: entities.map((e) => (offset === 0 ? e : { ...e, start: e.start + offset, end: e.end + offset })) };
    }
    return placement.entities.placed;
  }

  /** A paragraph tagged whole, as for a host that shows entities (for withdrawMisspelledNames). */
  function tagWhole(text: string) {
    const names: EntityInput['names'] = {};
    const { entities } = paragraphContext(text, options, true, names);
    return { entities, tagged: names.paragraph };
  }

  function combine(text: string, paragraphs: readonly Paragraph[], results: readonly ParagraphResult[]): AnalysisResult {
    if (options.entities) documentNames.revise(results);
    // Taken now: a paragraph's revision belongs to this document, and the cache may give the same paragraph to another.
    const entityLists = results.map((result) => result.revised?.entities ?? result.entities);
    const findingLists = results.map((result) => result.revised?.findings ?? result.findings);
    // A host without entities recognises only the words it questions: the names the document shares are found
    // for the misspellings they could explain (namesAcrossParagraphs.ts).
    if (!options.entities) withdrawMisspelledNames(paragraphs, findingLists, tagWhole);
    // Each paragraph's findings are sorted and the paragraphs follow one another, so their concatenation is sorted
    // (checked where two meet; pieces of one long line meet without a gap).
    const runs: FindingRun[] = [];
    let sorted = true;
    paragraphs.forEach((paragraph, k) => {
      const findings = findingLists[k];
      if (findings.length === 0) return;
      const previous = runs[runs.length - 1];
      if (previous && byFindingOrderAt(previous.findings[previous.findings.length - 1], previous.start, findings[0], paragraph.start) > 0) sorted = false;
      runs.push({ start: paragraph.start, findings });
    });
    const fromDocument: Finding[] = [];
    documentRules.forEach((rule, r) => {
      const parts: SummaryPart<unknown>[] = [];
      paragraphs.forEach((paragraph, k) => {
        if (results[k].summaries[r] !== undefined) parts.push({ offset: paragraph.start, summary: results[k].summaries[r] });
      });
      const severity = severityOf(rule, options);
      for (const f of rule.combine(parts, options)) fromDocument.push({ ...f, severity });
    });
    fromDocument.sort(byFindingOrder);
    const directives = readDirectives(text);
    const filtered = directives.regions.length > 0 || directives.ignoredWords.size > 0;

    // The document-offset lists are made when first read: after an edit the language server needs neither (it
    // places diagnostics from the runs), and moving every finding after the edit to its new offset was a good part
    // of an edit's work on a long document.
    function placedFindings(): Finding[] {
      const fromParagraphs: Finding[] = [];
      paragraphs.forEach((paragraph, k) => {
        for (const f of placedFindingsAt(results[k], paragraph.start, findingLists[k])) fromParagraphs.push(f);
      });
      if (!sorted) fromParagraphs.sort(byFindingOrder);
      const merged = mergeFindings(fromParagraphs, fromDocument);
      return filtered ? applyDirectives(merged, directives, text) : merged;
    }
    function placedEntities(): Entity[] {
      const entities: Entity[] = [];
      paragraphs.forEach((paragraph, k) => {
        for (const e of placedEntitiesAt(results[k], paragraph.start, entityLists[k])) entities.push(e);
      });
      return entities;
    }
    let findings: Finding[] | undefined;
    let entities: Entity[] | undefined;
    return {
      get findings() {
        return (findings ??= placedFindings());
      },
      get entities() {
        return (entities ??= placedEntities());
      },
      ...(sorted && !filtered ? { runs, documentFindings: fromDocument } : {}),
    };
  }

  function analyze(text: string): AnalysisResult {
    const steps = analyzeInSteps(text);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  return { options, analyze, analyzeInSteps };
}

export type Analyzer = ReturnType<typeof createAnalyzer>;

/** One-shot analysis, for callers that analyse a text once. */
export function analyze(text: string, options: Partial<DocumentOptions> = {}): AnalysisResult {
  return createAnalyzer(options).analyze(text);
}
