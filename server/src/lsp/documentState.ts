// The open documents and what Dabir knows about each: its text (incremental sync), its settings (asked of the
// client per document), and its analysis, computed lazily and kept for the document's current version. Every
// capability reads analyses from here (`getAnalysis`), so a document is analysed once per version however many
// features ask: diagnostics, code actions, formatting, hover, semantic tokens, symbols, highlights.
//
// A change after a quiet spell is analysed at once (on the next turn of the event loop, so that the changes of one
// burst of messages go together): a writer who fixes one word sees the result without waiting. A change that
// follows another within DEBOUNCE_MS is typing, and waits until the typing pauses for DEBOUNCE_MS, so the work
// for versions nobody will see is never done; a run that the next change overtakes stops between slices. The analyser keeps a per-paragraph cache, so the work that is
// done is proportional to the paragraphs an edit touched. Analysers are shared by documents with equal options.

import { TextDocuments, TextDocumentSyncKind, type Connection, type Disposable } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Analyzer, type DocumentOptions } from '../analysis/analyze';
import type { AnalysisResult, Entity, Finding, FindingRun } from '../analysis/types';
import type { CapabilityRegistry, ClientInfo } from './context';
import { createSettingsSource } from './configuration';
import { isIgnoredPath } from './ignorePaths';
import { DEFAULT_SETTINGS, documentOptions, optionsKey, type DabirSettings } from './settings';

export const DEBOUNCE_MS = 150;
/** How long one slice of analysis may hold the event loop before requests get their turn. */
const SLICE_MS = 15;
const MAX_ANALYZERS = 8;

export interface DocumentAnalysis {
  uri: string;
  /** The document version the findings and entities belong to. */
  version: number;
  findings: readonly Finding[];
  entities: readonly Entity[];
  /** The findings as the analyser's cache holds them (AnalysisResult.runs), when it gives them. */
  runs?: readonly FindingRun[];
  documentFindings?: readonly Finding[];
  options: DocumentOptions;
  settings: DabirSettings;
  /** Set when the document was not analysed: turned off by `dabir.enable`, matched by `dabir.ignorePaths`, or longer than `dabir.maxDocumentSize`. */
  skipped?: 'disabled' | 'ignored' | 'too-large';
}

export interface DocumentState {
  /** The open document, or undefined for a URI the client never opened (or closed). */
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /**
   * The analysis of the document's current version, computed on first request and memoised until the text or the
   * settings change. Undefined for a document that is not open. Uses the last settings known when the document's
   * own have not arrived yet; `analysisWhenReady` waits for them.
   */
  getAnalysis(uri: string): DocumentAnalysis | undefined;
  /** Like getAnalysis, after the document's settings have been read from the client. */
  analysisWhenReady(uri: string): Promise<DocumentAnalysis | undefined>;
  /** Fires after opening, after the debounce following a change, and after a settings change: push diagnostics here. */
  onAnalysis(listener: (document: TextDocument, analysis: DocumentAnalysis) => void): Disposable;
  onClose(listener: (uri: string) => void): Disposable;
  /** Fires once all open documents have their new settings (e.g. to ask a pulling client to refresh). */
  onSettingsChanged(listener: () => void): Disposable;
  /** The shared analyser for these options: its paragraph cache makes analysing an edited copy of a document cheap. */
  analyzerFor(options: DocumentOptions): Analyzer;
}

interface Entry {
  settings?: DabirSettings;
  ready: Promise<void>;
  /** Which settings request may still write `settings` (a later request wins over an earlier one). */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** When the last change arrived (performance.now()), to tell typing from a single edit. */
  lastChange: number;
  memo?: { key: string; analysis: DocumentAnalysis };
  /** Counts text changes: a client may repeat or go back to a version number, so the version alone is no memo key. */
  edits: number;
  lastEmitted?: DocumentAnalysis;
  /** The analysis under way in slices, for the memo key it will answer. */
  running?: { key: string; result: Promise<DocumentAnalysis | undefined> };
}

/** An analysis with the result's lists read when first asked for (the analyser makes them lazily). */
export function withResult(base: Omit<DocumentAnalysis, 'findings' | 'entities'>, result: AnalysisResult): DocumentAnalysis {
  return {
    ...base,
    get findings() {
      return result.findings;
    },
    get entities() {
      return result.entities;
    },
    runs: result.runs,
    documentFindings: result.documentFindings,
  };
}

function listeners<T extends unknown[]>() {
  const set = new Set<(...args: T) => void>();
  return {
    add(listener: (...args: T) => void): Disposable {
      set.add(listener);
      return { dispose: () => set.delete(listener) };
    },
    fire(onError: (error: unknown) => void, ...args: T) {
      for (const listener of set) {
        try {
          listener(...args);
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}

export function createDocumentState(connection: Connection, client: ClientInfo, capabilities: CapabilityRegistry): DocumentState {
  const documents = new TextDocuments(TextDocument);
  const settingsSource = createSettingsSource(connection, client);
  const entries = new Map<string, Entry>();
  const analyzers = new Map<string, Analyzer>();
  const analysisListeners = listeners<[TextDocument, DocumentAnalysis]>();
  const closeListeners = listeners<[string]>();
  const settingsListeners = listeners<[]>();
  let lastKnownSettings: DabirSettings = DEFAULT_SETTINGS;

  capabilities.declare({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } });

  const logError = (what: string) => (error: unknown) =>
    connection.console.error(`Dabir: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  function analyzerFor(options: DocumentOptions): Analyzer {
    const key = optionsKey(options);
    let analyzer = analyzers.get(key);
    if (analyzer) {
      analyzers.delete(key);
    } else {
      analyzer = createAnalyzer(options);
      if (analyzers.size >= MAX_ANALYZERS) analyzers.delete(analyzers.keys().next().value as string);
    }
    analyzers.set(key, analyzer);
    return analyzer;
  }

  function compute(document: TextDocument, settings: DabirSettings): DocumentAnalysis {
    const options = documentOptions(settings, document.languageId, client.locale);
    const base = { uri: document.uri, version: document.version, findings: [], entities: [], options, settings };
    if (!settings.enable) return { ...base, skipped: 'disabled' };
    if (isIgnoredPath(document.uri, settings.ignorePaths)) return { ...base, skipped: 'ignored' };
    const text = document.getText();
    if (text.length > settings.maxDocumentSize) return { ...base, skipped: 'too-large' };
    try {
      return withResult(base, analyzerFor(options).analyze(text));
    } catch (error) {
      // A bug in one rule must not take the editor's whole session down: report it and show no findings.
      logError(`analysing ${document.uri} failed`)(error);
      return base;
    }
  }

  function memoKey(document: TextDocument, entry: Entry, settings: DabirSettings): string {
    return `${entry.edits}\u0000${document.version}\u0000${document.languageId}\u0000${JSON.stringify(settings)}`;
  }

  function getAnalysis(uri: string): DocumentAnalysis | undefined {
    const document = documents.get(uri);
    const entry = entries.get(uri);
    if (!document || !entry) return undefined;
    const settings = entry.settings ?? lastKnownSettings;
    const key = memoKey(document, entry, settings);
    if (entry.memo?.key === key) return entry.memo.analysis;
    const analysis = compute(document, settings);
    entry.memo = { key, analysis };
    return analysis;
  }

  /**
   * The same analysis as getAnalysis, computed a few paragraphs at a time (SLICE_MS each) with the event loop free
   * in between, so that hover, code actions and the other documents' requests are answered while a long document
   * is analysed. When the text changes meanwhile, the stale run stops and the current version is analysed
   * instead; the paragraphs already done stay in the analyser's cache. Callers asking for the same version share
   * one run.
   */
  function analysisInSlices(uri: string): Promise<DocumentAnalysis | undefined> {
    const document = documents.get(uri);
    const entry = entries.get(uri);
    if (!document || !entry) return Promise.resolve(undefined);
    const settings = entry.settings ?? lastKnownSettings;
    const key = memoKey(document, entry, settings);
    if (entry.memo?.key === key) return Promise.resolve(entry.memo.analysis);
    if (entry.running?.key === key) return entry.running.result;
    const options = documentOptions(settings, document.languageId, client.locale);
    const text = document.getText();
    // Skipped documents cost nothing to "analyse": the one-step path decides them.
    if (!settings.enable || isIgnoredPath(uri, settings.ignorePaths) || text.length > settings.maxDocumentSize) return Promise.resolve(getAnalysis(uri));
    const steps = analyzerFor(options).analyzeInSteps(text);
    const isCurrent = () => {
      const now = documents.get(uri);
      return now !== undefined && entries.get(uri) === entry && memoKey(now, entry, entry.settings ?? lastKnownSettings) === key;
    };
    const result = new Promise<DocumentAnalysis | undefined>((resolve) => {
      const slice = () => {
        if (!isCurrent()) return resolve(entries.get(uri) === entry ? analysisInSlices(uri) : undefined);
        if (entry.memo?.key === key) return resolve(entry.memo.analysis);
        const started = performance.now();
        try {
          for (;;) {
            const step = steps.next();
            if (step.done) {
              const analysis = withResult({ uri, version: document.version, options, settings }, step.value);
              entry.memo = { key, analysis };
              return resolve(analysis);
            }
            if (performance.now() - started > SLICE_MS) break;
          }
        } catch (error) {
          logError(`analysing ${uri} failed`)(error);
          const analysis: DocumentAnalysis = { uri, version: document.version, options, settings, findings: [], entities: [] };
          entry.memo = { key, analysis };
          return resolve(analysis);
        }
        setImmediate(slice);
      };
      setImmediate(slice);
    }).finally(() => {
      if (entry.running?.key === key) entry.running = undefined;
    });
    entry.running = { key, result };
    return result;
  }

  function readSettingsFor(uri: string, entry: Entry): Promise<void> {
    const generation = ++entry.generation;
    return settingsSource.forDocument(uri).then((settings) => {
      if (entry.generation !== generation) return;
      entry.settings = settings;
      lastKnownSettings = settings;
    });
  }

  async function emit(uri: string): Promise<void> {
    const entry = entries.get(uri);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    await entry.ready;
    const document = documents.get(uri);
    if (!document || entries.get(uri) !== entry) return;
    const analysis = await analysisInSlices(uri);
    // The document may have changed or closed during the slices; what is emitted is the analysis of its current text.
    const current = documents.get(uri);
    if (!current || !analysis || analysis === entry.lastEmitted || entries.get(uri) !== entry) return;
    entry.lastEmitted = analysis;
    analysisListeners.fire(logError('an analysis listener failed'), current, analysis);
  }

  documents.onDidChangeContent(({ document }) => {
    const entry = entries.get(document.uri);
    if (!entry) {
      // Just opened: read its settings and analyse at once, without the typing pause.
      const created: Entry = { ready: Promise.resolve(), generation: 0, edits: 0, lastChange: performance.now() };
      created.ready = readSettingsFor(document.uri, created).catch(logError('reading settings failed'));
      entries.set(document.uri, created);
      void emit(document.uri).catch(logError('analysing an opened document failed'));
      return;
    }
    entry.edits++;
    const now = performance.now();
    const typing = entry.timer !== undefined || now - entry.lastChange < DEBOUNCE_MS;
    entry.lastChange = now;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void emit(document.uri).catch(logError('analysing a changed document failed')), typing ? DEBOUNCE_MS : 0);
  });

  documents.onDidClose(({ document }) => {
    const entry = entries.get(document.uri);
    if (entry) clearTimeout(entry.timer);
    entries.delete(document.uri);
    closeListeners.fire(logError('a close listener failed'), document.uri);
  });

  async function refreshAllSettings(): Promise<void> {
    const uris = [...entries.keys()];
    await Promise.all(
      uris.map((uri) => {
        const entry = entries.get(uri)!;
        entry.ready = readSettingsFor(uri, entry).catch(logError('reading settings failed'));
        return entry.ready;
      }),
    );
    await Promise.all(uris.map((uri) => emit(uri)));
    settingsListeners.fire(logError('a settings listener failed'));
  }

  connection.onDidChangeConfiguration((params) => {
    const raw: unknown = params?.settings;
    // Clients without `workspace/configuration` push the settings themselves; the others send a bare nudge.
    if (raw && typeof raw === 'object' && 'dabir' in raw) settingsSource.setPushed((raw as { dabir: unknown }).dabir);
    void refreshAllSettings().catch(logError('applying new settings failed'));
  });

  documents.listen(connection);

  return {
    get: (uri) => documents.get(uri),
    all: () => documents.all(),
    getAnalysis,
    async analysisWhenReady(uri) {
      const entry = entries.get(uri);
      if (!entry) return undefined;
      await entry.ready;
      return analysisInSlices(uri);
    },
    onAnalysis: analysisListeners.add,
    onClose: closeListeners.add,
    onSettingsChanged: settingsListeners.add,
    analyzerFor,
  };
}
