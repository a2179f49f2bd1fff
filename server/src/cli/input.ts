// Reading a document for the CLI: a file or stdin, as strict UTF-8 text. Anything that is not text (a directory,
// NUL bytes, invalid UTF-8) is refused with a one-line reason, so that Dabir never "fixes" a binary file.

import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {}

export interface Document {
  /** What to call it in messages: the path, or `<stdin>`. */
  path: string;
  text: string;
  /** The bytes' modification time when read, to refuse writing over a file that changed meanwhile. */
  mtimeMs?: number;
  mode?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: binary file (contains NUL bytes); not checked`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text; not checked`);
  }
}

export async function readDocument(path: string): Promise<Document> {
  if (path === '-') return { path: '<stdin>', text: decodeText(await readStdin(), '<stdin>') };
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { path, text: decodeText(bytes, path), mtimeMs: stat.mtimeMs, mode: stat.mode };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  } catch (error) {
    throw new InputError(`<stdin>: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return Buffer.concat(chunks);
}

/** Markdown for Markdown files and stdin (skipping code is the safe default), plain text for the rest. */
export function syntaxFor(path: string): 'markdown' | 'plaintext' {
  if (path === '<stdin>') return 'markdown';
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}
