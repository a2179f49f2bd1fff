// Scenarios 1–5 in desktop VS Code, through the `vscode` API (the same things the code-server suite checks through
// the DOM). A scenario whose feature has not landed is skipped naming its issue, decided by asking VS Code.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const root = process.env.DABIR_ROOT!;
const workspace = process.env.DABIR_WORKSPACE!;
const SAMPLE = join(root, 'samples', 'kazakhstan-abraham-accords.fa.txt');

interface CliDiagnostic {
  rule: string;
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
}

function cli(args: string[]): string {
  try {
    return execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  } catch (error) {
    // `check` exits 1 when it finds something; its output is still the answer.
    const output = (error as { stdout?: string }).stdout;
    if (output) return output;
    throw error;
  }
}

function checkCount(file: string): CliDiagnostic[] {
  return (JSON.parse(cli(['check', file, '--format', 'json'])) as { files: { diagnostics: CliDiagnostic[] }[] }).files.flatMap((f) => f.diagnostics);
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A fresh copy of the sample in the workspace, opened in an editor. */
async function openSample(name: string): Promise<vscode.TextDocument> {
  const file = join(workspace, name);
  writeFileSync(file, readFileSync(SAMPLE, 'utf8'));
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Resolves once VS Code holds diagnostics for `uri` that satisfy `predicate` (event-driven, no sleeps). */
function diagnosticsWhere(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, timeout = 30_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = vscode.languages.getDiagnostics(uri);
    if (predicate(current)) return resolve(current);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics for ${uri.fsPath} never matched; last had ${vscode.languages.getDiagnostics(uri).length}`));
    }, timeout);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

async function hoverText(document: vscode.TextDocument, needle: string): Promise<string> {
  const position = document.positionAt(document.getText().indexOf(needle) + 1);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Dabir in desktop VS Code', function () {
  before(async function () {
    const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === 'dabir');
    assert(extension, 'the Dabir extension is not loaded');
    await extension.activate();
  });

  it('1 opening the sample gives as many diagnostics as `dabir check`', async function () {
    const expected = checkCount(SAMPLE).length;
    if (expected === 0) this.skip(); // waits for issue 3: no rule reports anything yet
    const document = await openSample('open.fa.txt');
    await diagnosticsWhere(document.uri, (d) => d.filter((x) => x.source === 'dabir').length === expected);
  });

  it('2 hovering قزاقستان shows the country card with capital and English name', async function () {
    const document = await openSample('country.fa.txt');
    const card = await hoverText(document, 'قزاقستان');
    if (!/Kazakhstan/.test(card)) this.skip(); // waits for issue 7 (hover cards)
    assert(/آستانه|Astana/.test(card), `no capital in the card: ${card}`);
  });

  it('3 both names of the Abraham Accords give the treaty card with both dates', async function () {
    const document = await openSample('treaty.fa.txt');
    for (const name of ['پیمان ابراهیم', 'صلح ابراهیم']) {
      const card = await hoverText(document, name);
      if (!/Abraham/.test(card)) this.skip(); // waits for issues 6 and 7 (treaty mentions and cards)
      assert((card.match(/(?:19|20|۱۹|۲۰)[0-9۰-۹]{2}/g)?.length ?? 0) >= 2, `fewer than two dates in the card for ${name}: ${card}`);
    }
  });

  it('4 the quick fix on مینامد writes می‌نامد and its diagnostic goes away', async function () {
    const document = await openSample('quickfix.fa.txt');
    const offset = document.getText().indexOf('مینامد');
    const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + 'مینامد'.length));
    const covers = (d: vscode.Diagnostic) => d.source === 'dabir' && d.range.contains(range.start);
    const expected = checkCount(SAMPLE).some((d) => d.text === 'مینامد');
    if (!expected) this.skip(); // waits for issue 4 (ZWNJ rules)
    await diagnosticsWhere(document.uri, (d) => d.some(covers));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
    const fix = actions.find((action) => action.edit && action.title.includes('می\u200cنامد'));
    assert(fix?.edit, `no quick fix writing می‌نامد among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert(document.getText().includes('می\u200cنامد'), 'the text did not change');
    await diagnosticsWhere(document.uri, (d) => !d.some(covers));
  });

  it('5 saving with source.fixAll.dabir on save writes what `dabir fix` prints', async function () {
    const expected = cli(['fix', SAMPLE]);
    if (expected === readFileSync(SAMPLE, 'utf8')) this.skip(); // waits for issue 3: nothing to fix yet
    const document = await openSample('save.fa.txt');
    await diagnosticsWhere(document.uri, (d) => d.length > 0);
    // An explicit save, as Ctrl+S: it runs the code actions on save even on an unmodified file.
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = readFileSync(document.uri.fsPath, 'utf8');
    assert(saved === expected, 'the saved file differs from `dabir fix`');
  });
});
