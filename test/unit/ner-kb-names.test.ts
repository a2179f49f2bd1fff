// The knowledge base's names in the tagger's gazetteer (server/tools/ner/kbNames.ts): capitals, aliases, demonyms,
// governments and regions, never a name the curator marked as also a common word.
import { describe, expect, it } from 'vitest';
import { kbGazetteer, taggerGazetteer } from '../../server/tools/ner/kbNames';

describe('knowledge-base gazetteer', () => {
  const entries = new Map(kbGazetteer());

  it('holds capitals, governments and regions with their kind', () => {
    expect(entries.get('تیرانا')).toBe('capital');
    expect(entries.get('رژیم صهیونیستی')).toBe('government');
    expect(entries.get('خاورمیانه')).toBe('region');
    expect(entries.get('آسیای مرکزی')).toBe('region');
  });

  it('leaves out a capital that is also a common word (کابل, cable)', () => {
    expect(entries.has('کابل')).toBe(false);
  });

  it('keeps a country name a country when the knowledge base lists it again as an alias', () => {
    const first = taggerGazetteer().find(([phrase]) => phrase === 'افغانستان');
    expect(first?.[1]).toBe('country');
  });
});
