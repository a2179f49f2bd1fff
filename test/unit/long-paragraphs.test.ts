import { describe, expect, it } from 'vitest';
import { analyze, PIECE_LENGTH, piecesOf } from '../../server/src/analysis/analyze';
import type { Paragraph } from '../../server/src/analysis/text/paragraphs';

// A paragraph far longer than any a writer types by hand (a book pasted as one line) is analysed in pieces cut at
// sentence ends; these tests pin where the cuts fall and that the findings are those of the whole line.

const sentence = 'وزیر خارجه گفت این مذاکرات ادامه دارد. ';
const line = (copies: number) => sentence.repeat(copies).trimEnd();
const paragraphOf = (text: string, start = 0): Paragraph => ({ start, end: start + text.length, text, kind: 'prose' });

describe('pieces of a long paragraph', () => {
  it('leaves an ordinary paragraph whole', () => {
    const paragraph = paragraphOf(line(20));
    expect(piecesOf(paragraph, 'markdown')).toEqual([paragraph]);
  });

  it('cuts a long line after a full stop and its space, into pieces that rejoin to the line at their offsets', () => {
    const text = line(2000);
    const pieces = piecesOf(paragraphOf(text, 7), 'markdown');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces[0].start).toBe(7);
    expect(pieces.at(-1)!.end).toBe(7 + text.length);
    for (const piece of pieces) {
      expect(text.slice(piece.start - 7, piece.end - 7)).toBe(piece.text);
      expect(piece.text.startsWith('وزیر')).toBe(true);
    }
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.text.endsWith('دارد. ')).toBe(true);
      expect(piece.text.length).toBeGreaterThanOrEqual(PIECE_LENGTH);
    }
  });

  it('never cuts inside inline code, even after a full stop and a space there', () => {
    const code = '`' + 'a. b. c. '.repeat(3000) + '`';
    const text = `${line(10)} ${code} ${line(2000)}`;
    const pieces = piecesOf(paragraphOf(text), 'markdown');
    expect(pieces.some((piece) => piece.text.includes(code))).toBe(true);
  });

  it('moves only the cut after an edit: the pieces after it stay the same text', () => {
    const text = line(3000);
    const edited = 'ا' + text;
    const before = piecesOf(paragraphOf(text), 'markdown').map((p) => p.text);
    const after = piecesOf(paragraphOf(edited), 'markdown').map((p) => p.text);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toBe('ا' + before[0]);
  });
});

describe('analysing a long line', () => {
  it('finds every Arabic kaf of a 60 000-character line once, at its own offset', () => {
    const wrong = 'وزیر خارجه گفت كه مذاکرات ادامه دارد. ';
    const text = wrong.repeat(1600).trimEnd();
    const kafs = analyze(text).findings.filter((f) => f.rule === 'characters-arabic-letters');
    expect(kafs.length).toBe(1600);
    expect(kafs.every((f, k) => f.start === k * wrong.length + wrong.indexOf('ك') && text.slice(f.start, f.end) === 'ك')).toBe(true);
  });
});
