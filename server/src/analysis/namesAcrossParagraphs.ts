// What a document's names mean for its paragraphs' findings. The spelling rules leave a paragraph's own names alone
// (nearbyEntities.ts); a surname alone («توکایف»), paragraphs after the full name («قاسم‌جومارت توکایف»), is a name
// only the document knows (ner/documentNames.ts), and is no more a misspelling than the full name is.
// The language server tags every paragraph and pools their names anyway (analyze.ts). `dabir check` tags only the few
// words around the words it questions; for it, the paragraphs that can matter are found first: a word flagged in
// one paragraph and written, unflagged, in another (there the spelling rules left it alone, inside a name). Only
// those paragraphs are tagged whole, and their names pooled, so that the command and the editor agree.

import { entitiesOverlapping, resolveOverlaps } from './entities';
import type { NameMemory } from './ner/consistency';
import { documentNames, mentionsFromElsewhere } from './ner/documentNames';
import { entitiesWithDocumentNames, type TaggedParagraph } from './ner/recognizer';
import type { Paragraph } from './text/paragraphs';
import { isPersianWordChar } from './text/script';
import type { Entity, Finding } from './types';

/** The entities the document's names add to a paragraph's (none where it names something already). */
export function namesAddedByDocument(tagged: TaggedParagraph, entities: readonly Entity[], document: NameMemory): Entity[] {
  if (mentionsFromElsewhere(tagged, document) === '') return [];
  const merged = resolveOverlaps([[...entities], entitiesWithDocumentNames(tagged, document)]);
  return merged.filter((e) => !entities.includes(e));
}

/** The findings without the misspellings that `names` (sorted, disjoint) cover. */
export function withoutNamesAsMisspellings(findings: readonly Finding[], names: readonly Entity[]): readonly Finding[] {
  if (names.length === 0) return findings;
  const kept = findings.filter((f) => f.family !== 'spelling' || entitiesOverlapping(names, f.start, f.end).length === 0);
  return kept.length === findings.length ? findings : kept;
}

/** A paragraph tagged whole: its entities and what its tagging tells the document. */
export type TagParagraph = (text: string) => { entities: readonly Entity[]; tagged?: TaggedParagraph };

const isWordChar = (code: number) => isPersianWordChar(code) || code === 0x200c;

/** Offsets in `text` where `word` stands as a whole word. */
function wholeWordAt(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)))) found.push(at);
  }
  return found;
}

/**
 * For a host that does not tag whole paragraphs: `findingLists` (per paragraph, at its own offsets) with the
 * misspellings withdrawn that the document's names explain, as analyze.ts does from every paragraph's names.
 */
export function withdrawMisspelledNames(paragraphs: readonly Paragraph[], findingLists: (readonly Finding[])[], tag: TagParagraph): void {
  /** Flagged word → the paragraphs that flag it, and the offsets they flag. */
  const flagged = new Map<string, Map<number, Set<number>>>();
  paragraphs.forEach((paragraph, k) => {
    for (const f of findingLists[k]) {
      if (f.family !== 'spelling') continue;
      const word = paragraph.text.slice(f.start, f.end);
      let where = flagged.get(word);
      if (!where) flagged.set(word, (where = new Map()));
      let offsets = where.get(k);
      if (!offsets) where.set(k, (offsets = new Set()));
      offsets.add(f.start);
    }
  });
  if (flagged.size === 0) return;
  // The paragraphs that write a flagged word where no rule flags it (inside a name there), and those that flag it.
  const involved = new Set<number>();
  for (const [word, where] of flagged) {
    const sources: number[] = [];
    paragraphs.forEach((paragraph, k) => {
      if (paragraph.kind !== 'prose') return;
      if (wholeWordAt(paragraph.text, word).some((at) => !where.get(k)?.has(at))) sources.push(k);
    });
    if (sources.length === 0) continue;
    for (const k of sources) involved.add(k);
    for (const k of where.keys()) involved.add(k);
  }
  if (involved.size === 0) return;
  const tagged = new Map<number, ReturnType<TagParagraph>>();
  for (const k of involved) tagged.set(k, tag(paragraphs[k].text));
  const parts = [...tagged.values()].flatMap((t) => (t.tagged ? [t.tagged] : []));
  const document = documentNames(parts);
  for (const [k, { entities, tagged: part }] of tagged) {
    if (!part || !findingLists[k].some((f) => f.family === 'spelling')) continue;
    findingLists[k] = withoutNamesAsMisspellings(findingLists[k], namesAddedByDocument(part, entities, document));
  }
}
