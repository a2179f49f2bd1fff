// The edit a semantic-tokens delta answer carries (server/src/lsp/semanticTokens.ts tokenEdits): applied to the
// previous list it must give the new one exactly, whatever changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenEdits } from '../../server/src/lsp/semanticTokens';

function applied(previous: number[], next: number[]): number[] {
  const out = [...previous];
  for (const edit of tokenEdits(previous, next)) out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return out;
}

describe('tokenEdits', () => {
  it('replaces only what lies between the common prefix and suffix', () => {
    expect(tokenEdits([0, 1, 5, 0, 0, 1, 2, 3, 1, 0], [0, 1, 5, 0, 0, 0, 9, 4, 2, 0, 1, 2, 3, 1, 0])).toEqual([{ start: 5, deleteCount: 0, data: [0, 9, 4, 2, 0] }]);
  });

  it('deletes without data, and gives no edit for equal lists', () => {
    expect(tokenEdits([1, 2, 3, 4], [1, 4])).toEqual([{ start: 1, deleteCount: 2 }]);
    expect(tokenEdits([1, 2, 3], [1, 2, 3])).toEqual([]);
  });

  it('never lets the suffix overlap the prefix when a repeated value is removed', () => {
    expect(tokenEdits([7, 7, 7], [7, 7])).toEqual([{ start: 2, deleteCount: 1 }]);
    expect(applied([7, 7], [7, 7, 7])).toEqual([7, 7, 7]);
  });

  it('turns any list into any other', () => {
    const list = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 });
    fc.assert(fc.property(list, list, (previous, next) => {
      expect(applied(previous, next)).toEqual(next);
    }));
  });
});
