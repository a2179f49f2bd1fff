// The band of lines an editor shows, widened by a margin either side: what Dabir paints decorations for. A long
// article has thousands of entities and ZWNJs; painting only around the view keeps each repaint small, and a short
// scroll stays inside the band, so it shows its decorations at once. A scroll past the band asks for a new one.

import { Range, type TextEditor } from 'vscode';

/** Lines first..last (inclusive) of the document as it was at `version`. */
export interface LineBand {
  version: number;
  first: number;
  last: number;
}

/** The lines on screen, widened by `margin` lines and kept inside the document. */
export function bandAround(editor: TextEditor, margin: number): LineBand {
  const visible = editor.visibleRanges;
  const top = visible.length > 0 ? Math.min(...visible.map((range) => range.start.line)) : 0;
  const bottom = visible.length > 0 ? Math.max(...visible.map((range) => range.end.line)) : 0;
  const { document } = editor;
  return { version: document.version, first: Math.max(0, top - margin), last: Math.min(document.lineCount - 1, bottom + margin) };
}

/** Whether what is on screen now lies within a band painted for the current text. */
export function bandCovers(band: LineBand | undefined, editor: TextEditor): boolean {
  if (!band || band.version !== editor.document.version) return false;
  return editor.visibleRanges.every((range) => range.start.line >= band.first && range.end.line <= band.last);
}

/** The band as a range, from its first line's start to its last line's end. */
export function bandRange(editor: TextEditor, band: LineBand): Range {
  return new Range(band.first, 0, band.last, editor.document.lineAt(band.last).range.end.character);
}
