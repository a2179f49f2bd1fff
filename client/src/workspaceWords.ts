// The workspace dictionary `.dabir/words.txt` (one word a line, `#` comments), which the `dabir` CLI reads from
// its working directory: in the editor its words join `dabir.words` for every document of that workspace folder.
// The server asks the client for the `dabir` section of each document's settings; this middleware adds the
// folder's words to the answer, and a change to any words file asks the server to read its settings again — the
// same path as a change in Settings, so nothing in the server knows about the file.

import { RelativePattern, Uri, workspace, type ExtensionContext, type WorkspaceFolder } from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient, type Middleware } from 'vscode-languageclient/node';

export const WORDS_FILE = ['.dabir', 'words.txt'] as const;

export function wordsFileOf(folder: WorkspaceFolder): Uri {
  return Uri.joinPath(folder.uri, ...WORDS_FILE);
}

/** The words of a words file: trimmed lines, comments and blank lines dropped. */
export function parseWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

export async function readWorkspaceWords(folder: WorkspaceFolder): Promise<string[]> {
  try {
    return parseWords(new TextDecoder().decode(await workspace.fs.readFile(wordsFileOf(folder))));
  } catch {
    return []; // no words file: nothing to add
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const withWorkspaceWords: NonNullable<NonNullable<Middleware['workspace']>['configuration']> = async (params, token, next) => {
  const result = await next(params, token);
  if (!Array.isArray(result)) return result;
  return Promise.all(
    result.map(async (value: unknown, index) => {
      const item = params.items[index];
      if (item?.section !== 'dabir' || !item.scopeUri || !isRecord(value)) return value;
      const folder = workspace.getWorkspaceFolder(Uri.parse(item.scopeUri));
      const words = folder ? await readWorkspaceWords(folder) : [];
      if (words.length === 0) return value;
      const own = Array.isArray(value.words) ? value.words : [];
      return { ...value, words: [...own, ...words] };
    }),
  );
};

/** Re-reads settings on the server whenever a workspace's words file is created, changed or deleted. */
export function watchWorkspaceWords(context: ExtensionContext, client: () => LanguageClient | undefined): void {
  const refresh = () => {
    const running = client();
    if (running?.isRunning()) void running.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  };
  for (const folder of workspace.workspaceFolders ?? []) watchFolder(context, folder, refresh);
  context.subscriptions.push(
    workspace.onDidChangeWorkspaceFolders((event) => {
      for (const folder of event.added) watchFolder(context, folder, refresh);
    }),
  );
}

function watchFolder(context: ExtensionContext, folder: WorkspaceFolder, refresh: () => void): void {
  const watcher = workspace.createFileSystemWatcher(new RelativePattern(folder, WORDS_FILE.join('/')));
  context.subscriptions.push(watcher, watcher.onDidCreate(refresh), watcher.onDidChange(refresh), watcher.onDidDelete(refresh));
}
