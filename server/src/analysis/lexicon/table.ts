// The compiled Lilak table in memory: every stem with its affix flags, the affix rules indexed by their text, and
// (built on first use) the index from a ZWNJ-less key to the listed spellings that contain a ZWNJ. Loaded once,
// lazily, through the host's data loader; see server/tools/compile-lexicon.ts for the file format.

import { loadText } from '../data';
import { LEXICON_FILE, type AffixRule, type LexiconHeader } from './format';
import { stripZwnj, ZWNJ } from './normalize';

export interface LexiconTable {
  /** Stem → index into `flagSets`, or -1 when the stem takes no affix. */
  stems: Map<string, number>;
  flagSets: ReadonlySet<string>[];
  noSuggest: string;
  /** Suffix rules keyed by their text with ZWNJs removed (what a joined word ends with). */
  suffixesByKey: Map<string, AffixRule[]>;
  /** Prefix rules keyed by their text with ZWNJs removed. */
  prefixesByKey: Map<string, AffixRule[]>;
  longestAffixKey: number;
  /** Every rule that may continue an affix, by flag (تر/sd… → the rules of sd). */
  rulesByFlag: Map<string, AffixRule[]>;
}

let table: LexiconTable | undefined;
let zwnjIndex: Map<string, string[]> | undefined;

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

export function parseLexicon(text: string): LexiconTable {
  const firstBreak = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, firstBreak)) as LexiconHeader;
  const stems = new Map<string, number>();
  let at = firstBreak + 1;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab >= 0 && tab < end) stems.set(text.slice(at, tab), Number(text.slice(tab + 1, end)));
    else if (end > at) stems.set(text.slice(at, end), -1);
    at = end + 1;
  }
  const rulesByFlag = new Map<string, AffixRule[]>();
  for (const rule of header.affixes) {
    const list = rulesByFlag.get(rule.flag);
    if (list) list.push(rule);
    else rulesByFlag.set(rule.flag, [rule]);
  }
  const suffixesByKey = indexBy(header.affixes, 'SFX');
  const prefixesByKey = indexBy(header.affixes, 'PFX');
  let longestAffixKey = 0;
  for (const key of [...suffixesByKey.keys(), ...prefixesByKey.keys()]) longestAffixKey = Math.max(longestAffixKey, key.length);
  return {
    stems,
    flagSets: header.flagSets.map((flags) => new Set(flags)),
    noSuggest: header.noSuggest,
    suffixesByKey,
    prefixesByKey,
    longestAffixKey,
    rulesByFlag,
  };
}

export function lexiconTable(): LexiconTable {
  if (!table) table = parseLexicon(loadText(LEXICON_FILE));
  return table;
}

/** Whether the listed stem carries `flag`. */
export function stemHasFlag(t: LexiconTable, stem: string, flag: string): boolean {
  const index = t.stems.get(stem);
  return index !== undefined && index >= 0 && t.flagSets[index].has(flag);
}

/** ZWNJ-less key → the listed stems spelled with a ZWNJ (بین‌المللی under بینالمللی). */
export function zwnjStemIndex(): Map<string, string[]> {
  if (zwnjIndex) return zwnjIndex;
  const index = new Map<string, string[]>();
  for (const stem of lexiconTable().stems.keys()) {
    if (stem.indexOf(ZWNJ) < 0) continue;
    const key = stripZwnj(stem);
    const list = index.get(key);
    if (list) list.push(stem);
    else index.set(key, [stem]);
  }
  zwnjIndex = index;
  return index;
}
