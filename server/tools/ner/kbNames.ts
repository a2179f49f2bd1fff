// The knowledge base's curated names (server/data/kb, see its README) as gazetteer entries for the tagger: capitals,
// the aliases and demonyms Persian news uses beyond world-countries' translations, the designations of governments
// (رژیم صهیونیستی), and regions (خاورمیانه، قفقاز). Names the curator marked weak (also common words: مالی، دوشنبه،
// آستانه) are left out: a gazetteer hit on every «مالی» would teach the model to distrust the gazetteer.

import { readFileSync } from 'node:fs';
import { countryGazetteer } from './countryNames';

const KB = 'server/data/kb';

export function kbGazetteer(): [string, string][] {
  const entries: [string, string][] = [];
  const lines = readFileSync(`${KB}/countries-fa.tsv`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const columns = lines[0].split('\t');
  const column = (row: string[], name: string) => (row[columns.indexOf(name)] ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  for (const line of lines.slice(1)) {
    const row = line.split('\t');
    const weak = new Set(column(row, 'weak'));
    const add = (names: string[], kind: string) => {
      for (const name of names) if (!weak.has(name)) entries.push([name, kind]);
    };
    add(column(row, 'capital_fa'), 'capital');
    add(column(row, 'aliases'), 'country');
    add(column(row, 'demonyms'), 'demonym');
    add(column(row, 'governments'), 'government');
  }
  const { regions } = JSON.parse(readFileSync(`${KB}/regions-fa.json`, 'utf8')) as { regions: { fa: string; aliases: string[] }[] };
  for (const region of regions) for (const name of [region.fa, ...region.aliases]) entries.push([name, 'region']);
  return entries;
}

/** The gazetteer the tagger is trained with: country names and demonyms, then the knowledge base's names (a phrase in both keeps its first kind). */
export function taggerGazetteer(): [string, string][] {
  return [...countryGazetteer(), ...kbGazetteer()];
}
