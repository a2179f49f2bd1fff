// A deliberately low-level LSP client for the hostile-client suites: it frames JSON-RPC by hand, so that it can also
// send what no well-behaved client library would (bad JSON, bad headers, ids and params of the wrong type). It starts
// the built server as a real process (`node dist/server.js --stdio`), with any environment (the sandbox preload),
// answers the requests a server makes of its client, and records everything the server says and writes to stderr.
// (test/lsp/lspClient.ts is the polite client built on vscode-jsonrpc; it cannot send malformed bytes.)

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SERVER = resolve(ROOT, 'dist', 'server.js');
export const CLI = resolve(ROOT, 'dist', 'cli.js');

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string; data?: unknown };
}

export interface RawServer {
  process: ChildProcess;
  /** Every message the server sent that is not a response (notifications and requests to the client). */
  notifications: Message[];
  send(message: Message): void;
  /** Bytes exactly as given: for malformed headers and bodies. */
  sendRaw(bytes: string | Buffer): void;
  notify(method: string, params?: unknown): void;
  /** Sends a request and resolves with the server's response (rejects if none arrives within `timeoutMs`). */
  request(method: string, params?: unknown, timeoutMs?: number): Promise<Message>;
  /** The response to `id`, when it has arrived or once it does. */
  response(id: number | string, timeoutMs?: number): Promise<Message>;
  nextId(): number;
  /** The first notification matching `predicate`, among those from index `since` on (recorded or still to come). */
  waitFor(predicate: (message: Message) => boolean, timeoutMs?: number, since?: number): Promise<Message>;
  stderr(): string;
  /** undefined while the process runs. */
  exitCode(): number | null | undefined;
  /** shutdown + exit when the server is alive, then a kill if it lingers; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function frame(message: Message | string): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

export function assertBuilt(): void {
  if (!existsSync(SERVER) || !existsSync(CLI)) throw new Error(`${SERVER} or ${CLI} is missing: run "npm run build" first`);
}

export interface ServerOptions {
  command?: string[];
  env?: NodeJS.ProcessEnv;
  /** Answered to every `workspace/configuration` item (the `dabir` section); null when absent. */
  settings?: unknown;
}

export function spawnServer(options: ServerOptions = {}): RawServer {
  assertBuilt();
  const command = options.command ?? [SERVER, '--stdio'];
  const child = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let stderr = '';
  let code: number | null | undefined;
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (status) => {
      code = status;
      done(status);
    }),
  );
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  // A server that dies mid-write must fail the test that caused it, not crash the test runner with EPIPE.
  child.stdin!.on('error', () => {});

  const notifications: Message[] = [];
  const responses = new Map<string, Message>();
  let waiters: (() => void)[] = [];
  const wake = () => {
    const now = waiters;
    waiters = [];
    for (const w of now) w();
  };

  let buffer = Buffer.alloc(0);
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const header = buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length:\s*(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`the server sent a header without Content-Length: ${header}`);
      if (buffer.length < headerEnd + 4 + length) break;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.method === undefined) {
        responses.set(String(message.id), message);
      } else {
        notifications.push(message);
        if (message.id !== undefined) answerServerRequest(message);
      }
    }
    wake();
  });

  const write = (bytes: Buffer) => {
    if (code === undefined && child.stdin!.writable) child.stdin!.write(bytes);
  };

  function answerServerRequest(request: Message) {
    // A minimal client: the settings it was given (else none: the server's defaults apply), registrations accepted.
    const result = request.method === 'workspace/configuration' ? (request.params?.items ?? []).map(() => options.settings ?? null) : null;
    write(frame({ jsonrpc: '2.0', id: request.id, result }));
  }

  function until<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolveFound, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${code !== undefined ? ` (server exited with ${code})` : ''}\nstderr: ${stderr.slice(-2000)}`));
      }, timeoutMs);
      const check = () => {
        const found = find();
        if (found !== undefined) {
          clearTimeout(timer);
          resolveFound(found);
        } else if (code !== undefined) {
          clearTimeout(timer);
          reject(new Error(`the server exited (${code}) while we waited for ${what}\nstderr: ${stderr.slice(-2000)}`));
        } else {
          waiters.push(check);
        }
      };
      check();
    });
  }
  void exited.then(wake);

  let id = 0;
  const server: RawServer = {
    process: child,
    notifications,
    send: (message) => write(frame(message)),
    sendRaw: (bytes) => write(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes),
    notify: (method, params) => write(frame({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) })),
    nextId: () => ++id,
    request(method, params, timeoutMs = 15_000) {
      const requestId = ++id;
      write(frame({ jsonrpc: '2.0', id: requestId, method, ...(params === undefined ? {} : { params }) }));
      return server.response(requestId, timeoutMs);
    },
    response: (requestId, timeoutMs = 15_000) => until(() => responses.get(String(requestId)), timeoutMs, `the response to request ${requestId}`),
    waitFor: (predicate, timeoutMs = 15_000, since = 0) =>
      until(() => notifications.slice(since).find(predicate), timeoutMs, 'a notification'),
    stderr: () => stderr,
    exitCode: () => code,
    async stop() {
      if (code === undefined) {
        try {
          await server.request('shutdown', undefined, 5_000);
          server.notify('exit');
        } catch {
          // Already gone or wedged: the kill below ends it.
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
  return server;
}

/**
 * A server after `initialize`/`initialized`, as a push-only editor starts it; it announces `workspace/configuration`
 * only when it has settings to answer with.
 */
export async function startInitialized(options: ServerOptions = {}): Promise<RawServer> {
  const server = spawnServer(options);
  const capabilities = options.settings === undefined ? {} : { workspace: { configuration: true } };
  const init = await server.request('initialize', { processId: process.pid, rootUri: null, capabilities }, 30_000);
  if (init.error) throw new Error(`initialize failed: ${JSON.stringify(init.error)}`);
  server.notify('initialized', {});
  return server;
}

/**
 * The first publishDiagnostics for `uri` at exactly `version`, among the notifications from index `since` on (a
 * client that reuses a version number gets a second publication with it).
 */
export function diagnosticsAt(server: RawServer, uri: string, version: number, timeoutMs = 20_000, since = 0): Promise<Message> {
  return server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params?.version === version, timeoutMs, since);
}
