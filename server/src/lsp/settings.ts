// The `dabir.*` settings as the server understands them, and their translation into the analysis core's
// DocumentOptions. Clients send anything (VS Code a nested object, Neovim whatever the user typed, some nothing at
// all), so every field is checked on its own and falls back to its default rather than rejecting the whole lot.

import type { DocumentOptions } from '../analysis/analyze';
import type { DigitStyle, Locale, Severity, ZwnjStyle } from '../analysis/types';
import type { Syntax } from '../analysis/text/paragraphs';

export type LocaleSetting = 'auto' | Locale;

export interface DabirSettings {
  enable: boolean;
  locale: LocaleSetting;
  rules: { disabled: string[] };
  severity: Record<string, Severity>;
  digits: DigitStyle;
  zwnj: { style: ZwnjStyle };
  words: string[];
  /** Documents longer than this (UTF-16 code units) are not analysed, and the writer is told so. */
  maxDocumentSize: number;
  /** Glob patterns of files not to check (lsp/ignorePaths.ts). */
  ignorePaths: string[];
}

export const DEFAULT_SETTINGS: DabirSettings = {
  enable: true,
  locale: 'auto',
  rules: { disabled: [] },
  severity: {},
  digits: 'persian',
  zwnj: { style: 'academy' },
  words: [],
  maxDocumentSize: 2_000_000,
  ignorePaths: ['**/node_modules/**'],
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b` looked up as nested (`{a: {b}}`, VS Code's shape) or flat (`{"a.b": …}`, what some editors' users type). */
function lookup(raw: Record<string, unknown>, path: string): unknown {
  if (path in raw) return raw[path];
  let value: unknown = raw;
  for (const key of path.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function stringList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}

function severityMap(value: unknown): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  if (!isRecord(value)) return out;
  for (const [key, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) out[key] = severity as Severity;
  }
  return out;
}

/** Reads whatever the client sent for the `dabir` section; anything missing or malformed takes its default. */
export function readSettings(raw: unknown): DabirSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const size = lookup(raw, 'maxDocumentSize');
  return {
    enable: typeof lookup(raw, 'enable') === 'boolean' ? (lookup(raw, 'enable') as boolean) : DEFAULT_SETTINGS.enable,
    locale: oneOf(lookup(raw, 'locale'), ['auto', 'fa', 'en'] as const, DEFAULT_SETTINGS.locale),
    rules: { disabled: stringList(lookup(raw, 'rules.disabled'), DEFAULT_SETTINGS.rules.disabled) },
    severity: severityMap(lookup(raw, 'severity')),
    digits: oneOf(lookup(raw, 'digits'), ['persian', 'latin', 'keep'] as const, DEFAULT_SETTINGS.digits),
    zwnj: { style: oneOf(lookup(raw, 'zwnj.style'), ['academy', 'common'] as const, DEFAULT_SETTINGS.zwnj.style) },
    words: stringList(lookup(raw, 'words'), DEFAULT_SETTINGS.words),
    maxDocumentSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? Math.floor(size) : DEFAULT_SETTINGS.maxDocumentSize,
    ignorePaths: stringList(lookup(raw, 'ignorePaths'), DEFAULT_SETTINGS.ignorePaths),
  };
}

/**
 * `auto` follows the editor's display language (the `locale` of `initialize`): Persian for `fa…`, English for any
 * other language the editor names, and Persian when the editor names none (Dabir's writers write Persian).
 */
export function resolveLocale(setting: LocaleSetting, clientLocale: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  if (!clientLocale) return 'fa';
  return clientLocale.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}

/** Markdown documents get Markdown's protected spans (code, links); everything else is read as plain text. */
export function syntaxOf(languageId: string): Syntax {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

export function documentOptions(settings: DabirSettings, languageId: string, clientLocale: string | undefined): DocumentOptions {
  return {
    locale: resolveLocale(settings.locale, clientLocale),
    disabledRules: settings.rules.disabled,
    digits: settings.digits,
    zwnjStyle: settings.zwnj.style,
    words: new Set(settings.words),
    severity: settings.severity,
    entities: true,
    syntax: syntaxOf(languageId),
  };
}

/** Equal keys mean equal options, so one analyser (and its paragraph cache) serves every document that shares them. */
export function optionsKey(options: DocumentOptions): string {
  return JSON.stringify({ ...options, words: [...options.words].sort() });
}
