// Look Up a Country or Treaty: an input box, the server's knowledge base (`dabir/lookup`, the same lookup and cards
// as hover and `dabir lookup`), and the card in a locked Markdown preview beside the text (a dynamic one would turn
// into a preview of whichever Markdown file is active next). A name that finds nothing offers the nearest
// names; a server without the request (an older one) is told apart from a name that is not there.

import { commands, env, EventEmitter, l10n, Uri, window, workspace, type ExtensionContext, type TextDocumentContentProvider } from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';

type LookupResult =
  | { found: true; kind: 'country' | 'treaty'; id: string; name: string; markdown: string; locale: 'fa' | 'en' }
  | { found: false; suggestions: string[]; locale: 'fa' | 'en' };

const SCHEME = 'dabir-card';

/** Cards live in memory, under `dabir-card:/<kind>/<id>.<locale>.md`, for as long as the window. */
const cards = new Map<string, string>();
const changed = new EventEmitter<Uri>();
const provider: TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => cards.get(uri.toString()) ?? '' };

export function registerCardDocuments(context: ExtensionContext): void {
  context.subscriptions.push(changed, workspace.registerTextDocumentContentProvider(SCHEME, provider));
}

/** `dabir.locale` when set, else VS Code's display language, as the server decides for diagnostics. */
export function uiLocale(): 'fa' | 'en' {
  const setting = workspace.getConfiguration('dabir').get<string>('locale');
  if (setting === 'fa' || setting === 'en') return setting;
  return env.language.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}

async function showCard(result: Extract<LookupResult, { found: true }>): Promise<void> {
  const uri = Uri.from({ scheme: SCHEME, path: `/${result.kind}/${result.id}.${result.locale}.md` });
  // A Persian card reads right to left: the preview honours `dir` (the hover does not, hence its isolates).
  const body = result.locale === 'fa' ? `<div dir="rtl">\n\n${result.markdown}\n\n</div>\n` : `${result.markdown}\n`;
  cards.set(uri.toString(), body);
  changed.fire(uri);
  try {
    await commands.executeCommand('markdown.showLockedPreviewToSide', uri);
  } catch {
    // Without the built-in Markdown extension, the card's Markdown source still reads well.
    await window.showTextDocument(await workspace.openTextDocument(uri), { preview: true });
  }
}

async function request(client: LanguageClient, query: string): Promise<LookupResult | 'unavailable'> {
  try {
    return await client.sendRequest<LookupResult>('dabir/lookup', { query, locale: uiLocale() });
  } catch (error) {
    if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) return 'unavailable';
    throw error;
  }
}

export async function lookUp(client: LanguageClient | undefined, initial?: string): Promise<void> {
  if (!client?.isRunning()) {
    void window.showWarningMessage(l10n.t('The knowledge base is not available: Dabir\'s server is not running.'));
    return;
  }
  const editor = window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
  const query =
    initial ??
    (await window.showInputBox({
      title: l10n.t('Look up a country or treaty'),
      prompt: l10n.t('A name, alias, abbreviation, ISO code or treaty id, in Persian or English'),
      placeHolder: l10n.t('e.g. قزاقستان, Kazakhstan, KZ, پیمان ابراهیم'),
      value: selected.length <= 60 ? selected : '',
    }));
  if (!query?.trim()) return;
  const result = await request(client, query.trim());
  if (result === 'unavailable') {
    void window.showWarningMessage(l10n.t('The knowledge base is not available in this version of Dabir\'s server.'));
    return;
  }
  if (result.found) {
    await showCard(result);
    return;
  }
  if (result.suggestions.length === 0) {
    void window.showInformationMessage(l10n.t('«{0}» is not in Dabir\'s knowledge base.', query.trim()));
    return;
  }
  const nearest = await window.showQuickPick(result.suggestions, {
    title: l10n.t('«{0}» is not in Dabir\'s knowledge base.', query.trim()),
    placeHolder: l10n.t('Nearest names'),
  });
  if (nearest) await lookUp(client, nearest);
}
