// The `dabir` CLI as the reference the editors are compared with: what `check` reports and what `fix` writes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { paths } from './paths';

export interface CliDiagnostic {
  rule: string;
  family: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  suggestions: string[];
}

/**
 * The CLI the editors are compared with. The code-server scenarios point it at the `dist/cli.js` inside the installed
 * .vsix, so that the editor and the reference are the same build even while dist/ is being rebuilt.
 */
let cliPath = paths.cli;

export function useCli(path: string): void {
  cliPath = path;
}

export function currentCli(): string {
  return cliPath;
}

function runCli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function cliExists(): boolean {
  return existsSync(cliPath);
}

export function check(file: string, extra: string[] = []): CliDiagnostic[] {
  const result = runCli(['check', file, '--format', 'json', ...extra]);
  if (result.status !== 0 && result.status !== 1) throw new Error(`dabir check exited ${result.status}: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { files: { path: string; diagnostics: CliDiagnostic[] }[] };
  return parsed.files.flatMap((entry) => entry.diagnostics);
}

export function fix(file: string): string {
  const result = runCli(['fix', file]);
  if (result.status !== 0) throw new Error(`dabir fix exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** `dabir fix -`: the text with every safe fix applied, read from stdin. */
export function fixText(text: string): string {
  const result = runCli(['fix', '-'], text);
  if (result.status !== 0) throw new Error(`dabir fix - exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}
