// The stdio framing check in front of vscode-jsonrpc: well-formed frames pass through byte for byte, however the
// stream is chunked; after malformed framing the stream resumes at the next header, and the server keeps answering.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { resyncingFrames } from '../../server/src/lsp/stdioFraming';
import { frame, startInitialized, type RawServer } from '../support/rawLsp';

async function reframe(chunks: Buffer[]): Promise<string> {
  const input = new PassThrough();
  const output = input.pipe(resyncingFrames());
  const parts: Buffer[] = [];
  output.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((done) => output.on('end', done));
  for (const chunk of chunks) input.write(chunk);
  input.end();
  await ended;
  return Buffer.concat(parts).toString('utf8');
}

/** Every way of cutting `bytes` in two. */
function splits(bytes: Buffer): Buffer[][] {
  return Array.from({ length: bytes.length + 1 }, (_, at) => [bytes.subarray(0, at), bytes.subarray(at)]);
}

const PING = '{"jsonrpc":"2.0","id":7,"method":"dabir/ping","params":{"text":"کتاب"}}';

describe('resyncingFrames', () => {
  it('passes well-formed frames through unchanged, wherever the stream is cut (including inside a UTF-8 letter)', async () => {
    const bytes = Buffer.concat([frame(PING), Buffer.from(`Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}`)]);
    for (const chunks of splits(bytes)) expect(await reframe(chunks)).toBe(bytes.toString('utf8'));
  });

  it('drops a frame with a negative Content-Length and resumes at the next header', async () => {
    expect(await reframe([Buffer.from('Content-Length: -5\r\n\r\n'), frame(PING)])).toBe(frame(PING).toString('utf8'));
  });

  it('drops a header line without a colon and resumes at the next header', async () => {
    expect(await reframe([Buffer.from('this is not a header\r\n\r\n'), frame(PING)])).toBe(frame(PING).toString('utf8'));
  });

  it('after a Content-Length shorter than its body, passes the short frame and resumes at the next header', async () => {
    const short = Buffer.from(`Content-Length: 10\r\n\r\n${PING}`);
    expect(await reframe([short, frame(PING)])).toBe(`Content-Length: 10\r\n\r\n${PING.slice(0, 10)}` + frame(PING).toString('utf8'));
  });

  it('drops stray bytes between frames', async () => {
    expect(await reframe([frame(PING), Buffer.from('\u0000garbage ی\r\n'), frame(PING)])).toBe(frame(PING).toString('utf8').repeat(2));
  });
});

describe('the server after malformed framing', () => {
  let server: RawServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  async function expectAnswering(live: RawServer) {
    expect((await live.request('dabir/noSuchMethod', {}, 20_000)).error?.code).toBe(-32601);
    const uri = 'file:///framing/after.txt';
    live.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'این كتاب خوب است.' } });
    const formatting = await live.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }, 20_000);
    expect(formatting.result).toEqual([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, newText: 'ک' }]);
    expect(live.stderr()).toBe('');
  }

  it('keeps answering after a negative Content-Length', async () => {
    server = await startInitialized();
    server.sendRaw('Content-Length: -5\r\n\r\n');
    await expectAnswering(server);
  });

  it('keeps answering after a header line without a colon', async () => {
    server = await startInitialized();
    server.sendRaw('this is not a header\r\n');
    await expectAnswering(server);
  });

  it('keeps answering after a Content-Length shorter than its body', async () => {
    server = await startInitialized();
    server.sendRaw(`Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":"short","method":"dabir/noSuchMethod"}`);
    await expectAnswering(server);
  });
});
