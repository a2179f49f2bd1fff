// The language status item of the documents Dabir checks (the `{}` area beside the language name, as ESLint and
// TypeScript do): the document's counts — ZWNJ findings, spelling findings, recognised entities — and the server's
// state. Counts come from the diagnostics VS Code already holds (source `dabir`, rule ids by family prefix) and
// from the server's `dabir/entities`; clicking opens the Problems view.

import {
  env,
  l10n,
  languages,
  LanguageStatusSeverity,
  window,
  workspace,
  type DocumentSelector,
  type ExtensionContext,
  type LanguageStatusItem,
  type TextDocument,
} from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { requestEntities } from './commands/entities';

type ClientGetter = () => LanguageClient | undefined;

export interface DocumentCounts {
  zwnj: number;
  spelling: number;
  entities: number | undefined;
}

function selector(): DocumentSelector {
  const configured = workspace.getConfiguration('dabir').get<unknown>('languages');
  const ids = Array.isArray(configured) ? configured.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  return (ids.length > 0 ? ids : ['markdown', 'plaintext']).flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function diagnosticCounts(document: TextDocument): { zwnj: number; spelling: number } {
  let zwnj = 0;
  let spelling = 0;
  for (const diagnostic of languages.getDiagnostics(document.uri)) {
    if (diagnostic.source !== 'dabir') continue;
    const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    if (code.startsWith('zwnj-')) zwnj++;
    else if (code.startsWith('spelling-')) spelling++;
  }
  return { zwnj, spelling };
}

function number(value: number): string {
  return new Intl.NumberFormat(env.language).format(value);
}

function stateText(client: LanguageClient | undefined): { text: string; busy: boolean; severity: LanguageStatusSeverity } {
  if (!client || client.state === State.Starting) return { text: l10n.t('Dabir\'s server is starting'), busy: true, severity: LanguageStatusSeverity.Information };
  if (client.state === State.Running) return { text: l10n.t('Dabir\'s server is running'), busy: false, severity: LanguageStatusSeverity.Information };
  return { text: l10n.t('Dabir\'s server has stopped'), busy: false, severity: LanguageStatusSeverity.Error };
}

export function registerStatusBar(context: ExtensionContext, getClient: ClientGetter): void {
  let item: LanguageStatusItem | undefined;
  const entityCounts = new Map<string, number>();
  const tracked = new WeakSet<LanguageClient>();
  let entityTimer: ReturnType<typeof setTimeout> | undefined;

  const create = () => {
    item?.dispose();
    item = languages.createLanguageStatusItem('dabir.status', selector());
    item.name = l10n.t('Dabir');
    item.command = { title: l10n.t('Show problems'), command: 'workbench.actions.view.problems' };
    render();
  };

  function render(): void {
    if (!item) return;
    const client = getClient();
    if (client && !tracked.has(client)) {
      tracked.add(client);
      context.subscriptions.push(client.onDidChangeState(() => {
        render();
        scheduleEntities();
      }));
    }
    const state = stateText(client);
    const document = window.activeTextEditor?.document;
    item.busy = state.busy;
    item.severity = state.severity;
    item.detail = state.text;
    if (!document || state.severity === LanguageStatusSeverity.Error) {
      item.text = state.severity === LanguageStatusSeverity.Error ? l10n.t('Dabir: stopped') : l10n.t('Dabir');
      return;
    }
    const { zwnj, spelling } = diagnosticCounts(document);
    const entities = entityCounts.get(document.uri.toString());
    item.text =
      entities === undefined
        ? l10n.t('ZWNJ {0} · spelling {1}', number(zwnj), number(spelling))
        : l10n.t('ZWNJ {0} · spelling {1} · entities {2}', number(zwnj), number(spelling), number(entities));
    item.accessibilityInformation = { label: l10n.t('Dabir: {0} ZWNJ findings, {1} spelling findings, {2} entities', zwnj, spelling, entities ?? 0) };
  }

  /** Entities change with the text; they are asked for a little after the diagnostics settle, not per keystroke. */
  function scheduleEntities(): void {
    clearTimeout(entityTimer);
    entityTimer = setTimeout(() => {
      const client = getClient();
      const document = window.activeTextEditor?.document;
      if (!client?.isRunning() || !document || languages.match(selector(), document) === 0) return;
      // No ranges: the count alone, not every entity of a long article.
      requestEntities(client, document, []).then(
        (result) => {
          entityCounts.set(document.uri.toString(), result.total);
          render();
        },
        () => undefined, // not open on the server yet, or no entity support: the count is left out
      );
    }, 400);
  }

  create();
  context.subscriptions.push(
    { dispose: () => item?.dispose() },
    { dispose: () => clearTimeout(entityTimer) },
    window.onDidChangeActiveTextEditor(() => {
      render();
      scheduleEntities();
    }),
    languages.onDidChangeDiagnostics((event) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (!event.uris.some((uri) => uri.toString() === active)) return;
      render();
      scheduleEntities();
    }),
    workspace.onDidCloseTextDocument((document) => entityCounts.delete(document.uri.toString())),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dabir.languages')) create();
    }),
  );
}
