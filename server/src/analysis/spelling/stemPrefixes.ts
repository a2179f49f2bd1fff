// Prefix questions over the sorted stem keys, which let the suggester skip the edits that cannot lead to a word:
// if no stem begins with «کتابح», no letter typed after it will make one (unless a shorter stem ends earlier and
// the rest is a suffix, which the caller handles apart). Binary searches over one sorted array: no trie to build.

function lowerBound(sorted: readonly string[], key: string, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some stem key starts with `prefix`. */
export function hasStemPrefix(sorted: readonly string[], prefix: string): boolean {
  const at = lowerBound(sorted, prefix);
  return at < sorted.length && sorted[at].startsWith(prefix);
}

/** The letters that follow `prefix` in some stem key, each once. */
export function lettersAfter(sorted: readonly string[], prefix: string): string[] {
  const letters: string[] = [];
  let at = lowerBound(sorted, prefix);
  const n = prefix.length;
  while (at < sorted.length && sorted[at].startsWith(prefix)) {
    if (sorted[at].length === n) {
      at++;
      continue;
    }
    const letter = sorted[at][n];
    letters.push(letter);
    // Jump past every key that continues with this letter.
    at = lowerBound(sorted, prefix + String.fromCharCode(letter.charCodeAt(0) + 1), at);
  }
  return letters;
}
