// Entity features over real stdio JSON-RPC against the built server: semantic tokens, the outline, highlights and
// references, and the setting that turns the colouring off.
import { describe, expect, it } from 'vitest';
import type { DocumentHighlight, DocumentSymbol, Location, SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { PUSH_CLIENT, serversKilledAfterEach, type LspSession } from './lspClient';

const server = serversKilledAfterEach();

const CLIENT = {
  ...PUSH_CLIENT,
  textDocument: { ...PUSH_CLIENT.textDocument, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

const URI = 'file:///tmp/kazakhstan.txt';
// Line 0 names a country twice, a treaty and a region; line 1 starts with an emoji (two UTF-16 code units).
const TEXT = 'کارشناس مسائل قفقاز گفت قزاقستان به پیمان ابراهیم پیوسته است.\n🙂 قزاقستان روابط نزدیکی با آمریکا دارد.';

interface Decoded {
  line: number;
  character: number;
  length: number;
  type: string;
}

function decode(tokens: SemanticTokens, legend: SemanticTokensLegend): Decoded[] {
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let k = 0; k < tokens.data.length; k += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(k, k + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push({ line, character, length, type: legend.tokenTypes[type] });
  }
  return out;
}

async function opened(lsp: LspSession) {
  const { capabilities } = await lsp.initialize(CLIENT);
  lsp.open(URI, TEXT);
  await lsp.diagnostics(URI, 1);
  return capabilities;
}

describe('entity features over LSP', () => {
  it('colours countries, the treaty and the region with Dabir’s token types, at UTF-16 positions', async () => {
    const lsp = server();
    const capabilities = await opened(lsp);
    const legend = capabilities.semanticTokensProvider!.legend;
    expect(legend.tokenTypes).toContain('dabirCountry');
    const tokens = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens;
    const decoded = decode(tokens, legend);
    expect(decoded.filter((t) => t.type !== 'dabirPerson' && t.type !== 'dabirOrganization')).toEqual([
      { line: 0, character: 14, length: 5, type: 'dabirRegion' },
      { line: 0, character: 24, length: 8, type: 'dabirCountry' },
      { line: 0, character: 36, length: 13, type: 'dabirTreaty' },
      { line: 1, character: 3, length: 8, type: 'dabirCountry' },
      { line: 1, character: 28, length: 6, type: 'dabirCountry' },
    ]);
  });

  it('answers a delta request with the edit from the last result to the new text’s tokens', async () => {
    const lsp = server();
    const capabilities = await opened(lsp);
    expect(capabilities.semanticTokensProvider!.full).toEqual({ delta: true });
    const before = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens;
    expect(before.resultId).toBeTruthy();
    // A new country on line 1, between the two it had: the tokens of line 0 stay, the rest shift.
    lsp.change(URI, 2, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: 'ایران و ' }]);
    await lsp.diagnostics(URI, 2);
    const delta = (await lsp.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: URI },
      previousResultId: before.resultId,
    })) as SemanticTokensDelta;
    expect(delta.resultId).not.toBe(before.resultId);
    expect(delta.edits.length).toBe(1);
    const edited = [...before.data];
    for (const edit of delta.edits) edited.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const now = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens;
    expect(edited).toEqual(now.data);
    expect(delta.edits[0].start).toBeGreaterThan(0);
    // An id the server never gave: the whole list.
    const unknown = (await lsp.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri: URI }, previousResultId: 'nonsense' })) as SemanticTokens;
    expect(unknown.data).toEqual(now.data);
  });

  it('sends no tokens when dabir.entities.highlight is false', async () => {
    const lsp = server();
    lsp.settings['dabir.entities.highlight'] = false;
    await opened(lsp);
    const tokens = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens;
    expect(tokens.data).toEqual([]);
  });

  it('outlines the entities by type, in Persian, each country once with its two mentions', async () => {
    const lsp = server();
    await opened(lsp);
    const symbols = (await lsp.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    expect(symbols.slice(0, 2).map((s) => s.name)).toEqual(['کشورها', 'پیمان‌ها']);
    expect(symbols[0].children!.map((c) => [c.name, c.children!.length])).toEqual([['قزاقستان', 2], ['آمریکا', 1]]);
    expect(symbols.map((s) => s.name)).toContain('مناطق');
  });

  it('highlights and finds every mention of the country under the cursor, and nothing off an entity', async () => {
    const lsp = server();
    await opened(lsp);
    const position = { line: 1, character: 6 };
    const highlights = (await lsp.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: URI }, position })) as DocumentHighlight[];
    expect(highlights.map((h) => h.range)).toEqual([
      { start: { line: 0, character: 24 }, end: { line: 0, character: 32 } },
      { start: { line: 1, character: 3 }, end: { line: 1, character: 11 } },
    ]);
    const references = (await lsp.connection.sendRequest('textDocument/references', {
      textDocument: { uri: URI }, position, context: { includeDeclaration: true },
    })) as Location[];
    expect(references.map((r) => [r.uri, r.range.start.line, r.range.start.character])).toEqual([[URI, 0, 24], [URI, 1, 3]]);
    const nothing = await lsp.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: URI }, position: { line: 0, character: 2 } });
    expect(nothing).toEqual([]);
  });
});
