import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

// The grammar's own assertions live in test/grammar/*.test.txt (vscode-tmgrammar-test's format); this runs them
// as part of `npm test`, the same command as `npm run test:grammar`.
it('scopes ZWNJ, Persian punctuation, digits, Latin runs and Arabic letters as the grammar tests say', () => {
  const root = resolve(__dirname, '..', '..');
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js'), '--config', 'test/grammar/config.json', 'test/grammar/*.test.txt'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stdout + run.stderr).toMatch(/run successfuly/);
  expect(run.status).toBe(0);
});
