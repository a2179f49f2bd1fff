// `fix --write` must never leave a manuscript half-written: write a temporary file beside the original, give it
// the original's mode, make sure the original did not change while we worked, then rename over it.

import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ChangedMeanwhileError extends Error {}

export function writeAtomically(path: string, text: string, original: { text: string; mtimeMs?: number; mode?: number }): void {
  const temporary = join(dirname(path), `.${basename(path)}.dabir-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    if (original.mode !== undefined) chmodSync(temporary, original.mode & 0o7777);
    const now = statSync(path);
    if ((original.mtimeMs !== undefined && now.mtimeMs !== original.mtimeMs) || readFileSync(path, 'utf8') !== original.text) {
      throw new ChangedMeanwhileError(path);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean up.
    }
    throw error;
  }
}
