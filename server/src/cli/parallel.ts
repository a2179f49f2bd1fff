// Checking many files: spread them over worker threads, one per core, each with its own analyser (and so its own
// paragraph cache and data), shared by the files it checks. Results come back in the order the files were given. Few files are checked in-process:
// a worker costs a data load.

import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type Analyzer, type DocumentOptions } from '../analysis/analyze';
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

/**
 * The analysers of one run in one thread, one per set of options (files differ only by syntax), so that each
 * analyser's paragraph cache serves every file it checks: boilerplate that files share is analysed once.
 */
type Analyzers = Map<string, Analyzer>;
function analyzerFor(analyzers: Analyzers, options: Partial<DocumentOptions>): Analyzer {
  const key = JSON.stringify(options, (_key, value: unknown) => (value instanceof Set ? [...value].sort() : value));
  let analyzer = analyzers.get(key);
  if (!analyzer) analyzers.set(key, (analyzer = createAnalyzer(options)));
  return analyzer;
}

export async function checkFile(path: string, optionsFor: OptionsFor, analyzers: Analyzers = new Map()): Promise<FileResult> {
  try {
    const document = await readDocument(path);
    const analyzer = analyzerFor(analyzers, optionsFor(document.path));
    return { path: document.path, diagnostics: toJsonDiagnostics(document.text, analyzer.analyze(document.text)) };
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
  const analyzers: Analyzers = new Map();
  for (const path of input.paths) {
    results.push(await checkFile(path, () => ({ ...rest, words: new Set(words), syntax: /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext' }), analyzers));
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
    const analyzers: Analyzers = new Map();
    for (const path of paths) results.push(await checkFile(path, optionsFor, analyzers));
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
