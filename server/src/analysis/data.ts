// The analysis core reads its compiled data (lexicon, model weights, knowledge base) through a loader that the
// host installs, so that the core itself stays free of Node I/O and can run wherever a host can hand it bytes.

export type DataLoader = (name: string) => Uint8Array;

let loader: DataLoader | undefined;
const cache = new Map<string, Uint8Array>();

export function setDataLoader(next: DataLoader): void {
  loader = next;
  cache.clear();
}

/** The bytes of a compiled data file, read once and kept. Throws a clear error when no host installed a loader. */
export function loadData(name: string): Uint8Array {
  const cached = cache.get(name);
  if (cached) return cached;
  if (!loader) throw new Error(`Dabir: no data loader installed; cannot read "${name}"`);
  const bytes = loader(name);
  cache.set(name, bytes);
  return bytes;
}

export function loadText(name: string): string {
  return new TextDecoder().decode(loadData(name));
}

export function loadJson<T>(name: string): T {
  return JSON.parse(loadText(name)) as T;
}

/** What a compiled binary file starts with: its magic word, then its format version when it has one. */
export interface BinaryFormat {
  file: string;
  /** What the file is, for the error: "a compiled lexicon". */
  what: string;
  magic: number;
  version?: number;
  /** The command that makes the file again. */
  rebuild: string;
}

/**
 * A compiled binary file's bytes, ready for typed-array views, and a DataView of them, once its magic word (and
 * version) are checked. Views need 4-byte-aligned offsets and a loader's bytes may sit anywhere in a shared buffer
 * (a pooled Node Buffer), so unaligned bytes are copied once. One place for what every binary reader did alike.
 */
export function openBinary(input: Uint8Array, format: BinaryFormat): { bytes: Uint8Array; view: DataView } {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = format.version === undefined ? 4 : 8;
  if (bytes.byteLength < headerLength || view.getUint32(0, true) !== format.magic) {
    throw new Error(`Dabir: ${format.file} is not ${format.what}; run "${format.rebuild}"`);
  }
  if (format.version !== undefined && view.getUint32(4, true) !== format.version) {
    throw new Error(`Dabir: ${format.file} has an unknown version; run "${format.rebuild}"`);
  }
  return { bytes, view };
}
