// Starts the language server on whatever transport the command line names: `--stdio` (VS Code's client, Neovim,
// Helix, Emacs, `dabir lsp --stdio`) or node IPC (`--node-ipc`, which `createConnection` reads from argv). On stdio
// the bytes pass through a framing check first (lsp/stdioFraming.ts), so that a client's malformed frame costs that
// message, not the session.

import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  type Connection,
  type InitializeResult,
  type MessageReader,
} from 'vscode-languageserver/node';
import { analyze } from '../analysis/analyze';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { installNodeDataLoader } from '../host/nodeData';
import { matcherData, nameTrie } from '../analysis/kb/store';
import { lexiconShape } from '../analysis/lexicon/mayBeKnown';
import { lexiconTable } from '../analysis/lexicon/table';
import { sharedTagger } from '../analysis/ner/tagger';
import { createCapabilityRegistry, type ClientInfo, type DabirServer } from './context';
import { createDocumentState } from './documentState';
import { FEATURES } from './features';
import { PiecewiseMessageWriter } from './preEncoded';
import { resyncingFrames } from './stdioFraming';
import { version } from '../../../package.json';

const WARM_UP_SENTENCE = 'وزیر خارجه فرانسه در پاریس گفت كشورش میخواهد همکاریهایش با آلمان را گسترشش دهد و اين مذاکرات را دنبال میکند.';

/**
 * Loads the compiled data (lexicon, model, knowledge base) and builds the indexes the rules build on first use,
 * after `initialize` has been answered, so that the editor is not kept waiting for data it may not need yet. Each
 * piece loads in its own turn of the event loop, so a request that arrives meanwhile (an open document, a hover)
 * is served between two pieces; whatever a request needs first it loads itself, on demand. The last step analyses
 * one sentence with a little of everything (names, missing ZWNJs, a misspelling, Arabic letters), which builds
 * whatever the named pieces did not; it is skipped when a document is open by then, since that document's own
 * analysis builds the same things and the sentence would only delay its diagnostics. `done` runs at the end, however
 * the warm-up ended.
 */
function warmUpInSlices(connection: Connection, documentIsOpen: () => boolean, done: () => void): void {
  const pieces: (() => unknown)[] = [
    lexiconTable,
    matcherData,
    nameTrie,
    sharedTagger,
    lexiconShape,
    () => documentIsOpen() || analyze(WARM_UP_SENTENCE),
  ];
  const next = () => {
    const piece = pieces.shift();
    if (!piece) return done();
    try {
      piece();
    } catch (error) {
      connection.console.error(`Dabir: loading the analysis data failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return done();
    }
    setImmediate(next);
  };
  setImmediate(next);
}

/**
 * On stdio, stdout carries the protocol: a stray console.log from anywhere would corrupt it. The library guards
 * this only when it opens stdin itself, so it is done here (warnings and errors already go to stderr).
 */
function keepStdoutForProtocol(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = log;
  console.debug = log;
}

/**
 * Each edit of a long document leaves a copy of its whole text behind (TextDocument joins the edit into a new flat
 * string: 2 MB for a 1 MB document) and the findings of the paragraphs after the edit, moved to their new
 * offsets. They live until the next edit, so they die old, and only a full collection frees them; V8 by default
 * lets the heap grow to two to four times what survived the last one before collecting again, which after twenty
 * edits of a 1 MB document put the server at ~250 MB. Growing by a quarter at most keeps it under 200 MB; the
 * extra full collections of a heap of a few tens of MB cost little next to an edit. The limit is set once the
 * data is loaded: while the heap grows from nothing to its ~30 MB of tables, a quarter at a time would mean a full
 * collection every few megabytes (~90 ms more CPU before the first diagnostics, measured in-process).
 */
const HEAP_GROWING_PERCENT = 25;

/**
 * Memory is dear here: the first touch of a page costs the process ~18 µs (4–5 ms of CPU per MB, measured on this
 * machine with a fresh buffer's fill), so megabytes touched are milliseconds of cold start. While the data loads,
 * every surviving object is a table that lives for good, so the young generation gains nothing by growing from its
 * first megabyte to its 16 MB (V8 doubles it when much survives): held at its first size, its scavenges are small and
 * frequent and the server touches ~12 MB less before its first diagnostics. Once loaded, it grows again as V8 likes
 * (edits of a long document allocate much that dies young).
 */
const LOADING_SEMI_SPACE_GROWTH = 1;
const SEMI_SPACE_GROWTH = 2; // V8's default

/**
 * While the server loads and analyses its first short document, most functions run once or on a few kilobytes, and
 * the optimising compiler's work on the ones that get warm (~100 ms of CPU on its background threads, measured
 * in-process on the sample) is not paid back before the first diagnostics. So it is off until then, and back on for
 * what follows. A first document longer than this is analysed with it, since its analysis is long enough to profit.
 */
const UNOPTIMISED_FIRST_ANALYSIS_MAX_LENGTH = 64 * 1024;

function tuneV8ForLoading(): void {
  setFlagsFromString(`--semi-space-growth-factor=${LOADING_SEMI_SPACE_GROWTH}`);
  setFlagsFromString('--no-turbofan');
}

function tuneV8ForEdits(): void {
  setFlagsFromString('--turbofan');
  setFlagsFromString(`--semi-space-growth-factor=${SEMI_SPACE_GROWTH}`);
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** However the first analysis ends (a document closed before it, a failure), the server is tuned for edits by then. */
const LOADED_AT_LATEST_MS = 3000;

/**
 * Runs `then` once the warm-up has ended and, if a short document was open by then, its first analysis has been
 * delivered (or LOADED_AT_LATEST_MS later): the point from which the heap holds its working set.
 */
function whenLoaded(server: DabirServer, then: () => void): () => void {
  let warmedUp = false;
  let analysed = false;
  let ran = false;
  const openLength = () => server.documents.all().reduce((sum, document) => sum + document.getText().length, 0);
  const maybe = (force = false) => {
    if (ran || !warmedUp) return;
    const length = analysed || force ? 0 : openLength();
    if (length > 0 && length <= UNOPTIMISED_FIRST_ANALYSIS_MAX_LENGTH) return;
    ran = true;
    listening.dispose();
    then();
  };
  const listening = server.documents.onAnalysis(() => {
    listening.dispose();
    analysed = true;
    maybe();
  });
  return () => {
    warmedUp = true;
    maybe();
    if (!ran) setTimeout(() => maybe(true), LOADED_AT_LATEST_MS).unref();
  };
}

export function startServer(): void {
  tuneV8ForLoading();
  // Idempotent; done here too so that every entry (server bundle, CLI) can read compiled data.
  installNodeDataLoader();
  const stdio = process.argv.includes('--stdio');
  const connection = stdio
    ? createConnection(
        ProposedFeatures.all,
        // A stream in, a writer out: the library tells each apart at run time (and ends the process when the
        // stream ends), but its overloads only type two streams or two reader/writers.
        process.stdin.pipe(resyncingFrames()) as unknown as MessageReader,
        // The diagnostics a document already had go out as the JSON encoded when they were new (lsp/preEncoded.ts).
        new PiecewiseMessageWriter(process.stdout),
      )
    : createConnection(ProposedFeatures.all);
  if (stdio) keepStdoutForProtocol(connection);

  // Node would end the process on an unhandled rejection; a language server must keep serving the editor instead.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`Dabir: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
  });

  const client: ClientInfo = { capabilities: {}, locale: undefined };
  const capabilities = createCapabilityRegistry();
  const initializedListeners: (() => void)[] = [];
  const server: DabirServer = {
    connection,
    client,
    capabilities,
    documents: createDocumentState(connection, client, capabilities),
    onInitialized: (listener) => initializedListeners.push(listener),
  };
  for (const register of FEATURES) register(server);

  connection.onInitialize((params): InitializeResult => {
    client.capabilities = params.capabilities ?? {};
    client.locale = typeof params.locale === 'string' ? params.locale : undefined;
    return { capabilities: capabilities.build(client.capabilities), serverInfo: { name: 'dabir', version } };
  });

  connection.onInitialized(() => {
    for (const listener of initializedListeners) listener();
    warmUpInSlices(connection, () => server.documents.all().length > 0, whenLoaded(server, tuneV8ForEdits));
    // Without this registration VS Code-like clients never send didChangeConfiguration to a pull-model server.
    if (client.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dabir' }).catch((error: unknown) => {
        connection.console.warn(`Dabir: could not register for configuration changes: ${String(error)}`);
      });
    }
  });

  connection.listen();
}
