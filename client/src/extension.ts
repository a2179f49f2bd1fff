// The VS Code side of Dabir, kept thin: it starts the language server (dist/server.js) over node IPC, tells it
// which documents to check, and offers a restart command. Everything Dabir knows about Persian lives in the
// server; settings reach it through `workspace/configuration`, which the language client answers from VS Code's
// settings, and the server asks again whenever a `dabir.*` setting changes.

import * as path from 'node:path';
import { commands, Hover, l10n, MarkdownString, window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerEntityHighlights } from './entityHighlights';
import { registerStatusBar } from './statusBar';
import { watchWorkspaceWords, withWorkspaceWords } from './workspaceWords';
import { registerZwnjDecorations } from './zwnjDecorations';

const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];

let client: LanguageClient | undefined;
/** Paints the entity highlights again; set on activation, called whenever a client has started. */
let repaintEntities: () => void = () => undefined;

function languages(): string[] {
  const configured = workspace.getConfiguration('dabir').get<unknown>('languages');
  if (!Array.isArray(configured)) return DEFAULT_LANGUAGES;
  const ids = configured.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return ids.length > 0 ? ids : DEFAULT_LANGUAGES;
}

function createClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // stdio rather than node IPC: over IPC Node serialises every message itself, so after each edit of a long
  // document the server would stringify all its diagnostics again; on stdio it writes the unchanged ones as the
  // bytes it already encoded (server/src/lsp/preEncoded.ts). The server keeps stdout for the protocol alone.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    middleware: {
      provideHover: async (document, position, token, next) => rightAlignPersianCards(await next(document, position, token)),
      workspace: { configuration: withWorkspaceWords },
    },
  };
  return new LanguageClient('dabir', 'Dabir', serverOptions, clientOptions);
}

/**
 * Persian knowledge cards (server/src/analysis/kb/cards.ts) read right to left: the server writes each Persian line
 * as a right-to-left isolate (U+2067), and here the card is right-aligned. VS Code's hover sanitiser drops `dir` but
 * keeps `align`, and only renders HTML when a MarkdownString allows it, hence the wrapper.
 */
function rightAlignPersianCards(hover: Hover | null | undefined): Hover | null | undefined {
  if (!hover) return hover;
  const contents = hover.contents.map((content) => {
    if (!(content instanceof MarkdownString) || !content.value.includes('\u2067')) return content;
    const aligned = new MarkdownString(`<div align="right">\n\n${content.value}\n\n</div>`);
    aligned.supportHtml = true;
    return aligned;
  });
  return new Hover(contents, hover.range);
}

async function start(context: ExtensionContext, output: LogOutputChannel): Promise<void> {
  client = createClient(context, output);
  await client.start();
  repaintEntities();
}

async function restart(context: ExtensionContext, output: LogOutputChannel): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop().catch((error: unknown) => output.appendLine(`Dabir: stopping the server failed: ${String(error)}`));
  await start(context, output);
}

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Dabir', { log: true });
  context.subscriptions.push(output);
  // Commands, status, ZWNJ marks and the workspace dictionary (issue 11): each in its own module.
  registerCommands(context, () => client);
  registerStatusBar(context, () => client);
  registerZwnjDecorations(context);
  repaintEntities = registerEntityHighlights(context, () => client);
  watchWorkspaceWords(context, () => client);

  context.subscriptions.push(
    commands.registerCommand('dabir.restartServer', () =>
      restart(context, output).catch((error: unknown) => {
        output.appendLine(`Dabir: restarting the server failed: ${String(error)}`);
        void window.showErrorMessage(l10n.t('Dabir: restarting the server failed: {0}', String(error)));
      }),
    ),
    // The document selector is fixed when the client starts, so a change of languages needs a new client.
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dabir.languages')) void restart(context, output).catch((error: unknown) => output.appendLine(String(error)));
    }),
  );

  try {
    await start(context, output);
  } catch (error) {
    output.appendLine(`Dabir: the language server did not start: ${String(error)}`);
    void window.showErrorMessage(l10n.t('Dabir: the language server did not start; see the "Dabir" output channel.'));
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
