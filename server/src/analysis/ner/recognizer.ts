// The statistical recogniser the core runs on every paragraph: the tagger's own token view (words, numbers and
// punctuation of the prose segments), BIO labels from the trained model, and one Entity per labelled run.

import type { EntityInput } from '../entities';
import type { Entity } from '../types';
import { isInside, typeOfLabel } from './labels';
import { sharedTagger, type Tagger } from './tagger';
import { nerTokens } from './tokens';

export function entitiesFromLabels(text: string, tokens: readonly { start: number; end: number }[], labels: ArrayLike<number>): Entity[] {
  const entities: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const label = labels[i];
    if (label === 0) continue;
    const type = typeOfLabel(label)!;
    const last = entities[entities.length - 1];
    if (isInside(label) && last && last.type === type) {
      last.end = tokens[i].end;
      last.text = text.slice(last.start, last.end);
    } else {
      entities.push({ start: tokens[i].start, end: tokens[i].end, text: text.slice(tokens[i].start, tokens[i].end), type });
    }
  }
  return entities;
}

export function tagEntities(input: Pick<EntityInput, 'text' | 'segments'>, tagger: Tagger = sharedTagger()): Entity[] {
  const tokens = nerTokens(input.text, input.segments);
  if (tokens.length === 0) return [];
  return entitiesFromLabels(input.text, tokens, tagger.tag(tokens.map((t) => t.text)));
}

/** The recogniser registered in ENTITY_RECOGNIZERS. */
export function recognizeNamedEntities(input: EntityInput): Entity[] {
  return tagEntities(input);
}
