// The language server's entry, bundled to dist/server.js. VS Code's client starts it over node IPC; other editors
// start `node dist/server.js --stdio` (or `dabir lsp --stdio`). Capabilities are switched on in lsp/features.ts,
// one line each, so that this entry and the CLI's `lsp` command serve the same server.

import { installNodeDataLoader } from './host/nodeData';
import { startServer } from './lsp/start';

installNodeDataLoader();
startServer();
