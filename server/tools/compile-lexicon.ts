// Compiles the Lilak Hunspell lexicon (node_modules/dictionary-fa: index.aff + index.dic) into dist/data/lexicon.txt,
// the compact table that server/src/analysis/lexicon reads at run time.
//
// Format (UTF-8 text, so that it diffs and greps): the first line is a JSON header with the affix rules and the
// distinct flag sets; every further line is one stem, sorted by UTF-16 code units, optionally followed by a tab and
// the index of its flag set. Words are normalised the way the runtime normalises input (ي/ك → ی/ک, no kashida), and a
// stem listed twice has its flags merged. Only the affixes are kept as rules (stems + affix classes); the runtime
// expands them on demand, so the table stays ~1.5 MB and loads in tens of milliseconds.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord } from '../src/analysis/lexicon/normalize';
import type { AffixRule, LexiconHeader } from '../src/analysis/lexicon/format';

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

export function compileLexicon(aff: string, dic: string): string {
  const { affixes: parsed, noSuggest } = parseAffixes(aff);
  const affixFlags = new Set(parsed.map((a) => a.flag));
  // Continuation flags that name no affix (the compound controls FF, WW) are dropped with the rest.
  const affixes = parsed.map((a) => ({ ...a, cont: a.cont.filter((flag) => affixFlags.has(flag)) }));
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
  const flagSetIndex = new Map<string, number>();
  const flagSets: string[][] = [];
  const body: string[] = [];
  for (const word of words) {
    const flags = [...flagsOf.get(word)!].sort();
    if (flags.length === 0) {
      body.push(word);
      continue;
    }
    const key = flags.join('');
    let index = flagSetIndex.get(key);
    if (index === undefined) {
      index = flagSets.length;
      flagSetIndex.set(key, index);
      flagSets.push(flags);
    }
    body.push(`${word}\t${index}`);
  }
  const header: LexiconHeader = { source: 'dictionary-fa (Lilak 3.3)', noSuggest, affixes, flagSets, count: words.length };
  return JSON.stringify(header) + '\n' + body.join('\n') + '\n';
}

export default async function (outDir: string): Promise<void> {
  const aff = readFileSync(join(SOURCE, 'index.aff'), 'utf8');
  const dic = readFileSync(join(SOURCE, 'index.dic'), 'utf8');
  writeFileSync(join(outDir, 'lexicon.txt'), compileLexicon(aff, dic));
}
