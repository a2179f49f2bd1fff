// The contract's JSON for one document's findings: UTF-16 offsets, LSP positions, the flagged text, suggestions.

import { forEachFinding, type AnalysisFindings } from '../analysis/resultQueries';
import { suggestionText } from './options';
import { lineStarts, positionAt } from '../analysis/text/lines';

export interface JsonDiagnostic {
  rule: string;
  family: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  suggestions: string[];
}

export function toJsonDiagnostics(text: string, result: AnalysisFindings): JsonDiagnostic[] {
  const starts = lineStarts(text);
  const diagnostics: JsonDiagnostic[] = [];
  forEachFinding(result, (f, offset) => {
    const start = f.start + offset;
    const end = f.end + offset;
    const { line, character } = positionAt(starts, start);
    diagnostics.push({
      rule: f.rule,
      family: f.family,
      severity: f.severity,
      message: f.message,
      start,
      end,
      line,
      character,
      text: text.slice(start, end),
      suggestions: f.fixes.map((fix) => suggestionText(text, f, fix, offset)),
    });
  });
  return diagnostics;
}
