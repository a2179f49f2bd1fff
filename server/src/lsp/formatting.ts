// Formatting a document applies every safe fix, through the core (analysis/fix.ts): the same text `dabir fix`
// writes. Range formatting applies the safe fixes of the findings inside the range.

import type { DabirServer } from './context';
import { fixAllEdits, rangeFixEdits } from './edits';
import { documentRequest, isRange } from './guard';
import { ErrorCodes, ResponseError, type DocumentFormattingParams, type DocumentRangeFormattingParams } from 'vscode-languageserver/node';

export function registerFormatting(server: DabirServer): void {
  const { connection, documents } = server;
  server.capabilities.declare({ documentFormattingProvider: true, documentRangeFormattingProvider: true });

  connection.onDocumentFormatting(
    documentRequest(server, 'textDocument/formatting', async (document, _params: DocumentFormattingParams) => {
      const analysis = await documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      return fixAllEdits(document, analysis, documents.analyzerFor(analysis.options));
    }),
  );

  connection.onDocumentRangeFormatting(
    documentRequest(server, 'textDocument/rangeFormatting', async (document, params: DocumentRangeFormattingParams) => {
      if (!isRange(params.range)) return new ResponseError(ErrorCodes.InvalidParams, 'Dabir: textDocument/rangeFormatting needs a range');
      const analysis = await documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      return rangeFixEdits(document, analysis, params.range);
    }),
  );
}
