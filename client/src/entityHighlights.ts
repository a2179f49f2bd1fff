// Entity highlighting that keeps Persian lines readable. VS Code lays out every differently styled piece of a line
// as its own bidi isolate, in left-to-right order (`unicode-bidi: isolate` on each token span containing
// right-to-left text, microsoft/vscode#146817): coloured semantic tokens cut a Persian sentence into pieces that then
// read in reverse order. A background painted behind the text (a decoration's `backgroundColor`, drawn in the
// overlay layer) leaves the line's text in one piece, so Dabir highlights entities that way. The semantic tokens stay
// for themes and the token inspector, but `[markdown]` and `[plaintext]` default to
// `editor.semanticHighlighting.enabled: false` (package.json's configurationDefaults).
// Only the band of lines around the view is painted (visibleLines.ts): asking for every entity of a 1 MB article
// (~10 000, 1.7 MB of JSON) after each pause in typing kept the server busy for 60–200 ms.

import { languages, Range, ThemeColor, window, workspace, type ExtensionContext, type TextDocument, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestEntities } from './commands/entities';
import { bandAround, bandCovers, bandRange, type LineBand } from './visibleLines';

/** After an edit the server re-analyses; ask again once typing pauses. */
const REFRESH_DELAY_MS = 400;
/** Scrolling: ask once the view settles, not for every frame of a scroll. */
const SCROLL_DELAY_MS = 100;
/** Lines painted beyond those on screen. */
const MARGIN_LINES = 100;

const highlight = window.createTextEditorDecorationType({
  backgroundColor: new ThemeColor('dabir.entityBackground'),
  borderRadius: '2px',
});

function wanted(client: LanguageClient, document: TextDocument): boolean {
  // The client's selector holds plain { scheme, language } filters (extension.ts), which VS Code's matcher takes.
  const selector = client.clientOptions.documentSelector as Parameters<typeof languages.match>[0] | undefined;
  if (!selector || languages.match(selector, document) === 0) return false;
  return workspace.getConfiguration('dabir', document).get<boolean>('entities.highlight', true);
}

const painted = new WeakMap<TextEditor, LineBand>();

async function paint(client: LanguageClient | undefined, editor: TextEditor): Promise<void> {
  if (!client?.isRunning() || !wanted(client, editor.document)) {
    editor.setDecorations(highlight, []);
    painted.delete(editor);
    return;
  }
  const band = bandAround(editor, MARGIN_LINES);
  const result = await requestEntities(client, editor.document, [bandRange(editor, band)]);
  // The text changed while the server answered: the next refresh paints the new entities.
  if (editor.document.version !== band.version) return;
  editor.setDecorations(
    highlight,
    result.entities.map((entity) => new Range(editor.document.positionAt(entity.start), editor.document.positionAt(entity.end))),
  );
  painted.set(editor, band);
}

/** Registers the highlighting; returns what to call once a (re)started client is running. */
export function registerEntityHighlights(context: ExtensionContext, getClient: () => LanguageClient | undefined): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const scrollTimers = new Map<TextEditor, ReturnType<typeof setTimeout>>();
  const refresh = (editor: TextEditor) =>
    paint(getClient(), editor).catch(() => {
      // Nothing painted: the next scroll must ask again, not take the old band for covered.
      editor.setDecorations(highlight, []);
      painted.delete(editor);
    });
  const refreshAfterScroll = (editor: TextEditor) => {
    if (bandCovers(painted.get(editor), editor)) return;
    clearTimeout(scrollTimers.get(editor));
    scrollTimers.set(
      editor,
      setTimeout(() => {
        scrollTimers.delete(editor);
        if (!bandCovers(painted.get(editor), editor)) void refresh(editor);
      }, SCROLL_DELAY_MS),
    );
  };
  const refreshLater = (document: TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        for (const editor of window.visibleTextEditors) if (editor.document === document) void refresh(editor);
      }, REFRESH_DELAY_MS),
    );
  };
  const refreshAll = () => window.visibleTextEditors.forEach((editor) => void refresh(editor));

  context.subscriptions.push(
    highlight,
    window.onDidChangeVisibleTextEditors(refreshAll),
    window.onDidChangeTextEditorVisibleRanges((event) => refreshAfterScroll(event.textEditor)),
    workspace.onDidChangeTextDocument((event) => refreshLater(event.document)),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dabir')) refreshAll();
    }),
    { dispose: () => [...timers.values(), ...scrollTimers.values()].forEach((timer) => clearTimeout(timer)) },
  );
  return refreshAll;
}
