// What the bench (bench.ts) and its edit-scenario profiling aid (lspEdits.ts) both need: the sample, the inputs
// built from it, a server process's CPU time and peak RSS from /proc, and order statistics. One copy, so that the
// profiling aid measures exactly what the bench reports.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const sample = readFileSync(resolve(process.cwd(), 'samples', 'kazakhstan-abraham-accords.fa.txt'), 'utf8');

export const persianNumber = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

/** `n` copies of the sample in which no paragraph repeats: each ends with its own number, so no cache can help. */
export const distinct = (n: number) =>
  Array.from({ length: n }, (_, k) => sample.split('\n\n').map((p, j) => `${p} (بند ${persianNumber(k * 10 + j)})`).join('\n\n')).join('\n\n');

/** CPU milliseconds a process has used so far (user + system), from /proc. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** A process's peak resident set (VmHWM) in MB, from /proc. */
export function peakRssMB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
