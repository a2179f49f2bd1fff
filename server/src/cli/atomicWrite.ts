// `fix --write` must never leave a manuscript half-written: write a temporary file beside the original, give it
// the original's mode, make sure the original did not change while we worked, then rename over it.

import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ChangedMeanwhileError extends Error {}

const UTF8_BOM = '\uFEFF';

export function writeAtomically(path: string, text: string, original: { text: string; mtimeMs?: number; mode?: number }): void {
  // Through a symbolic link the file it points to is replaced; renaming over the link would turn it into a copy.
  const target = realpathSync(path);
  const temporary = join(dirname(target), `.${basename(target)}.dabir-${process.pid}.tmp`);
  try {
    // The decoder dropped a byte-order mark from the text; it is still part of the file, so it is written back.
    const bom = readFileSync(target, 'utf8').startsWith(UTF8_BOM) ? UTF8_BOM : '';
    writeFileSync(temporary, bom + text, { encoding: 'utf8', flag: 'wx' });
    if (original.mode !== undefined) chmodSync(temporary, original.mode & 0o7777);
    const now = statSync(target);
    if ((original.mtimeMs !== undefined && now.mtimeMs !== original.mtimeMs) || readFileSync(target, 'utf8') !== bom + original.text) {
      throw new ChangedMeanwhileError(path);
    }
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean up.
    }
    throw error;
  }
}
