// Generated documents for the property suites: Persian prose with the mistakes Dabir fixes (joined verbs, Arabic
// ي/ك, Latin digits, loose punctuation and spacing), mixed with the pieces Dabir must never touch (code, URLs,
// e-mail, front matter, Latin sentences, HTML), emoji and other surrogate pairs, combining marks, ZWNJ/ZWJ/bidi
// marks, CRLF or LF, very long lines and empty documents. Every document knows where its protected pieces are, so
// a property can check that they survive byte for byte.

import fc from 'fast-check';

export type Syntax = 'markdown' | 'plaintext';
export type Eol = '\n' | '\r\n';

export interface ProtectedRange {
  start: number;
  end: number;
  kind: string;
  text: string;
}

export interface GeneratedDocument {
  text: string;
  syntax: Syntax;
  eol: Eol;
  /** Pieces no fix may change, in document order, with their offsets in `text`. */
  protectedRanges: ProtectedRange[];
}

/** A piece of a document: prose that rules may fix, or something that must survive verbatim. */
interface Part {
  text: string;
  kind?: string;
}

// Prose: correct words, words with the mistakes the rules look for, digits, punctuation, emoji, marks.
const PERSIAN_WORDS = [
  'کتاب', 'خانه', 'دانشگاه', 'ایران', 'قزاقستان', 'پیمان', 'ابراهیم', 'آستانه', 'رئیس‌جمهور', 'سیاست',
  'می‌خواهم', 'نمی‌دانم', 'کتاب‌ها', 'خانه‌ها', 'بزرگ‌ترین', 'آن‌ها', 'خانهٔ', 'همه', 'این', 'که', 'را', 'به', 'از', 'و',
  'میخواهم', 'نمیدانم', 'کتابها', 'خانه ها', 'می خواهم', 'بزرگترین', 'آنها', 'میرود', 'نمیشود', 'دستهای',
  'علي', 'كتاب', 'يك', 'مصطفى', 'مو\u0654من', 'مسی\u0654له', 'ﮐﺘﺎﺏ', 'ﻻله', 'کـــتاب', 'كـتاب',
  'کِتاب', 'اَست', 'محمّد', 'مدرسه\u200C', '\u200Cها', 'کتاب\u200C\u200Cها', 'ب\u200Dا', 'گفت\u200Dوگو',
  'ولادیمیر', 'پوتین', 'توکایف', 'واشنگتن', 'اسرائیل', 'امارات', 'بحرین', 'مراکش',
  // Phrases the entity recognisers and the knowledge base pick up: names, treaties, dates, money, percentages.
  'پیمان ابراهیم', 'ولادیمیر پوتین', 'قاسم‌جومارت توکایف', 'ایالات متحده آمریکا', 'سازمان ملل متحد', 'وزارت امور خارجه',
  '۱۲ آبان ۱۴۰۲', '۱۰ میلیون دلار', '۵۰ درصد', 'ساعت ۱۰ صبح', 'قزاقستانی', 'ایرانیان', 'پیمان ورشو',
];
const DIGITS = ['۱۴۰۲', '2020', '١٤٠٢', '۱۲3', '3.14', '۳٫۱۴', '50%', '٪۵۰', '۱۴۰۲/۰۵/۱۲', '12:30', '۱۰,۰۰۰', '1,000,000'];
const PUNCTUATION = [',', '،', ';', '؛', '?', '؟', '.', '...', '…', '!', '!!', ':', '"', '«', '»', '(', ')', '-', '—', ' ،', ' .', ' ؟'];
const QUOTED = ['«نقل قول»', '"نقل قول"', '« فاصله »', '(پرانتز )', '( کتاب)', '[ یادداشت ]', 'کتاب.کتاب', 'کتاب،کتاب', 'کتاب ,کتاب'];
const SURROGATES = ['😀', '👍🏽', '👨‍👩‍👧', '🇮🇷', '𝕏', '𠀀', '🙂🙂', 'کتاب😀', '😀کتاب'];
const MARKS = ['\u200C', '\u200D', '\u200F', '\u200E', '\u202Bمتن\u202C', '\u2067متن\u2069', '\u061C', 'ک\u0651', 'ا\u0654', '\u064B', 'ـ'];

/** Characters a hostile editor can put in a document: lone surrogates, a BOM, NUL, the replacement character. */
const HOSTILE = ['\r', '\uD800', '\uDFFF', '\uFEFF', '\u0000', '\uFFFD', '\u2028', '\u0085', '\u000B'];

// Protected pieces: each must come out of every fix byte for byte. Their contents are full of what rules fix in
// prose (ي/ك, Latin digits, double spaces, loose commas), so that a rule reaching into them is caught.
const URLS = [
  'https://example.com/a_b?x=1&y=ي',
  'http://fa.wikipedia.org/wiki/قزاقستان',
  'www.example.ir/کتاب‌ها/كتاب',
  'https://example.com/path/to/file.md#section-2',
  'ftp://files.example.org/pub/x1',
  'https://news.example.com/1402/05/12/میخواهم',
];
const EMAILS = ['ali.rezaei@example.com', 'info+fa@test-site.ir', 'x_y%z@mail.co', 'Reza.K123@example.org'];
const LATIN = [
  'Hello  world',
  'The Abraham Accords, signed in 2020',
  'Kazakhstan; Astana',
  "don't  stop",
  'Why? Because 3 is , odd',
  'C++ and Node.js 20',
  'Zoë  Müller',
  'e.g. the "quoted" text',
  'iPhone 15 Pro',
  'A',
];
const INLINE_CODE = ['`كتاب  علي ، 123`', '`x  =  1 ;`', '`میخواهم کتابها`', '``a ` ي``', '`?`'];
const INLINE_HTML = ['<!-- يادداشت  ,  123 -->', '<span dir="rtl">', '</span>', '<br/>', '<https://example.com/ي>'];
const LINK_TARGETS = ['https://example.com/ي', 'http://x.org/كتاب', 'docs/میخواهم.md'];

// Blocks that must survive whole.
const FENCED = [
  "```js\nconst كتاب = 'ي';  // 1 ,  2\n```",
  '~~~\nمیخواهم  كتاب 123 ,\n~~~',
  '````\n```\nنمیدانم ي\n```\n````',
  '```\n\nكتاب  ها\n\n```',
];
const INDENTED = ['    كتاب  ي = 1', '\tمیخواهم ,  123'];
const BLOCK_COMMENTS = ['<!--\nيادداشت  ۱\nكتاب ,\n-->'];
const FRONT_MATTER = ['---\ntitle: كتاب  ي\ntags: [a, b]\n---', '---\nلینک: https://x.org\nعدد: 123 ,\n---'];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

/** One word-ish piece of prose (never a protected piece). */
export const proseToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: pick(PERSIAN_WORDS) },
  { weight: 2, arbitrary: pick(DIGITS) },
  { weight: 3, arbitrary: pick(PUNCTUATION) },
  { weight: 2, arbitrary: pick(QUOTED) },
  { weight: 1, arbitrary: pick(SURROGATES) },
  { weight: 1, arbitrary: pick(MARKS) },
);

/** Between two prose tokens: nothing, one space or more, a tab, NBSP, or a stray ZWNJ. */
const proseSeparator = fc.constantFrom(' ', ' ', ' ', ' ', '  ', '   ', '\t', '\u00A0', ' \u200C', '\u200C ', '');
/** Next to a protected piece: white space, so that the piece's own boundaries are what the core sees. */
const protectedSeparator = fc.constantFrom(' ', ' ', '  ', '\t');

function protectedInline(syntax: Syntax): fc.Arbitrary<Part[]> {
  const always: fc.Arbitrary<Part[]>[] = [
    pick(URLS).map((text) => [{ text, kind: 'url' }]),
    pick(EMAILS).map((text) => [{ text, kind: 'email' }]),
    pick(LATIN).map((text) => [{ text, kind: 'latin' }]),
  ];
  if (syntax === 'plaintext') return fc.oneof(...always);
  return fc.oneof(
    ...always,
    pick(INLINE_CODE).map((text) => [{ text, kind: 'inline-code' }]),
    pick(INLINE_HTML).map((text) => [{ text, kind: 'html' }]),
    fc.tuple(pick(PERSIAN_WORDS), pick(LINK_TARGETS)).map(([label, target]) => [
      { text: `[${label}](` },
      { text: target, kind: 'link-target' },
      { text: ')' },
    ]),
  );
}

type Item = { protected: false; text: string } | { protected: true; parts: Part[] };

/** A line of prose: tokens and protected pieces, joined by separators chosen so that protection has clear edges. */
function proseLine(syntax: Syntax, maxItems: number, hostile: boolean): fc.Arbitrary<Part[]> {
  const token = hostile ? fc.oneof({ weight: 20, arbitrary: proseToken }, { weight: 1, arbitrary: pick(HOSTILE) }) : proseToken;
  const item: fc.Arbitrary<Item> = fc.oneof(
    { weight: 6, arbitrary: token.map((text): Item => ({ protected: false, text })) },
    { weight: 1, arbitrary: protectedInline(syntax).map((parts): Item => ({ protected: true, parts })) },
  );
  return fc
    .tuple(fc.array(item, { minLength: 1, maxLength: maxItems }), fc.infiniteStream(fc.tuple(proseSeparator, protectedSeparator)))
    .map(([items, separators]) => {
      const parts: Part[] = [];
      const seps = separators[Symbol.iterator]();
      items.forEach((it, k) => {
        if (k > 0) {
          const [prose, guard] = seps.next().value as [string, string];
          parts.push({ text: it.protected || items[k - 1].protected ? guard : prose });
        }
        if (it.protected) parts.push(...it.parts);
        else parts.push({ text: it.text });
      });
      return parts;
    });
}

function proseParagraph(syntax: Syntax, maxItems: number, hostile: boolean): fc.Arbitrary<Part[]> {
  return fc.array(proseLine(syntax, maxItems, hostile), { minLength: 1, maxLength: 3 }).map((lines) => {
    const parts: Part[] = [];
    lines.forEach((line, k) => {
      if (k > 0) parts.push({ text: '\n' });
      parts.push(...line);
    });
    return parts;
  });
}

// Markdown structure: the markers that make a line a list item, a heading or a quote, and the two trailing spaces of
// a hard line break, are syntax, not prose; a fix that touched them would renumber a list or join two lines.
const LINE_MARKERS = ['1. ', '2. ', '10. ', '1) ', '- ', '* ', '+ ', '   - ', '    1. ', '# ', '## ', '###### ', '> ', '> > '];
const TABLE_RULES = ['| --- | --- |', '|:---:|---:|'];

/** Lines that each start with a Markdown marker (or a table), followed by prose. */
function markdownStructure(maxItems: number, hostile: boolean): fc.Arbitrary<Part[]> {
  const markedLine = fc.tuple(pick(LINE_MARKERS), proseLine('markdown', maxItems, hostile)).map(([marker, line]): Part[] => [
    { text: marker, kind: 'markdown-marker' },
    ...line,
  ]);
  const list = fc.array(markedLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.flatMap((line, k) => (k > 0 ? [{ text: '\n' }, ...line] : line)));
  const hardBreaks = fc.array(proseLine('markdown', maxItems, hostile), { minLength: 2, maxLength: 3 }).map((lines) =>
    lines.flatMap((line, k): Part[] => (k > 0 ? [{ text: '  \n', kind: 'hard-break' }, ...line] : line)),
  );
  const table = fc.tuple(pick(PERSIAN_WORDS), pick(PERSIAN_WORDS), pick(TABLE_RULES), pick(PERSIAN_WORDS), pick(DIGITS)).map(
    ([a, b, rule, c, d]): Part[] => [{ text: `| ${a} | ${b} |\n` }, { text: rule, kind: 'table-rule' }, { text: `\n| ${c} | ${d} |` }],
  );
  return fc.oneof(list, hardBreaks, table);
}

function block(syntax: Syntax, maxItems: number, hostile: boolean): fc.Arbitrary<Part[]> {
  const code: fc.Arbitrary<Part[]>[] = [pick(FENCED).map((text) => [{ text, kind: 'fenced-code' }])];
  if (syntax === 'markdown') {
    code.push(pick(INDENTED).map((text) => [{ text, kind: 'indented-code' }]));
    code.push(pick(BLOCK_COMMENTS).map((text) => [{ text, kind: 'html-comment' }]));
    code.push(markdownStructure(maxItems, hostile));
  }
  return fc.oneof({ weight: 5, arbitrary: proseParagraph(syntax, maxItems, hostile) }, { weight: 2, arbitrary: fc.oneof(...code) });
}

export interface DocumentShape {
  /** Most tokens on one line; a few hundred make the very long lines. */
  maxItems?: number;
  maxBlocks?: number;
  /** Lone surrogates, NUL, BOM and the like: for crash and offset properties, not for "output is well-formed". */
  hostile?: boolean;
  syntax?: Syntax;
  eol?: Eol;
}

function assemble(parts: Part[], syntax: Syntax, eol: Eol): GeneratedDocument {
  let text = '';
  const protectedRanges: ProtectedRange[] = [];
  for (const part of parts) {
    const piece = eol === '\n' ? part.text : part.text.replace(/\n/g, eol);
    if (part.kind) protectedRanges.push({ start: text.length, end: text.length + piece.length, kind: part.kind, text: piece });
    text += piece;
  }
  return { text, syntax, eol, protectedRanges };
}

/** A whole document: optional front matter, blocks separated by blank lines, LF or CRLF, maybe a final newline. */
export function documentArbitrary(shape: DocumentShape = {}): fc.Arbitrary<GeneratedDocument> {
  const { maxItems = 12, maxBlocks = 5, hostile = false } = shape;
  const syntaxArb = shape.syntax ? fc.constant(shape.syntax) : fc.constantFrom<Syntax>('markdown', 'plaintext');
  const eolArb = shape.eol ? fc.constant(shape.eol) : fc.constantFrom<Eol>('\n', '\r\n');
  return fc.tuple(syntaxArb, eolArb).chain(([syntax, eol]) =>
    fc
      .record({
        frontMatter: syntax === 'markdown' ? fc.option(pick(FRONT_MATTER), { freq: 4 }) : fc.constant(null),
        blocks: fc.array(block(syntax, maxItems, hostile), { minLength: 0, maxLength: maxBlocks }),
        blankLines: fc.constantFrom('\n\n', '\n\n', '\n\n\n', '\n \n'),
        finalNewline: fc.boolean(),
      })
      .map(({ frontMatter, blocks, blankLines, finalNewline }) => {
        const parts: Part[] = [];
        if (frontMatter !== null) parts.push({ text: frontMatter, kind: 'front-matter' });
        blocks.forEach((b, k) => {
          if (k > 0 || parts.length > 0) parts.push({ text: blankLines });
          parts.push(...b);
        });
        if (finalNewline && parts.length > 0) parts.push({ text: '\n' });
        return assemble(parts, syntax, eol);
      }),
  );
}

/** Documents of every shape, including the empty one and blank ones. */
export const anyDocument: fc.Arbitrary<GeneratedDocument> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '\n', '\r\n', '\n\n\n', '   ', '\u200C').map((text): GeneratedDocument => ({ text, syntax: 'markdown', eol: '\n', protectedRanges: [] })) },
  { weight: 20, arbitrary: documentArbitrary() },
);

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Whether an edit [start, end) (or an insertion at start) reaches into [range.start, range.end). */
export function touches(edit: { start: number; end: number }, range: { start: number; end: number }): boolean {
  if (edit.start === edit.end) return edit.start > range.start && edit.start < range.end;
  return edit.start < range.end && edit.end > range.start;
}
