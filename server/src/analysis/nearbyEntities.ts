// The entities over a word, for rules that leave names alone and ask only about a few words: spelling about the
// words the lexicon does not know, the ZWNJ rules about the words they would respell.
// When the host asked for the paragraph's entities anyway (the language server shows them), those are used. When
// it did not (`dabir check`, `dabir fix`, the evaluations), only a few words around the word, within its sentence,
// are given to the recognisers: the NER tagger costs more per sentence than all the rules together. A name is
// read the same way in that window as in its paragraph: the tagger's features reach two words either side, and
// the knowledge-base linker's context word comes just before the name.

import { entitiesOverlapping, recognizeEntities, type EntityInput } from './entities';
import { linkKnowledgeBase } from './kb/linker';
import type { ParagraphContext } from './rules/rule';
import type { Span } from './text/prose';
import { tokenize } from './text/tokens';
import type { Entity } from './types';

/** Tokens [first, last] of the paragraph, and the entities the recognisers found in them. */
interface Window {
  first: number;
  last: number;
  entities: Entity[];
}

type Recognize = (input: EntityInput) => Entity[];

/** The windows already recognised, per paragraph and per recogniser (all of them, or the knowledge base alone). */
const windowsOf = new WeakMap<ParagraphContext, Map<Recognize, Window[]>>();

/**
 * Words either side of the asked one that the recognisers see: the tagger's features reach two words, and its
 * label transitions a little further. On 2,534 unknown words of ARMAN/PEYMA training text, whether a word lies in
 * a name came out differently from the whole paragraph's answer for 19 with four words either side, 18 with the
 * whole sentence, 29 with two.
 */
const REACH = 4;

/** A full stop, question or exclamation mark (Persian or Latin), or a line break, ends a sentence. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x0a || code === 0x2026;
}

function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsSentence(text.charCodeAt(i))) return true;
  return false;
}

function clip(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    out.push({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) });
  }
  return out;
}

/** The index of the first token that ends after `offset`. */
function tokenAt(ctx: ParagraphContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function windowEntities(ctx: ParagraphContext, start: number, end: number, recognize: Recognize): Entity[] {
  const { tokens, text } = ctx;
  const a = tokenAt(ctx, start);
  let b = a;
  while (b + 1 < tokens.length && tokens[b + 1].start < end) b++;
  // REACH tokens either side, not past the sentence's end.
  let first = a;
  while (first > 0 && a - first < REACH && !sentenceEndBetween(text, tokens[first - 1].end, tokens[first].start)) first--;
  let last = b;
  while (last + 1 < tokens.length && last - b < REACH && !sentenceEndBetween(text, tokens[last].end, tokens[last + 1].start)) last++;
  let byRecognizer = windowsOf.get(ctx);
  if (!byRecognizer) windowsOf.set(ctx, (byRecognizer = new Map()));
  let windows = byRecognizer.get(recognize);
  if (!windows) byRecognizer.set(recognize, (windows = []));
  for (const w of windows) if (w.first <= first && last <= w.last) return w.entities;
  const from = tokens[first]?.start ?? start;
  const to = tokens[last]?.end ?? end;
  const entities = recognize({ text, segments: clip(ctx.segments, from, to), tokens: tokens.slice(first, last + 1) });
  windows.push({ first, last, entities });
  return entities;
}

/** The entities overlapping [start, end) of the paragraph. */
export function entitiesNear(ctx: ParagraphContext, start: number, end: number): Entity[] {
  if (ctx.options.entities) return entitiesOverlapping(ctx.entities, start, end);
  return entitiesOverlapping(windowEntities(ctx, start, end, recognizeEntities), start, end);
}

/**
 * Whether a name linked to the knowledge base (an entity with an id) overlaps [start, end). Only the linker gives
 * ids, and it is far cheaper than the tagger, so without host entities it is asked alone.
 */
export function linkedEntityNear(ctx: ParagraphContext, start: number, end: number): boolean {
  const entities = ctx.options.entities ? ctx.entities : windowEntities(ctx, start, end, linkKnowledgeBase);
  return entitiesOverlapping(entities, start, end).some((e) => e.id !== undefined);
}

/** Entities over [start, end) of a paragraph, asked after its analysis. */
export type LaterEntities = (start: number, end: number) => Entity[];

/**
 * The entities near a word, for a question a document rule can ask only once it has seen the whole document
 * (zwnj-inconsistent: whether a word written two ways is a name matters only for the few words that are). Where
 * the host has the paragraph's entities they are answered now; otherwise the answer keeps the paragraph's text and
 * prose spans, not its tokens, and tokenises again on the first question.
 */
export function entitiesLater(ctx: ParagraphContext): LaterEntities {
  if (ctx.options.entities) {
    const { entities } = ctx;
    return (start, end) => entitiesOverlapping(entities, start, end);
  }
  const { text, segments, options } = ctx;
  let later: ParagraphContext | undefined;
  return (start, end) => {
    later ??= { text, segments, protectedSpans: [], tokens: tokenize(text, segments), entities: [], options };
    return entitiesNear(later, start, end);
  };
}
