// Show or Hide ZWNJs: for proofreading, each U+200C is drawn as a hairline in the colour VS Code uses for rendered
// whitespace, in every visible editor. The choice is remembered across sessions, like `editor.renderWhitespace`.

import {
  commands,
  l10n,
  MarkdownString,
  Range,
  ThemeColor,
  window,
  workspace,
  type ExtensionContext,
  type TextEditor,
} from 'vscode';

const STATE_KEY = 'dabir.zwnjMarksShown';
/** Scanning stops here: a document this long is past what Dabir checks anyway (dabir.maxDocumentSize's default). */
const MAX_SCANNED = 2_000_000;

// A border on the zero-width character itself, not inserted content: an inserted glyph splits the line into
// separate bidirectional runs, and VS Code then lays a Persian line's words out left to right (seen in code-server).
const markType = window.createTextEditorDecorationType({
  borderStyle: 'none none none solid',
  borderWidth: '0 0 0 1px',
  borderColor: new ThemeColor('editorWhitespace.foreground'),
});

function zwnjRanges(editor: TextEditor): Range[] {
  const text = editor.document.getText();
  if (text.length > MAX_SCANNED) return [];
  const ranges: Range[] = [];
  for (let at = text.indexOf('\u200c'); at !== -1; at = text.indexOf('\u200c', at + 1)) {
    const position = editor.document.positionAt(at);
    ranges.push(new Range(position, position.translate(0, 1)));
  }
  return ranges;
}

export function registerZwnjDecorations(context: ExtensionContext): void {
  let shown = context.globalState.get<boolean>(STATE_KEY, false);
  const hover = new MarkdownString(l10n.t('ZWNJ (zero-width non-joiner, U+200C)'));

  const paint = (editor: TextEditor) =>
    editor.setDecorations(markType, shown ? zwnjRanges(editor).map((range) => ({ range, hoverMessage: hover })) : []);
  const paintAll = () => {
    void commands.executeCommand('setContext', STATE_KEY, shown);
    for (const editor of window.visibleTextEditors) paint(editor);
  };

  context.subscriptions.push(
    markType,
    commands.registerCommand('dabir.toggleZwnjMarks', async () => {
      shown = !shown;
      await context.globalState.update(STATE_KEY, shown);
      paintAll();
    }),
    window.onDidChangeVisibleTextEditors(() => paintAll()),
    workspace.onDidChangeTextDocument((event) => {
      if (!shown) return;
      for (const editor of window.visibleTextEditors) if (editor.document === event.document) paint(editor);
    }),
  );
  paintAll();
}
