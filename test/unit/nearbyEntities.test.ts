// Without host entities (`dabir check`, `dabir fix`), the rules that leave names alone ask the recognisers only
// about the words they would change, each with a few words around it (nearbyEntities.ts); the language server has
// every paragraph's entities. The findings must not depend on which.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import type { Finding } from '../../server/src/analysis/types';

const SAMPLE = readFileSync(new URL('../../samples/kazakhstan-abraham-accords.fa.txt', import.meta.url), 'utf8');

const outline = (findings: readonly Finding[]) =>
  findings.map((f) => [f.rule, f.start, f.end, f.fixes.map((fix) => fix.edits.map((e) => e.newText).join('|')).join(' / ')]);

describe('names asked about word by word or paragraph by paragraph', () => {
  it.each([
    ['the sample article', SAMPLE],
    ['names typed apart and glued', 'آقای هاشم زاده و ال گور در کاخ سفید با خامنهای و محمدجواد ظریف دیدار کردند و گفتگوها را مینامند.'],
    ['a name spelt like a word, written two ways', 'انتشارات کتابها این را چاپ کرد.\n\nکتاب‌ها را فرستادند و کتابها را خواندند.'],
  ])('give the same findings and fixes: %s', (_, text) => {
    const withHostEntities = analyze(text, { entities: true }).findings;
    expect(withHostEntities.length).toBeGreaterThan(0);
    expect(outline(analyze(text, { entities: false }).findings)).toEqual(outline(withHostEntities));
  });
});
