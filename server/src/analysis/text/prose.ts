// Inside a prose paragraph, the spans Dabir must never rewrite: inline code, HTML, link targets, URLs, e-mail
// addresses and Latin-script runs (a quoted English sentence keeps its commas and digits). What remains are the
// prose segments that rules read. Every scan here is linear in the paragraph's length: a 3 MB line must finish.

import { isAnyDigit, isArabicScriptLetter, isLatinLetter } from './script';
import type { Syntax } from './paragraphs';

export interface Span {
  start: number;
  end: number;
}

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>«»"'`\u060C\u061B]+/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<(?:https?|ftp|mailto):[^\s<>]*>/g;
const LINK_TARGET = /\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[^\n]*/gm;
const TRAILING_URL_PUNCTUATION = /[.,;:!?)\]]+$/;
/**
 * A line's indentation and its Markdown block markers (quote `>`, list `-` `*` `+` `1.` `1)`, heading `#`) with the
 * spaces after them: syntax, not prose. A rule that removed the space in «1. ، …» or renumbered «1.» would turn a
 * list item into a paragraph.
 */
const MARKDOWN_LINE_MARKER = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]+|$))?/gm;

function collect(text: string, pattern: RegExp, into: Span[], trim?: RegExp): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let end = m.index + m[0].length;
    if (trim) {
      const tail = trim.exec(m[0]);
      if (tail) end -= tail[0].length;
    }
    if (end > m.index) into.push({ start: m.index, end });
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

function collectInlineCode(text: string, into: Span[]): void {
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('`', i);
    if (open < 0) return;
    let run = open;
    while (text.charCodeAt(run) === 0x60) run++;
    const width = run - open;
    // Find a closing run of exactly the same width.
    let search = run;
    let closed = -1;
    while (search < text.length) {
      const next = text.indexOf('`', search);
      if (next < 0) break;
      let end = next;
      while (text.charCodeAt(end) === 0x60) end++;
      if (end - next === width) {
        closed = end;
        break;
      }
      search = end;
    }
    if (closed < 0) {
      i = run;
      continue;
    }
    into.push({ start: open, end: closed });
    i = closed;
  }
}

const LATIN_JOINERS = new Set([0x27, 0x2019, 0x2d, 0x5f, 0x2e, 0x26, 0x2f, 0x2b, 0x23, 0x40]);
const LATIN_GAP = new Set([0x20, 0x09, 0xa0, 0x2c, 0x3a, 0x3b, 0x21, 0x3f, 0x28, 0x29, 0x22, 0x2e, 0x2d, 0x27]);

/**
 * A Latin run starts at a Latin letter and goes on over Latin letters, digits and word-internal marks, and over
 * spaces and ASCII punctuation only while another Latin letter or digit follows before any Persian letter.
 * So «از Google, Apple و» keeps «Google, Apple» whole, and the comma after a lone English word in a Persian
 * sentence stays Persian prose.
 */
function collectLatinRuns(text: string, into: Span[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Digits directly before the first letter belong to the run too (3D, 5G).
    let start = i;
    while (start > 0 && (isAnyDigit(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) < 0x80)) start--;
    let end = i;
    let j = i;
    while (j < n) {
      const code = text.charCodeAt(j);
      if (isLatinLetter(code) || (code >= 0x30 && code <= 0x39) || LATIN_JOINERS.has(code)) {
        if (isLatinLetter(code) || (code >= 0x30 && code <= 0x39)) end = j + 1;
        j++;
        continue;
      }
      if (LATIN_GAP.has(code)) {
        let k = j;
        while (k < n && LATIN_GAP.has(text.charCodeAt(k))) k++;
        const after = k < n ? text.charCodeAt(k) : -1;
        if (after >= 0 && (isLatinLetter(after) || (after >= 0x30 && after <= 0x39))) {
          j = k;
          continue;
        }
      }
      break;
    }
    // A closing bracket or quote that the run opened is part of it.
    into.push({ start, end });
    i = Math.max(j, end, i + 1);
  }
}

/** Sorted, merged spans; touching spans are merged too. */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [{ ...spans[0] }];
  for (let k = 1; k < spans.length; k++) {
    const last = merged[merged.length - 1];
    const span = spans[k];
    if (span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The spans of a prose paragraph that no rule may read as Persian prose or rewrite. */
export function protectedSpans(text: string, syntax: Syntax = 'markdown'): Span[] {
  const spans: Span[] = [];
  if (syntax === 'markdown') {
    collectInlineCode(text, spans);
    collect(text, HTML, spans);
    collect(text, LINK_TARGET, spans);
    collect(text, REFERENCE_DEFINITION, spans);
    collect(text, MARKDOWN_LINE_MARKER, spans);
  }
  collect(text, URL, spans, TRAILING_URL_PUNCTUATION);
  collect(text, EMAIL, spans);
  collectLatinRuns(text, spans);
  return mergeSpans(spans);
}

/** The complement of the protected spans within [0, length). */
export function proseSegments(length: number, protectedSorted: Span[]): Span[] {
  const segments: Span[] = [];
  let at = 0;
  for (const span of protectedSorted) {
    if (span.start > at) segments.push({ start: at, end: span.start });
    at = Math.max(at, span.end);
  }
  if (at < length) segments.push({ start: at, end: length });
  return segments;
}

/** Whether [start, end) overlaps a protected span; spans are sorted and disjoint, so a binary search suffices. */
export function overlapsProtected(protectedSorted: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = protectedSorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = protectedSorted[mid];
    if (span.end <= start) lo = mid + 1;
    else if (span.start >= Math.max(end, start + 1)) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Whether a Persian letter is the nearest letter on either side of `index`: a cheap "Persian context" test. */
export function inPersianContext(text: string, index: number, reach = 40): boolean {
  for (let k = index - 1, steps = 0; k >= 0 && steps < reach; k--, steps++) {
    const code = text.charCodeAt(k);
    if (isArabicScriptLetter(code)) return true;
    if (isLatinLetter(code)) break;
  }
  for (let k = index + 1, steps = 0; k < text.length && steps < reach; k++, steps++) {
    const code = text.charCodeAt(k);
    if (isArabicScriptLetter(code)) return true;
    if (isLatinLetter(code)) return false;
  }
  return false;
}

