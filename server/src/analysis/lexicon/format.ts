// The compiled lexicon's binary layout (written by server/tools/compile-lexicon.ts, read by table.ts), so that
// loading is a handful of typed-array views over the file's bytes: no parsing, no 100k strings on the heap.
//
//   u32 magic "DLX1", u32 headerBytes, header JSON (UTF-8), padded to 4 bytes
//   u32 wordCount, charCount, hashSize, zwnjCount, zwnjHashSize
//   u32 wordStart[wordCount + 1]   where each stem starts in `chars` (stems sorted by UTF-16 code units)
//   u32 hash[hashSize]             open addressing on FNV-1a of the stem: stem index + 1, 0 = empty
//   u32 zwnjStems[zwnjCount]       indices of stems that contain a ZWNJ, grouped by their ZWNJ-less key
//   u32 zwnjHash[zwnjHashSize]     FNV-1a of the ZWNJ-less key: position of its group in zwnjStems + 1
//   u8  flagSet[wordCount]         index into header.flagSets, NO_FLAGS when the stem takes no affix; padded to 4
//   u16 chars[charCount]           the stems' UTF-16 code units, back to back

export interface AffixRule {
  kind: 'PFX' | 'SFX';
  /** The Hunspell flag a stem carries to take this affix. */
  flag: string;
  /** The text added (Lilak affixes never strip); it may begin or end with a ZWNJ. */
  add: string;
  /** Continuation flags: affixes that may follow this one (تر → ها، ی، م…). */
  cont: string[];
}

export interface LexiconHeader {
  source: string;
  noSuggest: string;
  affixes: AffixRule[];
  flagSets: string[][];
  /** The parts before the first ZWNJ of every stem spelled with one, sorted. */
  compoundHeads: string[];
}

export const LEXICON_FILE = 'lexicon.bin';
export const LEXICON_MAGIC = 0x31584c44; // "DLX1" little-endian
export const NO_FLAGS = 255;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units; with `skipZwnj` it hashes the key a word's ZWNJ spellings share. */
export function hashCodeUnits(text: string, skipZwnj = false): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (skipZwnj && c === 0x200c) continue;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/** A power of two at least twice `count`, so that linear probing stays short. */
export function hashSizeFor(count: number): number {
  let size = 1;
  while (size < count * 2) size *= 2;
  return size;
}
