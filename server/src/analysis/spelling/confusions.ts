// Real-word confusions learnt from PerSpellData's real-word subset (server/tools/derive-confusions.ts →
// server/data/spelling-confusions.json): spellings writers are corrected away from («اطاق» → «اتاق»), and pairs
// of words that are both right somewhere and wrong elsewhere («جذر»/«جزر»), which only the neighbours decide.

import { loadJson } from '../data';

export const CONFUSIONS_FILE = 'spelling-confusions.json';

interface ConfusionData {
  prefer: Record<string, string>;
  pairs: [string, string][];
}

let prefer: Map<string, string> | undefined;
let paired: Map<string, string> | undefined;

function load(): void {
  const data = loadJson<ConfusionData>(CONFUSIONS_FILE);
  prefer = new Map(Object.entries(data.prefer));
  paired = new Map();
  for (const [a, b] of data.pairs) {
    paired.set(a, b);
    paired.set(b, a);
  }
}

/** The spelling writers are corrected to, when `word` is one they are corrected away from. */
export function preferredSpelling(word: string): string | undefined {
  if (!prefer) load();
  return prefer!.get(word);
}

/** The word `word` is confused with, when both are words and context decides. */
export function confusedWith(word: string): string | undefined {
  if (!paired) load();
  return paired!.get(word);
}
