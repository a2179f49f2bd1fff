// Add Word to Dictionary: the word under the cursor (or the selected text) goes into the workspace dictionary
// `.dabir/words.txt` (shared with the team and with `dabir check`, like cspell's workspace words) or into the user
// setting `dabir.words`. Either way the server re-reads its settings and the word stops being flagged at once.

import { ConfigurationTarget, l10n, Uri, window, workspace, type TextDocument, type Position } from 'vscode';
import { parseWords, wordsFileOf } from '../workspaceWords';

/** A Persian or Latin word, with its ZWNJs and diacritics: VS Code's own word pattern would take «» and ، along. */
const WORD = /[\p{L}\p{M}\u200c]+/u;

export function wordAt(document: TextDocument, position: Position): string | undefined {
  const range = document.getWordRangeAtPosition(position, WORD);
  const word = range ? document.getText(range).replace(/^\u200c+|\u200c+$/g, '') : '';
  return word || undefined;
}

async function addToWordsFile(file: Uri, word: string): Promise<boolean> {
  let text = '';
  try {
    text = new TextDecoder().decode(await workspace.fs.readFile(file));
  } catch {
    text = ''; // no dictionary yet: this word starts it
  }
  if (parseWords(text).includes(word)) return false;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  await workspace.fs.createDirectory(Uri.joinPath(file, '..'));
  await workspace.fs.writeFile(file, new TextEncoder().encode(`${text}${separator}${word}\n`));
  return true;
}

async function addToUserSetting(word: string): Promise<boolean> {
  const configuration = workspace.getConfiguration('dabir');
  const words = configuration.inspect<string[]>('words')?.globalValue ?? [];
  if (words.includes(word)) return false;
  await configuration.update('words', [...words, word], ConfigurationTarget.Global);
  return true;
}

/** `given` is the word a spelling quick fix passes; from the palette, the word under the cursor is taken. */
export async function addWord(given?: unknown): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const word =
    typeof given === 'string' && given.trim() !== ''
      ? given.trim()
      : editor.selection.isEmpty
        ? wordAt(editor.document, editor.selection.active)
        : editor.document.getText(editor.selection).trim();
  if (!word || /\s/.test(word)) {
    void window.showInformationMessage(l10n.t('Put the cursor on a word (or select one word) to add it to the dictionary.'));
    return;
  }
  const folder = workspace.getWorkspaceFolder(editor.document.uri);
  type Target = { label: string; description?: string; run: () => Promise<boolean> };
  const targets: Target[] = [];
  if (folder) {
    const file = wordsFileOf(folder);
    targets.push({ label: l10n.t('Workspace dictionary'), description: workspace.asRelativePath(file), run: () => addToWordsFile(file, word) });
  }
  targets.push({ label: l10n.t('User settings'), description: 'dabir.words', run: () => addToUserSetting(word) });
  const target = targets.length === 1 ? targets[0] : await window.showQuickPick(targets, { title: l10n.t('Add «{0}» to which dictionary?', word) });
  if (!target) return;
  const added = await target.run();
  void window.showInformationMessage(added ? l10n.t('«{0}» added to the dictionary.', word) : l10n.t('«{0}» is already in the dictionary.', word));
}
