// Proper-name words that are not in Lilak (persons, places, organisations from the news corpora; see
// server/tools/derive-proper-names.ts). Spelling leaves them alone: a flagged name is the false alarm writers
// remember. The NER and knowledge-base recognisers supersede this list where they find an entity.

import { loadText } from '../data';

export const PROPER_NAMES_FILE = 'spelling-proper-names.txt';

let names: Set<string> | undefined;

export function isKnownProperName(word: string): boolean {
  if (!names) names = new Set(loadText(PROPER_NAMES_FILE).split('\n').filter(Boolean));
  return names.has(word);
}
