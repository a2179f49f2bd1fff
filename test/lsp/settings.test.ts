// How the server reads whatever a client sends for the `dabir` section.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, documentOptions, readSettings, resolveLocale } from '../../server/src/lsp/settings';

describe('readSettings', () => {
  it('takes the defaults when the client sends nothing, null or a non-object', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('dabir')).toEqual(DEFAULT_SETTINGS);
  });

  it('reads VS Code’s nested shape', () => {
    const settings = readSettings({
      enable: false,
      locale: 'en',
      rules: { disabled: ['zwnj', 'spelling-unknown'] },
      severity: { spelling: 'information', 'zwnj-missing': 'error' },
      digits: 'latin',
      zwnj: { style: 'common' },
      words: ['زاگرس‌نشین'],
      maxDocumentSize: 1000,
      ignorePaths: ['drafts/**'],
    });
    expect(settings).toEqual({
      enable: false,
      locale: 'en',
      rules: { disabled: ['zwnj', 'spelling-unknown'] },
      severity: { spelling: 'information', 'zwnj-missing': 'error' },
      digits: 'latin',
      zwnj: { style: 'common' },
      words: ['زاگرس‌نشین'],
      maxDocumentSize: 1000,
      ignorePaths: ['drafts/**'],
    });
  });

  it('reads flat dotted keys, as some editors’ users write them', () => {
    const settings = readSettings({ 'rules.disabled': ['digits'], 'zwnj.style': 'common' });
    expect(settings.rules.disabled).toEqual(['digits']);
    expect(settings.zwnj.style).toBe('common');
  });

  it('replaces each malformed field by its default and keeps the well-formed ones', () => {
    const settings = readSettings({
      enable: 'yes',
      locale: 'de',
      rules: { disabled: 'zwnj' },
      severity: { spelling: 'loud', digits: 'hint' },
      digits: 'roman',
      words: ['ایران', 3, ''],
      maxDocumentSize: -5,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, severity: { digits: 'hint' }, words: ['ایران'] });
  });
});

describe('resolveLocale', () => {
  it('follows the editor’s display language under auto, Persian when the editor names none', () => {
    expect(resolveLocale('auto', 'fa')).toBe('fa');
    expect(resolveLocale('auto', 'fa-IR')).toBe('fa');
    expect(resolveLocale('auto', 'en-US')).toBe('en');
    expect(resolveLocale('auto', 'de')).toBe('en');
    expect(resolveLocale('auto', undefined)).toBe('fa');
  });

  it('lets an explicit setting win over the editor', () => {
    expect(resolveLocale('fa', 'en-US')).toBe('fa');
    expect(resolveLocale('en', 'fa')).toBe('en');
  });
});

describe('documentOptions', () => {
  it('reads Markdown as Markdown and every other language as plain text', () => {
    expect(documentOptions(DEFAULT_SETTINGS, 'markdown', 'fa').syntax).toBe('markdown');
    expect(documentOptions(DEFAULT_SETTINGS, 'plaintext', 'fa').syntax).toBe('plaintext');
    expect(documentOptions(DEFAULT_SETTINGS, 'latex', 'fa').syntax).toBe('plaintext');
  });

  it('maps the settings onto the analysis options', () => {
    const options = documentOptions(
      readSettings({ rules: { disabled: ['zwnj'] }, digits: 'keep', zwnj: { style: 'common' }, words: ['دبیر'], severity: { spelling: 'hint' } }),
      'markdown',
      'en-GB',
    );
    expect(options).toEqual({
      locale: 'en',
      disabledRules: ['zwnj'],
      digits: 'keep',
      zwnjStyle: 'common',
      words: new Set(['دبیر']),
      severity: { spelling: 'hint' },
      entities: true,
      syntax: 'markdown',
    });
  });
});
