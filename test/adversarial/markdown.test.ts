// Markdown structure the property suite found rules reaching into: a list, quote or heading marker followed by
// punctuation. The marker and its spaces are syntax (text/prose.ts protects them); the prose after them is fixed.

import { describe, expect, it } from 'vitest';
import { fixText } from '../../server/src/analysis/index';

const fixMarkdown = (text: string) => fixText(text, { syntax: 'markdown' });

describe('Markdown block markers survive fixing', () => {
  it('keeps an ordered-list item whose text starts with punctuation a list item', () => {
    expect(fixMarkdown('1. ، و كتاب')).toBe('1. ، و کتاب');
    expect(fixMarkdown('10) ؛ مورد دهم')).toBe('10) ؛ مورد دهم');
    expect(fixMarkdown('1. ! کتاب\r\n2. ! کتاب')).toBe('1. ! کتاب\r\n2. ! کتاب');
  });

  it('keeps nested and quoted markers with their indentation, and fixes the prose after them', () => {
    expect(fixMarkdown('- مورد\n    1. ... و ادامه داد')).toBe('- مورد\n    1. … و ادامه داد');
    expect(fixMarkdown('> > ، نقل قول ي')).toBe('> > ، نقل قول ی');
  });

  it('still fixes the same punctuation in the middle of a line', () => {
    expect(fixMarkdown('1. کتاب ، و دفتر')).toBe('1. کتاب، و دفتر');
  });
});
