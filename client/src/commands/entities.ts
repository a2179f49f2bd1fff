// The document's entities as the server reports them (`dabir/entities`, server/src/lsp/commands.ts).

import type { Range, TextDocument } from 'vscode';
import type { LanguageClient, Range as LspRange } from 'vscode-languageclient/node';

export interface EntityItem {
  start: number;
  end: number;
  text: string;
  type: string;
  id?: string;
  range: LspRange;
}

export interface EntitiesResult {
  entities: EntityItem[];
  /** How many entities the document has in all. */
  total: number;
  skipped?: string;
}

/** Every entity, or with `ranges` only those within them (`[]`: none, for the count alone). */
export function requestEntities(client: LanguageClient, document: TextDocument, ranges?: readonly Range[]): Promise<EntitiesResult> {
  const converter = client.code2ProtocolConverter;
  return client.sendRequest<EntitiesResult>('dabir/entities', {
    textDocument: { uri: converter.asUri(document.uri) },
    ...(ranges ? { ranges: ranges.map((range) => converter.asRange(range)) } : {}),
  });
}
