// `dabir fix [FILE|-] [--rules LIST] [--write]`: the text with every safe fix applied (and, with --rules, the top
// suggestion of those rules), to stdout or in place, atomically. Exit 0, or 2 on error.

import { fixText } from '../analysis/fix';
import { fill } from '../analysis/messages';
import { UsageError, type ParsedArgs } from './args';
import { ChangedMeanwhileError, writeAtomically } from './atomicWrite';
import { readDocument } from './input';
import type { Io } from './io';
import { CLI_MESSAGES } from './messages';
import { analysisOptions, localeOf } from './options';

export async function runFix(args: ParsedArgs, io: Io): Promise<number> {
  const write = args.flags.has('--write');
  const paths = args.positionals.length > 0 ? args.positionals : ['-'];
  const locale = localeOf(args);
  if (!write && paths.length > 1) throw new UsageError('fix writes one document to stdout; give one file, or use --write');
  if (write && paths.includes('-')) throw new UsageError(CLI_MESSAGES.writeNeedsFile[locale]);
  let failed = false;
  for (const path of paths) {
    try {
      const document = await readDocument(path);
      const options = analysisOptions(args, document.path);
      const fixed = fixText(document.text, options, options.rules !== undefined);
      if (!write) io.write(fixed);
      else if (fixed !== document.text) writeAtomically(document.path, fixed, document);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const message = error instanceof ChangedMeanwhileError ? fill(CLI_MESSAGES.changedMeanwhile, { path }, locale) : (error as Error).message;
      io.stderr(`dabir: ${message}`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
