// JSON written once and sent many times. A push of diagnostics replaces the client's whole list, so after a
// one-letter edit of a 1 MB document the server sends ~9 000 diagnostics again, nearly all as they were. Encoding
// them anew each time (JSON.stringify, then UTF-8 of a few MB of mostly Persian text) was half of the server's
// work per edit. Instead each diagnostic keeps its UTF-8 JSON (lsp/diagnostics.ts), an array of them is
// registered here with those pieces, and the stdio writer (lsp/start.ts) splices the pieces into the message in
// place of the array. Whatever is not registered is encoded as vscode-jsonrpc would; over node IPC (VS Code)
// Node serialises the message itself and never calls this encoder, so there the objects are sent as they are.

import type { ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/** A registered array's JSON, as UTF-8 pieces whose concatenation is `[item,item,…]`. */
const piecesOf = new WeakMap<object, readonly Uint8Array[]>();

/** Registers the pieces of JSON that encode `array`; the array itself stays an ordinary array for every other use. */
export function withPreEncodedJson<T extends object>(array: T[], pieces: readonly Uint8Array[]): T[] {
  piecesOf.set(array, pieces);
  return array;
}

/** A marker no message can contain by chance: it stands in for a registered array while the rest is stringified. */
const MARKER = `dabir-pre-encoded-${Math.random().toString(36).slice(2)}`;

/** The registered array among the direct fields of a message's params or result, with the object holding it. */
function registeredPart(message: Message): { holder: 'params' | 'result'; key: string; pieces: readonly Uint8Array[] } | undefined {
  for (const holder of ['params', 'result'] as const) {
    const value = (message as unknown as Record<string, unknown>)[holder];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const [key, field] of Object.entries(value)) {
      const pieces = typeof field === 'object' && field !== null ? piecesOf.get(field) : undefined;
      if (pieces) return { holder, key, pieces };
    }
  }
  return undefined;
}

/** The message as UTF-8 JSON, with a registered array's pieces spliced in. */
export function encodeMessage(message: Message, charset: BufferEncoding = 'utf8'): Buffer {
  const part = registeredPart(message);
  if (!part) return Buffer.from(JSON.stringify(message), charset);
  const record = message as unknown as Record<string, Record<string, unknown>>;
  const envelope = JSON.stringify({ ...message, [part.holder]: { ...record[part.holder], [part.key]: MARKER } });
  // `"key":"MARKER"` with bare quotes can only be the field itself: quotes inside any string are escaped.
  const stand = `${JSON.stringify(part.key)}:${JSON.stringify(MARKER)}`;
  const at = envelope.indexOf(stand) + JSON.stringify(part.key).length + 1;
  return Buffer.concat([Buffer.from(envelope.slice(0, at), charset), ...part.pieces, Buffer.from(envelope.slice(at + MARKER.length + 2), charset)]);
}

/** vscode-jsonrpc's JSON encoder, with pre-encoded arrays spliced in. */
export const preEncodingJsonEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(message, (options.charset ?? 'utf8') as BufferEncoding));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};
