// What the CLI takes from its surroundings: the writer's language and the personal dictionary files.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../analysis/types';
import { InputError, decodeText } from './input';

/** `--locale` wins; else LC_ALL / LC_MESSAGES / LANG / LANGUAGE; else Persian, the product's own language. */
export function localeFromEnvironment(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (flag === 'fa' || flag === 'en') return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return value.toLowerCase().startsWith('fa') ? 'fa' : 'en';
  }
  return 'fa';
}

function wordsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Words from `--words FILE` and from `.dabir/words.txt` in the working directory when present. */
export function personalWords(wordsFile: string | undefined, cwd = process.cwd()): Set<string> {
  const words = new Set<string>();
  const files = [join(cwd, '.dabir', 'words.txt')].filter((f) => existsSync(f));
  if (wordsFile) {
    if (!existsSync(wordsFile)) throw new InputError(`${wordsFile}: no such words file`);
    files.push(wordsFile);
  }
  for (const file of files) {
    for (const word of wordsOf(decodeText(readFileSync(file), file))) words.add(word);
  }
  return words;
}
