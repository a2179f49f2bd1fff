// The compiled trie of Persian name keys: what goes in comes out, walked by code unit as the linker walks it.
import { describe, expect, it } from 'vitest';
import { decodeNameTrie, encodeNameTrie, ROOT } from '../../server/src/analysis/kb/nameTrie';

const names = new Map<string, number[]>([
  ['ایران', [3]],
  ['ایرانی', [7, 2]],
  ['ایتالیا', [5]],
  ['امارات متحده عربی', [1]],
]);

describe('name trie', () => {
  it('gives each key its targets in order, and nothing for a prefix, a longer word or another key', () => {
    const trie = decodeNameTrie(encodeNameTrie(names));
    for (const [key, targets] of names) expect(trie.targetsOf(key)).toEqual(targets);
    expect(trie.targetsOf('ایرا')).toBeUndefined();
    expect(trie.targetsOf('ایرانیان')).toBeUndefined();
    expect(trie.targetsOf('عراق')).toBeUndefined();
    expect(trie.targetsOf('')).toBeUndefined();
  });

  it('is walked one code unit at a time, a name ending where a longer one goes on', () => {
    const trie = decodeNameTrie(encodeNameTrie(names));
    let node = ROOT;
    for (const code of [...'ایران'].map((c) => c.charCodeAt(0))) node = trie.child(node, code);
    expect(trie.endsName(node)).toBe(true);
    expect(trie.targetsAt(node)).toEqual([3]);
    const longer = trie.child(node, 'ی'.charCodeAt(0));
    expect(trie.targetsAt(longer)).toEqual([7, 2]);
    expect(trie.child(longer, 'ی'.charCodeAt(0))).toBe(-1);
  });

  it('reads from a buffer that does not start at a multiple of four, and refuses other bytes', () => {
    const bytes = encodeNameTrie(names);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(decodeNameTrie(shifted).targetsOf('ایتالیا')).toEqual([5]);
    expect(() => decodeNameTrie(new Uint8Array(32))).toThrow(/kb.names.bin is not a name trie/);
  });
});
