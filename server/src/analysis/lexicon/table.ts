// The compiled Lilak table in memory: typed-array views over lexicon.bin (see format.ts), so that loading costs a
// few milliseconds and the heap holds no per-word strings. Looking a word up hashes it and compares code units,
// so its cost is proportional to the word's length. The affix rules are indexed by their ZWNJ-less text (what a
// joined word ends with).

import { loadData, openBinary } from '../data';
import { hashCodeUnits, LEXICON_FILE, LEXICON_MAGIC, NO_FLAGS, type AffixRule, type LexiconHeader } from './format';
import { stripZwnj } from './normalize';

export interface LexiconTable {
  count: number;
  /** The stem's index, or -1 when it is not listed. */
  indexOf(word: string): number;
  /** The affix flags of stem `index` (empty when it takes none). */
  flagsOf(index: number): ReadonlySet<string>;
  wordAt(index: number): string;
  /** The listed stems spelled with a ZWNJ whose letters without ZWNJs are `key` (بین‌المللی under بینالمللی). */
  withZwnj(key: string): string[];
  noSuggest: string;
  /** The parts before the first ZWNJ of every stem spelled with one (پیش of پیش‌بینی). */
  compoundHeads: ReadonlySet<string>;
  /** Suffix and prefix rules keyed by their text with ZWNJs removed. */
  suffixesByKey: Map<string, AffixRule[]>;
  prefixesByKey: Map<string, AffixRule[]>;
  longestAffixKey: number;
}

const NONE: ReadonlySet<string> = new Set();
let table: LexiconTable | undefined;

function indexBy(rules: readonly AffixRule[], kind: 'PFX' | 'SFX'): Map<string, AffixRule[]> {
  const byKey = new Map<string, AffixRule[]>();
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    const key = stripZwnj(rule.add);
    const list = byKey.get(key);
    if (list) list.push(rule);
    else byKey.set(key, [rule]);
  }
  return byKey;
}

export function readLexicon(raw: Uint8Array): LexiconTable {
  const { bytes, view } = openBinary(raw, { file: LEXICON_FILE, what: 'a compiled lexicon', magic: LEXICON_MAGIC, rebuild: 'npm run build' });
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as LexiconHeader;
  let at = 8 + ((headerLength + 3) & ~3);
  const [count, charCount, hashSize, zwnjCount, zwnjHashSize] = [0, 1, 2, 3, 4].map((k) => view.getUint32(at + 4 * k, true));
  at += 20;
  const u32 = (length: number) => {
    const array = new Uint32Array(bytes.buffer, bytes.byteOffset + at, length);
    at += 4 * length;
    return array;
  };
  const wordStart = u32(count + 1);
  const hash = u32(hashSize);
  const zwnjStems = u32(zwnjCount);
  const zwnjHash = u32(zwnjHashSize);
  const flagSet = bytes.subarray(at, at + count);
  at += (count + 3) & ~3;
  const chars = new Uint16Array(bytes.buffer, bytes.byteOffset + at, charCount);
  const flagSets = header.flagSets.map((flags) => new Set(flags));

  const equals = (index: number, word: string) => {
    const start = wordStart[index];
    if (wordStart[index + 1] - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (chars[start + k] !== word.charCodeAt(k)) return false;
    return true;
  };
  /** Whether stem `index` without its ZWNJs is `key`. */
  const keyEquals = (index: number, key: string) => {
    let k = 0;
    for (let c = wordStart[index]; c < wordStart[index + 1]; c++) {
      if (chars[c] === 0x200c) continue;
      if (k >= key.length || chars[c] !== key.charCodeAt(k)) return false;
      k++;
    }
    return k === key.length;
  };
  const wordAt = (index: number) => String.fromCharCode.apply(null, chars.subarray(wordStart[index], wordStart[index + 1]) as unknown as number[]);

  const suffixesByKey = indexBy(header.affixes, 'SFX');
  const prefixesByKey = indexBy(header.affixes, 'PFX');
  let longestAffixKey = 0;
  for (const key of [...suffixesByKey.keys(), ...prefixesByKey.keys()]) longestAffixKey = Math.max(longestAffixKey, key.length);

  return {
    count,
    indexOf(word) {
      const mask = hashSize - 1;
      for (let slot = hashCodeUnits(word) & mask; ; slot = (slot + 1) & mask) {
        const entry = hash[slot];
        if (entry === 0) return -1;
        if (equals(entry - 1, word)) return entry - 1;
      }
    },
    flagsOf(index) {
      const set = flagSet[index];
      return set === NO_FLAGS ? NONE : flagSets[set];
    },
    wordAt,
    withZwnj(key) {
      const mask = zwnjHashSize - 1;
      for (let slot = hashCodeUnits(key, true) & mask; ; slot = (slot + 1) & mask) {
        const entry = zwnjHash[slot];
        if (entry === 0) return [];
        if (!keyEquals(zwnjStems[entry - 1], key)) continue;
        const forms: string[] = [];
        for (let p = entry - 1; p < zwnjCount && keyEquals(zwnjStems[p], key); p++) forms.push(wordAt(zwnjStems[p]));
        return forms;
      }
    },
    noSuggest: header.noSuggest,
    compoundHeads: new Set(header.compoundHeads),
    suffixesByKey,
    prefixesByKey,
    longestAffixKey,
  };
}

export function lexiconTable(): LexiconTable {
  if (!table) table = readLexicon(loadData(LEXICON_FILE));
  return table;
}

/** Whether the listed stem carries `flag`. */
export function stemHasFlag(t: LexiconTable, stem: string, flag: string): boolean {
  const index = t.indexOf(stem);
  return index >= 0 && t.flagsOf(index).has(flag);
}
