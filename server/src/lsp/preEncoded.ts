// JSON written once and sent many times. A push of diagnostics replaces the client's whole list, so after a
// one-letter edit of a 1 MB document the server sends ~9 000 diagnostics again, nearly all as they were. Encoding
// them anew each time (JSON.stringify, then UTF-8 of a few MB of mostly Persian text) was half of the server's
// work per edit. Instead lsp/diagnostics.ts keeps the UTF-8 JSON of what it published, registers each new array
// here with the pieces of its JSON (mostly slices of earlier buffers), and the stdio writer below writes the
// message around them, the pieces as they are. Whatever is not registered is encoded as vscode-jsonrpc would;
// over node IPC (VS Code) Node serialises the message itself and this writer is not used, so there the objects
// are sent as they are.

import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** UTF-8 pieces whose concatenation is a registered array's JSON, `[item,item,…]`. */
const registered = new WeakMap<object, readonly Uint8Array[]>();

/** Registers the JSON that encodes `array`; the array itself stays an ordinary array for every other use. */
export function withPreEncodedJson<T extends object>(array: T[], pieces: readonly Uint8Array[]): T[] {
  registered.set(array, pieces);
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
      const pieces = typeof field === 'object' && field !== null ? registered.get(field) : undefined;
      if (pieces) return { holder, key, pieces };
    }
  }
  return undefined;
}

/** The message as pieces of UTF-8 JSON, with a registered array's pieces in place of the array. */
export function encodeMessage(message: Message): Uint8Array[] {
  const part = registeredPart(message);
  if (!part) return [Buffer.from(JSON.stringify(message))];
  const record = message as unknown as Record<string, Record<string, unknown>>;
  const envelope = JSON.stringify({ ...message, [part.holder]: { ...record[part.holder], [part.key]: MARKER } });
  // `"key":"MARKER"` with bare quotes can only be the field itself: quotes inside any string are escaped.
  const stand = `${JSON.stringify(part.key)}:${JSON.stringify(MARKER)}`;
  const at = envelope.indexOf(stand) + JSON.stringify(part.key).length + 1;
  return [Buffer.from(envelope.slice(0, at)), ...part.pieces, Buffer.from(envelope.slice(at + MARKER.length + 2))];
}

/**
 * vscode-jsonrpc's stream writer, but writing a message's pieces one after the other (corked into one system call)
 * instead of joining them first. Messages are encoded and handed to the stream synchronously, so they go out in
 * the order they are written.
 */
export class PiecewiseMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let pieces: Uint8Array[];
    try {
      pieces = encodeMessage(message);
    } catch (error) {
      this.fireError(error);
      return Promise.reject(error);
    }
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (!error) return resolve();
        this.errorCount++;
        this.fireError(error, message, this.errorCount);
        reject(error);
      };
      const corkable = this.stream as NodeJS.WritableStream & { cork?(): void; uncork?(): void };
      corkable.cork?.();
      this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      pieces.forEach((piece, k) => (k === pieces.length - 1 ? this.stream.write(piece, done) : this.stream.write(piece)));
      corkable.uncork?.();
    });
  }

  end(): void {
    this.stream.end();
  }
}
