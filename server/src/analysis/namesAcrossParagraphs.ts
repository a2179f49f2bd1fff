// What a document's names mean for its paragraphs. An article names a person in full once and by surname
// paragraphs later; paragraphs are analysed one at a time (so that an edit re-analyses only its own), and their
// names are made to agree afterwards (ner/documentNames.ts). A surname found that way («توکایف» after «قاسم‌جومارت
// توکایف») is no more a misspelling than the full name is, which the spelling rules leave alone (nearbyEntities.ts).
// Two hosts, one outcome:
// - the language server and `dabir entities` tag every paragraph anyway: documentNamesKeeper pools their names and
//   revises the paragraphs where one occurs unlabelled, keeping that work between edits;
// - `dabir check` tags only the few words around the words it questions: withdrawMisspelledNames first finds the
//   paragraphs that can matter (a word flagged in one and written, unflagged, in another: inside a name there), tags
//   only those whole and pools their names, so that the command and the editor agree.

import { entitiesOverlapping, resolveOverlaps } from './entities';
import type { NameMemory } from './ner/consistency';
import { documentNames, mentionsFromElsewhere } from './ner/documentNames';
import { entitiesWithDocumentNames, type TaggedParagraph } from './ner/recognizer';
import type { Paragraph } from './text/paragraphs';
import { isPersianWordChar } from './text/script';
import type { Entity, Finding } from './types';

/**
 * A paragraph's entities with those the document's names add (never in place of one it has), and the added ones.
 * The caller has found that the document's names meet the paragraph (mentionsFromElsewhere).
 */
export function withDocumentNames(tagged: TaggedParagraph, entities: readonly Entity[], document: NameMemory): { entities: Entity[]; added: Entity[] } {
  const merged = resolveOverlaps([[...entities], entitiesWithDocumentNames(tagged, document)]);
  const own = new Set(entities);
  return { entities: merged, added: merged.filter((e) => !own.has(e)) };
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
    if (!part || !findingLists[k].some((f) => f.family === 'spelling') || mentionsFromElsewhere(part, document) === '') continue;
    findingLists[k] = withoutNamesAsMisspellings(findingLists[k], withDocumentNames(part, entities, document).added);
  }
}

/** A paragraph's cached analysis, as the document pass reads and revises it (analyze.ts's ParagraphResult). */
export interface RevisableResult {
  readonly findings: readonly Finding[];
  readonly entities: Entity[];
  /** What its tagging tells the rest of the document (ner/documentNames.ts), when the host wants entities. */
  named?: TaggedParagraph;
  /**
   * Its entities as the tagger reads them knowing the whole document's names, and its findings without the
   * misspellings those names explain, kept with the mentions that caused the second look: the same mentions give
   * the same entities, so an edit elsewhere does not tag it again.
   */
  revised?: { mentions: string; entities: Entity[]; findings: readonly Finding[] };
  /** The pooled names `revised` was last decided with (the same pool needs no second decision). */
  revisedWith?: NameMemory;
}

/**
 * For a host that tags every paragraph (the language server, `dabir entities`): makes each paragraph's names agree
 * with the document's. A paragraph where a name found elsewhere occurs unlabelled is tagged again knowing it; what
 * that finds is added to its entities, never put in place of one. The pool is kept between analyses while no
 * paragraph's names change (a keystroke in an ordinary word), and with it every paragraph's decision, instead of
 * pooling and checking every paragraph of a long document again.
 */
export function documentNamesKeeper() {
  let last: { signatures: string[]; memory: NameMemory } = { signatures: [], memory: documentNames([]) };

  function pooled(results: readonly RevisableResult[]): NameMemory {
    const parts: TaggedParagraph[] = [];
    const signatures: string[] = [];
    for (const { named } of results) {
      if (!named || named.signature === '') continue;
      parts.push(named);
      signatures.push(named.signature);
    }
    const same = signatures.length === last.signatures.length && signatures.every((signature, k) => signature === last.signatures[k]);
    if (!same) last = { signatures, memory: documentNames(parts) };
    return last.memory;
  }

  return {
    revise(results: readonly RevisableResult[]): void {
      const memory = pooled(results);
      for (const result of results) {
        if (!result.named || result.revisedWith === memory) continue;
        result.revisedWith = memory;
        const mentions = mentionsFromElsewhere(result.named, memory);
        if (mentions === '') result.revised = undefined;
        else if (result.revised?.mentions !== mentions) {
          const { entities, added } = withDocumentNames(result.named, result.entities, memory);
          result.revised = { mentions, entities, findings: withoutNamesAsMisspellings(result.findings, added) };
        }
      }
    },
  };
}
