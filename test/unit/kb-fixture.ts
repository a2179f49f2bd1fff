// Compiles the knowledge base into a temporary directory before a kb test file runs, so that the kb tests read what
// the current sources compile to (not a stale dist/), and run without a build.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setDataLoader } from '../../server/src/analysis/data';
import { readDataFile } from '../../server/src/host/nodeData';
import compileKb from '../../server/tools/compile-kb';

export async function useFreshKnowledgeBase(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dabir-kb-'));
  await compileKb(dir);
  setDataLoader((name) => (name.startsWith('kb.') ? readFileSync(join(dir, name)) : readDataFile(name)));
}
