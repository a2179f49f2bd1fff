// Expands what the writer named into documents to check: a file as it is, a folder into the Markdown and text
// files below it. Inside a git checkout, git decides what is ignored (so .gitignore is respected exactly); outside
// one, the usual folders nobody wants checked are skipped.

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from './input';

const DOCUMENT = /\.(md|markdown|mdx|txt|text)$/i;
const NEVER = new Set(['node_modules', '.git', 'dist', 'out', '.e2e-tools', '.tools']);

function gitFiles(folder: string): string[] | undefined {
  // A repository's own config can name programs git runs (core.fsmonitor runs on ls-files); checking a folder must
  // never execute what a cloned repository says, so that is switched off.
  const run = spawnSync('git', ['-c', 'core.fsmonitor=false', '-C', folder, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0 || run.error) return undefined;
  return run.stdout.split('\0').filter(Boolean).map((name) => join(folder, name));
}

function walk(folder: string, into: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || NEVER.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (entry.isFile()) into.push(path);
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The documents under `folder`, sorted, so that output is stable from run to run. */
export function documentsIn(folder: string): string[] {
  let files = gitFiles(folder);
  if (!files) {
    files = [];
    walk(folder, files);
  }
  const documents = files.filter((file) => DOCUMENT.test(file) && !file.split(/[\\/]/).some((part) => NEVER.has(part)));
  if (documents.length === 0) throw new InputError(`${folder}: no Markdown or text files to check`);
  return documents.sort((a, b) => relative(folder, a).localeCompare(relative(folder, b)));
}

/** Files as given, folders expanded. */
export function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (path !== '-' && isDirectory(path) ? documentsIn(path) : [path]));
}
