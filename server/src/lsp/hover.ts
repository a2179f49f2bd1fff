// Hover: on a country, nationality, capital, region or treaty that the knowledge base linked, the card of what it
// names (analysis/kb/cards.ts), in the writer's language. `dabir.hover.enabled: false` turns cards off; it is read
// from the client when the hover is asked for (a hover is rare enough for one round trip), so it needs nothing
// from the shared settings module.

import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { entityCard } from '../analysis/kb/cards';
import type { DabirServer } from './context';
import { entityAt, entityRange } from './entityGroups';
import { documentRequest } from './guard';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `dabir.hover.enabled`, nested (VS Code) or flat (what some editors' users type); on unless it is `false`. */
export function hoverEnabledIn(raw: unknown): boolean {
  if (!isRecord(raw)) return true;
  if (raw['hover.enabled'] === false) return false;
  const hover = raw.hover;
  return !(isRecord(hover) && hover.enabled === false);
}

async function hoverEnabled(server: DabirServer, uri: string): Promise<boolean> {
  if (!server.client.capabilities.workspace?.configuration) return true;
  try {
    return hoverEnabledIn(await server.connection.workspace.getConfiguration({ scopeUri: uri, section: 'dabir' }));
  } catch {
    return true;
  }
}

export function registerHover(server: DabirServer): void {
  server.capabilities.declare({ hoverProvider: true });
  server.connection.onHover(
    documentRequest(server, 'textDocument/hover', async (document, params: HoverParams): Promise<Hover | null> => {
      if (!(await hoverEnabled(server, document.uri))) return null;
      const analysis = await server.documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return null;
      const entity = entityAt(document, analysis.entities, params.position);
      if (!entity) return null;
      const card = entityCard(entity, { locale: analysis.options.locale });
      if (!card) return null;
      const markdown = server.client.capabilities.textDocument?.hover?.contentFormat?.[0] !== MarkupKind.PlainText;
      return {
        contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown ? card : plainText(card) },
        range: entityRange(document, entity),
      };
    }),
  );
}

/** For a client that asked for plain text: the card without Markdown's marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^### /gm, '')
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/ {2}\n/g, '\n');
}
