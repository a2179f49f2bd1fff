// The LSP scenario the bench (bench.ts) and its profiling aid (lspEdits.ts) both run: cold start on the sample,
// open of a long document, then one-character edits spread over it, each timed until the diagnostics of its
// version have arrived. Over either path a client takes to diagnostics:
//  - `pull`: what VS Code's client does. It registers the providers the server asks for (one per band of lines,
//    lsp/diagnosticParts.ts) and, after each change it sends, pulls every provider with the result id of its last
//    answer; the edit is done when every pull has been answered.
//  - `push`: what Neovim, Helix and Emacs get: the server publishes the whole list after each change.

import { performance } from 'node:perf_hooks';
import { PUSH_CLIENT, startServer, VSCODE_CLIENT, type LspSession } from '../lsp/lspClient';
import { processCpuMs } from './measure';

export type DiagnosticsPath = 'pull' | 'push';

/** How many diagnostics arrived, and how many of them were sent (pull: the bands answered in full). */
export interface Arrived {
  diagnostics: number;
  sent: number;
}

/** Waits for the diagnostics of `uri` at `version` (push) or pulls them as VS Code would after sending that version. */
export async function diagnosticsAfter(session: LspSession, path: DiagnosticsPath, uri: string, version: number): Promise<Arrived> {
  if (path === 'push') {
    const { diagnostics } = await session.diagnostics(uri, version);
    return { diagnostics: diagnostics.length, sent: diagnostics.length };
  }
  // VS Code pulls from the providers it has: the one announced at `initialize`, or those the server registers just
  // after `initialized` (bands of lines).
  await session.until(() => session.serverCapabilities?.diagnosticProvider !== undefined || session.registrations.some((r) => r.method === 'textDocument/diagnostic'));
  const pulled = await session.pull(uri);
  return { diagnostics: pulled.diagnostics.length, sent: pulled.reports.reduce((sum, r) => sum + r.items, 0) };
}

/** Spawn → initialize → open the sample → its first diagnostics. */
export async function coldStart(path: DiagnosticsPath, sample: string) {
  const started = performance.now();
  const session = startServer();
  const pid = session.process.pid!;
  await session.initialize(path === 'pull' ? VSCODE_CLIENT : PUSH_CLIENT);
  const initializeMs = performance.now() - started;
  const uri = 'file:///bench/sample.md';
  session.open(uri, sample, 'markdown', 1);
  await diagnosticsAfter(session, path, uri, 1);
  return { session, pid, uri, initializeMs, coldStartMs: performance.now() - started, coldStartCpuMs: processCpuMs(pid) };
}

/** Opens `text` and waits for its diagnostics. */
export async function openLong(session: LspSession, path: DiagnosticsPath, uri: string, text: string) {
  const pid = session.process.pid!;
  const started = performance.now();
  const cpu = processCpuMs(pid);
  session.open(uri, text, 'markdown', 1);
  const arrived = await diagnosticsAfter(session, path, uri, 1);
  return { ms: performance.now() - started, cpuMs: processCpuMs(pid) - cpu, ...arrived };
}

/**
 * `count` one-letter edits spread over the document opened at version 1 (a letter typed ten characters into a
 * paragraph), each timed from sending the change to the arrival of its diagnostics; the server's CPU time per edit from
 * /proc (10 ms ticks).
 */
export async function typeLetters(session: LspSession, path: DiagnosticsPath, uri: string, text: string, count: number) {
  const pid = session.process.pid!;
  const lines = text.split('\n');
  const walls: number[] = [];
  const cpus: number[] = [];
  const sent: number[] = [];
  for (let k = 0; k < count; k++) {
    // Into a paragraph's text: the blank lines between paragraphs would make each edit a new one-letter paragraph.
    let line = Math.floor(((k + 0.5) / count) * lines.length);
    while (line + 1 < lines.length && lines[line].trim() === '') line++;
    const character = Math.min(10, lines[line].length);
    const started = performance.now();
    const cpu = processCpuMs(pid);
    session.change(uri, k + 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'ا' }]);
    const arrived = await diagnosticsAfter(session, path, uri, k + 2);
    walls.push(performance.now() - started);
    cpus.push(processCpuMs(pid) - cpu);
    sent.push(arrived.sent);
  }
  return { walls, cpus, sent };
}

/** Median wall time of `runs` answers to one request, and the size of its JSON. */
async function timedRequest(session: LspSession, method: string, params: unknown, runs = 5): Promise<{ ms: number; bytes: number; result: any }> {
  const times: number[] = [];
  let result: any;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    result = await session.connection.sendRequest(method, params);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], bytes: Buffer.byteLength(JSON.stringify(result)), result };
}

/**
 * What VS Code's client asks after a pause in typing, besides diagnostics: the entity highlights of a band of lines
 * around the view (250 lines: the client's margin of 100 either side and a screenful), beside the whole list the
 * client asked for before; and semantic tokens after an edit at the start of a paragraph (which moves the tokens of
 * its line), whole, then after a second such edit as a delta of the last result. `version` is the document's next
 * version; two edits are made.
 */
export async function afterTypingPause(session: LspSession, uri: string, text: string, version: number) {
  const textDocument = { uri };
  const lines = text.split('\n');
  let middle = Math.floor(lines.length / 2);
  while (middle + 1 < lines.length && lines[middle].trim() === '') middle++;
  const band = await timedRequest(session, 'dabir/entities', { textDocument, ranges: [{ start: { line: middle, character: 0 }, end: { line: middle + 250, character: 0 } }] });
  const all = await timedRequest(session, 'dabir/entities', { textDocument });
  const typeAtLineStart = async (at: number) => {
    session.change(uri, at, [{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'و' }]);
    await diagnosticsAfter(session, 'pull', uri, at);
  };
  await typeAtLineStart(version);
  const full = await timedRequest(session, 'textDocument/semanticTokens/full', { textDocument }, 1);
  await typeAtLineStart(version + 1);
  const delta = await timedRequest(session, 'textDocument/semanticTokens/full/delta', { textDocument, previousResultId: full.result.resultId }, 1);
  return {
    entitiesBand: { ms: band.ms, bytes: band.bytes, count: band.result.entities.length },
    entitiesAll: { ms: all.ms, bytes: all.bytes, count: all.result.entities.length },
    tokensFull: { ms: full.ms, bytes: full.bytes },
    tokensDelta: { ms: delta.ms, bytes: delta.bytes },
  };
}
