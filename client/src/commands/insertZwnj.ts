// Insert ZWNJ from the Command Palette or a menu: one U+200C at every cursor, replacing any selected text, with each
// cursor left just after its ZWNJ, as typing would. The Shift+Space key (as on the standard Persian layout, ISIRI
// 9147) does not come here: it is bound in package.json to the editor's own `type` command, which inserts at once,
// whereas an edit from the extension host fails when the writer has typed on in the meantime.

import { Selection, window } from 'vscode';

export const ZWNJ = '\u200c';

export async function insertZwnj(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const { document } = editor;
  // Offsets before the edit, in document order, so that each cursor's new place counts the edits before it.
  const spans = editor.selections
    .map((selection) => ({ start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) }))
    .sort((a, b) => a.start - b.start);
  const done = await editor.edit((builder) => {
    for (const selection of editor.selections) builder.replace(selection, ZWNJ);
  });
  if (!done) return;
  let shift = 0;
  editor.selections = spans.map((span) => {
    const after = document.positionAt(span.start + shift + ZWNJ.length);
    shift += ZWNJ.length - (span.end - span.start);
    return new Selection(after, after);
  });
}
