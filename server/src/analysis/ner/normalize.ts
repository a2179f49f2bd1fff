// The form of a word that the tagger's features see. Persian text reaches Dabir with Arabic yeh and kaf, with or
// without ZWNJ (PEYMA writes a space where ARMAN keeps the ZWNJ; the sample article lost its ZWNJs altogether),
// with harakat and kashida, and with Persian, Arabic-Indic or Latin digits. Folding all of that into one form lets a
// word learnt in one spelling fire the same features in the others.

const FOLD = new Map<number, number>([
  [0x064a, 0x06cc], // ي Arabic yeh → ی
  [0x0649, 0x06cc], // ى alef maksura → ی
  [0x0643, 0x06a9], // ك Arabic kaf → ک
  [0x0629, 0x0647], // ة teh marbuta → ه
  [0x06c0, 0x0647], // ۀ heh with yeh above → ه
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0624, 0x0648], // ؤ → و
]);

function isDropped(code: number): boolean {
  return (
    code === 0x200c || code === 0x200d || code === 0x0640 || // ZWNJ, ZWJ, kashida
    (code >= 0x064b && code <= 0x065f) || code === 0x0670 // harakat, hamza marks, superscript alef
  );
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x06f0 && code <= 0x06f9) || (code >= 0x0660 && code <= 0x0669);
}

/** Folded letters, no ZWNJ/harakat/kashida, every digit as 0 (ARMAN itself writes every digit as 0), Latin lower-cased. */
export function normalizeWord(word: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isDropped(code)) {
      changed = true;
      continue;
    }
    let mapped = FOLD.get(code);
    if (mapped === undefined) {
      if (isDigit(code)) mapped = 0x30;
      else if (code >= 0x41 && code <= 0x5a) mapped = code + 32;
      else if (code === 0x066b) mapped = 0x2e; // Arabic decimal separator ٫
      else if (code === 0x066a) mapped = 0x25; // Arabic percent sign ٪
      else mapped = code;
    }
    if (mapped !== code) changed = true;
    out += String.fromCharCode(mapped);
  }
  return changed ? out : word;
}

/** A coarse picture of a word: runs of letter (a), digit (0), Latin (L) and other (p) collapsed, e.g. «۱۴۰۳/۰۸» → 0p0. */
export function wordShape(normalized: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    const kind =
      code === 0x30 ? '0'
        : (code >= 0x0600 && code <= 0x06ff) || (code >= 0xfb50 && code <= 0xfeff) ? 'a'
          : (code >= 0x61 && code <= 0x7a) ? 'L'
            : 'p';
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape.length === 0 ? 'e' : shape;
}
