// The words that lead names of a type (تیم، دانشگاه، رژیم، وزارت → organization; استان، خیابان → location), learnt
// from the training labels: a word that begins a name of two words or more at least MIN_COUNT times and in at least
// MIN_SHARE of its occurrences. The tagger's features (features.ts, the head to the left) then know that a word a
// few tokens after «دادگاه های عمومی و انقلاب» still belongs to the organization, where alone it reads as a city
// («شیراز»). Held in the gazetteer under the head's kind (HEAD_KIND_PREFIX + type) as the phrase [word, HEAD_MARKER].

import { HEAD_KIND_PREFIX, HEAD_MARKER } from '../../src/analysis/ner/features';
import { isInside, typeOfLabel } from '../../src/analysis/ner/labels';
import { normalizeWord } from '../../src/analysis/ner/normalize';
import type { Sentence } from './corpora';

const MIN_COUNT = 5;
/**
 * A person's first word is a given name (علی، آرش), not a head that a longer phrase hangs on; as heads they cost
 * persons more than they gave (PEYMA dev PER 80.9 → 78.9).
 */
const HEADLESS: ReadonlySet<string> = new Set(['person']);
/** 0.15 (280 heads instead of 226) scored no better on PEYMA dev: 77.86/77.86 against 78.01/77.84. */
const MIN_SHARE = 0.25;

/** [word + ' ' + HEAD_MARKER, HEAD_KIND_PREFIX + type], sorted. */
export function phraseHeads(sentences: readonly Sentence[]): [string, string][] {
  const leads = new Map<string, Map<string, number>>();
  const occurrences = new Map<string, number>();
  for (const sentence of sentences) {
    const { words, labels } = sentence;
    for (let i = 0; i < words.length; i++) {
      const word = normalizeWord(words[i]);
      occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
      if (labels[i] === 0 || isInside(labels[i]) || i + 1 >= words.length || !isInside(labels[i + 1])) continue;
      const type = typeOfLabel(labels[i])!;
      let types = leads.get(word);
      if (!types) leads.set(word, (types = new Map()));
      types.set(type, (types.get(type) ?? 0) + 1);
    }
  }
  const out: [string, string][] = [];
  for (const [word, types] of leads) {
    let best = '';
    let bestCount = 0;
    for (const [type, count] of types) if (count > bestCount || (count === bestCount && type < best)) [best, bestCount] = [type, count];
    if (!HEADLESS.has(best) && bestCount >= MIN_COUNT && bestCount >= MIN_SHARE * occurrences.get(word)!) out.push([`${word} ${HEAD_MARKER}`, HEAD_KIND_PREFIX + best]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
