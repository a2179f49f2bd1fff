// Findings as LSP diagnostics. Pushed (`textDocument/publishDiagnostics`, with the document version, so that
// Neovim 0.7 and other push-only clients work) unless the client pulls (`textDocument/diagnostic`, which VS Code
// prefers); a client that pulls is never also pushed to, or it would show every finding twice.

import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fill } from '../analysis/messages';
import type { Finding, Localized, Severity } from '../analysis/types';
import type { DabirServer } from './context';
import type { DocumentAnalysis } from './documentState';
import { documentRequest } from './guard';
import { ruleDocHref } from './ruleDocs';

export const SOURCE = 'dabir';

/** What code actions need to find a diagnostic's finding again: its rule and offsets in the version it came from. */
export interface DiagnosticData {
  version: number;
  rule: string;
  start: number;
  end: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SKIPPED_TOO_LARGE: Localized = {
  fa: 'دبیر این سند را بررسی نکرد: {length} نویسه دارد و بیش از حد dabir.maxDocumentSize ({limit}) است.',
  en: 'Dabir did not check this document: it has {length} characters, more than dabir.maxDocumentSize ({limit}).',
};

export function toDiagnostic(document: TextDocument, finding: Finding, version: number): Diagnostic {
  const data: DiagnosticData = { version, rule: finding.rule, start: finding.start, end: finding.end };
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    message: finding.message,
    data,
  };
  const href = ruleDocHref(finding.rule);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: { start: document.positionAt(related.start), end: document.positionAt(related.end) } },
      message: related.message,
    }));
  }
  return diagnostic;
}

function tooLargeMessage(document: TextDocument, analysis: DocumentAnalysis): string {
  const values = { length: String(document.getText().length), limit: String(analysis.settings.maxDocumentSize) };
  return fill(SKIPPED_TOO_LARGE, values, analysis.options.locale);
}

/** The diagnostics for an analysis; a document too large to check gets one diagnostic saying so, not silence. */
export function diagnosticsFor(document: TextDocument, analysis: DocumentAnalysis): Diagnostic[] {
  if (analysis.skipped === 'too-large') {
    const message = tooLargeMessage(document, analysis);
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'document-too-large', message }];
  }
  return analysis.findings.map((finding) => toDiagnostic(document, finding, analysis.version));
}

const resultIds = new WeakMap<DocumentAnalysis, string>();
let lastResultId = 0;

/** Analyses are memoised per version and settings, so an analysis's identity says whether anything changed. */
function resultIdOf(analysis: DocumentAnalysis): string {
  let id = resultIds.get(analysis);
  if (!id) {
    id = String(++lastResultId);
    resultIds.set(analysis, id);
  }
  return id;
}

function clientPulls(client: ClientCapabilities): boolean {
  return client.textDocument?.diagnostic !== undefined;
}

export function registerDiagnostics(server: DabirServer): void {
  const { connection, documents, client } = server;
  server.capabilities.declare((capabilities) =>
    clientPulls(capabilities) ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {},
  );

  // A send fails only when the connection is gone; there is no one left to tell, so it must not become a rejection.
  const ignoreClosed = () => undefined;
  const warnedTooLarge = new Set<string>();
  documents.onAnalysis((document, analysis) => {
    if (analysis.skipped === 'too-large' && !warnedTooLarge.has(document.uri)) {
      warnedTooLarge.add(document.uri);
      // A notification, not showMessageRequest: there is nothing to choose, and no client should have to answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: tooLargeMessage(document, analysis) }).catch(ignoreClosed);
    }
    if (clientPulls(client.capabilities)) return;
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics: diagnosticsFor(document, analysis) }).catch(ignoreClosed);
  });

  documents.onClose((uri) => {
    warnedTooLarge.delete(uri);
    if (!clientPulls(client.capabilities)) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(ignoreClosed);
  });

  documents.onSettingsChanged(() => {
    if (clientPulls(client.capabilities) && client.capabilities.workspace?.diagnostics?.refreshSupport) {
      void connection.languages.diagnostics.refresh().catch((error: unknown) => connection.console.warn(`Dabir: diagnostic refresh failed: ${String(error)}`));
    }
  });

  connection.languages.diagnostics.on(
    documentRequest(server, 'textDocument/diagnostic', async (document, params): Promise<DocumentDiagnosticReport> => {
      const analysis = await documents.analysisWhenReady(document.uri);
      const current = documents.get(document.uri);
      // Closed while its settings were being read: nothing to report.
      if (!analysis || !current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      // The same analysis object means the same version and settings, so the client may keep what it has.
      const resultId = resultIdOf(analysis);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsFor(current, analysis) };
    }),
  );
}
