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
  /** The document's line starts when it was made. */
  starts: Int32Array;
}

/**
 * Positions of offsets that mostly ascend (findings sorted by start; each end just after its start), by walking the
 * line starts instead of a binary search per offset. `place(offset)` sets `line` and `character` (no object per
 * offset: a publication places every finding of the document); `positionOf` makes the object. Gives exactly what
 * TextDocument.positionAt gives, which it is asked for the one case the walk does not handle (an offset inside a
 * line break).
 */
export function createPositionWalker(document: TextDocument) {
  const text = document.getText();
  const starts = new Int32Array(document.lineCount);
  for (let line = 0; line < starts.length; line++) starts[line] = document.offsetAt({ line, character: 0 });
  const walker = {
    starts,
    line: 0,
    character: 0,
    place(offset: number): void {
      let line = walker.line;
      if (offset < starts[line] || (line + 8 < starts.length && starts[line + 8] <= offset)) {
        // Far from the last one: a binary search.
        line = lineAt(starts, offset);
      }
      while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
      walker.line = line;
      const code = text.charCodeAt(offset - 1);
      if (offset > starts[line] && (code === 0x0a || code === 0x0d)) {
        const position = document.positionAt(offset);
        walker.line = position.line;
        walker.character = position.character;
      } else {
        walker.character = offset - starts[line];
      }
    },
    positionOf(offset: number): Position {
      walker.place(offset);
      return { line: walker.line, character: walker.character };
    },
  };
  return walker;
}

/**
 * Where the line starts of two versions first differ: an offset before the returned one has the same line and
 * character in both (Infinity when every line start is the same).
 */
function unchangedBefore(previous: Int32Array, starts: Int32Array): number {
  const common = Math.min(previous.length, starts.length);
  for (let line = 0; line < common; line++) if (previous[line] !== starts[line]) return starts[line];
  return common < starts.length ? starts[common] : Infinity;
}

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

/** Compares the diagnostic's range with [start, end) given as numbers: negative before, 0 at, positive after. */
function compareRange(d: Diagnostic, startLine: number, startCharacter: number, endLine: number, endCharacter: number): number {
  const { start: s, end: e } = d.range;
  return s.line - startLine || s.character - startCharacter || e.line - endLine || e.character - endCharacter;
}

/** Whether the diagnostic (already known to be at the finding's range) shows this finding: rule, severity, message, related locations. */
function shows(d: Diagnostic, finding: Finding, severity: number, positionAt: (offset: number) => Position): boolean {
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
    const walker = createPositionWalker(document);
    const positionAt = (offset: number) => document.positionAt(offset);
    const old = previous;
    const oldFindings = old?.analysis.findings ?? [];
    const oldDiagnostics = old?.diagnostics ?? [];
    const count = analysis.findings.length;
    const diagnostics: Diagnostic[] = new Array(count);
    const bases: Uint8Array[] = new Array(count);
    const spans = new Int32Array(2 * count);
    const reuse = (k: number, m: number) => {
      diagnostics[k] = oldDiagnostics[m];
      bases[k] = old!.bases[m];
      spans[2 * k] = old!.spans[2 * m];
      spans[2 * k + 1] = old!.spans[2 * m + 1];
    };
    // The findings before an edit are the very objects of the last analysis (the analyser reuses the paragraphs an
    // edit did not touch), at the same lines and characters as long as no line start before them moved: their
    // diagnostics are taken as they are, without placing them.
    const safeBefore = old ? unchangedBefore(old.starts, walker.starts) : 0;
    let k = 0;
    while (k < count && k < oldFindings.length && analysis.findings[k] === oldFindings[k] && analysis.findings[k].end < safeBefore) reuse(k, k++);
    // The rest: one walk over both lists (both sorted) finds each finding's previous diagnostic by what it shows.
    let j = k;
    for (; k < count; k++) {
      const finding = analysis.findings[k];
      walker.place(finding.start);
      const startLine = walker.line;
      const startCharacter = walker.character;
      walker.place(finding.end);
      const endLine = walker.line;
      const endCharacter = walker.character;
      const severity = encoder.severityOf(finding);
      while (j < oldDiagnostics.length && compareRange(oldDiagnostics[j], startLine, startCharacter, endLine, endCharacter) < 0) j++;
      let reused = -1;
      for (let m = j; m < oldDiagnostics.length && compareRange(oldDiagnostics[m], startLine, startCharacter, endLine, endCharacter) === 0; m++) {
        if (shows(oldDiagnostics[m], finding, severity, positionAt)) {
          reused = m;
          break;
        }
      }
      if (reused >= 0) {
        reuse(k, reused);
      } else {
        const diagnostic = encoder.toDiagnostic(document, finding);
        const json = Buffer.from(JSON.stringify(diagnostic));
        diagnostics[k] = diagnostic;
        bases[k] = json;
        spans[2 * k] = 0;
        spans[2 * k + 1] = json.length;
      }
    }
    previous = { analysis, diagnostics, bases, spans, starts: walker.starts };
    return previous;
  };
}
