// What every capability module receives: the connection, the shared document state, what the client said about
// itself at `initialize`, and a place to declare server capabilities. Capabilities are assembled from what each
// module declares, so adding one (hover, semantic tokens…) touches its own file and one line in lsp/features.ts.

import type { ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { DocumentState } from './documentState';

/** A fragment of ServerCapabilities, or a function of the client's capabilities when it depends on them. */
export type CapabilityFragment = ServerCapabilities | ((client: ClientCapabilities) => ServerCapabilities);

export interface ClientInfo {
  /** Empty until `initialize` arrives; handlers only run after it. */
  capabilities: ClientCapabilities;
  /** The editor's display language (`initialize` `locale`), e.g. `fa` or `en-US`. */
  locale: string | undefined;
}

export interface CapabilityRegistry {
  declare(fragment: CapabilityFragment): void;
  /** Merges every declared fragment for this client; called once, at `initialize`. */
  build(client: ClientCapabilities): ServerCapabilities;
}

export interface DabirServer {
  connection: Connection;
  documents: DocumentState;
  client: ClientInfo;
  capabilities: CapabilityRegistry;
  /** Runs a listener once the client has said `initialized` (when it accepts requests such as dynamic registration). */
  onInitialized(listener: () => void): void;
}

/** A capability module: registers its handlers and declares its capabilities. */
export type Feature = (server: DabirServer) => void;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = isPlainObject(existing) && isPlainObject(value) ? deepMerge({ ...existing }, value) : value;
  }
  return target;
}

export function createCapabilityRegistry(): CapabilityRegistry {
  const fragments: CapabilityFragment[] = [];
  return {
    declare(fragment) {
      fragments.push(fragment);
    },
    build(client) {
      const merged: Record<string, unknown> = {};
      for (const fragment of fragments) {
        deepMerge(merged, (typeof fragment === 'function' ? fragment(client) : fragment) as Record<string, unknown>);
      }
      return merged as ServerCapabilities;
    },
  };
}
