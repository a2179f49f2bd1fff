// The rule registry: adding a rule touches its own file and one line here.

import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
