// Code actions, all derived from the findings' fixes:
//  - one quick fix per fix of each finding under the cursor, the safe one marked preferred (so that VS Code's
//    "auto fix" and Neovim's `apply = true` pick it);
//  - "fix all <rule> in this document", when the rule has more than one fixable finding;
//  - `source.fixAll.dabir`, every safe fix (what formatting and `dabir fix` do), so that
//    `"editor.codeActionsOnSave": { "source.fixAll.dabir": "explicit" }` works.

import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { chosenFix } from '../analysis/fix';
import { fill } from '../analysis/messages';
import type { Finding, Localized } from '../analysis/types';
import type { DabirServer } from './context';
import { SOURCE, toDiagnostic } from './diagnostics';
import { dictionaryActions } from './dictionaryActions';
import type { DocumentAnalysis } from './documentState';
import { fixAllEdits, toTextEdits } from './edits';
import { documentRequest, isRange } from './guard';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

const FIX_ALL_OF_RULE: Localized = {
  fa: 'اصلاح همهٔ موارد {rule} در این سند',
  en: 'Fix all {rule} problems in this document',
};

const FIX_ALL: Localized = {
  fa: 'دبیر: اصلاح همهٔ موارد قطعی',
  en: 'Dabir: fix all safe problems',
};

/** Whether the client asked for `kind` (no `only` means it asked for everything but source actions). */
function asked(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return !kind.startsWith(CodeActionKind.Source);
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** The finding behind a diagnostic the client sent back, located by its rule and range in the current version. */
function findingOf(document: TextDocument, analysis: DocumentAnalysis, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string' || !isRange(diagnostic.range)) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.findings.find((finding) => finding.rule === diagnostic.code && finding.start === start && finding.end === end);
}

/** The findings the request is about: those of the diagnostics it names, or else those touching its range. */
function findingsInQuestion(document: TextDocument, analysis: DocumentAnalysis, params: CodeActionParams): Finding[] {
  const diagnostics = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
  const named = diagnostics.filter((d) => d?.source === SOURCE);
  if (named.length > 0) {
    return named.map((d) => findingOf(document, analysis, d)).filter((finding): finding is Finding => finding !== undefined);
  }
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  return analysis.findings.filter((finding) => finding.start <= end && finding.end >= start);
}

function quickFixes(document: TextDocument, analysis: DocumentAnalysis, findings: readonly Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const diagnostic = toDiagnostic(document, finding);
    const preferred = finding.fixes.find((fix) => fix.safe);
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix === preferred,
        edit: { changes: { [document.uri]: toTextEdits(document, fix.edits) } },
      });
    }
    // After the corrections: "add to the dictionary" and "ignore in this document" for spelling findings.
    actions.push(...dictionaryActions(document, finding, diagnostic, analysis.options.locale, analysis.options.syntax === 'markdown'));
  }
  return actions;
}

function fixAllOfRules(document: TextDocument, analysis: DocumentAnalysis, findings: readonly Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const rules = [...new Set(findings.map((finding) => finding.rule))];
  for (const rule of rules) {
    const fixable = analysis.findings.filter((finding) => finding.rule === rule && finding.fixes.length > 0);
    if (fixable.length < 2) continue;
    // The rule was named by the writer's choice of action, so its top suggestion applies even when not safe.
    const edits = fixable.flatMap((finding) => chosenFix(finding, () => true)?.edits ?? []);
    actions.push({
      title: fill(FIX_ALL_OF_RULE, { rule }, analysis.options.locale),
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [document.uri]: toTextEdits(document, edits) } },
    });
  }
  return actions;
}

export function registerCodeActions(server: DabirServer): void {
  const { connection, documents } = server;
  server.capabilities.declare({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
  });

  connection.onCodeAction(
    documentRequest(server, 'textDocument/codeAction', async (document, params: CodeActionParams) => {
      if (!isRange(params.range)) return new ResponseError(ErrorCodes.InvalidParams, 'Dabir: textDocument/codeAction needs a range');
      const analysis = await documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
      const actions: CodeAction[] = [];
      if (asked(only, CodeActionKind.QuickFix)) {
        const findings = findingsInQuestion(document, analysis, params);
        actions.push(...quickFixes(document, analysis, findings), ...fixAllOfRules(document, analysis, findings));
      }
      if (asked(only, FIX_ALL_KIND)) {
        const edits = fixAllEdits(document, analysis, documents.analyzerFor(analysis.options));
        if (edits.length > 0) {
          actions.push({ title: FIX_ALL[analysis.options.locale], kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
        }
      }
      return actions;
    }),
  );
}
