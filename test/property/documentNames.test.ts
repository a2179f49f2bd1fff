// A document's names agree across its paragraphs (ner/documentNames.ts), and the analyser keeps that work between
// edits (the pooled names, each paragraph's revision, the placed entities and findings). Whatever the edits, one
// analyser that saw every version gives what a fresh analyser gives for the last one, with entities and without.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../server/src/analysis/analyze';
import { holds, PROPERTY_TIMEOUT } from '../support/fastCheck';

// Real sentences in which names recur: full names, surnames alone, places, and sentences without any.
const PARAGRAPHS = [
  'قاسم‌جومارت توکایف رئیس‌جمهور قزاقستان به واشنگتن سفر کرد.',
  'توکایف در دیدار با ترامپ از همکاری سخن گفت.',
  'به گفتهٔ کارشناسان، سفر توکایف نشانهٔ تغییر است.',
  'علی لاریجانی رئیس مجلس به مسکو رفت.',
  'لاریجانی گفت که این سفر مهم است.',
  'صادق لاریجانی نیز در نشست حضور داشت.',
  'کارشناسان دربارهٔ این سفر سخن گفتند.',
  'وحید شمسایی سرمربی تیم ملی فوتسال شد.',
  'شمسایی در نشست خبری گفت که تیم آماده است.',
  'دیدار #ظریف و #لاوروف در مسکو 😀',
];

const paragraphIndex = fc.integer({ min: 0, max: PARAGRAPHS.length - 1 });
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), paragraph: paragraphIndex }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), paragraph: paragraphIndex }),
  // A letter typed into a paragraph, as when a writer types a name out.
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), offset: fc.nat(), letter: fc.constantFrom('ی', 'ف', ' ', 'توکایف ') }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(paragraphs: string[], e: Edit): string[] {
  const next = [...paragraphs];
  const at = paragraphs.length === 0 ? 0 : e.at % (e.kind === 'insert' ? paragraphs.length + 1 : paragraphs.length);
  if (e.kind === 'insert') next.splice(at, 0, PARAGRAPHS[e.paragraph]);
  else if (next.length === 0) return next;
  else if (e.kind === 'delete') next.splice(at, 1);
  else if (e.kind === 'replace') next[at] = PARAGRAPHS[e.paragraph];
  else {
    const text = next[at];
    const offset = e.offset % (text.length + 1);
    next[at] = text.slice(0, offset) + e.letter + text.slice(offset);
  }
  return next;
}

describe('names across paragraphs, edited', () => {
  for (const entities of [true, false]) {
    it(`one analyser over every version gives a fresh analysis of the last (entities ${entities ? 'on' : 'off'})`, () => {
      holds(
        fc.property(fc.array(paragraphIndex, { minLength: 1, maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
          const analyzer = createAnalyzer({ syntax: 'plaintext', entities });
          let paragraphs = start.map((k) => PARAGRAPHS[k]);
          analyzer.analyze(paragraphs.join('\n\n'));
          for (const e of edits) {
            paragraphs = applyEdit(paragraphs, e);
            const text = paragraphs.join('\n\n');
            const kept = analyzer.analyze(text);
            const fresh = analyze(text, { syntax: 'plaintext', entities });
            expect(kept.entities).toEqual(fresh.entities);
            expect(kept.findings).toEqual(fresh.findings);
          }
        }),
        40,
      );
    }, PROPERTY_TIMEOUT);
  }
});
