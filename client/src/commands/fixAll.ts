// Fix All in Document: asks the server for its `source.fixAll.dabir` code action (every safe fix, what formatting
// and `dabir fix` do) and applies it, so the command, the light bulb and `editor.codeActionsOnSave` agree.

import { CodeActionKind, commands, l10n, Range, window, workspace, type CodeAction } from 'vscode';

const FIX_ALL = CodeActionKind.SourceFixAll.append('dabir');

export async function fixAllInDocument(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const { document } = editor;
  const whole = new Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await commands.executeCommand<CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL.value);
  const fixAll = actions?.find((action) => action.kind !== undefined && FIX_ALL.contains(action.kind) && action.edit);
  if (!fixAll?.edit) {
    void window.showInformationMessage(l10n.t('Dabir found nothing to fix for certain in this document.'));
    return;
  }
  if (!(await workspace.applyEdit(fixAll.edit))) void window.showWarningMessage(l10n.t('Dabir could not apply the fixes: the document changed. Try again.'));
}
