// The Node host's data loader: compiled data lives in `dist/data/` beside the bundle (what ships), and committed
// artefacts in `server/data/` (what tests read from the source tree before or without a build).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setDataLoader } from '../analysis/data';

function candidates(name: string): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return [
    join(here, 'data', name),
    join(here, '..', 'dist', 'data', name),
    resolve(here, '..', '..', '..', 'dist', 'data', name),
    resolve(here, '..', '..', 'data', name),
    resolve(process.cwd(), 'dist', 'data', name),
    resolve(process.cwd(), 'server', 'data', name),
  ];
}

export function readDataFile(name: string): Uint8Array {
  for (const path of candidates(name)) {
    if (existsSync(path)) return readFileSync(path);
  }
  throw new Error(`Dabir data file "${name}" is missing; run "npm run build"`);
}

export function installNodeDataLoader(): void {
  setDataLoader(readDataFile);
}
