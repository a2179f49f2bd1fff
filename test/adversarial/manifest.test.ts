// What the extension manifest promises about untrusted workspaces (VS Code's Restricted Mode). Dabir runs no program
// and writes no file because of a setting (test/adversarial/lsp.test.ts proves it for the server under hostile
// settings), so it supports untrusted workspaces; the one setting that costs resources, dabir.maxDocumentSize, is
// restricted so that a workspace cannot make the server analyse arbitrarily large files. Any setting that names a
// program, a command or a path to load must be restricted too: this test fails when one is added without it.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8'));

function settingNames(): string[] {
  const configuration = manifest.contributes?.configuration;
  const sections = Array.isArray(configuration) ? configuration : configuration ? [configuration] : [];
  return sections.flatMap((section: { properties?: Record<string, unknown> }) => Object.keys(section.properties ?? {}));
}

/** Settings whose value could make an extension run or load something. */
const DANGEROUS = /(path|command|executable|program|script|server|args|env|module|plugin|url)$/i;

describe('the extension manifest', () => {
  const untrusted = manifest.capabilities?.untrustedWorkspaces;

  it('declares how Dabir behaves in untrusted workspaces', () => {
    expect(untrusted).toBeDefined();
    expect([true, 'limited']).toContain(untrusted.supported);
    if (untrusted.supported === 'limited') expect(untrusted.description).toMatch(/\S/);
  });

  it('restricts dabir.maxDocumentSize and every setting that could name a program, command or path to load', () => {
    const names = settingNames();
    expect(names).toContain('dabir.maxDocumentSize');
    const restricted: string[] = untrusted?.restrictedConfigurations ?? [];
    const mustRestrict = ['dabir.maxDocumentSize', ...names.filter((name) => DANGEROUS.test(name))];
    expect(restricted).toEqual(expect.arrayContaining(mustRestrict));
    // Every restricted name is a real setting (a typo would restrict nothing).
    for (const name of restricted) expect(names).toContain(name);
  });
});
