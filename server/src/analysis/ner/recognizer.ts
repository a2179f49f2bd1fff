// The statistical recogniser the core runs on every paragraph: the tagger's own token view (words, numbers and
// punctuation of the prose segments), BIO labels from the trained model, and one Entity per labelled run.

import type { EntityInput } from '../entities';
import type { Entity } from '../types';
import type { NameMemory } from './consistency';
import { paragraphNames, reviseLabels, type ParagraphNames } from './documentNames';
import { isInside, typeOfLabel, type NerType } from './labels';
import { isAnyDigit, isPersianWordChar } from '../text/script';
import { sharedTagger, type Tagger } from './tagger';
import { isNerSpace, nerTokens, taggerWordOf, type NerToken } from './tokens';

/** Words and numbers can be (part of) a name; a lone mark, symbol or emoji cannot, even where the model says so. */
function canBeNamed(token: NerToken): boolean {
  const code = token.text.charCodeAt(0);
  return isPersianWordChar(code) || isAnyDigit(code);
}

/**
 * Whether only spaces (or a hashtag's underscores) lie between two tokens: a name never runs across a URL, code or
 * Latin text between them.
 */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isNerSpace(code) && code !== 0x200c && code !== 0x200d && code !== 0x5f) return false;
  }
  return true;
}

/**
 * One entity per labelled run of tokens: a B label, then I labels of its type on the tokens that follow with only
 * spaces between them. A run starts and ends on a word or number (marks and emoji at its edges stay outside), and a
 * run of marks alone is no entity.
 */
export function entitiesFromLabels(text: string, tokens: readonly NerToken[], labels: ArrayLike<number>): Entity[] {
  const entities: Entity[] = [];
  let run: { type: NerType; first: number; last: number } | undefined;
  const close = () => {
    if (!run) return;
    let { first, last } = run;
    while (first <= last && !canBeNamed(tokens[first])) first++;
    while (last >= first && !canBeNamed(tokens[last])) last--;
    if (first <= last) {
      const { start } = tokens[first];
      const { end } = tokens[last];
      entities.push({ start, end, text: text.slice(start, end), type: run.type });
    }
    run = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const label = labels[i];
    const type = label === 0 ? undefined : typeOfLabel(label);
    if (type && isInside(label) && run?.type === type && run.last === i - 1 && onlySpacesBetween(text, tokens[i - 1].end, tokens[i].start)) {
      run.last = i;
      continue;
    }
    close();
    if (type) run = { type, first: i, last: i };
  }
  close();
  return entities;
}

/**
 * A tagged paragraph as the document-wide pass needs it (documentNames.ts): its names, and its text and prose
 * segments to find its tokens again (the few paragraphs tagged a second time do that rather than every paragraph of
 * a long document keeping its tokens).
 */
export interface TaggedParagraph extends ParagraphNames {
  text: string;
  segments: EntityInput['segments'];
}

export function tagEntities(input: Pick<EntityInput, 'text' | 'segments' | 'names'>, tagger: Tagger = sharedTagger()): Entity[] {
  const tokens = nerTokens(input.text, input.segments);
  if (tokens.length === 0) return [];
  const words = tokens.map(taggerWordOf);
  if (!input.names) return entitiesFromLabels(input.text, tokens, tagger.tag(words));
  const tagged: TaggedParagraph = { text: input.text, segments: input.segments, ...paragraphNames(words, tagger) };
  input.names.paragraph = tagged;
  return entitiesFromLabels(input.text, tokens, tagged.labels);
}

/** The paragraph's entities as the tagger reads them knowing the names of the whole document. */
export function entitiesWithDocumentNames(tagged: TaggedParagraph, document: NameMemory, tagger: Tagger = sharedTagger()): Entity[] {
  const tokens = nerTokens(tagged.text, tagged.segments);
  return entitiesFromLabels(tagged.text, tokens, reviseLabels(tagged, tokens.map(taggerWordOf), document, tagger));
}

/** The recogniser registered in ENTITY_RECOGNIZERS. */
export function recognizeNamedEntities(input: EntityInput): Entity[] {
  return tagEntities(input);
}
