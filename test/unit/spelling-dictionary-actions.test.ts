import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { applyEdits } from '../../server/src/analysis/fix';
import { dictionaryActions } from '../../server/src/lsp/dictionaryActions';

function actionsFor(text: string, markdown = true) {
  const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
  const finding = analyze(text, { rules: ['spelling'], entities: false }).findings[0];
  const diagnostic = { range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) }, message: finding.message };
  return { document, actions: dictionaryActions(document, finding, diagnostic, 'fa', markdown) };
}

function applied(document: TextDocument, edits: { range: { start: { line: number; character: number } }; newText: string }[]): string {
  return applyEdits(
    document.getText(),
    edits.map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.start), newText: e.newText })),
  );
}

describe('dictionary code actions on a spelling finding', () => {
  it('offers to add the word to the dictionary through the client command, and to ignore it in the document', () => {
    const { actions } = actionsFor('واژهٔ واژگار را ساختیم.');
    expect(actions.map((a) => a.title)).toEqual(['افزودن «واژگار» به واژه‌نامه', 'نادیده گرفتن «واژگار» در این سند']);
    expect(actions[0].command).toEqual({ title: 'افزودن «واژگار» به واژه‌نامه', command: 'dabir.addWord', arguments: ['واژگار'] });
  });

  it('opens the document with a dabir-ignore comment, after which the word is no longer flagged', () => {
    const { document, actions } = actionsFor('واژهٔ واژگار را ساختیم.');
    const text = applied(document, actions[1].edit!.changes![document.uri]);
    expect(text).toBe('<!-- dabir-ignore: واژگار -->\n\nواژهٔ واژگار را ساختیم.');
    expect(analyze(text, { rules: ['spelling'], entities: false }).findings).toEqual([]);
  });

  it('extends an existing dabir-ignore comment instead of adding a second', () => {
    const { document, actions } = actionsFor('<!-- dabir-ignore: کاوشگرک -->\n\nواژهٔ واژگار را ساختیم.');
    expect(applied(document, actions[1].edit!.changes![document.uri])).toBe(
      '<!-- dabir-ignore: کاوشگرک واژگار -->\n\nواژهٔ واژگار را ساختیم.',
    );
  });

  it('offers no ignore comment outside Markdown, where it would show as text', () => {
    expect(actionsFor('واژهٔ واژگار را ساختیم.', false).actions.map((a) => a.command?.command)).toEqual(['dabir.addWord']);
  });
});
