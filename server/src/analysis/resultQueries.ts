// Questions a host asks of an analysis about a few places or one rule, answered from its per-paragraph runs when it
// has them (AnalysisResult.runs), so that asking does not make the whole list of findings at document offsets: after
// each keystroke in a long document the editor asks for the code actions at the cursor, and making the list moved
// every finding after the edit to its new offset. Without runs (in-document directives) the list answers.

import { byFindingOrderAt, mergeFindings, shiftFinding } from './analyze';
import type { AnalysisResult, Finding } from './types';

/** The findings of an analysis, as AnalysisResult gives them (a host may keep them read-only). */
export type AnalysisFindings = Pick<AnalysisResult, 'runs' | 'documentFindings'> & { readonly findings: readonly Finding[] };

/** Whether the finding, at offsets relative to `at`, touches [start, end] (overlaps it or meets it at an end). */
function touches(finding: Finding, at: number, start: number, end: number): boolean {
  return finding.start + at <= end && finding.end + at >= start;
}

/** The findings touching [start, end], at document offsets, in the order of `result.findings`. */
export function findingsTouching(result: AnalysisFindings, start: number, end: number): Finding[] {
  const { runs, documentFindings } = result;
  if (!runs || !documentFindings) return result.findings.filter((finding) => touches(finding, 0, start, end));
  // The first run that starts after `start`; a paragraph's findings lie inside it, so only the run before that one
  // can reach `start`, and the one before it too where pieces of a long line meet without a gap.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const fromParagraphs: Finding[] = [];
  for (let r = Math.max(0, lo - 2); r < runs.length && runs[r].start <= end; r++) {
    for (const finding of runs[r].findings) if (touches(finding, runs[r].start, start, end)) fromParagraphs.push(shiftFinding(finding, runs[r].start));
  }
  return mergeFindings(fromParagraphs, documentFindings.filter((finding) => touches(finding, 0, start, end)));
}

/** How many findings of `rule` carry a fix. */
export function fixableCount(result: AnalysisFindings, rule: string): number {
  const { runs, documentFindings } = result;
  const fixable = (finding: Finding) => finding.rule === rule && finding.fixes.length > 0;
  if (!runs || !documentFindings) return result.findings.filter(fixable).length;
  let count = documentFindings.filter(fixable).length;
  for (const run of runs) for (const finding of run.findings) if (fixable(finding)) count++;
  return count;
}

/** The findings of `rule` that carry a fix, at document offsets, in the order of `result.findings`. */
export function fixableFindings(result: AnalysisFindings, rule: string): Finding[] {
  const { runs, documentFindings } = result;
  const fixable = (finding: Finding) => finding.rule === rule && finding.fixes.length > 0;
  if (!runs || !documentFindings) return result.findings.filter(fixable);
  const fromParagraphs: Finding[] = [];
  for (const run of runs) for (const finding of run.findings) if (fixable(finding)) fromParagraphs.push(shiftFinding(finding, run.start));
  return mergeFindings(fromParagraphs, documentFindings.filter(fixable));
}

/**
 * Visits every finding in the order of `result.findings`, each with the offset that places it in the document (its
 * paragraph's start; 0 for the document rules' findings and without runs), without making that list: a host that
 * only reads the findings (`dabir check` writing its report) need not copy the ~9 000 findings of a 1 MB file.
 */
export function forEachFinding(result: AnalysisFindings, visit: (finding: Finding, offset: number) => void): void {
  const { runs, documentFindings } = result;
  if (!runs || !documentFindings) {
    for (const finding of result.findings) visit(finding, 0);
    return;
  }
  let d = 0;
  for (const run of runs) {
    for (const finding of run.findings) {
      while (d < documentFindings.length && byFindingOrderAt(documentFindings[d], 0, finding, run.start) < 0) visit(documentFindings[d++], 0);
      visit(finding, run.start);
    }
  }
  while (d < documentFindings.length) visit(documentFindings[d++], 0);
}
