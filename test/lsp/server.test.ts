// The built language server, started as a real process and spoken to over stdio with real JSON-RPC.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText } from '../../server/src/analysis/fix';
import { PULL_CLIENT, SAMPLE, serversKilledAfterEach, VSCODE_CLIENT, type LspSession } from './lspClient';

const server = serversKilledAfterEach();

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), [...edits]);
}

function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

function summary(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.severity]);
}

const ARABIC = 'file:///tmp/arabic.txt';
/** «كتاب جديد» typed on an Arabic keyboard: Arabic kaf at 0, Arabic yeh at 7. */
const ARABIC_TEXT = 'كتاب جديد';

describe('initialize', () => {
  it('announces incremental sync, code actions with source.fixAll.dabir, formatting, and push diagnostics to a push client', async () => {
    const lsp = server();
    const { capabilities, serverInfo } = await lsp.initialize();
    expect(serverInfo?.name).toBe('dabir');
    expect(capabilities.textDocumentSync).toEqual({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.dabir'] });
    expect(capabilities.documentFormattingProvider).toBe(true);
    expect(capabilities.documentRangeFormattingProvider).toBe(true);
    expect(capabilities.diagnosticProvider).toBeUndefined();
  });

  it('serves over node IPC, as VS Code’s client starts it', async () => {
    const lsp = server('ipc');
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    expect(summary((await lsp.diagnostics(ARABIC)).diagnostics)).toEqual([
      ['characters-arabic-letters', 0, 0, 1, 2],
      ['characters-arabic-letters', 0, 7, 8, 2],
    ]);
    expect(await lsp.shutdown()).toBe(0);
  });

  it('is the same server behind `dabir lsp --stdio`', async () => {
    const lsp = server('cli');
    const { capabilities } = await lsp.initialize();
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.dabir'] });
    lsp.open(ARABIC, ARABIC_TEXT);
    expect(summary((await lsp.diagnostics(ARABIC)).diagnostics)).toEqual([
      ['characters-arabic-letters', 0, 0, 1, 2],
      ['characters-arabic-letters', 0, 7, 8, 2],
    ]);
    expect(await lsp.shutdown()).toBe(0);
  });

  it('offers pull diagnostics to a client that pulls', async () => {
    const lsp = server();
    const { capabilities } = await lsp.initialize(PULL_CLIENT);
    expect(capabilities.diagnosticProvider).toEqual({ identifier: 'dabir', interFileDependencies: false, workspaceDiagnostics: false });
  });
});

describe('diagnostics', () => {
  it('publishes the sample article’s findings with the document version and source dabir', async () => {
    const lsp = server();
    await lsp.initialize();
    const text = readFileSync(SAMPLE, 'utf8');
    const uri = 'file:///tmp/sample.fa.txt';
    const opened = performance.now();
    lsp.open(uri, text, 'plaintext', 7);
    const published = await lsp.diagnostics(uri);
    // Reported, not asserted: the figure the issue asks for (the sample analysed from a cold start).
    console.log(`didOpen → publishDiagnostics for the sample: ${(performance.now() - opened).toFixed(0)} ms`);
    expect(published.version).toBe(7);
    expect(published.diagnostics.length).toBeGreaterThan(0);
    const document = TextDocument.create(uri, 'plaintext', 7, text);
    for (const d of published.diagnostics) {
      expect(d.source).toBe('dabir');
      expect(typeof d.code).toBe('string');
      // No data: code actions find the finding by rule and range, and an unchanged diagnostic stays byte for byte the same.
      expect(d.data).toBeUndefined();
    }
    // The sample writes مؤمنی with a waw followed by a combining hamza (U+0654).
    const hamza = published.diagnostics.find((d) => d.code === 'characters-decomposed-hamza');
    expect(hamza && document.getText(hamza.range)).toBe('\u0648\u0654');
    expect(lsp.stderr()).toBe('');
  });

  it('flags the Arabic kaf and yeh of «كتاب جديد» as warnings at their exact positions', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const published = await lsp.diagnostics(ARABIC);
    expect(summary(published.diagnostics)).toEqual([
      ['characters-arabic-letters', 0, 0, 1, 2],
      ['characters-arabic-letters', 0, 7, 8, 2],
    ]);
    expect(published.diagnostics.map((d) => d.message)).toEqual(['ک عربی؛ ک فارسی بنویسید', 'ی عربی؛ ی فارسی بنویسید']);
  });

  it('publishes nothing for clean Persian text', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open('file:///tmp/clean.txt', 'کتاب جدید');
    expect((await lsp.diagnostics('file:///tmp/clean.txt')).diagnostics).toEqual([]);
  });

  it('leaves indented code in a Markdown document alone, but checks the same lines in plain text', async () => {
    const lsp = server();
    await lsp.initialize();
    const text = 'متن\n\n    كتاب\n';
    lsp.open('file:///tmp/code.md', text, 'markdown');
    lsp.open('file:///tmp/code.txt', text, 'plaintext');
    expect((await lsp.diagnostics('file:///tmp/code.md')).diagnostics).toEqual([]);
    expect(summary((await lsp.diagnostics('file:///tmp/code.txt')).diagnostics)).toEqual([['characters-arabic-letters', 2, 4, 5, 2]]);
  });

  it('re-publishes fresh diagnostics after an incremental change, for the latest version', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    await lsp.diagnostics(ARABIC, 1);
    // Replace the Arabic kaf with a Persian one, then type an Arabic kaf at the end, in two quick edits.
    lsp.change(ARABIC, 2, [{ range: range(0, 0, 0, 1), text: 'ک' }]);
    lsp.change(ARABIC, 3, [{ range: range(0, 9, 0, 9), text: ' ك' }]);
    const published = await lsp.diagnostics(ARABIC, 3);
    expect(published.version).toBe(3);
    expect(summary(published.diagnostics)).toEqual([
      ['characters-arabic-letters', 0, 7, 8, 2],
      ['characters-arabic-letters', 0, 10, 11, 2],
    ]);
  });

  it('clears the diagnostics of a closed document', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    await lsp.diagnostics(ARABIC);
    const before = lsp.notifications.length;
    lsp.close(ARABIC);
    await expect.poll(() => lsp.notifications.slice(before).find((n) => n.method === 'textDocument/publishDiagnostics')?.params).toEqual({
      uri: ARABIC,
      diagnostics: [],
    });
  });

  it('answers textDocument/diagnostic, and does not also push, when the client pulls', async () => {
    const lsp = server();
    await lsp.initialize(PULL_CLIENT);
    lsp.open(ARABIC, ARABIC_TEXT);
    const report = (await lsp.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ARABIC } })) as {
      kind: string;
      items: Diagnostic[];
    };
    expect(report.kind).toBe('full');
    expect(summary(report.items)).toEqual([
      ['characters-arabic-letters', 0, 0, 1, 2],
      ['characters-arabic-letters', 0, 7, 8, 2],
    ]);
    expect(lsp.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics')).toEqual([]);
  });

  it('tells a pulling client nothing changed, and asks it to pull again after a settings change', async () => {
    const lsp = server();
    await lsp.initialize(PULL_CLIENT);
    lsp.open(ARABIC, ARABIC_TEXT);
    const first = (await lsp.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ARABIC } })) as { resultId: string };
    const again = await lsp.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ARABIC }, previousResultId: first.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });

    lsp.settings.dabir = { enable: false };
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await expect.poll(() => lsp.notifications.some((n) => n.method === 'workspace/diagnostic/refresh')).toBe(true);
    const after = await lsp.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: ARABIC }, previousResultId: first.resultId });
    expect(after).toMatchObject({ kind: 'full', items: [] });
  });
});

describe('diagnostics after edits', () => {
  it('publishes, after each edit, exactly what another server publishes for the edited text opened afresh', async () => {
    // The server reuses the diagnostics (and their encoded JSON) of its last publication; whatever an edit does to
    // the lines and columns after it, what arrives must equal a fresh analysis of the same text.
    const uri = 'file:///tmp/edited.md';
    const sample = readFileSync(SAMPLE, 'utf8');
    let text = `${sample}\n\n${sample}`;
    const lsp = server();
    await lsp.initialize();
    lsp.open(uri, text, 'markdown', 1);
    await lsp.diagnostics(uri, 1);
    // The reference: a second server, with each edited text opened as a new document (so nothing was published for it before).
    const reference = server();
    await reference.initialize();
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const edits = [
      { range: range(2, 5, 2, 5), text: 'ا' }, // a letter inside a line
      { range: range(4, 0, 4, 0), text: 'كتاب\n\n' }, // new lines (and an Arabic kaf) push every later line down
      { range: range(0, 3, 0, 9), text: '' }, // a deletion on the first line
      { range: range(6, 2, 8, 1), text: 'مي' }, // a replacement across lines
    ];
    for (const [k, edit] of edits.entries()) {
      lsp.change(uri, k + 2, [edit]);
      TextDocument.update(document, [edit], k + 2);
      text = document.getText();
      const published = await lsp.diagnostics(uri, k + 2);
      const fresh = `file:///tmp/edited-${k}.md`;
      reference.open(fresh, text, 'markdown', 1);
      const expected = await reference.diagnostics(fresh, 1);
      expect(published.diagnostics).toEqual(expected.diagnostics);
    }
  }, 90_000);
});

describe('pulled diagnostics in bands of lines (VS Code)', () => {
  const kinds = (pulled: { reports: { kind: string }[] }) => pulled.reports.map((r) => r.kind);

  async function vscodeLike(): Promise<LspSession> {
    const lsp = server();
    const { capabilities } = await lsp.initialize(VSCODE_CLIENT);
    // No provider at initialize: the parts are registered once the client has said `initialized`.
    expect(capabilities.diagnosticProvider).toBeUndefined();
    await lsp.until(() => lsp.registrations.length > 0);
    return lsp;
  }

  it('registers 32 providers, dabir:0 to dabir:31, each under the client’s own document selector', async () => {
    const lsp = await vscodeLike();
    expect(lsp.registrations.map((r) => [r.method, r.registerOptions?.identifier, r.registerOptions?.documentSelector])).toEqual(
      Array.from({ length: 32 }, (_, part) => ['textDocument/diagnostic', `dabir:${part}`, null]),
    );
    expect(lsp.registrations.every((r) => r.registerOptions?.interFileDependencies === false)).toBe(true);
  });

  it('together give what a push client gets, after each edit; an edit inside a line sends only its band again', async () => {
    const uri = 'file:///tmp/bands.md';
    const sample = readFileSync(SAMPLE, 'utf8');
    // 12 copies of the sample: about 120 lines, four bands of 32 lines.
    let text = Array.from({ length: 12 }, () => sample).join('\n\n');
    const lsp = await vscodeLike();
    const reference = server();
    await reference.initialize();
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const freshDiagnostics = async (k: number) => {
      const fresh = `file:///tmp/bands-${k}.md`;
      reference.open(fresh, text, 'markdown', 1);
      return (await reference.diagnostics(fresh, 1)).diagnostics;
    };

    lsp.open(uri, text, 'markdown', 1);
    const opened = await lsp.pull(uri);
    expect(opened.diagnostics).toEqual(await freshDiagnostics(0));
    expect(kinds(opened).every((kind) => kind === 'full')).toBe(true);
    expect(opened.reports.filter((r) => r.items > 0).map((r) => r.identifier)).toEqual(['dabir:0', 'dabir:1', 'dabir:2', 'dabir:3']);
    expect(kinds(await lsp.pull(uri)).every((kind) => kind === 'unchanged')).toBe(true);

    // A letter typed inside line 40 (band 1): that band is sent again, every other one is unchanged.
    const edits = [
      { range: range(40, 5, 40, 5), text: 'ا' },
      // New lines on line 70 (band 2) push every later line down: bands 0 and 1 stay, the rest are sent again.
      { range: range(70, 0, 70, 0), text: 'كتاب\n\n' },
    ];
    lsp.change(uri, 2, [edits[0]]);
    TextDocument.update(document, [edits[0]], 2);
    text = document.getText();
    const typed = await lsp.pull(uri);
    expect(typed.diagnostics).toEqual(await freshDiagnostics(1));
    expect(typed.reports.filter((r) => r.kind === 'full').map((r) => r.identifier)).toEqual(['dabir:1']);

    lsp.change(uri, 3, [edits[1]]);
    TextDocument.update(document, [edits[1]], 3);
    text = document.getText();
    const pushedDown = await lsp.pull(uri);
    expect(pushedDown.diagnostics).toEqual(await freshDiagnostics(2));
    expect(kinds(pushedDown).slice(0, 2)).toEqual(['unchanged', 'unchanged']);
    expect(pushedDown.reports.slice(2, 4).map((r) => r.kind)).toEqual(['full', 'full']);
  }, 90_000);
});

describe('names shared across paragraphs, in the editor', () => {
  it('withdraws a surname\'s spelling warning lines away once the writer names the person in full', async () => {
    const uri = 'file:///tmp/names.md';
    // The surname alone on line 60, in the second band of 32 lines; the name typed on line 0, in the first.
    const filler = Array.from({ length: 30 }, () => 'کارشناسان دربارهٔ این سفر سخن گفتند.');
    const lines = [...filler, 'به گفتهٔ کارشناسان، سفر توکایف نشانهٔ تغییر است.'];
    const text = lines.join('\n\n');
    const lsp = server();
    await lsp.initialize(VSCODE_CLIENT);
    await lsp.until(() => lsp.registrations.length > 0);
    lsp.open(uri, text, 'markdown', 1);
    const surname = (pulled: { diagnostics: Diagnostic[] }) => pulled.diagnostics.filter((d) => d.code === 'spelling-unknown').map((d) => d.range.start.line);
    expect(surname(await lsp.pull(uri))).toEqual([60]);

    lsp.change(uri, 2, [{ range: range(0, 0, 0, 0), text: 'قاسم‌جومارت توکایف رئیس‌جمهور قزاقستان است. ' }]);
    const named = await lsp.pull(uri);
    expect(surname(named)).toEqual([]);
    expect(named.reports.find((r) => r.identifier === 'dabir:1')?.kind).toBe('full');
  }, 60_000);
});

/** The code actions offered for one diagnostic, as an editor asks for them with the cursor on it. */
function codeActionsFor(lsp: LspSession, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

describe('code actions', () => {
  it('offers the safe fix as the preferred quick fix, and applying it removes that diagnostic', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const [kaf] = (await lsp.diagnostics(ARABIC)).diagnostics;
    const actions = await codeActionsFor(lsp, ARABIC, kaf);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix).toMatchObject({ title: 'ک فارسی', kind: 'quickfix' });
    expect(fix.diagnostics?.map((d) => d.code)).toEqual(['characters-arabic-letters']);
    const edits = fix.edit!.changes![ARABIC];
    expect(edits).toEqual([{ range: range(0, 0, 0, 1), newText: 'ک' }]);
    expect(apply(ARABIC_TEXT, edits)).toBe('کتاب جديد');

    lsp.change(ARABIC, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
    const after = await lsp.diagnostics(ARABIC, 2);
    expect(summary(after.diagnostics)).toEqual([['characters-arabic-letters', 0, 7, 8, 2]]);
  });

  it('offers "fix all" for a rule with several findings, which fixes every one of them', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const [kaf] = (await lsp.diagnostics(ARABIC)).diagnostics;
    const actions = await codeActionsFor(lsp, ARABIC, kaf);
    const fixAll = actions.find((a) => a.title === 'اصلاح همهٔ موارد characters-arabic-letters در این سند')!;
    expect(fixAll.kind).toBe('quickfix');
    expect(apply(ARABIC_TEXT, fixAll.edit!.changes![ARABIC])).toBe('کتاب جدید');
  });

  it('gives "fix all" without its edit to a client that resolves code actions, and the edit on resolve', async () => {
    const lsp = server();
    const { capabilities } = await lsp.initialize(VSCODE_CLIENT);
    expect(capabilities.codeActionProvider).toMatchObject({ resolveProvider: true });
    lsp.open(ARABIC, ARABIC_TEXT);
    const [kaf] = (await lsp.pull(ARABIC)).diagnostics;
    const actions = await codeActionsFor(lsp, ARABIC, kaf);
    const fixAll = actions.find((a) => a.title === 'اصلاح همهٔ موارد characters-arabic-letters در این سند')!;
    expect(fixAll.edit).toBeUndefined();
    // The quick fix of the finding itself still comes with its edit: it is one range.
    expect(actions.find((a) => a.isPreferred)?.edit).toBeDefined();
    const resolved = (await lsp.connection.sendRequest('codeAction/resolve', fixAll)) as CodeAction;
    expect(apply(ARABIC_TEXT, resolved.edit!.changes![ARABIC])).toBe('کتاب جدید');
    // An action that is not one of Dabir's comes back as it was sent.
    expect(await lsp.connection.sendRequest('codeAction/resolve', { title: 'other', data: { x: 1 } })).toEqual({ title: 'other', data: { x: 1 } });
  });

  it('speaks English titles when the editor’s display language is English', async () => {
    const lsp = server();
    await lsp.initialize(undefined, 'en-US');
    lsp.open(ARABIC, ARABIC_TEXT);
    const [kaf] = (await lsp.diagnostics(ARABIC)).diagnostics;
    expect(kaf.message).toBe('Arabic kaf; use Persian ک');
    const actions = await codeActionsFor(lsp, ARABIC, kaf);
    expect(actions.map((a) => a.title)).toEqual(['Use Persian ک', 'Fix all characters-arabic-letters problems in this document']);
  });

  it('answers source.fixAll.dabir with the text `dabir fix` would write, for codeActionsOnSave', async () => {
    const lsp = server();
    await lsp.initialize();
    const text = readFileSync(SAMPLE, 'utf8');
    const uri = 'file:///tmp/sample-fixall.txt';
    lsp.open(uri, text);
    await lsp.diagnostics(uri);
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.dabir']);
    const fixed = apply(text, actions[0].edit!.changes![uri]);
    expect(fixed).toBe(fixText(text, { syntax: 'plaintext' }));
    expect(fixed).not.toBe(text);
  });

  it('offers no source action when only quick fixes are asked for, and none when nothing is fixable', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open('file:///tmp/clean.txt', 'کتاب جدید');
    const actions = await lsp.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///tmp/clean.txt' },
      range: range(0, 0, 0, 4),
      context: { diagnostics: [], only: ['source.fixAll.dabir', 'quickfix'] },
    });
    expect(actions).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats the sample to exactly what fixText produces', async () => {
    const lsp = server();
    await lsp.initialize();
    const text = readFileSync(SAMPLE, 'utf8');
    const uri = 'file:///tmp/sample-format.txt';
    lsp.open(uri, text);
    const edits = (await lsp.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(apply(text, edits)).toBe(fixText(text, { syntax: 'plaintext' }));
  });

  it('returns each fix as its own small edit when one pass is enough, so the cursor stays put', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const edits = await lsp.connection.sendRequest('textDocument/formatting', { textDocument: { uri: ARABIC }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toEqual([
      { range: range(0, 0, 0, 1), newText: 'ک' },
      { range: range(0, 7, 0, 8), newText: 'ی' },
    ]);
  });

  it('reaches what fixText reaches when one fix uncovers another (quotes, then the spaces inside them)', async () => {
    const text = 'او گفت : " سلام "';
    const uri = 'file:///tmp/quotes.txt';
    const lsp = server();
    await lsp.initialize();
    lsp.open(uri, text);
    const edits = (await lsp.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
    expect(apply(text, edits)).toBe('او گفت: «سلام»');
    expect(apply(text, edits)).toBe(fixText(text, { syntax: 'plaintext' }));
  });

  it('range formatting fixes only the findings inside the range', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const edits = (await lsp.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri: ARABIC },
      range: range(0, 5, 0, 9),
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(apply(ARABIC_TEXT, edits)).toBe('كتاب جدید');
  });
});

describe('settings', () => {
  it('reads dabir settings per document and re-publishes when they change', async () => {
    const lsp = server();
    lsp.settings.dabir = { severity: { characters: 'error' } };
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const first = await lsp.diagnostics(ARABIC);
    expect(first.diagnostics.map((d) => d.severity)).toEqual([1, 1]);

    lsp.settings.dabir = { rules: { disabled: ['characters-arabic-letters'] } };
    const before = lsp.notifications.length;
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await expect.poll(() => lsp.notifications.slice(before).find((n) => n.method === 'textDocument/publishDiagnostics')?.params).toEqual({
      uri: ARABIC,
      version: 1,
      diagnostics: [],
    });
  });

  it('uses the settings a client pushes when it cannot be asked for them', async () => {
    const lsp = server();
    await lsp.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } });
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { dabir: { locale: 'en', severity: { 'characters-arabic-letters': 'hint' } } } });
    lsp.open(ARABIC, ARABIC_TEXT);
    const published = await lsp.diagnostics(ARABIC);
    expect(published.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      [4, 'Arabic kaf; use Persian ک'],
      [4, 'Arabic yeh; use Persian ی'],
    ]);
  });

  it('says so, rather than staying silent, when a document is longer than dabir.maxDocumentSize', async () => {
    const lsp = server();
    lsp.settings.dabir = { maxDocumentSize: 5, locale: 'en' };
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    const published = await lsp.diagnostics(ARABIC);
    expect(published.diagnostics).toEqual([
      {
        range: range(0, 0, 0, 0),
        severity: 3,
        source: 'dabir',
        code: 'document-too-large',
        message: 'Dabir did not check this document: it has 9 characters, more than dabir.maxDocumentSize (5).',
      },
    ]);
    await expect.poll(() => lsp.notifications.find((n) => n.method === 'window/showMessage')?.params).toEqual({
      type: 3,
      message: 'Dabir did not check this document: it has 9 characters, more than dabir.maxDocumentSize (5).',
    });
  });

  it('leaves Latin digits in Persian prose alone when dabir.digits is keep', async () => {
    const text = 'در سال 1402 به تهران رفت.';
    const lsp = server();
    await lsp.initialize();
    lsp.open('file:///tmp/digits-default.txt', text);
    expect(summary((await lsp.diagnostics('file:///tmp/digits-default.txt')).diagnostics)).toEqual([['digits-latin', 0, 7, 11, 3]]);

    lsp.settings.dabir = { digits: 'keep' };
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    lsp.open('file:///tmp/digits-keep.txt', text);
    expect((await lsp.diagnostics('file:///tmp/digits-keep.txt')).diagnostics).toEqual([]);
  });

  it('never flags a word in dabir.words', async () => {
    const text = 'او کتابی دربارهٔ زاگرسنشینان نوشت.';
    const lsp = server();
    await lsp.initialize();
    lsp.open('file:///tmp/words-default.txt', text);
    expect(summary((await lsp.diagnostics('file:///tmp/words-default.txt')).diagnostics)).toEqual([['spelling-unknown', 0, 17, 28, 2]]);

    lsp.settings.dabir = { words: ['زاگرسنشینان'] };
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    lsp.open('file:///tmp/words-personal.txt', text);
    expect((await lsp.diagnostics('file:///tmp/words-personal.txt')).diagnostics).toEqual([]);
  });

  it('checks nothing when dabir.enable is false', async () => {
    const lsp = server();
    lsp.settings.dabir = { enable: false };
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    expect((await lsp.diagnostics(ARABIC)).diagnostics).toEqual([]);
  });
});

describe('bad requests', () => {
  it('answers unknown methods, unopened documents, malformed params and positions past the end, and keeps serving', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    await lsp.diagnostics(ARABIC);

    await expect(lsp.connection.sendRequest('dabir/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await expect(
      lsp.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: 'file:///tmp/never-opened.txt' },
        range: range(0, 0, 0, 0),
        context: { diagnostics: [] },
      }),
    ).rejects.toMatchObject({ code: -32602, message: 'Dabir: file:///tmp/never-opened.txt is not open (send textDocument/didOpen first)' });
    await expect(lsp.connection.sendRequest('textDocument/codeAction', {})).rejects.toMatchObject({ code: -32602 });
    await expect(lsp.connection.sendRequest('textDocument/formatting', { textDocument: { uri: 42 } })).rejects.toMatchObject({ code: -32602 });
    await expect(lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: ARABIC }, range: 'everything' })).rejects.toMatchObject({
      code: -32602,
    });
    await expect(lsp.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///tmp/never-opened.txt' } })).rejects.toMatchObject({
      code: -32602,
    });
    // Positions past the end of the document are read as its end.
    const pastEnd = (await lsp.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri: ARABIC },
      range: range(0, 5, 99, 0),
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(apply(ARABIC_TEXT, pastEnd)).toBe('كتاب جدید');
    // A malformed notification is survived too.
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///tmp/never-opened.txt', version: 2 } });

    // Still serving.
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: ARABIC },
      range: range(0, 0, 0, 1),
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['ک فارسی', 'اصلاح همهٔ موارد characters-arabic-letters در این سند']);
    expect(lsp.stderr()).not.toMatch(/unhandled/i);
    expect(await lsp.shutdown()).toBe(0);
  });

  it('exits with 0 after shutdown and exit, with nothing on stderr', async () => {
    const lsp = server();
    await lsp.initialize();
    lsp.open(ARABIC, ARABIC_TEXT);
    await lsp.diagnostics(ARABIC);
    expect(await lsp.shutdown()).toBe(0);
    expect(lsp.stderr()).toBe('');
  });
});
