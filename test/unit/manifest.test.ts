// The extension manifest as VS Code and the Marketplace read it: commands with translated titles and a handler in
// the client, settings in titled sections that the server reads, the ZWNJ allowed in unicode highlighting, a
// problem matcher that reads `dabir check --format text`, semantic token types with fallbacks, a walkthrough whose
// media exist, and the Marketplace's fields.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('package.json'));
const contributes = manifest.contributes;
const nls = { en: JSON.parse(read('package.nls.json')), fa: JSON.parse(read('package.nls.fa.json')) };

type Schema = Record<string, unknown>;
const sections: { title: string; properties: Record<string, Schema> }[] = contributes.configuration;
const properties: Record<string, Schema> = Object.assign({}, ...sections.map((section) => section.properties));

function clientSources(dir = 'client/src'): string {
  return readdirSync(join(ROOT, dir))
    .map((name) => {
      const path = `${dir}/${name}`;
      return statSync(join(ROOT, path)).isDirectory() ? clientSources(path) : path.endsWith('.ts') ? read(path) : '';
    })
    .join('\n');
}

const nlsOf = (placeholder: unknown) => {
  const key = typeof placeholder === 'string' ? /^%(.+)%$/.exec(placeholder)?.[1] : undefined;
  return key ? { en: nls.en[key] as string | undefined, fa: nls.fa[key] as string | undefined } : undefined;
};

describe('commands', () => {
  const commands: { command: string; title: string; category: string }[] = contributes.commands;
  const client = clientSources();

  it('offers every command the issue names, under the Dabir category, titled in both languages', () => {
    const ids = commands.map((command) => command.command);
    for (const id of ['insertZwnj', 'toggleZwnjMarks', 'fixAll', 'normalizeSelection', 'listEntities', 'lookup', 'addWord', 'restartServer']) {
      expect(ids).toContain(`dabir.${id}`);
    }
    for (const command of commands) {
      expect(nlsOf(command.category)).toEqual({ en: 'Dabir', fa: 'دبیر' });
      const title = nlsOf(command.title);
      expect(title?.en, command.command).toBeTruthy();
      expect(title?.fa, command.command).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('registers a handler in the client for every contributed command', () => {
    for (const { command } of commands) expect(client, command).toContain(`registerCommand('${command}'`);
  });

  it('puts only contributed commands in menus and keybindings', () => {
    const ids = new Set(commands.map((command) => command.command));
    const used = [
      ...Object.values(contributes.menus as Record<string, { command: string }[]>).flat(),
      ...(contributes.keybindings as { command: string }[]).filter((binding) => binding.command.startsWith('dabir.')),
    ].map((item) => item.command);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
    expect(contributes.menus['editor/context'].map((item: { command: string }) => item.command)).toEqual(
      expect.arrayContaining(['dabir.fixAll', 'dabir.normalizeSelection', 'dabir.addWord']),
    );
    expect(contributes.menus['editor/title'].map((item: { command: string }) => item.command)).toContain('dabir.toggleZwnjMarks');
  });

  it('binds Shift+Space to typing a ZWNJ in the editor itself, only in a writable editor of a checked language', () => {
    // The built-in `type` command runs in the editor, so that a ZWNJ typed between two letters lands there even when
    // the writer types on at once; a command in the extension host would lose it to the race.
    expect(contributes.keybindings).toContainEqual({
      command: 'type',
      args: { text: '\u200c' },
      key: 'shift+space',
      when: 'editorTextFocus && !editorReadonly && !inlineEditIsVisible && editorLangId in dabir.languages',
    });
    expect(client).toContain("setContext', 'dabir.languages'");
  });
});

describe('settings', () => {
  it('groups the settings in the issue’s titled sections, each title in both languages', () => {
    expect(sections.map((section) => nlsOf(section.title)?.en)).toEqual(['General', 'Rules', 'ZWNJ', 'Digits', 'Dictionary', 'Entities and cards', 'Limits']);
    for (const section of sections) expect(nlsOf(section.title)?.fa).toMatch(/[\u0600-\u06FF]/);
  });

  it('contributes every setting the server reads, and every setting has a description in both languages', () => {
    const read = [...Object.keys(DEFAULT_SETTINGS).filter((key) => !['rules', 'zwnj'].includes(key)), 'rules.disabled', 'zwnj.style', 'hover.enabled', 'entities.highlight'];
    for (const key of read) expect(Object.keys(properties)).toContain(`dabir.${key}`);
    for (const [name, schema] of Object.entries(properties)) {
      const description = nlsOf(schema.description ?? schema.markdownDescription);
      expect(description?.en, name).toBeTruthy();
      expect(description?.fa, name).toMatch(/[\u0600-\u06FF]/);
      for (const item of (schema.enumDescriptions as string[] | undefined) ?? []) expect(nlsOf(item)?.fa, name).toBeTruthy();
    }
  });

  it('has the defaults the server assumes when a client sends nothing', () => {
    expect(properties['dabir.enable'].default).toBe(DEFAULT_SETTINGS.enable);
    expect(properties['dabir.locale'].default).toBe(DEFAULT_SETTINGS.locale);
    expect(properties['dabir.digits'].default).toBe(DEFAULT_SETTINGS.digits);
    expect(properties['dabir.zwnj.style'].default).toBe(DEFAULT_SETTINGS.zwnj.style);
    expect(properties['dabir.maxDocumentSize'].default).toBe(DEFAULT_SETTINGS.maxDocumentSize);
    expect(properties['dabir.ignorePaths'].default).toEqual(DEFAULT_SETTINGS.ignorePaths);
  });

  it('scopes per-document settings to resources, so that workspace folders can differ', () => {
    for (const [name, schema] of Object.entries(properties)) {
      if (name !== 'dabir.languages') expect(schema.scope, name).toBe('resource');
    }
  });
});

describe('the ZWNJ is not an invisible-character warning', () => {
  it('allows U+200C in unicode highlighting for Markdown and plain text, and leaves invisible characters on', () => {
    for (const language of ['[markdown]', '[plaintext]']) {
      const defaults = contributes.configurationDefaults[language];
      expect(defaults['editor.unicodeHighlight.allowedCharacters']).toEqual({ '\u200c': true });
      expect(defaults).not.toHaveProperty('editor.unicodeHighlight.invisibleCharacters');
    }
  });
});

describe('the problem matcher', () => {
  const matcher = contributes.problemMatchers.find((m: { name: string }) => m.name === 'dabir');
  const regexp = new RegExp(matcher.pattern.regexp);

  it('reads a line of `dabir check --format text` into file, line, column, rule and message', () => {
    const line = 'docs/کشورها.md:3:14  zwnj-missing  Missing ZWNJ: «کتاب‌ها»  «کتاب ها»  → کتاب‌ها';
    const match = regexp.exec(line);
    expect(match && [match[matcher.pattern.file], match[matcher.pattern.line], match[matcher.pattern.column], match[matcher.pattern.code], match[matcher.pattern.message]]).toEqual([
      'docs/کشورها.md', '3', '14', 'zwnj-missing', 'Missing ZWNJ: «کتاب‌ها»  «کتاب ها»  → کتاب‌ها',
    ]);
  });

  it('does not read the summary line as a finding', () => {
    expect(regexp.test('54 finding(s) in 1 file(s)')).toBe(false);
  });
});

describe('semantic tokens', () => {
  it('describes every entity token type in both languages and gives it a TextMate fallback', () => {
    const scopes = Object.assign({}, ...contributes.semanticTokenScopes.map((entry: { scopes: object }) => entry.scopes));
    for (const type of contributes.semanticTokenTypes as { id: string; description: string }[]) {
      expect(nlsOf(type.description)?.fa, type.id).toMatch(/[\u0600-\u06FF]/);
      expect(scopes[type.id], type.id).toEqual(expect.arrayContaining([expect.any(String)]));
    }
  });
});

describe('walkthrough and Marketplace', () => {
  it('has a walkthrough whose steps show Markdown files that exist', () => {
    const [walkthrough] = contributes.walkthroughs;
    expect(walkthrough.steps.map((step: { id: string }) => step.id)).toEqual(['dabir.welcome.sample', 'dabir.welcome.zwnj', 'dabir.welcome.cards', 'dabir.welcome.settings']);
    for (const step of walkthrough.steps) expect(existsSync(join(ROOT, step.media.markdown)), step.media.markdown).toBe(true);
  });

  it('has a 128×128 PNG icon', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });

  it('has categories, keywords in both languages, a licence, a changelog and a banner', () => {
    expect(manifest.categories).toEqual(['Linters', 'Formatters', 'Other']);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['persian', 'فارسی', 'نیم‌فاصله']));
    expect(manifest.keywords.length).toBeLessThanOrEqual(30);
    expect(manifest.license).toBe('MIT');
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
    expect(read('CHANGELOG.md')).toMatch(/^## 0\.1\.0/m);
    expect(manifest.galleryBanner.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.l10n).toBe('./l10n');
  });

  it('lets into the package what the manifest points at', () => {
    const ignore = read('.vscodeignore');
    for (const allowed of ['!images/**', '!l10n/**', '!package.nls.json', '!package.nls.fa.json', '!docs/rules.md', '!docs/walkthrough/**', '!samples/**', '!CHANGELOG.md']) {
      expect(ignore.split('\n')).toContain(allowed);
    }
  });
});
