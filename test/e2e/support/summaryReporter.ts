// Prints one line per scenario (passed, failed, or skipped with the issue it waits for), then the plain closing
// line `e2e: N passed, N failed, N skipped` that CI reads.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const lines: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        const state = result.state === 'pending' ? 'skipped' : result.state;
        counts[state] += 1;
        const note = result.state === 'skipped' && result.note ? `  (${result.note})` : '';
        lines.push(`  ${state.padEnd(7)}  ${test.fullName}${note}`);
      }
    }
    console.log(['', 'Real-editor scenarios:', ...lines, '', `e2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`].join('\n'));
  }
}
