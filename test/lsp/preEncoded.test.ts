// The stdio writer's encoding: a registered array goes out as the JSON it was registered with, spliced into the
// message exactly where JSON.stringify would have put it; everything else is encoded as JSON.stringify encodes it.
import { describe, expect, it } from 'vitest';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage, withPreEncodedJson } from '../../server/src/lsp/preEncoded';

const text = (pieces: Uint8Array[]) => Buffer.concat(pieces).toString('utf8');

describe('encodeMessage', () => {
  it('splices a registered array’s pieces in place of the array, byte for byte what JSON.stringify gives', () => {
    const diagnostics = [{ message: 'نیم‌فاصله جا افتاده است: «می‌رود»' }, { message: 'ک عربی؛ ک فارسی بنویسید' }];
    const json = JSON.stringify(diagnostics);
    const pieces = [Buffer.from(json.slice(0, 10)), Buffer.from(json.slice(10))];
    const message = {
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      // A URI that quotes the field's name cannot fool the splice: its quotes are escaped.
      params: { uri: 'file:///tmp/"diagnostics":x.md', version: 3, diagnostics: withPreEncodedJson(diagnostics, pieces) },
    } as Message;
    expect(text(encodeMessage(message))).toBe(JSON.stringify(message));
  });

  it('writes the registered pieces, not the array: what was registered is what is sent', () => {
    const items = withPreEncodedJson([{ code: 'a' }], [Buffer.from('[{"code":"b"}]')]);
    const message = { jsonrpc: '2.0', id: 7, result: { kind: 'full', items } } as Message;
    expect(text(encodeMessage(message))).toBe('{"jsonrpc":"2.0","id":7,"result":{"kind":"full","items":[{"code":"b"}]}}');
  });

  it('encodes a message with nothing registered as JSON.stringify does', () => {
    const message = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'دبیر «آماده» است' } } as Message;
    expect(text(encodeMessage(message))).toBe(JSON.stringify(message));
  });
});
