// The one spelling every knowledge-base key and every looked-up word is reduced to, so that the forms Persian
// text really uses meet: Arabic ي/ك/ة and Persian ی/ک/ه, آ and ا (آمریکا / امریکا), hamza seats, short vowels and the
// ezafe hamza (دورهٔ), kashida, and ZWNJ or space or nothing between the parts of a name (توافق‌نامه / توافق نامه /
// توافقنامه). The compiler (server/tools/compile-kb.ts) and the linker both call this, so keys and text agree.

const LETTER_MAP: Record<string, string> = {
  '\u064A': 'ی', // Arabic yeh
  '\u0649': 'ی', // alef maksura
  '\u06CC': 'ی',
  '\u0643': 'ک', // Arabic kaf
  '\u0629': 'ه', // teh marbuta
  '\u06C0': 'ه', // heh with yeh above (ۀ)
  '\u06D5': 'ه', // ae
  '\u0622': 'ا', // alef madda: آمریکا and امریکا are one name
  '\u0623': 'ا', // alef hamza above
  '\u0625': 'ا', // alef hamza below
  '\u0671': 'ا', // alef wasla
  '\u0624': 'و', // waw hamza
};

// Persian and Arabic-Indic digits read as ASCII digits, so that «قرارداد ۱۹۱۹» and «قرارداد 1919» are one key.
for (let d = 0; d < 10; d++) {
  LETTER_MAP[String.fromCharCode(0x06f0 + d)] = String(d);
  LETTER_MAP[String.fromCharCode(0x0660 + d)] = String(d);
}

/** Harakat, the ezafe hamza above, superscript alef, kashida, ZWNJ/ZWJ, and bidi marks: none of them tells names apart. */
export function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x200e && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e)
  );
}

export function isSeparator(char: string): boolean {
  return char.length === 1 && isSeparatorCode(char.charCodeAt(0));
}

/** `isSeparator` of one UTF-16 code unit, for the linker's walk over the text (no one-letter strings built). */
export function isSeparatorCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

/** One character of a key: the letter every variant of it maps to. */
export function keyChar(char: string): string {
  return LETTER_MAP[char] ?? char;
}

/** `keyChar` of one UTF-16 code unit: every mapped letter and its key are single code units. */
const KEY_CODE = new Map(Object.entries(LETTER_MAP).map(([char, key]) => [char.charCodeAt(0), key.charCodeAt(0)]));

export function keyCode(code: number): number {
  return KEY_CODE.get(code) ?? code;
}

/** The key of a Persian word or name: letters only, no separators, one letter per sound the reader sees. */
export function persianKey(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (isIgnorable(code) || isSeparator(char)) continue;
    out += keyChar(char);
  }
  return out;
}

/** The key of an English name: lower case, words separated by one space, punctuation that varies dropped. */
export function englishKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A Persian name as it should be displayed: Arabic letters mapped to Persian, stray short vowels and kashida removed. */
export function cleanPersianName(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x065f && code !== 0x0654) || code === 0x0640) continue;
    out += char === '\u064A' || char === '\u0649' ? 'ی' : char === '\u0643' ? 'ک' : char;
  }
  return out.replace(/\s+/g, ' ').trim();
}
