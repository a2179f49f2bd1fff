// `editor.codeActionsOnSave: { "source.fixAll.dabir": … }` as VS Code drives it: the writer types, and the save asks
// for the fix-all code action right after the last keystroke, while the server is still analysing what was typed
// and VS Code's diagnostic pulls of the earlier versions are being cancelled. The answer must be for the text as it
// is now: an answer from an older version (or an empty one, because work was in flight) saves the file unfixed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeAction, Range, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText } from '../../server/src/analysis/fix';
import { SAMPLE, serversKilledAfterEach, VSCODE_CLIENT, type LspSession } from './lspClient';

const server = serversKilledAfterEach();

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), [...edits]);
}

function wholeDocument(document: TextDocument): Range {
  return { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
}

/** What VS Code asks on save: only the fix-all kind, triggered automatically, over the whole document. */
function fixAllOnSave(lsp: LspSession, document: TextDocument): Promise<CodeAction[]> {
  return lsp.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: document.uri },
    range: wholeDocument(document),
    context: { diagnostics: [], only: ['source.fixAll.dabir'], triggerKind: 2 },
  });
}

/**
 * Types `typed` at the end of the document one character per `didChange`, without waiting for anything, as VS Code
 * sends keystrokes; after each one it pulls the diagnostics and cancels the pulls of the version before, and asks
 * for the light bulb's code actions at the cursor, as VS Code does while the writer types.
 */
function typeAtEnd(lsp: LspSession, document: TextDocument, typed: string): Promise<unknown> {
  const inFlight: Promise<unknown>[] = [];
  let pulls = new CancellationTokenSource();
  for (const character of typed) {
    const end = document.positionAt(document.getText().length);
    const change: TextDocumentContentChangeEvent = { range: { start: end, end }, text: character };
    TextDocument.update(document, [change], document.version + 1);
    lsp.change(document.uri, document.version, [change]);
    pulls.cancel();
    pulls = new CancellationTokenSource();
    const identifiers = lsp.registrations.filter((r) => r.method === 'textDocument/diagnostic').map((r) => r.registerOptions?.identifier);
    for (const identifier of identifiers) {
      inFlight.push(lsp.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: document.uri }, identifier }, pulls.token).catch(() => undefined));
    }
    const cursor = document.positionAt(document.getText().length);
    inFlight.push(
      lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: document.uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [], triggerKind: 2 } }),
    );
  }
  return Promise.all(inFlight);
}

describe('source.fixAll.dabir on save', () => {
  it('fixes the sentence just typed too, when the save asks at once after the last keystroke', async () => {
    const lsp = server();
    await lsp.initialize(VSCODE_CLIENT);
    await lsp.until(() => lsp.registrations.some((r) => r.method === 'textDocument/diagnostic'));
    const original = readFileSync(SAMPLE, 'utf8');
    const document = TextDocument.create('file:///tmp/fix-on-save/article.txt', 'plaintext', 1, original);
    lsp.open(document.uri, original);
    await lsp.pull(document.uri);

    const typing = typeAtEnd(lsp, document, '\nما این را میدانیم.');
    const actions = await fixAllOnSave(lsp, document);
    await typing;

    const typed = document.getText();
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.dabir']);
    const saved = apply(typed, actions[0].edit!.changes![document.uri]);
    expect(saved).toBe(fixText(typed, { syntax: 'plaintext' }));
    expect(saved.endsWith('\nما این را می\u200cدانیم.')).toBe(true);
  }, 60_000);
});
