// A small LSP client for tests: it starts the built server (`node dist/server.js --stdio`) as a real process and
// speaks JSON-RPC over its stdin and stdout, as Neovim or Helix would (or over node IPC, as VS Code does). It records every notification the server
// sends, answers the requests a server makes of its client (`workspace/configuration`, `client/registerCapability`),
// and keeps the server's stderr for inspection.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

/** The server under test; `DABIR_SERVER` points the bench at another build (an older commit's, an instrumented one). */
export const SERVER = process.env.DABIR_SERVER ?? resolve(__dirname, '..', '..', 'dist', 'server.js');
export const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
export const SAMPLE = resolve(__dirname, '..', '..', 'samples', 'kazakhstan-abraham-accords.fa.txt');

/** What a push-only editor (Neovim 0.7 and the like) announces: configuration is asked for, diagnostics are pushed. */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { didSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
  },
};

/** A client that pulls diagnostics, with the one provider the server declares at `initialize`. */
export const PULL_CLIENT: ClientCapabilities = {
  ...PUSH_CLIENT,
  workspace: { ...PUSH_CLIENT.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CLIENT.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

/**
 * What VS Code's client (vscode-languageclient 11) announces about diagnostics (it pulls them, from providers the
 * server may register) and code actions (it resolves their edits when one is chosen).
 */
export const VSCODE_CLIENT: ClientCapabilities = {
  ...PULL_CLIENT,
  textDocument: {
    ...PULL_CLIENT.textDocument,
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false, relatedInformation: true, codeDescriptionSupport: true },
    codeAction: { ...PULL_CLIENT.textDocument!.codeAction, resolveSupport: { properties: ['edit'] }, dataSupport: true },
  },
};

export interface Registration {
  id: string;
  method: string;
  registerOptions?: { identifier?: string } & Record<string, unknown>;
}

/** What one pull of every diagnostic provider gave: the document's diagnostics, and each provider's answer. */
export interface Pulled {
  diagnostics: Diagnostic[];
  /** Per provider identifier, in registration order: `full` with the number of items, or `unchanged`. */
  reports: { identifier: string | undefined; kind: 'full' | 'unchanged'; items: number }[];
}

export interface Notification {
  method: string;
  params: unknown;
}

export interface LspSession {
  connection: MessageConnection;
  process: ChildProcess;
  notifications: Notification[];
  /** Settings answered to `workspace/configuration`, by section; change them before a didChangeConfiguration. */
  settings: Record<string, unknown>;
  stderr(): string;
  initialize(capabilities?: ClientCapabilities, locale?: string): Promise<InitializeResult>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** What the server announced at `initialize` (undefined before). */
  serverCapabilities?: InitializeResult['capabilities'];
  /** Capabilities the server registered with `client/registerCapability`, in order. */
  registrations: Registration[];
  /**
   * Pulls `uri`'s diagnostics as VS Code's client does after a change: one `textDocument/diagnostic` per registered
   * provider (or the one the server declared at `initialize`), each with the result id of its last answer; keeps
   * each provider's diagnostics, and gives them all in provider order.
   */
  pull(uri: string): Promise<Pulled>;
  /** Resolves once `check` holds, checked again after each notification or registration from the server. */
  until(check: () => boolean): Promise<void>;
  /** The first publishDiagnostics for `uri` with at least `version` (already received or still to come). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** shutdown, exit, and the process's exit code. */
  shutdown(): Promise<number | null>;
  kill(): void;
}

/**
 * `stdio` is how VS Code's client (TransportKind.stdio), Neovim, Helix and Emacs start the server; `ipc` is node IPC,
 * which the server still accepts (`--node-ipc`) for clients that choose it;
 * `cli` is `dabir lsp --stdio`, the same server behind the CLI.
 */
export type Transport = 'stdio' | 'ipc' | 'cli';

/** Flags for the server's node, for profiling it (`DABIR_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=DIR"`); Node refuses them in NODE_OPTIONS. */
function nodeFlags(): string[] {
  return (process.env.DABIR_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
}

export function startServer(transport: Transport = 'stdio'): LspSession {
  const child =
    transport === 'ipc'
      ? fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
      : spawn(process.execPath, [...nodeFlags(), ...(transport === 'cli' ? [CLI, 'lsp', '--stdio'] : [SERVER, '--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));

  const connection =
    transport === 'ipc'
      ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications: Notification[] = [];
  const waiters: (() => void)[] = [];
  const registrations: Registration[] = [];
  /** Per document and provider identifier: the last result id and diagnostics, as a pulling client keeps them. */
  const pulled = new Map<string, Map<string | undefined, { resultId?: string; items: Diagnostic[] }>>();
  const session: LspSession = {
    connection,
    process: child,
    notifications,
    registrations,
    settings: {},
    stderr: () => stderr,
    async initialize(capabilities = PUSH_CLIENT, locale) {
      const result = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities,
        ...(locale ? { locale } : {}),
      })) as InitializeResult;
      session.serverCapabilities = result.capabilities;
      await connection.sendNotification('initialized', {});
      return result;
    },
    open(uri, text, languageId = 'plaintext', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, changes) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async pull(uri) {
      const registered = registrations.filter((r) => r.method === 'textDocument/diagnostic').map((r) => r.registerOptions?.identifier);
      const identifiers = registered.length > 0 ? registered : [undefined];
      let kept = pulled.get(uri);
      if (!kept) pulled.set(uri, (kept = new Map()));
      const state = kept;
      const reports = await Promise.all(
        identifiers.map(async (identifier) => {
          const previous = state.get(identifier);
          const report = (await connection.sendRequest('textDocument/diagnostic', {
            textDocument: { uri },
            ...(identifier === undefined ? {} : { identifier }),
            ...(previous?.resultId === undefined ? {} : { previousResultId: previous.resultId }),
          })) as DocumentDiagnosticReport;
          if (report.kind === 'full') state.set(identifier, { resultId: report.resultId, items: report.items });
          else state.set(identifier, { resultId: report.resultId, items: previous?.items ?? [] });
          return { identifier, kind: report.kind, items: report.kind === 'full' ? report.items.length : 0 };
        }),
      );
      return { diagnostics: identifiers.flatMap((identifier) => state.get(identifier)!.items), reports };
    },
    until(check) {
      return new Promise((resolveHeld) => {
        const tryAgain = () => (check() ? resolveHeld() : waiters.push(tryAgain));
        tryAgain();
      });
    },
    diagnostics(uri, version = 0) {
      const find = () =>
        notifications.find((n): n is { method: string; params: PublishDiagnosticsParams } => {
          const params = n.params as PublishDiagnosticsParams;
          return n.method === 'textDocument/publishDiagnostics' && params.uri === uri && (params.version ?? 0) >= version;
        })?.params;
      return new Promise((resolveFound) => {
        const check = () => {
          const found = find();
          if (!found) return false;
          resolveFound(found);
          return true;
        };
        const tryAgain = () => {
          if (!check()) waiters.push(tryAgain);
        };
        tryAgain();
      });
    },
    async shutdown() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
    kill() {
      connection.dispose();
      child.kill();
    },
  };

  connection.onNotification((method: string, params: unknown) => {
    notifications.push({ method, params });
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section ? (session.settings[item.section] ?? null) : null)),
  );
  connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
    registrations.push(...params.registrations);
    for (const wake of waiters.splice(0)) wake();
    return null;
  });
  connection.onRequest('workspace/diagnostic/refresh', () => {
    notifications.push({ method: 'workspace/diagnostic/refresh', params: null });
    for (const wake of waiters.splice(0)) wake();
    return null;
  });
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  return session;
}

/**
 * `startServer` for a test file: every server it starts is killed after each test, so that a failing test never
 * leaves a server behind for the next one. Call it once at the top of the file.
 */
export function serversKilledAfterEach(): (transport?: Transport) => LspSession {
  const sessions: LspSession[] = [];
  afterEach(() => {
    for (const session of sessions.splice(0)) if (session.process.exitCode === null) session.kill();
  });
  return (transport = 'stdio') => {
    const session = startServer(transport);
    sessions.push(session);
    return session;
  };
}
