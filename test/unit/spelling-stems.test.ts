import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isKnownWord } from '../../server/src/analysis/lexicon/index';
import { lexiconShape, mayBeKnown } from '../../server/src/analysis/lexicon/mayBeKnown';
import { stripZwnj } from '../../server/src/analysis/lexicon/normalize';
import { lexiconTable } from '../../server/src/analysis/lexicon/table';
import { candidates } from '../../server/src/analysis/spelling/candidates';
import { compileStemTrie, readStemTrie, stemTrie, type StemTrie } from '../../server/src/analysis/spelling/stemTrie';
import { stemKeys } from '../../server/tools/compile-stem-trie';

function walk(trie: StemTrie, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = trie.child(node, key.charCodeAt(i));
  return node;
}

describe('the stem trie', () => {
  it('reads back the stems it was compiled from, and no prefix of them as a stem', () => {
    const trie = readStemTrie(compileStemTrie(['کتاب', 'کتابخانه', 'کت', 'صلح']));
    expect(['کتاب', 'کتابخانه', 'کت', 'صلح'].map((key) => trie.isStem(walk(trie, key)))).toEqual([true, true, true, true]);
    expect(trie.isStem(walk(trie, 'کتابخ'))).toBe(false);
    expect(walk(trie, 'کتابی')).toBe(-1);
    expect(trie.letters(0)).toEqual(['صلح'[0], 'کتاب'[0]].sort());
    expect(trie.letters(walk(trie, 'کتاب'))).toEqual(['خ']);
  });

  it('holds exactly the stems of the compiled lexicon, without their ZWNJs', () => {
    const table = lexiconTable();
    const keys = new Set<string>();
    for (let i = 0; i < table.count; i++) keys.add(stripZwnj(table.wordAt(i)));
    const trie = stemTrie();
    expect([...keys].filter((key) => !trie.isStem(walk(trie, key)))).toEqual([]);
    const fromDic = stemKeys(readFileSync('node_modules/dictionary-fa/index.dic', 'utf8'));
    expect(new Set(fromDic)).toEqual(keys);
  });
});

describe('the pruned suggestion search', () => {
  const known = (word: string) => mayBeKnown(word) && isKnownWord(word);

  const typos = ['مسیله', 'ازدهام', 'قابر', 'صلخ', 'دانشجوبان', 'کتاب‌حا', 'بیمارستانن', 'بیکاریحا', 'الگیو', 'حوقق', 'کشورهائی'];

  it('finds every one-slip word that the search over every letter finds, at the same cost', () => {
    for (const typo of typos) expect(candidates(typo, known, lexiconShape(), 0.6)).toEqual(candidates(typo, known, undefined, 0.6));
  });

  // The trie offers the lexicon's own letters, among them the hamza above (مسئلهٔ), which no writer types alone.
  it('finds nothing else the search over every typed letter does not', () => {
    for (const typo of typos) {
      const everyLetter = new Map(candidates(typo, known).map((c) => [c.text, c.cost]));
      const missing = candidates(typo, known, lexiconShape()).filter((c) => everyLetter.get(c.text) !== c.cost && !c.text.includes('\u0654'));
      expect(missing).toEqual([]);
    }
  });
});
