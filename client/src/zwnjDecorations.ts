// Show or Hide ZWNJs: for proofreading, each U+200C is drawn as a hairline in the colour VS Code uses for rendered
// whitespace, in every visible editor. The choice is remembered across sessions, like `editor.renderWhitespace`.
// Only the band of lines around the view is scanned and marked (visibleLines.ts): a 1 MB article has ~9 000 ZWNJs,
// and marking them all on every keystroke made typing in it sluggish.

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
import { bandAround, bandCovers, bandRange, type LineBand } from './visibleLines';

const STATE_KEY = 'dabir.zwnjMarksShown';
/** Lines marked beyond those on screen. */
const MARGIN_LINES = 100;

// A border on the zero-width character itself, not inserted content: an inserted glyph splits the line into
// separate bidirectional runs, and VS Code then lays a Persian line's words out left to right (seen in code-server).
const markType = window.createTextEditorDecorationType({
  borderStyle: 'none none none solid',
  borderWidth: '0 0 0 1px',
  borderColor: new ThemeColor('editorWhitespace.foreground'),
});

function zwnjRanges(editor: TextEditor, band: LineBand): Range[] {
  const { document } = editor;
  const scanned = bandRange(editor, band);
  const text = document.getText(scanned);
  const offset = document.offsetAt(scanned.start);
  const ranges: Range[] = [];
  for (let at = text.indexOf('\u200c'); at !== -1; at = text.indexOf('\u200c', at + 1)) {
    const position = document.positionAt(offset + at);
    ranges.push(new Range(position, position.translate(0, 1)));
  }
  return ranges;
}

export function registerZwnjDecorations(context: ExtensionContext): void {
  let shown = context.globalState.get<boolean>(STATE_KEY, false);
  const hover = new MarkdownString(l10n.t('ZWNJ (zero-width non-joiner, U+200C)'));

  const marked = new WeakMap<TextEditor, LineBand>();
  const paint = (editor: TextEditor) => {
    if (!shown) {
      editor.setDecorations(markType, []);
      marked.delete(editor);
      return;
    }
    const band = bandAround(editor, MARGIN_LINES);
    editor.setDecorations(markType, zwnjRanges(editor, band).map((range) => ({ range, hoverMessage: hover })));
    marked.set(editor, band);
  };
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
    window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
      if (shown && !bandCovers(marked.get(textEditor), textEditor)) paint(textEditor);
    }),
    workspace.onDidChangeTextDocument((event) => {
      if (!shown) return;
      for (const editor of window.visibleTextEditors) if (editor.document === event.document) paint(editor);
    }),
  );
  paintAll();
}
