// `dabir check [FILE…|FOLDER…|-] [--format text|json|sarif] [--rules LIST]`: every finding; exit 0 none, 1 findings,
// 2 error. A folder is checked file by file (Markdown and text, .gitignore respected), spread over worker threads.

import { fill } from '../analysis/messages';
import { flagValue, oneOf, type ParsedArgs } from './args';
import type { JsonDiagnostic } from './diagnosticsJson';
import { expandPaths } from './files';
import type { Io } from './io';
import { CLI_MESSAGES } from './messages';
import { analysisOptions, localeOf } from './options';
import { checkFiles } from './parallel';
import { toSarif } from './sarif';

export async function runCheck(args: ParsedArgs, io: Io, workerScript?: string): Promise<number> {
  const format = oneOf('--format', flagValue(args, '--format'), ['text', 'json', 'sarif'] as const, 'text');
  const locale = localeOf(args);
  const paths = expandPaths(args.positionals.length > 0 ? args.positionals : ['-']);
  // Validate the options once, before any file is read: a bad flag is one error, not one per file.
  analysisOptions(args, paths[0]);
  const results = await checkFiles(paths, (path) => analysisOptions(args, path), workerScript);
  const files: { path: string; diagnostics: JsonDiagnostic[] }[] = [];
  let failed = false;
  let total = 0;
  for (const result of results) {
    if (result.error !== undefined || !result.diagnostics) {
      io.stderr(`dabir: ${result.error}`);
      failed = true;
      continue;
    }
    total += result.diagnostics.length;
    files.push({ path: result.path, diagnostics: result.diagnostics });
    if (format === 'text') {
      for (const d of result.diagnostics) {
        const suggestion = d.suggestions.length > 0 ? `  → ${d.suggestions[0]}` : '';
        io.stdout(`${result.path}:${d.line + 1}:${d.character + 1}  ${d.rule}  ${d.message}  «${d.text}»${suggestion}`);
      }
    }
  }
  if (format === 'json') io.stdout(JSON.stringify({ files }, null, 2));
  else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(files, locale, process.cwd()), null, 2));
  else if (files.length > 0) io.stderr(fill(CLI_MESSAGES.summary, { count: String(total), files: String(files.length) }, locale));
  if (failed) return 2;
  return total > 0 ? 1 : 0;
}
