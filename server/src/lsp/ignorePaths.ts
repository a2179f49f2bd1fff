// `dabir.ignorePaths`: glob patterns of files Dabir does not check, as cspell's `ignorePaths` and `.gitignore` read
// them. A pattern is matched against the end of the document's path at a folder boundary, and a pattern that names
// a folder ignores everything under it: `drafts` and `drafts/**` both ignore `…/drafts/a.md`, `*.en.md` ignores an
// English draft anywhere, `**/node_modules/**` what packages ship. Matching the path's end rather than a path
// relative to the workspace folder keeps the server free of workspace-folder bookkeeping, and gives the same answer
// for every file inside a folder.

const cache = new Map<string, RegExp>();

/** The regular expression of one glob: `**` spans folders, `*` and `?` stay inside one, `{a,b}` and `[…]` as usual. */
export function globToRegExp(glob: string): RegExp {
  let cached = cache.get(glob);
  if (cached) return cached;
  const pattern = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += char.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  cached = new RegExp(`(?:^|/)${source}(?:/|$)`);
  cache.set(glob, cached);
  return cached;
}

/** The path of a document URI (`file:///home/a/drafts/x.md` → `/home/a/drafts/x.md`; `untitled:Untitled-1` → `Untitled-1`). */
function pathOf(uri: string): string {
  const withoutScheme = uri.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?/i, '').replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(withoutScheme);
  } catch {
    return withoutScheme;
  }
}

export function isIgnoredPath(uri: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const path = pathOf(uri);
  return patterns.some((pattern) => pattern.trim() !== '' && globToRegExp(pattern).test(path));
}
