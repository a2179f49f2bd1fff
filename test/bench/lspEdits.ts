// `node server/tools/run.mjs test/bench/lspEdits.ts [EDITS] [--push]`: the bench's LSP edit scenario alone
// (lspScenario.ts), for profiling the server (`DABIR_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=DIR"`): cold start
// on the sample, open of the 1 MB distinct document, then one-character edits spread over it, each timed until its
// diagnostics have arrived, over VS Code's path (pulled in bands of lines) or with `--push` over the push path of
// other editors; also the bytes of the whole list and what parsing them costs a client. A profiling aid for
// docs/performance.md, not a test.

import { performance } from 'node:perf_hooks';
import { coldStart, openLong, typeLetters, type DiagnosticsPath } from './lspScenario';
import { distinct, median, peakRssMB, sample } from './measure';

const path: DiagnosticsPath = process.argv.includes('--push') ? 'push' : 'pull';
const editCount = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 20);

async function main() {
  const started = await coldStart(path, sample);
  const { session, pid } = started;
  console.log(`${path}: cold start ${started.coldStartMs.toFixed(0)} ms (initialize ${started.initializeMs.toFixed(0)} ms), server cpu ${started.coldStartCpuMs} ms`);

  const uri = 'file:///bench/big.md';
  const big = distinct(160);
  const opened = await openLong(session, path, uri, big);
  console.log(`open 1 MB ${opened.ms.toFixed(0)} ms, server cpu ${opened.cpuMs} ms, ${opened.diagnostics} diagnostics, peak RSS ${peakRssMB(pid).toFixed(0)} MB`);
  const all = path === 'push' ? (await session.diagnostics(uri, 1)).diagnostics : (await session.pull(uri)).diagnostics;
  const json = JSON.stringify(all);
  const parse = performance.now();
  JSON.parse(json);
  console.log(`the whole list: ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB of JSON; JSON.parse in the client ${(performance.now() - parse).toFixed(1)} ms`);

  const edits = await typeLetters(session, path, uri, big, editCount);
  console.log(`edits: median ${median(edits.walls).toFixed(1)} ms wall, server cpu median ${median(edits.cpus)} ms; walls ${edits.walls.map((w) => w.toFixed(0)).join(' ')}`);
  console.log(`diagnostics sent per edit: median ${median(edits.sent)} (${edits.sent.join(' ')})`);
  console.log(`peak RSS ${peakRssMB(pid).toFixed(0)} MB`);
  await session.shutdown();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
