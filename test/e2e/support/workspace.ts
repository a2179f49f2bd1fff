// One scratch workspace folder per scenario, holding a copy of the sample article and its own .vscode/settings.json,
// so that a scenario that saves or reconfigures never disturbs another.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './paths';

export const SAMPLE_NAME = 'kazakhstan-abraham-accords.fa.txt';

/**
 * Settings every scenario's folder starts with: wrapped lines keep a whole Persian paragraph on screen. Semantic
 * highlighting keeps Dabir's default (off for plain text: coloured pieces would scramble Persian lines); the token
 * inspector scenario turns it on.
 */
const BASE_SETTINGS = { 'editor.wordWrap': 'on' };

export interface Workspace {
  folder: string;
  sample: string;
  file(name: string): string;
  writeSettings(settings: Record<string, unknown>): void;
}

export function createWorkspace(name: string, settings: Record<string, unknown> = {}): Workspace {
  const folder = join(paths.tools, 'workspaces', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  const sample = join(folder, SAMPLE_NAME);
  copyFileSync(paths.sample, sample);
  const writeSettings = (extra: Record<string, unknown>) =>
    writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...extra }, null, 2));
  writeSettings(settings);
  return { folder, sample, file: (fileName) => join(folder, fileName), writeSettings };
}
