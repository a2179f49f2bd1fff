// The document's entities as the server reports them (`dabir/entities`, server/src/lsp/commands.ts).

import type { TextDocument } from 'vscode';
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
  skipped?: string;
}

export function requestEntities(client: LanguageClient, document: TextDocument): Promise<EntitiesResult> {
  return client.sendRequest<EntitiesResult>('dabir/entities', { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
}
