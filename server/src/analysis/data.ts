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
