// Incremental equals full: a document edited through the language server's incremental path (real stdio JSON-RPC to
// dist/server.js, `didChange` with ranges, several changes per notification, sent without waiting) ends with the
// diagnostics of its final text analysed from scratch, and its formatting edits give what `dabir fix` gives. The
// client's mirror of the document is vscode-languageserver-textdocument, the same arithmetic every LSP client does.

import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyDocument, documentArbitrary, proseToken, touches } from '../support/documents';
import { applyLspEdits, expectedDiagnostics, expectedFixedText, publishedDiagnostics } from '../support/expectedDiagnostics';
import { holdsAsync } from '../support/fastCheck';
import { diagnosticsAt, startInitialized, type RawServer } from '../support/rawLsp';

/** An edit in relative terms, resolved against whatever the text is when it is applied (so that shrinking works). */
interface RelativeEdit {
  at: number;
  length: number;
  insert: string;
}

const insertion = fc.oneof(
  { weight: 6, arbitrary: proseToken },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '  ', '\n', '\r\n', '\n\n', '```\n', '`', '---\n', 'https://example.com/ي ', 'Hello, world', '😀', '\u200C') },
  { weight: 1, arbitrary: fc.array(proseToken, { maxLength: 8 }).map((words) => words.join(' ')) },
);

const relativeEdit: fc.Arbitrary<RelativeEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
  insert: insertion,
});

/** Moves an offset off the middle of a surrogate pair or a CRLF: clients send positions between characters. */
function snap(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return offset - 1;
  if (before === 0x0d && after === 0x0a) return offset - 1;
  return offset;
}

function toChange(document: TextDocument, edit: RelativeEdit): TextDocumentContentChangeEvent {
  const text = document.getText();
  const start = snap(text, Math.floor(edit.at * text.length));
  const end = snap(text, Math.min(text.length, start + edit.length));
  return { range: { start: document.positionAt(start), end: document.positionAt(Math.max(start, end)) }, text: edit.insert };
}

describe('incremental equals full, over stdio JSON-RPC to dist/server.js', () => {
  let server: RawServer;
  let documentNumber = 0;

  beforeAll(async () => {
    server = await startInitialized();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('after random edits, the published diagnostics and formatting are those of the final text from scratch', async () => {
    await holdsAsync(
      fc.asyncProperty(fc.oneof(anyDocument, documentArbitrary({ hostile: true })), fc.array(fc.array(relativeEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), async (doc, notifications) => {
        const languageId = doc.syntax;
        const uri = `file:///property/incremental-${++documentNumber}.${languageId === 'markdown' ? 'md' : 'txt'}`;
        let mirror = TextDocument.create(uri, languageId, 1, doc.text);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: doc.text } });
        expect(publishedDiagnostics(await diagnosticsAt(server, uri, 1, 20_000))).toEqual(expectedDiagnostics(doc.text, languageId));

        for (const edits of notifications) {
          const version = mirror.version + 1;
          const changes: TextDocumentContentChangeEvent[] = [];
          for (const edit of edits) {
            // Each change is relative to the text after the ones before it, as LSP specifies.
            const change = toChange(mirror, edit);
            changes.push(change);
            mirror = TextDocument.update(mirror, [change], mirror.version);
          }
          mirror = TextDocument.update(mirror, [], version);
          server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        }

        const finalText = mirror.getText();
        const published = await diagnosticsAt(server, uri, mirror.version, 20_000);
        expect(publishedDiagnostics(published)).toEqual(expectedDiagnostics(finalText, languageId));
        const formatting = await server.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(formatting.error).toBeUndefined();
        expect(applyLspEdits(finalText, languageId, formatting.result)).toBe(expectedFixedText(finalText, languageId));
        server.notify('textDocument/didClose', { textDocument: { uri } });
      }),
      30,
    );
    expect(server.stderr()).not.toMatch(/unhandled/i);
  }, 240_000);

  it('no quick fix reaches into code, URLs, e-mail, front matter, HTML, Markdown markers or Latin, and fix-all and formatting leave them as they were', async () => {
    await holdsAsync(
      fc.asyncProperty(documentArbitrary(), async (doc) => {
        const languageId = doc.syntax;
        const uri = `file:///property/actions-${++documentNumber}.${languageId === 'markdown' ? 'md' : 'txt'}`;
        const mirror = TextDocument.create(uri, languageId, 1, doc.text);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: doc.text } });
        const published = await diagnosticsAt(server, uri, 1, 20_000);
        const whole = { start: { line: 0, character: 0 }, end: mirror.positionAt(doc.text.length) };
        const actions = await server.request('textDocument/codeAction', {
          textDocument: { uri },
          range: whole,
          context: { diagnostics: published.params.diagnostics, only: ['quickfix', 'source.fixAll.dabir'] },
        });
        const formatting = await server.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        server.notify('textDocument/didClose', { textDocument: { uri } });
        expect(actions.error).toBeUndefined();
        // A quick fix is small: its edits stay out of protected pieces. Fix-all and formatting may replace a span
        // around several fixes at once (lsp/edits.ts), so for them the text they produce is what is checked.
        const hits: string[] = [];
        const results: { title: string; text: string }[] = [];
        for (const action of actions.result ?? []) {
          const edits: { range: any; newText: string }[] = action.edit?.changes?.[uri] ?? [];
          results.push({ title: action.title, text: applyLspEdits(doc.text, languageId, edits) });
          if (action.kind !== 'quickfix') continue;
          for (const edit of edits) {
            const offsets = { start: mirror.offsetAt(edit.range.start), end: mirror.offsetAt(edit.range.end) };
            const range = doc.protectedRanges.find((r) => touches(offsets, r));
            if (range) hits.push(`«${action.title}» edit ${offsets.start}-${offsets.end} → «${edit.newText}» reaches into ${range.kind} «${range.text}»`);
          }
        }
        results.push({ title: 'formatting', text: applyLspEdits(doc.text, languageId, formatting.result ?? []) });
        for (const { title, text } of results) {
          let at = 0;
          for (const range of doc.protectedRanges) {
            const found = text.indexOf(range.text, at);
            if (found < 0) hits.push(`«${title}» changed ${range.kind} «${range.text}»`);
            else at = found + range.text.length;
          }
        }
        expect(hits, hits.join('\n')).toEqual([]);
      }),
      25,
    );
  }, 240_000);
});
