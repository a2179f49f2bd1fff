// What the language server should publish for a text, computed from scratch with the core and the options the
// server derives from its default settings, and the mirror of the server's document that a client keeps. Used by
// the incremental-equals-full property and by the hostile-client suite (after a burst the server must converge here).

import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, fixText, type Severity } from '../../server/src/analysis/index';
import { DEFAULT_SETTINGS, documentOptions } from '../../server/src/lsp/settings';
import type { Message } from './rawLsp';

export interface ComparableDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  message: string;
  severity: number;
}

const SEVERITY: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/** A client that never sent settings gets the defaults; with no `locale` at initialize, Persian messages. */
export function serverOptions(languageId: string) {
  return documentOptions(DEFAULT_SETTINGS, languageId, undefined);
}

/** The diagnostics of `text` analysed from scratch (a fresh analyser: no cache shared with anything). */
export function expectedDiagnostics(text: string, languageId: string): ComparableDiagnostic[] {
  const document = TextDocument.create('file:///expected', languageId, 1, text);
  const { findings } = createAnalyzer(serverOptions(languageId)).analyze(text);
  return sortDiagnostics(
    findings.map((f) => ({
      range: { start: document.positionAt(f.start), end: document.positionAt(f.end) },
      code: f.rule,
      message: f.message,
      severity: SEVERITY[f.severity],
    })),
  );
}

export function publishedDiagnostics(notification: Message): ComparableDiagnostic[] {
  return sortDiagnostics(
    (notification.params.diagnostics as any[]).map((d) => ({ range: d.range, code: d.code, message: d.message, severity: d.severity })),
  );
}

function sortDiagnostics(list: ComparableDiagnostic[]): ComparableDiagnostic[] {
  const key = (d: ComparableDiagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
  return list.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let k = 0; k < 4; k++) if (ka[k] !== kb[k]) return ka[k] - kb[k];
    return a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
  });
}

/** The text `dabir fix` (and the server's formatting) should make of `text`. */
export function expectedFixedText(text: string, languageId: string): string {
  return fixText(text, serverOptions(languageId));
}

/** Applies LSP text edits (non-overlapping, as the protocol demands) to a text, as an editor would. */
export function applyLspEdits(text: string, languageId: string, edits: { range: ComparableDiagnostic['range']; newText: string }[]): string {
  const document = TextDocument.create('file:///apply', languageId, 1, text);
  return TextDocument.applyEdits(document, edits);
}
