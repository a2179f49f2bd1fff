// Hover over the language server, as an editor asks for it: on قزاقستان in the sample article the country card
// (capital آستانه, English name), on either name of the Abraham Accords the treaty card with its 2020 date, nothing
// on an ordinary word, and nothing at all once `dabir.hover.enabled` is false.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { SAMPLE, startServer, type LspSession } from './lspClient';

const URI = 'file:///sample.fa.txt';
const text = readFileSync(SAMPLE, 'utf8');
let session: LspSession | undefined;

afterEach(async () => {
  await session?.shutdown().catch(() => session?.kill());
  session = undefined;
});

/** The LSP position of the first occurrence of `word`, one character in. */
function positionOf(word: string) {
  const offset = text.indexOf(word) + 1;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function hover(word: string, settings: Record<string, unknown> = {}): Promise<string | null> {
  session = startServer();
  session.settings = { dabir: settings };
  await session.initialize();
  session.open(URI, text);
  await session.diagnostics(URI);
  const result = (await session.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: URI },
    position: positionOf(word),
  })) as Hover | null;
  return result ? (result.contents as MarkupContent).value.replace(/[\u2066-\u2069]/g, '') : null;
}

describe('hover on the sample article', () => {
  it('shows Kazakhstan with its capital آستانه and its English name', async () => {
    const card = await hover('قزاقستان');
    expect(card).toContain('### 🇰🇿 قزاقستان · Kazakhstan');
    expect(card).toContain('**پایتخت:** آستانه (Astana)');
  });

  it('shows the Abraham Accords, signed in 2020, on پیمان ابراهیم and on صلح ابراهیم', async () => {
    for (const name of ['پیمان ابراهیم', 'صلح ابراهیم']) {
      const card = await hover(name);
      expect(card, name).toContain('### 📜 پیمان ابراهیم · Abraham Accords');
      expect(card, name).toContain('**تاریخ امضا:** ۲۵ شهریور ۱۳۹۹ (۱۵ سپتامبر ۲۰۲۰)');
      await session?.shutdown();
      session = undefined;
    }
  });

  it('shows nothing on a word the knowledge base does not know', async () => {
    expect(await hover('کارشناس')).toBeNull();
  });

  it('shows nothing when dabir.hover.enabled is false', async () => {
    expect(await hover('قزاقستان', { hover: { enabled: false } })).toBeNull();
  });
});
