// The capability registry: every LSP capability is one module exporting a `Feature` (`registerX(server)`), and is
// switched on by one line here. A feature registers its handlers on `server.connection`, reads documents and their
// analyses through `server.documents` (`getAnalysis(uri)` gives findings and entities for the current version), wraps
// its request handlers in `documentRequest`/`guard` (lsp/guard.ts) so that nothing throws out of the server, and
// declares what it adds to the `initialize` result with `server.capabilities.declare({ hoverProvider: true })`
// (or a function of the client's capabilities). The list lives here rather than in server.ts because the same
// server also starts from the CLI (`dabir lsp --stdio`, through lsp/start.ts).

import type { Feature } from './context';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerFormatting } from './formatting';
import { registerSemanticTokens } from './semanticTokens';
import { registerSymbols } from './symbols';
import { registerHighlights } from './highlights';
import { registerReferences } from './references';
import { registerHover } from './hover';
import { registerCommands } from './commands';

export const FEATURES: readonly Feature[] = [
  registerDiagnostics,
  registerCodeActions,
  registerFormatting,
  registerSemanticTokens,
  registerSymbols,
  registerHighlights,
  registerReferences,
  registerHover,
  registerCommands,
];
