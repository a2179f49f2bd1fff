// The dictionary code actions of a spelling finding, beside its suggestions:
//  - "Add «…» to the dictionary" runs the client's `dabir.addWord` command with the word (the client asks whether
//    the workspace dictionary `.dabir/words.txt` or the user setting `dabir.words` gets it, and the server re-reads
//    its settings, so the word stops being flagged at once);
//  - "Ignore «…» in this document" adds the word to a `<!-- dabir-ignore: … -->` comment at the top of a Markdown
//    document (text/directives.ts reads it), creating the comment or extending the first one.
// codeActions.ts calls `dictionaryActions` for each finding of the spelling family under the cursor.

import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fill } from '../analysis/messages';
import type { Finding, Localized, Locale } from '../analysis/types';

export const ADD_WORD_COMMAND = 'dabir.addWord';

const ADD: Localized = { fa: 'افزودن «{word}» به واژه‌نامه', en: 'Add «{word}» to the dictionary' };
const IGNORE: Localized = { fa: 'نادیده گرفتن «{word}» در این سند', en: 'Ignore «{word}» in this document' };

const IGNORE_COMMENT = /<!--\s*dabir-ignore\b:?([\s\S]*?)-->/;

/** The edit that adds `word` to the document's first dabir-ignore comment, or opens the document with one. */
function ignoreEdit(document: TextDocument, word: string) {
  const text = document.getText();
  const existing = IGNORE_COMMENT.exec(text);
  if (existing) {
    const at = existing.index + existing[0].length - 3;
    const before = text[at - 1] === ' ' ? '' : ' ';
    const position = document.positionAt(at);
    return { range: { start: position, end: position }, newText: `${before}${word} ` };
  }
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, newText: `<!-- dabir-ignore: ${word} -->\n\n` };
}

export function dictionaryActions(
  document: TextDocument,
  finding: Finding,
  diagnostic: Diagnostic,
  locale: Locale,
  markdown: boolean,
): CodeAction[] {
  if (finding.family !== 'spelling') return [];
  const word = document.getText().slice(finding.start, finding.end).replace(/^\u200c+|\u200c+$/g, '');
  if (!word || /\s/.test(word)) return [];
  const actions: CodeAction[] = [
    {
      title: fill(ADD, { word }, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: fill(ADD, { word }, locale), command: ADD_WORD_COMMAND, arguments: [word] },
    },
  ];
  if (markdown) {
    actions.push({
      title: fill(IGNORE, { word }, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [ignoreEdit(document, word)] } },
    });
  }
  return actions;
}
