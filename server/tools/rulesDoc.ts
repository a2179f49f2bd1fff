// Renders docs/rules.md from the rules' own metadata (id, family, title, why, examples), so that the reference can
// never drift from the code: `npm run docs:rules` writes it, and a test fails when the committed file is stale.

import { RULES } from '../src/analysis/rules/index';
import { RULE_FAMILIES } from '../src/analysis/types';

const FAMILY_TITLES: Record<string, string> = {
  zwnj: 'ZWNJ (نیم‌فاصله)',
  spelling: 'Spelling (املا)',
  characters: 'Characters (نویسه‌ها)',
  punctuation: 'Punctuation (نشانه‌گذاری)',
  digits: 'Digits (ارقام)',
  spacing: 'Spacing (فاصله‌گذاری)',
};

/** Markdown table cells cannot hold a pipe or a line break. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRulesDoc(): string {
  const out: string[] = [
    '# Dabir rules',
    '',
    'Generated from the rules\' metadata by `npm run docs:rules`; do not edit by hand.',
    'Each diagnostic\'s code is its rule id; `--rules` and `dabir.rules.disabled` take rule ids or family names.',
    '',
  ];
  for (const family of RULE_FAMILIES) {
    const rules = RULES.filter((rule) => rule.family === family);
    if (rules.length === 0) continue;
    out.push(`## ${FAMILY_TITLES[family] ?? family}`, '');
    for (const rule of rules) {
      out.push(`### ${rule.id}`, '');
      out.push(`**${rule.title.en}** — <span dir="rtl">${rule.title.fa}</span>`, '');
      out.push(`Default severity: ${rule.defaultSeverity}.${rule.scope === 'document' ? ' Looks at the whole document.' : ''}`, '');
      out.push(`Why: ${rule.why.en}`, '', `<p dir="rtl">چرا: ${rule.why.fa}</p>`, '');
      if (rule.examples.length > 0) {
        out.push('| before | after |', '| --- | --- |');
        for (const example of rule.examples) out.push(`| ${cell(example.before)} | ${cell(example.after)} |`);
        out.push('');
      }
    }
  }
  return out.join('\n');
}
