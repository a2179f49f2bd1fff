// Entity recognisers run per paragraph, before the rules, so that rules (spelling) can leave names alone.
// Each recogniser returns entities with paragraph-relative offsets; earlier recognisers in the list win overlaps,
// so the knowledge-base linker (exact, with ids) can stand in front of the statistical tagger.

import type { Entity } from './types';
import { linkKnowledgeBase } from './kb/linker';
import { recognizeNamedEntities, type TaggedParagraph } from './ner/recognizer';
import type { Span } from './text/prose';
import type { Token } from './text/tokens';

export interface EntityInput {
  text: string;
  segments: readonly Span[];
  tokens: readonly Token[];
  /**
   * Where the statistical recogniser leaves what the paragraph tells the rest of its document, when the analyser
   * makes the names of a whole document agree (ner/documentNames.ts); absent for the few words around one word.
   */
  names?: { paragraph?: TaggedParagraph };
}

export type EntityRecognizer = (input: EntityInput) => Entity[];

export const ENTITY_RECOGNIZERS: EntityRecognizer[] = [
  linkKnowledgeBase,
  recognizeNamedEntities,
];

/** Keeps the first-listed, then the longest, of overlapping entities; returns them in text order. */
export function resolveOverlaps(groups: readonly Entity[][]): Entity[] {
  const ranked: { entity: Entity; priority: number }[] = [];
  groups.forEach((group, priority) => group.forEach((entity) => ranked.push({ entity, priority })));
  ranked.sort(
    (a, b) => a.priority - b.priority || (b.entity.end - b.entity.start) - (a.entity.end - a.entity.start) || a.entity.start - b.entity.start,
  );
  // Kept entities stay sorted by start and disjoint, so only the neighbours around an entity's place can overlap
  // it: a binary search instead of a scan of all kept ones (a 3 MB paragraph has tens of thousands of entities).
  const kept: Entity[] = [];
  for (const { entity } of ranked) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle].start < entity.start) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((before && before.end > entity.start) || (after && after.start < entity.end)) continue;
    kept.splice(low, 0, entity);
  }
  return kept;
}

export function recognizeEntities(input: EntityInput): Entity[] {
  if (ENTITY_RECOGNIZERS.length === 0 || input.tokens.length === 0) return [];
  return resolveOverlaps(ENTITY_RECOGNIZERS.map((recognize) => recognize(input)));
}

/**
 * The entities overlapping [start, end), found by binary search: recognised entities are sorted and disjoint, and
 * rules ask this once per token, so a scan would make a long paragraph quadratic.
 */
export function entitiesOverlapping(entities: readonly Entity[], start: number, end: number): Entity[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: Entity[] = [];
  for (let k = lo; k < entities.length && entities[k].start < end; k++) if (entities[k].end > start) found.push(entities[k]);
  return found;
}
