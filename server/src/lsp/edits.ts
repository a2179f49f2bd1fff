// The core's offset edits as LSP text edits. LSP forbids overlapping edits in one set, and the core's applyEdits
// drops an edit that overlaps one taken before it; the same rule is kept here, so that an editor applying these
// edits gets exactly the text the core would produce.

import type { Range, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../analysis/analyze';
import { applyEdits, editsForFindings, fixText } from '../analysis/fix';
import type { TextEdit } from '../analysis/types';
import type { DocumentAnalysis } from './documentState';

/** Sorted by position, dropping any edit that starts inside one already kept (as applyEdits does). */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    kept.push(edit);
    at = edit.end;
  }
  return kept;
}

export function toTextEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return nonOverlapping(edits).map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** One edit replacing only what differs between `before` and `after`, never splitting a surrogate pair. */
function differenceEdit(before: string, after: string): TextEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isLowSurrogate(before.charCodeAt(prefix))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

/**
 * Edits that turn the document into what `dabir fix` makes of it (every safe fix, repeated until the text stops
 * changing). Usually one pass of the safe fixes gets there, and their own small edits are returned, which keeps the
 * cursor and undo steps where the writer expects them; when a fix uncovers another, one edit spans the difference.
 *
 * Whether one pass got there is asked of the document's shared analyser, whose paragraph cache already holds every
 * paragraph the fixes left alone, so that the question costs only the paragraphs the fixes changed; `fixText` runs
 * from scratch only when a second pass is needed. The save waits for this: VS Code (1.139) puts no time limit on
 * code actions on save (the old `editor.codeActionsOnSaveTimeout` of 750 ms is gone, and `files.participants.timeout`
 * applies to creating, renaming and deleting files), but the writer watches "Saving…" meanwhile, and VS Code
 * cancels the request and drops the answer if the document or its set of code action providers (any extension's)
 * changes before the answer comes.
 *
 * The analysis is the current version's (lsp/codeActions.ts waits for it). The one-pass question is asked of the
 * current text all the same, so even an analysis that missed text added at the end would not save a partial fix:
 * the from-scratch pass would run.
 */
export function fixAllEdits(document: TextDocument, analysis: DocumentAnalysis, analyzer: Analyzer): LspTextEdit[] {
  const text = document.getText();
  const onePass = nonOverlapping(editsForFindings(analysis.findings));
  if (onePass.length === 0) return [];
  const afterOnePass = applyEdits(text, onePass);
  if (editsForFindings(analyzer.analyze(afterOnePass).findings).length === 0) return toTextEdits(document, onePass);
  const fixed = fixText(text, analysis.options);
  return fixed === text ? [] : toTextEdits(document, [differenceEdit(text, fixed)]);
}

/** The safe fixes of findings lying wholly inside `range` (one pass: range formatting is a local tidy-up). */
export function rangeFixEdits(document: TextDocument, analysis: DocumentAnalysis, range: Range): LspTextEdit[] {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const inside = analysis.findings.filter((finding) => finding.start >= start && finding.end <= end);
  const edits = editsForFindings(inside).filter((edit) => edit.start >= start && edit.end <= end);
  return toTextEdits(document, edits);
}
