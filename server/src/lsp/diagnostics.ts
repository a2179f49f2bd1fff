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
import { lineAt } from '../analysis/text/lines';
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

const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');
const COMMA = Buffer.from(',');

/**
 * Positions of offsets that mostly ascend (findings sorted by start; each end just after its start), by walking the
 * line starts instead of a binary search and two objects per offset. Gives exactly what TextDocument.positionAt
 * gives, which it is asked for the one case the walk does not handle (an offset inside a line break).
 */
function createPositionWalker(document: TextDocument) {
  const text = document.getText();
  const starts = new Int32Array(document.lineCount);
  for (let line = 0; line < starts.length; line++) starts[line] = document.offsetAt({ line, character: 0 });
  let line = 0;
  return function positionOf(offset: number): Position {
    if (offset < starts[line] || (line + 8 < starts.length && starts[line + 8] <= offset)) {
      // Far from the last one: a binary search.
      line = lineAt(starts, offset);
    }
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    const code = text.charCodeAt(offset - 1);
    if (offset > starts[line] && (code === 0x0a || code === 0x0d)) return document.positionAt(offset);
    return { line, character: offset - starts[line] };
  };
}

/** Whether `d` comes before the place [start, end) in the order findings are sorted in. */
function isBefore(d: Diagnostic, start: Position, end: Position): boolean {
  const { start: s, end: e } = d.range;
  if (s.line !== start.line) return s.line < start.line;
  if (s.character !== start.character) return s.character < start.character;
  if (e.line !== end.line) return e.line < end.line;
  return e.character < end.character;
}

function isAt(d: Diagnostic, start: Position, end: Position): boolean {
  const { start: s, end: e } = d.range;
  return s.line === start.line && s.character === start.character && e.line === end.line && e.character === end.character;
}

/** More pieces than this, and a publication's JSON is joined into one buffer that the next ones slice. */
const MAX_PIECES = 256;

/**
 * One document's diagnostics, kept from one publication to the next. An edit changes the findings of a paragraph
 * or two (and the characters after it on its line), so nearly every diagnostic of the next publication is one
 * already published: the findings come sorted, so one walk over both lists finds each by what it shows (range,
 * rule, severity, message) and reuses the object and its JSON. The JSON of a publication is a list of pieces:
 * runs of reused diagnostics are slices of the buffers they were in, and only new diagnostics are encoded. The
 * stdio writer writes the pieces as they are, so an edit neither encodes nor copies the rest (allocating a fresh
 * buffer of a few MB per edit cost more than copying into it). A diagnostic with related locations is always made
 * afresh: those point elsewhere in the text and move with it.
 */
export function createDiagnosticCache() {
  let previous: Diagnostic[] = [];
  /** The buffer holding each previous diagnostic's JSON, and where in it: from, to, from, to… */
  let previousBases: Uint8Array[] = [];
  let previousSpans = new Int32Array(0);
  return function diagnosticsOf(document: TextDocument, analysis: DocumentAnalysis): Diagnostic[] {
    if (analysis.skipped === 'too-large') return diagnosticsFor(document, analysis);
    const positionOf = createPositionWalker(document);
    const count = analysis.findings.length;
    const diagnostics: Diagnostic[] = [];
    const bases: Uint8Array[] = [];
    const spans = new Int32Array(2 * count);
    /** Where each diagnostic's JSON starts and ends in this publication's JSON. */
    const offsets = new Int32Array(2 * count);
    const pieces: Uint8Array[] = [OPEN];
    let length = OPEN.length;
    // The run of an earlier buffer being sliced: two diagnostics next to each other there (a comma between them)
    // and here go out as one slice.
    let runBase: Uint8Array | undefined;
    let runFrom = 0;
    let runTo = 0;
    const endRun = () => {
      if (runBase) pieces.push(runBase.subarray(runFrom, runTo));
      runBase = undefined;
    };
    let j = 0;
    analysis.findings.forEach((finding, k) => {
      const start = positionOf(finding.start);
      const end = positionOf(finding.end);
      let reused = -1;
      if (!finding.related || finding.related.length === 0) {
        while (j < previous.length && isBefore(previous[j], start, end)) j++;
        const severity = SEVERITY[finding.severity];
        for (let m = j; m < previous.length && isAt(previous[m], start, end); m++) {
          const d = previous[m];
          if (!d.relatedInformation && d.code === finding.rule && d.severity === severity && d.message === finding.message) {
            reused = m;
            break;
          }
        }
      }
      let diagnostic: Diagnostic;
      let base: Uint8Array;
      let from: number;
      let to: number;
      if (reused >= 0) {
        diagnostic = previous[reused];
        base = previousBases[reused];
        from = previousSpans[2 * reused];
        to = previousSpans[2 * reused + 1];
      } else {
        diagnostic = toDiagnostic(document, finding);
        base = Buffer.from(JSON.stringify(diagnostic));
        from = 0;
        to = base.length;
      }
      const continuesRun = k > 0 && base === runBase && from === runTo + COMMA.length;
      if (continuesRun) {
        runTo = to;
      } else {
        endRun();
        if (k > 0) pieces.push(COMMA);
        runBase = base;
        runFrom = from;
        runTo = to;
      }
      if (k > 0) length += COMMA.length;
      diagnostics.push(diagnostic);
      bases.push(base);
      spans[2 * k] = from;
      spans[2 * k + 1] = to;
      offsets[2 * k] = length;
      offsets[2 * k + 1] = length + (to - from);
      length += to - from;
    });
    endRun();
    pieces.push(CLOSE);
    let json: readonly Uint8Array[] = pieces;
    if (pieces.length > MAX_PIECES) {
      // After the first publication (every diagnostic new) and after many edits: one buffer again.
      const joined = Buffer.concat(pieces);
      json = [joined];
      bases.fill(joined);
      spans.set(offsets);
    }
    previous = diagnostics;
    previousBases = bases;
    previousSpans = spans;
    return withPreEncodedJson(diagnostics, json);
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
