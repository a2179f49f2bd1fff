// Semantic highlighting of entities: one custom token type per entity type (dabirPerson, dabirCountry …). The
// extension's package.json declares them (`semanticTokenTypes`, each with a standard super type) and maps them to
// TextMate scopes (`semanticTokenScopes`), so every theme colours them even if it has never heard of Dabir.
// `dabir.entities.highlight: false` turns them off. Positions are UTF-16, as LSP counts; an entity that runs over a
// line break is sent as one token per line, because clients need not support multi-line tokens.
// After an edit, a client that kept the last result (`full/delta`, Neovim's and VS Code's way) gets only the part of
// the token list that changed: in a 1 MB article the list is ~50 000 integers, and one keystroke changes a few.

import type {
  SemanticTokens,
  SemanticTokensDelta,
  SemanticTokensDeltaParams,
  SemanticTokensEdit,
  SemanticTokensLegend,
  SemanticTokensParams,
} from 'vscode-languageserver/node';
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

/**
 * `next` as one edit of `previous`: the integers between their common prefix and their common suffix replaced (the
 * suffix never reaching into the prefix); no edit when they are equal. vscode-languageserver's SemanticTokensBuilder
 * diffs the same way, but it names its results by Date.now() (two answers in one millisecond would share an id) and
 * keeps the previous list inside a builder per document; a pure function and a counter are simpler to get right.
 */
export function tokenEdits(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shorter = Math.min(previous.length, next.length);
  while (prefix < shorter && previous[prefix] === next[prefix]) prefix++;
  if (prefix === previous.length && prefix === next.length) return [];
  let suffix = 0;
  while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  const data = next.slice(prefix, next.length - suffix);
  return [{ start: prefix, deleteCount: previous.length - suffix - prefix, ...(data.length > 0 ? { data } : {}) }];
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
  server.capabilities.declare({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true } } });
  /** The last tokens sent for each open document, which a delta request names by its result id. */
  const sent = new Map<string, SemanticTokens & { resultId: string }>();
  let lastResultId = 0;
  const current = async (document: TextDocument): Promise<SemanticTokens & { resultId: string }> => {
    const analysis = await server.documents.analysisWhenReady(document.uri);
    const data = !analysis || analysis.skipped || !(await highlightEnabled(server, document.uri)) ? [] : encodeSemanticTokens(document, analysis.entities);
    const tokens = { resultId: String(++lastResultId), data };
    sent.set(document.uri, tokens);
    return tokens;
  };
  server.connection.languages.semanticTokens.on(
    documentRequest(server, 'textDocument/semanticTokens/full', (document, _params: SemanticTokensParams): Promise<SemanticTokens> => current(document)),
  );
  server.connection.languages.semanticTokens.onDelta(
    documentRequest(server, 'textDocument/semanticTokens/full/delta', async (document, params: SemanticTokensDeltaParams): Promise<SemanticTokens | SemanticTokensDelta> => {
      const previous = sent.get(document.uri);
      const tokens = await current(document);
      // A result id this server no longer has (another document's, a restarted server's): the whole list.
      if (!previous || previous.resultId !== params.previousResultId) return tokens;
      return { resultId: tokens.resultId, edits: tokenEdits(previous.data, tokens.data) };
    }),
  );
  server.documents.onClose((uri) => sent.delete(uri));
  // A changed setting (dabir.entities.highlight among them) or new entities: ask the client to pull tokens again.
  const refresh = () => {
    if (server.client.capabilities.workspace?.semanticTokens?.refreshSupport) void server.connection.languages.semanticTokens.refresh().catch(() => undefined);
  };
  server.documents.onSettingsChanged(refresh);
}
