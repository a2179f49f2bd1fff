// What one slip of the pen or keyboard costs, the way Persian writers actually slip. A uniform edit distance ranks
// «ضلح» → «صلح» (two letters with one sound) no closer than «ضلح» → «طلح»; Persian writers confuse letters that
// share a sound (ز ذ ض ظ، س ص ث، ت ط، ه ح، ق غ، ا ع آ), letters that differ only by their dots (ب پ ت ث ن ی), and
// keys that sit side by side on the standard Persian keyboard (ISIRI 9147). Lower is likelier.

/** Letters with one sound in Persian: writers who spell by ear swap them. */
export const SAME_SOUND: readonly string[] = ['زذضظ', 'سصث', 'تط', 'هح', 'قغ', 'اعآ', 'ءئأ'];

/** Letters that share a skeleton and differ by their dots. */
export const SAME_SKELETON: readonly string[] = ['بپتثنی', 'جچحخ', 'دذ', 'رزژ', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'کگ'];

/**
 * Hamza carriers and the letters they ride on: a variant more than a misspelling. (Arabic yeh and kaf never get
 * here: words are normalised to the Persian letters before they are looked up.)
 */
const VARIANTS: readonly string[] = ['یئ', 'هۀ', 'اأإ', 'وؤ'];

/** The ISIRI 9147 standard Persian layout, row by row as on a US keyboard (q…\, a…', z…,). */
const KEYBOARD_ROWS: readonly string[] = ['ضصثقفغعهخحجچپ', 'شسیبلاتنمکگ', 'ظطزرذدئو'];
/** Each row starts a little further right, so a key touches two keys in the rows above and below. */
const ROW_SHIFT = [0, 0.25, 0.75];

export const COST = {
  variant: 0.1,
  sameSound: 0.45,
  dots: 0.6,
  keyboard: 0.7,
  substitution: 1,
  /** Dropping or adding a letter that is also its neighbour («اتفاق» / «اتفاقق»). */
  doubled: 0.55,
  /** ا و ی stand for vowels and are the letters writers most often drop or add. */
  vowelLetter: 0.7,
  insertion: 1,
  deletion: 1,
  transposition: 0.75,
  /** A missing or extra space or ZWNJ: a merged or split word. */
  space: 0.5,
  /**
   * The conjunction «و» typed onto the word before it («بیمهو»): the likeliest way a word ends in a stray «و»,
   * likelier than a vowel letter added by a slip.
   */
  conjunctionJoined: 0.15,
} as const;

const VOWEL_LETTERS = new Set(['ا', 'و', 'ی']);

function pairKey(a: string, b: string): string {
  return a < b ? a + b : b + a;
}

function groupPairs(groups: readonly string[], cost: number, into: Map<string, number>): void {
  for (const group of groups) {
    const letters = [...group];
    for (const a of letters) for (const b of letters) if (a !== b) {
      const key = pairKey(a, b);
      into.set(key, Math.min(into.get(key) ?? Infinity, cost));
    }
  }
}

/** The keys that touch `letter`'s key on the ISIRI 9147 layout. */
export function keyboardNeighbours(letter: string): string[] {
  const keys: { letter: string; x: number; row: number }[] = [];
  KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((l, c) => keys.push({ letter: l, x: c + ROW_SHIFT[r], row: r })));
  const self = keys.find((k) => k.letter === letter);
  if (!self) return [];
  return keys
    .filter((k) => (k.row === self.row && Math.abs(k.x - self.x) === 1) || (Math.abs(k.row - self.row) === 1 && Math.abs(k.x - self.x) <= 0.75))
    .map((k) => k.letter);
}

function keyboardPairs(into: Map<string, number>): void {
  for (const row of KEYBOARD_ROWS) {
    for (const a of row) for (const b of keyboardNeighbours(a)) into.set(pairKey(a, b), Math.min(into.get(pairKey(a, b)) ?? Infinity, COST.keyboard));
  }
}

let substitutionTable: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (substitutionTable) return substitutionTable;
  const pairs = new Map<string, number>();
  keyboardPairs(pairs);
  groupPairs(SAME_SKELETON, COST.dots, pairs);
  groupPairs(SAME_SOUND, COST.sameSound, pairs);
  groupPairs(VARIANTS, COST.variant, pairs);
  substitutionTable = pairs;
  return pairs;
}

/** The cost of writing `written` where `intended` belongs. */
export function substitutionCost(written: string, intended: string): number {
  if (written === intended) return 0;
  return table().get(pairKey(written, intended)) ?? COST.substitution;
}

let confusables: Map<string, [string, number][]> | undefined;

/** The letters a writer plausibly typed instead of `letter`, with what each costs (cheap confusions only). */
export function confusableLetters(letter: string): readonly [string, number][] {
  if (!confusables) {
    confusables = new Map();
    for (const [key, cost] of table()) {
      if (cost >= COST.substitution) continue;
      for (const [from, to] of [[key[0], key[1]], [key[1], key[0]]]) {
        let list = confusables.get(from);
        if (!list) confusables.set(from, (list = []));
        list.push([to, cost]);
      }
    }
  }
  return confusables.get(letter) ?? [];
}

/** The cost of a letter written that does not belong, between `before` and `after`. */
export function insertionCost(letter: string, before: string | undefined, after: string | undefined): number {
  if (letter === before || letter === after) return COST.doubled;
  if (VOWEL_LETTERS.has(letter)) return COST.vowelLetter;
  return COST.insertion;
}

/** The cost of leaving out `letter`, which belonged between `before` and `after`. */
export function deletionCost(letter: string, before: string | undefined, after: string | undefined): number {
  if (letter === before || letter === after) return COST.doubled;
  if (VOWEL_LETTERS.has(letter)) return COST.vowelLetter;
  return COST.deletion;
}

/** The cost of the one slip that turns `intended` into `written`, or Infinity when one slip cannot. */
export function singleEditCost(written: string, intended: string): number {
  const a = written;
  const b = intended;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  if (a.length === b.length) {
    if (k === a.length) return 0;
    if (a.slice(k + 1) === b.slice(k + 1)) return substitutionCost(a[k], b[k]);
    if (k + 1 < a.length && a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2)) return COST.transposition;
    return Infinity;
  }
  if (a.length === b.length + 1 && a.slice(k + 1) === b.slice(k)) return insertionCost(a[k], a[k - 1], a[k + 1]);
  if (b.length === a.length + 1 && a.slice(k) === b.slice(k + 1)) return deletionCost(b[k], b[k - 1], b[k + 1]);
  return Infinity;
}
