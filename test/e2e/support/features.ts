// Which product features have landed, decided by asking the built language server itself (over stdio, as any
// editor would) and by reading the extension manifest. A scenario whose feature is absent is skipped with the issue
// it waits for; one whose feature is present must pass in the real editor, whatever the probe saw.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { currentCli } from './cli';
import { paths } from './paths';

export interface Features {
  /** Why the probe could not run at all (no built CLI, the server did not start), or undefined. */
  unavailable?: string;
  diagnostics: boolean;
  joinedVerbFix: boolean;
  countryCard: boolean;
  treatyCard: boolean;
  fixAll: boolean;
  semanticTokens: boolean;
  outline: boolean;
  rulesSetting: boolean;
  localeSetting: boolean;
  zwnjKeybinding: boolean;
  persianManifest: boolean;
  zwnjNotInvisible: boolean;
}

export const WAITS_FOR = {
  diagnostics: 'issue 3 (language server diagnostics)',
  joinedVerbFix: 'issue 4 (ZWNJ rules: مینامد → می‌نامد)',
  countryCard: 'issue 7 (knowledge-base hover cards)',
  treatyCard: 'issue 7 (treaty cards) and issue 6 (treaty mentions)',
  fixAll: 'issue 3 (source.fixAll.dabir code action)',
  semanticTokens: 'issue 6 / issue 11 (entity semantic tokens)',
  outline: 'issue 6 (document symbols for entities)',
  rulesSetting: 'issue 11 (dabir.rules.disabled in contributes.configuration)',
  localeSetting: 'issue 11 (dabir.locale in contributes.configuration)',
  zwnjKeybinding: 'issue 11 (Insert ZWNJ command with a keybinding)',
  persianManifest: 'issue 11 (package.nls.fa.json)',
  zwnjNotInvisible: 'issue 11 (configurationDefaults allowing U+200C in editor.unicodeHighlight)',
} as const satisfies Record<Exclude<keyof Features, 'unavailable'>, string>;

export interface Manifest {
  contributes?: {
    commands?: { command: string; title: string }[];
    keybindings?: { command: string; key: string; linux?: string; when?: string; args?: { text?: string } }[];
    configuration?: { properties?: Record<string, unknown> } | { properties?: Record<string, unknown> }[];
    configurationDefaults?: Record<string, Record<string, unknown>>;
  };
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(paths.root, 'package.json'), 'utf8')) as Manifest;
}

export function configurationProperties(manifest: Manifest): Record<string, unknown> {
  const configuration = manifest.contributes?.configuration;
  const sections = Array.isArray(configuration) ? configuration : configuration ? [configuration] : [];
  return Object.assign({}, ...sections.map((section) => section.properties ?? {}));
}

/** The command and key of the extension's ZWNJ keybinding, if it contributes one. */
export function zwnjKeybinding(manifest: Manifest): { command: string; key: string } | undefined {
  const binding = manifest.contributes?.keybindings?.find(
    (candidate) => /zwnj/i.test(candidate.command) || (candidate.command === 'type' && candidate.args?.text === '\u200c'),
  );
  return binding && { command: binding.command, key: binding.linux ?? binding.key };
}

/** Whether the manifest's configurationDefaults allow U+200C in `editor.unicodeHighlight` for `languageId`. */
export function allowsZwnj(manifest: Manifest, languageId: string): boolean {
  const allowed = manifest.contributes?.configurationDefaults?.[`[${languageId}]`]?.['editor.unicodeHighlight.allowedCharacters'];
  return typeof allowed === 'object' && allowed !== null && (allowed as Record<string, unknown>)['\u200c'] === true;
}

/** Text of a hover, whatever shape the server chose. */
export function hoverText(hover: Hover | null | undefined): string {
  if (!hover) return '';
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/** The LSP position of the first occurrence of `needle` (UTF-16, as LSP counts). */
export function positionOf(text: string, needle: string, offsetInNeedle = 1): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, index + offsetInNeedle).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export interface LspSession {
  connection: ProtocolConnection;
  initialize: InitializeResult;
  diagnostics: Promise<Diagnostic[]>;
  uri: string;
  close(): void;
}

/** Starts `dabir lsp --stdio`, initialises it as a plain client and opens `file`. */
export async function openInServer(file: string, text: string, languageId = 'plaintext'): Promise<LspSession> {
  const child = spawn(process.execPath, [currentCli(), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  const diagnostics = new Promise<Diagnostic[]>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      if (params.uri === uri) resolve(params.diagnostics);
    });
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.listen();
  const initialize = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: 'en',
    capabilities: {
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
      },
    },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return {
    connection,
    initialize,
    diagnostics,
    uri,
    close() {
      connection.dispose();
      child.kill();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);
}

export async function probeFeatures(): Promise<Features> {
  const manifest = readManifest();
  const properties = configurationProperties(manifest);
  const fromManifest = {
    rulesSetting: 'dabir.rules.disabled' in properties,
    localeSetting: 'dabir.locale' in properties,
    zwnjKeybinding: zwnjKeybinding(manifest) !== undefined,
    persianManifest: existsSync(join(paths.root, 'package.nls.fa.json')),
    zwnjNotInvisible: allowsZwnj(manifest, 'plaintext'),
  };
  const none = { diagnostics: false, joinedVerbFix: false, countryCard: false, treatyCard: false, fixAll: false, semanticTokens: false, outline: false };
  if (!existsSync(currentCli())) return { unavailable: `${currentCli()} is not built`, ...none, ...fromManifest };

  const text = readFileSync(paths.sample, 'utf8');
  let session: LspSession | undefined;
  try {
    session = await withTimeout(openInServer(paths.sample, text), 20_000, 'initialize');
    const { connection, uri, initialize } = session;
    const caps = initialize.capabilities;
    const diagnostics = await withTimeout(session.diagnostics, 20_000, 'publishDiagnostics').catch(() => [] as Diagnostic[]);
    const joined = positionOf(text, 'مینامد', 0);
    const joinedVerbFix = diagnostics.some(
      (d) => d.range.start.line === joined.line && d.range.start.character <= joined.character && d.range.end.character >= joined.character + 'مینامد'.length,
    );
    const hoverAt = async (needle: string): Promise<string> =>
      caps.hoverProvider
        ? hoverText((await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) })) as Hover | null)
        : '';
    const country = await hoverAt('قزاقستان');
    const treaty = await hoverAt('پیمان ابراهیم');
    const fixAllKinds = typeof caps.codeActionProvider === 'object' ? (caps.codeActionProvider.codeActionKinds ?? []) : [];
    const symbols = caps.documentSymbolProvider
      ? ((await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[] | null)
      : null;
    const tokens = caps.semanticTokensProvider
      ? ((await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] } | null)
      : null;
    return {
      ...fromManifest,
      diagnostics: diagnostics.length > 0,
      joinedVerbFix,
      countryCard: /Kazakhstan/i.test(country),
      treatyCard: /Abraham/i.test(treaty),
      fixAll: fixAllKinds.some((kind) => kind === 'source.fixAll.dabir' || kind === 'source.fixAll'),
      semanticTokens: (tokens?.data.length ?? 0) > 0,
      outline: (symbols?.length ?? 0) > 0,
    };
  } catch (error) {
    return { unavailable: `dabir lsp --stdio did not answer: ${String(error)}`, ...none, ...fromManifest };
  } finally {
    session?.close();
  }
}
