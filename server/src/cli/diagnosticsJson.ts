// The contract's JSON for one document's findings: UTF-16 offsets, LSP positions, the flagged text, suggestions.

import type { Finding } from '../analysis/types';
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

export function toJsonDiagnostics(text: string, findings: readonly Finding[]): JsonDiagnostic[] {
  const starts = lineStarts(text);
  return findings.map((f) => {
    const { line, character } = positionAt(starts, f.start);
    return {
      rule: f.rule,
      family: f.family,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      line,
      character,
      text: text.slice(f.start, f.end),
      suggestions: f.fixes.map((fix) => suggestionText(text, f, fix)),
    };
  });
}
