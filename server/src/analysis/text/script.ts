// Character classes of the scripts Dabir meets in Persian prose. Code-unit tests (not regexes with /u)
// keep the hot loops cheap and make the UTF-16 arithmetic explicit.

export const ZWNJ = '\u200C';
export const ZWJ = '\u200D';

/** A letter of the Arabic script as Persian uses it (base letters and presentation forms, not digits or punctuation). */
export function isArabicScriptLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x066f) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ef) ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff && !(code >= 0xfd3e && code <= 0xfd3f)) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Harakat, hamza above/below, superscript alef and Quranic marks: they ride on a letter. */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);
}

export const KASHIDA = 0x0640;

/** Part of a Persian word: letters, marks, kashida and the ZWNJ that joins its parts. */
export function isPersianWordChar(code: number): boolean {
  return isArabicScriptLetter(code) || isArabicMark(code) || code === KASHIDA || code === 0x200c;
}

export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isPersianDigit(code: number): boolean {
  return code >= 0x06f0 && code <= 0x06f9;
}

export function isArabicIndicDigit(code: number): boolean {
  return code >= 0x0660 && code <= 0x0669;
}

export function isAnyDigit(code: number): boolean {
  return isAsciiDigit(code) || isPersianDigit(code) || isArabicIndicDigit(code);
}

/** Horizontal white space inside a line (not line breaks, which carry Markdown meaning). */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
