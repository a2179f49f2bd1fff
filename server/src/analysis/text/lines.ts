// UTF-16 offsets to LSP positions (0-based line and character), the same arithmetic an LSP client does: the CLI's
// JSON and the language server's diagnostics both place findings this way, so they agree line for line.

/** The offset at which each line starts; a line ends at LF, CR or CRLF. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (code === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The last line starting at or before `offset`, by binary search over ascending line starts. */
export function lineAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  const line = lineAt(starts, offset);
  return { line, character: offset - starts[line] };
}
