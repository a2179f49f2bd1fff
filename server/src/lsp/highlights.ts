// Document highlights: with the cursor on a mention, every mention of the same entity lights up (same id from the
// knowledge base, or the same folded name and type).

import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver/node';
import type { DabirServer } from './context';
import { entityRange, mentionsOfEntityAt } from './entityGroups';
import { documentRequest } from './guard';

export function registerHighlights(server: DabirServer): void {
  server.capabilities.declare({ documentHighlightProvider: true });
  server.connection.onDocumentHighlight(
    documentRequest(server, 'textDocument/documentHighlight', async (document, params: DocumentHighlightParams): Promise<DocumentHighlight[]> => {
      const analysis = await server.documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      return mentionsOfEntityAt(document, analysis.entities, params.position).map((entity) => ({
        range: entityRange(document, entity),
        kind: DocumentHighlightKind.Text,
      }));
    }),
  );
}
