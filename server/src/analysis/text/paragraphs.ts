// Splits a document into the units Dabir analyses and caches: paragraphs of prose, and the blocks it must never
// touch (fenced and indented code, front matter, multi-line HTML comments). Block structure is a cheap line scan
// over the whole document; everything expensive happens per paragraph, keyed by the paragraph's text.

export type Syntax = 'markdown' | 'plaintext';
export type ParagraphKind = 'prose' | 'code' | 'frontmatter' | 'comment';

export interface Paragraph {
  /** UTF-16 offset of the paragraph's first character in the document. */
  start: number;
  end: number;
  text: string;
  kind: ParagraphKind;
}

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Without a carriage return anywhere, lines end at each line feed, which indexOf finds far faster than a loop
  // over every character (this runs over the whole document on every edit).
  if (text.indexOf('\r') < 0) {
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push({ start, end, text: text.slice(start, end) });
      start = end + 1;
    }
    lines.push({ start, end: text.length, text: text.slice(start) });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const FRONT_MATTER_FENCE = /^(---|\+\+\+)\s*$/;

function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

function isIndentedCode(line: Line): boolean {
  return /^( {4}|\t)/.test(line.text);
}

export function splitParagraphs(text: string, syntax: Syntax = 'markdown'): Paragraph[] {
  const lines = splitLines(text);
  const paragraphs: Paragraph[] = [];
  const push = (from: number, to: number, kind: ParagraphKind) => {
    const start = lines[from].start;
    const end = lines[to].end;
    paragraphs.push({ start, end, text: text.slice(start, end), kind });
  };

  let i = 0;
  if (syntax === 'markdown' && lines.length > 1 && FRONT_MATTER_FENCE.test(lines[0].text)) {
    const closer = lines[0].text.trim() === '+++' ? /^\+\+\+\s*$/ : /^(---|\.\.\.)\s*$/;
    for (let j = 1; j < lines.length; j++) {
      if (closer.test(lines[j].text)) {
        push(0, j, 'frontmatter');
        i = j + 1;
        break;
      }
    }
  }

  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line.text);
    if (fence) {
      const marker = fence[1];
      let j = i + 1;
      while (j < lines.length) {
        const close = CLOSING_FENCE.exec(lines[j].text);
        if (close && close[1][0] === marker[0] && close[1].length >= marker.length) break;
        j++;
      }
      // An unclosed fence runs to the end of the document, as CommonMark says.
      push(i, Math.min(j, lines.length - 1), 'code');
      i = j + 1;
      continue;
    }
    if (syntax === 'markdown' && line.text.trimStart().startsWith('<!--') && !line.text.includes('-->')) {
      let j = i + 1;
      while (j < lines.length && !lines[j].text.includes('-->')) j++;
      push(i, Math.min(j, lines.length - 1), 'comment');
      i = j + 1;
      continue;
    }
    // A prose paragraph: consecutive non-blank lines, stopping before a fence or a block comment.
    let j = i;
    while (
      j + 1 < lines.length &&
      !isBlank(lines[j + 1]) &&
      !FENCE.test(lines[j + 1].text) &&
      !(syntax === 'markdown' && lines[j + 1].text.trimStart().startsWith('<!--') && !lines[j + 1].text.includes('-->'))
    ) {
      j++;
    }
    let kind: ParagraphKind = 'prose';
    if (syntax === 'markdown') {
      let allIndented = true;
      for (let k = i; k <= j; k++) if (!isIndentedCode(lines[k])) allIndented = false;
      if (allIndented) kind = 'code';
    }
    push(i, j, kind);
    i = j + 1;
  }
  return paragraphs;
}
