// `npm run docs:rules`: writes docs/rules.md from the rules' metadata.
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from './rulesDoc';

writeFileSync('docs/rules.md', renderRulesDoc());
console.log('written: docs/rules.md');
