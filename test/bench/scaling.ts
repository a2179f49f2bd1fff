// `node server/tools/run.mjs test/bench/scaling.ts [KB]`: where the time goes inside one paragraph, stage by stage
// (protected spans, tokens, each entity recogniser, each rule), at two sizes of a single long line, with the
// growth exponent between them. Linear work shows an exponent near 1; anything near 2 is what makes a 3 MB line
// hang. A profiling aid for docs/performance.md, not a test.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installNodeDataLoader } from '../../server/src/host/nodeData';
import { ENTITY_RECOGNIZERS, recognizeEntities } from '../../server/src/analysis/entities';
import { paragraphContext, resolveOptions } from '../../server/src/analysis/analyze';
import { RULES } from '../../server/src/analysis/rules/index';
import { protectedSpans, proseSegments } from '../../server/src/analysis/text/prose';
import { tokenize } from '../../server/src/analysis/text/tokens';

installNodeDataLoader();
const sample = readFileSync(resolve(process.cwd(), 'samples', 'kazakhstan-abraham-accords.fa.txt'), 'utf8');
const oneLine = sample.replace(/\s*\n+\s*/g, ' ');
const small = Number(process.argv[2] ?? 40) * 1000;
const line = (chars: number) => {
  let text = '';
  while (text.length < chars) text += (text ? ' ' : '') + oneLine;
  return text.slice(0, chars);
};

function measure(text: string): Map<string, number> {
  const times = new Map<string, number>();
  const time = <T>(name: string, fn: () => T): T => {
    // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
    const start = process.cpuUsage();
    const value = fn();
    const used = process.cpuUsage(start);
    times.set(name, (used.user + used.system) / 1000);
    return value;
  };
  const options = resolveOptions({ entities: true });
  const spans = time('protectedSpans', () => protectedSpans(text, options.syntax));
  const segments = time('proseSegments', () => proseSegments(text.length, spans));
  const tokens = time('tokenize', () => tokenize(text, segments));
  ENTITY_RECOGNIZERS.forEach((recognize, k) => time(`entities[${k}] ${recognize.name}`, () => recognize({ text, segments, tokens })));
  time('recognizeEntities (all + overlaps)', () => recognizeEntities({ text, segments, tokens }));
  const ctx = paragraphContext(text, options, true);
  for (const rule of RULES) {
    if (rule.scope === 'paragraph') time(`rule ${rule.id}`, () => rule.check(ctx));
    else time(`rule ${rule.id} (summarize)`, () => rule.summarize(ctx));
  }
  return times;
}

measure(line(2000)); // load the data first
const a = measure(line(small));
const b = measure(line(small * 4));
console.log(`${'stage'.padEnd(48)} ${(small / 1000).toFixed(0).padStart(6)}k ${((small * 4) / 1000).toFixed(0).padStart(6)}k  exponent`);
for (const [name, ms] of a) {
  const big = b.get(name)!;
  const exponent = Math.log(Math.max(big, 0.01) / Math.max(ms, 0.01)) / Math.log(4);
  console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(7)} ${big.toFixed(1).padStart(7)}  ${exponent.toFixed(2)}${exponent > 1.4 ? '  ← superlinear' : ''}`);
}
