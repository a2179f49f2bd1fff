// A document's diagnostics, kept from one analysis to the next, with the UTF-8 JSON of each. An edit changes the
// findings of a paragraph or two (and the columns after it on its line), so nearly every diagnostic of the next
// analysis is one already made: the findings come sorted, so one walk over both lists finds each by what it shows
// (range, rule, severity, message, related locations) and reuses the object and its JSON. Reuse is what the rest
// builds on: a push writes the reused diagnostics as slices of the buffers they were encoded into (nothing encoded
// or copied again), and a pull answers `unchanged` for a part of the document whose diagnostics are all the same
// objects as last time (lsp/diagnosticParts.ts).

import type { Diagnostic, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineAt } from '../analysis/text/lines';
import type { Finding } from '../analysis/types';
import type { DocumentAnalysis } from './documentState';

/** The diagnostics of one analysis, in the findings' order, and where each one's JSON lies. */
export interface Publication {
  analysis: DocumentAnalysis;
  diagnostics: Diagnostic[];
  /** The buffer holding each diagnostic's JSON, and where in it (`spans`: from, to, from, to…). */
  bases: Uint8Array[];
  spans: Int32Array;
}

/**
 * Positions of offsets that mostly ascend (findings sorted by start; each end just after its start), by walking the
 * line starts instead of a binary search and two objects per offset. Gives exactly what TextDocument.positionAt
 * gives, which it is asked for the one case the walk does not handle (an offset inside a line break).
 */
export function createPositionWalker(document: TextDocument) {
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

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

/** Whether `d` comes before the place [start, end) in the order findings are sorted in. */
function isBefore(d: Diagnostic, start: Position, end: Position): boolean {
  const { start: s, end: e } = d.range;
  if (s.line !== start.line) return s.line < start.line;
  if (s.character !== start.character) return s.character < start.character;
  if (e.line !== end.line) return e.line < end.line;
  return e.character < end.character;
}

/** Whether the diagnostic shows exactly this finding: the same place, rule, severity, message and related locations. */
function shows(d: Diagnostic, finding: Finding, severity: number, start: Position, end: Position, positionAt: (offset: number) => Position): boolean {
  if (!samePosition(d.range.start, start) || !samePosition(d.range.end, end)) return false;
  if (d.code !== finding.rule || d.severity !== severity || d.message !== finding.message) return false;
  const related = finding.related ?? [];
  const shown = d.relatedInformation ?? [];
  if (related.length !== shown.length) return false;
  // Related locations point elsewhere in the text (and move with it): compared by value.
  return related.every((r, k) => {
    const s = shown[k];
    return s.message === r.message && samePosition(s.location.range.start, positionAt(r.start)) && samePosition(s.location.range.end, positionAt(r.end));
  });
}

export interface DiagnosticEncoder {
  /** The finding as a diagnostic made afresh, and its severity as the diagnostic shows it. */
  toDiagnostic(document: TextDocument, finding: Finding): Diagnostic;
  severityOf(finding: Finding): number;
}

/** More pieces than this, and a stretch of a publication's JSON is joined into one buffer that later ones slice. */
const MAX_PIECES = 256;
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');
const COMMA = Buffer.from(',');

/** The JSON array `[…]` of the diagnostics from..to of a publication, as pieces (runs of reused JSON are one slice each). */
export function jsonOf(publication: Publication, from = 0, to = publication.diagnostics.length): Uint8Array[] {
  const { bases, spans } = publication;
  const pieces: Uint8Array[] = [OPEN];
  for (let k = from; k < to; ) {
    // A run: diagnostics that lie one after the other in the same buffer, a comma apart, go out as one slice.
    let last = k;
    while (last + 1 < to && bases[last + 1] === bases[k] && spans[2 * (last + 1)] === spans[2 * last + 1] + COMMA.length) last++;
    if (k > from) pieces.push(COMMA);
    pieces.push(bases[k].subarray(spans[2 * k], spans[2 * last + 1]));
    k = last + 1;
  }
  pieces.push(CLOSE);
  if (pieces.length <= MAX_PIECES) return pieces;
  // After the first publication (every diagnostic new) and after many edits: one buffer again, which the
  // diagnostics from..to now point into.
  const joined = Buffer.concat(pieces);
  let at = OPEN.length;
  for (let k = from; k < to; k++) {
    const length = spans[2 * k + 1] - spans[2 * k];
    bases[k] = joined;
    spans[2 * k] = at;
    spans[2 * k + 1] = at + length;
    at += length + COMMA.length;
  }
  return [joined];
}

/**
 * One document's publications: each call gives the diagnostics of an analysis, reusing the objects and JSON of the
 * last call's. The same analysis twice gives the same publication (the pulls of several parts share one).
 */
export function createPublications(encoder: DiagnosticEncoder) {
  let previous: Publication | undefined;
  return function publicationOf(document: TextDocument, analysis: DocumentAnalysis): Publication {
    if (previous?.analysis === analysis) return previous;
    const positionOf = createPositionWalker(document);
    const old = previous ?? { diagnostics: [], bases: [], spans: new Int32Array(0) };
    const count = analysis.findings.length;
    const diagnostics: Diagnostic[] = new Array(count);
    const bases: Uint8Array[] = new Array(count);
    const spans = new Int32Array(2 * count);
    let j = 0;
    for (let k = 0; k < count; k++) {
      const finding = analysis.findings[k];
      const start = positionOf(finding.start);
      const end = positionOf(finding.end);
      const severity = encoder.severityOf(finding);
      while (j < old.diagnostics.length && isBefore(old.diagnostics[j], start, end)) j++;
      let reused = -1;
      for (let m = j; m < old.diagnostics.length && samePosition(old.diagnostics[m].range.start, start) && samePosition(old.diagnostics[m].range.end, end); m++) {
        if (shows(old.diagnostics[m], finding, severity, start, end, (offset) => document.positionAt(offset))) {
          reused = m;
          break;
        }
      }
      if (reused >= 0) {
        diagnostics[k] = old.diagnostics[reused];
        bases[k] = old.bases[reused];
        spans[2 * k] = old.spans[2 * reused];
        spans[2 * k + 1] = old.spans[2 * reused + 1];
      } else {
        const diagnostic = encoder.toDiagnostic(document, finding);
        const json = Buffer.from(JSON.stringify(diagnostic));
        diagnostics[k] = diagnostic;
        bases[k] = json;
        spans[2 * k] = 0;
        spans[2 * k + 1] = json.length;
      }
    }
    previous = { analysis, diagnostics, bases, spans };
    return previous;
  };
}
