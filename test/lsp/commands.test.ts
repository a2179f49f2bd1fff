// The requests behind the editor's Dabir commands (server/src/lsp/commands.ts), dabir.ignorePaths, and the rule
// links on diagnostics, over real stdio JSON-RPC against the built server.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PUSH_CLIENT, serversKilledAfterEach, type LspSession } from './lspClient';

const server = serversKilledAfterEach();

const URI = 'file:///tmp/news.txt';
// Line 1 starts with an emoji (two UTF-16 code units), so «قزاقستان» there starts at character 3.
const TEXT = 'کارشناس مسائل قفقاز گفت قزاقستان به پیمان ابراهیم پیوسته است.\n🙂 قزاقستان روابط نزدیکی با آمریکا دارد.';

async function opened(lsp: LspSession, uri = URI, text = TEXT) {
  await lsp.initialize(PUSH_CLIENT);
  lsp.open(uri, text);
  return lsp.diagnostics(uri, 1);
}

describe('dabir/entities', () => {
  it('lists the document’s entities in order, with offsets, ids and UTF-16 ranges', async () => {
    const lsp = server();
    await opened(lsp);
    const { entities } = (await lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: URI } })) as { entities: any[] };
    const kazakhstan = entities.filter((entity) => entity.text === 'قزاقستان');
    expect(kazakhstan).toEqual([
      { start: 24, end: 32, text: 'قزاقستان', type: 'country', id: 'KZ', range: { start: { line: 0, character: 24 }, end: { line: 0, character: 32 } } },
      { start: 65, end: 73, text: 'قزاقستان', type: 'country', id: 'KZ', range: { start: { line: 1, character: 3 }, end: { line: 1, character: 11 } } },
    ]);
    expect(entities.map((entity) => entity.start)).toEqual([...entities.map((entity) => entity.start)].sort((a, b) => a - b));
    expect(entities.find((entity) => entity.type === 'treaty')).toMatchObject({ id: 'abraham-accords' });
  });

  it('answers an unopened document with an error, not a crash', async () => {
    const lsp = server();
    await opened(lsp);
    await expect(lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: 'file:///tmp/never-opened.txt' } })).rejects.toThrow(/not open/);
  });

  it('gives only the entities within the ranges asked for, and the count of all of them', async () => {
    const lsp = server();
    await opened(lsp);
    const all = (await lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: URI } })) as { entities: any[]; total: number };
    expect(all.total).toBe(all.entities.length);
    const line1 = { start: { line: 1, character: 0 }, end: { line: 1, character: 40 } };
    const onLine1 = (await lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: URI }, ranges: [line1] })) as { entities: any[]; total: number };
    expect(onLine1.entities.map((entity) => entity.text)).toEqual(['قزاقستان', 'آمریکا']);
    expect(onLine1.total).toBe(all.total);
    // A cursor inside «پیمان ابراهیم» (line 0, characters 36–49) touches that entity alone.
    const cursor = { start: { line: 0, character: 40 }, end: { line: 0, character: 40 } };
    const atCursor = (await lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: URI }, ranges: [cursor] })) as { entities: any[] };
    expect(atCursor.entities.map((entity) => [entity.text, entity.type])).toEqual([['پیمان ابراهیم', 'treaty']]);
    const countOnly = (await lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: URI }, ranges: [] })) as { entities: any[]; total: number };
    expect(countOnly).toEqual({ entities: [], total: all.total });
  });

  it('rejects ranges that are not a list of ranges', async () => {
    const lsp = server();
    await opened(lsp);
    await expect(lsp.connection.sendRequest('dabir/entities', { textDocument: { uri: URI }, ranges: [{ start: 3 }] })).rejects.toThrow(/list of ranges/);
  });
});

describe('dabir/selectionFixes', () => {
  const text = 'او كتاب ها را خواند.\nسال ١٤٠٢ آمد.';
  const uri = 'file:///tmp/selection.txt';

  it('returns the safe fixes inside the selection only', async () => {
    const lsp = server();
    await opened(lsp, uri, text);
    const line1 = { start: { line: 1, character: 0 }, end: { line: 1, character: 13 } };
    const edits = await lsp.connection.sendRequest('dabir/selectionFixes', { textDocument: { uri }, ranges: [line1] });
    expect(edits).toEqual([{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } }, newText: '۱۴۰۲' }]);
  });

  it('merges several selections, and leaves text outside them alone', async () => {
    const lsp = server();
    await opened(lsp, uri, text);
    const arabicKaf = { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } };
    const digits = { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } };
    const edits = (await lsp.connection.sendRequest('dabir/selectionFixes', { textDocument: { uri }, ranges: [digits, arabicKaf, digits] })) as { newText: string }[];
    expect(edits.map((edit) => edit.newText)).toEqual(['ک', '۱۴۰۲']);
  });

  it('rejects a request without ranges', async () => {
    const lsp = server();
    await opened(lsp, uri, text);
    await expect(lsp.connection.sendRequest('dabir/selectionFixes', { textDocument: { uri } })).rejects.toThrow(/needs params.ranges/);
  });
});

describe('dabir/lookup', () => {
  it('finds a country by its Persian name and gives its card in the asked language', async () => {
    const lsp = server();
    await lsp.initialize(PUSH_CLIENT, 'en');
    const fa = (await lsp.connection.sendRequest('dabir/lookup', { query: 'قزاقستان', locale: 'fa' })) as any;
    expect(fa).toMatchObject({ found: true, kind: 'country', id: 'KZ', name: 'قزاقستان', locale: 'fa' });
    expect(fa.markdown).toContain('آستانه');
    const en = (await lsp.connection.sendRequest('dabir/lookup', { query: 'KZ' })) as any;
    expect(en).toMatchObject({ found: true, kind: 'country', id: 'KZ', name: 'Kazakhstan', locale: 'en' });
  });

  it('finds a treaty, and offers the nearest names for a name it does not know', async () => {
    const lsp = server();
    await lsp.initialize(PUSH_CLIENT, 'fa');
    expect(await lsp.connection.sendRequest('dabir/lookup', { query: 'پیمان ابراهیم' })).toMatchObject({ found: true, kind: 'treaty', id: 'abraham-accords', locale: 'fa' });
    const missing = (await lsp.connection.sendRequest('dabir/lookup', { query: 'قزاقستون' })) as any;
    expect(missing.found).toBe(false);
    expect(missing.suggestions).toContain('قزاقستان');
  });

  it('rejects an empty query', async () => {
    const lsp = server();
    await lsp.initialize(PUSH_CLIENT);
    await expect(lsp.connection.sendRequest('dabir/lookup', { query: '  ' })).rejects.toThrow(/needs params.query/);
  });
});

describe('dabir.ignorePaths', () => {
  const text = 'او كتاب خواند.';

  it('checks nothing in a file the patterns match, and checks the others', async () => {
    const lsp = server();
    lsp.settings.dabir = { ignorePaths: ['drafts/**'] };
    await lsp.initialize(PUSH_CLIENT);
    lsp.open('file:///home/writer/book/drafts/one.md', text, 'markdown');
    lsp.open('file:///home/writer/book/chapters/one.md', text, 'markdown');
    expect((await lsp.diagnostics('file:///home/writer/book/drafts/one.md')).diagnostics).toEqual([]);
    expect((await lsp.diagnostics('file:///home/writer/book/chapters/one.md')).diagnostics.map((d) => d.code)).toEqual(['characters-arabic-letters']);
  });

  it('takes effect without a reload when the setting changes', async () => {
    const lsp = server();
    await lsp.initialize(PUSH_CLIENT);
    const uri = 'file:///home/writer/book/notes.en.md';
    lsp.open(uri, text, 'markdown');
    expect((await lsp.diagnostics(uri)).diagnostics).toHaveLength(1);
    lsp.settings.dabir = { ignorePaths: ['*.en.md'] };
    const before = lsp.notifications.length;
    await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await expect.poll(() => lsp.notifications.slice(before).find((n) => n.method === 'textDocument/publishDiagnostics')?.params).toEqual({ uri, version: 1, diagnostics: [] });
  });
});

describe('rule links', () => {
  it('links each diagnostic’s code to its rule’s heading in docs/rules.md', async () => {
    const lsp = server();
    const { diagnostics } = await opened(lsp, 'file:///tmp/kaf.txt', 'او كتاب ها را خواند.');
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['characters-arabic-letters', 'zwnj-missing']);
    for (const diagnostic of diagnostics) {
      const href = diagnostic.codeDescription!.href;
      const [file, line] = href.split('#L');
      expect(file.endsWith('/docs/rules.md')).toBe(true);
      expect(readFileSync(fileURLToPath(file), 'utf8').split('\n')[Number(line) - 1]).toBe(`### ${diagnostic.code}`);
    }
  });
});
