// One name, one reading throughout a document. An article names a person in full once («قاسم‌جومارت توکایف») and
// by surname paragraphs later («توکایف گفت»), and repeats a company's or a team's name from paragraph to paragraph;
// the tagger makes the names of one paragraph agree (consistency.ts), but paragraphs are tagged one at a time, so
// that an edit re-tags only the paragraph it touched. So each paragraph keeps what it tells the rest of the
// document (its words' hashes, its labels and the names they mark); the analyser pools the names of all paragraphs,
// and a paragraph where one of them occurs unlabelled is decoded again with that memory (the same soft bonus as
// within a paragraph: where the context speaks clearly against a name, the tagger still says no).

import { mergeNameMemories, unlabelledMentions, type NameMemory } from './consistency';
import { ALL_LABELS, isInside, type NerType } from './labels';
import type { Tagger } from './tagger';

/** What a tagged paragraph (or sentence) tells its document. */
export interface ParagraphNames {
  hashes: Uint32Array;
  labels: Uint8Array;
  names: NameMemory;
  /** The labels it was decoded with, and the types whose names the document shares. */
  mask: Uint8Array;
  types: ReadonlySet<NerType>;
  /**
   * The mentions its own names of the shared types leave unlabelled (the tagger said no to them already); found
   * when first needed, since most paragraphs never meet a name of the document's that they leave unlabelled.
   */
  ownMentions?: string;
  /** Its names and their votes as a string ('' for none): equal signatures, equal contributions to the document. */
  signature: string;
}

/**
 * The names a document's paragraphs share: persons and places. On PEYMA dev, 20 consecutive sentences tagged as the
 * paragraphs of one document (`npm run eval:ner -- --only=peyma --doc=20 --doc-types=…`), F1 78.28 alone →
 * 78.78 sharing persons, 78.98 persons and places, 78.72 persons and organisations, 78.85 every name type: an
 * organisation's words are more often ordinary words elsewhere («استقلال»، «دولت»).
 */
export const DOCUMENT_NAME_TYPES: ReadonlySet<NerType> = new Set(['person', 'location']);

/** `types`: the shared types (DOCUMENT_NAME_TYPES), which the document's names will be of too. */
export function paragraphNames(
  words: readonly string[], tagger: Tagger, mask: Uint8Array = ALL_LABELS, types: ReadonlySet<NerType> = DOCUMENT_NAME_TYPES,
): ParagraphNames {
  const { labels, hashes, names } = tagger.tagNamed(words, mask);
  return { hashes, labels, names, mask, types, signature: signatureOf(names) };
}

/**
 * The names and votes as a string. The names are in the order the paragraph's labels gave them, so the same text
 * gives the same string, which is all the analyser asks of it (whether an edited paragraph still names the same).
 */
function signatureOf(names: NameMemory): string {
  let signature = '';
  for (const [key, votes] of names.phrases) for (const [type, n] of votes) signature += `${key}=${type}*${n};`;
  return signature;
}

/** The names of all the document's paragraphs, with their votes, of the types that are shared. */
export function documentNames(parts: readonly ParagraphNames[], types: ReadonlySet<NerType> = DOCUMENT_NAME_TYPES): NameMemory {
  return mergeNameMemories(parts.map((part) => part.names), (type) => types.has(type));
}

/**
 * The mentions of the document's names that the paragraph leaves unlabelled and that its own names did not already
 * put to the tagger (as `start:length:type;…`), or '' when there are none: then its labels stand. Equal strings give
 * equal labels, so a caller may keep the labels of the last revision with its string.
 */
export function mentionsFromElsewhere(part: ParagraphNames, document: NameMemory): string {
  const mentions = unlabelledMentions(document, part.hashes, part.labels, part.mask);
  if (mentions === '') return '';
  // Compared with the document's mentions, which are of the shared types only.
  part.ownMentions ??= unlabelledMentions(mergeNameMemories([part.names], (type) => part.types.has(type)), part.hashes, part.labels, part.mask);
  return mentions === part.ownMentions ? '' : mentions;
}

/**
 * The paragraph's labels (of `words`, the words it was tagged as) with the names it has when decoded again knowing the document's: a name the second look
 * finds is added where the paragraph had none, and never put in place of one it had (the paragraph's own reading
 * of its own text stays the better evidence for what it already names).
 */
export function reviseLabels(part: ParagraphNames, words: readonly string[], document: NameMemory, tagger: Tagger): Uint8Array {
  const again = tagger.retag(words, document, part.mask);
  const labels = part.labels.slice();
  const n = labels.length;
  for (let start = 0; start < n; ) {
    if (again[start] === 0) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < n && isInside(again[end])) end++;
    let free = true;
    for (let k = start; k < end && free; k++) free = part.labels[k] === 0;
    if (free) labels.set(again.subarray(start, end), start);
    start = end;
  }
  return labels;
}
