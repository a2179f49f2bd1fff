// A publication's diagnostics after each edit are those of the edited text made afresh, whether they were reused
// per paragraph (the analysis's runs), per finding, or made anew; and the paragraphs an edit did not touch keep
// their very diagnostic objects (what lets a pulled band answer `unchanged`).
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, resolveOptions } from '../../server/src/analysis/analyze';
import type { AnalysisResult } from '../../server/src/analysis/types';
import { DIAGNOSTIC_ENCODER, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { withResult } from '../../server/src/lsp/documentState';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { createPublications, jsonOf } from '../../server/src/lsp/publication';

const analysisOf = (result: AnalysisResult) =>
  withResult({ uri: 'file:///tmp/p.md', version: 1, options: resolveOptions(), settings: DEFAULT_SETTINGS }, result);

// «کتابها» and «کتاب‌ها» in one document: zwnj-inconsistent, a document rule, reports them among the paragraphs' own.
const PARAGRAPHS = ['او کتابها را به خانه برد و سفارتها را دید.', 'ما کتاب‌ها را خواندیم ولی ميز را نديديم.', 'او کتابها را به خانه برد و سفارتها را دید.', 'بیست و سه نفر آمدند.'];

describe('publications of an edited document', () => {
  it('equal the diagnostics made afresh after every edit, and keep the objects of untouched paragraphs', () => {
    const analyzer = createAnalyzer({ syntax: 'markdown' });
    const publicationOf = createPublications(DIAGNOSTIC_ENCODER);
    const document = TextDocument.create('file:///tmp/p.md', 'markdown', 1, PARAGRAPHS.join('\n\n'));
    const publish = () => {
      const result = analyzer.analyze(document.getText());
      expect(result.runs).toBeDefined();
      const publication = publicationOf(document, analysisOf(result));
      const fresh = result.findings.map((finding) => toDiagnostic(document, finding));
      expect(publication.diagnostics).toEqual(fresh);
      expect(JSON.parse(Buffer.concat(jsonOf(publication)).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(fresh)));
      return publication;
    };
    const first = publish();
    expect(first.diagnostics.map((d) => d.code)).toContain('zwnj-inconsistent');
    const lastLine = document.lineCount - 1;
    const edits = [
      // a letter typed in the last paragraph: the first three keep their diagnostics
      { range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'و ' },
      // a line break added at the top: every later paragraph moves down a line
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'سلام\n\n' },
      // the second spelling of the word removed: the document rule's findings go away
      { range: { start: { line: 4, character: 3 }, end: { line: 4, character: 10 } }, text: 'کتابها' },
      // the same paragraph twice, one of them edited
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } }, text: 'آنها' },
    ];
    let previous = first;
    for (const [k, edit] of edits.entries()) {
      TextDocument.update(document, [edit], k + 2);
      const publication = publish();
      if (k === 0) {
        const unchanged = previous.diagnostics.filter((d) => d.range.start.line < lastLine);
        expect(unchanged.length).toBeGreaterThan(0);
        unchanged.forEach((d, m) => expect(publication.diagnostics[m]).toBe(d));
      }
      previous = publication;
    }
    expect(previous.diagnostics.map((d) => d.code)).not.toContain('zwnj-inconsistent');
  });
});
