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
import { byFindingOrderAt, shiftFinding } from '../analysis/analyze';
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

/**
 * Whether the diagnostic (already known to be at the finding's range) shows this finding, whose offsets are
 * relative to `offset`: rule, severity, message, related locations.
 */
function shows(d: Diagnostic, finding: Finding, offset: number, severity: number, positionAt: (offset: number) => Position): boolean {
  if (d.code !== finding.rule || d.severity !== severity || d.message !== finding.message) return false;
  const related = finding.related ?? [];
  const shown = d.relatedInformation ?? [];
  if (related.length !== shown.length) return false;
  // Related locations point elsewhere in the text (and move with it): compared by value.
  return related.every((r, k) => {
    const s = shown[k];
    return s.message === r.message && samePosition(s.location.range.start, positionAt(offset + r.start)) && samePosition(s.location.range.end, positionAt(offset + r.end));
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

/** Where a paragraph's diagnostics lie in a publication (`from` … `to`), and where the paragraph started then. */
interface PlacedRun {
  findings: readonly Finding[];
  line: number;
  character: number;
  from: number;
  to: number;
}

/**
 * One document's publications: each call gives the diagnostics of an analysis, reusing the objects and JSON of the
 * last call's. The same analysis twice gives the same publication (the pulls of several parts share one).
 *
 * When the analysis gives its findings per paragraph (AnalysisResult.runs), a paragraph whose findings are the same
 * array as last time (its text did not change) and which starts at the same line and character shows the same
 * diagnostics: they are taken as a block, without placing its findings one by one. An edit then costs a walk over
 * the paragraphs, not over every finding after it.
 */
export function createPublications(encoder: DiagnosticEncoder) {
  let previous: (Publication & { runs?: PlacedRun[] }) | undefined;
  return function publicationOf(document: TextDocument, analysis: DocumentAnalysis): Publication {
    if (previous?.analysis === analysis) return previous;
    const walker = createPositionWalker(document);
    const positionAt = (offset: number) => document.positionAt(offset);
    const old = previous;
    const oldDiagnostics = old?.diagnostics ?? [];
    const { runs, documentFindings } = analysis;
    const count = runs && documentFindings ? runs.reduce((sum, run) => sum + run.findings.length, documentFindings.length) : analysis.findings.length;
    const diagnostics: Diagnostic[] = new Array(count);
    const bases: Uint8Array[] = new Array(count);
    const spans = new Int32Array(2 * count);
    let k = 0;
    const reuse = (m: number) => {
      diagnostics[k] = oldDiagnostics[m];
      bases[k] = old!.bases[m];
      spans[2 * k] = old!.spans[2 * m];
      spans[2 * k + 1] = old!.spans[2 * m + 1];
      k++;
    };
    // One walk over both lists (both sorted) finds each finding's previous diagnostic by what it shows; `j` is
    // where the search in the old list starts.
    let j = 0;
    /** The next diagnostic: the finding's (at offsets relative to `offset`) previous one if it shows the same, else a new one. */
    const add = (finding: Finding, offset: number) => {
      walker.place(offset + finding.start);
      const startLine = walker.line;
      const startCharacter = walker.character;
      walker.place(offset + finding.end);
      const endLine = walker.line;
      const endCharacter = walker.character;
      const severity = encoder.severityOf(finding);
      while (j < oldDiagnostics.length && compareRange(oldDiagnostics[j], startLine, startCharacter, endLine, endCharacter) < 0) j++;
      for (let m = j; m < oldDiagnostics.length && compareRange(oldDiagnostics[m], startLine, startCharacter, endLine, endCharacter) === 0; m++) {
        if (shows(oldDiagnostics[m], finding, offset, severity, positionAt)) return reuse(m);
      }
      const diagnostic = encoder.toDiagnostic(document, shiftFinding(finding, offset));
      const json = Buffer.from(JSON.stringify(diagnostic));
      diagnostics[k] = diagnostic;
      bases[k] = json;
      spans[2 * k] = 0;
      spans[2 * k + 1] = json.length;
      k++;
    };

    if (!runs || !documentFindings) {
      // The findings before an edit are the very objects of the last analysis (the analyser reuses the paragraphs an
      // edit did not touch), at the same lines and characters as long as no line start before them moved: their
      // diagnostics are taken as they are, without placing them.
      const { findings } = analysis;
      const oldFindings = old?.analysis.findings ?? [];
      const safeBefore = old ? unchangedBefore(old.starts, walker.starts) : 0;
      while (k < count && k < oldFindings.length && findings[k] === oldFindings[k] && findings[k].end < safeBefore) reuse(k);
      j = k;
      while (k < count) add(findings[k], 0);
      previous = { analysis, diagnostics, bases, spans, starts: walker.starts };
      return previous;
    }

    // The paragraphs an edit did not touch keep their findings arrays, in the same order, at the head and the tail.
    const oldRuns = old?.runs ?? [];
    const matched: (PlacedRun | undefined)[] = new Array(runs.length);
    let head = 0;
    while (head < runs.length && head < oldRuns.length && runs[head].findings === oldRuns[head].findings) matched[head] = oldRuns[head++];
    for (let r = runs.length - 1, m = oldRuns.length - 1; r >= head && m >= head && runs[r].findings === oldRuns[m].findings; r--, m--) matched[r] = oldRuns[m];

    const placed: PlacedRun[] = [];
    let d = 0;
    runs.forEach((run, r) => {
      const { findings } = run;
      while (d < documentFindings.length && byFindingOrderAt(documentFindings[d], 0, findings[0], run.start) < 0) add(documentFindings[d++], 0);
      walker.place(run.start);
      const { line, character } = walker;
      const from = k;
      // A document rule's finding among the paragraph's own (zwnj-inconsistent marks words inside paragraphs) means
      // the block would not be the paragraph's alone: such a paragraph is placed finding by finding, every time.
      const interleaved = d < documentFindings.length && byFindingOrderAt(documentFindings[d], 0, findings[findings.length - 1], run.start) < 0;
      const same = matched[r];
      if (same && same.line === line && same.character === character && !interleaved) {
        for (let m = same.from; m < same.to; m++) reuse(m);
        j = Math.max(j, same.to);
      } else {
        for (const finding of findings) {
          while (d < documentFindings.length && byFindingOrderAt(documentFindings[d], 0, finding, run.start) < 0) add(documentFindings[d++], 0);
          add(finding, run.start);
        }
      }
      if (!interleaved) placed.push({ findings, line, character, from, to: k });
    });
    while (d < documentFindings.length) add(documentFindings[d++], 0);
    previous = { analysis, diagnostics, bases, spans, starts: walker.starts, runs: placed };
    return previous;
  };
}
