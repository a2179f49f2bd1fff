import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../server/src/analysis/text/paragraphs';
import { protectedSpans, proseSegments } from '../../server/src/analysis/text/prose';
import { tokenize } from '../../server/src/analysis/text/tokens';

describe('paragraphs', () => {
  it('splits on blank lines and keeps fenced code whole, blank lines inside included', () => {
    const text = 'سلام دنیا\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\nپایان';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['prose', 'سلام دنیا'],
      ['code', '```js\nconst a = 1;\n\nconst b = 2;\n```'],
      ['prose', 'پایان'],
    ]);
  });

  it('treats YAML front matter as untouchable and handles CRLF', () => {
    const text = '---\r\ntitle: x\r\n---\r\nمتن فارسی\r\n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.kind)).toEqual(['frontmatter', 'prose']);
    expect(paragraphs[1].text).toBe('متن فارسی');
    expect(text.slice(paragraphs[1].start, paragraphs[1].end)).toBe('متن فارسی');
  });

  it('treats a paragraph whose lines are all indented by four spaces as code in Markdown only', () => {
    expect(splitParagraphs('    x = 1\n    y = 2').map((p) => p.kind)).toEqual(['code']);
    expect(splitParagraphs('    x = 1', 'plaintext').map((p) => p.kind)).toEqual(['prose']);
  });
});

describe('protected spans', () => {
  const slices = (text: string) => protectedSpans(text).map((s) => text.slice(s.start, s.end));

  it('protects URLs, e-mail addresses, inline code and link targets', () => {
    const text = 'ببینید https://example.com/a?b=1, و `code, here` و [پیوند](http://x.ir/y) یا a.b@c.com.';
    expect(slices(text)).toEqual(['https://example.com/a?b=1', '`code, here`', '](http://x.ir/y)', 'a.b@c.com']);
  });

  it('keeps a Latin phrase with its commas whole, but not a comma that follows it in Persian', () => {
    const text = 'شرکت‌های Google, Apple and Microsoft, در این بازار';
    expect(slices(text)).toEqual(['Google, Apple and Microsoft']);
  });

  it('protects a Latin date prefix and digits inside Latin text', () => {
    expect(slices('date 2025-11-08 قاسم')).toEqual(['date 2025-11-08']);
  });
});

describe('tokens', () => {
  it('finds Persian words with ZWNJ and UTF-16 offsets after an emoji', () => {
    const text = '😀 می‌روم به خانه‌ها';
    const tokens = tokenize(text, proseSegments(text.length, protectedSpans(text)));
    expect(tokens.map((t) => [t.text, t.start])).toEqual([
      ['می‌روم', 3],
      ['به', 10],
      ['خانه‌ها', 13],
    ]);
  });
});
