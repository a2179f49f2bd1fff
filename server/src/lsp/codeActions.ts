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
  type ClientCapabilities,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { chosenFix } from '../analysis/fix';
import { fill } from '../analysis/messages';
import { findingsTouching, fixableCount, fixableFindings } from '../analysis/resultQueries';
import type { Finding, Localized } from '../analysis/types';
import type { DabirServer } from './context';
import { SOURCE, toDiagnostic } from './diagnostics';
import { dictionaryActions } from './dictionaryActions';
import type { DocumentAnalysis } from './documentState';
import { fixAllEdits, toTextEdits } from './edits';
import { documentRequest, guard, isRange } from './guard';

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
  return findingsTouching(analysis, start, end).find((finding) => finding.rule === diagnostic.code && finding.start === start && finding.end === end);
}

/** The findings the request is about: those of the diagnostics it names, or else those touching its range. */
function findingsInQuestion(document: TextDocument, analysis: DocumentAnalysis, params: CodeActionParams): Finding[] {
  const diagnostics = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
  const named = diagnostics.filter((d) => d?.source === SOURCE);
  if (named.length > 0) {
    return named.map((d) => findingOf(document, analysis, d)).filter((finding): finding is Finding => finding !== undefined);
  }
  return findingsTouching(analysis, document.offsetAt(params.range.start), document.offsetAt(params.range.end));
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

/** The edit of "fix all <rule>": the top suggestion of each, even when not safe (the writer chose the rule). */
function fixAllOfRuleEdit(document: TextDocument, analysis: DocumentAnalysis, rule: string): WorkspaceEdit {
  const edits = fixableFindings(analysis, rule).flatMap((finding) => chosenFix(finding, () => true)?.edits ?? []);
  return { changes: { [document.uri]: toTextEdits(document, edits) } };
}

/** What a "fix all" action carries until it is resolved. */
interface FixAllData {
  dabirFixAllOf: string;
  uri: string;
}

function isFixAllData(data: unknown): data is FixAllData {
  const candidate = data as Partial<FixAllData> | null | undefined;
  return typeof candidate?.dabirFixAllOf === 'string' && typeof candidate.uri === 'string';
}

/**
 * "Fix all <rule>" for each rule under the cursor that has two fixable findings or more. The editor asks for code
 * actions whenever the cursor moves, and the edit of a rule with thousands of findings in a long document is
 * thousands of ranges: a client that resolves code actions gets it only when the writer picks the action.
 */
function fixAllOfRules(document: TextDocument, analysis: DocumentAnalysis, findings: readonly Finding[], resolvesEdits: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const rule of new Set(findings.map((finding) => finding.rule))) {
    if (fixableCount(analysis, rule) < 2) continue;
    const action: CodeAction = { title: fill(FIX_ALL_OF_RULE, { rule }, analysis.options.locale), kind: CodeActionKind.QuickFix };
    if (resolvesEdits) action.data = { dabirFixAllOf: rule, uri: document.uri } satisfies FixAllData;
    else action.edit = fixAllOfRuleEdit(document, analysis, rule);
    actions.push(action);
  }
  return actions;
}

/** Whether the client resolves a code action's edit lazily (`codeAction/resolve`). */
function clientResolvesEdits(client: ClientCapabilities): boolean {
  return client.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') === true;
}

export function registerCodeActions(server: DabirServer): void {
  const { connection, documents } = server;
  server.capabilities.declare((client) => ({
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND],
      ...(clientResolvesEdits(client) ? { resolveProvider: true } : {}),
    },
  }));

  connection.onCodeAction(
    documentRequest(server, 'textDocument/codeAction', async (document, params: CodeActionParams) => {
      if (!isRange(params.range)) return new ResponseError(ErrorCodes.InvalidParams, 'Dabir: textDocument/codeAction needs a range');
      const analysis = await documents.analysisWhenReady(document.uri);
      if (!analysis || analysis.skipped) return [];
      const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
      const actions: CodeAction[] = [];
      if (asked(only, CodeActionKind.QuickFix)) {
        const findings = findingsInQuestion(document, analysis, params);
        actions.push(...quickFixes(document, analysis, findings), ...fixAllOfRules(document, analysis, findings, clientResolvesEdits(server.client.capabilities)));
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

  connection.onCodeActionResolve(
    guard(connection, 'codeAction/resolve', async (action: CodeAction) => {
      if (!isFixAllData(action?.data)) return action;
      const { dabirFixAllOf: rule, uri } = action.data;
      const document = documents.get(uri);
      const analysis = document && (await documents.analysisWhenReady(uri));
      // Closed meanwhile, or turned off: nothing to apply.
      if (!document || !analysis || analysis.skipped) return action;
      return { ...action, edit: fixAllOfRuleEdit(document, analysis, rule) };
    }),
  );
}
