// `dabir entities [FILE|-] --format json`: the named entities of a document, in the contract's JSON.

import { createAnalyzer } from '../analysis/analyze';
import { UsageError, flagValue, oneOf, type ParsedArgs } from './args';
import { readDocument } from './input';
import type { Io } from './io';
import { analysisOptions } from './options';

export async function runEntities(args: ParsedArgs, io: Io): Promise<number> {
  const format = oneOf('--format', flagValue(args, '--format'), ['json', 'text'] as const, 'json');
  if (args.positionals.length > 1) throw new UsageError('entities takes one file (or - for stdin)');
  const document = await readDocument(args.positionals[0] ?? '-');
  const options = { ...analysisOptions(args, document.path, true), rules: [] as string[] };
  const { entities } = createAnalyzer(options).analyze(document.text);
  const contract = entities.map(({ start, end, text, type, id }) => (id ? { start, end, text, type, id } : { start, end, text, type }));
  if (format === 'json') io.stdout(JSON.stringify({ entities: contract }, null, 2));
  else for (const e of contract) io.stdout(`${e.start}-${e.end}\t${e.type}${e.id ? `\t${e.id}` : ''}\t${e.text}`);
  return 0;
}
