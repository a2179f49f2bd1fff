// Drops a trained model's weights below a threshold (in weight units) after the fact, so that eval can try
// several pruning levels on one saved model (`npm run eval:ner -- --load=M --reprune=X`) without retraining.

import { tableOf, type NerModelData } from '../../src/analysis/ner/modelFile';

export function reprune(model: NerModelData, threshold: number): NerModelData {
  const limit = threshold * model.scale;
  const rows: { key: number; entries: number[] }[] = [];
  for (let slot = 0; slot < model.table.length / 2; slot++) {
    const row = model.table[slot * 2 + 1];
    if (row === 0) continue;
    const kept: number[] = [];
    for (let e = row & 0xffffff, stop = e + (row >>> 24); e < stop; e++) if (Math.abs(model.entries[e] >> 8) >= limit) kept.push(model.entries[e]);
    if (kept.length) rows.push({ key: model.table[slot * 2], entries: kept });
  }
  rows.sort((a, b) => a.key - b.key);
  const offsets = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const { entries } of rows) {
    for (const entry of entries) {
      labels.push(entry & 0xff);
      weights.push(entry >> 8);
    }
    offsets.push(labels.length);
  }
  return {
    ...model,
    ...tableOf({ keys: Uint32Array.from(rows, (r) => r.key), offsets: Uint32Array.from(offsets), labels: Uint8Array.from(labels), weights: Int16Array.from(weights) }),
  };
}
