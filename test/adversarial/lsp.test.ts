// The language server under a hostile client: malformed JSON-RPC, unknown methods, requests for documents that are
// not open, positions past the end, inverted ranges, stale and out-of-range changes, duplicate opens, requests after
// a close, bursts of hundreds of changes and cancellations. After each attack the server must still answer properly
// (a real formatting request on a fresh document gives the real fix), after a burst it must converge to the
// diagnostics of the final text, its stderr must never mention an unhandled rejection, and it must open no socket,
// start no process and write no file (test/support/sandbox.cjs, preloaded with NODE_OPTIONS, records any attempt).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectedDiagnostics, publishedDiagnostics } from '../support/expectedDiagnostics';
import { diagnosticsAt, frame, spawnServer, startInitialized, CLI, type RawServer } from '../support/rawLsp';

const SANDBOX = resolve(__dirname, '..', 'support', 'sandbox.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'dabir-lsp-adversarial-'));
const sandboxLog = join(scratch, 'sandbox.log');
const sandboxed = { NODE_OPTIONS: `--require ${SANDBOX}`, DABIR_SANDBOX_LOG: sandboxLog };

const FORMAT_OPTIONS = { tabSize: 4, insertSpaces: true };
let uriCount = 0;
const freshUri = (ext = 'txt') => `file:///adversarial/doc-${++uriCount}.${ext}`;

/**
 * The server answers properly: an unknown request gets MethodNotFound, and a real request on a freshly opened
 * document gets the real answer (formatting turns the Arabic kaf of «كتاب» into the Persian ک).
 */
async function expectServing(server: RawServer): Promise<void> {
  expect(server.exitCode()).toBeUndefined();
  const ping = await server.request('dabir/noSuchMethod', {});
  expect(ping.error?.code).toBe(-32601);
  const uri = freshUri();
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'این كتاب خوب است.' } });
  const formatting = await server.request('textDocument/formatting', { textDocument: { uri }, options: FORMAT_OPTIONS });
  expect(formatting.error).toBeUndefined();
  expect(formatting.result).toEqual([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, newText: 'ک' }]);
  server.notify('textDocument/didClose', { textDocument: { uri } });
}

/** A response that is a proper answer: a result, or an error with a code that is not InternalError (a caught bug). */
function expectProperAnswer(response: { result?: unknown; error?: { code: number } }): void {
  if (response.error) {
    expect(typeof response.error.code).toBe('number');
    expect(response.error.code, JSON.stringify(response.error)).not.toBe(-32603);
  } else {
    expect('result' in response).toBe(true);
  }
}

function expectCleanStderr(server: RawServer): void {
  expect(server.stderr()).not.toMatch(/unhandled/i);
  expect(server.stderr()).not.toMatch(/^\s+at /m);
}

/**
 * After malformed framing, messages that arrived in the same read as the bad bytes wait in vscode-jsonrpc's buffer
 * until more bytes arrive (its reader returns early on a bad header). A client keeps talking, so each unanswered
 * ping is followed by another; the server must answer one of the next few.
 */
async function expectRecovers(server: RawServer): Promise<void> {
  const ids: number[] = [];
  const answered = () => ids.map((id) => server.response(id, 1_000).catch(() => undefined));
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = server.nextId();
    ids.push(id);
    server.send({ jsonrpc: '2.0', id, method: 'dabir/noSuchMethod' });
    const answers = (await Promise.all(answered())).filter((a) => a !== undefined);
    if (answers.length > 0) {
      expect(answers[0]!.error?.code).toBe(-32601);
      return;
    }
  }
  // A loaded machine may just be slow: a late answer to any of the pings counts.
  const late = await Promise.any(ids.map((id) => server.response(id, 20_000)));
  expect(late.error?.code).toBe(-32601);
}

describe('a server fed malformed JSON-RPC', () => {
  // A fresh server for each attack: malformed framing must not be able to hide behind an earlier one.
  let server: RawServer;
  beforeEach(async () => {
    server = await startInitialized({ env: sandboxed });
  });
  afterEach(async () => {
    await expectRecovers(server);
    await expectServing(server);
    expectCleanStderr(server);
    await server.stop();
  });

  it('survives a body that is not JSON', () => {
    server.sendRaw(frame('{"jsonrpc":"2.0","id":1,"method":'));
    server.sendRaw(frame('not json at all ی'));
  });

  it('survives JSON that is not a JSON-RPC message', () => {
    for (const body of ['42', '[]', 'null', '"text"', '{}', '{"jsonrpc":"2.0"}', '{"jsonrpc":"1.0","id":"raw-1","method":"dabir/unknown"}']) server.sendRaw(frame(body));
  });

  it('answers a request whose method is not a string, or whose id is odd', async () => {
    // Raw ids are strings or fractions, so that they never collide with the client's own counter.
    server.sendRaw(frame('{"jsonrpc":"2.0","id":"raw-2","method":42}'));
    server.sendRaw(frame('{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/formatting"}'));
    server.sendRaw(frame('{"jsonrpc":"2.0","id":1.5,"method":"dabir/unknown"}'));
    expect((await server.response(1.5)).error?.code).toBe(-32601);
    const stringId = 'id with spaces ی';
    server.send({ jsonrpc: '2.0', id: stringId, method: 'dabir/unknown' });
    expect((await server.response(stringId)).error?.code).toBe(-32601);
  });

  it('survives a header without Content-Length', () => {
    server.sendRaw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n');
  });

  it('survives a Content-Length that is not a number', () => {
    server.sendRaw('Content-Length: abc\r\n\r\n');
  });

  it('survives a negative Content-Length', () => {
    server.sendRaw('Content-Length: -5\r\n\r\n');
  });

  it('survives a header line without a colon', () => {
    server.sendRaw('this is not a header\r\n\r\n');
  });

  // (A Content-Length longer than its body is not an attack one can survive: by the protocol, the bytes that follow
  // are that body, whatever they look like.)
  it('survives a Content-Length shorter than its body', () => {
    server.sendRaw('Content-Length: 3\r\n\r\n{"jsonrpc":"2.0","id":"raw-3","method":"dabir/unknown"}');
  });

  it('survives a header block that never ends and binary noise', () => {
    server.sendRaw('X-Noise: ' + 'a'.repeat(20_000));
    server.sendRaw(Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 131 + 7) % 256)));
    server.sendRaw('\r\n\r\n');
  });

  it('survives bytes that are not UTF-8 inside a correctly framed body', () => {
    const body = Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]);
    server.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  });

  it('reads a message split into single bytes, and two messages in one write', async () => {
    const id = server.nextId();
    const bytes = frame({ jsonrpc: '2.0', id, method: 'dabir/unknown' });
    for (const byte of bytes) server.sendRaw(Buffer.from([byte]));
    expect((await server.response(id)).error?.code).toBe(-32601);
    const a = server.nextId();
    const b = server.nextId();
    server.sendRaw(Buffer.concat([frame({ jsonrpc: '2.0', id: a, method: 'x/a' }), frame({ jsonrpc: '2.0', id: b, method: 'x/b' })]));
    expect((await server.response(a)).error?.code).toBe(-32601);
    expect((await server.response(b)).error?.code).toBe(-32601);
  });
});

describe('a server asked odd questions', () => {
  let server: RawServer;
  beforeAll(async () => {
    server = await startInitialized({ env: sandboxed });
  });
  afterAll(async () => {
    expectCleanStderr(server);
    await server.stop();
  });
  afterEach(async () => {
    await expectServing(server);
  });

  it('answers unknown requests with MethodNotFound (−32601) and ignores unknown notifications', async () => {
    expect((await server.request('textDocument/noSuchThing', { textDocument: { uri: freshUri() } })).error?.code).toBe(-32601);
    expect((await server.request('$/noSuchThing')).error?.code).toBe(-32601);
    server.notify('dabir/noSuchNotification', { x: 1 });
    server.notify('$/noSuchNotification');
  });

  it('answers requests for documents that were never opened, without an internal error', async () => {
    const uri = freshUri();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    for (const [method, params] of [
      ['textDocument/formatting', { textDocument: { uri }, options: FORMAT_OPTIONS }],
      ['textDocument/rangeFormatting', { textDocument: { uri }, range, options: FORMAT_OPTIONS }],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }],
      ['textDocument/hover', { textDocument: { uri }, position: range.start }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/semanticTokens/full', { textDocument: { uri } }],
    ] as const) {
      expectProperAnswer(await server.request(method, params));
    }
  });

  it('answers requests with no params at all (vscode-languageserver itself fails on those before Dabir sees them)', async () => {
    for (const params of [undefined, null]) {
      for (const method of ['textDocument/formatting', 'textDocument/codeAction', 'textDocument/rangeFormatting']) {
        const response = await server.request(method, params);
        expect(response.error === undefined ? 'result' in response : typeof response.error.code === 'number').toBe(true);
      }
    }
  });

  it('answers requests with mistyped params, without an internal error', async () => {
    for (const params of [{}, { textDocument: 5 }, { textDocument: { uri: 42 } }, { textDocument: { uri: freshUri() }, options: 'x' }, { textDocument: null, range: 5 }]) {
      expectProperAnswer(await server.request('textDocument/formatting', params));
      expectProperAnswer(await server.request('textDocument/codeAction', params));
      expectProperAnswer(await server.request('textDocument/rangeFormatting', params));
    }
  });

  it('answers positions past the end, negative, fractional and inverted ranges on an open document', async () => {
    const uri = freshUri('md');
    const text = 'علي كتاب را خواند.\r\nمیخواهم 😀 بروم.';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const ranges = [
      { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 1_000_000 } },
      { start: { line: 5, character: 0 }, end: { line: 9, character: 3 } },
      { start: { line: 1, character: 10 }, end: { line: 0, character: 2 } },
      { start: { line: -1, character: -5 }, end: { line: 0, character: -1 } },
      { start: { line: 0.5, character: 1.5 }, end: { line: 1.5, character: 2.5 } },
      { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } },
      { start: { line: 2 ** 53, character: 0 }, end: { line: 0, character: 2 ** 31 } },
      { start: { line: 'a', character: null }, end: {} },
    ];
    for (const range of ranges) {
      expectProperAnswer(await server.request('textDocument/rangeFormatting', { textDocument: { uri }, range, options: FORMAT_OPTIONS }));
      expectProperAnswer(await server.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }));
      expectProperAnswer(
        await server.request('textDocument/codeAction', {
          textDocument: { uri },
          range,
          context: { diagnostics: [{ range, message: 'x', source: 'dabir', code: 'characters-arabic-letters', data: { version: 1, rule: 'characters-arabic-letters', start: -4, end: 1e9 } }] },
        }),
      );
      expectProperAnswer(await server.request('textDocument/hover', { textDocument: { uri }, position: range.start }));
    }
    server.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers a request sent before a document it names is opened, and after it is closed', async () => {
    const uri = freshUri();
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'يك' } });
    server.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params.diagnostics.length === 0 && m.params.version === undefined);
    expect(cleared.params.diagnostics).toEqual([]);
    const answer = await server.request('textDocument/formatting', { textDocument: { uri }, options: FORMAT_OPTIONS });
    expect(answer.error?.code).toBe(-32602);
    server.notify('textDocument/didClose', { textDocument: { uri } });
    server.notify('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [{ text: 'x' }] });
  });

  it('cancels unknown request ids and requests already answered without complaint', async () => {
    server.notify('$/cancelRequest', { id: 999_999 });
    server.notify('$/cancelRequest', { id: 'nope' });
    server.notify('$/cancelRequest', {});
    server.notify('$/cancelRequest');
  });
});

/**
 * Sends changes and mirrors them the way a client does, so that the final text is known exactly. Returns how many
 * notifications had arrived before, so that convergence is judged on what the server published after the change.
 */
function changeBoth(server: RawServer, mirror: TextDocument, version: number, changes: TextDocumentContentChangeEvent[]): number {
  const mark = server.notifications.length;
  TextDocument.update(mirror, changes, version);
  server.notify('textDocument/didChange', { textDocument: { uri: mirror.uri, version }, contentChanges: changes });
  return mark;
}

async function expectConverged(server: RawServer, mirror: TextDocument, since = 0): Promise<void> {
  const published = await diagnosticsAt(server, mirror.uri, mirror.version, 20_000, since);
  expect(publishedDiagnostics(published)).toEqual(expectedDiagnostics(mirror.getText(), mirror.languageId));
}

describe('a server fed odd document changes converges to the diagnostics of the final text', () => {
  let server: RawServer;
  beforeAll(async () => {
    server = await startInitialized({ env: sandboxed });
  });
  afterAll(async () => {
    expectCleanStderr(server);
    await server.stop();
  });
  afterEach(async () => {
    await expectServing(server);
  });

  it('applies a change whose range lies past the end of the document (clamped, as every client library does)', async () => {
    const uri = freshUri();
    const mirror = TextDocument.create(uri, 'plaintext', 1, 'سلام');
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'سلام' } });
    changeBoth(server, mirror, 2, [{ range: { start: { line: 40, character: 3 }, end: { line: 90, character: 0 } }, text: ' علي' }]);
    await expectConverged(server, mirror);
    changeBoth(server, mirror, 3, [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 2 } }, text: 'ك' }]);
    await expectConverged(server, mirror);
  });

  it('ends with the diagnostics of the final text when a change repeats or goes back to an older version', async () => {
    const uri = freshUri();
    const mirror = TextDocument.create(uri, 'plaintext', 5, 'متن درست.');
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 5, text: 'متن درست.' } });
    await diagnosticsAt(server, uri, 5);
    await expectConverged(server, mirror, changeBoth(server, mirror, 6, [{ text: 'یک متن درست.' }]));
    // A stale version (a client that restarted its counter, or reordered): the text still changed.
    await expectConverged(server, mirror, changeBoth(server, mirror, 6, [{ text: 'يك متن با ي عربی.' }]));
    await expectConverged(server, mirror, changeBoth(server, mirror, 3, [{ text: 'كتاب' }]));
  });

  it('takes the text of a second didOpen of the same document', async () => {
    const uri = freshUri();
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'متن درست.' } });
    await diagnosticsAt(server, uri, 1);
    const mark = server.notifications.length;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'علي كتاب' } });
    const mirror = TextDocument.create(uri, 'plaintext', 1, 'علي كتاب');
    await expectConverged(server, mirror, mark);
    // Formatting answers for the new text, with the fixes' own small edits.
    const formatting = await server.request('textDocument/formatting', { textDocument: { uri }, options: FORMAT_OPTIONS });
    expect(formatting.result.map((e: { newText: string }) => e.newText)).toEqual(['ی', 'ک']);
    await expectConverged(server, mirror, changeBoth(server, mirror, 2, [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, text: ' خوب' }]));
  });

  it('survives a didOpen with fields of the wrong type and a didChange for a document never opened', async () => {
    server.notify('textDocument/didOpen', { textDocument: { uri: freshUri(), languageId: 'plaintext', version: 1, text: 42 } });
    server.notify('textDocument/didOpen', { textDocument: { uri: 7 } });
    server.notify('textDocument/didOpen', {});
    server.notify('textDocument/didChange', { textDocument: { uri: freshUri(), version: 2 }, contentChanges: [{ text: 'x' }] });
    server.notify('textDocument/didChange', { textDocument: { uri: freshUri(), version: 2 }, contentChanges: 'x' });
    server.notify('textDocument/didClose', { textDocument: { uri: freshUri() } });
  });

  it('splits no surrogate pair when a change lands between the halves of an emoji', async () => {
    const uri = freshUri();
    const text = 'کتاب 😀 علي';
    const mirror = TextDocument.create(uri, 'plaintext', 1, text);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    changeBoth(server, mirror, 2, [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: 'ي' }]);
    await expectConverged(server, mirror);
    const published = await diagnosticsAt(server, uri, 2);
    expect(published.params.diagnostics.length).toBeGreaterThan(0);
  });

  it('converges after a burst of hundreds of changes, requests and cancellations', async () => {
    const uri = freshUri('md');
    const start = '# عنوان\n\nمیخواهم كتاب را بخوانم.\n';
    const mirror = TextDocument.create(uri, 'markdown', 1, start);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: start } });
    const typed = 'این يك متن آزمایشی است که میخواهم  آن را ,  تند تند بنویسم 123 😀.\r\n';
    const pending: number[] = [];
    let version = 1;
    for (let round = 0; round < 3; round++) {
      for (const character of typed) {
        const end = mirror.positionAt(mirror.getText().length);
        changeBoth(server, mirror, ++version, [{ range: { start: end, end }, text: character }]);
        if (version % 7 === 0) {
          const id = server.nextId();
          pending.push(id);
          server.send({ jsonrpc: '2.0', id, method: 'textDocument/formatting', params: { textDocument: { uri }, options: FORMAT_OPTIONS } });
          server.notify('$/cancelRequest', { id });
        }
        if (version % 11 === 0) {
          // Delete the character before the last, as a writer correcting a typo.
          const at = mirror.getText().length;
          if (at > 2) changeBoth(server, mirror, ++version, [{ range: { start: mirror.positionAt(at - 2), end: mirror.positionAt(at - 1) }, text: '' }]);
        }
      }
    }
    expect(version).toBeGreaterThan(200);
    await expectConverged(server, mirror);
    // Every request got an answer: a result or RequestCancelled (−32800), never silence or an internal error.
    for (const id of pending) {
      const response = await server.response(id);
      if (response.error) expect(response.error.code).toBe(-32800);
    }
  });
});

describe('the server before initialize and after shutdown', () => {
  it('answers a request sent before initialize, then initializes normally', async () => {
    const server = spawnServer({ env: sandboxed });
    expectProperAnswer(await server.request('textDocument/formatting', { textDocument: { uri: freshUri() }, options: FORMAT_OPTIONS }));
    const init = await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(init.result.capabilities.textDocumentSync).toBeDefined();
    server.notify('initialized', {});
    await expectServing(server);
    expectCleanStderr(server);
    expect(await server.stop()).toBe(0);
  });

  it('exits with 0 on shutdown then exit, and with 1 on exit without shutdown (as LSP specifies)', async () => {
    const polite = await startInitialized({ env: sandboxed });
    expect(await polite.stop()).toBe(0);
    const abrupt = await startInitialized({ env: sandboxed });
    abrupt.notify('exit');
    expect(await abrupt.stop()).toBe(1);
  });

  it('ends when its client closes stdin, without a stack trace', async () => {
    const server = await startInitialized({ env: sandboxed });
    server.process.stdin!.end();
    const code = await new Promise<number | null>((done) => server.process.on('exit', done));
    expect(code).not.toBeNull();
    expectCleanStderr(server);
  });

  it('serves the same way as `dabir lsp --stdio`', async () => {
    const server = await startInitialized({ command: [CLI, 'lsp', '--stdio'], env: sandboxed });
    await expectServing(server);
    expectCleanStderr(server);
    expect(await server.stop()).toBe(0);
  });
});

describe('settings a workspace can set', () => {
  it('cannot make the server run, fetch or write anything, however hostile', async () => {
    const hostile = {
      enable: 'yes',
      locale: 'fa; rm -rf /',
      words: ['../../etc/passwd', '$(touch /tmp/dabir-pwned)', 'file:///etc/shadow', 'https://example.com/x', 42, null],
      rules: { disabled: ['`touch /tmp/dabir-pwned`', { $ref: 'x' }] },
      severity: { __proto__: 'error', constructor: 'error', characters: 'fatal' },
      digits: { toString: 'latin' },
      zwnj: 'common',
      maxDocumentSize: 1e300,
      languages: ['*'],
      ignorePaths: ['/etc/*', '../**'],
      serverPath: '/bin/sh',
      command: 'calc.exe',
      trace: { server: 'verbose' },
    };
    const server = await startInitialized({ env: sandboxed, settings: JSON.parse(JSON.stringify(hostile)) });
    const uri = freshUri('md');
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'این كتاب را میخواهم.' } });
    const published = await diagnosticsAt(server, uri, 1);
    expect(published.params.diagnostics.map((d: { code: string }) => d.code)).toContain('characters-arabic-letters');
    server.notify('workspace/didChangeConfiguration', { settings: { dabir: hostile } });
    await expectServing(server);
    expectCleanStderr(server);
    expect(await server.stop()).toBe(0);
  });

  it('caps the size of a document that is analysed (dabir.maxDocumentSize), saying so rather than skipping silently', async () => {
    const server = await startInitialized({ env: sandboxed, settings: { maxDocumentSize: 50 } });
    const big = freshUri();
    const text = 'كتاب '.repeat(20);
    server.notify('textDocument/didOpen', { textDocument: { uri: big, languageId: 'plaintext', version: 1, text } });
    const skipped = await diagnosticsAt(server, big, 1);
    expect(skipped.params.diagnostics).toHaveLength(1);
    expect(skipped.params.diagnostics[0].code).toBe('document-too-large');
    expect(skipped.params.diagnostics[0].message).toContain('dabir.maxDocumentSize');
    const notice = await server.waitFor((m) => m.method === 'window/showMessage');
    expect(notice.params.message).toBe(skipped.params.diagnostics[0].message);
    // Nothing is fixed in a document that was not checked.
    expect((await server.request('textDocument/formatting', { textDocument: { uri: big }, options: FORMAT_OPTIONS })).result).toEqual([]);
    // Once it is small enough, it is checked like any other.
    const mark = server.notifications.length;
    server.notify('textDocument/didChange', { textDocument: { uri: big, version: 2 }, contentChanges: [{ text: 'كتاب' }] });
    const checked = await diagnosticsAt(server, big, 2, 20_000, mark);
    expect(publishedDiagnostics(checked)).toEqual(expectedDiagnostics('كتاب', 'plaintext'));
    expect(server.notifications.filter((m) => m.method === 'window/showMessage')).toHaveLength(1);
    expectCleanStderr(server);
    await server.stop();
  });
});

describe('no network and no surprises', () => {
  it('neither the server nor the CLI opened a socket, resolved a name, started a process or wrote a file', () => {
    // Runs after the suites above, which used the sandboxed server for every attack.
    let log = '';
    try {
      log = readFileSync(sandboxLog, 'utf8');
    } catch {
      // No file: nothing was attempted.
    }
    expect(log).toBe('');
    rmSync(scratch, { recursive: true, force: true });
  });

  it('the sandbox itself catches an attempt (so that the test above can fail)', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'dabir-sandbox-')), 'log');
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['-e', "require('node:net').connect(9, '127.0.0.1')"], {
      env: { ...process.env, NODE_OPTIONS: `--require ${SANDBOX}`, DABIR_SANDBOX_LOG: log },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(readFileSync(log, 'utf8')).toMatch(/"what":"net.connect"/);
  });
});
