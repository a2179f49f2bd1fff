// Handlers never throw out of the server: a malformed request, an unopened document or a bug in a feature becomes an
// LSP error response (and a log line), and the server keeps answering. Every request handler goes through here.

import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DabirServer } from './context';

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Wraps a request handler so that exceptions and rejections become `InternalError` responses. */
export function guard<P, R>(
  connection: Connection,
  method: string,
  handler: (params: P, token: CancellationToken) => R | ResponseError<any> | Promise<R | ResponseError<any>>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<any>> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      connection.console.error(`Dabir: ${method} failed: ${describe(error)}`);
      return new ResponseError(ErrorCodes.InternalError, `Dabir: ${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

interface HasTextDocument {
  textDocument: { uri: string };
}

function hasTextDocument(params: unknown): params is HasTextDocument {
  const doc = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument;
  return typeof doc === 'object' && doc !== null && typeof doc.uri === 'string';
}

/**
 * Wraps a handler of a `textDocument/*` request: malformed params get `InvalidParams`, a document the client never
 * opened gets `InvalidParams` naming it, and the handler itself only ever sees an open document.
 */
export function documentRequest<P extends HasTextDocument, R>(
  server: DabirServer,
  method: string,
  handler: (document: TextDocument, params: P, token: CancellationToken) => R | ResponseError<any> | Promise<R | ResponseError<any>>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<any>> {
  return guard(server.connection, method, (params: P, token) => {
    if (!hasTextDocument(params)) {
      return new ResponseError(ErrorCodes.InvalidParams, `Dabir: ${method} needs params.textDocument.uri`);
    }
    const document = server.documents.get(params.textDocument.uri);
    if (!document) {
      return new ResponseError(ErrorCodes.InvalidParams, `Dabir: ${params.textDocument.uri} is not open (send textDocument/didOpen first)`);
    }
    return handler(document, params, token);
  });
}

/** Whether a client sent a well-formed range; positions past the end are then clamped by TextDocument.offsetAt. */
export function isRange(value: unknown): value is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const isPosition = (p: unknown) =>
    typeof p === 'object' && p !== null && Number.isFinite((p as { line?: unknown }).line) && Number.isFinite((p as { character?: unknown }).character);
  return typeof value === 'object' && value !== null && isPosition((value as { start?: unknown }).start) && isPosition((value as { end?: unknown }).end);
}
