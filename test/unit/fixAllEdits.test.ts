// The edits of `source.fixAll.dabir` (what saving with codeActionsOnSave applies) turn the document's current text
// into what `dabir fix` writes, even when the analysis they start from is of an earlier version: the one-pass check
// runs on the current text, so a stale analysis can cost time, never a wrong or partial save.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Analyzer } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';
import type { DocumentAnalysis } from '../../server/src/lsp/documentState';
import { fixAllEdits } from '../../server/src/lsp/edits';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const sample = readFileSync(resolve(__dirname, '..', '..', 'samples', 'kazakhstan-abraham-accords.fa.txt'), 'utf8');
const URI = 'file:///tmp/article.txt';

function analysisOf(analyzer: Analyzer, text: string, version: number): DocumentAnalysis {
  const result = analyzer.analyze(text);
  return { uri: URI, version, findings: result.findings, entities: [], options: analyzer.options, settings: DEFAULT_SETTINGS };
}

function saved(text: string, analysis: DocumentAnalysis, analyzer: Analyzer): string {
  const document = TextDocument.create(URI, 'plaintext', analysis.version, text);
  return TextDocument.applyEdits(document, fixAllEdits(document, analysis, analyzer));
}

describe('fixAllEdits', () => {
  it('writes what `dabir fix` writes, from the analysis of the text being saved', () => {
    const analyzer = createAnalyzer({ syntax: 'plaintext' });
    const text = `${sample}\nما این را میدانیم.`;
    expect(saved(text, analysisOf(analyzer, text, 2), analyzer)).toBe(fixText(text, { syntax: 'plaintext' }));
  });

  it('fixes the sentence typed after the analysis it is given too (an analysis one keystroke behind)', () => {
    const analyzer = createAnalyzer({ syntax: 'plaintext' });
    const before = `${sample}\nما این را میدانیم`;
    const text = `${before}.`;
    const result = saved(text, analysisOf(analyzer, before, 2), analyzer);
    expect(result).toBe(fixText(text, { syntax: 'plaintext' }));
    expect(result.endsWith('\nما این را می\u200cدانیم.')).toBe(true);
  });

  it('fixes a whole sentence the analysis it is given has never seen', () => {
    const analyzer = createAnalyzer({ syntax: 'plaintext' });
    const text = `${sample}\nما این کتابها را میخوانیم.`;
    const result = saved(text, analysisOf(analyzer, sample, 1), analyzer);
    expect(result).toBe(fixText(text, { syntax: 'plaintext' }));
    expect(result.endsWith('\nما این کتاب\u200cها را می\u200cخوانیم.')).toBe(true);
  });

  it('gives no edits for a text with nothing to fix', () => {
    const analyzer = createAnalyzer({ syntax: 'plaintext' });
    const text = 'ما این کتاب‌ها را می‌خوانیم.';
    const document = TextDocument.create(URI, 'plaintext', 1, text);
    expect(fixAllEdits(document, analysisOf(analyzer, text, 1), analyzer)).toEqual([]);
  });
});
