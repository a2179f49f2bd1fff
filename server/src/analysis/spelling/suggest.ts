// Ranked suggestions for an unknown word, as a noisy channel: the likeliest intended word is the one that is
// cheap to mistype into what was written (editCosts), common (corpus frequency) and at home between its
// neighbours (bigram counts). Candidates depend only on the word and are cached; the ranking depends on the
// neighbours and is recomputed, which costs a few map lookups per candidate.

import { isKnownWord, wordFrequency } from '../lexicon/index';
import { lexiconShape, mayBeKnown } from '../lexicon/mayBeKnown';
import { bigramCount } from './bigrams';
import { candidates, type Candidate } from './candidates';

export interface Neighbours {
  /** The word directly before, when only a space separates them. */
  previous?: string;
  /** The word directly after, when only a space separates them. */
  next?: string;
}

/** Log-odds a unit of edit cost is worth: one same-sound slip (0.45) is worth about a 25-fold frequency. */
const COST_WEIGHT = 7;
/** Dirichlet smoothing of the bigram estimates towards the word's own frequency. */
const SMOOTHING = 20;
/** A rough corpus size; it only sets how much an unseen word is worth against a seen one. */
const CORPUS_TOKENS = 500_000;

const CACHE_LIMIT = 5_000;
const cache = new Map<string, Candidate[]>();

/** The cheap necessary test first: nearly every generated string fails it. */
function isCandidateKnown(text: string): boolean {
  return mayBeKnown(text) && isKnownWord(text);
}

function cachedCandidates(word: string): Candidate[] {
  let found = cache.get(word);
  if (!found) {
    found = candidates(word, isCandidateKnown, lexiconShape());
    cache.set(word, found);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  return found;
}

function unigram(word: string): number {
  return (wordFrequency(word) + 0.5) / CORPUS_TOKENS;
}

/** log P(right | left), smoothed towards P(right). */
function logFollows(left: string, right: string): number {
  return Math.log((bigramCount(left, right) + SMOOTHING * unigram(right)) / (wordFrequency(left) + SMOOTHING));
}

/** How well the words of `text` (one, or two for a split) fit between the neighbours; higher is better. */
export function contextScore(text: string, neighbours: Neighbours): number {
  const words = text.split(' ');
  let score = neighbours.previous ? logFollows(neighbours.previous, words[0]) : Math.log(unigram(words[0]));
  for (let k = 1; k < words.length; k++) score += logFollows(words[k - 1], words[k]);
  if (neighbours.next) score += logFollows(words[words.length - 1], neighbours.next) - Math.log(unigram(neighbours.next));
  return score;
}

export interface Suggestion {
  text: string;
  cost: number;
  score: number;
}

/** The best `limit` replacements for `word`, best first; empty when nothing known is close enough. */
export function suggest(word: string, neighbours: Neighbours = {}, limit = 5): Suggestion[] {
  return cachedCandidates(word)
    .map((c) => ({ text: c.text, cost: c.cost, score: contextScore(c.text, neighbours) - COST_WEIGHT * c.cost }))
    .sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : 1))
    .slice(0, limit);
}

const cheapCache = new Map<string, Candidate[]>();

/**
 * Whether `word` is within `maxCost` of a word the corpora wrote at least `minFrequency` times: a cheap test
 * (only the cheap edits are looked up) that spares full suggestions for the many names that are near nothing.
 */
export function hasCommonNeighbour(word: string, maxCost: number, minFrequency: number): boolean {
  // The full candidates, when already found, hold the cheap ones with the same costs (same edits, a lower cap).
  let found = cache.get(word)?.filter((c) => c.cost <= maxCost) ?? cheapCache.get(word);
  if (!found) {
    found = candidates(word, isCandidateKnown, lexiconShape(), maxCost);
    cheapCache.set(word, found);
    if (cheapCache.size > CACHE_LIMIT) cheapCache.delete(cheapCache.keys().next().value as string);
  }
  return found.some((c) => !c.text.includes(' ') && wordFrequency(c.text) >= minFrequency);
}
