// `dabir check --format sarif`: the findings as a SARIF 2.1.0 log, the format code-scanning dashboards read
// (GitHub's `upload-sarif`, Azure DevOps, SonarQube). `tool.driver.rules` carries every rule's metadata — the same
// titles, reasons and examples docs/rules.md is generated from — and each result points at its rule by id and
// index. Regions are 1-based lines and columns counted in UTF-16 code units (`columnKind`), which is what the
// rest of Dabir counts, so a column here equals the column VS Code shows.

import { RULES } from '../analysis/rules/index';
import type { Rule } from '../analysis/rules/rule';
import type { Locale, Severity } from '../analysis/types';
import type { JsonDiagnostic } from './diagnosticsJson';
import { version } from '../../../package.json';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface CheckedFile {
  path: string;
  diagnostics: readonly JsonDiagnostic[];
}

const HELP_HEADINGS: Record<Locale, { why: string; before: string; after: string }> = {
  fa: { why: 'چرا', before: 'پیش', after: 'پس' },
  en: { why: 'Why', before: 'before', after: 'after' },
};

function ruleDescriptor(rule: Rule, locale: Locale) {
  const headings = HELP_HEADINGS[locale];
  const examples = rule.examples.map((example) => `| ${example.before} | ${example.after} |`);
  const markdown = [
    `**${rule.title[locale]}**`,
    '',
    `${headings.why}: ${rule.why[locale]}`,
    ...(examples.length > 0 ? ['', `| ${headings.before} | ${headings.after} |`, '| --- | --- |', ...examples] : []),
  ].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.title[locale] },
    fullDescription: { text: rule.why[locale] },
    help: { text: `${rule.title[locale]}. ${headings.why}: ${rule.why[locale]}`, markdown },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { family: rule.family, tags: ['persian', rule.family] },
  };
}

/** A relative path stays relative to the directory `dabir check` ran in (SARIF's %SRCROOT%); stdin is `stdin`. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path === '-' || path === '<stdin>') return { uri: 'stdin' };
  const slashed = path.replace(/\\/g, '/');
  if (/^([a-zA-Z]:)?\//.test(slashed)) return { uri: `file://${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}` };
  return { uri: encodeURI(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

/** The end of a finding, from its start and its text (which may span lines). */
function endOf(diagnostic: JsonDiagnostic): { endLine: number; endColumn: number } {
  const lines = diagnostic.text.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { endLine: diagnostic.line + 1, endColumn: diagnostic.character + 1 + diagnostic.text.length };
  return { endLine: diagnostic.line + lines.length, endColumn: lines[lines.length - 1].length + 1 };
}

export function toSarif(files: readonly CheckedFile[], locale: Locale, workingDirectory: string) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.rule,
      ...(ruleIndex.has(diagnostic.rule) ? { ruleIndex: ruleIndex.get(diagnostic.rule) } : {}),
      level: LEVEL[diagnostic.severity as Severity] ?? 'warning',
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file.path),
            region: {
              startLine: diagnostic.line + 1,
              startColumn: diagnostic.character + 1,
              ...endOf(diagnostic),
              charOffset: diagnostic.start,
              charLength: diagnostic.end - diagnostic.start,
              snippet: { text: diagnostic.text },
            },
          },
        },
      ],
      ...(diagnostic.suggestions.length > 0 ? { properties: { family: diagnostic.family, suggestions: diagnostic.suggestions } } : { properties: { family: diagnostic.family } }),
    })),
  );
  const root = workingDirectory.replace(/\\/g, '/').replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Dabir',
            fullName: locale === 'fa' ? 'دبیر، دستیار نگارش فارسی' : 'Dabir, a Persian writing assistant',
            version,
            semanticVersion: version,
            language: locale,
            rules: RULES.map((rule) => ruleDescriptor(rule, locale)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${root.startsWith('/') ? '' : '/'}${encodeURI(root)}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
