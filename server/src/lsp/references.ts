// Find all references: every mention in the document of the entity under the cursor, grouped as highlights are.

import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { DabirServer } from './context';
import { entityRange, mentionsOfEntityAt } from './entityGroups';
import { documentRequest } from './guard';

export function registerReferences(server: DabirServer): void {
  server.capabilities.declare({ referencesProvider: true });
  server.connection.onReferences(
    documentRequest(server, 'textDocument/references', async (document, params: ReferenceParams): Promise<Location[]> => {
      const analysis = await server.documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      return mentionsOfEntityAt(document, analysis.entities, params.position).map((entity) => ({
        uri: document.uri,
        range: entityRange(document, entity),
      }));
    }),
  );
}
