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
    let text = Array.from({ length: 40 }, (_, k) => sample.split('\n\n').map((p, j) => `${p} (${k}-${j})`).join('\n\n')).join('\n\n');
    const analyzer = createAnalyzer({ syntax: 'markdown' });
    analyzer.analyze(text);
    const before = largeObjectBytes();
    for (let k = 0; k < 12; k++) {
      const at = Math.floor(((k + 0.5) / 12) * text.length);
      text = text.slice(0, at) + 'ا' + text.slice(at);
      expect(analyzer.analyze(text).findings.length).toBeGreaterThan(0);
    }
    const grown = largeObjectBytes() - before;
    // One version (the current one) may stay, and the lexicon's memo tables (large backing stores) grow as the
    // edits bring new words: one more lexicon question per compound took this to 887 kB, past 3 × the text's
    // 287 kB. Twelve kept versions would be 12 × 2 × text.length bytes (3.4 MB).
    expect(grown).toBeLessThan(4 * 2 * text.length);
  }, 60_000);
});
