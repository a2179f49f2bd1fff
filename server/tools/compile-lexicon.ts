// Compiles the Lilak Hunspell lexicon (node_modules/dictionary-fa: index.aff + index.dic) into dist/data/lexicon.bin,
// the compact table that server/src/analysis/lexicon reads at run time.
//
// The table holds the stems with their affix flags (stems + affix classes, not expanded forms: the runtime applies
// the affixes on demand) and two hash tables, laid out as in server/src/analysis/lexicon/format.ts, so that loading
// is a few typed-array views. Words are normalised the way the runtime normalises input (ي/ك → ی/ک, no kashida),
// and a stem listed twice has its flags merged.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord, stripZwnj } from '../src/analysis/lexicon/normalize';
import { hashCodeUnits, hashSizeFor, LEXICON_FILE, LEXICON_MAGIC, NO_FLAGS, type AffixRule, type LexiconHeader } from '../src/analysis/lexicon/format';

const SOURCE = 'node_modules/dictionary-fa';

/** Hunspell `FLAG long`: every flag is two characters. */
function splitFlags(flags: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < flags.length; i += 2) out.push(flags.slice(i, i + 2));
  return out;
}

function parseAffixes(aff: string): { affixes: AffixRule[]; noSuggest: string } {
  const affixes: AffixRule[] = [];
  let noSuggest = '';
  for (const raw of aff.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('NOSUGGEST')) noSuggest = line.split(/\s+/)[1];
    const parts = line.split(/\s+/);
    if ((parts[0] !== 'PFX' && parts[0] !== 'SFX') || parts.length < 5) continue;
    const [kind, flag, strip, addWithFlags, condition] = parts;
    // Every Lilak affix strips nothing and has no condition; a rule that did would need a real Hunspell engine.
    if (strip !== '0' || condition !== '.') throw new Error(`compile-lexicon: unsupported affix rule "${line}"`);
    const [add, cont = ''] = addWithFlags.split('/');
    affixes.push({ kind: kind as 'PFX' | 'SFX', flag, add: normalizeWord(add), cont: splitFlags(cont) });
  }
  return { affixes, noSuggest };
}

function sortedStems(dic: string, affixFlags: ReadonlySet<string>, noSuggest: string): Map<string, string[]> {
  const flagsOf = new Map<string, Set<string>>();
  const lines = dic.split('\n');
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = normalizeWord(slash < 0 ? line : line.slice(0, slash));
    let set = flagsOf.get(word);
    if (!set) flagsOf.set(word, (set = new Set()));
    // Compound-control flags (UU, WW, FF…) mean nothing without compounding; keep affix flags and NOSUGGEST.
    if (slash >= 0) for (const flag of splitFlags(line.slice(slash + 1))) if (affixFlags.has(flag) || flag === noSuggest) set.add(flag);
  }
  const words = [...flagsOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(words.map((word) => [word, [...flagsOf.get(word)!].sort()]));
}

/** Open addressing with linear probing: slot ← value + 1 at the first free place from the key's hash. */
function fillHash(size: number, entries: Iterable<[hash: number, value: number]>): Uint32Array {
  const table = new Uint32Array(size);
  const mask = size - 1;
  for (const [hash, value] of entries) {
    let slot = hash & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = value + 1;
  }
  return table;
}

export function compileLexicon(aff: string, dic: string): Uint8Array {
  const { affixes: parsed, noSuggest } = parseAffixes(aff);
  const affixFlags = new Set(parsed.map((a) => a.flag));
  // Continuation flags that name no affix (the compound controls FF, WW) are dropped with the rest.
  const affixes = parsed.map((a) => ({ ...a, cont: a.cont.filter((flag) => affixFlags.has(flag)) }));
  const stems = sortedStems(dic, affixFlags, noSuggest);
  const words = [...stems.keys()];

  const flagSetIndex = new Map<string, number>();
  const flagSets: string[][] = [];
  const flagSet = new Uint8Array(words.length);
  words.forEach((word, i) => {
    const flags = stems.get(word)!;
    if (flags.length === 0) {
      flagSet[i] = NO_FLAGS;
      return;
    }
    const key = flags.join('');
    let index = flagSetIndex.get(key);
    if (index === undefined) {
      index = flagSets.length;
      if (index >= NO_FLAGS) throw new Error('compile-lexicon: too many distinct flag sets for one byte');
      flagSetIndex.set(key, index);
      flagSets.push(flags);
    }
    flagSet[i] = index;
  });

  const wordStart = new Uint32Array(words.length + 1);
  let charCount = 0;
  words.forEach((word, i) => {
    wordStart[i] = charCount;
    charCount += word.length;
  });
  wordStart[words.length] = charCount;
  const chars = new Uint16Array(charCount);
  words.forEach((word, i) => {
    for (let k = 0; k < word.length; k++) chars[wordStart[i] + k] = word.charCodeAt(k);
  });
  const hashSize = hashSizeFor(words.length);
  const hash = fillHash(hashSize, words.map((word, i) => [hashCodeUnits(word), i] as [number, number]));

  // Stems with a ZWNJ, grouped by their ZWNJ-less key; the hash points at each group's first member.
  const zwnjStems = words
    .map((word, i) => ({ key: stripZwnj(word), i }))
    .filter(({ key, i }) => key.length !== words[i].length)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const groups: [number, number][] = [];
  zwnjStems.forEach(({ key }, position) => {
    if (position === 0 || zwnjStems[position - 1].key !== key) groups.push([hashCodeUnits(key), position]);
  });
  const zwnjHashSize = hashSizeFor(groups.length);
  const zwnjHash = fillHash(zwnjHashSize, groups);

  // The parts before the first ZWNJ of the stems spelled with one (پیش of پیش‌بینی): a few thousand strings that
  // the ZWNJ rules ask about for nearly every pair of words; found here rather than by reading every stem at start-up.
  const compoundHeads = [...new Set(zwnjStems.map(({ i }) => words[i].slice(0, words[i].indexOf('\u200C'))).filter((head) => head.length > 0))].sort();
  const header: LexiconHeader = { source: 'dictionary-fa (Lilak 3.3)', noSuggest, affixes, flagSets, compoundHeads };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const pad4 = (n: number) => (n + 3) & ~3;
  const size =
    8 + pad4(headerBytes.length) + 20 + 4 * (wordStart.length + hash.length + zwnjStems.length + zwnjHash.length) + pad4(words.length) + 2 * charCount;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const u32 = (value: number) => {
    view.setUint32(at, value, true);
    at += 4;
  };
  u32(LEXICON_MAGIC);
  u32(headerBytes.length);
  out.set(headerBytes, at);
  at += pad4(headerBytes.length);
  for (const value of [words.length, charCount, hashSize, zwnjStems.length, zwnjHashSize]) u32(value);
  for (const value of wordStart) u32(value);
  for (const value of hash) u32(value);
  for (const { i } of zwnjStems) u32(i);
  for (const value of zwnjHash) u32(value);
  out.set(flagSet, at);
  at += pad4(words.length);
  for (const code of chars) {
    view.setUint16(at, code, true);
    at += 2;
  }
  return out;
}

export default async function (outDir: string): Promise<void> {
  const aff = readFileSync(join(SOURCE, 'index.aff'), 'utf8');
  const dic = readFileSync(join(SOURCE, 'index.dic'), 'utf8');
  writeFileSync(join(outDir, LEXICON_FILE), compileLexicon(aff, dic));
}
