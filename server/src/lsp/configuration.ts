// Where a document's settings come from. Clients that support `workspace/configuration` are asked per document
// (section `dabir`, scoped to the document's URI, so folder settings apply); clients that do not get what they
// last pushed with `workspace/didChangeConfiguration`, or the defaults when they never sent anything.

import type { Connection } from 'vscode-languageserver/node';
import type { ClientInfo } from './context';
import { DEFAULT_SETTINGS, readSettings, type DabirSettings } from './settings';

export interface SettingsSource {
  forDocument(uri: string): Promise<DabirSettings>;
  /** Settings the client pushed (`didChangeConfiguration` with a `dabir` section), used when it cannot be asked. */
  setPushed(raw: unknown): void;
}

export function createSettingsSource(connection: Connection, client: ClientInfo): SettingsSource {
  let pushed: DabirSettings = DEFAULT_SETTINGS;
  return {
    async forDocument(uri) {
      if (!client.capabilities.workspace?.configuration) return pushed;
      try {
        const raw: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'dabir' });
        // A client that answers null for an unknown section is a client with no Dabir settings: the pushed ones apply.
        return raw === null || raw === undefined ? pushed : readSettings(raw);
      } catch (error) {
        connection.console.warn(`Dabir: could not read settings for ${uri}, using defaults: ${String(error)}`);
        return pushed;
      }
    },
    setPushed(raw) {
      pushed = readSettings(raw);
    },
  };
}
