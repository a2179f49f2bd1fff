// Checking many files: spread them over worker threads, one per core, each with its own analyser (and so its own
// paragraph cache and data). Results come back in the order the files were given. Few files are checked in-process:
// a worker costs a data load.

import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type DocumentOptions } from '../analysis/analyze';
import { installNodeDataLoader } from '../host/nodeData';
import { toJsonDiagnostics, type JsonDiagnostic } from './diagnosticsJson';
import { readDocument } from './input';

export interface FileResult {
  path: string;
  diagnostics?: JsonDiagnostic[];
  error?: string;
}

type OptionsFor = (path: string) => Partial<DocumentOptions>;

const WORKER_FLAG = 'dabir-check-worker';
const MIN_FILES_PER_WORKER = 8;

export async function checkFile(path: string, optionsFor: OptionsFor): Promise<FileResult> {
  try {
    const document = await readDocument(path);
    const analyzer = createAnalyzer(optionsFor(document.path));
    return { path: document.path, diagnostics: toJsonDiagnostics(document.text, analyzer.analyze(document.text).findings) };
  } catch (error) {
    return { path, error: (error as Error).message };
  }
}

interface WorkerInput {
  flag: typeof WORKER_FLAG;
  paths: string[];
  options: Omit<Partial<DocumentOptions>, 'words'> & { words: string[] };
}

/** Runs in a worker: checks its share of the files and posts the results. */
async function workerMain(input: WorkerInput): Promise<void> {
  installNodeDataLoader();
  const { words, ...rest } = input.options;
  const results: FileResult[] = [];
  for (const path of input.paths) {
    results.push(await checkFile(path, () => ({ ...rest, words: new Set(words), syntax: /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext' })));
  }
  parentPort!.postMessage(results);
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.flag === WORKER_FLAG) {
  void workerMain(workerData as WorkerInput);
}

export async function checkFiles(paths: readonly string[], optionsFor: OptionsFor, script: string | undefined): Promise<FileResult[]> {
  const workers = Math.min(availableParallelism(), Math.floor(paths.length / MIN_FILES_PER_WORKER));
  if (workers < 2 || !script || paths.includes('-')) {
    const results: FileResult[] = [];
    for (const path of paths) results.push(await checkFile(path, optionsFor));
    return results;
  }
  // Every worker gets the same options; only the syntax depends on the file, and the worker derives it.
  const { words, syntax: _syntax, ...shared } = optionsFor(paths[0]);
  const options = { ...shared, words: [...(words ?? [])] };
  const shares: string[][] = Array.from({ length: workers }, () => []);
  paths.forEach((path, k) => shares[k % workers].push(path));
  const done = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { flag: WORKER_FLAG, paths: share, options } satisfies WorkerInput });
          worker.once('message', (results: FileResult[]) => {
            resolve(results);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  // Back into the order the files were given.
  const byPath = new Map<string, FileResult>();
  done.flat().forEach((result) => byPath.set(result.path, result));
  return paths.map((path) => byPath.get(path) ?? { path, error: 'not checked' });
}
