// Normalise Selection: the safe fixes that lie wholly inside the selections (Arabic letters, digits, ZWNJs,
// punctuation and spacing), asked of the server (`dabir/selectionFixes`, server/src/lsp/commands.ts). An empty
// selection stands for its whole line.

import { l10n, Range, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TextEdit as LspTextEdit } from 'vscode-languageclient/node';

export async function normalizeSelection(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const { document } = editor;
  const version = document.version;
  const ranges = editor.selections.map((selection) => (selection.isEmpty ? document.lineAt(selection.active.line).range : new Range(selection.start, selection.end)));
  const edits = await client.sendRequest<LspTextEdit[]>('dabir/selectionFixes', {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    ranges: ranges.map((range) => client.code2ProtocolConverter.asRange(range)),
  });
  if (edits.length === 0) {
    void window.showInformationMessage(l10n.t('Nothing to normalise in the selection.'));
    return;
  }
  if (document.version !== version) return; // the writer typed meanwhile; these edits belong to the old text
  const converted = await client.protocol2CodeConverter.asTextEdits(edits);
  await editor.edit((builder) => {
    for (const edit of converted ?? []) builder.replace(edit.range, edit.newText);
  });
}
