// A long document edited again and again: the analyser's cache must not keep the old versions of the whole text
// alive (a cached paragraph result whose strings were slices of the document kept that version's 1 MB for good).
import { runInNewContext } from 'node:vm';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../server/src/analysis/analyze';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const sample = readFileSync(resolve(__dirname, '..', '..', 'samples', 'kazakhstan-abraham-accords.fa.txt'), 'utf8');

/** Bytes in V8's large-object space (where a long string lives) after a full collection. */
function largeObjectBytes(): number {
  gc();
  return getHeapSpaceStatistics().find((space) => space.space_name === 'large_object_space')!.space_used_size;
}

describe('the paragraph cache over many edits', () => {
  it('keeps no old version of a long document alive', () => {
    // 40 copies of the sample, each paragraph numbered so that none repeats: about 300 000 bytes of text.
    const original = Array.from({ length: 40 }, (_, k) => sample.split('\n\n').map((p, j) => `${p} (${k}-${j})`).join('\n\n')).join('\n\n');
    const edited = (text: string, k: number) => {
      const at = Math.floor(((k + 0.5) / 12) * text.length);
      return text.slice(0, at) + 'ا' + text.slice(at);
    };
    // The same edits once beforehand, by another analyser: the lexicon's memo tables (module-wide, with large backing
    // stores) then already hold every word the edits bring, and what grows below is the paragraph cache alone.
    const warmUp = createAnalyzer({ syntax: 'markdown' });
    for (let k = 0, text = original; k < 12; k++) warmUp.analyze((text = edited(text, k)));
    let text = original;
    const analyzer = createAnalyzer({ syntax: 'markdown' });
    analyzer.analyze(text);
    const before = largeObjectBytes();
    for (let k = 0; k < 12; k++) {
      text = edited(text, k);
      expect(analyzer.analyze(text).findings.length).toBeGreaterThan(0);
    }
    const grown = largeObjectBytes() - before;
    // One version (the current one) may stay; twelve kept versions would be 12 × 2 × text.length bytes.
    expect(grown).toBeLessThan(3 * 2 * text.length);
  }, 60_000);
});
