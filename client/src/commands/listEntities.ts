// List Entities in Document: a quick pick of every mention Dabir recognised, grouped by type; moving through the
// list shows each mention in the editor, choosing one puts the selection on it.

import { l10n, QuickPickItemKind, Selection, TextEditorRevealType, window, type QuickPickItem, type Range } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestEntities } from './entities';
import { entityTypeName } from './entityTypes';

interface MentionItem extends QuickPickItem {
  range?: Range;
}

export async function listEntities(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const { entities } = await requestEntities(client, editor.document);
  if (entities.length === 0) {
    void window.showInformationMessage(l10n.t('Dabir recognised no names, places, dates or amounts in this document.'));
    return;
  }
  const byType = new Map<string, typeof entities>();
  for (const entity of entities) byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
  const items: MentionItem[] = [];
  for (const [type, mentions] of byType) {
    items.push({ label: `${entityTypeName(type)} (${mentions.length})`, kind: QuickPickItemKind.Separator });
    for (const mention of mentions) {
      const range = client.protocol2CodeConverter.asRange(mention.range);
      items.push({
        label: mention.text,
        description: l10n.t('line {0}', range.start.line + 1),
        detail: editor.document.lineAt(range.start.line).text.trim().slice(0, 120),
        range,
      });
    }
  }
  const original = editor.selections;
  const pick = window.createQuickPick<MentionItem>();
  pick.items = items;
  pick.placeholder = l10n.t('Names, places, dates and amounts in this document');
  pick.matchOnDescription = true;
  let chosen = false;
  pick.onDidChangeActive(([item]) => {
    if (item?.range) editor.revealRange(item.range, TextEditorRevealType.InCenterIfOutsideViewport);
  });
  pick.onDidAccept(() => {
    const item = pick.selectedItems[0];
    if (item?.range) {
      chosen = true;
      editor.selection = new Selection(item.range.start, item.range.end);
      editor.revealRange(item.range, TextEditorRevealType.InCenterIfOutsideViewport);
      void window.showTextDocument(editor.document, editor.viewColumn);
    }
    pick.hide();
  });
  pick.onDidHide(() => {
    if (!chosen) editor.revealRange(original[0], TextEditorRevealType.InCenterIfOutsideViewport);
    pick.dispose();
  });
  pick.show();
}
