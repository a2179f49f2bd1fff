// `dabir`: the command-line front door over the analysis core. Contract (DESIGN.md): check, fix, entities, lookup,
// lsp; exit 0/1/2; errors are one line on stderr, never a stack trace.

import { fill } from './analysis/messages';
import { installNodeDataLoader } from './host/nodeData';
import { UsageError, parseArgs, type ParsedArgs } from './cli/args';
import { runCheck } from './cli/check';
import { runEntities } from './cli/entities';
import { runFix } from './cli/fix';
import { runLookup } from './cli/lookup';
import { InputError } from './cli/input';
import { processIo, type Io } from './cli/io';
import { CLI_MESSAGES } from './cli/messages';
import { localeOf } from './cli/options';
import { startServer } from './lsp/start';
import { isMainThread } from 'node:worker_threads';

const USAGE = `Usage: dabir <command> [options]

Commands:
  check [FILE…|FOLDER…|-] [--format text|json|sarif] [--rules LIST]
                                                        report findings (exit 0 none, 1 findings, 2 error)
  fix [FILE|-] [--rules LIST] [--write]                 apply every safe fix (to stdout, or in place)
  entities [FILE|-] --format json                       named entities
  lookup TEXT [--format json|markdown]                  knowledge-base card of a country or treaty
  lsp --stdio                                           the language server on stdio

Options:
  --rules LIST         rule ids or families, comma-separated (zwnj, spelling, characters, punctuation, digits, spacing)
  --locale fa|en       language of messages (default: from the environment, else Persian)
  --words FILE         extra dictionary words, one a line (.dabir/words.txt is read when present)
  --digits persian|latin|keep   digit style (default persian)
  --zwnj-style academy|common   ZWNJ style where the Academy allows both (default academy)
  --syntax markdown|plaintext   how to read the input (default: by file extension; stdin is Markdown)
`;

type Command = (args: ParsedArgs, io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: (args, io) => runCheck(args, io, bundledScript()),
  fix: runFix,
  entities: runEntities,
  lookup: (args, io) =>
    runLookup(args.flags.has('--format') ? [...args.positionals, '--format', String(args.flags.get('--format'))] : args.positionals, { ...io, locale: localeOf(args) }),
  lsp: async (args) => {
    if (!args.flags.has('--stdio')) throw new UsageError('lsp needs --stdio');
    startServer();
    return new Promise<number>(() => {
      // The server owns the process from here; it exits when the client says so.
    });
  },
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.command === 'help' || args.command === '--help' || args.command === '-h' || args.flags.has('--help')) {
      io.write(USAGE);
      return 0;
    }
    if (args.command === '--version') {
      io.stdout(DABIR_VERSION);
      return 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(fill(CLI_MESSAGES.unknownCommand, { command: args.command }, localeOf(args)));
    installNodeDataLoader();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dabir: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`dabir: ${error.message}`);
      return 2;
    }
    io.stderr(`dabir: internal error: ${(error as Error)?.message ?? String(error)}`);
    return 2;
  }
}

declare const DABIR_VERSION: string;

/** The bundled CLI file, which check's worker threads run; undefined when running from source (tests). */
function bundledScript(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
}

// A worker thread runs this same file for its share of a folder; only the main thread is the command.
if (require.main === module && isMainThread) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (dabir check | head) is the reader's choice, not an error.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}
