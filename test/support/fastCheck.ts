// One place for how the property suites run fast-check: a fixed seed (DABIR_SEED) so that CI runs are
// reproducible, a run count scaled by DABIR_RUNS_SCALE for a longer local hunt, and a failure message that says
// exactly how to replay the counterexample (DABIR_SEED + DABIR_PATH, which fast-check turns back into the case).

import fc from 'fast-check';
import { expect } from 'vitest';

export const SEED = Number(process.env.DABIR_SEED ?? 20261127);
const SCALE = Number(process.env.DABIR_RUNS_SCALE ?? 1);
const REPLAY_PATH = process.env.DABIR_PATH;

fc.configureGlobal({ seed: SEED });

/** A test's time limit: generous, because a loaded CI machine is slow and a longer hunt runs longer (no timing is asserted). */
export const PROPERTY_TIMEOUT = 180_000 * Math.max(1, SCALE);

/** The number of runs for a property, scaled for a longer local hunt. */
export function runs(count: number): number {
  return Math.max(1, Math.round(count * SCALE));
}

function parameters<T>(numRuns: number): fc.Parameters<T> {
  // When replaying, only the failing path is run (`endOnFailure` keeps the shrunk case as it was reported).
  return REPLAY_PATH ? { seed: SEED, numRuns: runs(numRuns), path: REPLAY_PATH, endOnFailure: true } : { seed: SEED, numRuns: runs(numRuns) };
}

function replayHint<T>(details: fc.RunDetails<T>): string {
  const { testPath, currentTestName } = expect.getState();
  const name = (currentTestName ?? '').split(' > ').pop() ?? '';
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? '');
  return (
    `\nWhat failed: ${error.slice(0, 4000)}` +
    `\n\nReplay this counterexample with:\n  DABIR_SEED=${details.seed} DABIR_PATH="${details.counterexamplePath ?? ''}" npx vitest run ` +
    `${testPath ?? '<this test file>'} -t ${JSON.stringify(name)}\n`
  );
}

/** Checks a synchronous property; a failure names the counterexample and how to replay it. */
export function holds<T>(property: fc.IProperty<T>, numRuns: number): void {
  const details = fc.check(property, parameters<T>(numRuns));
  if (details.failed) throw new Error(fc.defaultReportMessage(details) + replayHint(details));
}

/** Checks an asynchronous property (the language-server suites); same reporting. */
export async function holdsAsync<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, parameters<T>(numRuns));
  if (details.failed) throw new Error((await fc.asyncDefaultReportMessage(details)) + replayHint(details));
}
