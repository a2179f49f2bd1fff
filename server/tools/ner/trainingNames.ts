// A gazetteer of the names the training labels mark (خبرگزاری تسنیم، سازمان ملل متحد، لوزانو), for the tagger's
// gazetteer features: a name the model saw labelled once is recognised with its exact extent when it recurs, also
// where its words alone are ambiguous. Only phrases that are a name at least half the times they occur in the text
// are kept (so «ملی» or «بانک» alone never is), each with the type it was labelled with most often.
//
// Training must not see each sentence's own names in the gazetteer, or the model would learn that a gazetteer hit
// is always right: each sentence is featurised with the names of the other half of the corpus (jackknife; halves by
// a hash of the sentence's letters, so that a sentence's copies and spelling variants fall in the same half), and
// the shipped model gets the names of all of it.

import { typeOfLabel, isInside } from '../../src/analysis/ner/labels';
import { normalizeWord } from '../../src/analysis/ner/normalize';
import type { Sentence } from './corpora';

const MAX_WORDS = 6;
const MIN_PRECISION = 0.5;

/** 0 or 1: which half a sentence belongs to, the same for its copies and its ZWNJ/space variants. */
export function sentenceHalf(sentence: Sentence): number {
  let h = 0x811c9dc5;
  for (const word of sentence.words) {
    const folded = normalizeWord(word);
    for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  }
  return (h >>> 16) & 1;
}

/** [phrase of folded words, 'name:' + type], sorted by phrase. */
export function trainingNames(sentences: readonly Sentence[]): [string, string][] {
  const labelled = new Map<string, Map<string, number>>();
  const folded = sentences.map((s) => s.words.map(normalizeWord));
  sentences.forEach((sentence, k) => {
    const words = folded[k];
    for (let i = 0; i < words.length; i++) {
      const label = sentence.labels[i];
      if (label === 0 || isInside(label)) continue;
      let end = i + 1;
      while (end < words.length && isInside(sentence.labels[end])) end++;
      if (end - i > MAX_WORDS) continue;
      const phrase = words.slice(i, end).join(' ');
      const type = typeOfLabel(label)!;
      let types = labelled.get(phrase);
      if (!types) labelled.set(phrase, (types = new Map()));
      types.set(type, (types.get(type) ?? 0) + 1);
    }
  });
  const occurrences = new Map<string, number>();
  for (const words of folded) {
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let length = 1; length <= MAX_WORDS && i + length <= words.length; length++) {
        phrase = length === 1 ? words[i] : phrase + ' ' + words[i + length - 1];
        if (labelled.has(phrase)) occurrences.set(phrase, (occurrences.get(phrase) ?? 0) + 1);
      }
    }
  }
  const out: [string, string][] = [];
  for (const [phrase, types] of labelled) {
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [type, count] of types) {
      total += count;
      if (count > bestCount || (count === bestCount && type < best)) {
        best = type;
        bestCount = count;
      }
    }
    if (total >= MIN_PRECISION * (occurrences.get(phrase) ?? total)) out.push([phrase, `name:${best}`]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
