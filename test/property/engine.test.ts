// Properties of the analysis core that every rule and recogniser must keep, whichever lands next: offsets that lie in
// the document and never split a surrogate pair, fixes that never touch code, URLs, e-mail, front matter, HTML or
// Latin runs, fixing that is idempotent per family and for all, CRLF that reads like LF, and a paragraph cache that
// changes nothing. Generated documents come from test/support/documents.ts; DABIR_SEED and DABIR_PATH replay a case.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAnalyzer,
  editsForFindings,
  ENTITY_TYPES,
  fixText,
  RULE_FAMILIES,
  type AnalysisResult,
  type Finding,
  type RuleFamily,
} from '../../server/src/analysis/index';
import { anyDocument, documentArbitrary, splitsSurrogatePair, touches, type GeneratedDocument } from '../support/documents';
import { holds, PROPERTY_TIMEOUT } from '../support/fastCheck';

function analyse(doc: GeneratedDocument): AnalysisResult {
  return createAnalyzer({ syntax: doc.syntax, entities: true }).analyze(doc.text);
}

/** Every problem with one offset range, as a readable string (empty when the range is sound). */
function rangeProblem(text: string, start: number, end: number, what: string): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: non-integer offsets ${start}-${end}`;
  if (start < 0 || end > text.length || start > end) return `${what}: ${start}-${end} outside [0, ${text.length}] or inverted`;
  if (splitsSurrogatePair(text, start)) return `${what}: start ${start} splits a surrogate pair`;
  if (splitsSurrogatePair(text, end)) return `${what}: end ${end} splits a surrogate pair`;
  return undefined;
}

function offsetProblems(text: string, result: AnalysisResult): string[] {
  const problems: string[] = [];
  const note = (p: string | undefined) => p && problems.push(p);
  for (const f of result.findings) {
    note(rangeProblem(text, f.start, f.end, `finding ${f.rule}`));
    if (!RULE_FAMILIES.includes(f.family) || !f.rule.startsWith(`${f.family}-`)) problems.push(`finding ${f.rule}: family ${f.family}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`finding ${f.rule}: empty message`);
    for (const r of f.related ?? []) note(rangeProblem(text, r.start, r.end, `related location of ${f.rule}`));
    for (const fix of f.fixes) {
      for (const e of fix.edits) note(rangeProblem(text, e.start, e.end, `edit of ${f.rule} «${fix.title}»`));
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let k = 1; k < sorted.length; k++) {
        if (sorted[k].start < sorted[k - 1].end) problems.push(`fix «${fix.title}» of ${f.rule} has overlapping edits`);
      }
    }
  }
  for (const e of result.entities) {
    note(rangeProblem(text, e.start, e.end, `entity ${e.type}`));
    if (e.start === e.end) problems.push(`entity ${e.type} at ${e.start} is empty`);
    if (text.slice(e.start, e.end) !== e.text) problems.push(`entity ${e.type} ${e.start}-${e.end}: text «${e.text}» but the document has «${text.slice(e.start, e.end)}»`);
    if (!ENTITY_TYPES.includes(e.type)) problems.push(`entity type ${e.type}`);
  }
  return problems;
}

/** Each protected piece that some fix (safe or not: a writer may pick any quick fix) would change. */
function touchedProtected(doc: GeneratedDocument, findings: readonly Finding[]): string[] {
  const hits: string[] = [];
  for (const f of findings) {
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const range = doc.protectedRanges.find((r) => touches(e, r));
        if (range) hits.push(`${f.rule} edit ${e.start}-${e.end} → «${e.newText}» reaches into ${range.kind} «${range.text}»`);
      }
    }
  }
  return hits;
}

/** The protected pieces must appear in the fixed text, verbatim and in order. */
function missingProtected(doc: GeneratedDocument, fixed: string): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const range of doc.protectedRanges) {
    const found = fixed.indexOf(range.text, at);
    if (found < 0) missing.push(`${range.kind} «${range.text}»`);
    else at = found + range.text.length;
  }
  return missing;
}

/** No lone surrogate (String.prototype.isWellFormed, which our ES2022 lib does not declare). */
function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

const families = fc.constantFrom<RuleFamily>(...RULE_FAMILIES);

describe('offsets of findings, fixes and entities', () => {
  it('lie in the document, never split a surrogate pair, and entities slice to their text', () => {
    holds(
      fc.property(fc.oneof(anyDocument, documentArbitrary({ hostile: true })), (doc) => {
        const problems = offsetProblems(doc.text, analyse(doc));
        expect(problems, problems.join('\n')).toEqual([]);
      }),
      120,
    );
  }, PROPERTY_TIMEOUT);

  it('hold on very long lines', () => {
    holds(
      fc.property(documentArbitrary({ maxItems: 600, maxBlocks: 2 }), (doc) => {
        const problems = offsetProblems(doc.text, analyse(doc));
        expect(problems, problems.join('\n')).toEqual([]);
      }),
      8,
    );
  }, PROPERTY_TIMEOUT);
});

describe('fixes leave code, URLs, e-mail, front matter, HTML and Latin runs alone', () => {
  it('no quick fix of any finding reaches into a protected piece', () => {
    holds(
      fc.property(documentArbitrary(), (doc) => {
        const hits = touchedProtected(doc, analyse(doc).findings);
        expect(hits, hits.join('\n')).toEqual([]);
      }),
      100,
    );
  }, PROPERTY_TIMEOUT);

  it('every protected piece survives fixing everything, verbatim and in order', () => {
    holds(
      fc.property(documentArbitrary(), (doc) => {
        const fixed = fixText(doc.text, { syntax: doc.syntax });
        const missing = missingProtected(doc, fixed);
        expect(missing, `changed: ${missing.join(', ')}\nfixed text: ${JSON.stringify(fixed)}`).toEqual([]);
      }),
      60,
    );
  }, PROPERTY_TIMEOUT);

  it('every protected piece survives `fix --rules FAMILY` (top suggestions applied too)', () => {
    holds(
      fc.property(documentArbitrary(), families, (doc, family) => {
        const fixed = fixText(doc.text, { syntax: doc.syntax, rules: [family] }, true);
        const missing = missingProtected(doc, fixed);
        expect(missing, `changed: ${missing.join(', ')}\nfixed text: ${JSON.stringify(fixed)}`).toEqual([]);
      }),
      40,
    );
  }, PROPERTY_TIMEOUT);
});

describe('fixing is idempotent', () => {
  it('fix(fix(x)) = fix(x) with every rule', () => {
    holds(
      fc.property(anyDocument, (doc) => {
        const once = fixText(doc.text, { syntax: doc.syntax });
        expect(fixText(once, { syntax: doc.syntax })).toBe(once);
      }),
      60,
    );
  }, PROPERTY_TIMEOUT);

  it('fix(fix(x)) = fix(x) for each family, safe fixes only and with top suggestions', () => {
    holds(
      fc.property(anyDocument, families, fc.boolean(), (doc, family, topSuggestions) => {
        const options = { syntax: doc.syntax, rules: [family] };
        const once = fixText(doc.text, options, topSuggestions);
        expect(fixText(once, options, topSuggestions)).toBe(once);
      }),
      60,
    );
  }, PROPERTY_TIMEOUT);

  it('fixing a well-formed document gives a well-formed document (no lone surrogate)', () => {
    holds(
      fc.property(documentArbitrary(), (doc) => {
        const fixed = fixText(doc.text, { syntax: doc.syntax });
        expect(isWellFormed(doc.text)).toBe(true);
        expect(isWellFormed(fixed)).toBe(true);
      }),
      40,
    );
  }, PROPERTY_TIMEOUT);
});

/** LF offset → the offset of the same character once every LF is written as CRLF. */
function crlfOffsetMap(lf: string): (offset: number) => number {
  const before = new Int32Array(lf.length + 1);
  for (let i = 0; i < lf.length; i++) before[i + 1] = before[i] + (lf.charCodeAt(i) === 0x0a ? 1 : 0);
  return (offset) => offset + before[offset];
}

function comparable(result: AnalysisResult, map: (offset: number) => number, eol: (s: string) => string) {
  return {
    findings: result.findings.map((f) => ({
      rule: f.rule,
      start: map(f.start),
      end: map(f.end),
      message: f.message,
      severity: f.severity,
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        safe: fix.safe,
        edits: fix.edits.map((e) => ({ start: map(e.start), end: map(e.end), newText: eol(e.newText) })),
      })),
      related: f.related?.map((r) => ({ start: map(r.start), end: map(r.end), message: r.message })),
    })),
    entities: result.entities.map((e) => ({ ...e, start: map(e.start), end: map(e.end), text: eol(e.text) })),
  };
}

describe('line endings', () => {
  it('a CRLF document gives the findings, fixes and entities of its LF twin, modulo offsets', () => {
    holds(
      fc.property(documentArbitrary({ eol: '\n' }), (doc) => {
        const crlf = doc.text.replace(/\n/g, '\r\n');
        const fromLf = comparable(analyse(doc), crlfOffsetMap(doc.text), (s) => s.replace(/\n/g, '\r\n'));
        const fromCrlf = comparable(analyse({ ...doc, text: crlf }), (o) => o, (s) => s);
        expect(fromCrlf).toEqual(fromLf);
      }),
      60,
    );
  }, PROPERTY_TIMEOUT);

  it('fixing a CRLF document keeps every CRLF and fixes what its LF twin fixes', () => {
    holds(
      fc.property(documentArbitrary({ eol: '\n' }), (doc) => {
        const crlf = doc.text.replace(/\n/g, '\r\n');
        const fixedCrlf = fixText(crlf, { syntax: doc.syntax });
        expect(fixedCrlf).toBe(fixText(doc.text, { syntax: doc.syntax }).replace(/\n/g, '\r\n'));
      }),
      40,
    );
  }, PROPERTY_TIMEOUT);
});

describe('the paragraph cache', () => {
  it('a warm analyser gives exactly what a fresh one gives', () => {
    const warm = createAnalyzer({ syntax: 'markdown', entities: true });
    holds(
      fc.property(fc.array(documentArbitrary({ syntax: 'markdown' }), { minLength: 1, maxLength: 4 }), (docs) => {
        for (const doc of docs) {
          expect(warm.analyze(doc.text)).toEqual(createAnalyzer({ syntax: 'markdown', entities: true }).analyze(doc.text));
        }
      }),
      40,
    );
  }, PROPERTY_TIMEOUT);

  it('editsForFindings never returns an edit outside the document', () => {
    holds(
      fc.property(anyDocument, (doc) => {
        for (const e of editsForFindings(analyse(doc).findings, () => true)) {
          expect(rangeProblem(doc.text, e.start, e.end, 'edit')).toBeUndefined();
        }
      }),
      40,
    );
  }, PROPERTY_TIMEOUT);
});
