import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { renderRulesDoc } from '../../server/tools/rulesDoc';

it('docs/rules.md is what the rules’ metadata renders (run npm run docs:rules after changing a rule)', () => {
  const committed = readFileSync(resolve(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
  expect(committed).toBe(renderRulesDoc());
});
