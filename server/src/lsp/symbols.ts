// The outline: the article's entities grouped by type (کشورها، اشخاص، پیمان‌ها …, named in the writer's
// language), each entity once with its mentions as children, so that the outline reads as an index of who and
// what the article names. Clients without hierarchical symbols get a flat list with the group as container.

import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity, EntityType, Locale } from '../analysis/types';
import type { DabirServer } from './context';
import { entityRange, GROUP_ORDER, groupMentions, groupName } from './entityGroups';
import { documentRequest } from './guard';

const KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  location: SymbolKind.Module,
  country: SymbolKind.Module,
  city: SymbolKind.Module,
  region: SymbolKind.Module,
  nationality: SymbolKind.Property,
  treaty: SymbolKind.Interface,
  facility: SymbolKind.Struct,
  event: SymbolKind.Event,
  product: SymbolKind.Package,
  date: SymbolKind.Constant,
  time: SymbolKind.Constant,
  money: SymbolKind.Number,
  percent: SymbolKind.Number,
};

/**
 * The count shown after an entity's name, in a first-strong isolate (U+2068 … U+2069): VS Code sets name and detail
 * side by side in a left-to-right row, and without the isolate the bidi algorithm runs a Persian name and the
 * count's digits together («قزاقستان12 mentions»).
 */
function mentionCount(count: number, locale: Locale): string {
  const text = locale === 'en' ? (count === 1 ? '1 mention' : `${count} mentions`) : `${String(count).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)])} بار`;
  return `\u2068${text}\u2069`;
}

export function entitySymbols(document: TextDocument, entities: readonly Entity[], locale: Locale): DocumentSymbol[] {
  const groups = groupMentions(entities);
  const symbols: DocumentSymbol[] = [];
  for (const type of GROUP_ORDER) {
    const ofType = groups.filter((g) => g.type === type);
    if (ofType.length === 0) continue;
    const children = ofType.map((group): DocumentSymbol => {
      const mentions = group.mentions.map((entity): DocumentSymbol => {
        const range = entityRange(document, entity);
        return { name: entity.text, kind: KIND[type], range, selectionRange: range };
      });
      return {
        name: group.name,
        detail: mentionCount(group.mentions.length, locale),
        kind: KIND[type],
        range: { start: mentions[0].range.start, end: mentions[mentions.length - 1].range.end },
        selectionRange: mentions[0].range,
        children: mentions,
      };
    });
    symbols.push({
      name: groupName(type, locale),
      kind: SymbolKind.Namespace,
      range: { start: children[0].range.start, end: children.reduce((end, c) => (document.offsetAt(c.range.end) > document.offsetAt(end) ? c.range.end : end), children[0].range.end) },
      selectionRange: children[0].selectionRange,
      children,
    });
  }
  return symbols;
}

/** The flat form for clients that cannot nest: one entry per entity (its first mention), its group as container. */
export function flatEntitySymbols(document: TextDocument, entities: readonly Entity[], locale: Locale): SymbolInformation[] {
  return entitySymbols(document, entities, locale).flatMap((group) =>
    (group.children ?? []).map((entity) => ({
      name: entity.name,
      kind: entity.kind,
      containerName: group.name,
      location: { uri: document.uri, range: entity.selectionRange },
    })),
  );
}

export function registerSymbols(server: DabirServer): void {
  server.capabilities.declare({ documentSymbolProvider: { label: 'Dabir' } });
  server.connection.onDocumentSymbol(
    documentRequest(server, 'textDocument/documentSymbol', async (document, _params: DocumentSymbolParams) => {
      const analysis = await server.documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      const hierarchical = server.client.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
      return hierarchical
        ? entitySymbols(document, analysis.entities, analysis.options.locale)
        : flatEntitySymbols(document, analysis.entities, analysis.options.locale);
    }),
  );
}
