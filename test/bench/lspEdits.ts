// `node server/tools/run.mjs test/bench/lspEdits.ts [EDITS]`: the bench's LSP edit scenario alone, for profiling
// the server (`DABIR_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=DIR"`). Cold start on
// the sample, open of the 1 MB distinct document, then one-character edits spread over it, each timed until the
// diagnostics of its version arrive; also the bytes of one publish and what parsing them costs the client. A
// profiling aid for docs/performance.md, not a test.

import { performance } from 'node:perf_hooks';
import { startServer } from '../lsp/lspClient';
import { distinct, median, peakRssMB, processCpuMs, sample } from './measure';

const big = distinct(160);
const editCount = Number(process.argv[2] ?? 20);

async function main() {
  const started = performance.now();
  const session = startServer();
  const pid = session.process.pid!;
  await session.initialize();
  const initialized = performance.now() - started;
  session.open('file:///bench/sample.md', sample, 'markdown', 1);
  await session.diagnostics('file:///bench/sample.md', 1);
  console.log(`cold start ${(performance.now() - started).toFixed(0)} ms (initialize ${initialized.toFixed(0)} ms), server cpu ${processCpuMs(pid)} ms`);

  const uri = 'file:///bench/big.md';
  const openStart = performance.now();
  const openCpu = processCpuMs(pid);
  session.open(uri, big, 'markdown', 1);
  const opened = await session.diagnostics(uri, 1);
  console.log(`open 1 MB ${(performance.now() - openStart).toFixed(0)} ms, server cpu ${processCpuMs(pid) - openCpu} ms, ${opened.diagnostics.length} diagnostics, peak RSS ${peakRssMB(pid).toFixed(0)} MB`);
  const json = JSON.stringify(opened);
  const parse = performance.now();
  JSON.parse(json);
  console.log(`one publish: ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB of JSON; JSON.parse in the client ${(performance.now() - parse).toFixed(1)} ms`);

  const lines = big.split('\n');
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < editCount; k++) {
    const line = Math.floor(((k + 0.5) / editCount) * lines.length);
    const character = Math.min(10, lines[line].length);
    const start = performance.now();
    const cpu = processCpuMs(pid);
    session.change(uri, k + 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'ا' }]);
    await session.diagnostics(uri, k + 2);
    walls.push(performance.now() - start);
    cpus.push(processCpuMs(pid) - cpu);
  }
  console.log(`edits: median ${median(walls).toFixed(1)} ms wall, server cpu median ${median(cpus)} ms; walls ${walls.map((w) => w.toFixed(0)).join(' ')}`);
  console.log(`peak RSS ${peakRssMB(pid).toFixed(0)} MB`);
  await session.shutdown();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
