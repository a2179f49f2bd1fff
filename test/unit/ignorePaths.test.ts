import { describe, expect, it } from 'vitest';
import { globToRegExp, isIgnoredPath } from '../../server/src/lsp/ignorePaths';

describe('dabir.ignorePaths patterns', () => {
  const ignored = (uri: string, ...patterns: string[]) => isIgnoredPath(uri, patterns);

  it('ignores everything under a folder named with or without /**', () => {
    expect(ignored('file:///home/a/book/drafts/one.md', 'drafts/**')).toBe(true);
    expect(ignored('file:///home/a/book/drafts/deep/one.md', 'drafts')).toBe(true);
    expect(ignored('file:///home/a/book/chapters/one.md', 'drafts/**')).toBe(false);
    expect(ignored('file:///home/a/book/mydrafts/one.md', 'drafts/**')).toBe(false);
  });

  it('matches a file name pattern anywhere, * staying inside one folder', () => {
    expect(ignored('file:///home/a/notes.en.md', '*.en.md')).toBe(true);
    expect(ignored('file:///home/a/sub/notes.en.md', '**/*.en.md')).toBe(true);
    expect(ignored('file:///home/a/notes.fa.md', '*.en.md')).toBe(false);
    expect(ignored('file:///home/a/CHANGELOG.md', 'CHANGELOG.md')).toBe(true);
    expect(ignored('file:///home/a/OLD-CHANGELOG.md', 'CHANGELOG.md')).toBe(false);
  });

  it('reads percent-encoded Persian paths, braces and character classes', () => {
    expect(ignored('file:///home/a/%D9%BE%DB%8C%D8%B4%E2%80%8C%D9%86%D9%88%DB%8C%D8%B3/x.md', 'پیش‌نویس/**')).toBe(true);
    expect(ignored('file:///home/a/x.txt', '*.{md,txt}')).toBe(true);
    expect(ignored('file:///home/a/chapter1.md', 'chapter[0-9].md')).toBe(true);
    expect(ignored('file:///home/a/chapterA.md', 'chapter[0-9].md')).toBe(false);
  });

  it('ignores nothing without patterns, and matches untitled documents by name', () => {
    expect(ignored('file:///home/a/x.md')).toBe(false);
    expect(ignored('untitled:Untitled-1', 'Untitled-*')).toBe(true);
  });

  it('escapes the regular-expression characters of a name', () => {
    expect(globToRegExp('a+b (1).md').test('/x/a+b (1).md')).toBe(true);
    expect(globToRegExp('a.md').test('/x/aXmd')).toBe(false);
  });
});
