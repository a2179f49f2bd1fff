// Findings as LSP diagnostics. Pushed (`textDocument/publishDiagnostics`, with the document version, so that
// Neovim 0.7 and other push-only clients work) unless the client pulls (`textDocument/diagnostic`, which VS Code
// prefers); a client that pulls is never also pushed to, or it would show every finding twice. A client that pulls
// and registers capabilities dynamically (VS Code) gets the document's diagnostics in bands of lines, each its own
// provider (lsp/diagnosticParts.ts), so that after an edit only the band that changed is sent again.

import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  MessageType,
  RegistrationRequest,
  ResponseError,
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
import { createPartReports, PART_COUNT, partIdentifier, partOfIdentifier } from './diagnosticParts';
import { withPreEncodedJson } from './preEncoded';
import { createPublications, jsonOf, type Publication } from './publication';
import { ruleDocHref } from './ruleDocs';

export const SOURCE = 'dabir';

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

/**
 * A finding as a diagnostic. It carries no `data`: code actions find the finding again by rule and range (the range
 * maps back to the same offsets in the version it came from), and a diagnostic without the version and offsets
 * in it stays the same object, with the same encoded JSON, for as long as its finding stays put (lsp/publication.ts).
 */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    message: finding.message,
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

/** How a publication (lsp/publication.ts) makes diagnostics. */
export const DIAGNOSTIC_ENCODER = { toDiagnostic, severityOf: (finding: Finding) => SEVERITY[finding.severity] };

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
  return analysis.findings.map((finding) => toDiagnostic(document, finding));
}

function clientPulls(client: ClientCapabilities): boolean {
  return client.textDocument?.diagnostic !== undefined;
}

/** A pulling client that registers capabilities dynamically gets the diagnostics in parts, each its own provider. */
function clientPullsParts(client: ClientCapabilities): boolean {
  return clientPulls(client) && client.textDocument?.diagnostic?.dynamicRegistration === true;
}

const PROVIDER_OPTIONS = { interFileDependencies: false, workspaceDiagnostics: false };

export function registerDiagnostics(server: DabirServer): void {
  const { connection, documents, client } = server;
  server.capabilities.declare((capabilities) =>
    clientPulls(capabilities) && !clientPullsParts(capabilities) ? { diagnosticProvider: { identifier: SOURCE, ...PROVIDER_OPTIONS } } : {},
  );
  server.onInitialized(() => {
    if (!clientPullsParts(client.capabilities)) return;
    // One request for all the parts; the client uses its own document selector for a registration without one.
    const registrations = Array.from({ length: PART_COUNT }, (_, part) => ({
      id: `${SOURCE}-diagnostics-${part}`,
      method: DocumentDiagnosticRequest.method,
      registerOptions: { documentSelector: null, identifier: partIdentifier(SOURCE, part), ...PROVIDER_OPTIONS },
    }));
    void connection.sendRequest(RegistrationRequest.type, { registrations }).catch((error: unknown) => {
      connection.console.warn(`Dabir: could not register the diagnostic providers: ${String(error)}`);
    });
  });

  // A send fails only when the connection is gone; there is no one left to tell, so it must not become a rejection.
  const ignoreClosed = () => undefined;
  const warnedTooLarge = new Set<string>();
  const perDocument = new Map<string, { publicationOf: ReturnType<typeof createPublications>; reportOf: ReturnType<typeof createPartReports> }>();
  const tooLarge = new WeakMap<DocumentAnalysis, Publication>();
  const publicationOf = (document: TextDocument, analysis: DocumentAnalysis): Publication => {
    let state = perDocument.get(document.uri);
    if (!state) perDocument.set(document.uri, (state = { publicationOf: createPublications(DIAGNOSTIC_ENCODER), reportOf: createPartReports() }));
    if (analysis.skipped !== 'too-large') return state.publicationOf(document, analysis);
    // One diagnostic saying so, the same object for the same analysis (so that a pull again is `unchanged`).
    let publication = tooLarge.get(analysis);
    if (!publication) {
      const diagnostics = diagnosticsFor(document, analysis);
      const json = Buffer.from(JSON.stringify(diagnostics[0]));
      publication = { analysis, diagnostics, bases: [json], spans: Int32Array.of(0, json.length), starts: new Int32Array(0) };
      tooLarge.set(analysis, publication);
    }
    return publication;
  };

  documents.onAnalysis((document, analysis) => {
    if (analysis.skipped === 'too-large' && !warnedTooLarge.has(document.uri)) {
      warnedTooLarge.add(document.uri);
      // A notification, not showMessageRequest: there is nothing to choose, and no client should have to answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: tooLargeMessage(document, analysis) }).catch(ignoreClosed);
    }
    if (clientPulls(client.capabilities)) return;
    const publication = publicationOf(document, analysis);
    const diagnostics = withPreEncodedJson(publication.diagnostics, jsonOf(publication));
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics }).catch(ignoreClosed);
  });

  documents.onClose((uri) => {
    warnedTooLarge.delete(uri);
    perDocument.delete(uri);
    if (!clientPulls(client.capabilities)) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(ignoreClosed);
  });

  documents.onSettingsChanged(() => {
    if (clientPulls(client.capabilities) && client.capabilities.workspace?.diagnostics?.refreshSupport) {
      void connection.languages.diagnostics.refresh().catch((error: unknown) => connection.console.warn(`Dabir: diagnostic refresh failed: ${String(error)}`));
    }
  });

  connection.languages.diagnostics.on(
    documentRequest(server, 'textDocument/diagnostic', async (document, params, token): Promise<DocumentDiagnosticReport | ResponseError<void>> => {
      const analysis = await documents.analysisWhenReady(document.uri);
      const current = documents.get(document.uri);
      // Closed while its settings were being read: nothing to report.
      if (!analysis || !current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      // The client sent a change meanwhile and pulls again after this one: nothing it would keep is sent.
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Dabir: the document changed; pull again');
      const publication = publicationOf(current, analysis);
      const reportOf = perDocument.get(current.uri)!.reportOf;
      return reportOf(publication, current.lineCount, partOfIdentifier(SOURCE, params.identifier), params.previousResultId);
    }),
  );
}
