// CoNLL-style entity scoring: an entity counts only with its exact span and type. Also a confusion summary of
// the misses: right span with the wrong type, overlapping span (boundary), or nothing there at all.

import { isInside, typeOfLabel } from '../../src/analysis/ner/labels';

export interface Span {
  start: number;
  end: number;
  type: string;
}

export function spansOf(labels: ArrayLike<number>, rename: (type: string) => string = (t) => t): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === 0) continue;
    const type = typeOfLabel(label)!;
    const last = spans[spans.length - 1];
    if (isInside(label) && last && last.end === i && last.type === rename(type)) last.end = i + 1;
    else spans.push({ start: i, end: i + 1, type: rename(type) });
  }
  return spans;
}

export interface Scores {
  perType: Map<string, { tp: number; fp: number; fn: number }>;
  confusion: Map<string, number>;
}

export function emptyScores(): Scores {
  return { perType: new Map(), confusion: new Map() };
}

function bump(scores: Scores, type: string, key: 'tp' | 'fp' | 'fn') {
  let entry = scores.perType.get(type);
  if (!entry) scores.perType.set(type, (entry = { tp: 0, fp: 0, fn: 0 }));
  entry[key]++;
}

function confuse(scores: Scores, what: string) {
  scores.confusion.set(what, (scores.confusion.get(what) ?? 0) + 1);
}

export function score(scores: Scores, gold: Span[], predicted: Span[]): void {
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  for (const p of predicted) {
    if (goldKeys.has(key(p))) bump(scores, p.type, 'tp');
    else bump(scores, p.type, 'fp');
  }
  for (const g of gold) {
    if (predictedKeys.has(key(g))) continue;
    bump(scores, g.type, 'fn');
    const same = predicted.find((p) => p.start === g.start && p.end === g.end);
    const overlapping = predicted.find((p) => p.start < g.end && g.start < p.end);
    if (same) confuse(scores, `${g.type} tagged as ${same.type}`);
    else if (overlapping) confuse(scores, `${g.type} boundary${overlapping.type === g.type ? '' : ` (as ${overlapping.type})`}`);
    else confuse(scores, `${g.type} missed`);
  }
  for (const p of predicted) {
    if (goldKeys.has(key(p)) || gold.some((g) => g.start < p.end && p.start < g.end)) continue;
    confuse(scores, `spurious ${p.type}`);
  }
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function overall(scores: Scores) {
  let tp = 0, fp = 0, fn = 0;
  for (const e of scores.perType.values()) {
    tp += e.tp;
    fp += e.fp;
    fn += e.fn;
  }
  return { tp, fp, fn, ...prf(tp, fp, fn) };
}

export function table(title: string, scores: Scores, confusionLines = 8): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [`${title}`, `  ${'type'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  gold`];
  for (const [type, e] of [...scores.perType].sort((a, b) => a[0].localeCompare(b[0]))) {
    const { p, r, f } = prf(e.tp, e.fp, e.fn);
    lines.push(`  ${type.padEnd(14)} ${pct(p)} ${pct(r)} ${pct(f)}  ${e.tp + e.fn}`);
  }
  const all = overall(scores);
  lines.push(`  ${'ALL'.padEnd(14)} ${pct(all.p)} ${pct(all.r)} ${pct(all.f)}  ${all.tp + all.fn}`);
  const confusion = [...scores.confusion].sort((a, b) => b[1] - a[1]).slice(0, confusionLines);
  if (confusion.length) lines.push('  most common errors: ' + confusion.map(([what, n]) => `${what} ${n}`).join('; '));
  return lines.join('\n');
}
