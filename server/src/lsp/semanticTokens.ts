// Semantic highlighting of entities: one custom token type per entity type (dabirPerson, dabirCountry …). The
// extension's package.json declares them (`semanticTokenTypes`, each with a standard super type) and maps them to
// TextMate scopes (`semanticTokenScopes`), so every theme colours them even if it has never heard of Dabir.
// `dabir.entities.highlight: false` turns them off. Positions are UTF-16, as LSP counts; an entity that runs over a
// line break is sent as one token per line, because clients need not support multi-line tokens.

import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ENTITY_TYPES, type Entity, type EntityType } from '../analysis/types';
import type { DabirServer } from './context';
import { documentRequest } from './guard';

export function semanticTokenType(type: EntityType): string {
  return 'dabir' + type.charAt(0).toUpperCase() + type.slice(1);
}

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ENTITY_TYPES.map(semanticTokenType),
  tokenModifiers: [],
};

/** The LSP encoding: five integers per token, each position relative to the previous token's. */
export function encodeSemanticTokens(document: TextDocument, entities: readonly Entity[]): number[] {
  const data: number[] = [];
  let lastLine = 0;
  let lastCharacter = 0;
  const push = (line: number, character: number, length: number, type: number) => {
    if (length <= 0) return;
    data.push(line - lastLine, line === lastLine ? character - lastCharacter : character, length, type, 0);
    lastLine = line;
    lastCharacter = character;
  };
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (const entity of sorted) {
    const type = ENTITY_TYPES.indexOf(entity.type);
    const start = document.positionAt(entity.start);
    const end = document.positionAt(entity.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line
        ? end.character
        : document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
      // A line's length above counts its line break; the break is not part of the token.
      const lineText = document.getText({ start: { line, character: from }, end: { line, character: to } });
      push(line, from, lineText.replace(/[\r\n]+$/, '').length, type);
    }
  }
  return data;
}

async function highlightEnabled(server: DabirServer, uri: string): Promise<boolean> {
  if (!server.client.capabilities.workspace?.configuration) return true;
  try {
    const value: unknown = await server.connection.workspace.getConfiguration({ scopeUri: uri, section: 'dabir.entities.highlight' });
    return value !== false;
  } catch {
    return true;
  }
}

export function registerSemanticTokens(server: DabirServer): void {
  server.capabilities.declare({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } });
  server.connection.languages.semanticTokens.on(
    documentRequest(server, 'textDocument/semanticTokens/full', async (document, _params: SemanticTokensParams): Promise<SemanticTokens> => {
      const analysis = await server.documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped || !(await highlightEnabled(server, document.uri))) return { data: [] };
      return { data: encodeSemanticTokens(document, analysis.entities) };
    }),
  );
  // A changed setting (dabir.entities.highlight among them) or new entities: ask the client to pull tokens again.
  const refresh = () => {
    if (server.client.capabilities.workspace?.semanticTokens?.refreshSupport) void server.connection.languages.semanticTokens.refresh().catch(() => undefined);
  };
  server.documents.onSettingsChanged(refresh);
}
