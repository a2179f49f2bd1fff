// Entry that @vscode/test-electron loads inside VS Code's extension host: runs the Mocha scenarios and prints the
// plain `vscode: N passed, N failed, N skipped` line.
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  mocha.addFile(join(__dirname, 'scenarios.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      console.log(`vscode: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
      if (failures > 0) reject(new Error(`${failures} scenario(s) failed`));
      else resolve();
    });
  });
}
