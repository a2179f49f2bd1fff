// The questions answered from an analysis's per-paragraph runs give exactly what filtering the whole list gives.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, PIECE_LENGTH } from '../../server/src/analysis/analyze';
import { findingsTouching, fixableCount, fixableFindings, forEachFinding } from '../../server/src/analysis/resultQueries';
import type { AnalysisResult } from '../../server/src/analysis/types';

const sample = readFileSync(resolve(__dirname, '..', '..', 'samples', 'kazakhstan-abraham-accords.fa.txt'), 'utf8');
// The sample, a paragraph that writes «کتابها» and «کتاب‌ها» (a document rule's findings among a paragraph's own),
// and one line long enough to be analysed in pieces that meet without a gap.
const longLine = Array.from({ length: Math.ceil((5 * PIECE_LENGTH) / 30) }, () => 'او مینامد که سفارتها را دید. ').join('');
const text = `${sample}\n\nما کتابها را خواندیم و کتاب‌ها را دیدیم.\n\n${longLine}`;

/** The findings forEachFinding visits, moved to document offsets as `result.findings` has them. */
function visited(result: AnalysisResult) {
  const out: { start: number; end: number; rule: string; edits: { start: number; end: number }[] }[] = [];
  forEachFinding(result, (f, offset) =>
    out.push({ start: f.start + offset, end: f.end + offset, rule: f.rule, edits: f.fixes.flatMap((fix) => fix.edits.map((e) => ({ start: e.start + offset, end: e.end + offset }))) }),
  );
  return out;
}
const placed = (findings: AnalysisResult['findings']) =>
  findings.map((f) => ({ start: f.start, end: f.end, rule: f.rule, edits: f.fixes.flatMap((fix) => fix.edits.map((e) => ({ start: e.start, end: e.end }))) }));

function expectSameAnswers(result: AnalysisResult) {
  const { findings } = result;
  expect(visited(result)).toEqual(placed(findings));
  const ranges: [number, number][] = [[0, 0], [0, text.length], [text.length, text.length]];
  for (const f of findings.filter((_, k) => k % 7 === 0)) ranges.push([f.start, f.start], [f.end, f.end], [f.start - 3, f.end + 3]);
  for (let at = 0; at < text.length; at += 997) ranges.push([at, at + 40]);
  for (const [start, end] of ranges) {
    expect(findingsTouching(result, start, end)).toEqual(findings.filter((f) => f.start <= end && f.end >= start));
  }
  for (const rule of new Set(findings.map((f) => f.rule))) {
    const fixable = findings.filter((f) => f.rule === rule && f.fixes.length > 0);
    expect(fixableCount(result, rule)).toBe(fixable.length);
    expect(fixableFindings(result, rule)).toEqual(fixable);
  }
}

describe('questions answered from the runs', () => {
  it('give what the whole list gives: every finding in order, findings at a range, fixable findings of a rule', () => {
    const result = analyze(text);
    expect(result.runs).toBeDefined();
    expect(result.findings.some((f) => f.rule === 'zwnj-inconsistent')).toBe(true);
    expect(result.runs!.some((run) => run.start > 0 && text[run.start - 1] !== '\n')).toBe(true); // pieces of the long line
    expectSameAnswers(result);
  });

  it('fall back to the list when directives filter it (no runs)', () => {
    const result = analyze(`<!-- dabir-ignore: سفارتها -->\n\n${text}`);
    expect(result.runs).toBeUndefined();
    expect(findingsTouching(result, 0, 10_000_000)).toEqual(result.findings);
    expect(visited(result)).toEqual(placed(result.findings));
  });
});
