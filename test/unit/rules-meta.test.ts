import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fix';
import { RULES } from '../../server/src/analysis/rules/index';
import { RULE_FAMILIES } from '../../server/src/analysis/types';

// Every registered rule, whoever wrote it, must explain itself in both languages and show an example it fixes.
// The examples are run through the real pipeline (analyze and fixText with just that rule), so a rule whose
// examples drift from its behaviour fails here.

const only = (id: string) => ({ rules: [id], entities: false });

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('has an id of the form family-what, in a known family', () => {
    expect(RULE_FAMILIES).toContain(rule.family);
    expect(id).toMatch(new RegExp(`^${rule.family}-[a-z0-9]+(?:-[a-z0-9]+)*$`));
  });

  it('has a Persian and an English title and why', () => {
    for (const text of [rule.title.fa, rule.title.en, rule.why.fa, rule.why.en]) expect(text.trim()).not.toBe('');
    expect(rule.title.fa).toMatch(/[\u0600-\u06FF]/);
    expect(rule.why.fa).toMatch(/[\u0600-\u06FF]/);
  });

  it('flags the before of an example and not its after, and its fix turns one into the other', () => {
    const shown = rule.examples.filter(
      (example) =>
        analyze(example.before, only(id)).findings.some((f) => f.rule === id) &&
        !analyze(example.after, only(id)).findings.some((f) => f.rule === id),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const example of shown) {
      const fixable = analyze(example.before, only(id)).findings.some((f) => f.fixes.length > 0);
      if (fixable) expect(fixText(example.before, only(id), true)).toBe(example.after);
    }
  });

  it('keeps every example after unflagged', () => {
    for (const example of rule.examples) expect(analyze(example.after, only(id)).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});

describe('the registry', () => {
  it('has no two rules with the same id', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
