// The documents the extension ships: the rules reference (docs/rules.md, generated from the rules' metadata) and
// the sample article the walkthrough starts from. The sample opens as an untitled copy, so that fixing it never
// writes into the installed extension.

import { commands, l10n, Uri, window, workspace, type ExtensionContext } from 'vscode';

export const SAMPLE_ARTICLE = ['samples', 'kazakhstan-abraham-accords.fa.txt'] as const;

export async function showRules(context: ExtensionContext): Promise<void> {
  const rules = Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  try {
    await commands.executeCommand('markdown.showLockedPreviewToSide', rules);
  } catch {
    await window.showTextDocument(rules, { preview: true });
  }
}

export async function openSample(context: ExtensionContext): Promise<void> {
  try {
    const bytes = await workspace.fs.readFile(Uri.joinPath(context.extensionUri, ...SAMPLE_ARTICLE));
    const document = await workspace.openTextDocument({ language: 'plaintext', content: new TextDecoder().decode(bytes) });
    await window.showTextDocument(document);
  } catch (error) {
    void window.showErrorMessage(l10n.t('Dabir could not open the sample article: {0}', String(error)));
  }
}
