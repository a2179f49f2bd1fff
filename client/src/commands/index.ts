// Registers the Dabir commands of the Command Palette, the context menu and the editor title (their titles and
// menus are in package.json, translated in package.nls*.json). Commands that need the server get the running
// client, or say plainly that the server is not running.

import { commands, l10n, window, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { addWord } from './addWord';
import { openSample, showRules } from './docs';
import { fixAllInDocument } from './fixAll';
import { insertZwnj } from './insertZwnj';
import { listEntities } from './listEntities';
import { lookUp, registerCardDocuments } from './lookup';
import { normalizeSelection } from './normalizeSelection';

type ClientGetter = () => LanguageClient | undefined;

/** Runs a command that needs the server; an error becomes a message rather than a silent failure. */
function withServer(getClient: ClientGetter, run: (client: LanguageClient) => Promise<void>): () => Promise<void> {
  return async () => {
    const client = getClient();
    if (!client?.isRunning()) {
      void window.showWarningMessage(l10n.t('Dabir\'s server is not running. Run "Dabir: Restart Server".'));
      return;
    }
    try {
      await run(client);
    } catch (error) {
      void window.showErrorMessage(l10n.t('Dabir: {0}', error instanceof Error ? error.message : String(error)));
    }
  };
}

/** `editorLangId in dabir.languages` (keybinding and menus) needs the checked languages as a context key. */
function publishLanguages(): void {
  const configured = workspace.getConfiguration('dabir').get<unknown>('languages');
  const ids = Array.isArray(configured) ? configured.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  void commands.executeCommand('setContext', 'dabir.languages', ids.length > 0 ? ids : ['markdown', 'plaintext']);
}

export function registerCommands(context: ExtensionContext, getClient: ClientGetter): void {
  publishLanguages();
  registerCardDocuments(context);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dabir.languages')) publishLanguages();
    }),
    commands.registerCommand('dabir.insertZwnj', insertZwnj),
    commands.registerCommand('dabir.fixAll', fixAllInDocument),
    commands.registerCommand('dabir.normalizeSelection', withServer(getClient, normalizeSelection)),
    commands.registerCommand('dabir.listEntities', withServer(getClient, listEntities)),
    commands.registerCommand('dabir.lookup', (query?: unknown) => lookUp(getClient(), typeof query === 'string' ? query : undefined)),
    commands.registerCommand('dabir.addWord', addWord),
    commands.registerCommand('dabir.showRules', () => showRules(context)),
    commands.registerCommand('dabir.openSample', () => openSample(context)),
  );
}
