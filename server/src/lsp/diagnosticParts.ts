// Pulled diagnostics in parts. A pull (LSP 3.17 `textDocument/diagnostic`) answers either the full list or
// `unchanged` for the result id the client already has. VS Code's client pulls after every change it sends, so on a
// 1 MB document (9 000 diagnostics, 2.6 MB of JSON) one list for the whole document meant 2.6 MB after every
// keystroke for the client to decode, parse and convert: a one-letter edit changes the diagnostics of one line,
// but the list as a whole has changed. Registered as PART_COUNT providers, each with its own identifier (which the
// client keeps as its own diagnostic collection and names in each pull), each part covers a band of lines and is
// answered `unchanged` when its diagnostics are the very objects of the last answer (lsp/publication.ts reuses
// every diagnostic that shows the same thing). An edit inside a line then sends that line's band again and nothing
// else; an edit that adds or removes lines still sends every band after it, whose positions all moved.
//
// A client that pulls without dynamic registration gets one provider for the whole document (identifier `dabir`),
// with the same `unchanged` answers when nothing in the document's diagnostics changed.

import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { withPreEncodedJson } from './preEncoded';
import { jsonOf, type Publication } from './publication';

/** How many providers a client with dynamic registration gets; a few tens of small requests per change cost little. */
export const PART_COUNT = 32;
/** No band is narrower than this, so that a short document is one or two parts. */
const MIN_PART_LINES = 32;

export const partIdentifier = (source: string, part: number) => `${source}:${part}`;

/** The part an identifier names, or undefined for the whole document (`dabir`, or an identifier that is not a part's). */
export function partOfIdentifier(source: string, identifier: string | undefined): number | undefined {
  const match = identifier === undefined ? null : /^(.*):(\d+)$/.exec(identifier);
  if (!match || match[1] !== source) return undefined;
  const part = Number(match[2]);
  return part < PART_COUNT ? part : undefined;
}

/**
 * Lines per band: a power of two, so the bands stay put while the document grows or shrinks by a few lines (and
 * only move, sending everything once, when its length crosses a power of two).
 */
export function linesPerPart(lineCount: number): number {
  let lines = MIN_PART_LINES;
  while (lines * PART_COUNT < lineCount) lines *= 2;
  return lines;
}

/** Where each part's diagnostics start in the publication (sorted by start): PART_COUNT + 1 indexes. */
function partBounds(diagnostics: readonly Diagnostic[], lineCount: number): Int32Array {
  const lines = linesPerPart(lineCount);
  const bounds = new Int32Array(PART_COUNT + 1);
  let k = 0;
  for (let part = 0; part < PART_COUNT; part++) {
    bounds[part] = k;
    if (part === PART_COUNT - 1) k = diagnostics.length;
    else while (k < diagnostics.length && diagnostics[k].range.start.line < (part + 1) * lines) k++;
  }
  bounds[PART_COUNT] = diagnostics.length;
  return bounds;
}

let lastResultId = 0;

/**
 * One document's pulled reports: for a publication and a part (undefined: the whole document), `unchanged` when the
 * client's result id is that of the same diagnostics, else the full list of the part with a new result id.
 */
export function createPartReports() {
  /** What each part (or `all`) last answered, to tell whether its diagnostics changed. */
  const answered = new Map<number | 'all', { items: readonly Diagnostic[]; resultId: string }>();
  let bounds: { publication: Publication; lineCount: number; at: Int32Array } | undefined;

  return function reportOf(publication: Publication, lineCount: number, part: number | undefined, previousResultId: string | undefined): DocumentDiagnosticReport {
    let from = 0;
    let to = publication.diagnostics.length;
    if (part !== undefined) {
      if (bounds?.publication !== publication || bounds.lineCount !== lineCount) {
        bounds = { publication, lineCount, at: partBounds(publication.diagnostics, lineCount) };
      }
      from = bounds.at[part];
      to = bounds.at[part + 1];
    }
    const key = part ?? 'all';
    let last = answered.get(key);
    const same = last !== undefined && last.items.length === to - from && last.items.every((d, k) => d === publication.diagnostics[from + k]);
    if (!last || !same) {
      last = { items: publication.diagnostics.slice(from, to), resultId: String(++lastResultId) };
      answered.set(key, last);
    }
    if (previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: withPreEncodedJson([...last.items], jsonOf(publication, from, to)) };
  };
}
