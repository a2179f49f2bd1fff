// `dabir check [FILE…|-] [--format text|json] [--rules LIST]`: every finding; exit 0 none, 1 findings, 2 error.

import { createAnalyzer } from '../analysis/analyze';
import { fill } from '../analysis/messages';
import type { Finding } from '../analysis/types';
import { flagValue, oneOf, type ParsedArgs } from './args';
import { readDocument } from './input';
import { CLI_MESSAGES } from './messages';
import { analysisOptions, localeOf, suggestionText } from './options';
import { lineStarts, positionAt } from './positions';
import type { Io } from './io';

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

export async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const format = oneOf('--format', flagValue(args, '--format'), ['text', 'json'] as const, 'text');
  const locale = localeOf(args);
  const paths = args.positionals.length > 0 ? args.positionals : ['-'];
  const files: { path: string; diagnostics: JsonDiagnostic[] }[] = [];
  let failed = false;
  let total = 0;
  for (const path of paths) {
    let document;
    try {
      document = await readDocument(path);
    } catch (error) {
      io.stderr(`dabir: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const analyzer = createAnalyzer(analysisOptions(args, document.path));
    const diagnostics = toJsonDiagnostics(document.text, analyzer.analyze(document.text).findings);
    total += diagnostics.length;
    files.push({ path: document.path, diagnostics });
    if (format === 'text') {
      for (const d of diagnostics) {
        const suggestion = d.suggestions.length > 0 ? `  → ${d.suggestions[0]}` : '';
        io.stdout(`${document.path}:${d.line + 1}:${d.character + 1}  ${d.rule}  ${d.message}  «${d.text}»${suggestion}`);
      }
    }
  }
  if (format === 'json') io.stdout(JSON.stringify({ files }, null, 2));
  else if (files.length > 0) io.stderr(fill(CLI_MESSAGES.summary, { count: String(total), files: String(files.length) }, locale));
  if (failed) return 2;
  return total > 0 ? 1 : 0;
}
