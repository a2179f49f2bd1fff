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
  type Position,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fill } from '../analysis/messages';
import type { Finding, Localized, Severity } from '../analysis/types';
import type { DabirServer } from './context';
import type { DocumentAnalysis } from './documentState';
import { documentRequest } from './guard';
import { withPreEncodedJson } from './preEncoded';
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
 * in it stays the same object, with the same encoded JSON, for as long as its finding stays put (see below).
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

/** A diagnostic as last published: what it shows, and where its JSON sits in that publication's bytes. */
interface Published {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  rule: string;
  severity: Severity;
  message: string;
  /** False for a diagnostic with related locations: those point elsewhere and move with the text. */
  reusable: boolean;
  diagnostic: Diagnostic;
  from: number;
  to: number;
}

const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');
const COMMA = Buffer.from(',');

/** Whether `p` comes before the place [start, end) in the order findings are sorted in. */
function isBefore(p: Published, start: Position, end: Position): boolean {
  if (p.line !== start.line) return p.line < start.line;
  if (p.character !== start.character) return p.character < start.character;
  if (p.endLine !== end.line) return p.endLine < end.line;
  return p.endCharacter < end.character;
}

function isAt(p: Published, start: Position, end: Position): boolean {
  return p.line === start.line && p.character === start.character && p.endLine === end.line && p.endCharacter === end.character;
}

/**
 * One document's diagnostics, kept from one publication to the next. An edit changes the findings of a paragraph
 * or two (and the characters after it on its line), so nearly every diagnostic of the next publication is one
 * already published: the findings come sorted, so one walk over both lists finds each by what it shows (range,
 * rule, severity, message) and reuses the object and its JSON. Runs of reused diagnostics are copied as one slice
 * of the last publication's bytes, so an edit encodes only its new diagnostics.
 */
export function createDiagnosticCache() {
  let previous: Published[] = [];
  let previousBytes = Buffer.alloc(0);
  return function diagnosticsOf(document: TextDocument, analysis: DocumentAnalysis): Diagnostic[] {
    if (analysis.skipped === 'too-large') return diagnosticsFor(document, analysis);
    const next: Published[] = [];
    const diagnostics: Diagnostic[] = [];
    const pieces: Uint8Array[] = [OPEN];
    let length = OPEN.length;
    // The run of the last publication's bytes being copied, and the index of its last diagnostic there.
    let run: { from: number; to: number } | undefined;
    let runEnd = -2;
    const endRun = () => {
      if (run) pieces.push(previousBytes.subarray(run.from, run.to));
      run = undefined;
    };
    let j = 0;
    analysis.findings.forEach((finding, k) => {
      const start = document.positionAt(finding.start);
      const end = document.positionAt(finding.end);
      const reusable = !finding.related || finding.related.length === 0;
      let reused = -1;
      if (reusable) {
        while (j < previous.length && isBefore(previous[j], start, end)) j++;
        for (let m = j; m < previous.length && isAt(previous[m], start, end); m++) {
          const p = previous[m];
          if (p.reusable && p.rule === finding.rule && p.severity === finding.severity && p.message === finding.message) {
            reused = m;
            break;
          }
        }
      }
      let diagnostic: Diagnostic;
      let size: number;
      if (k > 0 && !(reused >= 0 && reused === runEnd + 1 && run)) {
        endRun();
        pieces.push(COMMA);
      }
      if (k > 0) length += COMMA.length;
      if (reused >= 0) {
        const p = previous[reused];
        diagnostic = p.diagnostic;
        size = p.to - p.from;
        // Consecutive there and here: the comma between them is already in the run.
        if (run && reused === runEnd + 1) run.to = p.to;
        else run = { from: p.from, to: p.to };
        runEnd = reused;
      } else {
        endRun();
        runEnd = -2;
        diagnostic = toDiagnostic(document, finding);
        const json = Buffer.from(JSON.stringify(diagnostic));
        pieces.push(json);
        size = json.length;
      }
      diagnostics.push(diagnostic);
      next.push({
        line: start.line,
        character: start.character,
        endLine: end.line,
        endCharacter: end.character,
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        reusable,
        diagnostic,
        from: length,
        to: length + size,
      });
      length += size;
    });
    endRun();
    pieces.push(CLOSE);
    const bytes = Buffer.concat(pieces, length + CLOSE.length);
    previous = next;
    previousBytes = bytes;
    return withPreEncodedJson(diagnostics, [bytes]);
  };
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
  return analysis.findings.map((finding) => toDiagnostic(document, finding));
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
  const caches = new Map<string, ReturnType<typeof createDiagnosticCache>>();
  const diagnosticsOf = (document: TextDocument, analysis: DocumentAnalysis): Diagnostic[] => {
    let cache = caches.get(document.uri);
    if (!cache) caches.set(document.uri, (cache = createDiagnosticCache()));
    return cache(document, analysis);
  };
  documents.onAnalysis((document, analysis) => {
    if (analysis.skipped === 'too-large' && !warnedTooLarge.has(document.uri)) {
      warnedTooLarge.add(document.uri);
      // A notification, not showMessageRequest: there is nothing to choose, and no client should have to answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: tooLargeMessage(document, analysis) }).catch(ignoreClosed);
    }
    if (clientPulls(client.capabilities)) return;
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics: diagnosticsOf(document, analysis) }).catch(ignoreClosed);
  });

  documents.onClose((uri) => {
    warnedTooLarge.delete(uri);
    caches.delete(uri);
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
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(current, analysis) };
    }),
  );
}
