// Runs the built CLI as a user would: a real process, real stdin, real exit codes.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
export const SAMPLE = resolve(__dirname, '..', '..', 'samples', 'kazakhstan-abraham-accords.fa.txt');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function dabir(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
