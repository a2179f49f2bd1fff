// Re-frames the LSP byte stream on stdin before vscode-jsonrpc reads it. vscode-jsonrpc's reader goes deaf for good
// after some malformed framing (a negative Content-Length, a header line without a colon, a body longer than its
// Content-Length: the leftover is read as headers and the reader never finds its feet again). A language server
// must outlive a misbehaving client, so frames are checked here first: a well-formed frame passes through
// unchanged, and after bad bytes the stream resumes at the next `Content-Length` header.

import { Transform } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_START = ['Content-Length', 'content-length'].map((name) => Buffer.from(name));
/** No real header block is this long; without a blank line by then, the bytes are not a header. */
const MAX_HEADER_BYTES = 8 * 1024;

/** The Content-Length of a header block, or undefined when the block is not a valid LSP header. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const match = /^([^:\s]+):[ \t]*(.*)$/.exec(line);
    if (!match) return undefined;
    if (match[1].toLowerCase() === 'content-length') {
      if (!/^\d+$/.test(match[2].trim())) return undefined;
      length = Number(match[2].trim());
    }
  }
  return length;
}

/** Drops bytes up to the next header start after `from`; keeps a tail that may be the start of a split header. */
function resync(buffer: Buffer, from: number): Buffer {
  const starts = HEADER_START.map((name) => buffer.indexOf(name, from)).filter((at) => at >= 0);
  if (starts.length > 0) return buffer.subarray(Math.min(...starts));
  return buffer.subarray(Math.max(from, buffer.length - HEADER_START[0].length + 1));
}

export function resyncingFrames(): Transform {
  let buffer: Buffer = Buffer.alloc(0);
  // A long message (a 1 MB document opened: 64 KB chunks) is collected and joined once, when its last chunk has
  // come: joining at every chunk copied the message again and again (quadratic; tens of MB of fresh memory).
  const awaited: Buffer[] = [];
  let awaitedBytes = 0;
  let awaitedTotal = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (awaitedTotal > 0) {
        awaited.push(chunk);
        awaitedBytes += chunk.length;
        if (awaitedBytes < awaitedTotal) return done();
        buffer = Buffer.concat(awaited);
        awaited.length = 0;
        awaitedBytes = 0;
        awaitedTotal = 0;
      } else {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      }
      for (;;) {
        const end = buffer.indexOf(HEADER_END);
        if (end < 0) {
          if (buffer.length > MAX_HEADER_BYTES) buffer = resync(buffer, 1);
          break;
        }
        const length = contentLength(buffer.subarray(0, end).toString('latin1'));
        if (length === undefined) {
          buffer = resync(buffer, 1);
          continue;
        }
        const total = end + HEADER_END.length + length;
        if (buffer.length < total) {
          awaited.push(buffer);
          awaitedBytes = buffer.length;
          awaitedTotal = total;
          buffer = Buffer.alloc(0);
          break;
        }
        this.push(buffer.subarray(0, total));
        buffer = buffer.subarray(total);
      }
      done();
    },
  });
}
