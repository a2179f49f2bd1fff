// Compiles the lexicon's stems, without their ZWNJs, into dist/data/spelling-stems.bin: the trie the spelling
// suggester prunes its edits with and tests generated strings against (layout in
// server/src/analysis/spelling/stemTrie.ts). It reads the stems from the same Lilak .dic that compile-lexicon.ts
// compiles, normalised the same way, so that the trie holds exactly the stems lexicon.bin lists (a unit test checks
// it); it does not run the whole lexicon compiler again, which would double the build's longest step.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord, stripZwnj } from '../src/analysis/lexicon/normalize';
import { compileStemTrie, STEM_TRIE_FILE } from '../src/analysis/spelling/stemTrie';

const SOURCE = 'node_modules/dictionary-fa';

/** Every stem of a Hunspell .dic (the first line is the count), normalised, without its ZWNJs, each once. */
export function stemKeys(dic: string): string[] {
  const keys = new Set<string>();
  const lines = dic.split('\n');
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    keys.add(stripZwnj(normalizeWord(slash < 0 ? line : line.slice(0, slash))));
  }
  return [...keys];
}

export default async function (outDir: string): Promise<void> {
  const dic = readFileSync(join(SOURCE, 'index.dic'), 'utf8');
  writeFileSync(join(outDir, STEM_TRIE_FILE), compileStemTrie(stemKeys(dic)));
}
