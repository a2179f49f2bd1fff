// The requests behind the editor's Dabir commands, beyond standard LSP. They are plain JSON-RPC requests, so any
// client can send them (Neovim: `vim.lsp.buf_request(0, 'dabir/entities', …)`):
//  - `dabir/entities` {textDocument, ranges?} → the document's entities with their LSP ranges (List Entities), only
//    those within `ranges` when given (the editor's highlights ask for the lines on screen: a 1 MB article has ~10 000
//    entities, 1.7 MB of JSON), and how many there are in all (`ranges: []` asks for the count alone: status bar);
//  - `dabir/selectionFixes` {textDocument, ranges} → the safe fixes lying wholly inside the ranges (Normalise Selection);
//  - `dabir/lookup` {query, locale?} → the knowledge-base card of a country or treaty, or the nearest names.
// Everything is derived from the same findings, entities and cards as diagnostics and hover: no second implementation.

import { ErrorCodes, ResponseError, type Range, type TextEdit } from 'vscode-languageserver/node';
import { countryCard, treatyCard } from '../analysis/kb/cards';
import { lookup, suggestions } from '../analysis/kb/lookup';
import type { Entity, EntityType, Locale } from '../analysis/types';
import type { DabirServer } from './context';
import { nonOverlapping, rangeFixEdits } from './edits';
import { documentRequest, guard, isRange } from './guard';
import { resolveLocale } from './settings';

export const ENTITIES_REQUEST = 'dabir/entities';
export const SELECTION_FIXES_REQUEST = 'dabir/selectionFixes';
export const LOOKUP_REQUEST = 'dabir/lookup';

export interface EntityItem {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  id?: string;
  range: Range;
}

export interface EntitiesResult {
  /** Empty when the document was not analysed (turned off, ignored, too large); `skipped` says why. */
  entities: EntityItem[];
  /** The document's entities in all, whatever `ranges` chose. */
  total: number;
  skipped?: string;
}

interface EntitiesParams {
  textDocument: { uri: string };
  /** Only the entities overlapping these ranges (an empty range: the entities touching its position). */
  ranges?: Range[];
}

export type LookupResult =
  | { found: true; kind: 'country' | 'treaty'; id: string; name: string; markdown: string; locale: Locale }
  | { found: false; suggestions: string[]; locale: Locale };

interface SelectionFixesParams {
  textDocument: { uri: string };
  ranges: Range[];
}

/** An analysis's entities in document order, sorted once however often the editor asks. */
const sortedEntities = new WeakMap<readonly Entity[], readonly Entity[]>();

function inDocumentOrder(entities: readonly Entity[]): readonly Entity[] {
  let sorted = sortedEntities.get(entities);
  if (!sorted) sortedEntities.set(entities, (sorted = [...entities].sort((a, b) => a.start - b.start || a.end - b.end)));
  return sorted;
}

/** Overlaps the span, or (an empty span, a cursor) holds its position. */
function touches(entity: Entity, { from, to }: { from: number; to: number }): boolean {
  return from === to ? entity.start <= from && from <= entity.end : entity.start < to && from < entity.end;
}

function isLocale(value: unknown): value is Locale {
  return value === 'fa' || value === 'en';
}

export function registerCommands(server: DabirServer): void {
  const { connection, documents } = server;

  connection.onRequest(
    ENTITIES_REQUEST,
    documentRequest(server, ENTITIES_REQUEST, async (document, params: EntitiesParams): Promise<EntitiesResult | ResponseError> => {
      const ranges = params.ranges;
      if (ranges !== undefined && !(Array.isArray(ranges) && ranges.every(isRange))) {
        return new ResponseError(ErrorCodes.InvalidParams, `Dabir: ${ENTITIES_REQUEST} takes params.ranges as a list of ranges, or no ranges`);
      }
      const analysis = await documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return { entities: [], total: 0, ...(analysis?.skipped ? { skipped: analysis.skipped } : {}) };
      const all = inDocumentOrder(analysis.entities);
      const spans = ranges?.map((range) => ({ from: document.offsetAt(range.start), to: document.offsetAt(range.end) }));
      const wanted = spans ? all.filter((entity) => spans.some((span) => touches(entity, span))) : all;
      const entities = wanted.map((entity) => ({
        start: entity.start,
        end: entity.end,
        text: entity.text,
        type: entity.type,
        ...(entity.id ? { id: entity.id } : {}),
        range: { start: document.positionAt(entity.start), end: document.positionAt(entity.end) },
      }));
      return { entities, total: all.length };
    }),
  );

  connection.onRequest(
    SELECTION_FIXES_REQUEST,
    documentRequest(server, SELECTION_FIXES_REQUEST, async (document, params: SelectionFixesParams): Promise<TextEdit[] | ResponseError> => {
      const ranges = Array.isArray(params.ranges) ? params.ranges : [];
      if (ranges.length === 0 || !ranges.every(isRange)) {
        return new ResponseError(ErrorCodes.InvalidParams, `Dabir: ${SELECTION_FIXES_REQUEST} needs params.ranges, a list of ranges`);
      }
      const analysis = await documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      // Several selections may overlap: their edits are merged as one non-overlapping set, in document order.
      const edits = ranges.flatMap((range) => rangeFixEdits(document, analysis, range));
      const asOffsets = edits.map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }));
      const unique = asOffsets.filter((edit, index) => asOffsets.findIndex((e) => e.start === edit.start && e.end === edit.end && e.newText === edit.newText) === index);
      return nonOverlapping(unique).map((edit) => ({
        range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
        newText: edit.newText,
      }));
    }),
  );

  connection.onRequest(
    LOOKUP_REQUEST,
    guard(connection, LOOKUP_REQUEST, (params: { query?: unknown; locale?: unknown } | null): LookupResult | ResponseError => {
      const query = typeof params?.query === 'string' ? params.query.trim() : '';
      if (!query) return new ResponseError(ErrorCodes.InvalidParams, `Dabir: ${LOOKUP_REQUEST} needs params.query, a non-empty string`);
      const locale = isLocale(params?.locale) ? params.locale : resolveLocale('auto', server.client.locale);
      const hit = lookup(query);
      if (!hit) return { found: false, suggestions: suggestions(query), locale };
      if (hit.kind === 'country') {
        const { country } = hit;
        return { found: true, kind: 'country', id: country.iso2, name: country.name[locale], markdown: countryCard(country, { locale }), locale };
      }
      const { treaty } = hit;
      return { found: true, kind: 'treaty', id: treaty.id, name: treaty.name[locale], markdown: treatyCard(treaty, { locale }), locale };
    }),
  );
}
